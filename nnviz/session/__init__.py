"""What a teaching session is and what can be done to it, without Qt.

- :mod:`~nnviz.session.commands`: the frozen commands the toolbar, the keys, a presenter's
  clicker and a lesson script all send.
- :mod:`~nnviz.session.state`: the session's state (lesson, configuration, data, the latest
  snapshot, the selection, the open step-through, the presentation) with plain observers.
- :mod:`~nnviz.session.controller`: the play / pause / step state machine around a trainer.
- :mod:`~nnviz.session.walkthrough`: the step-through's navigator over a worked example's
  steps (term, step, neuron, phase; predict first).
- :mod:`~nnviz.session.walk`: the open step-through (which sample, from which snapshot),
  built with ``open_walk`` and moved with ``move_walk``.
"""
