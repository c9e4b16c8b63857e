"""THE lectures' notation: one spelling of every symbol and every number, in three flavours.

Symbols (layers l = 1..L, neurons and inputs numbered from 1 as the lectures do):

    w^l_jk  weight from neuron k of layer l-1 to neuron j of layer l     b^l_j  bias
    z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j    a^l_j = σ(z^l_j)    a^0_k = x_k    y_j  target
    δ^l_j = ∂ℓ/∂z^l_j    ∂ℓ/∂w^l_jk = a^{l-1}_k δ^l_j    η  learning rate    ℓ  loss of one sample
    C  the cost: ℓ averaged over the samples of a batch

Lower indices are written together (w¹₁₂) and separated by commas as soon as one of them
has two digits (w¹₁₂,₃). Flavours: :data:`UNICODE` for plain text, markdown and tooltips
(σ(z¹₁), −0.5, 1.5×10⁻⁵), :data:`HTML` for rich-text labels (w<sup>1</sup><sub>12</sub>) and
:data:`LATEX` for amsmath (\\sigma(z^{1}_{1})).

Rounding policy (the one place it is stated): every value is computed at full float64
precision and kept so (JSON and the worked steps carry it whole). A displayed number is the
full value rounded once to :data:`SIGNIFICANT_DIGITS` = 4 significant digits; it is never
computed from other rounded numbers. So recomputing a line from its displayed operands can
differ in the last digit, and a display where a student could recompute a result says that
its numbers are rounded (:func:`rounding_note`).
"""

from __future__ import annotations

import math
import re
from typing import Sequence

from nnviz.core.activations import LEAKY_SLOPE, Activation, get_activation
from nnviz.core.i18n import translate
from nnviz.core.losses import Loss

SIGNIFICANT_DIGITS = 4

