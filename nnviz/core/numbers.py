"""Numbers a person typed: one reader for the command line, the app's fields and files.

``read_number`` takes plain decimal notation only: an optional sign (the Unicode minus "−"
too), ASCII digits with a point (or, where asked, a decimal comma), an optional exponent.
It refuses what Python's float() would also take but a lecturer did not mean as a number
("1_000", full-width or other non-ASCII digits, "0x10") and what is not finite ("nan",
"inf", "1e400"), each with one message naming the text.
"""

from __future__ import annotations

import math
import re

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

_NOT_FINITE = ("nan", "inf", "infinity")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class NotFiniteError(InputError):
    """A number that is NaN or infinite (or overflows to it), as opposed to text that is no
    number at all."""


def _not_finite(shown: str) -> NotFiniteError:
    return NotFiniteError(translate("Numbers", "{text!r} is not a finite number").format(text=shown))


def read_number(text: str, *, decimal_comma: bool = False) -> float:
    """The finite float ``text`` writes; InputError ("'x' is not a number", "'1e400' is not a
    finite number") otherwise. ``decimal_comma``: "1,5" reads as 1.5."""
    shown = text.strip()
    cleaned = shown.replace("−", "-")
    if decimal_comma and "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if cleaned.lstrip("+-").lower() in _NOT_FINITE:
        raise _not_finite(shown)
    if not _DECIMAL.fullmatch(cleaned):
        raise InputError(translate("Numbers", "{text!r} is not a number").format(text=shown))
    value = float(cleaned)
    if not math.isfinite(value):
        raise _not_finite(shown)
    return value
