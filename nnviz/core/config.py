"""A training configuration, and how it becomes a Dataset, a Network, an optimizer and a Trainer.

A :class:`Config` is plain, frozen data in three parts, the way the app's settings panel and
the lesson files group it:

    data      which Dataset (a generator by name, a data file: a CSV table, a digit CSV or
              IDX images, or a few points given inline)
    network   the layers between the data's inputs and outputs: N_0 = number of features,
              hidden sizes N_1..N_{L-1} with their activations, and an output layer N_L sized
              for the data (one neuron for two classes or one target, K for K classes with
              softmax), the loss, the bias flag and how θ is initialised
    training  the update rule: optimizer, learning rate η, its hyper-parameters, batch size,
              and the cost convention: "mean" C = 1/n Σ ℓ or "sum" L = Σ ℓ (losses.py)

Changing ``data`` or ``network`` means a new start (:func:`needs_reset`); changing only
``training`` can be applied to a running Trainer. Everything here is pure NumPy: the GUI,
``nnviz render`` and the tests build the same objects the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

import numpy as np

from nnviz.core.activations import get_activation
from nnviz.core.data import CLASSIFICATION, REGRESSION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.limits import check_activations, check_architecture, check_classes, check_seed
from nnviz.core.losses import MEAN, check_cost, get_loss
from nnviz.core.network import INITIALISERS, Architecture, Network

BATCH_MODES = ("full", "mini-batch", "stochastic")
RULES = ("gradient", "perceptron")
CSV = "csv"
INLINE = "points"


@dataclass(frozen=True)
class DataSpec:
    """Where the data comes from.

    ``name`` is a generator of :mod:`nnviz.core.data`, or "csv" (a data file: ``path`` is
    read with ``load_data_file``, IDX images with their labels from ``labels_path`` or beside
    them), or "points" (``x`` rows and ``y`` targets given inline, as a lesson may).
    ``None`` for n, noise and test_ratio means the generator's (the file's) default.
    """

    name: str = "xor"
    n: int | None = None
    noise: float | None = None
    test_ratio: float | None = None
    seed: int = 0
    labels: str | None = None  # "01" or "pm1" for the logic gates; None = generator default
    path: str | None = None
    labels_path: str | None = None
    x: tuple[tuple[float, ...], ...] | None = None
    y: tuple[Any, ...] | None = None
    kind: str = REGRESSION  # for inline points: "regression" (y rows) or "classification"


@dataclass(frozen=True)
class NetworkSpec:
    """Hidden layers (sizes and σ per layer), output σ, loss, bias, initialiser and seed.

    ``params``, when given, is the starting θ (a lesson's worked example, a loaded model) and
    replaces the initialiser. ``outputs``, when given, fixes N_L (``--layers 2,4,2`` asks for
    two outputs on two classes); None sizes the output layer for the data (:func:`output_size`).
    """

    hidden: tuple[int, ...] = (4,)
    activations: tuple[str, ...] = ("tanh",)
    output_activation: str = "sigmoid"
    loss: str = "binary_cross_entropy"
    bias: bool = True
    init: str = "xavier"
    init_range: float = 0.5
    seed: int = 0
    params: tuple[float, ...] | None = None
    outputs: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        object.__setattr__(self, "activations", tuple(self.activations))
        if self.params is not None:
            object.__setattr__(self, "params", tuple(float(p) for p in self.params))


@dataclass(frozen=True)
class TrainingSpec:
    """The update rule: θ ← θ - η·(the optimizer's step direction), on batches of m samples;
    ``cost`` "mean" differentiates C = 1/m Σ ℓ over a batch, "sum" L = Σ ℓ."""

    optimizer: str = "sgd"
    learning_rate: float = 0.5
    hyperparameters: tuple[tuple[str, float], ...] = ()
    batch_mode: str = "full"
    batch_size: int = 16  # m, used when batch_mode is "mini-batch"
    shuffle: bool = True
    rule: str = "gradient"
    cost: str = MEAN

    def __post_init__(self) -> None:
        pairs = self.hyperparameters
        if isinstance(pairs, Mapping):
            pairs = pairs.items()
        object.__setattr__(
            self, "hyperparameters", tuple(sorted((str(k), float(v)) for k, v in pairs))
        )

    def hyperparameter_dict(self) -> dict[str, float]:
        return dict(self.hyperparameters)


@dataclass(frozen=True)
class Config:
    """Everything needed to start training: the data, the network and the update rule."""

    data: DataSpec = field(default_factory=DataSpec)
    network: NetworkSpec = field(default_factory=NetworkSpec)
    training: TrainingSpec = field(default_factory=TrainingSpec)

    def with_data(self, **changes: Any) -> "Config":
        return replace(self, data=replace(self.data, **changes))

    def with_network(self, **changes: Any) -> "Config":
        return replace(self, network=replace(self.network, **changes))

    def with_training(self, **changes: Any) -> "Config":
        return replace(self, training=replace(self.training, **changes))


def resolve_data(spec: DataSpec) -> DataSpec:
    """The same data with the generator's defaults written out (n, noise, test_ratio, labels).

    Two specs that describe the same data then compare equal, whether a value was left
    to its default or given explicitly. A data file's test_ratio defaults by its content (0.2
    for images, 0 for a table: its first bytes are read); a file that cannot be read gets 0
    here, and :func:`build_dataset` says what is wrong with it.
    """
    if spec.name == INLINE:
        return spec
    from nnviz.core.data import dataset_info, default_test_ratio

    if spec.name == CSV:
        ratio = spec.test_ratio
        if ratio is None:
            try:
                ratio = default_test_ratio(spec.path) if spec.path else 0.0
            except InputError:
                ratio = 0.0
        return replace(spec, test_ratio=float(ratio))

    info = dataset_info(spec.name)
    labels = spec.labels
    if labels is None and "labels" in info.option_defaults:
        labels = str(info.option_defaults["labels"])
    return replace(
        spec,
        n=info.n if spec.n is None else int(spec.n),
        noise=info.noise if spec.noise is None else float(spec.noise),
        test_ratio=info.test_ratio if spec.test_ratio is None else float(spec.test_ratio),
        labels=labels,
    )


def resolve_training(spec: TrainingSpec) -> TrainingSpec:
    """The same update rule with the optimizer's default hyper-parameters written out."""
    from nnviz.core.optimizers import make_optimizer

    defaults = make_optimizer(spec.optimizer).hyperparameters()
    defaults.pop("lr", None)
    return replace(spec, hyperparameters={**defaults, **spec.hyperparameter_dict()})


def resolve(config: Config) -> Config:
    """``config`` with every default written out (:func:`resolve_data`, :func:`resolve_training`),
    so that equal settings compare equal."""
    return replace(config, data=resolve_data(config.data), training=resolve_training(config.training))


def needs_reset(old: Config, new: Config) -> bool:
    """True if going from ``old`` to ``new`` needs a fresh start.

    New data, a new network, another training rule or another cost convention (the losses
    reported so far would be on another scale) start again from step 0; the optimizer, η,
    its hyper-parameters and the batch size can change between two steps.
    """
    return (old.data != new.data or old.network != new.network
            or old.training.rule != new.training.rule or old.training.cost != new.training.cost)


def batch_size(spec: TrainingSpec, dataset: Dataset) -> int | None:
    """m for the Trainer: None for the full batch, 1 for stochastic, else min(m, n_train)."""
    if spec.batch_mode == "full":
        return None
    if spec.batch_mode == "stochastic":
        return 1
    return max(1, min(int(spec.batch_size), len(dataset.x_train)))


def output_size(spec: NetworkSpec, dataset: Dataset) -> int:
    """N_L: ``spec.outputs`` if given, else K neurons for K classes with a softmax output,
    else what the data needs (:attr:`Dataset.n_targets`)."""
    if spec.outputs is not None:
        return spec.outputs
    if dataset.kind == CLASSIFICATION and spec.output_activation == "softmax":
        return len(dataset.target_names)
    return dataset.n_targets


def output_sizes(dataset: Dataset) -> tuple[int, ...]:
    """The N_L that fit the data: 1 or 2 for two classes (one neuron, or one per class),
    K for K > 2 classes, else the number of targets."""
    if dataset.kind == CLASSIFICATION and dataset.n_classes == 2:
        return (1, 2)
    return (dataset.n_targets,)


def architecture(spec: NetworkSpec, dataset: Dataset) -> Architecture:
    """The Architecture N_0-N_1-...-N_L for this data; InputError names an impossible choice."""
    if len(spec.activations) != len(spec.hidden):
        raise InputError(translate("Config", "{layers} hidden layers need {layers} activations, "
                                             "got {count}")
                         .format(layers=len(spec.hidden), count=len(spec.activations)))
    for l, n in enumerate(spec.hidden, start=1):
        if n < 1:
            raise InputError(translate("Config", "hidden layer {l}: needs at least one neuron, "
                                                 "not {n}").format(l=l, n=n))
    for l, name in enumerate(spec.activations, start=1):
        if get_activation(name).output_only:
            raise InputError(translate("Config", "hidden layer {l}: {name} is for the output "
                                                 "layer only").format(l=l, name=name))
    n_out = output_size(spec, dataset)
    check_output_layer(n_out, spec.output_activation)
    if n_out not in output_sizes(dataset):
        raise InputError(translate("Config", "the output layer has {n} neurons but the data set "
                                             "{name} needs {sizes}")
                         .format(n=n_out, name=dataset.name, sizes=_either(output_sizes(dataset))))
    sizes = check_architecture((dataset.n_features, *spec.hidden, n_out),
                               translate("Config", "the network"), spec.bias)
    acts = (*spec.activations, spec.output_activation)
    return Architecture(sizes, acts, (spec.bias,) * (len(sizes) - 1), spec.loss)


def _either(sizes: tuple[int, ...]) -> str:
    """"1 or 2" (or the one size)."""
    if len(sizes) == 2:
        return translate("Config", "{a} or {b}").format(a=sizes[0], b=sizes[1])
    return " or ".join(str(n) for n in sizes)


def validate(config: Config, dataset: Dataset) -> Architecture:
    """Check that the choices fit together and fit the data; return the Architecture.

    An :class:`InputError` says which choice is incompatible with which, e.g. the
    binary cross-entropy needs a sigmoid output.
    """
    net, train = config.network, config.training
    loss = get_loss(net.loss)
    get_activation(net.output_activation)
    if net.init not in INITIALISERS:
        raise InputError(translate("Config", "unknown initialiser {name!r} (known: {known})")
                         .format(name=net.init, known=", ".join(INITIALISERS)))
    check_seed(net.seed, translate("Config", "the network's seed"))
    if loss.requires_activation and net.output_activation != loss.requires_activation:
        raise InputError(translate("Config", "the loss {loss} needs a {needed} output layer, not "
                                             "{given}: change the loss or the output activation")
                         .format(loss=net.loss, needed=loss.requires_activation,
                                 given=net.output_activation))
    if dataset.kind == REGRESSION and (loss.fused or net.output_activation == "softmax"):
        what = net.loss if loss.fused else translate("Config", "a softmax output")
        raise InputError(translate("Config", "{what} is for classification, but {name} is a "
                                             "regression data set")
                         .format(what=what, name=dataset.name))
    if train.batch_mode not in BATCH_MODES:
        raise InputError(translate("Config", "unknown batch mode {name!r} (known: {known})")
                         .format(name=train.batch_mode, known=", ".join(BATCH_MODES)))
    if train.batch_mode == "mini-batch" and train.batch_size < 1:
        raise InputError(translate("Config", "the mini-batch size must be at least 1, not {m}")
                         .format(m=train.batch_size))
    if not np.isfinite(train.learning_rate) or train.learning_rate <= 0:
        raise InputError(translate("Config", "the learning rate must be a positive number, not "
                                             "{value}").format(value=train.learning_rate))
    if train.rule not in RULES:
        raise InputError(translate("Config", "unknown training rule {name!r} (known: {known})")
                         .format(name=train.rule, known=", ".join(RULES)))
    check_cost(train.cost, "[training] 'cost'")
    if train.rule == "perceptron" and train.cost != MEAN:
        raise InputError(translate("Config", "[training] 'cost' = \"sum\" is for gradient "
                                             "descent: the perceptron rule has no cost to "
                                             "differentiate"))
    arch = architecture(net, dataset)
    check_activations(max(len(dataset.x_train), len(dataset.x_test)), arch.sizes,
                      translate("Config", "the network"))
    if train.rule == "perceptron" and (
            net.hidden or net.output_activation not in ("sign", "step") or arch.n_outputs != 1):
        raise InputError(translate(
            "Config", "the perceptron rule trains one sign or step neuron on two classes: "
                      "remove the hidden layers, choose a sign or step output and a two-class "
                      "data set"))
    if net.params is not None and len(net.params) != arch.n_parameters:
        raise InputError(translate("Config", "the network has {parameters} parameters but "
                                             "{given} starting values were given")
                         .format(parameters=arch.n_parameters, given=len(net.params)))
    return arch


def build_dataset(spec: DataSpec) -> Dataset:
    """The Dataset a DataSpec describes (seeded: the same spec gives the same data)."""
    check_seed(spec.seed, translate("Config", "the data's seed"))
    if spec.name == INLINE:
        return _inline_dataset(spec)
    from nnviz.core import data as datasets

    if spec.name == CSV:
        if not spec.path:
            raise InputError(translate("Config", "a data set from a file needs the file's path"))
        return datasets.load_data_file(spec.path, labels_path=spec.labels_path,
                                       test_ratio=spec.test_ratio, seed=spec.seed)
    if spec.name not in datasets.DATASETS:
        raise InputError(translate("Config", "unknown data set {name!r} (known: {known})")
                         .format(name=spec.name, known=", ".join(datasets.DATASETS)))
    options: dict[str, Any] = {}
    if spec.labels is not None:
        options["labels"] = spec.labels
    return datasets.make_dataset(
        spec.name, n=spec.n, noise=spec.noise, test_ratio=spec.test_ratio, seed=spec.seed,
        **options,
    )


def build_network(config: Config, dataset: Dataset) -> Network:
    """A new Network for the data: θ from ``network.params`` or drawn by the initialiser."""
    arch = validate(config, dataset)
    net = Network(arch)
    spec = config.network
    if spec.params is not None:
        net.set_params(np.asarray(spec.params, dtype=float))
    else:
        net.initialise(spec.init, np.random.default_rng(spec.seed), spec.init_range)
    return net


def build_optimizer(spec: TrainingSpec):
    """The optimizer with learning rate η and the spec's hyper-parameters."""
    from nnviz.core.optimizers import make_optimizer

    return make_optimizer(spec.optimizer, lr=spec.learning_rate, **spec.hyperparameter_dict())


def build_trainer(config: Config, dataset: Dataset, network: Network | None = None):
    """A Trainer over ``dataset`` for ``network`` (a new one from the config if None).

    For the perceptron rule, a :class:`~nnviz.core.perceptron_training.PerceptronTrainer`
    with η = the learning rate (same interface).
    """
    from nnviz.core.training import Trainer

    network = build_network(config, dataset) if network is None else network
    if config.training.rule == "perceptron":
        from nnviz.core.perceptron_training import PerceptronTrainer

        return PerceptronTrainer(network, dataset, eta=config.training.learning_rate,
                                 shuffle=config.training.shuffle, seed=config.network.seed)
    return Trainer(
        network,
        build_optimizer(config.training),
        dataset,
        batch_size=batch_size(config.training, dataset),
        shuffle=config.training.shuffle,
        seed=config.network.seed,
        cost=config.training.cost,
    )


def suit_output(spec: NetworkSpec, dataset: Dataset, previous: Dataset | None = None) -> NetworkSpec:
    """``spec`` with an output layer and loss that suit ``dataset``, when new data needs them.

    The lectures' usual pairs: regression → identity output with ½ squared error;
    two classes → sigmoid with the binary cross-entropy; K > 2 classes → softmax with the
    softmax cross-entropy. The output is only changed when the data's kind (or the class
    count around two) differs from ``previous`` or the present pair cannot work at all;
    otherwise the user's choice stays.
    """
    def kind(d: Dataset) -> str:
        if d.kind == REGRESSION:
            return REGRESSION
        return "binary" if len(d.target_names) == 2 else "multiclass"

    loss = get_loss(spec.loss)
    impossible = dataset.kind == REGRESSION and (
        loss.fused or spec.output_activation in ("softmax", "step", "sign"))
    impossible |= kind(dataset) == "binary" and loss.name == "softmax_cross_entropy" \
        and spec.output_activation != "softmax"
    if not impossible and (previous is None or kind(previous) == kind(dataset)):
        return spec
    pair = {
        REGRESSION: ("identity", "half_squared_error"),
        "binary": ("sigmoid", "binary_cross_entropy"),
        "multiclass": ("softmax", "softmax_cross_entropy"),
    }[kind(dataset)]
    if spec.output_activation in ("sign", "step") and kind(dataset) == "binary":
        return spec  # a perceptron stays a perceptron on two classes
    return replace(spec, output_activation=pair[0], loss=pair[1], params=None)


def network_spec_of(network: Network, base: NetworkSpec) -> NetworkSpec:
    """The NetworkSpec of an existing network (a loaded model): its layers, N_L, loss and θ.
    A model whose layers mix a bias with none is refused (the settings have one bias flag)."""
    arch = network.architecture
    if not all(arch.bias) and any(arch.bias):
        raise InputError(translate("Config", "the model mixes layers with and without a bias: "
                                             "nnviz cannot edit it"))
    return replace(
        base,
        hidden=arch.sizes[1:-1],
        activations=arch.activations[:-1],
        output_activation=arch.activations[-1],
        loss=arch.loss,
        bias=all(arch.bias),
        params=tuple(network.params.tolist()),
        outputs=arch.sizes[-1],
    )


def check_output_layer(n_outputs: int, activation: str, where: str | None = None) -> None:
    """InputError for a softmax layer of one neuron: a^L = e^{z} / e^{z} = 1 for every input,
    so the loss is 0 and nothing is learnt; softmax needs N_L ≥ 2. ``where``: "the output
    layer" unless given."""
    if activation == "softmax" and n_outputs < 2:
        where = translate("Config", "the output layer") if where is None else where
        raise InputError(translate("Config", "{where}: a softmax output needs at least 2 neurons "
                                             "(with 1 it always outputs 1); use sigmoid for one "
                                             "output").format(where=where))


def check_fits(arch: Architecture, dataset: Dataset, source: str) -> None:
    """InputError naming ``source`` unless the network's input and output layers fit the
    data: N_0 = the number of features, N_L one of :func:`output_sizes`. The one rule for
    --layers, a model file on the command line (train --model, render --model) and the app."""
    if arch.n_inputs != dataset.n_features:
        raise InputError(translate("Config", "{source} has {inputs} inputs but data set {name!r} "
                                             "has {features} features ({names})")
                         .format(source=source, inputs=arch.n_inputs, name=dataset.name,
                                 features=dataset.n_features,
                                 names=", ".join(dataset.feature_names[:4])
                                 + (", ..." if dataset.n_features > 4 else "")))
    fits = output_sizes(dataset)
    if arch.n_outputs not in fits:
        classes, targets = dataset.n_classes, dataset.n_targets  # (plain names for lupdate)
        what = (translate("Config", "%n classes", None, classes)
                if dataset.kind == CLASSIFICATION
                else translate("Config", "%n target(s)", None, targets))
        raise InputError(translate("Config", "{source} has {outputs} outputs but data set {name!r} "
                                             "has {what}: the output layer needs {sizes}")
                         .format(source=source, outputs=arch.n_outputs, name=dataset.name,
                                 what=what, sizes=_either(fits)))


def check_model_fits(network: Network, dataset: Dataset, source: str | None = None) -> None:
    """:func:`check_fits`, and softmax on N_L ≥ 2 neurons (:func:`check_output_layer`);
    ``source`` "the model" unless given."""
    source = translate("Config", "the model") if source is None else source
    arch = network.architecture
    check_fits(arch, dataset, source)
    check_output_layer(arch.n_outputs, arch.activations[-1], source)


def model_config(network: Network, config: Config, dataset: Dataset,
                 source: str | None = None) -> Config:
    """``config`` training ``network`` on ``dataset``: :func:`check_model_fits` (its messages
    name ``source``), its layers, N_L, loss and θ in place of ``config.network``
    (:func:`network_spec_of`), then :func:`validate`. A model that fits trains the same from
    the app and the command line."""
    check_model_fits(network, dataset, source)
    config = replace(config, network=network_spec_of(network, config.network))
    validate(config, dataset)
    return config


def _inline_dataset(spec: DataSpec) -> Dataset:
    """Points written out in a lesson: x rows, y targets; all of them are training data."""
    if not spec.x or spec.y is None:
        raise InputError(translate("Config", "inline points need both 'x' (rows of inputs) and "
                                             "'y' (targets)"))
    x = np.asarray(spec.x, dtype=float)
    if x.ndim != 2:
        raise InputError(translate("Config", "'x' must be a list of rows, all of the same length"))
    if len(spec.y) != len(x):
        raise InputError(translate("Config", "'x' has {rows} rows but 'y' has {targets} targets")
                         .format(rows=len(x), targets=len(spec.y)))
    if spec.kind == CLASSIFICATION:
        y = np.asarray(spec.y, dtype=int)
        if spec.labels == "pm1" and y.ndim == 1 and np.any(y == -1) \
                and np.all((y == -1) | (y == 1)):  # as the lecture writes them: -1 is class 0
            y = (y == 1).astype(int)
        if y.ndim != 1 or y.min() < 0:
            raise InputError(translate("Config", "classification targets 'y' must be class "
                                                 "numbers 0, 1, ..."))
        n_classes = max(2, check_classes(int(y.max()) + 1, translate("Config", "inline points 'y'")))
        from nnviz.core.data.generators import PM1_NAMES

        targets = PM1_NAMES if spec.labels == "pm1" and n_classes == 2 \
            else tuple(str(c) for c in range(n_classes))
        y_test = np.zeros(0, dtype=int)
    elif spec.kind == REGRESSION:
        y = np.asarray(spec.y, dtype=float)
        y = y.reshape(-1, 1) if y.ndim == 1 else y
        if y.ndim != 2:
            raise InputError(translate("Config", "regression targets 'y' must be numbers or rows "
                                                 "of numbers"))
        targets = ("y",) if y.shape[1] == 1 else tuple(f"y{j + 1}" for j in range(y.shape[1]))
        y_test = np.zeros((0, y.shape[1]))
    else:
        raise InputError(translate("Config", "unknown kind {name!r} (known: {known})")
                         .format(name=spec.kind, known=f"{CLASSIFICATION}, {REGRESSION}"))
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise InputError(translate("Config", "inline points must be finite numbers"))
    return Dataset(
        name="points",
        kind=spec.kind,
        x_train=x,
        y_train=y,
        x_test=np.zeros((0, x.shape[1])),
        y_test=y_test,
        feature_names=tuple(f"x{k + 1}" for k in range(x.shape[1])),
        target_names=targets,
        labels=spec.labels or "01",
    )