_SUPERSCRIPT = str.maketrans("0123456789-−+l", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺ˡ")
_SUBSCRIPT = str.maketrans("0123456789ijk", "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖ")


def rounding_note() -> str:
    """The note that says how the numbers are rounded, in the installed language."""
    return translate("Notation", "Numbers are shown to {digits} significant digits, each rounded "
                                 "from the full-precision value.").format(digits=SIGNIFICANT_DIGITS)


def format_number(value: float, digits: int = SIGNIFICANT_DIGITS) -> tuple[str, int | None]:
    """``value`` rounded to ``digits`` significant digits, as (mantissa, power of ten or None).

    4.0 -> ("4", None), 0.98201 -> ("0.982", None), -1.23456e-05 -> ("-1.235", -5).
    Anything that rounds to zero is "0", never "-0".
    """
    if not math.isfinite(value):
        return ("nan" if math.isnan(value) else "-inf" if value < 0 else "inf"), None
    text = f"{value:.{digits}g}"
    if "e" not in text:
        return ("0" if text == "-0" else text), None
    mantissa, exponent = text.split("e")
    return mantissa, int(exponent)


def superscript(text: int | str) -> str:
    """``2`` -> ``²``, ``"l-1"`` -> ``ˡ⁻¹``."""
    return str(text).translate(_SUPERSCRIPT)


def subscript(*indices: int | str) -> str:
    """Lower indices as the lectures write them: (1, 3) -> ``₁₃``, (12, 3) -> ``₁₂,₃``."""
    sep = "," if any(isinstance(i, int) and i > 9 for i in indices) else ""
    return sep.join(str(i) for i in indices).translate(_SUBSCRIPT)


def plain_symbol(base: str, layer: int | None, *indices: int) -> str:
    """The ASCII name of a symbol, as Architecture.parameter_name writes it: ``w2_13``,
    ``delta1_2``, ``a2`` (no indices), ``y_1`` (no layer); commas as in :func:`subscript`."""
    sep = "," if any(i > 9 for i in indices) else ""
    sub = "_" + sep.join(str(i) for i in indices) if indices else ""
    return base + ("" if layer is None else str(layer)) + sub


def is_plain_name(name: str, letter: str, index: int) -> bool:
    """True for a name that only repeats the symbol ``letter`` with 1-based ``index``:
    "x1", "x_1", "X₁", "x" all repeat x₁."""
    name = name.strip().lower().replace("_", "")
    return name in (letter, f"{letter}{index}", f"{letter}{subscript(index)}")


def _tidy(formula: str) -> str:
    """A plain-text formula of activations.py or losses.py in Unicode: a_j -> aⱼ, - -> −."""
    return formula.replace("_j", "ⱼ").replace("_k", "ₖ").replace("-", "−")


class Unicode:
    """Plain text, markdown and tooltips: σ(z¹₁), w¹₁₂·a⁰₂, (−0.5), 1.5×10⁻⁵, ∂ℓ/∂w¹₁₂."""

    minus = "−"
    leftarrow = "←"
    half = "½"
    eta = "η"
    ell = "ℓ"
    delta = "δ"
    sum_i = "Σᵢ "
    sum_k = "Σₖ "
    sign = "sign"
    less_equal = "≤"
    not_equal = "≠"
    y_hat = "ŷ"

    def text(self, words: str) -> str:
        """Words inside a formula (yes, no, if, else)."""
        return words

    def number(self, value: float) -> str:
        """``value`` rounded as the policy says: −2, 0.982, −1.5×10⁻⁵, 10⁻³⁰."""
        mantissa, exponent = format_number(value)
        mantissa = mantissa.replace("-", self.minus).replace("inf", "∞")
        if exponent is None:
            return mantissa
        power = "10" + superscript(exponent)
        return {"1": power, self.minus + "1": self.minus + power}.get(
            mantissa, f"{mantissa}×{power}")

    def factor(self, value: float) -> str:
        """A number as a factor or a later term: in parentheses if negative or a power of ten."""
        text = self.number(value)
        negative = value < 0 and text != "0"
        return f"({text})" if negative or format_number(value)[1] is not None else text

    def var(self, base: str, layer: int | str | None, *indices: int | str) -> str:
        """base^layer_indices, e.g. var("w", 1, 1, 2) = w¹₁₂ (indices 1-based as displayed)."""
        return base + ("" if layer is None else superscript(layer)) + subscript(*indices)

    def d(self, of: str, cost: str | None = None) -> str:
        """∂ℓ/∂(of), or ∂C/∂(of) for the cost C of a batch."""
        return f"∂{cost or self.ell}/∂{of}"

    def mul_symbols(self, *factors: str) -> str:
        return "·".join(factors)

    def mul_numbers(self, *factors: str) -> str:
        return "·".join(factors)

    def add(self, terms: Sequence[str]) -> str:
        return " + ".join(terms)

    def more_terms(self, count: int, total: str) -> str:
        """The summarised rest of a long sum: (… 776 more terms = 0.1234)."""
        return translate("Notation", "(… {count} more terms = {total})").format(count=count,
                                                                                total=total)

    def sub(self, left: str, right: str) -> str:
        return f"{left} {self.minus} {right}"

    def chain(self, items: Sequence[str], separator: str) -> str:
        return separator.join(items)

    def vector(self, values: Sequence[float]) -> str:
        return "(" + ", ".join(self.number(v) for v in values) + ")"

    def prime(self, function: str) -> str:
        return function + "′"

    def square(self, base: str) -> str:
        return base + "²"

    def absolute(self, inner: str) -> str:
        return f"|{inner}|"

    def log(self, argument: str) -> str:
        return f"log({argument})"

    def function(self, activation: Activation) -> str:
        """The activation's name in formulas: σ for the sigmoid, else its own name."""
        return activation.formula.split("(")[0]

    def definition(self, activation: Activation) -> str:
        return _tidy(activation.formula)

    def loss_definition(self, loss: Loss) -> str:
        return _tidy(loss.formula)


class Html(Unicode):
    """Rich-text labels: w<sup>1</sup><sub>12</sub>, 1.5×10<sup>−5</sup> (numbers otherwise
    as in Unicode). Only the notation's own symbols: user text is never passed through here."""

    def number(self, value: float) -> str:
        mantissa, exponent = format_number(value)
        mantissa = mantissa.replace("-", self.minus).replace("inf", "∞")
        if exponent is None:
            return mantissa
        power = f"10<sup>{str(exponent).replace('-', self.minus)}</sup>"
        return {"1": power, self.minus + "1": self.minus + power}.get(
            mantissa, f"{mantissa}×{power}")

    def var(self, base: str, layer: int | str | None, *indices: int | str) -> str:
        sep = "," if any(isinstance(i, int) and i > 9 for i in indices) else ""
        sup = "" if layer is None else f"<sup>{layer}</sup>"
        sub = f"<sub>{sep.join(str(i) for i in indices)}</sub>" if indices else ""
        return base + sup + sub


# LaTeX of each activation's definition (the plain-text one is Activation.formula).
_LATEX_DEFINITIONS = {
    "identity": r"\operatorname{identity}(z) = z",
    "step": r"\operatorname{step}(z) = 1 \text{ if } z > 0 \text{, else } 0",
    "sign": r"\operatorname{sign}(z) = +1 \text{ if } z \ge 0 \text{, else } -1",
    "sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "tanh": r"\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
    "relu": r"\operatorname{relu}(z) = \max(0, z)",
    "leaky_relu": rf"\operatorname{{lrelu}}(z) = \max({LEAKY_SLOPE}\, z, z)",
    "softmax": r"\operatorname{softmax}(z)_j = \frac{e^{z_j}}{\sum_k e^{z_k}}",
}

LATEX_CHAIN = 48  # characters per line of a long sum or vector in an align*


def latex_escape(text: str) -> str:
    """Plain text made safe for LaTeX."""
    specials = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
                "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                "^": r"\textasciicircum{}"}
    return "".join(specials.get(c, c) for c in text)


def visible_length(latex: str) -> int:
    """Roughly how many characters wide a piece of LaTeX maths is, on its last line."""
    last_line = latex.rsplit("\\\\", 1)[-1]
    last_line = re.sub(r"\\frac\{\\partial \\ell\}\{\\partial ((?:[^{}]|\{[^{}]*\})*)\}",
                       r"dl/d\1", last_line)
    last_line = re.sub(r"\\(log|max|tanh|sigma|lvert|rvert|cdot|times|ell|eta|delta|dots)\b",
                       lambda match: "log" if match.group(1) in ("log", "max") else "x", last_line)
    return len(re.sub(r"\\[a-zA-Z]+\*?|[{}^_&\\]", "", last_line))


class Latex(Unicode):
    """LaTeX maths for an amsmath align*: \\sigma(z^{1}_{1}), w^{1}_{12}\\, a^{0}_{2}, (-0.5)."""

    minus = "-"
    leftarrow = r"\leftarrow"
    half = r"\tfrac{1}{2}"
    eta = r"\eta"
    ell = r"\ell"
    delta = r"\delta"
    sum_i = r"\sum_i "
    sum_k = r"\sum_k "
    sign = r"\operatorname{sign}"
    less_equal = r"\le"
    not_equal = r"\ne"
    y_hat = r"\hat{y}"
    # a new line of the align* inside a right-hand side; a page may break there (a sum over
    # hundreds of inputs is longer than a page)
    LINE_BREAK = r" \displaybreak[0] \\ &\qquad "

    def number(self, value: float) -> str:
        mantissa, exponent = format_number(value)
        mantissa = mantissa.replace("inf", r"\infty").replace("nan", r"\mathrm{NaN}")
        if exponent is None:
            return mantissa
        power = f"10^{{{exponent}}}"
        return {"1": power, "-1": "-" + power}.get(mantissa, rf"{mantissa} \times {power}")

    def var(self, base: str, layer: int | str | None, *indices: int | str) -> str:
        sep = "," if any(isinstance(i, int) and i > 9 for i in indices) else ""
        sup = "" if layer is None else f"^{{{layer}}}"
        sub = f"_{{{sep.join(str(i) for i in indices)}}}" if indices else ""
        return base + sup + sub

    def d(self, of: str, cost: str | None = None) -> str:
        return rf"\frac{{\partial {cost or self.ell}}}{{\partial {of}}}"

    def mul_symbols(self, *factors: str) -> str:
        return r"\, ".join(factors)

    def mul_numbers(self, *factors: str) -> str:
        return r" \cdot ".join(factors)

    def add(self, terms: Sequence[str]) -> str:
        """A sum; a long one goes on over several lines of the align*."""
        return self.chain(terms, " + ")

    def text(self, words: str) -> str:
        return rf"\text{{{latex_escape(words)}}}"

    def more_terms(self, count: int, total: str) -> str:
        words = latex_escape(translate("Notation", " more terms"))
        return rf"(\dots\ {count}\text{{{words}}} = {total})"

    def vector(self, values: Sequence[float]) -> str:
        return "(" + self.chain([self.number(v) for v in values], ", ") + ")"

    def chain(self, items: Sequence[str], separator: str) -> str:
        """items joined by separator, broken onto new align* lines when a line gets long."""
        lines = [items[0]]
        for item in items[1:]:
            if visible_length(lines[-1]) + visible_length(separator + item) > LATEX_CHAIN:
                lines.append(item)
            else:
                lines[-1] += separator + item
        glue = separator.rstrip() + self.LINE_BREAK if separator.startswith(",") \
            else self.LINE_BREAK + separator.lstrip()
        return glue.join(lines)

    def prime(self, function: str) -> str:
        return function + "'"

    def square(self, base: str) -> str:
        return base + "^2"

    def absolute(self, inner: str) -> str:
        return rf"\lvert {inner} \rvert"

    def log(self, argument: str) -> str:
        return rf"\log({argument})"

    def function(self, activation: Activation) -> str:
        name = activation.latex.replace("({z})", "")
        return name if "{z}" not in name else rf"\operatorname{{{latex_escape(activation.name)}}}"

    def definition(self, activation: Activation) -> str:
        return _LATEX_DEFINITIONS.get(activation.name, self.function(activation) + "(z)")

    def loss_definition(self, loss: Loss) -> str:
        return loss.latex


UNICODE = Unicode()
HTML = Html()
LATEX = Latex()


# -- the symbols by name, in Unicode (tooltips, axis labels, the step-through) -----------------
def number(value: float) -> str:
    """A displayed value, rounded as the policy says: :meth:`Unicode.number`."""
    return UNICODE.number(value)


def factor(value: float) -> str:
    """A displayed value inside a product or after a "+": (−1.2), (10⁻⁵)."""
    return UNICODE.factor(value)


def weight(layer: int, j: int, k: int) -> str:
    """w^l_jk (all 1-based): weight(2, 1, 3) = w²₁₃."""
    return UNICODE.var("w", layer, j, k)


def neuron(symbol: str, layer: int, j: int) -> str:
    """b^l_j, z^l_j, a^l_j or δ^l_j (``symbol`` "b", "z", "a" or "δ"; 1-based): a¹₂."""
    return UNICODE.var(symbol, layer, j)


def source(layer: int, k: int) -> str:
    """What weight w^l_jk multiplies: a^{l-1}_k, written x_k for the inputs (layer 1)."""
    return f"x{subscript(k)}" if layer == 1 else neuron("a", layer - 1, k)


def function_name(activation: str) -> str:
    """How formulas write an activation: σ, tanh, relu, leaky_relu, step, sign, softmax."""
    return UNICODE.function(get_activation(activation))


def parameter_symbol(name: str) -> str:
    """A plain parameter name (Architecture.parameter_name) in Unicode: w2_13 -> w²₁₃,
    b1_2 -> b¹₂, w1_12,3 -> w¹₁₂,₃; anything else is returned as it is."""
    head, _, indices = name.partition("_")
    if not indices or len(head) < 2:
        return name
    return head[0] + superscript(head[1:]) + indices.translate(_SUBSCRIPT)
