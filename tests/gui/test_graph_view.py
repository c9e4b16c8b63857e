"""The network graph view: a Snapshot in, item colours, widths, texts and commands out."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget, QToolTip

from nnviz.core import notation
from nnviz.core.counts import count_text
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network
from nnviz.core.worked import worked_steps
from nnviz.core.worked_numbers import work_out
from nnviz.gui.colors import BLUE, ORANGE, sequential_map
from nnviz.gui.kit.edge_batch import signed_levels
from nnviz.gui.kit.nice_scale import nice_ceil
from nnviz.gui.theme import Theme
from nnviz.gui.views.graph import GraphView
from nnviz.gui.views.graph.describe import parameter_symbol
from nnviz.gui.views.graph.editor import parse_parameter_value
from nnviz.gui.views.graph.layout import GraphLayout, Hit, shown_neurons
from nnviz.gui.views.graph.neurons import N_FILLS
from nnviz.gui.views.graph.view import N_LEVELS, NODE_SIZE
from nnviz.session.commands import Hover, Select, SetParameter
from tests.gui.conftest import classification, docked_behind, snapshot_of, xor_session

SIGMOID = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731


@pytest.fixture
def view(graph_view):
    return graph_view


def net_342(seed: int = 3) -> Network:
    return Network.create([3, 4, 2], init="uniform", init_range=2.0, seed=seed)


def hue(rgba) -> str:
    """"blue", "orange" or "neutral" for an (r, g, b, a) colour."""
    r, _, b, _ = rgba
    if abs(int(r) - int(b)) < 8:
        return "neutral"
    return "blue" if b > r else "orange"


# -- notation and helpers ------------------------------------------------------------------
def test_notation_follows_the_lectures():
    assert notation.weight(2, 1, 3) == "w²₁₃"  # w^2_13: into neuron 1 of layer 2 from neuron 3
    assert notation.weight(1, 10, 3) == "w¹₁₀,₃"
    assert notation.subscript(1, 3) == "₁₃"
    arch = Architecture.dense([3, 12, 2])  # the editor names θ_i the same way
    assert parameter_symbol(arch, arch.weight_index(2, 0, 2)) == "w²₁₃"
    assert parameter_symbol(arch, arch.weight_index(1, 9, 2)) == "w¹₁₀,₃"
    assert parameter_symbol(arch, arch.bias_index(1, 11)) == "b¹₁₂"


def test_nice_ceil_rounds_up_to_a_nice_number():
    assert [nice_ceil(v) for v in (1.3, 2.0, 0.0071, 7.0, 9.0)] == [1.5, 2.0, 0.008, 8.0, 10.0]
    assert nice_ceil(0.0) == 0.0


@given(arrays(float, 30, elements=st.floats(-50, 50)), st.floats(0.1, 40))
def test_larger_magnitude_never_gets_a_smaller_level(values, scale):
    levels = signed_levels(values, scale, N_LEVELS)
    order = np.argsort(np.abs(values), kind="stable")
    assert np.all(np.diff(np.abs(levels[order])) >= 0)
    assert np.all(np.sign(levels) * np.sign(values) >= 0)
    assert np.abs(levels).max() <= N_LEVELS - 1


@pytest.mark.parametrize("text, value", [("0.5", 0.5), (" -1.25 ", -1.25), ("−2", -2.0),
                                         ("1,5", 1.5), ("3e-2", 0.03)])
def test_editor_reads_numbers(text, value):
    assert parse_parameter_value(text) == value


@pytest.mark.parametrize("text, message", [("", "type a number"), ("abc", "not a number"),
                                           ("nan", "not a finite"), ("inf", "not a finite"),
                                           ("1e9", "too large"), ("1.2.3", "not a number")])
def test_editor_rejects_bad_text_with_a_message(text, message):
    with pytest.raises(InputError, match=message):
        parse_parameter_value(text)


def test_the_typing_hint_follows_the_kind_of_error_in_any_language():
    """"nan" is a number that is not finite: no "(type e.g. ...)" hint, whatever the words."""
    from nnviz.core import i18n

    i18n.install(lambda c, s, d=None, n=-1: s.replace("finite", "endlich"), "pt_BR")
    try:
        with pytest.raises(InputError) as e:
            parse_parameter_value("nan")
        assert str(e.value) == "'nan' is not a endlich number"
        with pytest.raises(InputError) as e:
            parse_parameter_value("abc")
        assert str(e.value) == "'abc' is not a number (type e.g. 0.5 or -1.2)"
    finally:
        i18n.install(None)


# -- layout ---------------------------------------------------------------------------------
def test_layout_of_the_342_example():
    """3-4-2: 3 inputs, 6 neurons, 20 weights, 6 biases; every weight drawn once."""
    arch = Architecture.dense([3, 4, 2])
    layout = GraphLayout.build(arch)
    assert layout.node_x.size == 9 and layout.n_edges == 20
    weights, biases = arch.unflatten(np.arange(arch.n_parameters))
    assert sorted(layout.edge_theta) == sorted(np.concatenate([w.ravel() for w in weights]))
    assert sorted(layout.node_bias_theta[layout.node_bias_theta >= 0]) == \
        sorted(np.concatenate(biases))
    for e in range(layout.n_edges):  # an edge runs from column l-1, neuron k to column l, j
        l, j, k = layout.edge_layer[e], layout.edge_j[e], layout.edge_k[e]
        src, dst = layout.node_at(l - 1, k), layout.node_at(l, j)
        np.testing.assert_array_equal(
            layout.segments[e],
            [layout.node_x[src], layout.node_y[src], layout.node_x[dst], layout.node_y[dst]])
        assert layout.edge_theta[e] == arch.weight_index(l, j, k)


def test_large_layers_are_compacted():
    arch = Architecture.dense([784, 128, 64, 10], "sigmoid", "softmax", "softmax_cross_entropy")
    layout = GraphLayout.build(arch)
    np.testing.assert_array_equal(shown_neurons(784), np.r_[0:12, 772:784])
    assert layout.hidden == (760, 104, 40, 0)
    assert layout.n_edges == 24 * 24 + 24 * 24 + 24 * 10
    e = layout.edge_at(1, 127, 783)
    assert layout.edge_theta[e] == arch.weight_index(1, 127, 783)
    assert layout.edge_at(1, 50, 0) is None  # neuron 51 of layer 1 is not drawn


# -- colours and widths ------------------------------------------------------------------------
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arrays(float, 26, elements=st.floats(-5, 5)))
def test_sign_decides_colour_and_larger_weights_are_never_thinner(view, theta):
    arch = Architecture.dense([3, 4, 2])
    view.show_snapshot(snapshot_of(Network(arch, theta)))
    layout = view.graph_layout
    w = theta[layout.edge_theta]
    colours, widths = view.edge_styles()
    s = view.edge_scales()
    for value, scale, colour in zip(w, s, colours):
        level = signed_levels(value, scale, N_LEVELS)
        assert hue(colour) == ("neutral" if level == 0 else "blue" if value > 0 else "orange")
    order = np.argsort(np.abs(w), kind="stable")
    assert np.all(np.diff(widths[order]) >= 0)


def test_the_largest_weight_gets_the_full_colour_and_width(view):
    net = Network.from_layers([[[2.0, -1.0]], ], [[0.0]], ["sigmoid"])
    view.show_snapshot(snapshot_of(net))
    colours, widths = view.edge_styles()
    assert tuple(colours[0][:3]) == BLUE
    assert hue(colours[1]) == "orange" and tuple(colours[1][:3]) != ORANGE  # half as strong
    assert widths[0] > widths[1]
    batches = view.edges.batches()  # what paint draws: one drawLines per pen
    assert sum(len(seg) for _, seg in batches) == 2
    strongest_pen, strongest = batches[-1]
    np.testing.assert_array_equal(strongest, view.graph_layout.segments[:1])
    assert strongest_pen.widthF() == widths.max()


def test_three_scaling_modes(view):
    """Layer 1 has max |w| = 4, layer 2 max |w| = 1."""
    net = Network.from_layers([[[4.0, 1.0], [-2.0, 0.5]], [[1.0, -0.5]]], [[0, 0], [0]],
                              ["tanh", "sigmoid"])
    view.show_snapshot(snapshot_of(net))
    layout = view.graph_layout
    w = net.params[layout.edge_theta]
    assert view.scaling == ("global", 1.0)
    np.testing.assert_array_equal(view.edge_scales(), 4.0)
    np.testing.assert_array_equal(view.edges.levels, signed_levels(w, 4.0, N_LEVELS))
    assert view.weight_legend.ticks == ("−4", "0", "+4")

    view.set_scaling("layer")
    np.testing.assert_array_equal(view.edge_scales(), np.where(layout.edge_layer == 1, 4.0, 1.0))
    e = layout.edge_at(2, 0, 0)  # w²₁₁ = 1 is the largest of layer 2: full colour now
    assert view.edges.levels[e] == N_LEVELS - 1
    assert view.weight_legend.ticks == ("−1", "0", "+1")
    assert view.weight_legend.caption == "w / scale of its layer"

    view.set_scaling("fixed", 2.0)
    np.testing.assert_array_equal(view.edge_scales(), 2.0)
    assert view.edges.levels[layout.edge_at(1, 0, 0)] == N_LEVELS - 1  # 4 saturates
    assert view.edges.levels[e] == signed_levels(1.0, 2.0, N_LEVELS)
    assert view.weight_legend.ticks == ("−2", "0", "+2")
    assert view.toolbar.scaling_box.currentIndex() == 2 and view.toolbar.fixed_box.value() == 2.0

    view.set_scaling("global")
    net.weights[0][0, 0] = 1.3  # max |w| 2 -> scale 2; then 2.1 -> 2.5 (nice numbers)
    net.weights[0][1, 0] = -2.1
    view.show_snapshot(snapshot_of(net))
    np.testing.assert_array_equal(view.edge_scales(), 2.5)


def test_bad_scaling_options_change_nothing(view):
    view.set_scaling("fixed", 3.0)
    with pytest.raises(InputError, match="unknown colour scaling 'log'"):
        view.set_scaling("log")
    with pytest.raises(InputError, match="positive number"):
        view.set_scaling("fixed", -1.0)
    assert view.scaling == ("fixed", 3.0)


def test_gradient_mode_colours_by_the_gradients(view):
    net = Network.from_layers([[[1.0, 2.0], [0.5, 1.5]], [[1.0, 1.0]]], [[0, 0], [0]],
                              ["sigmoid", "sigmoid"])
    view.show_snapshot(snapshot_of(net, gradients=None))
    view.set_gradient_mode(True)
    np.testing.assert_array_equal(view.edges.levels, 0)  # no step yet: nothing to show
    assert "no gradient before the first step" in view.message
    grads = -np.linspace(0.001, 0.004, net.architecture.n_parameters)
    view.show_snapshot(snapshot_of(net, gradients=grads))
    layout = view.graph_layout
    np.testing.assert_array_equal(view.edges.levels,
                                  signed_levels(grads[layout.edge_theta], view.edge_scales(), N_LEVELS))
    assert {hue(c) for c in view.edge_styles()[0]} <= {"orange", "neutral"}
    assert view.weight_legend.caption == "∂C/∂w"
    assert view.toolbar.quantity_box.currentIndex() == 1 and view.gradient_mode
    view.set_gradient_mode(False)
    assert {hue(c) for c in view.edge_styles()[0]} == {"blue"}


def test_neurons_are_filled_by_activation_for_a_sample_or_the_mean(view):
    """The lectures' example: σ([[1, -2], [-1, 1]]·[1, -1] + [1, 0]) = [0.98, 0.12]."""
    net = Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])
    view.set_dataset(classification([[1, -1], [0, 0]], [0, 1]))
    view.show_snapshot(snapshot_of(net))
    cmap = sequential_map()

    def expected(a):
        return cmap.map(np.rint(np.asarray(a) * (N_FILLS - 1)) / (N_FILLS - 1), mode="qcolor")

    outputs = view.graph_layout.node_slices[1]
    mean = (SIGMOID(np.array([4.0, -2.0])) + SIGMOID(np.array([1.0, 0.0]))) / 2
    assert [c.getRgb() for c in view.neuron_fills()[outputs]] == \
        [c.getRgb() for c in expected(mean)]
    view.set_sample(0)
    assert [c.getRgb() for c in view.neuron_fills()[outputs]] == \
        [c.getRgb() for c in expected(SIGMOID(np.array([4.0, -2.0])))]
    assert view.toolbar.which_box.currentIndex() == 1 and view.toolbar.sample_box.value() == 1  # from 1
    assert view.sample == 0
    with pytest.raises(InputError, match="sample index"):
        view.set_sample(-1)


