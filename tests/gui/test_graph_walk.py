"""The graph follows the step-through: the step's neuron and edges, values as computed, "not yet"."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from nnviz.core.config import Config, TrainingSpec
from nnviz.core.network import Network
from nnviz.gui.colors import backward_colour
from nnviz.gui.theme import Theme
from nnviz.gui.views.graph.texts import scene_rect
from nnviz.gui.views.graph.walk_progress import parameter_order, walk_progress
from nnviz.session.commands import Walk
from nnviz.session.walk import move_walk, open_walk
from tests.gui.conftest import classification, snapshot_of

X = [[0.5, -1.0], [1.0, 1.0]]


def net_231() -> Network:
    return Network.create([2, 3, 1], "tanh", "sigmoid", seed=1)


def walk_of(net, sample=0, predict_first=False):
    return open_walk(snapshot_of(net), classification(X, [1, 0]), sample,
                     Config(training=TrainingSpec(learning_rate=0.5)), predict_first=predict_first)


@pytest.fixture
def view(graph_view):
    graph_view.set_dataset(classification(X, [1, 0]))
    return graph_view


def go_to(view, walk, symbol, term=None):
    """Move ``walk`` to the step with ``symbol`` (and onto its term ``term``), and show it."""
    number = next(i + 1 for i, s in enumerate(walk.walkthrough.steps) if s.symbol == symbol)
    move_walk(walk, Walk("to", number=number))
    if term is not None:
        move_walk(walk, Walk("previous", "term"))
        while walk.walkthrough.position.term != term:
            move_walk(walk, Walk("previous", "term"))
    view.follow_walk(walk)


def halo_edges(view, item):
    """The drawn edge numbers under a halo item (visible ones only)."""
    if not item.isVisible():
        return set()
    x, y = item.getData()
    segments = np.column_stack([x[0::2], y[0::2], x[1::2], y[1::2]])
    return {int(np.flatnonzero(np.all(np.isclose(view.graph_layout.segments, s), axis=1))[0])
            for s in segments}


def edge(view, l, j, k):
    return view.graph_layout.edge_at(l, j, k)


def ring_at(view):
    items = view.walk_items
    if not items.ring.isVisible():
        return None
    x, y = items.ring.getData()
    node = view.graph_layout.nearest_node(x[0], y[0], 1e-6)
    return int(view.graph_layout.node_layer[node]), int(view.graph_layout.node_index[node])


def labels(view, which):
    """{(l, j): text} of the visible a-labels ("forward") or δ-labels ("backward")."""
    layout = view.graph_layout
    items = getattr(view.walk_items, f"{which}_labels")
    return {(int(layout.node_layer[n]), int(layout.node_index[n])): item.toPlainText()
            for n, item in enumerate(items) if item.isVisible()}


def test_a_forward_term_highlights_the_neuron_its_edges_and_the_term(view):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    walk = walk_of(net)
    go_to(view, walk, "z1_2", term=1)
    assert ring_at(view) == (1, 1)
    assert halo_edges(view, view.walk_items.summed) == {edge(view, 1, 1, 0), edge(view, 1, 1, 1)}
    assert halo_edges(view, view.walk_items.focus) == {edge(view, 1, 1, 1)}
    # a¹₁ is computed, a¹₂ (on its sum) and everything above are not yet: blank and dimmed
    assert set(labels(view, "forward")) == {(0, 0), (0, 1), (1, 0)}
    assert labels(view, "forward")[(1, 0)] == walk.walkthrough.steps[1].result
    assert labels(view, "backward") == {}
    background = QColor(view._theme.plot_background)
    fills = view.neuron_fills()
    assert fills[view.graph_layout.node_at(1, 0)] != background
    assert all(fills[view.graph_layout.node_at(l, j)] == background for l, j in ((1, 1), (1, 2), (2, 0)))
    levels = view.edges.levels
    assert all(levels[edge(view, 2, 0, k)] == 0 for k in range(3))  # not reached: neutral
    assert view.walk_items.focus_label.toPlainText() == "z¹₂ = ?"


def test_a_backward_step_shows_delta_in_the_backward_colour_and_the_flow_reversed(view):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    walk = walk_of(net)
    go_to(view, walk, "delta1_2")
    g = walk.numbers.gradients
    assert ring_at(view) == (1, 1)
    assert halo_edges(view, view.walk_items.summed) == {edge(view, 2, 0, 1)}  # w²₁₂ carries δ²₁ back
    deltas = labels(view, "backward")
    assert set(deltas) == {(2, 0), (1, 0), (1, 1)}
    assert deltas[(1, 1)] == "δ " + walk.walkthrough.step.result
    assert all(item.color == backward_colour(False) for item in view.walk_items.backward_labels)
    arrows = [a for a in view.walk_items.arrows if a.isVisible()]
    assert len(arrows) == 1 and arrows[0].pos().x() < view.graph_layout.column_x[2]
    assert g[0].delta.size == 3


def test_a_gradient_step_colours_the_computed_edges_by_their_gradient(view):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    walk = walk_of(net)
    go_to(view, walk, "dw1_21")
    arch = net.architecture
    known = parameter_order(arch) <= parameter_order(arch)[arch.weight_index(1, 1, 0)]
    assert ring_at(view) == (1, 1)
    assert halo_edges(view, view.walk_items.focus) == {edge(view, 1, 1, 0)}
    texts = view.walk_items.edge_labels
    shown_rects = [scene_rect(view.viewbox, t) for t in visible_walk_labels(view)]
    for n, theta in enumerate(view.graph_layout.edge_theta):
        shown = texts[n].toPlainText() if texts[n].isVisible() else ""
        # a computed gradient is written on its edge unless that would cover another label
        assert bool(shown) == bool(known[theta]) or known[theta] and any(
            scene_rect(view.viewbox, texts[n]).intersects(r) for r in shown_rects)
        if not known[theta]:
            assert view.edges.levels[n] == 0
    assert texts[edge(view, 1, 1, 0)].toPlainText() == walk.walkthrough.step.result
    assert "∂ℓ/∂w" in view.walk_items.focus_label.toPlainText()


def test_an_update_step_shows_old_and_new(view):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    walk = walk_of(net)
    go_to(view, walk, "w2_12'")
    u = walk.update
    i = net.architecture.weight_index(2, 0, 1)
    label = view.walk_items.edge_labels[edge(view, 2, 0, 1)].toPlainText()
    old, new = label.split(" → ")
    assert float(old.replace("−", "-")) == pytest.approx(u.old[i], abs=1e-3)
    assert float(new.replace("−", "-")) == pytest.approx(u.new[i], abs=1e-3)
    assert not view.walk_items.edge_labels[edge(view, 2, 0, 2)].isVisible()  # not yet updated


def test_predict_first_hides_the_current_value(view):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    walk = walk_of(net, predict_first=True)
    go_to(view, walk, "a1_1")
    assert walk.walkthrough.result_hidden
    assert (1, 0) not in labels(view, "forward")
    assert view.walk_items.focus_label.toPlainText() == "a¹₁ = ?"
    move_walk(walk, Walk("next"))  # reveals
    view.follow_walk(walk)
    assert labels(view, "forward")[(1, 0)] == walk.walkthrough.step.result
    assert view.walk_items.focus_label.toPlainText().endswith(walk.walkthrough.step.result)


def test_the_graph_shows_the_walks_snapshot_and_closing_restores_the_live_view(view):
    net, live = net_231(), Network.create([2, 3, 1], "tanh", "sigmoid", seed=9)
    view.show_snapshot(snapshot_of(live))
    live_levels, live_fills = view.edges.levels.copy(), view.neuron_fills()
    walk = walk_of(net, sample=1)
    view.follow_walk(walk)
    move_walk(walk, Walk("to", number=10))  # the loss: every edge reached, θ of the walk
    view.follow_walk(walk)
    snap_levels = view.edges.levels.copy()
    view.show_snapshot(snapshot_of(live))  # training sends one more: the walk stays on screen
    np.testing.assert_array_equal(view.edges.levels, snap_levels)
    assert view.walk_items.shown
    view.follow_walk(None)
    np.testing.assert_array_equal(view.edges.levels, live_levels)
    assert view.neuron_fills() == live_fills
    assert not view.walk_items.shown
    assert not any(item.isVisible() for item in view.walk_items.forward_labels)


def test_every_step_of_a_walk_draws(view):
    """Forward, loss, backward, gradients, update, after: each step lands on the graph."""
    net = Network.create([2, 3, 2], "relu", "softmax", loss="softmax_cross_entropy", seed=4)
    view.show_snapshot(snapshot_of(net))
    walk = open_walk(snapshot_of(net), classification(X, [1, 0]), 0, Config())
    for i in range(len(walk.walkthrough.steps)):
        move_walk(walk, Walk("to", number=i + 1))
        view.follow_walk(walk)
        progress = walk_progress(walk)
        assert ring_at(view) == progress.active
    assert all(item.isVisible() for item in view.walk_items.forward_labels)


def test_the_perceptron_walk_draws_its_sum_and_its_update(view):
    data = classification([[1.0, -1.0]], [0], labels="pm1")
    net = Network.from_layers([[[0.0, 0.0]]], [None], ["sign"])
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    walk = open_walk(snapshot_of(net), data, 0, Config(training=TrainingSpec(learning_rate=1.0,
                                                                           rule="perceptron")))
    go_to(view, walk, "z1_1")
    assert ring_at(view) == (1, 0)
    assert len(halo_edges(view, view.walk_items.summed)) == 2
    go_to(view, walk, "w1_12'")
    assert view.walk_items.edge_labels[edge(view, 1, 0, 1)].toPlainText() == "0 → 1"


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def test_the_walk_keys_work_on_the_graph_only_while_a_walk_is_open(view):
    commands = []
    view.command_issued.connect(commands.append)
    view.plot.setFocus()
    press(view.plot, Qt.Key.Key_Right)
    assert commands == []
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    view.follow_walk(walk_of(net))
    press(view.plot, Qt.Key.Key_Right)
    press(view.plot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    press(view.plot, Qt.Key.Key_End)
    assert commands == [Walk("next", "step"), Walk("previous", "neuron"), Walk("last")]


@pytest.mark.parametrize("dark, scale", [(False, 1.0), (True, 2.0)])
def test_the_walk_follows_the_theme(view, dark, scale):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    view.apply_theme(Theme(dark=dark, scale=scale))
    walk = walk_of(net)
    go_to(view, walk, "delta1_1")
    label = next(i for i in view.walk_items.backward_labels if i.isVisible())
    assert label.textItem.font().pointSizeF() == pytest.approx(11.0 * scale)


def visible_walk_labels(view):
    """The visible labels, their geometry brought up to date as a paint would."""
    items = view.walk_items
    shown = [item for item in (items.focus_label, *items.forward_labels, *items.backward_labels,
                               *items.edge_labels) if item.isVisible()]
    for item in shown:
        item.updateTransform()
    return shown


def xor_241():
    return Network.create([2, 4, 1], "tanh", "sigmoid", loss="binary_cross_entropy", seed=0)


def test_the_status_line_counts_the_walks_sample_from_1(view):
    net = net_231()
    view.show_snapshot(snapshot_of(net))
    view.follow_walk(walk_of(net, sample=1))
    assert view.toolbar.info.text().startswith("sample 2: x = (1, 1), y = 0; step-through")


# the graph's share of the window at 1366x768 and 1920x1080 (the shell's default layout)
@pytest.mark.parametrize("size", [(610, 380), (830, 540)])
@pytest.mark.parametrize("dark, scale", [(False, 1.0), (True, 2.0)])
def test_every_walk_label_stays_inside_the_plot_and_clear_of_the_legends(view, qtbot, size,
                                                                          dark, scale):
    """The a and δ labels of the top and the lowest neurons too (the fit leaves room)."""
    net = xor_241()
    view.resize(*size)
    view.apply_theme(Theme(dark=dark, scale=scale))
    view.show_snapshot(snapshot_of(net))
    walk = open_walk(snapshot_of(net), classification(X, [1, 0]), 1, Config())
    view.follow_walk(walk)
    qtbot.wait(10)
    box = view.viewbox.sceneBoundingRect()
    legends = [view.weight_legend.sceneBoundingRect(), view.activation_legend.sceneBoundingRect()]
    headers = [h.sceneBoundingRect() for h in view.texts.headers if h.isVisible()]
    items = view.walk_items
    seen = set()
    for number in range(1, len(walk.walkthrough.steps) + 1):
        move_walk(walk, Walk("to", number=number))
        view.follow_walk(walk)
        shown = visible_walk_labels(view)
        on_neurons = [item.sceneBoundingRect() for item in shown
                      if item in items.forward_labels or item in items.backward_labels]
        for a in range(len(on_neurons)):  # the rows leave room for what they show
            assert not any(on_neurons[a].intersects(b) for b in on_neurons[a + 1:]), number
        for item in shown:
            rect = item.sceneBoundingRect()
            seen.add(item.toPlainText()[:1])
            assert box.contains(rect), (number, item.toPlainText())
            assert not any(rect.intersects(legend) for legend in legends), item.toPlainText()
            assert not any(rect.intersects(h) for h in headers), item.toPlainText()
    assert "δ" in seen
    view.follow_walk(None)  # closed: the live fit again, the headers back on the layout's top
    assert view.texts.headers[0].pos().y() == pytest.approx(view.graph_layout.height / 2)


def walk_shown(view, qtbot, sizes, size, scale):
    """A tanh/sigmoid network of ``sizes`` in ``view`` at ``size`` and ``scale``, its walk open."""
    net = Network.create(sizes, "tanh", "sigmoid", seed=3)
    view.resize(*size)
    view.apply_theme(Theme(scale=scale))
    view.show_snapshot(snapshot_of(net))
    walk = walk_of(net)
    view.follow_walk(walk)
    qtbot.wait(10)
    return net, walk


@pytest.mark.parametrize("sizes", [[2, 4, 1], [2, 3, 3, 1]])
@pytest.mark.parametrize("size", [(610, 380), (830, 540)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_two_labels_overlap_at_a_gradient_step(view, qtbot, sizes, size, scale):
    """∂ℓ/∂w on the computed edges where they fit (the step's own value is in its label)."""
    net, walk = walk_shown(view, qtbot, sizes, size, scale)
    for number, step in enumerate(walk.walkthrough.steps, start=1):
        if step.phase != "gradient":
            continue
        move_walk(walk, Walk("to", number=number))
        view.follow_walk(walk)
        assert view.walk_items.focus_label.isVisible(), step.symbol
        rects = [item.sceneBoundingRect() for item in visible_walk_labels(view)]
        for a in range(len(rects)):
            assert not any(rects[a].intersects(b) for b in rects[a + 1:]), step.symbol


@pytest.mark.parametrize("sizes", [[2, 4, 1], [2, 3, 3, 1]])
@pytest.mark.parametrize("size", [(610, 380), (830, 540)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_two_labels_overlap_at_an_update_step(view, qtbot, sizes, size, scale):
    """old → new stands on the step's own edge only (the panel's table has them all)."""
    net, walk = walk_shown(view, qtbot, sizes, size, scale)
    updates = [i + 1 for i, s in enumerate(walk.walkthrough.steps) if s.phase == "update"]
    assert len(updates) > net.architecture.n_parameters
    for number in updates:
        move_walk(walk, Walk("to", number=number))
        view.follow_walk(walk)
        edges = [item for item in view.walk_items.edge_labels if item.isVisible()]
        assert len(edges) <= 1 and all(" → " in item.toPlainText() for item in edges)
        assert len(edges) == (walk.walkthrough.step.edge is not None)  # the step's weight
        labels = [item.sceneBoundingRect() for item in visible_walk_labels(view)]
        headers = [item.sceneBoundingRect() for item in view.texts.headers if item.isVisible()]
        # the walk's labels clear of each other and of the column headers (the headers' own
        # fit is the graph's layout, tested with it)
        for a, rect in enumerate(labels):
            assert not any(rect.intersects(other) for other in labels[a + 1:] + headers), \
                (number, walk.walkthrough.step.symbol)
