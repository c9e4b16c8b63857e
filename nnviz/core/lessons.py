"""Lessons: named presets (data, network, update rule) read from TOML files.

A lesson file looks like this (every table and key is optional except ``title``)::

    title = "XOR needs a hidden layer"
    title_th = "XOR ต้องมีชั้นซ่อน"   # a translation: any text field + _th, _vi or _pt_BR
    description = "No single neuron separates XOR; four hidden tanh neurons do."
    speed = 30                      # steps per second when the lesson opens, or "max"
    lecture_views = ["graph", "boundary", "loss"]   # lecture mode's views, the first largest

    [data]                          # DataSpec: dataset, n, noise, test_ratio, seed, labels,
    dataset = "xor"                 #   file (a CSV table, a digit CSV or IDX images, relative to
                                    #   the lesson; labels_file: the IDX images' labels, if not
                                    #   beside them), or inline x, y, kind

    [network]                       # NetworkSpec: hidden, activation (one name or one per
    hidden = [4]                    #   hidden layer), output_activation, loss, bias, init,
    activation = "tanh"             #   init_range, seed, params (the starting θ)

    [training]                      # TrainingSpec: optimizer, learning_rate, batch
    optimizer = "sgd"               #   ("full", "stochastic" or m), shuffle, rule, cost
    learning_rate = 0.5             # cost: "mean" (C = 1/n Σ ℓ, the default) or "sum" (L = Σ ℓ)
    [training.hyperparameters]      # the optimizer's other hyper-parameters
    momentum = 0.9

    [[step]]                        # a script, clicked through in order (lesson_script.py):
    title = "Train until it works"  #   title, text, data / network / training changes, reset,
    network = { hidden = [4] }      #   train (N or { until, value, max_steps }), select,
    train = { until = "accuracy", value = 1.0, max_steps = 2000 }   # show, walk, speed, play

Two optional tables serve special views: ``[graph]`` (``inputs``, ``nodes``, ``output``: a
computational graph of scalar operations, :mod:`nnviz.core.expression`) and ``race =
{ compare = "optimizer" | "learning_rate" | "batch", values = [...] }``.

The lessons shipped with nnviz live in ``nnviz.resources/lessons``, listed in the lectures'
teaching order (LESSON_ORDER); a lesson is named by its file stem ("xor") or given as a path
to a .toml file, read by :func:`~nnviz.core.files.read_text` (a regular file of at most 16 MiB,
strict UTF-8). Every error is an :class:`InputError`
naming the file, the table and the key (and the step: "mine.toml: step 3: network: ...").

Translations: every text field (the lesson's ``title`` and ``description``, each step's
``title`` and ``text``: TEXT_FIELDS) may have siblings named with a language suffix,
``title_th``, ``text_vi``, ``description_pt_BR`` (LANGUAGES). The loader shows the one for
:func:`nnviz.core.i18n.language` when it is there (and not empty), else the English field; the
lesson keeps every text field as written in ``Lesson.texts`` (``LessonStep.texts``), so saving
it (core.lesson_writer) keeps its translations.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from nnviz.core.config import CSV, INLINE, RULES, Config, DataSpec, NetworkSpec, TrainingSpec
from nnviz.core.data import DATASETS
from nnviz.core.errors import InputError
from nnviz.core.expression import Graph
from nnviz.core.files import read_text
from nnviz.core.i18n import language, translate
from nnviz.core.lesson_pack import DEFAULT_LESSON, LESSON_ALIASES, LESSON_ORDER
from nnviz.core.lesson_script import LANGUAGES, LessonStep, one_of, parse_steps, shown
from nnviz.core.limits import check_classes, check_hidden, check_samples, check_seed, check_speed
from nnviz.core.losses import COSTS
from nnviz.core.optimizers import OPTIMIZERS

# The views lecture mode can show (the app's view keys) and those it shows by default.
LECTURE_VIEWS = ("graph", "boundary", "loss", "landscape", "feature_space", "optimizer_race",
                 "walkthrough", "expression", "neuron_curve", "digit", "detectors", "confusion")
DEFAULT_LECTURE_VIEWS = ("graph", "boundary", "loss")
MAX_LECTURE_VIEWS = 4
MAX_SPEED = float("inf")
MAX_INIT_RANGE = 1e6  # w, b ~ U(-r, r): z^l = W^l a^{l-1} + b^l of 4,096 terms stays below 1e10
TEXT_FIELDS = ("title", "description")  # the lesson's text fields (a step's: lesson_script)
TOP_KEYS = {"title", "description", "speed", "lecture_views", "data", "network", "training",
            "step", "graph", "race"}
GRAPH_KEYS = {"output", "inputs", "nodes"}
RACE_KEYS = {"compare", "values"}
RACES = ("optimizer", "learning_rate", "batch")
DATA_KEYS = {"dataset", "n", "noise", "test_ratio", "seed", "labels", "file", "labels_file", "x",
             "y", "kind"}
NETWORK_KEYS = {"hidden", "activation", "output_activation", "loss", "bias", "init",
                "init_range", "seed", "params"}
TRAINING_KEYS = {"optimizer", "learning_rate", "hyperparameters", "batch", "shuffle", "rule",
                 "cost"}


@dataclass(frozen=True)
class Lesson:
    """A named preset: what the window shows when the lesson opens."""

    name: str
    title: str
    description: str
    config: Config
    speed: float = 30.0  # steps per second; inf = as fast as the machine goes
    lecture_views: tuple[str, ...] = DEFAULT_LECTURE_VIEWS  # lecture mode's, the first largest
    steps: tuple[LessonStep, ...] = ()  # the script, [[step]] tables (lesson_script.py)
    graph: Graph | None = field(default=None, compare=False)  # a computational graph ([graph])
    graph_output: str | None = None  # the name of its output node (None: the last node)
    race: tuple[str, tuple] | None = None  # (compare, values) for the race view ([race])
    source: str = field(default="", compare=False)  # the file it was read from, for messages
    # every text field as written, English and translations: (("title", "..."), ("title_th",
    # "..."), ...); title and description above are the ones for the language shown
    texts: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def lesson_dir():
    """The folder of the lessons shipped with nnviz (an importlib.resources Traversable)."""
    return resources.files("nnviz.resources") / "lessons"


def lesson_names() -> list[str]:
    """The names of the shipped lessons in teaching order (LESSON_ORDER), any others after
    them, sorted."""
    shipped = {entry.name[: -len(".toml")] for entry in lesson_dir().iterdir()
               if entry.name.endswith(".toml")}
    ordered = [name for name in LESSON_ORDER if name in shipped]
    return ordered + sorted(shipped - set(ordered))


def lesson_heading(name: str) -> tuple[str, int]:
    """A shipped lesson's title and number of steps, read without checking or building the
    rest (a menu of every lesson at start-up; opening the lesson checks it all)."""
    entry = lesson_dir() / f"{name}.toml"
    try:
        doc = tomllib.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InputError(translate("Lessons", "{file}: cannot read the lesson ({error})")
                         .format(file=entry.name, error=e)) from None
    title, steps = doc.get("title"), doc.get("step", [])
    if not isinstance(title, str) or not isinstance(steps, list):
        raise InputError(translate("Lessons", "{file}: top level: 'title' must be text and "
                                              "'step' a list of [[step]] tables")
                         .format(file=entry.name))
    translated = doc.get(f"title_{language()}")
    return (translated if isinstance(translated, str) and translated else title), len(steps)


def load_lesson(name_or_path: str | Path | None = None) -> Lesson:
    """The lesson called ``name_or_path`` (a shipped lesson's name, or a .toml file)."""
    name_or_path = DEFAULT_LESSON if name_or_path is None else name_or_path
    text_path = str(name_or_path)
    if text_path.endswith(".toml") or "/" in text_path or "\\" in text_path:
        path = Path(text_path)
        if not path.exists() and not path.is_symlink():
            raise InputError(translate("Lessons", "{path}: no such lesson file").format(path=path))
        text = read_text(path, translate("Lessons", "a lesson file"), "TOML")
        return parse_lesson(text, name=path.stem, source=str(path), base=path.parent)
    text_path = LESSON_ALIASES.get(text_path, text_path)
    entry = lesson_dir() / f"{text_path}.toml"
    if not entry.is_file():
        raise InputError(translate("Lessons", "unknown lesson {name!r} (known: {known})")
                         .format(name=text_path, known=", ".join(lesson_names())))
    return parse_lesson(entry.read_text(encoding="utf-8"), name=text_path, source=entry.name)


def parse_lesson(text: str, name: str, source: str = "<lesson>",
                 base: Path | None = None) -> Lesson:
    """Parse and validate the text of a lesson file; ``base`` resolves a relative data file path."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(translate("Lessons", "{file}: not valid TOML ({error})")
                         .format(file=source, error=e)) from None
    reader = _Reader(source)
    top = top_level()
    reader.keys(doc, TOP_KEYS, top, TEXT_FIELDS)
    texts = reader.texts(doc, TEXT_FIELDS, top)
    title = shown(texts, "title", reader.get(doc, "title", str, top, required=True))
    description = shown(texts, "description", reader.get(doc, "description", str, top, default=""))
    speed = reader.speed(doc.get("speed", 30.0))
    lecture_views = reader.lecture_views(doc.get("lecture_views", list(DEFAULT_LECTURE_VIEWS)))
    data = reader.table(doc, "data", DATA_KEYS)
    network = reader.table(doc, "network", NETWORK_KEYS)
    training = reader.table(doc, "training", TRAINING_KEYS)
    config = Config(
        data=reader.data_spec(data, base),
        network=reader.network_spec(network),
        training=reader.training_spec(training),
    )
    steps = parse_steps(doc.get("step"), reader, {"data": data, "network": network,
                                                  "training": training}, config, base,
                        {"data": DATA_KEYS, "network": NETWORK_KEYS, "training": TRAINING_KEYS},
                        LECTURE_VIEWS)
    graph, graph_output = reader.graph(doc.get("graph"))
    return Lesson(name=name, title=title, description=description, config=config, speed=speed,
                  lecture_views=lecture_views, steps=steps, graph=graph,
                  graph_output=graph_output, race=reader.race(doc.get("race")), source=source,
                  texts=texts)



def top_level() -> str:
    """Where a message puts the lesson file's top-level keys."""
    return translate("Lessons", "top level")


def _beside(path: str, base: Path | None) -> str:
    """A data file's path: a relative one is relative to the lesson file (``base``)."""
    return str(base / path) if base is not None and not Path(path).is_absolute() else path


class _Reader:
    """Typed access to a parsed lesson; every error names the file, table and key."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, where: str, message: str) -> InputError:
        return InputError(f"{self.source}: {where}: {message}")

    def keys(self, table: dict, known: set[str], where: str,
             translated: tuple[str, ...] = ()) -> None:
        """No keys but ``known`` and the translations of the text fields ``translated``."""
        unknown = sorted(set(table) - known - {f"{name}_{code}" for name in translated
                                               for code in LANGUAGES})
        for key in unknown:
            name = next((f for f in translated if key.startswith(f"{f}_")), None)
            if name is not None:
                raise self.fail(where, translate(
                    "Lessons", "unknown key {key!r} (a translation of {name!r} is {name!r} "
                               "with the suffix of a known language: {suffixes})").format(
                    key=key, name=name, suffixes=", ".join("_" + c for c in LANGUAGES)))
        if unknown:
            raise self.fail(where, translate("Lessons", "unknown key {key!r} (allowed: {known})")
                            .format(key=unknown[0], known=", ".join(sorted(known))))

    def texts(self, table: dict, fields: tuple[str, ...], where: str) -> tuple[tuple[str, str], ...]:
        """The text fields ``fields`` of ``table`` (its keys checked) and their translations
        (``title_th``, ...), as written: each translation a string beside its English field."""
        out = []
        for name in fields:
            for key in (name, *(f"{name}_{code}" for code in LANGUAGES)):
                if key not in table:
                    continue
                if key != name and name not in table:
                    raise self.fail(where, translate(
                        "Lessons", "{key!r} translates {name!r}, which is missing: give the "
                                   "English {name!r} too").format(key=key, name=name))
                out.append((key, self.get(table, key, str, where)))
        return tuple(out)

    def table(self, doc: dict, name: str, known: set[str]) -> dict:
        table = doc.get(name, {})
        if not isinstance(table, dict):
            raise self.fail(f"[{name}]", translate("Lessons", "must be a table"))
        self.keys(table, known, f"[{name}]")
        return table

    def get(self, table: dict, key: str, kind: type | tuple[type, ...], where: str,
            required: bool = False, default: Any = None, check: Callable[[Any], bool] | None = None,
            expect: str = "") -> Any:
        if key not in table:
            if required:
                raise self.fail(where, translate("Lessons", "missing key {key!r}").format(key=key))
            return default
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        is_bool = isinstance(value, bool)
        if (is_bool and bool not in kinds) or not isinstance(value, kinds) \
                or (check is not None and not check(value)):
            wanted = expect or one_of(k.__name__ for k in kinds)
            raise self.fail(where, translate("Lessons", "{key!r} must be {wanted}, not {value!r}")
                            .format(key=key, wanted=wanted, value=value))
        return value

    def speed(self, value: Any, where: str | None = None) -> float:
        """Steps per second > 0 (nan refused, inf as "max"), or "max"."""
        where = top_level() if where is None else where
        if value == "max":
            return MAX_SPEED
        return check_speed(value, f"{self.source}: {where}: 'speed'")

    def limited(self, check: Callable[[Any, str], Any], value: Any, where: str, key: str) -> Any:
        """``check(value, source)`` of core.limits, its source this file, table and key."""
        return check(value, f"{self.source}: {where}: {key!r}")

    def lecture_views(self, value: Any) -> tuple[str, ...]:
        """1..MAX_LECTURE_VIEWS distinct names from LECTURE_VIEWS."""
        known, top = ", ".join(LECTURE_VIEWS), top_level()
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(top, translate("Lessons", "'lecture_views' must be a list of view "
                                                      "names ({known}), not {value!r}")
                            .format(known=known, value=value))
        for name in value:
            if name not in LECTURE_VIEWS:
                raise self.fail(top, translate("Lessons", "'lecture_views': unknown view {name!r} "
                                                          "(known: {known})")
                                .format(name=name, known=known))
        if len(set(value)) != len(value) or len(value) > MAX_LECTURE_VIEWS:
            raise self.fail(top, translate("Lessons", "'lecture_views' must name 1 to {most} "
                                                      "different views, not {value!r}")
                            .format(most=MAX_LECTURE_VIEWS, value=value))
        return tuple(value)

    def graph(self, value: Any) -> tuple[Graph | None, str | None]:
        """[graph]: inputs = { x = -2, ... }, nodes = [["q", "add", "x", "y"], ...] (name,
        operation, operands: node names or numbers), output = "f" (default: the last node)."""
        if value is None:
            return None, None
        where = "[graph]"
        if not isinstance(value, dict):
            raise self.fail(where, translate("Lessons", "must be a table"))
        self.keys(value, GRAPH_KEYS, where)
        inputs = value.get("inputs")
        if not isinstance(inputs, dict) or not inputs:
            raise self.fail(where, translate("Lessons", "'inputs' must be a table of names and "
                                                        "numbers, e.g. { x = -2, y = 5 }"))
        nodes = value.get("nodes", [])
        if not isinstance(nodes, list):
            raise self.fail(where, translate("Lessons", "'nodes' must be a list of [name, "
                                                        "operation, operands...]"))
        graph = Graph()
        try:
            for key, number in inputs.items():
                graph.input(key, number)
        except InputError as e:
            raise self.fail(f"{where}: inputs", str(e)) from None
        for i, node in enumerate(nodes, start=1):
            here = translate("Lessons", "{where}: node {number}").format(where=where, number=i)
            if not (isinstance(node, list) and len(node) >= 3
                    and isinstance(node[0], str) and isinstance(node[1], str)):
                raise self.fail(here, translate("Lessons", "must be [name, operation, "
                                                           "operands...], not {node!r}")
                                .format(node=node))
            name, op, *operands = node
            try:
                args = [graph.node(o) if isinstance(o, str) else o for o in operands]
                graph.operation(op, args, name=name)
            except InputError as e:
                raise self.fail(here, str(e)) from None
        output = self.get(value, "output", str, where)
        if output is not None:
            try:
                graph.node(output)
            except InputError as e:
                raise self.fail(f"{where}: output", str(e)) from None
        return graph, output

    def race(self, value: Any) -> tuple[str, tuple] | None:
        """race = { compare = "optimizer" | "learning_rate" | "batch", values = [...] }."""
        if value is None:
            return None
        where = "[race]"
        if not isinstance(value, dict):
            raise self.fail(where, translate("Lessons", "must be a table { compare = ..., "
                                                        "values = [...] }"))
        self.keys(value, RACE_KEYS, where)
        compare = self.get(value, "compare", str, where, required=True,
                           check=lambda v: v in RACES, expect=one_of(f'"{r}"' for r in RACES))
        values = value.get("values")
        if not isinstance(values, list) or not values:
            raise self.fail(where, translate("Lessons", "'values' must be a non-empty list"))
        for v in values:
            number = isinstance(v, (int, float)) and not isinstance(v, bool)
            if compare == "learning_rate":
                ok = number and math.isfinite(v) and v > 0
                expect = translate("Lessons", "positive numbers")
            elif compare == "batch":
                ok = v in ("full", "stochastic") or (isinstance(v, int) and not isinstance(v, bool)
                                                     and v > 0)
                expect = translate("Lessons", "\"full\", \"stochastic\" or positive integers m")
            else:
                ok = isinstance(v, str) and v in OPTIMIZERS
                expect = translate("Lessons", "optimizer names ({names})").format(
                    names=", ".join(OPTIMIZERS))
            if not ok:
                raise self.fail(where, translate("Lessons", "'values' for {compare} must be "
                                                            "{expect}, not {value!r}")
                                .format(compare=compare, expect=expect, value=v))
        if compare == "learning_rate":
            values = [float(v) for v in values]
        return compare, tuple(values)

    def numbers(self, value: Any, where: str, key: str) -> tuple[float, ...]:
        """A list of finite numbers (nan and inf refused)."""
        if not isinstance(value, list) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            raise self.fail(where, translate("Lessons", "{key!r} must be a list of numbers")
                            .format(key=key))
        for i, v in enumerate(value):
            if not math.isfinite(v):
                raise self.fail(where, translate("Lessons", "{key!r}[{i}] is {value!r}; every "
                                                            "number must be finite")
                                .format(key=key, i=i, value=v))
        return tuple(float(v) for v in value)

    def finite(self, value: Any, where: str, key: str) -> Any:
        """``value`` unless it is a float that is nan or ±inf."""
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(where, translate("Lessons", "{key!r} must be a finite number, not "
                                                        "{value!r}").format(key=key, value=value))
        return value

    def data_spec(self, t: dict, base: Path | None, where: str = "[data]") -> DataSpec:
        positive = dict(check=lambda v: v > 0, expect=translate("Lessons", "a positive integer"))
        fraction = dict(check=lambda v: 0 <= v < 1, expect=translate("Lessons", "a number in [0, 1)"))
        common = dict(
            n=None if "n" not in t else self.limited(
                check_samples, self.get(t, "n", int, where, **positive), where, "n"),
            noise=self.get(t, "noise", (int, float), where, check=lambda v: 0 <= v < math.inf,
                           expect=translate("Lessons", "a finite number >= 0")),
            test_ratio=self.get(t, "test_ratio", (int, float), where, **fraction),
            seed=self.limited(check_seed, self.get(t, "seed", int, where, default=0), where, "seed"),
            labels=self.get(t, "labels", str, where, check=lambda v: v in ("01", "pm1"),
                            expect=translate("Lessons", '"01" or "pm1"')),
        )
        sources = [k for k in ("dataset", "file", "x") if k in t]
        if len(sources) > 1:
            raise self.fail(where, translate("Lessons", "give exactly one of 'dataset', 'file', "
                                                        "or inline 'x' and 'y'"))
        if "labels_file" in t and "file" not in t:
            raise self.fail(where, translate("Lessons", "'labels_file' goes with 'file' (IDX "
                                                        "images and their labels)"))
        if not sources or "dataset" in t:
            return DataSpec(name=self.get(t, "dataset", str, where, default=DataSpec().name,
                                          check=lambda v: v in DATASETS,
                                          expect=translate("Lessons", "a data set ({names})")
                                          .format(names=", ".join(DATASETS))), **common)
        if "file" in t:
            path, labels = (self.get(t, key, str, where) for key in ("file", "labels_file"))
            return DataSpec(name=CSV, path=_beside(path, base),
                            labels_path=None if labels is None else _beside(labels, base), **common)
        kind = self.get(t, "kind", str, where, default="regression",
                        check=lambda v: v in ("regression", "classification"),
                        expect=translate("Lessons", '"regression" or "classification"'))
        x = self.rows(t["x"], where, "x")
        if "y" not in t or not isinstance(t["y"], list):
            raise self.fail(where, translate("Lessons", "inline points need 'y', a list with one "
                                                        "target per row of 'x'"))
        y = self.rows(t["y"], where, "y") if kind == "regression" else self.classes(t["y"], where)
        if len(y) != len(x):
            raise self.fail(where, translate("Lessons", "'x' has {rows} rows but 'y' has "
                                                        "{targets} targets")
                            .format(rows=len(x), targets=len(y)))
        return DataSpec(name=INLINE, x=tuple(x), y=tuple(y), kind=kind, **common)

    def rows(self, value: Any, where: str, key: str) -> list:
        """Inline points: a non-empty list of finite numbers (one per point) or of rows of
        finite numbers, all of one length; a number is a row of one for 'x'."""
        if not isinstance(value, list) or not value:
            raise self.fail(where, translate("Lessons", "{key!r} must be a non-empty list of "
                                                        "numbers or of rows of numbers")
                            .format(key=key))
        if all(isinstance(r, list) for r in value):
            rows = [self.numbers(r, where, f"{key}[{i}]") for i, r in enumerate(value)]
            for i, r in enumerate(rows):
                if len(r) != len(rows[0]) or not r:
                    raise self.fail(where, translate(
                        "Lessons", "{key!r}[{i}] has {count} numbers but {key!r}[0] has "
                                   "{first}: every row must be as long").format(
                        key=key, i=i, count=len(r), first=len(rows[0])))
            return rows
        if any(isinstance(r, list) for r in value):
            raise self.fail(where, translate("Lessons", "{key!r} mixes numbers and rows: give all "
                                                        "numbers or all rows").format(key=key))
        numbers = self.numbers(value, where, key)
        return [(v,) for v in numbers] if key == "x" else list(numbers)

    def classes(self, value: list, where: str) -> list[int]:
        """Inline class labels: whole numbers 0..K-1 (or -1 and 1), K checked against the
        limit on outputs before anything K-sized is built."""
        if not value or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise self.fail(where, translate("Lessons", "'y' must be class numbers 0, 1, ... "
                                                        "(whole numbers), not {value!r}")
                            .format(value=value[:8]))
        if min(value) < -1:
            raise self.fail(where, translate("Lessons", "'y' must be class numbers 0, 1, ... "
                                                        "(or -1 and 1), not {value}")
                            .format(value=min(value)))
        self.limited(check_classes, max(value) + 1, where, "y")
        return list(value)

    def network_spec(self, t: dict, where: str = "[network]") -> NetworkSpec:
        defaults = NetworkSpec()
        hidden = t.get("hidden", list(defaults.hidden))
        if not isinstance(hidden, list) or not all(
                isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in hidden):
            raise self.fail(where, translate("Lessons", "'hidden' must be a list of positive "
                                                        "integers, not {value!r}")
                            .format(value=hidden))
        self.limited(check_hidden, hidden, where, "hidden")
        activation = t.get("activation", defaults.activations[0])
        if isinstance(activation, str):
            activations = (activation,) * len(hidden)
        elif isinstance(activation, list) and all(isinstance(a, str) for a in activation):
            if len(activation) != len(hidden):
                raise self.fail(where, translate("Lessons", "'activation' lists {names} names "
                                                            "for {layers} hidden layers")
                                .format(names=len(activation), layers=len(hidden)))
            activations = tuple(activation)
        else:
            raise self.fail(where, translate("Lessons", "'activation' must be a name or a list "
                                                        "of names"))
        params = t.get("params")
        return NetworkSpec(
            hidden=tuple(hidden),
            activations=activations,
            output_activation=self.get(t, "output_activation", str, where,
                                       default=defaults.output_activation),
            loss=self.get(t, "loss", str, where, default=defaults.loss),
            bias=self.get(t, "bias", bool, where, default=defaults.bias),
            init=self.get(t, "init", str, where, default=defaults.init),
            init_range=float(self.get(t, "init_range", (int, float), where,
                                      default=defaults.init_range,
                                      check=lambda v: 0 < v <= MAX_INIT_RANGE,
                                      expect=translate("Lessons", "a number r with 0 < r <= "
                                                                  "{most}")
                                      .format(most=f"{MAX_INIT_RANGE:g}"))),
            seed=self.limited(check_seed, self.get(t, "seed", int, where, default=defaults.seed),
                              where, "seed"),
            params=None if params is None else self.numbers(params, where, "params"),
        )

    def training_spec(self, t: dict, where: str = "[training]") -> TrainingSpec:
        hyper = t.get("hyperparameters", {})
        if not isinstance(hyper, dict):
            raise self.fail(where, translate("Lessons", "'hyperparameters' must be a table of "
                                                        "numbers"))
        for key, value in hyper.items():
            if key in ("lr", "learning_rate"):
                raise self.fail(f"{where}: hyperparameters", translate(
                    "Lessons", "{key!r} is not a hyper-parameter here: set learning_rate in "
                               "[training]").format(key=key))
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.fail(f"{where}: hyperparameters", translate(
                    "Lessons", "{key!r} must be a number, not {value!r}").format(key=key,
                                                                                value=value))
            self.finite(value, f"{where}: hyperparameters", key)
        defaults = TrainingSpec()
        batch = t.get("batch", defaults.batch_mode)
        if batch in ("full", "stochastic"):
            mode, size = batch, defaults.batch_size
        elif isinstance(batch, int) and not isinstance(batch, bool) and batch > 0:
            mode, size = "mini-batch", batch
        else:
            raise self.fail(where, translate("Lessons", "'batch' must be \"full\", \"stochastic\" "
                                                        "or a positive integer m, not {value!r}")
                            .format(value=batch))
        return TrainingSpec(
            optimizer=self.get(t, "optimizer", str, where, default=defaults.optimizer),
            learning_rate=float(self.get(t, "learning_rate", (int, float), where, default=defaults.learning_rate,
                                         check=lambda v: 0 < v < math.inf,
                                         expect=translate("Lessons", "a positive finite number"))),
            hyperparameters=hyper,
            batch_mode=mode,
            batch_size=size,
            shuffle=self.get(t, "shuffle", bool, where, default=defaults.shuffle),
            rule=self.get(t, "rule", str, where, default=defaults.rule,
                          check=lambda v: v in RULES, expect=one_of(repr(r) for r in RULES)),
            cost=self.get(t, "cost", str, where, default=defaults.cost,
                          check=lambda v: v in COSTS, expect=one_of(f'"{c}"' for c in COSTS)),
        )
