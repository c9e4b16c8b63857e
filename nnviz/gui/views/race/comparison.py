"""Racing training settings on the current problem, Qt-free: learning rates or batch sizes.

Each racer trains a copy of the network from the same start θ₀ on the current data with the
current configuration, changed in one setting: the learning rate η (``"learning_rate"``) or
the batch (``"batch"``: ``"full"``, ``"stochastic"`` or a mini-batch size m), with the same
shuffling seed. After every step t its cost over the whole training set, C(θ_t) (or L = Σ ℓ
under the "sum" convention), is recorded: the loss curves compare like with like, whatever
the batch. A one-parameter network also records its path w_0, w_1, ... for the 1-D plot
C(w); a two-parameter network its path θ_0, θ_1, ... over the map of C(θ₁, θ₂) (the whole
cost: no other parameter is held fixed).

A racer *diverges* when a step fails (the trainer stops: a cost or parameter became
infinite or NaN), or when C grows past EXPLODING_FACTOR (core/loss_guard.py, 10⁴) times
max(C(θ₀), 1): its race ends there, labelled, and never runs away with the plot or the machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.core import notation
from nnviz.core.config import Config, build_network, build_trainer, validate
from nnviz.core.data import Dataset
from nnviz.core.errors import Cancelled, InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.landscape import parameter_curve, parameter_slice, surface
from nnviz.core.loss_guard import EXPLODING_FACTOR
from nnviz.core.network import Network
from nnviz.core.optimizers import OPTIMIZERS
from nnviz.core.training import training_targets

Array = np.ndarray

OPTIMIZER, LEARNING_RATE, BATCH = "optimizer", "learning_rate", "batch"
COMPARISONS = (OPTIMIZER, LEARNING_RATE, BATCH)
# whole phrases per comparison (word order differs by language), translated where shown
COMPARISON_ITEMS = {OPTIMIZER: QT_TRANSLATE_NOOP("RaceView", "race optimizers"),
                    LEARNING_RATE: QT_TRANSLATE_NOOP("RaceView", "race learning rates"),
                    BATCH: QT_TRANSLATE_NOOP("RaceView", "race batch sizes")}
RACING_TITLES = {OPTIMIZER: QT_TRANSLATE_NOOP("RaceView", "Racing optimizers"),
                 LEARNING_RATE: QT_TRANSLATE_NOOP("RaceView", "Racing learning rates"),
                 BATCH: QT_TRANSLATE_NOOP("RaceView", "Racing batch sizes")}
COMPARISON_OPENINGS = {OPTIMIZER: QT_TRANSLATE_NOOP("RaceView", "Optimizers"),
                       LEARNING_RATE: QT_TRANSLATE_NOOP("RaceView", "Learning rates"),
                       BATCH: QT_TRANSLATE_NOOP("RaceView", "Batch sizes")}
# The values a comparison starts with, until a lesson or the lecturer chooses others: the
# learning-rates lecture's four, and the mini-batch lecture's three kinds of batch.
DEFAULT_VALUES = {LEARNING_RATE: (0.01, 0.1, 0.25, 0.3), BATCH: ("full", 10, "stochastic")}
DEFAULT_STEPS = {LEARNING_RATE: 20, BATCH: 100}
CURVE_POINTS = 241
PLANE_POINTS = 81
MAX_RACERS = 8


@dataclass(frozen=True, eq=False)
class Racer:
    """One racer: ``losses[t]`` = C(θ_t) for t = 0..k, ``path[t]`` = θ_t (shape (k+1,) for
    a one-parameter network, (k+1, 2) for two, else None); ``diverged`` with the step at
    which it did (k + 1)."""

    label: str
    value: object
    losses: Array
    path: Array | None
    diverged: bool
    message: str = ""
    epochs: Array | None = None  # passes over the training set after each step (t = 0..k)

    @property
    def steps(self) -> int:
        return len(self.losses) - 1

    @property
    def diverged_at(self) -> int | None:
        return len(self.losses) if self.diverged else None


@dataclass(frozen=True, eq=False)
class ComparisonResult:
    """A computed comparison: every racer, the start θ₀, and for a one-parameter network the
    curve C(w) (``curve_w``, ``curve_c``), for a two-parameter one the grid of C
    (``plane_u``, ``plane_v``, ``plane_c`` rows along v; ``heatmap`` once prepared for
    drawing), and the parameters' names."""

    key: tuple
    compare: str
    racers: tuple[Racer, ...]
    theta0: Array
    cost_label: str
    curve_w: Array | None = None
    curve_c: Array | None = None
    parameter: str = "w"
    plane_u: Array | None = None
    plane_v: Array | None = None
    plane_c: Array | None = None
    parameters: tuple[str, ...] = ()
    heatmap: object = None

    @property
    def last_step(self) -> int:
        return max((r.steps for r in self.racers), default=0)


