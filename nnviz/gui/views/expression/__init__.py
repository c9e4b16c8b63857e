"""The computational graph view (issue 13, chain_rule): layout.py places the nodes, canvas.py
paints them, view.py steps the forward and backward passes."""

from nnviz.gui.views.expression.view import ExpressionView

__all__ = ["ExpressionView"]