# -- tooltips ---------------------------------------------------------------------------------
def test_neuron_tooltip_shows_the_lectures_formula_with_numbers(view):
    net = Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])
    view.set_dataset(classification([[1, -1]], [1]))
    view.show_snapshot(snapshot_of(net))
    view.set_sample(0)
    text = view.describe(Hit("neuron", 1, 0))
    assert "z¹₁ = w¹₁₁·x₁ + w¹₁₂·x₂ + b¹₁" in text
    assert "= 1·1 + (−2)·(−1) + 1 = 4" in text
    assert f"a¹₁ = σ(z¹₁) = σ(4) = {notation.number(SIGMOID(4.0))}" in text  # 0.982
    assert "b¹₁ = 1" in text
    second = view.describe(Hit("neuron", 1, 1))
    assert f"σ(−2) = {notation.number(SIGMOID(-2.0))}" in second  # 0.1192


def test_the_tooltip_prints_z_and_a_as_nnviz_explain_does(view):
    """The lectures' example (slides: [0.98, 0.12]): the tooltip once printed σ(−2) as 0.119
    while `nnviz explain` printed 0.1192; both now print notation.number of the same value."""
    net = Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])
    view.set_dataset(classification([[0, 0], [1, -1]], [0, 1]))
    view.show_snapshot(snapshot_of(net))
    view.set_sample(1)
    numbers = work_out(net, [1, -1])
    shown = {step.symbol: step.sides[-1] for step in worked_steps(numbers)}
    for j, (z, a) in enumerate(zip(numbers.layers[0].z, numbers.layers[0].a)):
        text = view.describe(Hit("neuron", 1, j))
        assert shown[f"z1_{j + 1}"] == notation.number(z)
        assert text.splitlines()[2].endswith(f" = {notation.number(z)}")
        assert text.splitlines()[3].endswith(f"σ({notation.number(z)}) = {notation.number(a)}")
        assert shown[f"a1_{j + 1}"] == notation.number(a)
    assert "σ(−2) = 0.1192" in view.describe(Hit("neuron", 1, 1))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arrays(float, 9, elements=st.floats(-4, 4)), arrays(float, 2, elements=st.floats(-3, 3)))
