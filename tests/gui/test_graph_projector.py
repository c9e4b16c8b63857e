"""The network graph on a lecture-hall projector (issue 12): a tooltip that stays, value
labels of the quantity the edges show, a graph that grows with the presentation scale and
labels, legends and options that fit."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from nnviz.core import notation
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
    node = layout.node_at(1, 1)
    at = hover(qtbot, view, layout.node_x[node], layout.node_y[node])
    text = view.describe(Hit("neuron", 1, 1))
    qtbot.waitUntil(QToolTip.isVisible)
    viewport = view.plot.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    qtbot.wait(600)  # an empty tip hides the shown one after 300 ms
    assert QToolTip.isVisible() and QToolTip.text() == text
    QToolTip.hideText()
    qtbot.mouseMove(viewport, viewport.rect().topLeft())  # the next test's moves all count


# -- item 13: the mean mode says what is true -------------------------------------------------
def test_the_mean_tooltip_shows_the_mean_of_a_and_no_z_beside_it(view):
    """Two samples of the lectures' network: the mean of a¹₁ is (σ(4) + σ(0)) / 2 = 0.7410,
    not σ of the mean z, σ(2) = 0.8808: no z stands beside it as if a = σ(z)."""
    net = Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])
    view.set_dataset(classification([[1, -1], [0.5, 0.75]], [1, 0]))  # z¹₁ = 4 and 0
    view.show_snapshot(snapshot_of(net))
    view.set_sample(None)
    lines = view.describe(Hit("neuron", 1, 0)).splitlines()
    sigmoid = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    mean_a = notation.number((sigmoid(4.0) + sigmoid(0.0)) / 2)
    assert mean_a == "0.741"
    assert lines[2] == f"mean over 2 samples: mean a¹₁ = {mean_a}"
    assert not any("z¹₁ = " in line and "a¹₁ = " in line for line in lines)
    assert not any(line.endswith("= 2") or "= 2," in line for line in lines)  # no mean z
