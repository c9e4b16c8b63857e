"""The lectures' data sets: seeded generators, each giving a split :class:`Dataset`.

    make_dataset("xor")                               the XOR truth table, labels 0/1
    make_dataset("and", labels="pm1")                 the same x, classes written -1/+1
    make_dataset("circle", n=300, noise=0.1, seed=4)  points in the plane

Conventions
-----------
* Points in the plane live in roughly [-1, 1]² (TensorFlow Playground draws [-6, 6]²; the
  unit square suits sigmoid and tanh neurons without rescaling, and the lectures' "average"
  pairs already live there). ``noise`` is then a standard deviation in those units, added to
  both coordinates; for regression it is the standard deviation added to the target y; for
  mnist and digits (real MNIST images, :mod:`nnviz.core.data.mnist`) the probability that a
  pixel is replaced by a uniform random grey level.
* Truth tables (and, or, nand, xor, festival) list the table first, in binary order
  (00, 01, 10, 11): x ∈ {0, 1}^N as the lectures write it. With n larger than the table the
  extra rows are copies of the corners, each coordinate moved by noise·N(0, 1); the table
  rows themselves stay exact.
* Classification targets are class indices 0..K-1. Every two-class set takes the option
  ``labels="01"`` (default) or ``labels="pm1"``: the indices and x stay the same, only
  ``Dataset.labels`` (hence ``Dataset.low_label``, the target of class 0 on one output
  neuron) and the class names "0", "1" (become "-1", "+1"; festival keeps "no", "yes").
* The split: round(test_ratio·n) rows (Python's round) go to the test set, chosen with the
  seed and stratified by class for classification (each class gives its share, rounded to
  a neighbouring integer). Both parts keep the generation order: random sets are generated
  in random order, truth tables in table order. The points come from one random stream and
  the split from another, so changing test_ratio does not move the points.
* Same arguments, same arrays; a different seed gives different random points.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np

from nnviz.core.data.dataset import CLASSIFICATION, REGRESSION, Dataset
from nnviz.core.data.mnist import (  # noqa: F401  (mnist_images: importers read it from here)
    DIGIT_SIDE, MNIST_SIDE, MNIST_SIZE, digits, mnist, mnist_images,
)
from nnviz.core.data.split import data_streams, split_dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray

LABEL_FORMS = ("01", "pm1")
KINDS = (CLASSIFICATION, REGRESSION)
PM1_NAMES = ("-1", "+1")


@dataclass(frozen=True)
class DatasetInfo:
    """What the GUI and the CLI show about a data set before making it.

    ``n``, ``noise`` and ``test_ratio`` are the defaults used when ``make_dataset`` gets
    None; ``options`` lists the accepted keyword options with their defaults, as
    (name, default) pairs; ``min_n`` and ``max_n`` bound n; ``noise_max`` is an upper
    bound on noise, if any; ``image_shape`` (rows, columns) when the inputs are an image.
    """

    name: str
    description: str
    kind: str
    n: int
    noise: float
    test_ratio: float
    options: tuple[tuple[str, object], ...]
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...]
    min_n: int = 1
    max_n: int = 1_000_000
    noise_max: float | None = None
    image_shape: tuple[int, int] | None = None

    @property
    def option_defaults(self) -> dict[str, object]:
        return dict(self.options)

    @property
    def n_features(self) -> int:
        return len(self.feature_names)

    @property
    def n_classes(self) -> int | None:
        return len(self.target_names) if self.kind == CLASSIFICATION else None


# ---------------------------------------------------------------------------------------------
# Generators: (rng, n, noise, options) -> (x, y, pinned). x has shape (n, N_0); y holds class
# indices (n,) or regression targets (n, 1); the first ``pinned`` rows always go to training.

Generator = Callable[[np.random.Generator, int, float, Mapping[str, object]], tuple[Array, Array, int]]

_GATE_TABLE = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
_GATES = {
    "and": np.array([0, 0, 0, 1]),
    "or": np.array([0, 1, 1, 1]),
    "nand": np.array([1, 1, 1, 0]),
    "xor": np.array([0, 1, 1, 0]),
}
FESTIVAL_WEIGHTS = np.array([6.0, 2.0, 2.0])
_FESTIVAL_TABLE = np.array([[(i >> 2) & 1, (i >> 1) & 1, i & 1] for i in range(8)], dtype=float)
AVERAGE_LECTURE_PAIRS = np.array([[0.1, 0.3], [0.1, -0.1], [-0.8, 0.2]])
AVERAGE_LECTURE_TARGETS = np.array([0.2, 0.0, -0.3])  # as the lectures write them


def _with_noisy_corners(
    rng: np.random.Generator, table: Array, labels: Array, n: int, noise: float
) -> tuple[Array, Array, int]:
    """The truth table, then n - len(table) corners (balanced, random order) plus noise."""
    extra = n - len(table)
    corner = rng.permutation(np.arange(extra) % len(table))
    x_extra = table[corner] + noise * rng.standard_normal((extra, table.shape[1]))
    return np.vstack([table, x_extra]), np.concatenate([labels, labels[corner]]), 0


def _gate(name: str) -> Generator:
    def generate(rng, n, noise, options):
        return _with_noisy_corners(rng, _GATE_TABLE, _GATES[name], n, noise)

    return generate


def _festival(rng, n, noise, options):
    """Go to the festival? yes iff 6·x1 + 2·x2 + 2·x3 > threshold (the perceptron, b = -threshold)."""
    labels = (_FESTIVAL_TABLE @ FESTIVAL_WEIGHTS > float(options["threshold"])).astype(int)
    return _with_noisy_corners(rng, _FESTIVAL_TABLE, labels, n, noise)


def _balanced_classes(rng: np.random.Generator, n: int) -> Array:
    """Class indices 0 and 1 in equal shares (±1), in random order."""
    return rng.permutation(np.arange(n) % 2)


def _circle(rng, n, noise, options):
    """Class 1: the disc r ≤ 0.5; class 0: the ring 0.7 ≤ r ≤ 1 (radius uniform, as Playground)."""
    y = _balanced_classes(rng, n)
    r = np.where(y == 1, rng.uniform(0.0, 0.5, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0.0, 2 * np.pi, n)
    x = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    return x + noise * rng.standard_normal((n, 2)), y, 0


def _gaussians(rng, n, noise, options):
    """Class 1 around (0.5, 0.5), class 0 around (-0.5, -0.5); noise is the blobs' std."""
    y = _balanced_classes(rng, n)
    centre = np.where(y == 1, 0.5, -0.5)[:, None]
    return centre + noise * rng.standard_normal((n, 2)), y, 0


