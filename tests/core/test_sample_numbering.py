"""One sample numbering for every view: training rows 0..n_train-1, then the test rows."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.data import CLASSIFICATION, Dataset, make_dataset
from nnviz.core.errors import InputError


def data(n_train: int, n_test: int) -> Dataset:
    x = np.arange(2 * (n_train + n_test), dtype=float).reshape(-1, 2)
    y = np.arange(n_train + n_test) % 2
    return Dataset("d", CLASSIFICATION, x[:n_train], y[:n_train], x[n_train:], y[n_train:],
                   ("x1", "x2"), ("0", "1"))


@given(st.integers(0, 6), st.integers(0, 6))
def test_samples_are_the_training_rows_then_the_test_rows(n_train, n_test):
    d = data(n_train, n_test)
    assert d.n_samples == n_train + n_test
    rows = [d.sample(i) for i in range(d.n_samples)]
    np.testing.assert_array_equal(np.reshape([x for x, _ in rows], (-1, 2)),
                                  np.concatenate([d.x_train, d.x_test]))
    np.testing.assert_array_equal([y for _, y in rows], np.concatenate([d.y_train, d.y_test]))
    names = [d.sample_name(i) for i in range(d.n_samples)]
    assert names == ([f"training sample {k}" for k in range(1, n_train + 1)]
                     + [f"test sample {k}" for k in range(1, n_test + 1)])
    assert [d.is_test_sample(i) for i in range(d.n_samples)] == [False] * n_train + [True] * n_test


@pytest.mark.parametrize("i", [-1, 5])
def test_a_sample_out_of_range_is_one_clear_error(i):
    with pytest.raises(InputError, match=f"samples 1 to 5, not {i + 1}"):
        data(3, 2).sample(i)


def test_an_image_shape_must_hold_every_input():
    assert make_dataset("mnist", n=20).image_shape == (28, 28)
    x = np.zeros((2, 6))
    with pytest.raises(InputError, match="2×2 image has 4 pixels, not 6 inputs"):
        Dataset("d", CLASSIFICATION, x, np.array([0, 1]), x[:0], np.array([], int),
                tuple("abcdef"), ("0", "1"), image_shape=(2, 2))
