"""What `nnviz train`'s options describe: the data, the network to train and where to save it.

The network itself is built by the core (:func:`nnviz.core.config.build_network`); this module
turns the options into its :class:`~nnviz.core.config.NetworkSpec` and words every error
after the option that caused it (``--layers 3,4,1 has 3 inputs but ...``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nnviz.commands.options import parse_layers
from nnviz.core.config import (
    Config, NetworkSpec, build_network, check_fits, check_model_fits, output_sizes,
)
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.files import check_writable
from nnviz.core.i18n import translate
from nnviz.core.losses import get_loss
from nnviz.core.network import Architecture, Network

DEFAULT_HIDDEN = 4


def load_data(args: argparse.Namespace) -> Dataset:
    """The generated data set (--dataset) or the data file (--data, with --data-labels for IDX
    images), seeded by --data-seed or --seed."""
    from nnviz.core.data import load_data_file, make_dataset

    seed = args.seed if args.data_seed is None else args.data_seed
    if args.data is not None:
        for option, value in (("--samples", args.samples), ("--noise", args.noise)):
            if value is not None:
                raise InputError(translate("Commands", "{option} applies to generated data sets "
                                           "(--dataset), not --data").format(option=option))
        return load_data_file(args.data, labels_path=args.data_labels, test_ratio=args.test_ratio,
                              seed=seed, kind=args.kind)
    if args.kind is not None:
        raise InputError(translate("Commands", "--kind applies to CSV files (--data), not --dataset"))
    if args.data_labels is not None:
        raise InputError(translate("Commands", "--data-labels applies to IDX images (--data), not "
                                   "--dataset"))
    return make_dataset(args.dataset, n=args.samples, noise=args.noise,
                        test_ratio=args.test_ratio, seed=seed)


def save_path(save: str | None) -> Path | None:
    """Where to save, checked before training so a long run is not lost to a typo."""
    if save is None:
        return None
    path = Path(save)
    try:
        check_writable(path)
    except InputError as e:
        raise InputError(f"--save {e}") from None
    return path


def save_network(network: Network, path: Path | None) -> None:
    """Write the model file (nothing without --save)."""
    from nnviz.core.modelfile import save_model

    if path is None:
        return
    try:
        save_model(network, path)
    except InputError as e:
        raise InputError(f"--save {e}") from None


def default_output(dataset: Dataset, n_outputs: int,
                   activation: str | None, loss: str | None) -> tuple[str, str]:
    """The output activation and loss, each the given one or chosen to match the other and the data."""
    classes = dataset.kind == CLASSIFICATION
    if activation is None:
        required = get_loss(loss).requires_activation if loss else None
        if required:
            activation = required
        elif classes:
            activation = "sigmoid" if n_outputs == 1 else "softmax"
        else:
            activation = "identity"
    if loss is None:
        if activation == "softmax":
            loss = "softmax_cross_entropy"
        elif activation == "sigmoid" and classes and n_outputs == 1:
            loss = "binary_cross_entropy"
        else:
            loss = "half_squared_error"
    return activation, loss


def network_for(args: argparse.Namespace, dataset: Dataset) -> Network:
    """The network to train: from --model, or new from --layers and the activation options."""
    if args.model is not None:
        return _loaded_network(args, dataset)
    if args.layers is not None:
        sizes = parse_layers(args.layers)
        source = f"--layers {args.layers}"
    else:
        sizes = [dataset.n_features, DEFAULT_HIDDEN, output_sizes(dataset)[0]]
        source = translate("Commands", "the network")
    output_activation, loss = default_output(dataset, sizes[-1], args.output_activation, args.loss)
    activation = args.activation or "tanh"
    check_fits(Architecture.dense(sizes, activation, output_activation, loss, bias=not args.no_bias),
               dataset, source)
    hidden = tuple(sizes[1:-1])
    spec = NetworkSpec(hidden=hidden, activations=(activation,) * len(hidden),
                       output_activation=output_activation, loss=loss, bias=not args.no_bias,
                       init=args.init or "xavier", seed=args.seed, outputs=sizes[-1])
    return build_network(Config(network=spec), dataset)


def _loaded_network(args: argparse.Namespace, dataset: Dataset) -> Network:
    """The --model network, with --loss in place of its own if given."""
    from nnviz.core.modelfile import load_model

    for option in ("activation", "output_activation", "init"):
        if getattr(args, option) is not None:
            raise InputError(translate("Commands", "{option} cannot be combined with --model (the "
                                       "model file sets it)").format(option="--" + option.replace("_", "-")))
    if args.no_bias:
        raise InputError(translate("Commands", "{option} cannot be combined with --model (the model "
                                   "file sets it)").format(option="--no-bias"))
    network = load_model(args.model)
    if args.loss is not None and args.loss != network.loss.name:
        arch = network.architecture
        network = Network(Architecture(arch.sizes, arch.activations, arch.bias, args.loss),
                          network.params)
    check_model_fits(network, dataset, f"--model {args.model}")
    return network


def describe(network: Network) -> str:
    """``2-4-1 network (tanh → sigmoid; loss binary_cross_entropy)``."""
    arch = network.architecture
    acts = ", ".join(dict.fromkeys(arch.activations[:-1])) or translate("Commands", "no hidden layer")
    return translate("Commands", "{sizes} network ({activations} → {output}; loss {loss})").format(
        sizes="-".join(map(str, arch.sizes)), activations=acts, output=arch.activations[-1],
        loss=arch.loss)
