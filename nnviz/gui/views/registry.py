"""Every view of the window, in one place, in default-layout order."""

from __future__ import annotations

from nnviz.gui.views.base import View


def registered_views() -> list[type[View]]:
    """The view classes the main window docks (each has ``key`` and ``title``)."""
    from nnviz.gui.views.boundary import BoundaryView
    from nnviz.gui.views.confusion import ConfusionView
    from nnviz.gui.views.detectors import FirstLayerView
    from nnviz.gui.views.digit import DigitView
    from nnviz.gui.views.expression import ExpressionView
    from nnviz.gui.views.feature_space import FeatureSpaceView
    from nnviz.gui.views.graph import GraphView
    from nnviz.gui.views.landscape import LandscapeView
    from nnviz.gui.views.loss import LossView
    from nnviz.gui.views.neuron_curve import NeuronCurveView
    from nnviz.gui.views.race import OptimizerRaceView
    from nnviz.gui.views.walkthrough import StepThroughView

    return [GraphView, StepThroughView, BoundaryView, LandscapeView, FeatureSpaceView,
            OptimizerRaceView, LossView, ExpressionView, NeuronCurveView, DigitView,
            FirstLayerView, ConfusionView]
