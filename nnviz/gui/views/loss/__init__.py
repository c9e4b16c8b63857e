"""The loss curve view: view.py draws C against the step from history.py's bounded rows."""

from nnviz.gui.views.loss.view import LossView

__all__ = ["LossView"]
