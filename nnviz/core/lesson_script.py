"""Lesson scripts: the ordered ``[[step]]`` tables of a lesson file, and their headless replay.

A step changes the configuration (any key of the lesson's ``data``, ``network`` and
``training`` tables), may reset, sets θ (``network.params``), trains N steps or until a
condition, and says what the window shows: a selection, views, the step-through, the speed
and whether training plays on. The vocabulary (see the README, "Lesson scripts")::

    [[step]]
    title = "Threshold 3"                 # required
    title_th = "เกณฑ์ 3"                    # translations: title_th / _vi / _pt_BR, text_th, ...
    text = "Lower the threshold ..."      # narration (plain text)
    network = { params = [-3.0, 2.0, 2.0] }
    reset = true                          # redraw θ from the config's seed, step count 0
    train = 100                           # or { until = "accuracy" | "loss" | "converged",
                                          #      value = ..., max_steps = ... }
    select = { sample = 1, neuron = [1, 2], parameter = 3 }   # 1-based
    show = ["graph", "boundary"]
    walk = { sample = 1, phase = "backward" }   # or step = 3; walk = false closes it
    speed = 5                             # or "max"
    play = true

The state after step K (:func:`replay`) is what a lecturer reaches by clicking forward from
the lesson's start: steps 1..K applied in order, each on one running trainer (the optimizer's
state and the shuffling order carry over from step to step until a reset). Everything is
seeded, so a replay is exactly repeatable: going back or jumping to step K gives the same
θ, configuration and data as clicking forward to it. Every step is checked when the file is
read (:func:`parse_steps`, a dry run over the configurations), so a bad step is reported with
the file, the step number, the table and the key before anything is applied.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from nnviz.core.config import (Config, batch_size, build_dataset,
                               build_optimizer, build_trainer, needs_reset, suit_output, validate)
from nnviz.core.cost_record import power_of_two, record_stride
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import language, translate
from nnviz.core.training import class_zero_target, encoded_targets

MAX_GRAPH_STEP = 10_000  # a computational graph's steps are at most this many
LANGUAGES = ("th", "vi", "pt_BR")  # the languages a lesson's texts may be translated into
STEP_TEXTS = ("title", "text")  # a step's text fields, translated as text_th, ... (lessons.py)
STEP_KEYS = {"title", "text", "data", "network", "training", "reset", "train", "select", "show",
             "walk", "graph_step", "speed", "play"}
TABLES = ("data", "network", "training")
CONDITIONS = ("accuracy", "loss", "converged")
PHASES = ("forward", "loss", "backward", "update")
MAX_TRAIN_STEPS = 1_000_000
REPLAY_POINTS = 32  # a replayed train goal records C at least this many times
CONVERGED_CHANGE = 1e-9  # gradient descent has converged when |ΔC| between two steps is below
_SOURCES = ("dataset", "file", "x")  # the keys that say where the data come from
_SOURCE_KEYS = ("dataset", "file", "labels_file", "x", "y", "kind")


@dataclass(frozen=True)
class TrainGoal:
    """How long a step trains: ``until`` "steps" (``max_steps`` of them), or until
    accuracy >= value, train loss <= value or convergence, at most ``max_steps`` steps."""

    until: str  # "steps" | "accuracy" | "loss" | "converged"
    value: float | None
    max_steps: int


@dataclass(frozen=True)
class Selection:
    """What is selected (0-based; the lesson file writes them 1-based)."""

    sample: int | None = None  # a training sample's row
    neuron: tuple[int, int] | None = None  # (layer l in 1..L, 0-based j)
    parameter: int | None = None  # an index into θ


@dataclass(frozen=True)
class WalkAt:
    """The step-through on training sample ``sample`` (0-based), at the first step of
    ``phase`` or at step number ``step`` (1-based, overall); neither: its first step."""

    sample: int
    phase: str | None = None
    step: int | None = None


@dataclass(frozen=True)
class LessonStep:
    """One ``[[step]]`` of a lesson, validated. ``changes`` holds the step's own data /
    network / training tables as written; ``config`` is the configuration after the step
    (the lesson's, merged with every change up to and including this step)."""

    number: int  # 1-based
    title: str
    text: str = ""
    changes: dict = field(default_factory=dict)
    reset: bool = False
    train: TrainGoal | None = None
    select: Selection | None = None
    show: tuple[str, ...] = ()
    walk: WalkAt | None | bool = None  # False: close the step-through
    graph_step: int | None = None  # the computational graph's step shown (1-based)
    speed: float | None = None
    play: bool | None = None
    config: Config | None = field(default=None, compare=False, repr=False)
    # its text fields as written, English and translations (("title", ...), ("title_th", ...));
    # title and text above are the ones for the language shown
    texts: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True, eq=False)
