"""The theme: one presentation scale for fonts and pens, and a refusal of scales that make no sense."""

import math

import pytest

from nnviz.core.errors import InputError
from nnviz.gui.theme import MAX_SCALE, MIN_SCALE, Theme, with_scale


def test_fonts_and_pens_grow_with_the_scale():
    small, large = Theme(scale=1.0), Theme(scale=2.0)
    assert large.point_size == 2 * small.point_size
    assert large.width(1.5) == 3.0 and small.width(1.5) == 1.5
    assert with_scale(Theme(dark=True), 1.5) == Theme(dark=True, scale=1.5)


@pytest.mark.parametrize("scale", [0, -1, MIN_SCALE / 2, MAX_SCALE * 2, math.nan, math.inf, "2"])
def test_a_scale_out_of_range_is_refused_with_one_message(scale):
    with pytest.raises(InputError, match="presentation scale must be a number from 50% to 400%"):
        Theme(scale=scale)
