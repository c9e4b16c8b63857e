"""What the graph writes, in the lectures' notation (Qt-free): tooltips, parameter names,
the names of the inputs and outputs, the chosen sample.

Indices here are 0-based (j, k as stored); the texts number neurons from 1 as the lectures
do, and every symbol and number is printed through :mod:`nnviz.core.notation`:

    w^l_jk = value, from a^{l-1}_k into z^l_j, ∂C/∂w^l_jk of the last step
    z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j = (numbers of the chosen sample) = value
    a^l_j = σ(z^l_j) = σ(value) = value
    mean a^l_j over the data (no z beside it: the mean of a is not σ of the mean of z)
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from nnviz.core import notation
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.core.notation import UNICODE
from nnviz.core.snapshot import Snapshot
from nnviz.gui.views.graph.activity import Activity
from nnviz.gui.views.graph.layout import Hit

FULL_SUM = 6  # a neuron with more inputs shows the first three terms, "…" and the last


def input_symbol(k: int) -> str:
    """x_k for the 0-based input k: x₁ for k = 0."""
    return UNICODE.var("x", None, k + 1)


def describe_edge(snap: Snapshot, l: int, j: int, k: int) -> str:
    """w^l_jk: its value, where it runs, ∂C/∂w^l_jk of the last step."""
    theta = snap.architecture.weight_index(l, j, k)
    name = notation.weight(l, j + 1, k + 1)
    lines = [f"{name} = {notation.number(float(snap.params[theta]))}",
             translate("GraphView", "from {source} into {target}").format(
                 source=notation.source(l, k + 1), target=notation.neuron('z', l, j + 1))]
    if snap.gradients is not None:
        gradient = notation.number(float(snap.gradients[theta]))
        lines.append(translate("GraphView", "{name} = {value} (last step)").format(
            name=UNICODE.d(name, cost='C'), value=gradient))
    lines.append(translate("GraphView", "click to edit"))
    return "\n".join(lines)


def describe_input(arch: Architecture, act: Activity | None, feature_names: Sequence[str],
                   k: int) -> str:
    """x_k = a^0_k, named after its feature, with its value."""
    head = input_symbol(k)
    if len(feature_names) == arch.n_inputs and not notation.is_plain_name(feature_names[k], "x", k + 1):
        head += f" ({feature_names[k]})"
    a0 = notation.neuron("a", 0, k + 1)
    if act is None:
        return translate("GraphView", "{head} = {a0}: input {k} of {n}").format(
            head=head, a0=a0, k=k + 1, n=arch.n_inputs)
    value = notation.number(float(act.a[0][k]))
    if act.sample is None:
        n = act.n_samples  # a plain name: lupdate skips a plural whose count is an expression
        return translate("GraphView", "{head}: mean over %n samples = {value}", None, n).format(
            head=head, value=value)
    return translate("GraphView", "{head} = {a0} = {value} (sample {i})").format(
        head=head, a0=a0, value=value, i=act.sample + 1)


def describe_neuron(snap: Snapshot, act: Activity | None, l: int, j: int) -> str:
    """Neuron j of layer l: z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j with the numbers of the
    chosen sample filled in, a^l_j = σ(z^l_j), and b^l_j with its gradient."""
    arch = snap.architecture
    act_name = arch.activations[l - 1]
    z_name, a_name, b_name = (notation.neuron(s, l, j + 1) for s in "zab")
    weights, biases = arch.unflatten(snap.params)
    w, b = weights[l - 1][j], biases[l - 1]
    n_in = arch.sizes[l - 1]
    with_numbers = act is not None and act.sample is not None
    terms, numbers = [], []
    for k in (range(n_in) if n_in <= FULL_SUM else (0, 1, 2, None, n_in - 1)):
        if k is None:
            terms.append(translate("GraphView", "… ({n} more)").format(n=n_in - 4))
            numbers.append("…")
            continue
        terms.append(f"{notation.weight(l, j + 1, k + 1)}·{notation.source(l, k + 1)}")
        if with_numbers:
            numbers.append(f"{notation.factor(float(w[k]))}·{notation.factor(float(act.a[l - 1][k]))}")
    if b is not None:
        terms.append(b_name)
        numbers.append(notation.factor(float(b[j])))
    if l == arch.n_layers:
        title = translate("GraphView", "neuron {j} of output ({activation})")
    else:
        title = translate("GraphView", "neuron {j} of layer {l} ({activation})")
    lines = [title.format(j=j + 1, l=l, activation=act_name), f"{z_name} = " + " + ".join(terms)]
    if act is None:
        lines.append(translate("GraphView", "(no data for this network: choose a data set to see z and a)"))
    elif not with_numbers:
        # the mean of a is not the activation of the mean z: only the mean of a is shown
        n = act.n_samples  # a plain name: lupdate skips a plural whose count is an expression
        lines.append(translate("GraphView", "mean over %n samples: mean {a} = {value}", None, n).format(
            a=a_name, value=notation.number(float(act.a[l][j]))))
        lines.append(translate("GraphView", "(each sample's {a}, averaged: choose one sample to see the numbers in the formula)").format(a=a_name))
    else:
        z, a = notation.number(float(act.z[l][j])), notation.number(float(act.a[l][j]))
        lines.append("    = " + " + ".join(numbers) + f" = {z}")
        if act_name == "softmax":  # couples the layer
            lines.append(f"{a_name} = softmax({UNICODE.var('z', l)}){notation.subscript(j + 1)} = {a}")
        elif act_name == "identity":
            lines.append(f"{a_name} = {z_name} = {a}")
        else:
            f = notation.function_name(act_name)
            lines.append(f"{a_name} = {f}({z_name}) = {f}({z}) = {a}")
        lines.append(translate("GraphView", "sample {i}").format(i=act.sample + 1))
    if b is not None:
        lines.append(translate("GraphView", "{name} = {value}: click to edit").format(
            name=b_name, value=notation.number(float(b[j]))))
        if snap.gradients is not None:
            g = arch.unflatten(snap.gradients)[1][l - 1]
            lines.append(translate("GraphView", "{name} = {value} (last step)").format(
                name=UNICODE.d(b_name, cost='C'), value=notation.number(float(g[j]))))
    return "\n".join(lines)


def parameter_symbol(arch: Architecture, index: int) -> str:
    """w^l_jk or b^l_j of θ_index, as the tooltips write it."""
    weights, biases = arch.unflatten(np.arange(arch.n_parameters))
    for l, (w, b) in enumerate(zip(weights, biases), start=1):
        if w[0, 0] <= index <= w[-1, -1]:
            j, k = divmod(index - int(w[0, 0]), w.shape[1])
            return notation.weight(l, j + 1, k + 1)
        if b is not None and b[0] <= index <= b[-1]:
            return notation.neuron("b", l, index - int(b[0]) + 1)
    raise IndexError(index)


def header_texts(arch: Architecture, scales: np.ndarray | None, gradients: bool,
                 image_shape: tuple[int, int] | None = None) -> list[str]:
    """Column headers: "inputs (n)" (image inputs: "x: 28×28\n= 784 inputs"), then each
    layer's size and activation, and with per-layer ``scales`` the colour scale s_l of its w
    (or ∂C/∂w)."""
    if image_shape is None:
        texts = [translate("GraphView", "inputs ({n})").format(n=arch.sizes[0])]
    else:
        texts = [translate("GraphView", "x: {rows}×{cols}\n= {n} inputs").format(
            rows=image_shape[0], cols=image_shape[1], n=arch.sizes[0])]
    for l in range(1, arch.n_layers + 1):
        if l == arch.n_layers:
            head = translate("GraphView", "output ({n})\n{activation}")
        else:
            head = translate("GraphView", "layer {l} ({n})\n{activation}")
        text = head.format(l=l, n=arch.sizes[l], activation=arch.activations[l - 1])
        if scales is not None:
            q = "∂C/∂w" if gradients else "w"
            text += translate("GraphView", "\n{quantity} scale ±{scale}").format(
                quantity=q, scale=notation.number(float(scales[l - 1])))
        texts.append(text)
    return texts


def io_names(arch: Architecture, ds: Dataset | None) -> tuple[list[str], list[str]]:
    """Labels of the inputs (x₁ and the feature name) and outputs (ŷ and the class or
    target name); a name that only repeats x1 / y1 is left out."""
    n_in, n_out = arch.n_inputs, arch.n_outputs
    inputs = [input_symbol(k) for k in range(n_in)]
    outputs = [UNICODE.var("ŷ", None, j + 1) if n_out > 1 else "ŷ" for j in range(n_out)]
    if ds is None:
        return inputs, outputs
    if len(ds.feature_names) == n_in:
        inputs = [plain if notation.is_plain_name(name, "x", k + 1) else f"{plain} {name}"
                  for k, (plain, name) in enumerate(zip(inputs, ds.feature_names))]
    names = list(ds.target_names)
    low = int(ds.low_label)
    if ds.image_shape is not None and ds.kind == CLASSIFICATION and len(names) == n_out > 1:
        return inputs, names  # the digits' outputs: their classes, 0-9
    if ds.kind == CLASSIFICATION and n_out == 1 and len(names) == 2 \
            and not (_is_value(names[0], low) and _is_value(names[1], 1)):
        outputs = [f"ŷ ({names[1]} = 1, {names[0]} = {low})"]
    elif len(names) == n_out:
        outputs = [plain if notation.is_plain_name(name, "y", j + 1) else f"{plain}: {name}"
                   for j, (plain, name) in enumerate(zip(outputs, names))]
    return inputs, outputs


def _is_value(name: str, value: int) -> bool:
    """Whether the class name only states the label's value ("+1", "−1", "0"): then
    "ŷ (+1 = 1, −1 = −1)" would say nothing but confuse."""
    try:
        return float(name.replace("−", "-")) == value
    except ValueError:
        return False


def sample_text(ds: Dataset, sample: int) -> str:
    """"sample i: x = (x₁, x₂, …), y = target" for sample number ``sample`` (0-based, training
    rows then test rows; i = sample + 1, as a person counts; "test sample i" / "training
    sample i" when the data has test rows), with at most four inputs and three targets; an
    image's pixels are not listed."""
    x, y = ds.sample(sample)
    name = ds.sample_name(sample) if len(ds.x_test) \
        else translate("GraphView", "sample {i}").format(i=sample + 1)
    if ds.kind == CLASSIFICATION:
        target = ds.target_names[int(y)]
    else:
        target = ", ".join(notation.number(v) for v in np.atleast_1d(y)[:3])
    if ds.image_shape is not None:
        return f"{name}: y = {target}"
    xs = ", ".join(notation.number(v) for v in x[:4]) + (", …" if x.size > 4 else "")
    return f"{name}: x = ({xs}), y = {target}"


def describe_fan(snap: Snapshot, act: Activity | None, j: int) -> str:
    """The line from the input picture into neuron j of layer 1: w^1_j · x = Σ_k w^1_jk x_k
    = z^1_j − b^1_j, with its value for the shown x."""
    w = snap.architecture.unflatten(snap.params)[0][0][j]
    name = UNICODE.var("w", 1, j + 1)
    lines = [translate("GraphView", "{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}").format(
        name=name, wk=UNICODE.var('w', 1, j + 1, 'k'), z=notation.neuron('z', 1, j + 1))]
    if act is not None:
        if act.sample is None:
            n = act.n_samples  # a plain name: lupdate skips a plural whose count is an expression
            which = translate("GraphView", " (mean over %n samples)", None, n)
        else:
            which = translate("GraphView", " (sample {i})").format(i=act.sample + 1)
        lines.append(f"    = {notation.number(float(w @ act.a[0]))}" + which)
    lines.append(translate("GraphView", "blue: the picture excites the neuron, orange: it inhibits it"))
    return "\n".join(lines)


def describe(hit: Hit, snap: Snapshot, act: Activity | None, feature_names: Sequence[str]) -> str:
    """The tooltip of the input, neuron, edge or fan line ``hit``, with the current numbers."""
    if hit.kind == "fan":
        return describe_fan(snap, act, hit.j)
    if hit.kind == "edge":
        return describe_edge(snap, hit.layer, hit.j, hit.k)
    if hit.kind == "input":
        return describe_input(snap.architecture, act, feature_names, hit.j)
    return describe_neuron(snap, act, hit.layer, hit.j)
