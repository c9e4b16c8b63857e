"""The neuron curve view (offscreen): a = f(w·x + b) of a 1-1 network, sliders, ghost curves."""

import numpy as np
import pytest

from nnviz.core.network import Network
from nnviz.gui.theme import Theme
from nnviz.gui.views.neuron_curve import NeuronCurveView
from nnviz.gui.views.registry import registered_views
from nnviz.session.commands import SetParameter
from tests.gui.conftest import snapshot_of


def one_neuron(activation="sigmoid", w=2.0, b=-1.0, bias=True):
    net = Network.create([1, 1], activation, bias=bias, seed=0)
    net.params[:] = [w, b] if bias else [w]
    return net


@pytest.fixture
def view(qtbot):
    v = NeuronCurveView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    return v


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def test_the_curve_is_sigmoid_of_w_x_plus_b(view):
    view.show_snapshot(snapshot_of(one_neuron(w=2.0, b=-1.0)))
    x, a = view.curve.getData()
    assert x[0] == -10.0 and x[-1] == 10.0
    np.testing.assert_allclose(a, sigmoid(2.0 * x - 1.0), rtol=1e-12)
    i = int(np.argmin(np.abs(x - 0.5)))  # z = 0 at x = 0.5
    assert x[i] == pytest.approx(0.5) and a[i] == pytest.approx(0.5)
    assert view.message == ""
    # at the marked x = 1: σ(1) = 0.7311 beside the step neuron's 1
    assert view.marked_x == 1.0
    assert view.values_at_marked_x() == (pytest.approx(0.7310585786300049), 1.0)
    assert "0.7311" in view.readout.text()
    _, step = view.partner_curve.getData()
    np.testing.assert_array_equal(step, (2.0 * x - 1.0 > 0).astype(float))


def test_a_small_nudge_flips_the_step_neuron_and_moves_the_sigmoid_a_little(view):
    """At x = 1 with b = −1: w = 0.95 gives z = −0.05, w = 1.05 gives z = 0.05."""
    view.show_snapshot(snapshot_of(one_neuron(w=0.95, b=-1.0)))
    before_sigmoid, before_step = view.values_at_marked_x()
    view.show_snapshot(snapshot_of(one_neuron(w=1.05, b=-1.0)))
    after_sigmoid, after_step = view.values_at_marked_x()
    assert (before_step, after_step) == (0.0, 1.0)
    assert before_sigmoid == pytest.approx(sigmoid(-0.05)) and after_sigmoid == pytest.approx(sigmoid(0.05))
    assert after_sigmoid - before_sigmoid == pytest.approx(0.025, abs=1e-3)


def test_the_ghost_curves_of_the_lectures(view):
    view.show_snapshot(snapshot_of(one_neuron()))
    assert list(view.ghost_items) == ["σ(0.5x)", "σ(x)", "σ(2x)", "σ(x − 5)", "σ(x + 5)"]
    for label, (w, b) in zip(view.ghost_items, [(0.5, 0), (1, 0), (2, 0), (1, -5), (1, 5)]):
        x, a = view.ghost_items[label].getData()
        np.testing.assert_allclose(a, sigmoid(w * x + b), rtol=1e-12)
    legend = [label.text for _, label in view.legend.items]
    assert legend == ["σ(w·x + b)", "σ(0.5x)", "σ(x)", "σ(2x)", "σ(x − 5)", "σ(x + 5)"]


def test_the_sliders_send_set_parameter(qtbot, view):
    view.show_snapshot(snapshot_of(one_neuron(w=2.0, b=-1.0)))
    assert view.w_slider.value() == 240 and view.b_slider.value() == 90  # (2 + 10)/0.05, (−1 + 10)/0.1
    sent = []
    view.command_issued.connect(sent.append)
    view.w_slider.setValue(250)  # w = 2.5
    view.b_slider.setValue(130)  # b = 3
    assert [(type(c), c.index, c.value) for c in sent] == [(SetParameter, 0, 2.5), (SetParameter, 1, 3.0)]
    _, a = view.curve.getData()
    x = view.curve.getData()[0]
    np.testing.assert_allclose(a, sigmoid(2.5 * x + 3.0), rtol=1e-12)
    # a snapshot moves the sliders without sending anything
    view.show_snapshot(snapshot_of(one_neuron(w=-4.0, b=0.5)))
    assert len(sent) == 2 and view.w_slider.value() == 120 and view.b_slider.value() == 105