def _spiral(rng, n, noise, options):
    """Two interleaved arms r = t, angle = 3.5π·t (+π for class 0), t uniform in [0, 1]."""
    y = _balanced_classes(rng, n)
    t = rng.uniform(0.0, 1.0, n)
    angle = 1.75 * 2 * np.pi * t + np.pi * (1 - y)
    x = np.column_stack([t * np.sin(angle), t * np.cos(angle)])
    return x + noise * rng.standard_normal((n, 2)), y, 0


def _moons(rng, n, noise, options):
    """Two interleaved half circles (as scikit-learn's), scaled by 2/3 and centred on 0.

    Class 0: (cos t, sin t); class 1: (1 - cos t, 1/2 - sin t), t uniform in [0, π]; then
    (x1, x2) -> ((x1 - 1/2)/1.5, (x2 - 1/4)/1.5), so x1 ∈ [-1, 1] and x2 ∈ [-1/2, 1/2].
    """
    y = _balanced_classes(rng, n)
    t = rng.uniform(0.0, np.pi, n)
    x1 = np.where(y == 0, np.cos(t), 1.0 - np.cos(t))
    x2 = np.where(y == 0, np.sin(t), 0.5 - np.sin(t))
    x = np.column_stack([(x1 - 0.5) / 1.5, (x2 - 0.25) / 1.5])
    return x + noise * rng.standard_normal((n, 2)), y, 0


def _xor_quadrants(rng, n, noise, options):
    """Uniform points with 0.05 ≤ |x_i| ≤ 1; class 1 iff sign(x1)·sign(x2) > 0 (before noise)."""
    u = rng.uniform(-1.0, 1.0, (n, 2))
    x = 0.95 * u + 0.05 * np.where(u >= 0, 1.0, -1.0)
    y = (x[:, 0] * x[:, 1] > 0).astype(int)
    return x + noise * rng.standard_normal((n, 2)), y, 0


def _line(rng, n, noise, options):
    """The world's smallest perceptron: y = w·x + noise·N(0, 1), x uniform in [-1, 1], no bias."""
    x = rng.uniform(-1.0, 1.0, (n, 1))
    return x, float(options["w"]) * x + noise * rng.standard_normal((n, 1)), 0


def _plane(rng, n, noise, options):
    """y = w1·x1 + w2·x2 + noise·N(0, 1), x uniform in [-1, 1]²: the loss is a surface over (w1, w2)."""
    x = rng.uniform(-1.0, 1.0, (n, 2))
    w = np.array([float(options["w1"]), float(options["w2"])])
    return x, (x @ w)[:, None] + noise * rng.standard_normal((n, 1)), 0


