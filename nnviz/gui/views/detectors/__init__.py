"""The first-layer weights view: the class sees the feature detectors form.

For an image data set (Dataset.image_shape = (rows, columns), N_0 = rows·columns) row j of
W^1 (N_1, N_0), the weights w^1_jk from pixel k into hidden neuron j, is drawn as a
rows × columns tile, one tile per hidden neuron in a grid fitted to the dock (30 neurons:
6 × 5 in a wide dock), each titled j (1-based, as the graph names neurons) where there is
room. Colours: the graph's diverging weight map (orange −, grey 0, blue +) over the
symmetric range ±s, s = max |w^1_jk| of the layer rounded up to a nice number (so it stays
put while the weights drift), with a colour legend. A click on a tile selects neuron (1, j),
whose tile is outlined; the view follows the selection.

A frame is one mosaic image of all tiles (one setImage), never an item per tile.

Modules: mosaic (the grid and the image, Qt-free), numbers (the tiles' numbers), view.
"""

from nnviz.gui.views.detectors.view import FirstLayerView

__all__ = ["FirstLayerView"]