def test_every_tooltip_z_is_the_z_explain_prints(view, theta, x):
    net = Network(Architecture.dense([2, 3]), theta)
    view.set_dataset(classification(np.array([x, -x]), [0, 1]))
    view.show_snapshot(snapshot_of(net))
    view.set_sample(0)
    numbers = work_out(net, x)
    for j, z in enumerate(numbers.layers[0].z):
        assert view.describe(Hit("neuron", 1, j)).splitlines()[2].endswith(f" = {notation.number(z)}")


def test_tooltips_on_the_342_network(view):
    net = net_342()
    x = np.array([[0.2, 0.4, 0.9], [1.0, 0.0, 0.5]])
    view.set_dataset(classification(x, [0, 1], features=("weather", "friend", "venue"),
                                    class_names=("stay", "go")))
    grads = np.linspace(-1, 1, net.architecture.n_parameters)
    view.show_snapshot(snapshot_of(net, gradients=grads))
    w2, b1 = net.weights[1], net.biases[0]
    edge = view.describe(Hit("edge", 2, 1, 3))  # w^2_24: neuron 4 of layer 1 -> neuron 2
    theta = net.architecture.weight_index(2, 1, 3)
    assert edge.splitlines()[0] == f"w²₂₄ = {notation.number(w2[1, 3])}"
    assert "from a¹₄ into z²₂" in edge
    assert f"∂C/∂w²₂₄ = {notation.number(grads[theta])} (last step)" in edge

    view.set_sample(1)
    neuron = view.describe(Hit("neuron", 1, 2))
    z = net.weights[0][2] @ x[1] + b1[2]
    assert "z¹₃ = w¹₃₁·x₁ + w¹₃₂·x₂ + w¹₃₃·x₃ + b¹₃" in neuron
    assert f"= {notation.number(z)}" in neuron
    assert f"σ({notation.number(z)}) = {notation.number(SIGMOID(z))}" in neuron
    out = view.describe(Hit("neuron", 2, 0))
    assert "z²₁ = w²₁₁·a¹₁ + w²₁₂·a¹₂ + w²₁₃·a¹₃ + w²₁₄·a¹₄ + b²₁" in out
    assert view.describe(Hit("input", 0, 0)) == "x₁ (weather) = a⁰₁ = 1 (sample 2)"

    view.set_sample(None)
    mean = view.describe(Hit("neuron", 1, 2))
    assert "mean over 2 samples" in mean and "choose one sample" in mean


