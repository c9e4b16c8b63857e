"""The hidden feature space view: the data and the input grid as a hidden layer sees them.

    view.py         FeatureSpaceView: the View (data, snapshots, the background task, drawing)
    axes_choice.py  which hidden layer and which two coordinates (neurons or PCA)
    framing.py      the calm, to-scale range around the points (Qt-free)
"""

from nnviz.gui.views.feature_space.view import FeatureSpaceView

__all__ = ["FeatureSpaceView"]
