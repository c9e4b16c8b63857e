"""The worked example as a document: headings and paragraphs around the rows of its steps.

The rows are the steps of worked.py, grouped by phase and layer; this module adds the
headings (title, phases, layers) and the sentences that state each rule once. The document
is written once for every format: text.py and latex.py only lay it out.

The words are translated (core/i18n.py) as the document is built; a sentence with notation in
it is one translated text with {fields} (:func:`fill`), so a translator may reorder it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from nnviz.core.counts import count_text
from nnviz.core.i18n import translate
from nnviz.core.notation import Unicode, rounding_note
from nnviz.core.worked import Math, Row, worked_steps
from nnviz.core.worked_numbers import WorkedNumbers


@dataclass(frozen=True)
class Name:
    """The name of an activation or a loss (code font)."""

    text: str


@dataclass(frozen=True)
class Heading:
    level: int  # 1 title, 2 section, 3 layer
    pieces: tuple


@dataclass(frozen=True)
class Paragraph:
    pieces: tuple


@dataclass(frozen=True)
class Rows:
    rows: tuple[Row, ...]


Block = Heading | Paragraph | Rows


def fill(template: str, **fields: object) -> tuple:
    """A translated ``template`` as pieces: its words, with the objects in ``fields`` (Math,
    Name or text) where its {name} fields are, in the translation's order."""
    pieces: list = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            pieces.append(literal)
        if name is not None:
            pieces.append(fields[name])
    return tuple(pieces)


def document(numbers: WorkedNumbers, m: Unicode) -> list[Block]:
    """The blocks of the worked example in notation ``m``, in the order of the walk."""
    return _Document(numbers, m).blocks()


def introduction(numbers: WorkedNumbers, m: Unicode) -> tuple[Heading, Paragraph, Rows]:
    """The title, the network and its loss, and what is given (x, y, η): how the document
    starts (the Beamer slides' first frame)."""
    d = _Document(numbers, m, with_steps=False)
    return d.title(), d.network(), Rows(tuple(d.given()))


