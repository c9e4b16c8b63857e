"""The training set as the network's cost C sees it: the inputs and the encoded targets."""

from __future__ import annotations

import numpy as np

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network
from nnviz.core.training import class_zero_target

Array = np.ndarray


def training_targets(architecture: Architecture, dataset: Dataset) -> tuple[Array, Array]:
    """(x, y): the training inputs and their targets encoded for ``architecture``'s outputs
    as the Trainer encodes them (class 0 is 0 or −1 on a single output, else one-hot);
    InputError if the data does not fit the network's inputs."""
    if dataset.n_features != architecture.n_inputs:
        raise InputError(f"the network has {architecture.n_inputs} inputs but the data set has "
                         f"{dataset.n_features} features")
    low = class_zero_target(Network(architecture), dataset)
    y = dataset.encode(dataset.y_train, architecture.n_outputs, low)
    return np.asarray(dataset.x_train, float), np.asarray(y, float)
