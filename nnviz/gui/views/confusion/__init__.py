"""The confusion view: view.py lays out matrix.py (the confusion matrix and the accuracy per
class) and gallery.py (the misclassified images); core/confusion.py computes them."""

from nnviz.gui.views.confusion.view import ConfusionView

__all__ = ["ConfusionView"]
