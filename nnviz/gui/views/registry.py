"""Every view of the window, in one place, in default-layout order."""

from __future__ import annotations

from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.gui.views.base import View

# The views' titles (each class's ``title``), marked for translation here, in one context:
# a dock, a menu or a message shows ``view_title(cls)``.
VIEW_TITLES = (
    QT_TRANSLATE_NOOP("Views", "Network"),
    QT_TRANSLATE_NOOP("Views", "Step-through"),
    QT_TRANSLATE_NOOP("Views", "Decision boundary"),
    QT_TRANSLATE_NOOP("Views", "Loss surface"),
    QT_TRANSLATE_NOOP("Views", "Hidden feature space"),
    QT_TRANSLATE_NOOP("Views", "Optimizer race"),
    QT_TRANSLATE_NOOP("Views", "Loss curve"),
    QT_TRANSLATE_NOOP("Views", "Computational graph"),
    QT_TRANSLATE_NOOP("Views", "Neuron curve"),
    QT_TRANSLATE_NOOP("Views", "Digit"),
    QT_TRANSLATE_NOOP("Views", "First-layer weights"),
    QT_TRANSLATE_NOOP("Views", "Confusion matrix"),
)


def view_title(view_class: type[View]) -> str:
    """``view_class.title`` in the installed language (its dock's title)."""
    return translate("Views", view_class.title)


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