def move_to(qtbot, view, x, y):
    scene = view.viewbox.mapViewToScene(QPointF(x, y))
    qtbot.mouseMove(view.plot.viewport(), view.plot.mapFromScene(scene))


def test_hovering_finds_the_neuron_sends_it_and_shows_its_tooltip(view, qtbot):
    view.show_snapshot(snapshot_of(net_342()))
    layout = view.graph_layout
    node = layout.node_at(1, 2)
    with qtbot.waitSignal(view.command_issued) as signal:
        move_to(qtbot, view, layout.node_x[node], layout.node_y[node])
    assert signal.args == [Hover((1, 2))]
    assert QToolTip.text() == view.describe(Hit("neuron", 1, 2))
    assert QToolTip.text().startswith("neuron 3 of layer 1 (sigmoid)\nz¹₃ = w¹₃₁·x₁")
    x0, y0, x1, y1 = layout.segments[layout.edge_at(2, 0, 0)]
    assert view.pointer.item_at(x0 + 0.5 * (x1 - x0), y0 + 0.5 * (y1 - y0)) in (
        Hit("edge", 2, 0, 0), Hit("edge", 2, 1, 1))  # crossing edges could share the point
    QToolTip.hideText()  # the tooltip window would take the next move
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    with qtbot.waitSignal(view.command_issued) as signal:
        move_to(qtbot, view, x0 + 0.01, y0 + 0.45)
    assert signal.args == [Hover(None)]


