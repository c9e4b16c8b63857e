"""A pyqtgraph ParameterTree whose Python handle on Qt's invisible root item dies with it.

pyqtgraph's TreeWidget keeps a Python wrapper of the tree's invisible root item, an item
Qt made and Qt deletes with the tree. PySide does not learn of that deletion, so while the
tree's Python object lingers (signal connections keep it alive until the garbage collector
runs) the wrapper stays registered for a freed address, and the next object Qt makes there
is handed out as that QTreeWidgetItem: a TypeError at best, a segmentation fault at worst
(long test runs, a window closed and another opened).
"""

from __future__ import annotations

from functools import partial

import shiboken6
from pyqtgraph.parametertree import ParameterTree
from PySide6.QtWidgets import QTreeWidget


def parameter_tree(show_header: bool = True) -> ParameterTree:
    """A ParameterTree whose root item's wrapper is invalidated when Qt destroys the tree."""
    tree = ParameterTree(showHeader=show_header)
    root = QTreeWidget.invisibleRootItem(tree)  # the wrapper pyqtgraph holds
    tree.destroyed.connect(partial(shiboken6.invalidate, root))
    return tree
