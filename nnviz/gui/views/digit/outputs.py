"""What the digit view shows, Qt-free: the network's outputs a^L for a few samples, the class
it says, the words for them, and where the neighbouring samples and the next mistake are.

Samples are numbered as everywhere (Dataset.sample): training rows 0..n_train-1, then the
test rows. The class a network says is Dataset.predict_classes of a^L: argmax_j a^L_j for
K outputs (threshold halfway for a single output neuron).
"""

from __future__ import annotations

import numpy as np

from nnviz.core import notation
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.network import Architecture, Network
from nnviz.gui.kit.nice_scale import nice_ceil

Array = np.ndarray

NO_IMAGES = QT_TRANSLATE_NOOP("DigitView", "the digit view shows image data sets (mnist, digits, an IDX file)")
SEARCH_CHUNK = 500  # rows per forward pass while looking for the next mistake
BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0),
           "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def set_bounds(dataset: Dataset, i: int) -> tuple[int, int]:
    """[start, stop) of the sample numbers of i's set (training or test)."""
    n = len(dataset.x_train)
    return (n, dataset.n_samples) if dataset.is_test_sample(i) else (0, n)


def rows_of(dataset: Dataset, start: int, stop: int) -> Array:
    """The input rows of samples start..stop-1, all of one set."""
    n = len(dataset.x_train)
    return dataset.x_train[start:stop] if start < n else dataset.x_test[start - n:stop - n]


def labels_of(dataset: Dataset, start: int, stop: int) -> Array:
    n = len(dataset.y_train)
    return dataset.y_train[start:stop] if start < n else dataset.y_test[start - n:stop - n]


def window(dataset: Dataset, i: int, count: int) -> tuple[int, int]:
    """[start, stop): ``count`` samples of i's set around i (i in the middle where the set
    allows)."""
    low, high = set_bounds(dataset, i)
    count = min(count, high - low)
    start = min(max(i - count // 2, low), high - count)
    return start, start + count


def class_names(dataset: Dataset, n_outputs: int) -> tuple[str, ...]:
    """What the output neurons stand for: the class names for K = n_classes outputs, else
    the neurons' numbers 1..N_L."""
    if dataset.kind == CLASSIFICATION and n_outputs == len(dataset.target_names):
        return dataset.target_names
    return tuple(str(j + 1) for j in range(n_outputs))


def label_name(dataset: Dataset, y) -> str:
    if dataset.kind == CLASSIFICATION:
        return dataset.target_names[int(y)]
    return notation.number(float(np.ravel(y)[0]))


def headings(dataset: Dataset, i: int) -> tuple[str, str, str]:
    """The sample's heading, long to short: "test sample 12 · label 7", "test 12 · label 7",
    "test 12"."""
    _x, y = dataset.sample(i)
    name = dataset.sample_name(i)
    n = len(dataset.x_train)
    short = (translate("DigitView", "test {i}").format(i=i - n + 1) if dataset.is_test_sample(i)
             else translate("DigitView", "training {i}").format(i=i + 1))
    labelled = translate("DigitView", "{sample} · label {label}")
    label = label_name(dataset, y)
    return labelled.format(sample=name, label=label), labelled.format(sample=short, label=label), short


def said(dataset: Dataset, outputs: Array) -> Array:
    """The class each row of a^L says (Dataset.predict_classes)."""
    return dataset.predict_classes(np.atleast_2d(outputs))


def verdict(dataset: Dataset, said_class: int, label: int) -> tuple[str, bool]:
    """("says 7 ✓", True) or ("says 3 ✗ (label 5)", False)."""
    names = dataset.target_names
    if said_class == label:
        return translate("DigitView", "says {said} ✓").format(said=names[said_class]), True
    return translate("DigitView", "says {said} ✗ (label {label})").format(said=names[said_class],
                                                                           label=names[label]), False


def output_axis_name(architecture: Architecture) -> str:
    """The bars' axis (HTML): P(digit) for a softmax output layer, else a^L_j."""
    if architecture.activations[-1] == "softmax":
        return translate("DigitView", "P(digit)")
    return notation.HTML.var("a", "L", "j")


def targets(dataset: Dataset, label, n_outputs: int) -> Array:
    """The target y of the label on the output layer (e_label for K outputs)."""
    if dataset.kind != CLASSIFICATION:
        return np.asarray(label, dtype=float).reshape(-1)
    return dataset.encode(np.array([label]), n_outputs)[0]


def y_range(activation: str, values: Array) -> tuple[float, float]:
    """The bars' range: the activation's own for bounded ones, else from 0 (or below the
    lowest value) to at least 1, rounded out to nice numbers so it stays put while the
    outputs drift."""
    if activation in BOUNDED:
        return BOUNDED[activation]
    finite = values[np.isfinite(values)]
    low = min(0.0, float(finite.min())) if finite.size else 0.0
    high = max(1.0, float(finite.max())) if finite.size else 1.0
    return -nice_ceil(-low) if low < 0 else 0.0, nice_ceil(high)


def next_mistake(network: Network, dataset: Dataset, i: int) -> int | None:
    """The first sample after i in its set (going round to its start) whose class the
    network gets wrong; None if it gets every one right. A forward pass of at most
    SEARCH_CHUNK rows at a time."""
    low, high = set_bounds(dataset, i)
    for start, stop in ((i + 1, high), (low, i + 1)):
        for chunk in range(start, stop, SEARCH_CHUNK):
            end = min(chunk + SEARCH_CHUNK, stop)
            wrong = said(dataset, network.predict(rows_of(dataset, chunk, end))) != labels_of(dataset, chunk, end)
            if wrong.any():
                return chunk + int(np.argmax(wrong))
    return None