# -- editing ------------------------------------------------------------------------------------
def click_at(qtbot, view, x, y):
    scene = view.viewbox.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.plot.mapFromScene(scene))


def test_clicking_an_edge_edits_its_weight_and_the_next_snapshot_shows_it(view, qtbot):
    net = net_342()
    arch = net.architecture
    view.set_edge_labels(True)
    view.show_snapshot(snapshot_of(net))
    layout = view.graph_layout
    e = layout.edge_at(2, 1, 3)
    x0, y0, x1, y1 = layout.segments[e]
    with qtbot.waitSignal(view.command_issued) as selected:
        click_at(qtbot, view, x0 + 0.25 * (x1 - x0), y0 + 0.25 * (y1 - y0))
    index = arch.weight_index(2, 1, 3)
    assert selected.args == [Select(parameter=index)]
    editor = view.editor
    assert editor.isVisible() and editor.name.text() == "w²₂₄ ="

    edits = []
    view.command_issued.connect(lambda c: edits.append((c.index, c.value))
                                if isinstance(c, SetParameter) else None)
    editor.line_edit.setText("two")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert edits == [] and editor.isVisible()
    assert "'two' is not a number" in editor.message.text()

    editor.line_edit.setText("0.75")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert edits == [(index, 0.75)] and not editor.isVisible()
    assert view.value_labels()[e] != "0.75"  # nothing changes until the worker answers

    net.params[index] = 0.75  # the worker applies the edit; the next snapshot shows it
    view.show_snapshot(snapshot_of(net, step=2))
    assert view.value_labels()[e] == "0.75"
    assert view.describe(Hit("edge", 2, 1, 3)).startswith("w²₂₄ = 0.75\n")


def test_clicking_a_neuron_edits_its_bias(view, qtbot):
    net = net_342()
    view.show_snapshot(snapshot_of(net))
    layout = view.graph_layout
    node = layout.node_at(1, 3)
    with qtbot.waitSignal(view.command_issued) as selected:
        click_at(qtbot, view, layout.node_x[node], layout.node_y[node])
    index = net.architecture.bias_index(1, 3)
    assert selected.args == [Select(parameter=index)] and view.editor.name.text() == "b¹₄ ="
    with qtbot.waitSignal(view.command_issued) as edited:
        view.editor.line_edit.setText("-1,5")
        qtbot.keyClick(view.editor.line_edit, Qt.Key.Key_Return)
    assert edited.args == [SetParameter(index, -1.5)]


def test_clicking_an_input_opens_no_editor(view, qtbot):
    view.show_snapshot(snapshot_of(net_342()))
    layout = view.graph_layout
    click_at(qtbot, view, layout.node_x[0], layout.node_y[0])
    assert not view.editor.isVisible()
    with pytest.raises(InputError, match="no parameter 26"):
        view.edit_parameter(26)


# -- structure ---------------------------------------------------------------------------------
def test_architecture_change_rebuilds_and_same_architecture_does_not(view):
    view.show_snapshot(snapshot_of(Network.create([2, 4, 1], seed=0)))
    first = view.graph_layout
    assert len(view.neurons.nodes.data) == 7 and first.n_edges == 12
    view.show_snapshot(snapshot_of(Network.create([2, 4, 1], seed=1), step=2))
    assert view.graph_layout is first
    view.show_snapshot(snapshot_of(net_342()))
    assert view.graph_layout is not first
    assert len(view.neurons.nodes.data) == 9 and view.graph_layout.n_edges == 20
    assert sum(len(seg) for _, seg in view.edges.batches()) == 20