def check_values(compare: str, values) -> tuple:
    """The values of a comparison, validated: positive finite numbers for learning rates,
    "full", "stochastic" or sizes m ≥ 1 for batches, optimizer names for optimizers."""
    if compare not in COMPARISONS:
        raise InputError(translate("RaceView", "unknown race {compare!r} (known: {known})").format(
            compare=compare, known=", ".join(COMPARISONS)))
    values = tuple(values)
    if compare == OPTIMIZER:
        for name in values:
            if name not in OPTIMIZERS:
                raise InputError(translate("RaceView", "race: unknown optimizer {name!r} (known: {known})").format(
                    name=name, known=", ".join(OPTIMIZERS)))
        return values
    if not values:
        raise InputError(translate("RaceView", "race: give at least one learning rate") if compare == LEARNING_RATE
                         else translate("RaceView", "race: give at least one batch"))
    if len(values) > MAX_RACERS:
        raise InputError(translate("RaceView", "race: at most {most} values, not {count}").format(
            most=MAX_RACERS, count=len(values)))
    checked = []
    for v in values:
        if compare == LEARNING_RATE:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v <= 0:
                raise InputError(translate("RaceView", "race: a learning rate must be a positive number, not {value!r}")
                                 .format(value=v))
            checked.append(float(v))
        elif v in ("full", "stochastic"):
            checked.append(v)
        elif isinstance(v, (int, np.integer)) and not isinstance(v, bool) and v >= 1:
            checked.append(int(v))
        else:
            raise InputError(translate("RaceView", "race: a batch is \"full\", \"stochastic\" or a size m ≥ 1, not {value!r}")
                             .format(value=v))
    if len(set(checked)) != len(checked):
        raise InputError(translate("RaceView", "race: each value once"))
    return tuple(checked)


def parse_values(compare: str, text: str) -> tuple:
    """Values typed as text, comma-separated: "0.01, 0.1, 0.25" or "full, 10, stochastic"."""
    values = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if compare == OPTIMIZER or part in ("full", "stochastic"):
            values.append(part)
            continue
        try:
            number = float(part)
        except ValueError:
            raise InputError(translate("RaceView", "race: {part!r} is not a number").format(part=part)) from None
        values.append(int(number) if compare == BATCH and number.is_integer() else number)
    return check_values(compare, values)


def value_text(value) -> str:
    """A value as the values box writes it."""
    return notation.number(value) if isinstance(value, float) else str(value)


def racer_label(compare: str, value) -> str:
    """"η = 0.1", "full batch", "batch 10", "one sample (SGD)"."""
    if compare == LEARNING_RATE:
        return f"η = {notation.number(value)}"
    if value == "full":
        return translate("RaceView", "full batch")
    if value == "stochastic":
        return translate("RaceView", "one sample (SGD)")
    return translate("RaceView", "batch {size}").format(size=value)


