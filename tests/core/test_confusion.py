"""core/confusion.py: the matrix against loops, per-class accuracy, the mistakes' order."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.confusion import class_accuracy, confusion_matrix, confusion_of
from nnviz.core.data import CLASSIFICATION, REGRESSION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Network


def test_a_worked_matrix():
    y_true = [0, 0, 1, 2, 2, 2]
    y_pred = [0, 1, 1, 2, 0, 2]
    m = confusion_matrix(y_true, y_pred, 3)
    assert m.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    assert class_accuracy(m).tolist() == [0.5, 1.0, 2 / 3]


def test_a_class_without_samples_has_no_accuracy():
    acc = class_accuracy(confusion_matrix([0, 0], [0, 1], 3))
    assert acc[0] == 0.5 and np.isnan(acc[1]) and np.isnan(acc[2])


@given(st.integers(1, 12).flatmap(lambda k: st.tuples(
    st.just(k), st.lists(st.tuples(st.integers(0, k - 1), st.integers(0, k - 1)), max_size=60))))
def test_row_sums_are_class_counts_and_the_trace_counts_the_right(case):
    k, pairs = case
    y_true = np.array([t for t, _ in pairs], dtype=int)
    y_pred = np.array([p for _, p in pairs], dtype=int)
    m = confusion_matrix(y_true, y_pred, k)
    assert m.shape == (k, k)
    assert m.sum(axis=1).tolist() == np.bincount(y_true, minlength=k).tolist()
    assert m.sum(axis=0).tolist() == np.bincount(y_pred, minlength=k).tolist()
    assert np.trace(m) == int(np.sum(y_true == y_pred))
    loops = np.zeros((k, k), dtype=int)
    for t, p in pairs:
        loops[t, p] += 1
    assert np.array_equal(m, loops)


def _three_classes(x_test=None, y_test=None) -> Dataset:
    x = np.eye(3)
    y = np.array([0, 1, 2])
    x_test = x if x_test is None else np.asarray(x_test, dtype=float)
    y_test = y if y_test is None else np.asarray(y_test)
    return Dataset("three", CLASSIFICATION, x, y, x_test, y_test, ("a", "b", "c"), ("0", "1", "2"))


def _identity_net(scale: float = 1.0) -> Network:
    """3-3 linear network: a^1 = scale · x, so the class said is the input's largest entry."""
    return Network.from_layers([scale * np.eye(3)], [None], ["identity"])


def test_on_the_test_set_with_known_predictions():
    # inputs whose largest entry is the class said; labels chosen so rows 1 and 3 are wrong
    x_test = [[0.9, 0.1, 0.0], [0.2, 0.7, 0.1], [0.0, 0.4, 0.6], [0.55, 0.45, 0.0]]
    y_test = [0, 2, 2, 1]
    c = confusion_of(_identity_net(), _three_classes(x_test, y_test))
    assert c.on_test
    assert c.said.tolist() == [0, 1, 2, 0]
    assert c.matrix.tolist() == [[1, 0, 0], [1, 0, 0], [0, 1, 1]]
    assert c.right == 2 and c.n == 4 and c.accuracy == 0.5
    # confidences a^L_ŷ: row 1 says 1 with 0.7, row 3 says 0 with 0.55: most confident first
    assert c.mistakes.tolist() == [1, 3]
    assert c.confidence[c.mistakes].tolist() == [0.7, 0.55]


def test_without_a_test_set_the_training_set_is_used():
    ds = Dataset("three", CLASSIFICATION, np.eye(3), np.array([0, 1, 1]), np.zeros((0, 3)),
                 np.zeros(0, dtype=int), ("a", "b", "c"), ("0", "1", "2"))
    c = confusion_of(_identity_net(), ds)
    assert not c.on_test
    assert c.matrix.tolist() == [[1, 0, 0], [0, 1, 1], [0, 0, 0]]
    assert c.mistakes.tolist() == [2]


def test_one_output_neuron_thresholds_halfway():
    x = np.array([[-2.0], [-0.5], [0.5], [2.0]])
    ds = Dataset("line", CLASSIFICATION, x, np.array([0, 1, 0, 1]), x[:0], np.zeros(0, dtype=int),
                 ("x",), ("0", "1"))
    net = Network.from_layers([[[1.0]]], [[0.0]], ["sigmoid"])  # a = σ(x): threshold 0.5
    c = confusion_of(net, ds)
    assert c.said.tolist() == [0, 0, 1, 1]
    assert c.matrix.tolist() == [[1, 1], [1, 1]]
    # |σ(x) − 0.5| is the same for ±0.5: the tie keeps row order
    assert c.mistakes.tolist() == [1, 2]


def test_regression_and_misfits_are_refused():
    x = np.zeros((4, 2))
    reg = Dataset("line", REGRESSION, x, np.zeros((4, 1)), x, np.zeros((4, 1)), ("a", "b"), ("y",))
    with pytest.raises(InputError, match="regression"):
        confusion_of(Network.create([2, 1]), reg)
    with pytest.raises(InputError, match="inputs"):
        confusion_of(Network.create([2, 3]), _three_classes())
    with pytest.raises(InputError, match="outputs"):
        confusion_of(Network.create([3, 2]), _three_classes())
