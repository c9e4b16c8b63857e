"""nnviz.core.notation: one spelling of every symbol and number, in Unicode, HTML and LaTeX."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core import notation
from nnviz.core.notation import HTML, LATEX, UNICODE, format_number


@pytest.mark.parametrize("value, expected", [
    (4.0, ("4", None)), (0.9820137900379085, ("0.982", None)), (0.11920292202211755, ("0.1192", None)),
    (-2.0, ("-2", None)), (1.7000000000000002, ("1.7", None)), (-0.0, ("0", None)),
    (-1.23456e-05, ("-1.235", -5)), (12345.678, ("1.235", 4)), (1e-20, ("1", -20)),
])
def test_format_number_keeps_four_significant_digits(value, expected):
    assert format_number(value) == expected


def test_numbers_in_each_notation():
    text, latex = UNICODE, LATEX
    assert text.number(-2) == "−2" and latex.number(-2) == "-2"
    assert text.factor(-1) == "(−1)" and latex.factor(-1) == "(-1)"
    assert text.factor(2) == "2" and latex.factor(2) == "2"
    assert text.number(-1.5e-5) == "−1.5×10⁻⁵"
    assert latex.number(-1.5e-5) == r"-1.5 \times 10^{-5}"
    assert text.factor(1.5e-5) == "(1.5×10⁻⁵)"  # a power of ten in a product is bracketed
    assert text.factor(-1e-30) == "(−10⁻³⁰)"
    assert text.var("w", 2, 1, 3) == "w²₁₃" and latex.var("w", 2, 1, 3) == "w^{2}_{13}"
    assert text.var("w", 1, 12, 3) == "w¹₁₂,₃" and latex.var("w", 1, 12, 3) == "w^{1}_{12,3}"


def test_html_flavour():
    assert HTML.var("w", 2, 1, 3) == "w<sup>2</sup><sub>13</sub>"
    assert HTML.var("w", 1, 12, 3) == "w<sup>1</sup><sub>12,3</sub>"
    assert HTML.number(-1.5e-5) == "−1.5×10<sup>−5</sup>"
    assert HTML.number(0.98201379) == "0.982"
    assert HTML.d(HTML.var("b", 1, 2)) == "∂ℓ/∂b<sup>1</sup><sub>2</sub>"


def test_the_symbols_by_name():
    assert notation.weight(2, 1, 3) == "w²₁₃"
    assert notation.neuron("a", 1, 2) == "a¹₂" and notation.neuron("δ", 3, 1) == "δ³₁"
    assert notation.source(1, 2) == "x₂" and notation.source(2, 2) == "a¹₂"
    assert notation.subscript(10, 3) == "₁₀,₃" and notation.superscript(12) == "¹²"
    assert notation.plain_symbol("w", 2, 1, 3) == "w2_13"
    assert notation.plain_symbol("delta", 1, 12) == "delta1_12"
    assert notation.plain_symbol("w", 1, 12, 3) == "w1_12,3"
    assert notation.plain_symbol("a", 2) == "a2" and notation.plain_symbol("y", None, 1) == "y_1"
    assert notation.function_name("sigmoid") == "σ" and notation.function_name("relu") == "relu"
    assert UNICODE.d("w", cost="C") == "∂C/∂w" and LATEX.d("w") == r"\frac{\partial \ell}{\partial w}"


@pytest.mark.parametrize("name, expected", [
    ("w2_13", "w²₁₃"), ("b1_2", "b¹₂"), ("w1_12,3", "w¹₁₂,₃"), ("loss", "loss"), ("x_1", "x_1"),
])
def test_parameter_symbol(name, expected):
    assert notation.parameter_symbol(name) == expected


@pytest.mark.parametrize("name, plain", [
    ("x1", True), ("x_1", True), ("X₁", True), ("x", True), ("x2", False), ("age", False),
])
def test_is_plain_name(name, plain):
    assert notation.is_plain_name(name, "x", 1) is plain


@given(st.floats(-1e300, 1e300))
def test_a_displayed_number_is_the_full_value_rounded_once(value):
    mantissa, exponent = format_number(value)
    shown = float(f"{mantissa}e{exponent or 0}")
    assert shown == pytest.approx(value, rel=5e-4, abs=0)
    assert notation.number(value) == UNICODE.number(value)
    assert "-" not in notation.number(value)  # a real minus sign, never a hyphen


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_factor_brackets_negatives_and_powers_of_ten(value):
    text = notation.number(value)
    should = (value < 0 and text != "0") or format_number(value)[1] is not None
    assert notation.factor(value) == (f"({text})" if should else text)