def _average(rng, n, noise, options):
    """y = (x1 + x2)/2: the lectures' three pairs first (exact, always in training), then
    random pairs in [-1, 1]² whose targets get noise·N(0, 1)."""
    m = n - len(AVERAGE_LECTURE_PAIRS)
    x = rng.uniform(-1.0, 1.0, (m, 2))
    y = x.mean(axis=1) + noise * rng.standard_normal(m)
    return (
        np.vstack([AVERAGE_LECTURE_PAIRS, x]),
        np.concatenate([AVERAGE_LECTURE_TARGETS, y])[:, None],
        len(AVERAGE_LECTURE_PAIRS),
    )


# ---------------------------------------------------------------------------------------------
# The registry

_XY = ("x1", "x2")
_CLASSES01 = ("0", "1")
_LABELS = (("labels", "01"),)


def _pixel_names(side: int) -> tuple[str, ...]:
    """r1c1, r1c2, ..., r{side}c{side}: an image's pixels row by row."""
    return tuple(f"r{r}c{c}" for r in range(1, side + 1) for c in range(1, side + 1))


def _plane_info(name: str, description: str, noise: float) -> DatasetInfo:
    return DatasetInfo(name, description, CLASSIFICATION, 200, noise, 0.2, _LABELS, _XY, _CLASSES01)


def _gate_info(name: str, rule: str) -> DatasetInfo:
    return DatasetInfo(
        name, f"{name.upper()} truth table: {rule}; x in {{0, 1}}²", CLASSIFICATION,
        4, 0.0, 0.0, _LABELS, _XY, _CLASSES01, min_n=4,
    )


_REGISTRY: dict[str, tuple[DatasetInfo, Generator]] = {
    info.name: (info, generator)
    for info, generator in (
        (_gate_info("and", "1 iff both inputs are 1"), _gate("and")),
        (_gate_info("or", "1 iff at least one input is 1"), _gate("or")),
        (_gate_info("nand", "0 iff both inputs are 1"), _gate("nand")),
        (_gate_info("xor", "1 iff exactly one input is 1; no single layer separates it"), _gate("xor")),
        (
            DatasetInfo(
                "festival",
                "Go to the festival? yes iff 6·weather + 2·friend + 2·venue > threshold (8 cases)",
                CLASSIFICATION, 8, 0.0, 0.0, (("threshold", 5.0), ("labels", "01")),
                ("weather is good", "a friend comes along", "the venue is easy to reach"),
                ("no", "yes"), min_n=8,
            ),
            _festival,
        ),
        (_plane_info("circle", "Inner disc (class 1) inside a ring (class 0)", 0.05), _circle),
        (_plane_info("gaussians", "Two Gaussian blobs around (-0.5, -0.5) and (0.5, 0.5)", 0.25), _gaussians),
        (_plane_info("spiral", "Two interleaved spirals", 0.02), _spiral),
        (_plane_info("moons", "Two interleaved half moons", 0.05), _moons),
        (_plane_info("xor_quadrants", "Noisy XOR: class 1 where sign(x1) = sign(x2)", 0.05), _xor_quadrants),
        (
            DatasetInfo(
                "line", "1-D regression y = w·x + noise, no bias (the world's smallest perceptron)",
                REGRESSION, 50, 0.1, 0.2, (("w", 2.0),), ("x",), ("y",),
            ),
            _line,
        ),
        (
            DatasetInfo(
                "plane", "2-D regression y = w1·x1 + w2·x2 + noise", REGRESSION, 100, 0.1, 0.2,
                (("w1", 2.0), ("w2", -1.0)), _XY, ("y",),
            ),
            _plane,
        ),
        (
            DatasetInfo(
                "average", "Output the average of the two inputs: (0.1, 0.3) -> 0.2, ...",
                REGRESSION, 50, 0.0, 0.2, (), _XY, ("y",), min_n=3,
            ),
            _average,
        ),
        (
            DatasetInfo(
                "digits", "The same 10,000 MNIST digits at 16×16 grey levels (256 inputs, 10 classes)",
                CLASSIFICATION, MNIST_SIZE, 0.0, 0.2, (), _pixel_names(DIGIT_SIDE),
                tuple(str(d) for d in range(10)), min_n=10, max_n=MNIST_SIZE, noise_max=1.0,
                image_shape=(DIGIT_SIDE, DIGIT_SIDE),
            ),
            digits,
        ),
        (
            DatasetInfo(
                "mnist", "10,000 real MNIST handwritten digits, 28×28 grey levels (784 inputs, 10 classes)",
                CLASSIFICATION, MNIST_SIZE, 0.0, 0.2, (), _pixel_names(MNIST_SIDE),
                tuple(str(d) for d in range(10)), min_n=10, max_n=MNIST_SIZE, noise_max=1.0,
                image_shape=(MNIST_SIDE, MNIST_SIDE),
            ),
            mnist,
        ),
    )
}

DATASETS: tuple[str, ...] = tuple(_REGISTRY)


