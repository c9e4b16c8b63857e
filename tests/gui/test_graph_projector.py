"""The network graph on a lecture-hall projector (issue 12): a tooltip that stays, value
labels of the quantity the edges show, a graph that grows with the presentation scale and
labels, legends and options that fit."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from nnviz.core.network import Network
from nnviz.gui.views.graph.layout import Hit
from tests.gui.conftest import classification, snapshot_of


@pytest.fixture
def view(graph_view):
    return graph_view


def net_342(seed: int = 3) -> Network:
    return Network.create([3, 4, 2], init="uniform", init_range=2.0, seed=seed)


def hover(qtbot, view, x, y):
    """Move the pointer to view coordinates (x, y); the viewport position it went to."""
    at = view.plot.mapFromScene(view.viewbox.mapViewToScene(QPointF(x, y)))
    qtbot.mouseMove(view.plot.viewport(), at)
    return at


# -- item 1: the tooltip stays while the pointer rests --------------------------------------
def test_qts_own_tooltip_event_does_not_close_the_neurons_tooltip(view, qtbot):
    """Qt sends QEvent.ToolTip to the viewport once the pointer rests; the scene answered it
    with an empty tip, closing the formula 0.6-0.9 s after the pointer stopped."""
    view.show_snapshot(snapshot_of(net_342()))
    layout = view.graph_layout
    node = layout.node_at(1, 2)
    at = hover(qtbot, view, layout.node_x[node], layout.node_y[node])
    text = view.describe(Hit("neuron", 1, 2))
    qtbot.waitUntil(QToolTip.isVisible)
    viewport = view.plot.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    qtbot.wait(600)  # an empty tip hides the shown one after 300 ms
    assert QToolTip.isVisible() and QToolTip.text() == text
    QToolTip.hideText()
