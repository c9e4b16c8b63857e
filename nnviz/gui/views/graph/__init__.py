"""The network graph view (issue 10's house: one package per view).

layout.py      where every neuron and edge goes; what lies under the pointer
activity.py    the forward pass that fills the neurons (Qt-free)
edges.py       the edges' colour scales, legend and pens
neurons.py     the neurons' fills and bias rings
describe.py    tooltips, parameter names, input and output names in the lectures' notation
texts.py       the text items in the view box and the zoom that fits them
thumbnails.py  the neurons' maps over the input plane as thumbnails
input_image.py image inputs: the picture of x, the fan into layer 1, w^1_j on the picture
editor.py      the inline editor of one weight or bias
pointer.py     hover, tooltips, and the click that edits a parameter
status.py      the status line (samples counted from 1)
toolbar.py     the options row
walk_progress.py  how far the step-through has got (Qt-free)
walk_items.py  the step-through's marks and values on the graph
view.py        GraphView, the View that puts them together
"""

from nnviz.gui.views.graph.view import GraphView

__all__ = ["GraphView"]