def dataset_info(name: str) -> DatasetInfo:
    """The description and defaults of data set ``name``."""
    try:
        return _REGISTRY[name][0]
    except (KeyError, TypeError):
        raise InputError(translate("Data", "unknown data set {name}; choose one of: {names}")
                         .format(name=repr(name), names=", ".join(DATASETS))) from None


def make_dataset(
    name: str,
    *,
    n: int | None = None,
    noise: float | None = None,
    test_ratio: float | None = None,
    seed: int = 0,
    **options: object,
) -> Dataset:
    """Generate data set ``name`` (one of :data:`DATASETS`); None means its default.

    Raises :class:`InputError` naming the bad argument and the valid choices.
    """
    info = dataset_info(name)
    generator = _REGISTRY[name][1]
    n = _check_n(info, n)
    noise = _check_noise(info, noise)
    test_ratio = info.test_ratio if test_ratio is None else check_test_ratio(test_ratio)
    options = _check_options(info, options)
    generate_rng, split_rng = data_streams(check_seed(seed))
    x, y, pinned = generator(generate_rng, n, noise, options)
    labels = str(options.get("labels", "01"))
    target_names = info.target_names
    if labels == "pm1" and target_names == _CLASSES01:
        target_names = PM1_NAMES
    return split_dataset(
        name, info.kind, x, y, feature_names=info.feature_names, target_names=target_names,
        labels=labels, test_ratio=test_ratio, rng=split_rng, pinned=pinned,
        image_shape=info.image_shape,
    )


def _whole(what: str, value: object) -> int:
    """``value`` as an int (ints and NumPy integers, not bools or floats), or an InputError."""
    try:
        if isinstance(value, bool):
            raise TypeError
        return operator.index(value)
    except TypeError:
        raise InputError(translate("Data", "{what} must be a whole number, not {value}")
                         .format(what=what, value=repr(value))) from None


def _check_n(info: DatasetInfo, n: object) -> int:
    if n is None:
        return info.n
    value = _whole(f"{info.name}: n", n)
    if not info.min_n <= value <= info.max_n:
        raise InputError(translate("Data", "{name}: n must be from {min} to {max}, got {value}")
                         .format(name=info.name, min=info.min_n, max=info.max_n, value=value))
    return value


def _real(what: str, value: object) -> float:
    """``value`` as a finite float, or an InputError naming ``what``."""
    if isinstance(value, bool):
        raise InputError(translate("Data", "{what} must be a number, not {value}")
                         .format(what=what, value=repr(value)))
    try:
        number = float(value)  # numbers and numeric strings (from a command line or a form)
    except (TypeError, ValueError):
        raise InputError(translate("Data", "{what} must be a number, not {value}")
                         .format(what=what, value=repr(value))) from None
    if not math.isfinite(number):
        raise InputError(translate("Data", "{what} must be a finite number, not {value}")
                         .format(what=what, value=repr(value)))
    return number


def _check_noise(info: DatasetInfo, noise: object) -> float:
    if noise is None:
        return info.noise
    value = _real(f"{info.name}: noise", noise)
    if value < 0 or (info.noise_max is not None and value > info.noise_max):
        message = (translate("Data", "{name}: noise must be at least 0, got {value:g}")
                   if info.noise_max is None else
                   translate("Data", "{name}: noise must be at least 0 and at most {max:g}, got {value:g}"))
        raise InputError(message.format(name=info.name, max=info.noise_max, value=value))
    return value


def check_test_ratio(test_ratio: object) -> float:
    value = _real("test_ratio", test_ratio)
    if not 0.0 <= value < 1.0:
        raise InputError(translate("Data", "test_ratio must be in [0, 1), got {value:g}").format(value=value))
    return value


def check_seed(seed: object) -> int:
    value = _whole("seed", seed)
    if value < 0:
        raise InputError(translate("Data", "seed must be 0 or more, got {value}").format(value=value))
    return value


def _check_options(info: DatasetInfo, options: Mapping[str, object]) -> dict[str, object]:
    defaults = info.option_defaults
    checked = dict(defaults)
    for key, value in options.items():
        if key not in defaults:
            message = (translate("Data", "{name}: unknown option {key}; its options are: {options}")
                       if defaults else
                       translate("Data", "{name}: unknown option {key}; it takes no options"))
            raise InputError(message.format(name=info.name, key=repr(key), options=", ".join(defaults)))
        if key == "labels":
            if value not in LABEL_FORMS:
                raise InputError(translate("Data", "{name}: labels must be one of {forms}, not {value}")
                                 .format(name=info.name, forms=", ".join(map(repr, LABEL_FORMS)),
                                         value=repr(value)))
            checked[key] = value
        else:
            checked[key] = _real(translate("Data", "{name}: option {key}").format(name=info.name, key=key),
                                 value)
    return checked
