"""The decision-boundary view: what the network outputs over its input space.

    view.py      BoundaryView: the View (data, snapshots, options, the background task)
    tasks.py     the forward passes over the plane or the line (Qt-free tasks)
    pictures.py  what is drawn from them: heatmap, contour, curves, the points' heights
    curves.py    the curve items over the one-input line
    marks.py     the selected and the walked sample ringed; a click selects, a double click walks
    captions.py  the heading above the map, the colour key below it, the markers' legend
    colours.py   lightened colour maps and value spreads
"""

from nnviz.gui.views.boundary.view import BoundaryView

__all__ = ["BoundaryView"]
