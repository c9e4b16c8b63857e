"""Marching squares: the one contour routine of the boundary and loss-surface views."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from nnviz.core.contours import contour_segments


def segment_set(segments, decimals=9):
    """Segments as a set of undirected point pairs (order and direction do not matter)."""
    return {frozenset(map(tuple, s)) for s in np.round(segments, decimals).tolist()}


def test_contour_of_a_linear_field_is_exact():
    """v(i, j) = i - 2.3: the level 0 is the line i = 2.3, crossed once per row of cells."""
    i, _ = np.meshgrid(np.arange(6.0), np.arange(4.0), indexing="ij")
    seg = contour_segments(i - 2.3, 0.0)
    assert seg.shape == (3, 2, 2)
    np.testing.assert_allclose(seg[..., 0], 2.3)
    np.testing.assert_allclose(np.sort(seg[..., 1], axis=1), [[0, 1], [1, 2], [2, 3]][: len(seg)])


def test_saddle_cell_follows_the_centre_value():
    """Corners 00 and 11 are 1, 10 and 01 are 0; the centre is their mean 0.5.

    Level 0.5: the centre counts as above, so 00 and 11 connect and the segments cut off the
    low corners 10 and 01. Level 0.6: the centre is below, the segments cut off 00 and 11.
    """
    v = np.array([[1.0, 0.0], [0.0, 1.0]])
    cut_low = {frozenset(map(tuple, s)) for s in contour_segments(v, 0.5).tolist()}
    assert cut_low == {frozenset({(0.5, 0.0), (1.0, 0.5)}), frozenset({(0.5, 1.0), (0.0, 0.5)})}
    cut_high = {frozenset(map(tuple, np.round(s, 9))) for s in contour_segments(v, 0.6).tolist()}
    assert cut_high == {frozenset({(0.4, 0.0), (0.0, 0.4)}), frozenset({(1.0, 0.6), (0.6, 1.0)})}


@settings(max_examples=60, deadline=None)
@given(v=hnp.arrays(float, st.tuples(st.integers(2, 8), st.integers(2, 8)),
                    elements=st.floats(-1, 1, allow_nan=False)),
       level=st.floats(-0.9, 0.9))
def test_contour_endpoints_lie_on_cell_edges_at_the_level(v, level):
    """Every endpoint sits on a grid edge where linear interpolation of v equals the level."""
    seg = contour_segments(v, level)
    for i, j in seg.reshape(-1, 2):
        if float(i).is_integer():
            j0 = min(int(np.floor(j)), v.shape[1] - 2)
            t = j - j0
            value = v[int(i), j0] * (1 - t) + v[int(i), j0 + 1] * t
        else:
            assert float(j).is_integer()
            i0 = min(int(np.floor(i)), v.shape[0] - 2)
            t = i - i0
            value = v[i0, int(j)] * (1 - t) + v[i0 + 1, int(j)] * t
        assert value == pytest.approx(level, abs=1e-9)
    # a cell with corners on both sides of the level contributes at least one segment
    above = (v >= level).astype(int)
    mixed = above[:-1, :-1] + above[1:, :-1] + above[:-1, 1:] + above[1:, 1:]
    assert len(seg) >= np.count_nonzero((mixed > 0) & (mixed < 4))


def test_closed_contour_has_every_endpoint_twice():
    """A circle inside the grid: each crossing point is shared by exactly two segments.

    (Radius 0.52 passes through no grid point; a level hit exactly at a grid point gives
    degenerate zero-length segments there.)"""
    x = np.linspace(-1, 1, 41)
    r = np.hypot(*np.meshgrid(x, x, indexing="ij"))
    seg = contour_segments(r, 0.52)
    _, counts = np.unique(np.round(seg.reshape(-1, 2), 9), axis=0, return_counts=True)
    assert len(seg) > 20 and np.all(counts == 2)


@settings(max_examples=60, deadline=None)
@given(v=hnp.arrays(float, st.tuples(st.integers(2, 7), st.integers(2, 7)),
                    elements=st.floats(-1, 1, allow_nan=False)),
       level=st.floats(-0.9, 0.9))
def test_transposing_the_grid_swaps_the_coordinates_of_the_same_segments(v, level):
    """The two grid conventions (first index along x, or rows along y) give one contour."""
    swapped = contour_segments(v.T, level)[..., ::-1]
    assert segment_set(swapped) == segment_set(contour_segments(v, level))


def test_axes_place_the_points_on_an_uneven_grid():
    """v = i - 0.5 on grid lines x = (0, 1, 3) along i: the level 0.25 is 3/4 of the way from
    v = -0.5 to 0.5, so x = 0.75; from v = 0.5 to 1.5 nothing; along j the coordinates are y."""
    v = np.array([[-0.5, -0.5], [0.5, 0.5], [1.5, 1.5]])
    seg = contour_segments(v, 0.25, (np.array([0.0, 1.0, 3.0]), np.array([10.0, 20.0])))
    assert segment_set(seg) == {frozenset({(0.75, 10.0), (0.75, 20.0)})}


def test_cells_with_a_non_finite_corner_draw_nothing():
    v = np.array([[0.0, 0.0, 0.0], [1.0, np.inf, 1.0], [1.0, np.nan, 1.0]])
    seg = contour_segments(v, 0.5)
    assert len(seg) == 0
    assert contour_segments(np.array([[0.0, 1.0]]), 0.5).shape == (0, 2, 2)  # no cell at all
