"""The settings panel: data, network and training choices on a pyqtgraph ParameterTree.

The tree mirrors a :class:`~nnviz.core.config.Config`. Every edit emits ``config_edited``
with the whole new Config (right after the edit, once the edited widget's own signal has
returned); the main window decides what it means (a live change of η, a
reset for new data or a new network) and answers with :meth:`SettingsPanel.set_config`:
the accepted Config, or the previous one when the choice was impossible, so the panel
always shows what the worker trains.

The names' column is as wide as the longest name in the current font (names are never cut);
the values take the rest. When the Config gives the starting θ (a lesson's worked example, a
loaded model) the initialiser reads GIVEN; choosing an initialiser draws a new θ.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pyqtgraph.parametertree import Parameter
from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from nnviz.core.activations import ACTIVATIONS
from nnviz.core.config import (
    BATCH_MODES, CSV, INLINE, Config, DataSpec, NetworkSpec, TrainingSpec, resolve_data,
)
from nnviz.core.data import DATASETS, dataset_info
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.limits import MAX_HIDDEN_LAYERS, MAX_NEURONS, MAX_SAMPLES, MAX_SEED
from nnviz.core.losses import LOSSES, MEAN, SUM
from nnviz.core.network import INITIALISERS
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.gui.kit.parameter_tree import parameter_tree
from nnviz.gui.kit.plain_text import tooltip_text

HIDDEN_ACTIVATIONS = [name for name, a in ACTIVATIONS.items() if not a.output_only]
# The names and tips below are English, marked for translation; the tree shows them
# translated (``_tr``) when it is built.
DATA_TIP = QT_TRANSLATE_NOOP("SettingsPanel", "The training (and test) data")
LABEL_CHOICES = {"0 / 1": "01", "−1 / +1": "pm1"}
RULE_TITLES = {"gradient": QT_TRANSLATE_NOOP("SettingsPanel", "gradient descent"),
               "perceptron": QT_TRANSLATE_NOOP("SettingsPanel", "perceptron rule")}
LOSS_TITLES = {"squared_error": QT_TRANSLATE_NOOP("SettingsPanel", "squared error"),
               "half_squared_error": QT_TRANSLATE_NOOP("SettingsPanel", "½ squared error"),
               "absolute_error": QT_TRANSLATE_NOOP("SettingsPanel", "absolute error"),
               "binary_cross_entropy": QT_TRANSLATE_NOOP("SettingsPanel", "cross-entropy (binary)"),
               "softmax_cross_entropy": QT_TRANSLATE_NOOP("SettingsPanel", "cross-entropy (softmax)")}
COST_TITLES = {MEAN: QT_TRANSLATE_NOOP("SettingsPanel", "mean: C = 1/n Σ ℓ"),
               SUM: QT_TRANSLATE_NOOP("SettingsPanel", "sum: L = Σ ℓ")}
BATCH_TITLES = {"full": QT_TRANSLATE_NOOP("SettingsPanel", "full"),
                "mini-batch": QT_TRANSLATE_NOOP("SettingsPanel", "mini-batch"),
                "stochastic": QT_TRANSLATE_NOOP("SettingsPanel", "stochastic")}
GIVEN = "given"  # the initialiser's value when the Config gives the starting θ
GIVEN_TITLE = QT_TRANSLATE_NOOP("SettingsPanel", "θ given by the lesson")
HYPER_TITLES = {"momentum": QT_TRANSLATE_NOOP("SettingsPanel", "momentum μ"),
                "rho": QT_TRANSLATE_NOOP("SettingsPanel", "decay ρ"), "beta1": "β₁", "beta2": "β₂",
                "eps": "ε"}
HYPER_TIPS = {
    "momentum": QT_TRANSLATE_NOOP("SettingsPanel",
                                  "μ: how much of the last step's velocity is kept (0 ≤ μ < 1)"),
    "rho": QT_TRANSLATE_NOOP("SettingsPanel", "ρ: decay of the running mean of g² (0 ≤ ρ < 1)"),
    "beta1": QT_TRANSLATE_NOOP("SettingsPanel", "β₁: decay of the running mean of g (0 ≤ β₁ < 1)"),
    "beta2": QT_TRANSLATE_NOOP("SettingsPanel", "β₂: decay of the running mean of g² (0 ≤ β₂ < 1)"),
    "eps": QT_TRANSLATE_NOOP("SettingsPanel", "ε: keeps the division by √(...) finite"),
}


def _tr(text: str) -> str:
    """``text`` (marked in the context "SettingsPanel") in the installed language."""
    return translate("SettingsPanel", text) if text else text


def _choices(values, titles: dict[str, str]) -> dict[str, str]:
    """A list parameter's choices: each of ``values`` under its translated title."""
    return {_tr(titles[value]) if value in titles else value: value for value in values}