def racer_config(config: Config, compare: str, value) -> Config:
    """``config`` with the raced setting changed."""
    if compare == LEARNING_RATE:
        return config.with_training(learning_rate=float(value))
    if value in ("full", "stochastic"):
        return config.with_training(batch_mode=value)
    return config.with_training(batch_mode="mini-batch", batch_size=int(value))


OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov",
                   "adagrad": "AdaGrad", "rmsprop": "RMSProp", "adam": "Adam"}


def comparison_words(compare: str, config: Config, result: "ComparisonResult | None") -> str:
    """The status line of a comparison: what races, what stays fixed, what is drawn."""
    t = config.training
    optimizer = OPTIMIZER_NAMES.get(t.optimizer, t.optimizer)
    if compare == LEARNING_RATE:
        if t.batch_mode == "full":
            batch = translate("RaceView", "full batch")
        elif t.batch_mode == "stochastic":
            batch = translate("RaceView", "one sample per step")
        else:
            batch = translate("RaceView", "batches of {size}").format(size=t.batch_size)
        fixed = f"{optimizer}, {batch}"
    else:
        fixed = translate("RaceView", "{optimizer}, η = {rate}; a step sees m samples").format(
            optimizer=optimizer, rate=notation.number(t.learning_rate))
    where = (translate("RaceView", "; C(w) with each path")
             if result is not None and result.curve_w is not None
             else translate("RaceView", "; the paths on the map of C")
             if result is not None and result.heatmap is not None
             else "")
    cost = result.cost_label if result is not None else "C"
    return translate("RaceView", "{what} ({fixed}) from one start θ₀: {cost} over all training samples "
                     "after each step{where}").format(what=translate("RaceView", COMPARISON_OPENINGS[compare]),
                                                      fixed=fixed, cost=cost, where=where)


def start_theta(config: Config, dataset: Dataset) -> Array:
    """θ₀ of the configuration: its ``network.params``, else drawn from its seed."""
    return np.array(build_network(config, dataset).params)


def race_one(config: Config, dataset: Dataset, theta0: Array, steps: int,
             check=lambda: None) -> tuple[Array, Array | None, bool, str, Array]:
    """(losses C(θ_0..θ_k), the path of θ for one or two parameters, diverged, message,
    epochs: the passes over the training set after each step)."""
    arch = validate(config, dataset)
    net = Network(arch, np.array(theta0, dtype=float))
    trainer = build_trainer(config, dataset, net)
    x, y = training_targets(arch, dataset)
    cost = config.training.cost
    few = arch.n_parameters <= 2
    losses = [net.cost(x, y, cost=cost)]
    path = [np.array(net.params)] if few else None
    epochs = [0.0]
    limit = EXPLODING_FACTOR * max(abs(losses[0]), 1.0)
    diverged, message = False, ""
    with np.errstate(all="ignore"):
        for t in range(1, steps + 1):
            if t % 16 == 0:
                check()
            if not trainer.step():
                diverged, message = trainer.stopped == "diverged", trainer.message
                break
            loss = net.cost(x, y, cost=cost)
            if not math.isfinite(loss) or loss > limit:
                diverged = True
                message = translate("RaceView", "diverged at step {step}: C grew past {limit}").format(
                    step=t, limit=notation.number(limit))
                break
            losses.append(loss)
            epochs.append(trainer.epoch)
            if few:
                path.append(np.array(net.params))
    if path is not None:
        path = np.array(path)
        path = path[:, 0] if arch.n_parameters == 1 else path
    return np.array(losses), path, diverged, message, np.array(epochs)


