"""The digit view (offscreen): the sample's picture, a^L as bars, the verdict, stepping."""

from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.network import Network
from nnviz.gui.theme import Theme
from nnviz.gui.views.digit import DigitView
from nnviz.gui.views.digit.outputs import NO_IMAGES, next_mistake, window
from nnviz.session.commands import Select
from nnviz.session.state import Selection
from tests.gui.conftest import snapshot_of, xor_dataset

N_TRAIN, N_TEST = 12, 8


def tiny_images(seed=0) -> Dataset:
    """4×3 images (12 pixels) of three classes: 12 training rows, then 8 test rows."""
    rng = np.random.default_rng(seed)
    x = rng.random((N_TRAIN + N_TEST, 12))
    y = np.arange(N_TRAIN + N_TEST) % 3
    return Dataset("tiny", CLASSIFICATION, x[:N_TRAIN], y[:N_TRAIN], x[N_TRAIN:], y[N_TRAIN:],
                   tuple(f"p{k}" for k in range(12)), ("zero", "one", "two"), image_shape=(4, 3))


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@pytest.fixture
def view(qtbot):
    v = DigitView()
    qtbot.addWidget(v)
    v.resize(700, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def net():
    return Network.create([12, 5, 3], "sigmoid", "sigmoid", seed=3)


def issued_by(view):
    commands = []
    view.command_issued.connect(commands.append)
    return commands


def test_the_picture_is_the_test_samples_pixels_row_by_row(view, net):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    view.follow_selection(Selection(sample=N_TRAIN + 1))  # test row 1
    assert view.sample == N_TRAIN + 1
    np.testing.assert_array_equal(view.image.values, data.x_test[1].reshape(4, 3))
    assert view.image.values[1, 0] == data.x_test[1][3]  # input k = 3·row + column
    assert view.heading.text() == "test sample 2 · label one"  # (12 + 1) % 3
    assert view.set_box.currentText() == "test" and view.number_box.value() == 2
    assert view.message == ""


def test_nothing_selected_shows_sample_1(view, net):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.sample == 0
    np.testing.assert_array_equal(view.image.values, data.x_train[0].reshape(4, 3))
    assert view.heading.text() == "training sample 1 · label zero"


def test_the_bars_are_an_independent_forward_pass_and_the_answer_is_highlighted(view, net):
    data = tiny_images()
    view.set_dataset(data)
    snapshot = snapshot_of(net)
    view.show_snapshot(snapshot)
    view.follow_selection(Selection(sample=N_TRAIN + 4))
    (w1, w2), (b1, b2) = snapshot.weights, snapshot.biases
    a = sigmoid(w2 @ sigmoid(w1 @ data.x_test[4] + b1) + b2)
    np.testing.assert_allclose(view.output_bars.bars.opts["height"], a, rtol=1e-12)
    np.testing.assert_array_equal(view.output_bars.bars.opts["x"], [0, 1, 2])
    best = int(np.argmax(a))
    assert view.said_class == best
    highlight = pg.mkColor(Theme().highlight)
    fills = [brush.color() for brush in view.output_bars.bars.opts["brushes"]]
    assert [c == highlight for c in fills] == [j == best for j in range(3)]
    # the target y = e_label, label of test row 4 = (12 + 4) % 3 = 1
    np.testing.assert_array_equal(view.output_bars.target.opts["height"], [0.0, 1.0, 0.0])
    names = ("zero", "one", "two")
    expected = (f"says {names[best]} ✓" if best == 1 else f"says {names[best]} ✗ (label one)")
    assert view.verdict.text() == expected
    ticks = view.output_bars.plot.getAxis("bottom")._tickLevels[0]
    assert [name for _j, name in ticks] == list(names)


def test_a_real_mnist_digit_and_a_784_30_10_network(view):
    from nnviz.core.data import make_dataset

    data = make_dataset("mnist", n=300, seed=2)
    net = Network.create([784, 30, 10], "sigmoid", "sigmoid", seed=1)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    i = data.n_samples - 1  # the last test image
    view.follow_selection(Selection(sample=i))
    np.testing.assert_array_equal(view.image.values, data.x_test[-1].reshape(28, 28))
    expected = net.forward(data.x_test[-1:]).output[0]
    np.testing.assert_allclose(view.output_bars.bars.opts["height"], expected, rtol=1e-12)
    assert view.said_class == int(np.argmax(expected))
    assert [name for _j, name in view.output_bars.plot.getAxis("bottom")._tickLevels[0]] == list("0123456789")
    assert view.output_bars.plot.getAxis("bottom").labelText == "digit"


def test_a_new_snapshot_moves_the_bars(view, net):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    before = np.array(view.output_bars.bars.opts["height"])
    net.params[-3:] += [5.0, 0.0, -5.0]  # b²: the outputs move
    view.show_snapshot(snapshot_of(net, step=1))
    after = np.array(view.output_bars.bars.opts["height"])
    np.testing.assert_allclose(after, net.forward(data.x_train[:1]).output[0], rtol=1e-12)
    assert after[0] > before[0] and after[2] < before[2]


def test_next_and_previous_issue_select_and_keep_to_the_data(view, net):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    commands = issued_by(view)
    view.follow_selection(Selection(sample=N_TRAIN - 1))  # the last training row
    view.next_button.click()
    assert commands == [Select(sample=N_TRAIN)]  # on into the test rows
    assert view.sample == N_TRAIN and view.heading.text().startswith("test sample 1 ")
    view.previous_button.click()
    assert commands[-1] == Select(sample=N_TRAIN - 1)
    view.follow_selection(Selection(sample=data.n_samples - 1))
    assert not view.next_button.isEnabled()
    view.step(+1)
    assert commands[-1] == Select(sample=N_TRAIN - 1)  # nothing new past the end


def test_left_and_right_keys_step_when_the_view_has_the_focus(view, net, qtbot):
    view.set_dataset(tiny_images())
    view.show_snapshot(snapshot_of(net))
    commands = issued_by(view)
    view.follow_selection(Selection(sample=3))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert commands == [Select(sample=4), Select(sample=5), Select(sample=4)]


def test_the_set_and_number_boxes_select(view, net):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    commands = issued_by(view)
    view.number_box.setValue(5)
    assert commands[-1] == Select(sample=4)
    view.set_box.activated.emit(1)
    assert commands[-1] == Select(sample=N_TRAIN)
    assert view.number_box.maximum() == N_TEST


def test_next_mistake_finds_the_next_wrong_answer_in_the_set(view, net):
    data = tiny_images()
    net.params[-3:] = [50.0, -50.0, -50.0]  # b²: it always says "zero"
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    commands = issued_by(view)
    view.follow_selection(Selection(sample=N_TRAIN + 2))  # test label (14 % 3) = 2: wrong
    view.mistake_button.click()
    # test rows 3.. have labels 0, 1, 2, ...: row 3 (label 0) is right, row 4 wrong
    assert commands == [Select(sample=N_TRAIN + 4)]
    assert next_mistake(net, data, data.n_samples - 1) == N_TRAIN + 1  # round to the start


def test_next_mistake_says_when_there_is_none(view, qtbot):
    data = tiny_images()
    net = Network.create([12, 3], "sigmoid", "sigmoid", seed=0)
    net.params[:] = 0.0
    view.set_dataset(Dataset("zeros", CLASSIFICATION, data.x_train, np.zeros(N_TRAIN, int),
                             data.x_test, np.zeros(N_TEST, int), data.feature_names,
                             data.target_names, image_shape=(4, 3)))
    view.show_snapshot(snapshot_of(net))  # all outputs 0.5: argmax says class 0
    commands = issued_by(view)
    view.mistake_button.click()
    assert commands == [] and view.note.text() == "no mistake in the training set"
    qtbot.waitUntil(lambda: view.note.width() >= view.note.sizeHint().width() > 0)  # in sight, whole


def test_a_thumbnail_click_selects_it(view, net, qtbot):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    view.follow_selection(Selection(sample=5))
    commands = issued_by(view)
    strip = view.strip
    start, stop = strip.span
    assert (start, stop) == window(data, 5, strip.count) and start <= 5 < stop
    k = 1  # the second thumbnail: the centre of its picture, in view units
    centre = QPointF(k * (3 + strip._gap()) + 1.5, 2.0)
    scene = strip.plot.getViewBox().mapViewToScene(centre)
    widget_point = strip.widget_plot.mapFromScene(scene)
    qtbot.mouseClick(strip.widget_plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert commands == [Select(sample=start + k)]


def test_the_strip_outlines_the_wrong_answers(view, net):
    data = tiny_images()
    net.params[-3:] = [50.0, -50.0, -50.0]  # it always says "zero": labels 1 and 2 are wrong
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    start, stop = view.strip.span
    wrong = (np.arange(start, stop) % 3) != 0
    np.testing.assert_array_equal(view.strip._wrong, wrong)
    xs, _ys = view.strip.wrong_frames.getData()
    assert np.isnan(xs).sum() == wrong.sum()  # one outline each


def test_the_walk_shows_its_sample_and_snapshot(view, net):
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    frozen = Network.create([12, 5, 3], "sigmoid", "sigmoid", seed=9)
    view.follow_walk(SimpleNamespace(sample=N_TRAIN + 3, snapshot=snapshot_of(frozen)))
    assert view.sample == N_TRAIN + 3
    np.testing.assert_allclose(view.output_bars.bars.opts["height"], frozen.forward(data.x_test[3:4]).output[0])
    view.follow_walk(None)
    assert view.sample == 0
    np.testing.assert_allclose(view.output_bars.bars.opts["height"], net.forward(data.x_train[:1]).output[0])


def test_a_data_set_without_images_gets_the_message(view):
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(Network.create([2, 2, 1], "sigmoid", "sigmoid", seed=0)))
    assert view.message == NO_IMAGES
    assert view.pages.currentIndex() == 1 and view.message_label.text() == NO_IMAGES


def test_a_network_that_does_not_fit_the_images_says_so(view):
    view.set_dataset(tiny_images())
    view.show_snapshot(snapshot_of(Network.create([2, 3], "sigmoid", "sigmoid", seed=0)))
    assert view.message == "the network has 2 inputs, not 12 pixels"
    assert view.outputs is None and len(view.output_bars.bars.opts["height"]) == 0


def test_softmax_outputs_are_probabilities(view):
    view.set_dataset(tiny_images())
    net = Network.create([12, 4, 3], "tanh", "softmax", loss="softmax_cross_entropy", seed=0)
    view.show_snapshot(snapshot_of(net))
    assert view.output_bars.plot.getAxis("left").labelText == "P(digit)"
    assert sum(view.output_bars.bars.opts["height"]) == pytest.approx(1.0)


def test_the_theme_and_scale_apply(view, net):
    view.set_dataset(tiny_images())
    view.show_snapshot(snapshot_of(net))
    view.apply_theme(Theme(dark=True, scale=2.0))
    assert view.heading.font().pointSizeF() == pytest.approx(26.0)
    # the ink: value 0 paper (the dark background), 1 the light foreground
    lut = view.image.lut
    assert tuple(lut[0]) == pg.mkColor(Theme(dark=True).plot_background).getRgb()[:3]
    assert view.sample == 0 and view.message == ""


def test_docked_after_it_was_built_it_keeps_its_large_heading(qtbot, qapp):
    """Under the app's style sheet Qt gives a polished label its earlier font back when it
    moves into a dock (the window builds a view, then docks it)."""
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from nnviz.gui.theme import apply_theme, current_theme

    previous = current_theme()
    apply_theme(qapp, Theme(scale=1.5))
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        view = DigitView()
        view.apply_theme(Theme(scale=1.5))
        dock = QDockWidget("Digit", window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.setWidget(view)
        qtbot.waitExposed(view)
        assert view.heading.font().pointSizeF() == pytest.approx(1.3 * 15.0)
        assert view.heading.font().bold() and view.message_label.font().pointSizeF() == pytest.approx(19.5)
    finally:
        apply_theme(qapp, previous)


def test_a_new_verdict_keeps_the_labels_size_and_a_narrow_heading_gets_shorter(qtbot, net):
    """The verdict is as wide as its widest case ("says two ✗ (label zero)"), so a new one
    every frame never lays out the window again; the heading gives way instead."""
    view = DigitView()
    qtbot.addWidget(view)
    view.apply_theme(Theme(scale=2.0))
    view.resize(560, 420)
    view.show()
    qtbot.waitExposed(view)
    data = tiny_images()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    size = view.verdict.size()
    assert size == view.verdict.minimumSize() == view.verdict.maximumSize()
    view._set_verdict("says zero ✗ (label zero)", False)
    assert view.verdict.size() == size
    assert view.verdict.fontMetrics().horizontalAdvance("says zero ✗ (label zero)") <= size.width()
    from nnviz.gui.views.digit.outputs import headings

    assert headings(data, N_TRAIN + 2) == ("test sample 3 · label two", "test 3 · label two", "test 3")
    shown = view.heading.text()
    assert shown in headings(data, 0)
    fits = view.heading.fontMetrics().horizontalAdvance(shown) <= view.heading.width()
    assert fits or shown == "training 1"


def test_choosing_a_set_without_samples_changes_nothing(view, net):
    data = tiny_images()
    only_training = Dataset("train only", CLASSIFICATION, data.x_train, data.y_train, data.x_train[:0],
                            data.y_train[:0], data.feature_names, data.target_names, image_shape=(4, 3))
    view.set_dataset(only_training)
    view.show_snapshot(snapshot_of(net))
    view.follow_selection(Selection(sample=3))
    commands = issued_by(view)
    view.set_box.setCurrentIndex(1)
    view.set_box.activated.emit(1)
    assert commands == [] and view.set_box.currentIndex() == 0
    assert view.note.text() == "no test samples"
    view.set_box.activated.emit(0)  # the set shown: it stays at its sample
    assert commands == [] and view.sample == 3


def test_the_bars_range_is_the_activations_or_a_nice_one():
    from nnviz.gui.views.digit.outputs import y_range

    assert y_range("sigmoid", np.array([0.2, 0.9])) == (0.0, 1.0)
    assert y_range("tanh", np.array([0.2])) == (-1.0, 1.0)
    assert y_range("identity", np.array([0.3, 2.3])) == (0.0, 2.5)
    assert y_range("relu", np.array([0.0, 0.4])) == (0.0, 1.0)
    assert y_range("identity", np.array([-1.3, 0.2, np.nan])) == (-1.5, 1.0)


def test_in_a_short_dock_the_strip_and_the_axis_names_give_way(view, net, qtbot):
    view.set_dataset(tiny_images())
    view.show_snapshot(snapshot_of(net))
    plot = view.output_bars.plot
    assert view.strip.isVisible() and plot.getAxis("left").isVisible()
    assert plot.getAxis("bottom").labelText == "output neuron"  # three classes, not 0-9
    view.resize(700, 160)  # the figures get under 150 pixels
    qtbot.waitUntil(lambda: not view.strip.isVisible())
    assert view.output_bars.short and not plot.getAxis("left").isVisible()
    assert plot.getAxis("bottom").labelText == ""
    view.resize(700, 600)
    qtbot.waitUntil(lambda: view.strip.isVisible())
    assert plot.getAxis("left").isVisible() and plot.getAxis("bottom").labelText == "output neuron"


def test_before_the_first_network_the_picture_and_the_classes_show(view):
    view.set_dataset(tiny_images())
    assert view.message == "" and view.verdict.text() == "no network yet"
    np.testing.assert_array_equal(view.image.values, tiny_images().x_train[0].reshape(4, 3))
    ticks = view.output_bars.plot.getAxis("bottom")._tickLevels[0]
    assert [name for _j, name in ticks] == ["zero", "one", "two"]
    assert len(view.output_bars.bars.opts["height"]) == 0