def test_input_and_output_names(view):
    texts = view.texts.texts
    view.show_snapshot(snapshot_of(net_342()))
    assert {"x₁", "x₂", "x₃", "ŷ₁", "ŷ₂"} <= texts()
    view.set_dataset(classification(np.zeros((2, 3)), [0, 1], features=("weather", "friend", "x3"),
                                    class_names=("stay", "go")))
    assert {"x₁ weather", "x₂ friend", "x₃", "ŷ₁: stay", "ŷ₂: go"} <= texts()
    view.show_snapshot(snapshot_of(Network.create([3, 2, 1], seed=0)))
    assert "ŷ (go = 1, stay = 0)" in texts()
    for names in (("−1", "+1"), ("-1", "+1")):  # the perceptron's ±1 labels: nothing to say
        view.set_dataset(classification(np.zeros((2, 3)), [-1, 1], labels="pm1",
                                        class_names=names))
        assert "ŷ" in texts() and not any(text.startswith("ŷ (") for text in texts())


def test_the_largest_network_renders(view):
    net = Network.create([784, 128, 64, 10], output_activation="softmax",
                         loss="softmax_cross_entropy", seed=0)
    x = (np.random.default_rng(0).uniform(size=(40, 784)) > 0.7).astype(float)
    view.set_dataset(classification(x, np.arange(40) % 10, classes=10,
                                    features=tuple(f"p{i}" for i in range(784))))
    view.show_snapshot(snapshot_of(net))
    image = view.grab().toImage()
    assert not image.isNull() and view.edges.paint_count > 0
    texts = view.texts.texts()
    assert {"⋮ 760 more", "⋮ 104 more", "⋮ 40 more", "x₇₈₄ p783", "ŷ₁₀: 9"} <= texts
    assert sum(len(seg) for _, seg in view.edges.batches()) == 1392
    assert not view.toolbar.labels_box.isEnabled()  # too many edges to label


def test_edge_value_labels_follow_the_weights(view):
    net = Network.from_layers([[[0.5, -1.25]]], [[0.3]], ["sigmoid"])
    view.show_snapshot(snapshot_of(net))
    assert view.value_labels() == []
    view.set_edge_labels(True)
    assert view.value_labels() == ["0.5", "−1.25"]  # as the tooltips write them
    assert [item.toPlainText() for _, item in view.texts.bias_labels] == ["b=0.3"]


def colour_of(pixel) -> tuple[int, int, int]:
    return (int(pixel) >> 16) & 255, (int(pixel) >> 8) & 255, int(pixel) & 255


def test_neuron_images_are_drawn_and_updated_in_place(view):
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], seed=0)))
    grid = np.linspace(0, 1, 20).reshape(4, 5)
    view.set_neuron_images([[grid, 2 * grid, 3 * grid]], levels=(0.0, 3.0))
    thumbs = view.neuron_images()
    assert sorted(thumbs) == [(1, 0), (1, 1), (1, 2)]
    np.testing.assert_array_equal(thumbs[(1, 1)].values, 2 * grid)
    assert thumbs[(1, 1)].levels == pytest.approx((0.0, 3.0))
    layout = view.graph_layout
    node = layout.node_at(1, 1)
    rect = thumbs[(1, 1)].rect  # the square inside the circle
    assert (rect.center().x(), rect.center().y()) == pytest.approx(
        (layout.node_x[node], layout.node_y[node]))
    assert rect.width() == pytest.approx(NODE_SIZE / np.sqrt(2))
    assert rect.height() == pytest.approx(NODE_SIZE / np.sqrt(2))
    # all three in the one batch item, colours from the sequential map over the levels:
    # 0 (the lowest level) and 3 (the highest) get the map's two ends
    item = view.thumbnails
    assert len(item) == 3 and item.image(2).width() == 5 and item.image(2).height() == 4
    ends = sequential_map().getLookupTable(0.0, 1.0, 256, alpha=False)[[0, -1]]
    assert colour_of(thumbs[(1, 2)].pixels[0, 0]) == tuple(ends[0])
    assert colour_of(thumbs[(1, 2)].pixels[-1, -1]) == tuple(ends[1])
    assert item.image(2).pixelColor(4, 3).getRgb()[:3] == tuple(ends[1])  # what is painted
    painted = item.paint_count
    view.grab()
    assert item.paint_count > painted
    shown = item.image(0)
    view.set_neuron_images([[grid, 2 * grid, 3 * grid]], levels=(0.0, 3.0))  # the same again
    assert item.image(0) is shown  # nothing to repaint

    view.set_neuron_images([[-grid, grid, grid]])  # signed: symmetric levels, diverging map
    again = view.neuron_images()
    assert view.thumbnails is item  # the same item, new images
    np.testing.assert_array_equal(again[(1, 0)].values, -grid)
    assert again[(1, 0)].levels == pytest.approx((-1.0, 1.0))
    orange, blue = colour_of(again[(1, 0)].pixels[-1, -1]), colour_of(again[(1, 1)].pixels[-1, -1])
    assert orange[0] > orange[2] and blue[2] > blue[0]  # -1 orange, +1 blue

    view.set_neuron_images([[grid, grid]])  # two images for three neurons: skipped
    assert view.neuron_images() == {} and len(view.thumbnails) == 0
    view.set_neuron_images([[grid, grid, grid]])
    view.set_neuron_images(None)
    assert view.neuron_images() == {}
    view.set_neuron_images([[grid, grid, grid]])
    view.show_snapshot(snapshot_of(net_342()))  # a new network: the old images go
    assert view.neuron_images() == {} and len(view.thumbnails) == 0


