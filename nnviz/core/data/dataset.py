"""Dataset: the training and test data a network learns from, and how targets are encoded.

Inputs are rows: ``x_train`` has shape (n, N_0). For classification the targets are class
indices 0..K-1 (shape (n,)); for regression they are values of shape (n, n_targets).
How a class index becomes the network's target depends on the output layer:

    one output neuron, two classes:  class 1 -> 1, class 0 -> ``low`` (0, or -1 for ±1 labels)
    K output neurons:                one-hot, class c -> e_c
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray

CLASSIFICATION = "classification"
REGRESSION = "regression"


def one_hot(classes: Array, n_classes: int) -> Array:
    """Rows e_c for class indices c: shape (n, n_classes)."""
    classes = np.asarray(classes, dtype=int)
    out = np.zeros((classes.size, n_classes))
    out[np.arange(classes.size), classes] = 1.0
    return out


@dataclass(frozen=True, eq=False)
class Dataset:
    """Seeded, split data with what the views and the CLI need to name things.

    ``labels`` is "01" or "pm1": how the lectures write the two classes (0/1 or -1/+1).
    ``image_shape`` (rows, columns) when each input row is an image, pixels row by row
    (input k = columns·row + column); None otherwise.

    Samples are numbered once for every view: i = 0..n_train-1 are the training rows, then
    i = n_train..n_train+n_test-1 the test rows (:meth:`sample`, :meth:`sample_name`).
    """

    name: str
    kind: str
    x_train: Array
    y_train: Array
    x_test: Array
    y_test: Array
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...]  # class names for classification, target names otherwise
    labels: str = "01"
    image_shape: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        for a in (self.x_train, self.y_train, self.x_test, self.y_test):
            a.flags.writeable = False
        if self.image_shape is not None and self.image_shape[0] * self.image_shape[1] != self.n_features:
            rows, cols = self.image_shape
            raise InputError(translate("Data", "{name}: a {rows}×{cols} image has {pixels} pixels, "
                                       "not {inputs} inputs")
                             .format(name=self.name, rows=rows, cols=cols, pixels=rows * cols,
                                     inputs=self.n_features))

    @property
    def n_samples(self) -> int:
        """Training and test rows together: the range of sample numbers."""
        return len(self.x_train) + len(self.x_test)

    def is_test_sample(self, i: int) -> bool:
        return i >= len(self.x_train)

    def sample(self, i: int) -> tuple[Array, Array]:
        """(x, y) of sample i: training row i, or test row i - n_train (read-only views)."""
        if not 0 <= i < self.n_samples:
            raise InputError(translate("Data", "{name} has samples 1 to {n}, not {i}")
                             .format(name=self.name, n=self.n_samples, i=i + 1))
        n = len(self.x_train)
        return (self.x_train[i], self.y_train[i]) if i < n else (self.x_test[i - n], self.y_test[i - n])

    def sample_name(self, i: int) -> str:
        """How the window names sample i, counting from 1 in its set: "training sample 3",
        "test sample 12"."""
        n = len(self.x_train)
        if i < n:
            return translate("Data", "training sample {i}").format(i=i + 1)
        return translate("Data", "test sample {i}").format(i=i - n + 1)

    @property
    def n_features(self) -> int:
        return self.x_train.shape[1]

    @property
    def n_classes(self) -> int | None:
        return len(self.target_names) if self.kind == CLASSIFICATION else None

    @property
    def n_targets(self) -> int:
        """Output neurons a network needs: 1 for two classes, K for K > 2, else the targets."""
        if self.kind == CLASSIFICATION:
            return 1 if len(self.target_names) == 2 else len(self.target_names)
        return self.y_train.shape[1]

    @property
    def low_label(self) -> float:
        """The target of class 0 on a single output neuron: 0, or -1 for ±1 labels."""
        return -1.0 if self.labels == "pm1" else 0.0

    def encode(self, y: Array, n_outputs: int, low: float | None = None) -> Array:
        """The network targets for ``y`` (class indices or regression values)."""
        if self.kind == REGRESSION:
            return np.asarray(y, dtype=float)
        low = self.low_label if low is None else low
        if n_outputs == 1:
            if len(self.target_names) != 2:
                raise InputError(translate(
                    "Data", "{name} has {k} classes: the output layer needs {k} neurons, not 1"
                ).format(name=self.name, k=len(self.target_names)))
            return np.where(np.asarray(y) == 1, 1.0, low).reshape(-1, 1)
        if n_outputs != len(self.target_names):
            raise InputError(translate(
                "Data", "{name} has {k} classes but the output layer has {n} neurons"
            ).format(name=self.name, k=len(self.target_names), n=n_outputs))
        return one_hot(y, n_outputs)

    def predict_classes(self, output: Array, low: float | None = None) -> Array:
        """Class indices from network outputs a^L: threshold halfway for one output, else argmax."""
        output = np.asarray(output)
        if output.shape[1] == 1:
            low = self.low_label if low is None else low
            return (output[:, 0] > (1.0 + low) / 2).astype(int)
        return np.argmax(output, axis=1)

    def accuracy(self, output: Array, y: Array, low: float | None = None) -> float | None:
        """Fraction of samples whose predicted class is right; None for regression or no data."""
        if self.kind != CLASSIFICATION or len(y) == 0:
            return None
        return float(np.mean(self.predict_classes(output, low) == np.asarray(y)))