class ScriptState:
    """The state after step ``number`` of a lesson (0: the lesson's start)."""

    number: int
    config: Config
    dataset: Dataset
    theta: np.ndarray  # a read-only copy of the network's parameters
    trained_steps: int  # training steps since the last reset
    # (step, train loss C) after the trained steps, every core.cost_record.record_stride-th
    # (every step for the lecture-sized lessons)
    losses: tuple[tuple[int, float], ...]
    selection: Selection
    show: tuple[str, ...]
    walk: WalkAt | None
    speed: float
    play: bool
    title: str  # the step's title ("" at 0: the lesson's title is shown)
    text: str  # the step's narration (the lesson's description at 0)
    goal_met: bool | None  # None when the step trains no condition
    stopped: str | None = None  # the trainer's stop reason ("diverged", "converged"), if any
    message: str = ""  # the trainer's message about it
    graph_step: int | None = None  # the computational graph's step (1-based) the step shows
    lesson: Any = field(default=None, repr=False)  # the Lesson replayed
    _run: Any = field(default=None, repr=False)  # the trainer run that made it (private)


def one_of(choices) -> str:
    """'"a" or "b" or "c"': the allowed values of a key, for a message."""
    return translate("Lessons", " or ").join(choices)


def shown(texts: tuple[tuple[str, str], ...], name: str, english: str) -> str:
    """The text field ``name`` in the installed language: its translation when ``texts`` (a
    lesson's or a step's, as written) has a non-empty one, else ``english``."""
    translated = dict(texts).get(f"{name}_{language()}")
    return translated if translated else english