@pytest.mark.parametrize("activation, f, partner", [
    ("tanh", np.tanh, lambda z: (z > 0).astype(float)),
    ("relu", lambda z: np.maximum(z, 0.0), lambda z: (z > 0).astype(float)),
    ("step", lambda z: (z > 0).astype(float), sigmoid),
    ("sign", lambda z: np.where(z >= 0, 1.0, -1.0), sigmoid),
])
def test_it_follows_the_output_activation(view, activation, f, partner):
    view.show_snapshot(snapshot_of(one_neuron(activation, w=1.5, b=0.5)))
    x, a = view.curve.getData()
    np.testing.assert_allclose(a, f(1.5 * x + 0.5))
    np.testing.assert_allclose(view.partner_curve.getData()[1], partner(1.5 * x + 0.5))
    assert view.activation == activation
    assert len(view.ghost_items) == 5


def test_without_a_bias_the_b_slider_is_off(view):
    """The learning-rates lesson's a = w·x: one parameter, no bias."""
    view.show_snapshot(snapshot_of(one_neuron("identity", w=2.5, bias=False)))
    assert not view.b_slider.isEnabled() and view.b == 0.0
    sent = []
    view.command_issued.connect(sent.append)
    view.w_slider.setValue(230)
    assert [(c.index, c.value) for c in sent] == [(0, 1.5)]
    x, a = view.curve.getData()
    np.testing.assert_allclose(a, 1.5 * x)


def test_other_networks_get_a_plain_message(view):
    net = Network.create([2, 2, 1], "sigmoid", seed=0)
    view.show_snapshot(snapshot_of(net))
    assert "one input and one output" in view.message and "2-2-1" in view.message
    assert view.pages.currentWidget() is view.message_label
    view.show_snapshot(snapshot_of(one_neuron()))
    assert view.message == "" and view.pages.currentIndex() == 0


def test_the_marked_x_moves_both_readouts(view):
    view.show_snapshot(snapshot_of(one_neuron(w=1.0, b=0.0)))
    view.set_marked_x(-2.0)
    assert view.mark_line.value() == -2.0 and view.partner_mark_line.value() == -2.0
    assert view.values_at_marked_x() == (pytest.approx(sigmoid(-2.0)), 0.0)
    view.partner_mark_line.setValue(3.0)  # dragging either line
    assert view.marked_x == 3.0 and view.mark_line.value() == 3.0


def test_presentation_scale_and_registration(view):
    view.apply_theme(Theme(scale=2.0))
    assert view.curve.opts["pen"].widthF() == pytest.approx(6.0)
    assert NeuronCurveView in registered_views()
    assert NeuronCurveView.key == "neuron_curve" and NeuronCurveView.builds_when_shown


def test_the_samples_sit_on_the_plot_and_a_selected_sample_is_marked(view):
    """The sigmoid lesson's data: six points on a line, classes 0 and 1."""
    from nnviz.session.state import Selection
    from tests.gui.conftest import classification

    data = classification([[-3.0], [-2.0], [-1.0], [1.0], [2.0], [3.0]], [0, 0, 0, 1, 1, 1])
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(one_neuron(w=1.0, b=-1.0)))
    x, y = view.samples.getData()
    np.testing.assert_array_equal(x, [-3, -2, -1, 1, 2, 3])
    np.testing.assert_array_equal(y, [0, 0, 0, 1, 1, 1])
    view.follow_selection(Selection(sample=2))  # x = −1
    assert view.marked_x == -1.0
    assert view.values_at_marked_x() == (pytest.approx(sigmoid(-2.0)), 0.0)
    # a network with two inputs: no samples, the message
    view.show_snapshot(snapshot_of(Network.create([2, 1], "sigmoid", seed=0)))
    assert "one input" in view.message


def test_in_the_window_the_w_slider_sets_the_networks_weight(qtbot, tmp_path):
    """The sigmoid lesson in the main window: dragging w moves θ₀ of the session."""
    from PySide6.QtCore import QSettings

    from nnviz.core.lessons import load_lesson
    from nnviz.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat)
    window = MainWindow(load_lesson("sigmoid_neuron"), settings=settings,
                        view_classes=[NeuronCurveView])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.view("neuron_curve")
    qtbot.waitUntil(lambda: window.state.snapshot is not None and view.message == "", timeout=10_000)
    assert (view.w, view.b) == (1.0, 0.0)
    view.w_slider.setValue(230)  # w = −10 + 230·0.05 = 1.5
    qtbot.waitUntil(lambda: float(window.state.snapshot.params[0]) == 1.5, timeout=10_000)
    assert float(window.state.snapshot.params[1]) == 0.0 and view.w == 1.5
    window.close()