def test_neuron_images_of_a_large_layer_only_for_the_drawn_neurons(view):
    view.show_snapshot(snapshot_of(Network.create([2, 40, 1], seed=0)))
    images = [np.full((3, 3), float(j)) for j in range(40)]
    view.set_neuron_images([images])
    shown = view.graph_layout.node_index[view.graph_layout.node_slices[1]]
    assert sorted(view.neuron_images()) == [(1, int(j)) for j in sorted(shown)]
    assert len(shown) < 40 and len(view.thumbnails) == len(shown)
    assert view.neuron_images()[(1, 39)].levels == pytest.approx((0.0, 39.0))


def test_behind_another_tab_the_graph_waits_until_shown(qtbot):
    view = GraphView()
    window, dock = docked_behind(qtbot, view)
    front = next(d for d in window.findChildren(QDockWidget) if d is not dock)
    dock.raise_()
    qtbot.waitUntil(lambda: not view.visibleRegion().isEmpty())
    small, large = Network.create([2, 3, 1], seed=0), Network.create([2, 3, 1], seed=0)
    large.set_params(np.where(np.arange(large.params.size) == 0, 10.0, 0.01))
    view.show_snapshot(snapshot_of(small))
    before = view.edges.levels.copy()
    front.raise_()
    qtbot.waitUntil(lambda: view.visibleRegion().isEmpty())
    view.show_snapshot(snapshot_of(large))
    np.testing.assert_array_equal(view.edges.levels, before)  # not drawn while hidden
    dock.raise_()
    expected = signed_levels(large.params[view.graph_layout.edge_theta], 10.0, N_LEVELS)
    qtbot.waitUntil(lambda: np.array_equal(view.edges.levels, expected))


def test_data_that_does_not_fit_the_network_leaves_the_neurons_unfilled(view):
    view.set_dataset(classification(np.zeros((4, 3)), [0, 1, 0, 1]))
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], seed=0)))
    assert "the data has 3 inputs, the network 2" in view.message
    background = view.plot.backgroundBrush().color().getRgb()
    assert {c.getRgb() for c in view.neuron_fills()} == {background}
    assert "choose a data set" in view.describe(Hit("neuron", 1, 0))


@pytest.mark.parametrize("size", [(1000, 650), (520, 360)])
@pytest.mark.parametrize("sizes", [[3, 4, 2], [2, 8, 8, 8, 1], [784, 128, 64, 10]])
def test_headers_and_names_fit_inside_the_view(view, qtbot, size, sizes):
    view.resize(*size)
    view.apply_theme(Theme(scale=1.5))
    view.show_snapshot(snapshot_of(Network.create(sizes, seed=0)))
    qtbot.wait(10)
    box = view.viewbox.sceneBoundingRect()
    headers = [h.sceneBoundingRect() for h in view.texts.headers]
    names = [item for _, item in view.texts.names]
    assert all(item.isVisible() for item in names) or sizes[0] == 784 and size[1] < 400
    for item in view.texts.headers + [item for item in names if item.isVisible()]:
        assert box.contains(item.sceneBoundingRect()), item.toPlainText()
    rows = sorted((n.sceneBoundingRect() for n in names if n.isVisible()), key=QRectF.top)
    for a, b in zip(rows, rows[1:]):  # names do not overlap
        assert a.bottom() <= b.top() or a.right() <= b.left() or b.right() <= a.left()
    for a, b in zip(headers, headers[1:]):  # neighbouring headers do not overlap
        assert a.right() <= b.left()


