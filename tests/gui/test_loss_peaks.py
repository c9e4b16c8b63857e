"""The points of a long loss curve that are drawn: per pixel column first, last, lowest, highest."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from nnviz.gui.views.loss.peaks import column_peaks


def test_an_exact_example():
    x = np.array([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    y = np.array([5.0, 1, 9, 4, 3, 3, 2, 8, 0, 6])
    # two columns, [0, 5) and [5, 10): first 5 (0), lowest 1 (1), highest 9 (2), last 3 (4)
    # then first 3 (5), lowest 0 (8), highest 8 (7), last 6 (9)
    np.testing.assert_array_equal(column_peaks(x, y, 0.0, 10.0, 2), [0, 1, 2, 4, 5, 7, 8, 9])


def test_a_flat_column_keeps_its_first_point_only():
    x = np.arange(8.0)
    y = np.array([1.0, 1.1, 1.05, 1.0, 5, 4, 3, 3.2])
    # tolerance 0.2: column [0, 4) spans 0.1 (its first only), [4, 8) spans 2 (all 4 kinds)
    np.testing.assert_array_equal(column_peaks(x, y, 0.0, 8.0, 2, 0.2), [0, 4, 6, 7])


@settings(max_examples=80, deadline=None)
@given(steps=st.lists(st.integers(0, 5000), min_size=1, max_size=400, unique=True),
       data=st.data(), columns=st.integers(1, 50), tolerance=st.sampled_from([0.0, 1.0, 1e5]))
def test_every_column_keeps_its_extremes_and_ends(steps, data, columns, tolerance):
    x = np.sort(np.array(steps, dtype=float))
    y = data.draw(arrays(float, len(x), elements=st.floats(-1e6, 1e6) | st.just(np.nan)))
    kept = column_peaks(x, y, 0.0, 5001.0, columns, tolerance)
    assert np.all(np.diff(kept) > 0) and kept[0] == 0 and kept[-1] == len(x) - 1
    column = (x * columns / 5001.0).astype(int)
    for c in np.unique(column):
        rows = np.flatnonzero(column == c)
        mine = np.intersect1d(kept, rows)
        assert rows[0] in mine and len(mine) <= 4
        finite = y[rows][~np.isnan(y[rows])]
        spread = finite.size == 0 or np.isnan(y[rows]).any() or np.ptp(finite) > tolerance
        if not spread:
            assert len(mine) == 1 or (len(mine) == 2 and rows[-1] == len(x) - 1)
        elif finite.size:
            assert rows[-1] in mine
            assert finite.max() in y[mine] and finite.min() in y[mine]
