"""Write a configuration and its weights as a lesson file (Lesson → Save as lesson).

:func:`lesson_text` is the inverse of :func:`nnviz.core.lessons.parse_lesson` for the lesson's
preset: the text it writes is read back to the same :class:`~nnviz.core.config.Config` (once
both are :func:`~nnviz.core.config.resolve`-d) with θ as ``network.params``, bit for bit:
every float is written with ``repr``, which Python reads back exactly. What it writes::

    title = "My XOR"
    description = "Four tanh neurons learnt XOR."

    [data]
    dataset = "xor"          # a generator by name, with n / noise / test_ratio / seed / labels
    n = 4                    #   (a data file as file = "its path", IDX labels as labels_file;
                             #   inline points as x, y, kind)
    ...

    [network]
    hidden = [4]
    activation = "tanh"
    ...
    params = [0.25, -1.5, ...]   # θ, in the order of Network.params

    [training]
    optimizer = "sgd"
    learning_rate = 0.5
    batch = "full"           # "full", "stochastic" or m
    ...

A :class:`~nnviz.core.config.NetworkSpec` whose ``outputs`` is set (``nnviz train --layers``)
has no lesson key: the lesson sizes the output layer for its data, so ``outputs`` is left out
(it is read back as None, the same network whenever it fits the data).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from nnviz.core.config import CSV, INLINE, Config, DataSpec, NetworkSpec, TrainingSpec
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate


def lesson_text(config: Config, theta: Any, title: str, description: str = "", *,
                speed: float | None = None, lecture_views: Sequence[str] | None = None,
                relative_to: str | Path | None = None,
                texts: Sequence[tuple[str, str]] = ()) -> str:
    """A TOML lesson file holding ``config`` with θ = ``theta`` as its starting parameters.

    ``theta`` None keeps ``config.network.params`` (None: θ drawn from the seed). ``speed``
    (steps per second, inf = "max") and ``lecture_views`` are written when given. A CSV
    file's path is written as it is, or relative to ``relative_to`` (the folder the lesson
    is saved in) when the file lies inside it, so the lesson and its data can move together.
    ``texts`` is the loaded lesson's text fields as written (``Lesson.texts``: the English
    title and description and their translations, ``title_th``, ...): a ``title`` or
    ``description`` that is one of its versions there (the lesson's, shown in any language) is
    written as the English one with all its translations; a changed one is written as it is,
    without them. An InputError for a θ that is not finite (a diverged network) or an empty
    title.
    """
    if not isinstance(title, str) or not title.strip():
        raise InputError(translate("LessonWriter", "a lesson needs a title"))
    params = config.network.params if theta is None else _theta(theta)
    lines = [f"{key} = {_string(text)}" for key, text in _versions("title", title, texts)]
    if description:
        lines += [f"{key} = {_string(text)}"
                  for key, text in _versions("description", description, texts)]
    if speed is not None:
        lines.append(f"speed = {_speed(speed)}")
    if lecture_views is not None:
        lines.append(f"lecture_views = [{', '.join(_string(v) for v in lecture_views)}]")
    lines += ["", "[data]", *_data(config.data, relative_to)]
    lines += ["", "[network]", *_network(config.network, params)]
    lines += ["", "[training]", *_training(config.training)]
    return "\n".join(lines) + "\n"


def _versions(name: str, text: str, texts: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The text field ``name`` as ``text``, or, when ``text`` is one of its versions in
    ``texts`` (English or a translation), as the English one and all its translations."""
    versions = [(key, value) for key, value in texts
                if key == name or key.startswith(f"{name}_")]
    if dict(versions).get(name) is not None and text in dict(versions).values():
        return versions
    return [(name, text)]


def _theta(theta: Any) -> tuple[float, ...]:
    values = np.asarray(theta, dtype=float).reshape(-1)
    if not np.all(np.isfinite(values)):
        raise InputError(translate("LessonWriter", "the parameters are not all finite numbers "
                                                   "(the network diverged): reset it before "
                                                   "saving it as a lesson"))
    return tuple(float(v) for v in values)


def _data(spec: DataSpec, relative_to: str | Path | None) -> list[str]:
    if spec.name == INLINE:
        if spec.x is None or spec.y is None:
            raise InputError(translate("LessonWriter", "inline points need both x and y to be "
                                                       "written as a lesson"))
        out = [f"x = [{', '.join(_numbers(row) for row in spec.x)}]",
               f"y = [{', '.join(_target(v) for v in spec.y)}]",
               f"kind = {_string(spec.kind)}"]
    elif spec.name == CSV:
        if not spec.path:
            raise InputError(translate("LessonWriter", "a CSV data set needs a file path to be "
                                                       "written as a lesson"))
        out = [f"file = {_string(_path(spec.path, relative_to))}"]
        if spec.labels_path:
            out.append(f"labels_file = {_string(_path(spec.labels_path, relative_to))}")
    else:
        out = [f"dataset = {_string(spec.name)}"]
    for key in ("n", "noise", "test_ratio"):
        value = getattr(spec, key)
        if value is not None:
            out.append(f"{key} = {_number(value)}")
    out.append(f"seed = {int(spec.seed)}")
    if spec.labels is not None:
        out.append(f"labels = {_string(spec.labels)}")
    return out


def _path(path: str, relative_to: str | Path | None) -> str:
    if relative_to is None:
        return path
    try:
        return Path(path).relative_to(Path(relative_to)).as_posix()
    except ValueError:
        return str(Path(path).resolve())


def _network(spec: NetworkSpec, params: tuple[float, ...] | None) -> list[str]:
    out = [f"hidden = [{', '.join(str(int(n)) for n in spec.hidden)}]"]
    activations = tuple(spec.activations)
    if activations and len(set(activations)) == 1 and len(activations) == len(spec.hidden):
        out.append(f"activation = {_string(activations[0])}")
    elif activations or spec.hidden:
        out.append(f"activation = [{', '.join(_string(a) for a in activations)}]")
    out += [f"output_activation = {_string(spec.output_activation)}",
            f"loss = {_string(spec.loss)}",
            f"bias = {'true' if spec.bias else 'false'}",
            f"init = {_string(spec.init)}",
            f"init_range = {_number(float(spec.init_range))}",
            f"seed = {int(spec.seed)}"]
    if params is not None:
        out.append(f"params = {_numbers(params)}")
    return out


def _training(spec: TrainingSpec) -> list[str]:
    if spec.batch_mode == "mini-batch":
        batch = str(int(spec.batch_size))
    elif spec.batch_mode in ("full", "stochastic"):
        batch = _string(spec.batch_mode)
    else:
        raise InputError(translate("LessonWriter", "unknown batch mode {name!r}")
                         .format(name=spec.batch_mode))
    out = [f"optimizer = {_string(spec.optimizer)}",
           f"learning_rate = {_number(float(spec.learning_rate))}",
           f"batch = {batch}",
           f"shuffle = {'true' if spec.shuffle else 'false'}",
           f"rule = {_string(spec.rule)}",
           f"cost = {_string(spec.cost)}"]
    if spec.hyperparameters:
        out += ["", "[training.hyperparameters]"]
        out += [f"{_string(k)} = {_number(float(v))}" for k, v in spec.hyperparameters]
    return out


def _speed(speed: float) -> str:
    if math.isinf(speed) and speed > 0:
        return '"max"'
    if not (isinstance(speed, (int, float)) and math.isfinite(speed) and speed > 0):
        raise InputError(translate("LessonWriter", "the speed must be steps per second (> 0), "
                                                   "not {value!r}").format(value=speed))
    return _number(float(speed))


def _number(value: Any) -> str:
    """An int as itself, a float with repr (read back exactly), never NaN or infinity."""
    if isinstance(value, (bool, np.bool_)):
        raise InputError(translate("LessonWriter", "expected a number, not {value!r}")
                         .format(value=value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    number = float(value)
    if not math.isfinite(number):
        raise InputError(translate("LessonWriter", "cannot write {value!r} in a lesson: numbers "
                                                   "must be finite").format(value=number))
    return repr(number)


def _numbers(values: Sequence[Any]) -> str:
    return "[" + ", ".join(_number(float(v)) for v in values) + "]"


def _target(value: Any) -> str:
    """One inline target: a number, or a row of numbers (several targets)."""
    if isinstance(value, (tuple, list, np.ndarray)):
        return _numbers(value)
    return _number(value)


def _string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in str(text):
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