# -- reading ------------------------------------------------------------------------------------
def parse_steps(value: Any, reader: Any, raw: dict[str, dict], config: Config,
                base: Path | None, known: dict[str, set[str]],
                views: tuple[str, ...]) -> tuple[LessonStep, ...]:
    """The ``[[step]]`` tables of a lesson, checked: keys, types, and a dry run of the
    configurations (each step's merged Config must fit its data) with the selections
    and step-through samples in range. ``raw`` holds the lesson's own data / network /
    training tables, ``config`` the lesson's Config, ``known`` the keys each of those tables
    accepts, ``views`` the view names ``show`` accepts. ``reader`` is the lesson file's
    reader (lessons.py), whose errors name the file."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        raise reader.fail(translate("Lessons", "top level"),
                          translate("Lessons", "'step' must be a list of [[step]] tables"))
    steps = []
    datasets: dict[Any, Dataset] = {}
    current = {name: dict(raw.get(name, {})) for name in TABLES}
    dataset = _dataset(config, datasets, reader, "[data]")
    try:  # the lesson's own start, which the first step goes on from
        validate(config, dataset)
    except InputError as e:
        raise reader.fail(translate("Lessons", "the lesson's configuration"), str(e)) from None
    selection = Selection()
    for number, table in enumerate(value, start=1):
        step, current, config, dataset, selection = _parse_step(
            number, table, reader, current, config, dataset, datasets, base, selection, known,
            views)
        steps.append(step)
    return tuple(steps)


def _parse_step(number: int, t: dict, reader: Any, current: dict, config: Config,
                dataset: Dataset, datasets: dict, base: Path | None, selection: Selection,
                known: dict[str, set[str]], views: tuple[str, ...]):
    here = translate("Lessons", "step {number}").format(number=number)
    reader.keys(t, STEP_KEYS, here, STEP_TEXTS)
    texts = reader.texts(t, STEP_TEXTS, here)
    title = shown(texts, "title", reader.get(t, "title", str, here, required=True))
    text = shown(texts, "text", reader.get(t, "text", str, here, default=""))
    changes: dict[str, dict] = {}
    for name in TABLES:
        if name in t:
            table = t[name]
            if not isinstance(table, dict):
                raise reader.fail(f"{here}: {name}", translate("Lessons", "must be a table"))
            reader.keys(table, known[name], f"{here}: {name}")
            changes[name] = dict(table)
    reset = reader.get(t, "reset", bool, here, default=False)
    # the new configuration, checked against its data
    merged = _merge(current, changes)
    new = Config(
        data=reader.data_spec(merged["data"], base, f"{here}: data"),
        network=reader.network_spec(merged["network"], f"{here}: network"),
        training=reader.training_spec(merged["training"], f"{here}: training"),
    )
    configuration = translate("Lessons", "configuration")  # (not inside an f-string: lupdate)
    where = f"{here}: {'/'.join(changes) or configuration}"
    new_dataset = _dataset(new, datasets, reader, f"{here}: data")
    net_changes = changes.get("network", {})
    if "data" in changes and new.data != config.data and not (
            {"output_activation", "loss"} & set(net_changes)):
        suited = suit_output(new.network, new_dataset, dataset)
        if suited != new.network:
            merged["network"].update(output_activation=suited.output_activation, loss=suited.loss)
            merged["network"].pop("params", None)
            new = replace(new, network=suited)
    if new.network.params is not None and "params" not in net_changes:
        try:  # θ of another shape than the new network's: drawn from the seed instead
            arch = validate(replace(new, network=replace(new.network, params=None)), new_dataset)
        except InputError:
            arch = None
        if arch is not None and arch.n_parameters != len(new.network.params):
            merged["network"].pop("params", None)
            new = replace(new, network=replace(new.network, params=None))
    try:
        arch = validate(new, new_dataset)
    except InputError as e:
        key = "params: " if "params" in net_changes and "parameters" in str(e) else ""
        raise reader.fail(f"{here}: network" if key else where, f"{key}{e}") from None
    resets = reset or needs_reset(config, new) or "params" in net_changes
    if resets:
        selection = _fitting(selection, new_dataset, arch)
    train = _train_goal(t.get("train"), reader, here, new_dataset, new)
    select = _selection(t["select"], reader, here, new_dataset, arch) if "select" in t else None
    if select is not None:
        selection = select
    show = _views(t.get("show", []), reader, here, views)
    walk = _walk(t["walk"], reader, here, new_dataset) if "walk" in t else None
    graph_step = reader.get(t, "graph_step", int, here)
    if graph_step is not None and not 1 <= graph_step <= MAX_GRAPH_STEP:
        raise reader.fail(here, translate("Lessons", "'graph_step' must be a step of the "
                                                     "computational graph, from 1, not {value}")
                          .format(value=graph_step))
    speed = None if "speed" not in t else reader.speed(t["speed"], here)
    play = reader.get(t, "play", bool, here)
    step = LessonStep(number=number, title=title, text=text, changes=changes, reset=reset,
                      train=train, select=select, show=show, walk=walk, graph_step=graph_step,
                      speed=speed, play=play, config=new, texts=texts)
    return step, merged, new, new_dataset, selection


def _merge(current: dict[str, dict], changes: dict[str, dict]) -> dict[str, dict]:
    """The lesson's tables with a step's changes: its keys replace the current ones; a new
    data source (dataset, file or inline x) replaces the old one; a new optimizer starts
    from its own hyper-parameters; hyper-parameters are merged key by key."""
    merged = {name: dict(current[name]) for name in TABLES}
    for name, table in changes.items():
        target = merged[name]
        if name == "data" and any(k in table for k in _SOURCES):
            for key in _SOURCE_KEYS:
                target.pop(key, None)
        if name == "training":
            hyper = table.get("hyperparameters")
            if "optimizer" in table and table["optimizer"] != target.get("optimizer"):
                target.pop("hyperparameters", None)
            elif isinstance(hyper, dict) and isinstance(target.get("hyperparameters"), dict):
                table = {**table, "hyperparameters": {**target["hyperparameters"], **hyper}}
        target.update(table)
    return merged


def _dataset(config: Config, cache: dict, reader: Any, where: str) -> Dataset:
    key = config.data
    if key not in cache:
        try:
            cache[key] = build_dataset(key)
        except InputError as e:
            raise reader.fail(where, str(e)) from None
    return cache[key]


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _train_goal(value: Any, reader: Any, here: str, dataset: Dataset,
                config: Config) -> TrainGoal | None:
    where = f"{here}: train"
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        if value > MAX_TRAIN_STEPS:
            raise reader.fail(here, translate("Lessons", "'train' must be at most {most} steps, "
                                                         "not {value}")
                              .format(most=MAX_TRAIN_STEPS, value=value))
        return TrainGoal("steps", None, int(value))
    if not isinstance(value, dict):
        raise reader.fail(here, translate("Lessons", "'train' must be a number of steps or a "
                                                     "table {{ until = ..., value = ..., "
                                                     "max_steps = ... }}, not {value!r}")
                          .format(value=value))
    reader.keys(value, {"until", "value", "max_steps"}, where)
    until = reader.get(value, "until", str, where, required=True,
                       check=lambda v: v in CONDITIONS,
                       expect=one_of(f'"{c}"' for c in CONDITIONS))
    max_steps = reader.get(value, "max_steps", int, where, required=True,
                           check=lambda v: 1 <= v <= MAX_TRAIN_STEPS,
                           expect=translate("Lessons", "a whole number from 1 to {most}")
                           .format(most=MAX_TRAIN_STEPS))
    if until == "converged":
        if "value" in value:
            raise reader.fail(where, translate("Lessons", "'value' is for \"accuracy\" and "
                                                          "\"loss\": \"converged\" takes none"))
        return TrainGoal(until, None, max_steps)
    if until == "accuracy":
        number = reader.get(value, "value", (int, float), where, required=True,
                            check=lambda v: 0 <= v <= 1,
                            expect=translate("Lessons", "a number in [0, 1]"))
        if dataset.kind != CLASSIFICATION:
            raise reader.fail(where, translate("Lessons", "until = \"accuracy\" needs a "
                                                          "classification data set; {name} is a "
                                                          "regression data set")
                              .format(name=dataset.name))
    else:
        number = reader.get(value, "value", (int, float), where, required=True,
                            check=lambda v: math.isfinite(v),
                            expect=translate("Lessons", "a finite number"))
    return TrainGoal(until, float(number), max_steps)


def _one_based(t: dict, key: str, reader: Any, where: str, limit: int, what: str) -> int | None:
    """``t[key]`` (1-based, at most ``limit``) 0-based; ``what``: the message for one beyond
    ``limit``, with the fields {key!r}, {value} and {limit}."""
    value = reader.get(t, key, int, where, check=lambda v: v >= 1,
                       expect=translate("Lessons", "a whole number >= 1 (1-based)"))
    if value is None:
        return None
    if value > limit:
        raise reader.fail(where, what.format(key=key, value=value, limit=limit))
    return value - 1


def _selection(value: Any, reader: Any, here: str, dataset: Dataset, arch) -> Selection:
    where = f"{here}: select"
    if not isinstance(value, dict):
        raise reader.fail(here, translate("Lessons", "'select' must be a table { sample = ..., "
                                                     "neuron = [l, j], parameter = ... }"))
    reader.keys(value, {"sample", "neuron", "parameter"}, where)
    sample = _one_based(value, "sample", reader, where, len(dataset.x_train), _only_samples())
    parameter = _one_based(value, "parameter", reader, where, arch.n_parameters,
                           translate("Lessons", "{key!r} = {value} but there are only {limit} "
                                                "parameters"))
    neuron = None
    if "neuron" in value:
        pair = value["neuron"]
        if not (isinstance(pair, list) and len(pair) == 2 and all(_positive_int(v) for v in pair)):
            raise reader.fail(where, translate("Lessons", "'neuron' must be [layer l, neuron j], "
                                                          "two whole numbers >= 1, not {value!r}")
                              .format(value=pair))
        layer, j = pair
        if layer > arch.n_layers:
            raise reader.fail(where, translate("Lessons", "'neuron': layer {layer} but the "
                                                          "network has {layers} layers "
                                                          "(1..{layers})")
                              .format(layer=layer, layers=arch.n_layers))
        if j > arch.sizes[layer]:
            raise reader.fail(where, translate("Lessons", "'neuron': neuron {j} but layer "
                                                          "{layer} has {size} neurons")
                              .format(j=j, layer=layer, size=arch.sizes[layer]))
        neuron = (layer, j - 1)
    return Selection(sample, neuron, parameter)


def _only_samples() -> str:
    return translate("Lessons", "{key!r} = {value} but there are only {limit} training samples")


def _fitting(selection: Selection, dataset: Dataset, arch) -> Selection:
    """The parts of a selection that still exist in new data and a new network."""
    sample, neuron, parameter = selection.sample, selection.neuron, selection.parameter
    if sample is not None and sample >= len(dataset.x_train):
        sample = None
    if neuron is not None and (neuron[0] > arch.n_layers or neuron[1] >= arch.sizes[neuron[0]]):
        neuron = None
    if parameter is not None and parameter >= arch.n_parameters:
        parameter = None
    return Selection(sample, neuron, parameter)


def _views(value: Any, reader: Any, here: str, known: tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise reader.fail(here, translate("Lessons", "'show' must be a list of view names "
                                                     "({known}), not {value!r}")
                          .format(known=", ".join(known), value=value))
    for name in value:
        if name not in known:
            raise reader.fail(f"{here}: show", translate("Lessons", "unknown view {name!r} "
                                                                    "(known: {known})")
                              .format(name=name, known=", ".join(known)))
    return tuple(dict.fromkeys(value))


def _walk(value: Any, reader: Any, here: str, dataset: Dataset) -> WalkAt | bool:
    where = f"{here}: walk"
    if value is False:
        return False
    if not isinstance(value, dict):
        raise reader.fail(here, translate("Lessons", "'walk' must be a table {{ sample = ..., "
                                                     "phase = ... }} or false, not {value!r}")
                          .format(value=value))
    reader.keys(value, {"sample", "phase", "step"}, where)
    if "sample" not in value:
        raise reader.fail(where, translate("Lessons", "missing key {key!r}").format(key="sample"))
    sample = _one_based(value, "sample", reader, where, len(dataset.x_train), _only_samples())
    phase = reader.get(value, "phase", str, where, check=lambda v: v in PHASES,
                       expect=one_of(f'"{p}"' for p in PHASES))
    step = reader.get(value, "step", int, where, check=lambda v: v >= 1,
                      expect=translate("Lessons", "a whole number >= 1 (1-based)"))
    if phase is not None and step is not None:
        raise reader.fail(where, translate("Lessons", "give 'phase' or 'step', not both"))
    return WalkAt(sample, phase, step)


# -- replaying ----------------------------------------------------------------------------------
class _Run:
    """One lesson played forward on one trainer (mutable; :func:`replay` hides it)."""

    def __init__(self, lesson: Any) -> None:
        self.lesson = lesson
        self.config = lesson.config
        self._datasets: dict[Any, Dataset] = {}
        self.dataset = self._dataset(self.config)
        self.trainer = build_trainer(self.config, self.dataset)
        self.losses: list[tuple[int, float]] = []
        self.number = 0
        self.selection = Selection()
        self.step: LessonStep | None = None
        self.goal_met: bool | None = None
        self._targets: tuple | None = None  # (trainer, its encoded y_train, class 0's target)
        self.owner: ScriptState | None = None  # the state this run is at (apply_step goes on)

    def _dataset(self, config: Config) -> Dataset:
        if config.data not in self._datasets:
            self._datasets[config.data] = build_dataset(config.data)
        return self._datasets[config.data]

    def apply(self, step: LessonStep) -> None:
        new = step.config
        if new is None:
            raise InputError(translate("Lessons", "step {number}: not read from a lesson file "
                                                  "(no configuration)").format(number=step.number))
        old = self.config
        dataset = self._dataset(new)
        params_given = "params" in step.changes.get("network", {})
        if step.reset or params_given or needs_reset(old, new):
            self.trainer = build_trainer(new, dataset)
            self.losses = []
        else:
            self._retrain(old.training, new.training, dataset)
        self.config, self.dataset = new, dataset
        if step.select is not None:
            self.selection = step.select
        else:
            self.selection = _fitting(self.selection, dataset, self.trainer.network.architecture)
        self.goal_met = None if step.train is None else self._train(step.train)
        self.number, self.step = step.number, step

    def _retrain(self, old, spec, dataset: Dataset) -> None:
        """A new optimizer, η, hyper-parameters, batch size or shuffling on the running
        trainer, keeping θ and the step count (as the app's settings do)."""
        trainer = self.trainer
        if spec == old:
            return
        if spec.optimizer != old.optimizer and spec.rule != "perceptron":
            trainer.optimizer = build_optimizer(spec)  # a new optimizer starts with no state
        else:  # the same one keeps its state (momentum, Adam's moments)
            trainer.optimizer.lr = spec.learning_rate
            if spec.rule != "perceptron":
                for name, value in spec.hyperparameters:
                    trainer.optimizer.set_hyperparameter(name, value)
        trainer.batch_size = batch_size(spec, dataset)
        trainer.shuffle = spec.shuffle

    def _measure(self, accuracy: bool = False) -> tuple[float, float | None]:
        """The train loss (the trainer's cost, as its ``evaluate`` gives it) and, if asked,
        the train accuracy now, from one forward pass over the training set."""
        trainer = self.trainer
        if self.config.training.rule == "perceptron":
            ev = trainer.evaluate()
            return float(ev.train_loss), ev.train_accuracy
        if self._targets is None or self._targets[0] is not trainer:
            net, dataset = trainer.network, trainer.dataset
            self._targets = (trainer, encoded_targets(net, dataset, dataset.y_train),
                             class_zero_target(net, dataset))
        _, y, low = self._targets
        net, dataset = trainer.network, trainer.dataset
        with np.errstate(all="ignore"):
            trace = net.forward(dataset.x_train)
            loss = net.cost_of(trace, y, cost=trainer.cost)
            share = dataset.accuracy(trace.output, dataset.y_train, low) if accuracy else None
        return float(loss), share

    def _met(self, goal: TrainGoal, loss: float, accuracy: float | None,
             previous: float | None) -> bool:
        if goal.until == "accuracy":
            return accuracy is not None and accuracy >= goal.value
        if goal.until == "loss":
            return loss <= goal.value
        if self.config.training.rule == "perceptron":
            return self.trainer.stopped == "converged"
        return previous is not None and abs(loss - previous) < CONVERGED_CHANGE

    def _train(self, goal: TrainGoal) -> bool | None:
        """Train ``goal.max_steps`` steps, or until the goal is met (checked before the first
        step too: a goal already met trains nothing), measuring C every k-th step: the
        record's stride, but at least REPLAY_POINTS times in the goal's steps (the loss curve
        of a large lesson's epoch still has its shape), 1 for the lecture-sized lessons; None
        when there is no condition."""
        trainer = self.trainer
        if trainer.stopped == "diverged":  # try again (η may be smaller now)
            trainer.stopped, trainer.message = None, ""
        condition = goal.until != "steps"
        wants = goal.until == "accuracy"
        stride = min(record_stride(len(trainer.dataset.x_train), trainer.network.params.size,
                                   trainer.batch_size or len(trainer.dataset.x_train)),
                     power_of_two(goal.max_steps / REPLAY_POINTS))
        if condition:
            loss, accuracy = self._measure(wants)
            if self._met(goal, loss, accuracy, None):
                return True
        else:
            loss = None
        for _ in range(goal.max_steps):
            if not trainer.step():
                break
            if trainer.step_count % stride:
                continue
            previous = loss
            loss, accuracy = self._measure(wants)
            self.losses.append((trainer.step_count, loss))
            if condition and self._met(goal, loss, accuracy, previous):
                return True
        return False if condition else None

    def state(self) -> ScriptState:
        """The state now; it becomes the one state that may go on from this run."""
        theta = np.array(self.trainer.network.params, dtype=float)
        theta.flags.writeable = False
        step = self.step
        lesson = self.lesson
        state = ScriptState(
            number=self.number,
            config=self.config,
            dataset=self.dataset,
            theta=theta,
            trained_steps=int(self.trainer.step_count),
            losses=tuple(self.losses),
            selection=self.selection,
            show=() if step is None else step.show,
            walk=step.walk if step is not None and isinstance(step.walk, WalkAt) else None,
            graph_step=None if step is None else step.graph_step,
            speed=lesson.speed if step is None or step.speed is None else step.speed,
            play=False if step is None or step.play is None else step.play,
            title="" if step is None else step.title,
            text=lesson.description if step is None else step.text,
            goal_met=self.goal_met,
            stopped=self.trainer.stopped,
            message=self.trainer.message,
            lesson=lesson,
            _run=self,
        )
        self.owner = state
        return state


def replay(lesson: Any, number: int) -> ScriptState:
    """The state after step ``number`` (0 = the lesson's start, up to len(lesson.steps)):
    the lesson's start with steps 1..number applied in order. Deterministic."""
    if isinstance(number, bool) or not isinstance(number, (int, np.integer)) \
            or not 0 <= number <= len(lesson.steps):
        raise InputError(translate("Lessons", "{file}: no step {number!r} (the lesson has steps "
                                              "1 to {last}; 0 is its start)")
                         .format(file=_source(lesson), number=number, last=len(lesson.steps)))
    run = _start(lesson)
    for step in lesson.steps[:number]:
        _apply(run, step)
    return run.state()


def apply_step(state: ScriptState, step: LessonStep) -> ScriptState:
    """The state one step after ``state`` (which :func:`replay` or apply_step made): the
    same as replaying the lesson to ``state`` and then ``step``. ``state`` is unchanged.

    Clicking forward is quick: the lesson's next step goes on from the run that made the
    newest state (its trainer, optimizer state and shuffling included); any other state
    is replayed from the lesson's start first, which gives the same state."""
    lesson = state.lesson
    if lesson is None:
        raise InputError("apply_step needs a state made by replay or apply_step")  # a bug
    run = state._run
    if run is None or run.owner is not state:
        run = _start(lesson)
        for earlier in lesson.steps[:state.number]:
            _apply(run, earlier)
    run.owner = None  # a failure below leaves no state that could go on from this run
    _apply(run, step)
    return run.state()


def _source(lesson: Any) -> str:
    return getattr(lesson, "source", "") or f"{lesson.name}.toml"


def _start(lesson: Any) -> _Run:
    try:
        return _Run(lesson)
    except InputError as e:  # e.g. its CSV file went away since it was read
        raise InputError(f"{_source(lesson)}: {e}") from None


def _apply(run: _Run, step: LessonStep) -> None:
    try:
        run.apply(step)
    except InputError as e:
        raise InputError(translate("Lessons", "{file}: step {number}: {error}")
                         .format(file=_source(run.lesson), number=step.number, error=e)) from None