class _Document:
    def __init__(self, e: WorkedNumbers, m: Unicode, with_steps: bool = True):
        self.e, self.m = e, m
        self.n_layers = e.architecture.n_layers
        self.steps = worked_steps(e, m) if with_steps else ()

    def rows(self, phase: str, layer: int | None) -> Rows:
        return Rows(tuple(s for s in self.steps if s.phase == phase and s.layer == layer))

    def title(self) -> Heading:
        e = self.e
        title = translate("Explain", "Worked example: forward pass") if e.gradients is None else (
            translate("Explain", "Worked example: forward pass, loss and backward pass")
            if e.updated is None else
            translate("Explain", "Worked example: forward pass, backward pass and one "
                      "gradient-descent step"))
        return Heading(1, (title,))

    def blocks(self) -> list[Block]:
        e = self.e
        out: list[Block] = [self.title(), self.network(), Rows(tuple(self.given()))]
        out += self.forward()
        if e.gradients is not None:
            out += [Heading(2, (translate("Explain", "Loss"),)), self.rows("loss", None)]
            out += self.backward()
            out += self.parameter_gradients()
        if e.updated is not None:
            out += self.update()
        return out

    def network(self) -> Paragraph:
        e, m = self.e, self.m
        pieces: list = [translate("Explain", "A {network}. ").format(network=count_text(e.architecture))]
        for s in e.layers:
            n = s.z.size
            output = s.layer == self.n_layers
            if s.layer == 1:  # the sentence's first word
                layer = (translate("Explain", "Layer {l} (output)") if output
                         else translate("Explain", "Layer {l}"))
            else:
                layer = (translate("Explain", "layer {l} (output)") if output
                         else translate("Explain", "layer {l}"))
            if s.bias is not None:
                sentence = (translate("Explain", "{layer} has {n} {activation} neuron") if n == 1
                            else translate("Explain", "{layer} has {n} {activation} neurons"))
            else:
                sentence = (translate("Explain", "{layer} has {n} {activation} neuron and no bias")
                            if n == 1 else
                            translate("Explain", "{layer} has {n} {activation} neurons and no bias"))
            pieces += [*fill(sentence, layer=layer.format(l=s.layer), n=str(n),
                             activation=Name(s.activation.name)),
                       "; " if s.layer < self.n_layers else ". "]
        pieces += [*fill(translate("Explain", "Loss {loss}: {definition}. "), loss=Name(e.loss.name),
                         definition=Math(m.loss_definition(e.loss))),
                   rounding_note()]
        return Paragraph(tuple(pieces))

    def given(self) -> list[Row]:
        e, m = self.e, self.m
        rows = [Row(lhs="x", sides=(m.var("a", 0), m.vector(e.x)))]
        if e.target is not None:
            rows.append(Row(lhs="y", sides=(m.vector(e.target),)))
        if e.learning_rate is not None:
            rows.append(Row(lhs=m.eta, sides=(m.number(e.learning_rate),)))
        return rows

    def layer_heading(self, layer: int, *more) -> Heading:
        title = (translate("Explain", "Layer {l} (output layer)") if layer == self.n_layers
                 else translate("Explain", "Layer {l}"))
        return Heading(3, (title.format(l=layer), *more))

    def forward(self) -> list[Block]:
        m = self.m
        out: list[Block] = [Heading(2, (translate("Explain", "Forward pass"),))]
        for s in self.e.layers:
            more = [": ", Name(s.activation.name), ", ", Math(m.definition(s.activation))]
            if s.bias is None:
                more.append(translate("Explain", ", no bias"))
            # the walk goes neuron by neuron (z, a); the document shows z^l, then a^l
            rows = self.rows("forward", s.layer).rows
            z_first = sorted(rows, key=lambda step: not step.symbol.startswith("z"))
            out += [self.layer_heading(s.layer, *more), Rows(tuple(z_first))]
        return out

    def backward(self) -> list[Block]:
        m = self.m
        out: list[Block] = [
            Heading(2, (translate("Explain", "Backward pass"),)),
            Paragraph(fill(translate("Explain", "The error of neuron {j} in layer {l} is {delta}, "
                                     "computed from the output layer back."),
                           j=Math("j"), l=Math("l"),
                           delta=Math(f"{m.var(m.delta, 'l', 'j')} = {m.d(m.var('z', 'l', 'j'))}"))),
        ]
        for g in reversed(self.e.gradients):
            out.append(self.layer_heading(g.layer))
            if g.layer == self.n_layers:
                out += self.output_rule(g.grad_a is None)
            out.append(self.rows("backward", g.layer))
        return out

    def output_rule(self, fused: bool) -> list[Block]:
        """The sentence above δ^L when it is not ∂ℓ/∂a^L_j · σ'(z^L_j)."""
        e, m, L = self.e, self.m, self.n_layers
        s = e.layers[-1]
        if fused:
            rule = f"{m.var(m.delta, L, 'j')} = {m.sub(m.var('a', L, 'j'), m.var('y', None, 'j'))}"
            sentence = (translate("Explain", "{loss} with a {activation} output layer: {prime} "
                                  "cancels, so {rule}.") if s.activation.elementwise else
                        translate("Explain", "{loss} with a {activation} output layer: the softmax "
                                  "Jacobian cancels, so {rule}."))
            prime = Math(m.prime(m.function(s.activation))) if s.activation.elementwise else None
            return [Paragraph(fill(sentence, loss=Name(e.loss.name), activation=Name(s.activation.name),
                                   prime=prime, rule=Math(rule)))]
        if s.activation.elementwise:
            return []
        rule = (f"{m.var(m.delta, L, 'j')} = "
                f"{m.mul_symbols(m.var('a', L, 'j'), '(' + m.sub(m.d(m.var('a', L, 'j')), 's') + ')')}")
        a_i = m.var("a", L, "i")
        return [Paragraph(fill(translate("Explain", "softmax couples its outputs: {rule}, with {s}."),
                               rule=Math(rule),
                               s=Math(f"s = {m.sum_i}{m.mul_symbols(a_i, m.d(a_i))}")))]

    def parameter_gradients(self) -> list[Block]:
        m = self.m
        rule_w = (f"{m.d(m.var('w', 'l', 'jk'))} = "
                  f"{m.mul_symbols(m.var('a', 'l' + m.minus + '1', 'k'), m.var(m.delta, 'l', 'j'))}")
        rule_b = f"{m.d(m.var('b', 'l', 'j'))} = {m.var(m.delta, 'l', 'j')}"
        out: list[Block] = [
            Heading(2, (translate("Explain", "Gradients"),)),
            Paragraph(fill(translate("Explain", "Each weight's gradient is the input on that weight "
                                     "times the error of its neuron: {rule_w}; each bias's gradient "
                                     "is the error: {rule_b}."),
                           rule_w=Math(rule_w), rule_b=Math(rule_b))),
        ]
        for s in self.e.layers:
            out += [self.layer_heading(s.layer), self.rows("gradient", s.layer)]
        return out

    def update(self) -> list[Block]:
        m = self.m
        out: list[Block] = [
            Heading(2, (translate("Explain", "Update"),)),
            Paragraph(fill(translate("Explain", "One step of gradient descent with {eta}: {rule} for "
                                     "every weight and bias."),
                           eta=Math(f"{m.eta} = {m.number(self.e.learning_rate)}"),
                           rule=Math(f"w {m.leftarrow} {m.sub('w', m.mul_symbols(m.eta, m.d('w')))}"))),
        ]
        for s in self.e.layers:
            out += [self.layer_heading(s.layer), self.rows("update", s.layer)]
        out += [Heading(2, (translate("Explain", "After the update"),)),
                Paragraph((translate("Explain", "A forward pass of the updated network gives:"),)),
                self.rows("update", None)]
        return out