def comparison_race(config: Config, dataset: Dataset, theta0: Array, compare: str, values: tuple,
                    steps: int, key: tuple = (), progress=None) -> ComparisonResult:
    """Every racer from θ₀, ``steps`` steps each (a task for gui/jobs.JobRunner)."""
    if config.training.rule != "gradient":
        raise InputError(translate("RaceView", "the race compares gradient-descent settings; this problem "
                                   "trains with the perceptron rule"))
    values = check_values(compare, values)
    arch = validate(config, dataset)
    theta0 = np.array(theta0, dtype=float)
    if theta0.shape != (arch.n_parameters,):
        raise InputError(translate("RaceView", "the start has {start} parameters, the network {network}").format(
            start=theta0.size, network=arch.n_parameters))
    total = len(values) * steps
    racers = []
    for i, value in enumerate(values):
        def check(i=i):
            if progress is not None and progress(i * steps, total) is False:
                raise Cancelled()
        check()
        losses, path, diverged, message, epochs = race_one(racer_config(config, compare, value),
                                                           dataset, theta0, steps, check)
        racers.append(Racer(racer_label(compare, value), value, losses, path, diverged, message, epochs))
    cost_label = "L" if config.training.cost == "sum" else "C"
    names = tuple(notation.parameter_symbol(arch.parameter_name(k)) for k in range(min(arch.n_parameters, 2)))
    if arch.n_parameters == 1:
        w, c = one_parameter_curve(config, dataset, theta0, racers)
        return ComparisonResult(key, compare, tuple(racers), theta0, cost_label, w, c, names[0],
                                parameters=names)
    if arch.n_parameters == 2:
        u, v, c = two_parameter_plane(config, dataset, theta0, racers)
        return ComparisonResult(key, compare, tuple(racers), theta0, cost_label, plane_u=u, plane_v=v,
                                plane_c=c, parameters=names)
    return ComparisonResult(key, compare, tuple(racers), theta0, cost_label)


def one_parameter_curve(config: Config, dataset: Dataset, theta0: Array,
                        racers: list[Racer]) -> tuple[Array, Array]:
    """C(w) over the w the racers visit, with a margin (a diverged racer's first two steps
    only: it is seen leaving, and does not squash the curve)."""
    arch = validate(config, dataset)
    visited = _visited(theta0, racers)[:, 0]
    low, high = float(visited.min()), float(visited.max())
    half = max(0.5 * (high - low), 1.0)
    centre = 0.5 * (low + high)
    w = np.linspace(centre - 1.3 * half, centre + 1.3 * half, CURVE_POINTS)
    x, y = training_targets(arch, dataset)
    c = parameter_curve(arch, theta0, 0, w, x, y, cost=config.training.cost)
    return w, c


def _visited(theta0: Array, racers: list[Racer]) -> Array:
    """θ₀ and every point the racers visit (a diverged racer's first two steps only: it is
    seen leaving, and does not stretch the plot)."""
    kept = [r.path if not r.diverged else r.path[:3] for r in racers if r.path is not None]
    return np.concatenate([np.atleast_2d(theta0).reshape(1, -1),
                           *[np.asarray(p).reshape(len(p), -1) for p in kept]])


def two_parameter_plane(config: Config, dataset: Dataset, theta0: Array,
                        racers: list[Racer]) -> tuple[Array, Array, Array]:
    """C over a square grid around the points the racers visit, with a margin."""
    arch = validate(config, dataset)
    points = _visited(theta0, racers)
    low, high = points.min(axis=0), points.max(axis=0)
    centre = 0.5 * (low + high)
    half = max(0.5 * float(np.max(high - low)), 1.0) * 1.3
    u = np.linspace(centre[0] - half, centre[0] + half, PLANE_POINTS)
    v = np.linspace(centre[1] - half, centre[1] + half, PLANE_POINTS)
    x, y = training_targets(arch, dataset)
    slc = parameter_slice(arch, theta0, 0, 1)
    return u, v, surface(arch, slc, u, v, x, y, cost=config.training.cost)


__all__ = ["BATCH", "COMPARISONS", "ComparisonResult", "LEARNING_RATE", "OPTIMIZER", "Racer",
           "check_values", "comparison_race", "parse_values", "racer_label"]
