"""What a teaching session is and what can be done to it, without Qt.

- :mod:`~nnviz.session.commands`: the frozen commands the toolbar, the keys, a presenter's
  clicker and a lesson script all send.
- :mod:`~nnviz.session.state`: the session's state (lesson, configuration, data, the latest
  snapshot, the selection, the step-through cursor, the presentation) with plain observers.
- :mod:`~nnviz.session.controller`: the play / pause / step state machine around a trainer.
"""
