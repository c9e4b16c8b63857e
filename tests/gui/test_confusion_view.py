"""The confusion view: the matrix against an independent count of the network's predictions,
the accuracies, the gallery of mistakes and its clicks, the regression message."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.network import Network
from nnviz.gui.views.confusion import ConfusionView
from nnviz.gui.views.confusion.matrix import cell_colour_units
from nnviz.session.commands import Select
from tests.gui.conftest import regression, snapshot_of, xor_dataset, xor_session

SIDE = 3  # 3x3 images: 9 inputs
K = 4


def image_data(n_train: int = 30, n_test: int = 60, seed: int = 0) -> Dataset:
    """Random 3x3 'images' of four classes (labels independent of the pixels: plenty of mistakes)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 1.0, (n_train + n_test, SIDE * SIDE))
    y = rng.integers(0, K, n_train + n_test)
    return Dataset("squares", CLASSIFICATION, x[:n_train], y[:n_train], x[n_train:], y[n_train:],
                   tuple(f"p{i}" for i in range(SIDE * SIDE)), tuple(str(c) for c in range(K)),
                   image_shape=(SIDE, SIDE))


def independent_outputs(net: Network, x: np.ndarray) -> np.ndarray:
    """a^L by hand: a^l = σ(W^l a^{l-1} + b^l), one sample at a time."""
    rows = []
    for sample in x:
        a = sample
        for w, b in zip(net.weights, net.biases):
            a = 1.0 / (1.0 + np.exp(-(w @ a + b)))
        rows.append(a)
    return np.array(rows)


@pytest.fixture
def view(qtbot):
    v = ConfusionView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def trained():
    data = image_data()
    net = Network.create([SIDE * SIDE, 5, K], "sigmoid", "sigmoid", seed=3)
    net.params *= 4.0  # outputs spread over the classes
    return data, net


def test_the_matrix_is_the_networks_predictions_counted(view, trained):
    data, net = trained
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net, step=7))
    assert view.settle()
    said = independent_outputs(net, data.x_test).argmax(axis=1)
    expected = np.zeros((K, K), dtype=int)
    np.add.at(expected, (data.y_test, said), 1)
    assert 0 < np.trace(expected) < len(said)  # some right, some wrong
    assert np.array_equal(view.matrix.matrix, expected)
    assert view.matrix.cell_texts().tolist() == [[str(v) for v in row] for row in expected]
    units = view.matrix.image.image
    assert np.allclose(units, np.log1p(expected) / np.log1p(expected.max()))
    per_class = np.diag(expected) / expected.sum(axis=1)
    assert view.matrix.percents.texts == [
        f"{round(100 * p)} %" for p in per_class]
    assert np.allclose(view.matrix.bars.opts["width"], per_class * view.matrix.column)
    right = int(np.trace(expected))
    heading = view.heading.text()
    assert heading.startswith("<b>Test set</b>")
    assert f"{right} of {len(said)} right" in heading
    assert f"{100 * right / len(said):.1f} %" in heading and "step 7" in heading
    assert view.message == ""


def test_the_gallery_lists_the_mistakes_most_confident_first(view, trained):
    data, net = trained
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    out = independent_outputs(net, data.x_test)
    said = out.argmax(axis=1)
    wrong = [i for i in range(len(said)) if said[i] != data.y_test[i]]
    order = sorted(wrong, key=lambda i: (-out[i, said[i]], i))
    entries = view.gallery.entries
    assert [e.sample for e in entries] == [len(data.x_train) + i for i in order]
    assert [e.caption for e in entries] == [f"said {said[i]} (label {data.y_test[i]})" for i in order]
    assert np.array_equal(entries[0].image, data.x_test[order[0]].reshape(SIDE, SIDE))
    shown = view.gallery.shown()
    assert 0 < len(shown) <= len(entries) and shown == entries[:len(shown)]


def test_clicking_a_thumbnail_selects_its_test_sample(qtbot, view, trained):
    data, net = trained
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    issued = []
    view.command_issued.connect(issued.append)
    slot = min(1, len(view.gallery.shown()) - 1)
    centre = view.gallery._cell_rect(slot).center().toPoint()
    qtbot.mouseClick(view.gallery.page, Qt.MouseButton.LeftButton, pos=centre)
    sample = view.gallery.entries[slot].sample
    assert issued == [Select(sample=sample)]
    assert sample >= len(data.x_train) and data.is_test_sample(sample)


