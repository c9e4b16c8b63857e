"""The bounded history of rows: old rows thinned, the newest at full detail."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.session.history import History


def test_history_grows_by_doubling():
    h = History(2, capacity=64, initial=4)
    sizes = set()
    for i in range(40):
        h.append((i, i))
        sizes.add(h._buffer.shape[0])  # the buffer's rows (private: no public reading)
    assert sizes == {4, 8, 16, 32, 64}
    np.testing.assert_array_equal(h.data()[:, 0], np.arange(40))


@settings(max_examples=60, deadline=None)
@given(capacity=st.integers(2, 40).map(lambda c: 2 * c), count=st.integers(1, 3000))
def test_history_stays_bounded_and_keeps_the_first_and_newest_rows(capacity, count):
    h = History(1, capacity=capacity, initial=2)
    for i in range(count):
        h.append((i,))
        data = h.data()[:, 0]
        assert len(data) <= capacity + 1
        assert data[0] == 0 and data[-1] == i
        assert np.all(np.diff(data) > 0)
    assert h.appended == count


def test_history_data_is_read_only():
    h = History(1)
    h.append((1.0,))
    with pytest.raises(ValueError):
        h.data()[0, 0] = 2.0


@settings(max_examples=60, deadline=None)
@given(capacity=st.integers(4, 64), recent=st.integers(1, 62), count=st.integers(1, 4000))
def test_the_newest_rows_stay_at_full_detail_and_older_ones_thin_out(capacity, recent, count):
    """Bounded by ``capacity``; the newest ``recent`` rows (or all rows, while fewer) are
    every step; further back the spacing never shrinks (old history downsampled)."""
    recent = min(recent, capacity - 2)
    h = History(1, capacity=capacity, initial=2, recent=recent)
    h.extend(np.arange(count, dtype=float))
    steps = h.data()[:, 0]
    assert len(steps) <= capacity and steps[0] == 0 and steps[-1] == count - 1
    tail = min(recent, count)
    np.testing.assert_array_equal(steps[-tail:], np.arange(count - tail, count))
    gaps = np.diff(steps)
    assert np.all(gaps[1:] <= gaps[:-1])  # coarse far back, finer towards the end


@settings(max_examples=40, deadline=None)
@given(sizes=st.lists(st.integers(0, 300), max_size=30))
def test_extend_is_appending_one_by_one(sizes):
    block, single = History(2, capacity=64, initial=2), History(2, capacity=64, initial=2)
    start = 0
    for size in sizes:
        rows = np.column_stack([np.arange(start, start + size), np.arange(size) * 0.5])
        block.extend(rows)
        for row in rows:
            single.append(row)
        start += size
    np.testing.assert_array_equal(block.data(), single.data())
    assert block.appended == single.appended == start


def test_a_bad_capacity_is_refused():
    with pytest.raises(ValueError):
        History(1, capacity=8, recent=7)
