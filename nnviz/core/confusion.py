"""The confusion matrix of a classifier, its accuracy per class, and its mistakes.

For true classes y_i and predicted classes ŷ_i (i = 1..n, classes 0..K-1) the confusion
matrix M is K×K with M_tc = #{i : y_i = t, ŷ_i = c}: row t is the true class, column c the
class the network said. Its row sums are the class counts, its trace the number right:

    accuracy of class t = M_tt / Σ_c M_tc        accuracy = tr M / n

The predicted class is Dataset.predict_classes of the outputs a^L (argmax for K outputs,
the halfway threshold for one). A mistake's confidence is how sure the network was of what
it said: a^L_ŷ for K outputs, |a^L − threshold| for one output.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.network import Network
from nnviz.core.training import class_zero_target

Array = np.ndarray


def confusion_matrix(y_true: Array, y_pred: Array, k: int) -> Array:
    """M (k, k) with M_tc = #{i : y_i = t, ŷ_i = c} (integer counts)."""
    y_true, y_pred = np.asarray(y_true, dtype=np.intp), np.asarray(y_pred, dtype=np.intp)
    return np.bincount(k * y_true + y_pred, minlength=k * k).reshape(k, k)


def class_accuracy(matrix: Array) -> Array:
    """M_tt / Σ_c M_tc for every true class t (NaN for a class with no samples)."""
    totals = matrix.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(matrix) / np.maximum(totals, 1), np.nan)


@dataclass(frozen=True, eq=False)
class Confusion:
    """How a network classifies one set of samples (the test set, else the training set).

    ``label`` and ``said`` are the true and the predicted class of every row, ``matrix`` M,
    ``mistakes`` the rows with ŷ ≠ y, the most confident first (a tie keeps row order), and
    ``confidence`` each row's confidence in what it said. ``on_test`` says which set.
    """

    label: Array
    said: Array
    confidence: Array
    matrix: Array
    mistakes: Array
    on_test: bool

    @property
    def per_class(self) -> Array:
        return class_accuracy(self.matrix)

    @property
    def right(self) -> int:
        return int(np.trace(self.matrix))

    @property
    def n(self) -> int:
        return int(self.matrix.sum())

    @property
    def accuracy(self) -> float:
        """tr M / n (NaN without samples)."""
        return self.right / self.n if self.n else float("nan")


def confusion_of(network: Network, dataset: Dataset) -> Confusion:
    """The :class:`Confusion` of ``network`` on ``dataset``'s test set (its training set
    when it has no test set); an InputError when the network does not fit the data."""
    k = dataset.n_classes
    if k is None:
        raise InputError(translate("Confusion", "{name} is a regression data set: it has no "
                                                "classes to confuse").format(name=dataset.name))
    arch = network.architecture
    if arch.n_inputs != dataset.n_features:
        raise InputError(translate("Confusion", "the network has {inputs} inputs but {name} has "
                                                "{features}")
                         .format(inputs=arch.n_inputs, name=dataset.name,
                                 features=dataset.n_features))
    if arch.n_outputs != dataset.n_targets:
        raise InputError(translate("Confusion", "the network has {outputs} outputs but {name}'s "
                                                "{k} classes need {needed}")
                         .format(outputs=arch.n_outputs, name=dataset.name, k=k,
                                 needed=dataset.n_targets))
    on_test = len(dataset.x_test) > 0
    x, label = (dataset.x_test, dataset.y_test) if on_test else (dataset.x_train, dataset.y_train)
    label = np.asarray(label, dtype=np.intp)
    output = network.predict(x)
    low = class_zero_target(network, dataset)
    said = dataset.predict_classes(output, low)
    if output.shape[1] == 1:
        confidence = np.abs(output[:, 0] - (1.0 + low) / 2)
    else:
        confidence = output[np.arange(len(said)), said]
    wrong = np.flatnonzero(said != label)
    mistakes = wrong[np.argsort(-confidence[wrong], kind="stable")]
    return Confusion(label, said, confidence, confusion_matrix(label, said, k), mistakes, on_test)