def test_a_diverged_network_still_draws(view):
    """Training that diverged hands over inf and nan: the view draws, no warning, no crash."""
    net = Network.create([2, 3, 1], activation="relu", seed=0)
    net.params[0], net.params[1], net.params[2] = np.inf, -np.inf, np.nan
    view.set_dataset(classification([[1.0, 2.0], [0.5, -1.0]], [0, 1]))
    view.show_snapshot(snapshot_of(net))
    levels = view.edges.levels
    layout = view.graph_layout
    assert levels[layout.edge_at(1, 0, 0)] == N_LEVELS - 1
    assert levels[layout.edge_at(1, 0, 1)] == -(N_LEVELS - 1)
    assert levels[layout.edge_at(1, 1, 0)] == 0
    assert len(view.neuron_fills()) == 6
    assert "w¹₁₁ = ∞" in view.describe(Hit("edge", 1, 0, 0))


def test_presentation_scale_and_palette_restyle_without_losing_the_network(view, qtbot):
    view.show_snapshot(snapshot_of(net_342()))
    _, widths = view.edge_styles()
    size = view.texts.headers[0].textItem.font().pointSizeF()
    view.apply_theme(Theme(scale=2.0))
    _, wider = view.edge_styles()
    assert wider.max() == pytest.approx(2 * widths.max())
    assert view.texts.headers[0].textItem.font().pointSizeF() > size
    assert view.graph_layout.n_edges == 20 and len(view.neurons.nodes.data) == 9
    with pytest.raises(InputError, match="presentation scale"):
        view.apply_theme(Theme(scale=0))
    dark = Theme(dark=True, scale=2.0)
    view.apply_theme(dark)
    assert view.plot.backgroundBrush().color() == QColor(dark.plot_background)
    assert view.texts.headers[0].textItem.defaultTextColor() == QColor(dark.text)
    assert len(view.edges.batches()) > 0


def test_the_toolbar_drives_the_options(view):
    view.set_dataset(classification(np.eye(3)[:, :2], [0, 1, 0]))
    view.show_snapshot(snapshot_of(Network.create([2, 2, 1], seed=0)))
    toolbar = view.toolbar
    toolbar.scaling_box.setCurrentIndex(1)
    assert view.scaling[0] == "layer"
    toolbar.scaling_box.setCurrentIndex(2)
    toolbar.fixed_box.setValue(0.5)
    assert view.scaling == ("fixed", 0.5)
    toolbar.quantity_box.setCurrentIndex(1)
    assert view.weight_legend.caption == "∂C/∂w"
    toolbar.which_box.setCurrentIndex(1)
    toolbar.sample_box.setValue(3)  # counted from 1: the third row
    assert view.sample == 2
    assert toolbar.info.text().startswith("sample 3: x = (0, 0)")
    toolbar.which_box.setCurrentIndex(0)
    assert toolbar.info.text() == ("mean over 3 samples; no gradient before the first step · "
                                   + count_text(view._architecture))
    assert view.message == "no gradient before the first step"
    toolbar.labels_box.setChecked(True)
    assert len(view.value_labels()) == 6


def test_the_session_selection_and_neuron_maps_reach_the_graph(view):
    """Bound to a session: the selected parameter's edge gets the band under it, and the
    maps another view publishes become the neurons' thumbnails."""
    session = xor_session()
    net = Network.create([2, 3, 1], seed=0)
    view.bind(session)
    view.show_snapshot(snapshot_of(net))
    layout = view.graph_layout
    index = net.architecture.weight_index(2, 0, 1)
    session.select(Select(parameter=index))
    x, y = view.selection.getData()
    x0, y0, x1, y1 = layout.segments[layout.edge_at(2, 0, 1)]
    assert list(x) == [x0, x1] and list(y) == [y0, y1]
    session.select(Select(parameter=None))
    assert len(view.selection.getData()[0]) == 0
    grid = np.linspace(0, 1, 20).reshape(4, 5)
    session.set_neuron_maps([[grid, 2 * grid, 3 * grid]])
    assert sorted(view.neuron_images()) == [(1, 0), (1, 1), (1, 2)]
    session.set_neuron_maps(None)
    assert view.neuron_images() == {}
    view.unbind()


def test_the_status_line_counts_the_network_as_the_lectures_do(view):
    """The three-layer lesson counts neurons, weights and parameters: the graph says them."""
    view.show_snapshot(snapshot_of(Network.create([3, 4, 2], "sigmoid", "sigmoid", seed=0)))
    assert view.toolbar.info.text().endswith(
        " · 3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters")