def test_the_selected_sample_is_outlined(view, trained):
    data, net = trained
    view.bind(xor_session())
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    sample = view.gallery.entries[0].sample
    view.session.select(Select(sample=sample))
    assert view.gallery.selected_sample == sample
    view.unbind()


def test_clicking_a_cell_filters_the_gallery(qtbot, view, trained):
    data, net = trained
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    m = view.matrix.matrix
    t, c = max(((t, c) for t in range(K) for c in range(K) if t != c), key=lambda tc: m[tc])
    vb = view.matrix.plot.getViewBox()
    widget = view.matrix.plot_widget
    pos = widget.mapFromScene(vb.mapViewToScene(QPointF(c + 0.5, t + 0.5)))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.cell == (t, c)
    rows = [e.sample - len(data.x_train) for e in view.gallery.entries]
    assert len(rows) == m[t, c]
    assert all(data.y_test[r] == t for r in rows)
    assert all(e.caption == f"said {c} (label {t})" for e in view.gallery.entries)
    assert view.gallery.title_label.text() == f"Label {t}, said {c}"
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # again: all
    assert view.cell is None and len(view.gallery.entries) == m.sum() - np.trace(m)


def test_pages_turn(view, trained):
    data, net = trained
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    n, total = view.gallery.per_page(), len(view.gallery.entries)
    assert n < total
    view.gallery.forward.click()
    assert view.gallery.shown() == view.gallery.entries[n:2 * n]
    assert view.gallery.range_label.text() == f"{n + 1}–{min(2 * n, total)} of {total}"
    view.gallery.back.click()
    assert view.gallery.first == 0 and not view.gallery.back.isEnabled()


def test_without_a_test_set_the_training_set_is_shown(view):
    data = xor_dataset()
    net = Network.from_layers([[[10.0, 0.0]]], [[-5.0]], ["sigmoid"])  # says x1: wrong on rows 1, 3
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    assert view.matrix.matrix.tolist() == [[1, 1], [1, 1]]
    assert view.heading.text().startswith("<b>Training set (no test set)</b>: 2 of 4 right")
    assert view.gallery.isHidden()  # no images
    assert view.sample_of(3) == 3


def test_the_newest_snapshot_is_shown_after_settle(view, trained):
    data, net = trained
    view.set_dataset(data)
    for step in range(5):
        view.show_snapshot(snapshot_of(net, step=step))
    assert view.settle()
    assert view.step == 4


def test_regression_says_what_it_shows(view):
    view.set_dataset(regression(np.arange(8.0)[:, None], np.arange(8.0)))
    view.show_snapshot(snapshot_of(Network.create([1, 2, 1], seed=0)))
    assert view.settle()
    assert "classification" in view.message and view.stack.currentIndex() == 1


def test_a_network_that_does_not_fit_is_named(view, trained):
    data, _net = trained
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([SIDE * SIDE, 3], seed=0)))
    assert view.settle()
    assert "outputs" in view.message


def test_colour_units_are_log_counts():
    m = np.array([[0, 3], [9, 99]])
    assert np.allclose(cell_colour_units(m), np.log1p(m) / np.log(100))
    assert np.array_equal(cell_colour_units(np.zeros((2, 2), dtype=int)), np.zeros((2, 2)))


def test_before_a_network_the_matrix_is_empty(view, trained):
    data, net = trained
    view.set_dataset(data)
    assert view.heading.text() == "no network yet"
    assert view.matrix.counts.texts == [] and view.matrix.percents.texts == []
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    assert len(view.matrix.counts.texts) == K * K
    view.set_dataset(data)  # new data: the old counts go
    assert view.matrix.counts.texts == [] and view.confusion is None


def test_a_caption_takes_two_lines():
    from nnviz.gui.views.confusion.gallery import caption_lines

    assert caption_lines("said 3 (label 5)") == ["said 3", "(label 5)"]
    assert caption_lines("said cat (label dog)") == ["said cat", "(label dog)"]
