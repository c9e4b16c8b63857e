"""One reader for numbers people type: plain decimals only, one message otherwise."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.numbers import read_number


@pytest.mark.parametrize("text, value", [
    ("1.5", 1.5), (" -2e-3 ", -0.002), ("−1.5", -1.5), ("+.5", 0.5), ("3.", 3.0), ("7", 7.0),
])
def test_plain_decimals_are_read(text, value):
    assert read_number(text) == value


def test_a_decimal_comma_only_where_asked():
    assert read_number("1,5", decimal_comma=True) == 1.5
    with pytest.raises(InputError, match="'1,5' is not a number"):
        read_number("1,5")


@pytest.mark.parametrize("text", ["", "abc", "1_000", "１２", "٣", "0x10", "1e", "--1", "1.2.3"])
def test_what_float_would_take_but_a_person_did_not_mean_is_refused(text):
    with pytest.raises(InputError, match="is not a number"):
        read_number(text)


@pytest.mark.parametrize("text", ["1e400", "nan", "inf", "-Infinity", "−inf"])
def test_what_is_not_finite_says_so(text):
    with pytest.raises(InputError, match="is not a finite number"):
        read_number(text)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_written_by_python_reads_back(value):
    assert read_number(repr(value)) == value