def _layer_group(index: int, neurons: int, activation: str) -> dict:
    return _without_reset_buttons(dict(
        name=f"layer {index}", type="group",
        title=translate("SettingsPanel", "hidden layer {index}").format(index=index),
        children=[
            dict(name="neurons", type="int", title=translate("SettingsPanel", "neurons"),
                 value=neurons, limits=(1, MAX_NEURONS),
                 tip=translate("SettingsPanel", "N_{index}: the number of neurons in hidden layer "
                                                "{index}").format(index=index)),
            dict(name="activation", type="list", title=translate("SettingsPanel", "activation"),
                 limits=HIDDEN_ACTIVATIONS, value=activation,
                 tip=translate("SettingsPanel", "σ of layer {index}: a = σ(z)").format(index=index)),
            dict(name="remove", type="action",
                 title=translate("SettingsPanel", "remove layer {index}").format(index=index)),
        ],
    ))


def _without_reset_buttons(spec: dict) -> dict:
    """``spec`` (and its children) with no default value: pyqtgraph then draws no
    "reset to default" button, which would eat the values' width (the panel shows a
    Config; its defaults are the lesson's, not the tree's)."""
    children = [_without_reset_buttons(child) for child in spec.get("children", [])]
    if spec["type"] in ("group", "action"):
        return {**spec, "children": children} if children else spec
    return {**spec, "default": None}


def _short_name(name: str, most: int = 13) -> str:
    """A data file's name as the data set choice: at most ``most`` characters, the end
    elided (a 200 % panel at 1366x768 shows about that many); the tip holds the path."""
    return name if len(name) <= most else name[:most - 1] + "…"


def _tree_spec() -> list[dict]:
    return [_without_reset_buttons(group) for group in [
        dict(name="data", type="group", title=translate("SettingsPanel", "Data"), children=[
            dict(name="dataset", type="list", title=translate("SettingsPanel", "data set"), limits=list(DATASETS),
                 value=DATASETS[0], tip=_tr(DATA_TIP)),
            dict(name="n", type="int", title=translate("SettingsPanel", "samples n"), value=4, limits=(1, MAX_SAMPLES)),
            dict(name="noise", type="float", title=translate("SettingsPanel", "noise"), value=0.0, limits=(0.0, 10.0),
                 step=0.01, decimals=3,
                 tip=translate("SettingsPanel", "Standard deviation of the noise added to the points")),
            dict(name="test_ratio", type="float", title=translate("SettingsPanel", "test share"), value=0.0,
                 limits=(0.0, 0.9), step=0.05, decimals=2,
                 tip=translate("SettingsPanel", "Share of the samples held out as the test set")),
            dict(name="labels", type="list", title=translate("SettingsPanel", "labels"), limits=LABEL_CHOICES, value="01",
                 tip=translate("SettingsPanel", "Write the two classes as 0/1 or as −1/+1")),
            dict(name="seed", type="int", title=translate("SettingsPanel", "data seed"), value=0, limits=(0, MAX_SEED)),
            dict(name="regenerate", type="action", title=translate("SettingsPanel", "new random data"),
                 tip=translate("SettingsPanel", "Draw new points: the data seed goes up by one")),
            dict(name="open_data", type="action", title=translate("SettingsPanel", "open a data file…"),
                 tip=translate("SettingsPanel", "A CSV table, a digit CSV or IDX images (MNIST's train-images-idx3-ubyte)")),
        ]),
        dict(name="network", type="group", title=translate("SettingsPanel", "Network"), children=[
            dict(name="hidden", type="group", title=translate("SettingsPanel", "hidden layers"), children=[]),
            dict(name="add_layer", type="action", title=translate("SettingsPanel", "add a hidden layer")),
            dict(name="output_activation", type="list", title=translate("SettingsPanel", "output activation"),
                 limits=list(ACTIVATIONS), value="sigmoid", tip=translate("SettingsPanel", "σ of the output layer L")),
            dict(name="bias", type="bool", title=translate("SettingsPanel", "biases b"), value=True),
            dict(name="init", type="list", title=translate("SettingsPanel", "initialiser"), limits=list(INITIALISERS),
                 value="xavier", tip=translate("SettingsPanel", "How θ is drawn at the start (a lesson or a loaded "
                                         "model may give θ instead: choose one to draw a new θ)")),
            dict(name="init_range", type="float", title=translate("SettingsPanel", "range r"), value=0.5,
                 limits=(1e-3, 10.0), step=0.1, tip=translate("SettingsPanel", "uniform: w, b ~ U(−r, r)")),
            dict(name="seed", type="int", title=translate("SettingsPanel", "seed"), value=0, limits=(0, MAX_SEED),
                 tip=translate("SettingsPanel", "Seed of the initial θ and of the batch order")),
        ]),
        dict(name="training", type="group", title=translate("SettingsPanel", "Training"), children=[
            dict(name="rule", type="list", title=translate("SettingsPanel", "rule"),
                 limits=_choices(RULE_TITLES, RULE_TITLES), value="gradient"),
            dict(name="loss", type="list", title=translate("SettingsPanel", "loss ℓ"),
                 limits=_choices(LOSSES, LOSS_TITLES), value="binary_cross_entropy"),
            dict(name="cost", type="list", title=translate("SettingsPanel", "cost"),
                 limits=_choices(COST_TITLES, COST_TITLES), value=MEAN,
                 tip=translate("SettingsPanel", "What gradient descent minimises: the mean C = 1/n Σ ℓ or the sum "
                         "L = Σ ℓ over the samples (∂L/∂θ = n·∂C/∂θ); a change starts again")),
            dict(name="optimizer", type="list", title=translate("SettingsPanel", "optimizer"), limits=list(OPTIMIZERS),
                 value="sgd"),
            dict(name="learning_rate", type="float", title=translate("SettingsPanel", "learning rate η"), value=0.5,
                 limits=(1e-6, 100.0), step=0.1, dec=True, minStep=1e-6, decimals=4,
                 tip=translate("SettingsPanel", "η: applies at the next step, without a reset")),
            dict(name="hyper", type="group", title=translate("SettingsPanel", "hyper-parameters"), children=[]),
            dict(name="batch_mode", type="list", title=translate("SettingsPanel", "batch"),
                 limits=_choices(BATCH_MODES, BATCH_TITLES), value="full",
                 tip=translate("SettingsPanel", "full: all n samples per step; mini-batch: m; stochastic: 1")),
            dict(name="batch_size", type="int", title=translate("SettingsPanel", "batch size m"), value=16,
                 limits=(1, MAX_SAMPLES)),
            dict(name="shuffle", type="bool", title=translate("SettingsPanel", "shuffle each epoch"), value=True),
        ]),
    ]]


