"""The app's shell: the main window and what it is built from.

- :mod:`~nnviz.gui.shell.main_window`: the window, its one SessionState and its one command
  router (selection to the state, training to the worker);
- :mod:`~nnviz.gui.shell.walk_router`: the step-through's commands (open, move, predict
  first, close, apply the update);
- :mod:`~nnviz.gui.shell.frames`: the frame scheduler (which views draw the latest snapshot
  in a frame, the frame budget);
- :mod:`~nnviz.gui.shell.layout`: the docks' default layout and what persists (QSettings);
- :mod:`~nnviz.gui.shell.menus`: menus and their actions;
- :mod:`~nnviz.gui.shell.status`: the status bar.

A window or a panel is exported as PNG or SVG by :mod:`~nnviz.gui.kit.export`; message boxes
and file dialogs are :mod:`~nnviz.gui.kit.dialogs` (tests replace them): the views use both too.
"""
