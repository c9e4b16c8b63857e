"""Nice numbers for scales that should stay put while the values drift (colour scales, axes)."""

from __future__ import annotations

import math
import sys

NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(value: float) -> float:
    """The smallest m·10^e ≥ value with m in NICE_STEPS (0 for a value that is not finite or
    not above the smallest normal float, 2.2·10⁻³⁰⁸, where 10^e itself underflows):
    1.3 -> 1.5, 130 -> 150, 0.0071 -> 0.008.

    A scale rounded this way stays put while the values drift, so a legend or an axis does
    not flicker; the largest value still gets at least 75 % of the scale.
    """
    if not value >= sys.float_info.min or not math.isfinite(value):
        return 0.0
    exponent = math.floor(math.log10(value))
    mantissa = value / 10.0 ** exponent
    step = next(m for m in NICE_STEPS if mantissa <= m * (1 + 1e-12))
    return step * 10.0 ** exponent