class SettingsPanel(QWidget):
    """The data, network and training settings; edits leave as ``config_edited(Config)``."""

    config_edited = Signal(object)  # Config
    open_data_requested = Signal()

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Parameter.create(name="settings", type="group", children=_tree_spec())
        self.tree = parameter_tree(show_header=False)
        self.tree.setParameters(self.root, showTop=False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._config = config
        self._updating = False
        self._edited: set[str] = set()  # names edited since the last read of the tree
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(0)
        self._read_timer.timeout.connect(self._read_edits)
        self.root.sigTreeStateChanged.connect(self._on_tree_changed)
        self.param("data", "regenerate").sigActivated.connect(self._regenerate)
        self.param("data", "open_data").sigActivated.connect(self.open_data_requested)
        self.param("network", "add_layer").sigActivated.connect(self._add_layer)
        self.set_config(config)

    def sizeHint(self) -> QSize:  # Qt override: the width that shows every name and value whole
        tree = self.tree
        width = (tree.sizeHintForColumn(0) + tree.sizeHintForColumn(1) + 2 * tree.frameWidth()
                 + tree.verticalScrollBar().sizeHint().width())
        return QSize(width, super().sizeHint().height())

    def param(self, *path: str) -> Parameter:
        """The tree's parameter at ``path``, e.g. ``param("training", "learning_rate")``."""
        return self.root.child(*path)

    @property
    def config(self) -> Config:
        """The Config the panel shows."""
        return self._config

    # -- from a Config to the tree ------------------------------------------------------------
    def set_config(self, config: Config) -> None:
        """Show ``config`` (emits nothing)."""
        self._updating = True
        try:
            self._config = config
            self._show_data(config.data)
            self._show_network(config.network)
            self._show_training(config.training)
        finally:
            self._updating = False

    def _show_data(self, spec: DataSpec) -> None:
        choices = {name: name for name in DATASETS}
        tip = _tr(DATA_TIP)
        if spec.name == CSV and spec.path:
            choices[_short_name(Path(spec.path).name)] = CSV
            tip = (translate("SettingsPanel", "The data file {path} with the labels {labels}")
                   .format(path=spec.path, labels=spec.labels_path) if spec.labels_path
                   else translate("SettingsPanel", "The data file {path}").format(path=spec.path))
        elif spec.name == INLINE:
            choices[translate("SettingsPanel", "the lesson's points")] = INLINE
        dataset = self.param("data", "dataset")
        dataset.setOpts(tip=tooltip_text(tip))
        if dataset.opts.get("limits") != choices:
            dataset.setLimits(choices)
        dataset.setValue(spec.name)
        generated = spec.name not in (CSV, INLINE)
        if generated:
            spec = resolve_data(spec)
            info = dataset_info(spec.name)
            self.param("data", "n").setLimits((info.min_n, MAX_SAMPLES))
            self.param("data", "n").setValue(spec.n)
            noise_max = info.noise_max if info.noise_max is not None else 10.0
            self.param("data", "noise").setLimits((0.0, noise_max))
            self.param("data", "noise").setValue(spec.noise)
        self.param("data", "test_ratio").setValue(spec.test_ratio or 0.0)
        has_labels = generated and "labels" in dataset_info(spec.name).option_defaults
        if has_labels:
            self.param("data", "labels").setValue(spec.labels or "01")
        self.param("data", "seed").setValue(spec.seed)
        for name, visible in (("n", generated), ("noise", generated), ("labels", has_labels),
                              ("regenerate", generated), ("test_ratio", spec.name != INLINE)):
            self.param("data", name).show(visible)

    def _show_network(self, spec: NetworkSpec) -> None:
        hidden = self.param("network", "hidden")
        layers = list(zip(spec.hidden, spec.activations))
        if len(hidden.children()) != len(layers):
            hidden.clearChildren()
            for i, (n, act) in enumerate(layers, start=1):
                layer = hidden.addChild(_layer_group(i, n, act))
                layer.child("remove").sigActivated.connect(self._remove_layer)
        else:
            for layer, (n, act) in zip(hidden.children(), layers):
                layer.child("neurons").setValue(n)
                layer.child("activation").setValue(act)
        self.param("network", "add_layer").setOpts(enabled=len(layers) < MAX_HIDDEN_LAYERS)
        self.param("network", "output_activation").setValue(spec.output_activation)
        self.param("network", "bias").setValue(spec.bias)
        init = self.param("network", "init")
        given = spec.params is not None
        choices = {_tr(GIVEN_TITLE): GIVEN, **{name: name for name in INITIALISERS}} if given \
            else list(INITIALISERS)
        if init.opts.get("limits") != choices:
            init.setLimits(choices)
        init.setValue(GIVEN if given else spec.init)
        self.param("network", "init_range").setValue(spec.init_range)
        self.param("network", "init_range").show(spec.init == "uniform" and not given)
        self.param("network", "seed").setValue(spec.seed)
        self.param("training", "loss").setValue(spec.loss)

    def _show_training(self, spec: TrainingSpec) -> None:
        self.param("training", "rule").setValue(spec.rule)
        self.param("training", "cost").setValue(spec.cost)
        self.param("training", "optimizer").setValue(spec.optimizer)
        self.param("training", "learning_rate").setValue(spec.learning_rate)
        self._show_hyperparameters(spec)
        self.param("training", "batch_mode").setValue(spec.batch_mode)
        self.param("training", "batch_size").setValue(spec.batch_size)
        self.param("training", "batch_size").show(spec.batch_mode == "mini-batch")
        self.param("training", "shuffle").setValue(spec.shuffle)
        gradient = spec.rule == "gradient"
        for name in ("optimizer", "batch_mode", "loss", "cost"):
            self.param("training", name).show(gradient)
        self.param("training", "hyper").show(gradient and bool(self.param("training", "hyper").children()))
        self.param("training", "batch_size").show(gradient and spec.batch_mode == "mini-batch")

    def _show_hyperparameters(self, spec: TrainingSpec) -> None:
        defaults = make_optimizer(spec.optimizer).hyperparameters()
        defaults.pop("lr", None)
        values = {**defaults, **{k: v for k, v in spec.hyperparameters if k in defaults}}
        group = self.param("training", "hyper")
        if [c.name() for c in group.children()] != list(values):
            group.clearChildren()
            for name, value in values.items():
                fraction = name != "eps"
                group.addChild(_without_reset_buttons(dict(
                    name=name, type="float", title=_tr(HYPER_TITLES.get(name, name)), value=value,
                    limits=(0.0, 0.9999) if fraction else (1e-12, 1.0),
                    step=0.01 if fraction else 10.0, dec=not fraction, decimals=4 if fraction else 3,
                    tip=_tr(HYPER_TIPS.get(name, "")),
                )))
        else:
            for name, value in values.items():
                group.child(name).setValue(value)
        group.show(bool(values))

    # -- from the tree to a Config ------------------------------------------------------------
    def read_config(self) -> Config:
        """The Config the tree's widgets describe now."""
        data = self._read_data()
        network = self._read_network()
        training = self._read_training()
        return Config(data=data, network=network, training=training)

    def _read_data(self) -> DataSpec:
        v = lambda name: self.param("data", name).value()  # noqa: E731
        name = v("dataset")
        old = self._config.data
        if name == CSV:
            return replace(old, name=CSV, test_ratio=float(v("test_ratio")), seed=int(v("seed")))
        if name == INLINE:
            return old
        labels = v("labels") if "labels" in dataset_info(name).option_defaults else None
        return DataSpec(name=name, n=int(v("n")), noise=float(v("noise")),
                        test_ratio=float(v("test_ratio")), seed=int(v("seed")), labels=labels)

    def _read_network(self) -> NetworkSpec:
        v = lambda name: self.param("network", name).value()  # noqa: E731
        layers = self.param("network", "hidden").children()
        old = self._config.network
        given = v("init") == GIVEN
        spec = NetworkSpec(
            hidden=tuple(int(layer.child("neurons").value()) for layer in layers),
            activations=tuple(layer.child("activation").value() for layer in layers),
            output_activation=v("output_activation"),
            loss=self.param("training", "loss").value(),
            bias=bool(v("bias")),
            init=old.init if given else v("init"),
            init_range=float(v("init_range")),
            seed=int(v("seed")),
            params=old.params if given else None,  # an initialiser chosen: a new θ
        )
        if replace(spec, params=None) != replace(old, params=None):
            spec = replace(spec, params=None)  # a new shape: the old starting θ does not apply
        return spec

    def _read_training(self) -> TrainingSpec:
        v = lambda name: self.param("training", name).value()  # noqa: E731
        return TrainingSpec(
            optimizer=v("optimizer"),
            learning_rate=float(v("learning_rate")),
            hyperparameters={c.name(): float(c.value()) for c in self.param("training", "hyper").children()},
            batch_mode=v("batch_mode"),
            batch_size=int(v("batch_size")),
            shuffle=bool(v("shuffle")),
            rule=v("rule"),
            cost=v("cost") if v("rule") == "gradient" else MEAN,  # the perceptron minimises no cost
        )

    # -- edits -------------------------------------------------------------------------------
    def _on_tree_changed(self, _root: Parameter, changes: list) -> None:
        """Note what changed; the tree is read once the widget's own signal has returned
        (changing the tree from inside it would pull a widget away under its own feet)."""
        if self._updating:
            return
        edited = {param.name() for param, change, _ in changes if change == "value"}
        if edited:
            self._edited |= edited
            self._read_timer.start()

    def _read_edits(self) -> None:
        edited, self._edited = self._edited, set()
        new = self.read_config()
        if "dataset" in edited and new.data.name not in (CSV, INLINE):
            new = replace(new, data=resolve_data(DataSpec(name=new.data.name, seed=new.data.seed)))
        if "optimizer" in edited:  # its own defaults, and its usual η
            defaults = make_optimizer(new.training.optimizer).hyperparameters()
            lr = defaults.pop("lr")
            new = new.with_training(hyperparameters=defaults, learning_rate=lr)
        self._emit(new)

    def _regenerate(self) -> None:
        self._emit(self._config.with_data(seed=self._config.data.seed + 1))

    def _add_layer(self) -> None:
        net = self.read_config().network
        if len(net.hidden) >= MAX_HIDDEN_LAYERS:
            return
        neurons = net.hidden[-1] if net.hidden else 4
        activation = net.activations[-1] if net.activations else "tanh"
        self._emit(self._with_layers(net.hidden + (neurons,), net.activations + (activation,)))

    def _remove_layer(self, param: Parameter) -> None:
        index = self.param("network", "hidden").children().index(param.parent())
        net = self.read_config().network
        hidden = net.hidden[:index] + net.hidden[index + 1:]
        acts = net.activations[:index] + net.activations[index + 1:]
        self._emit(self._with_layers(hidden, acts))

    def _with_layers(self, hidden: tuple[int, ...], activations: tuple[str, ...]) -> Config:
        config = self.read_config()
        return config.with_network(hidden=hidden, activations=activations, params=None)

    def _emit(self, config: Config) -> None:
        """Show ``config`` at once (the window puts back the old one if it refuses it)."""
        if config != self._config:
            self.set_config(config)
            self.config_edited.emit(config)
