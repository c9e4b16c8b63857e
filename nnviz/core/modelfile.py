"""The JSON model format: load with full validation, save atomically.

    {"format": "nnviz-model", "version": 1, "loss": "half_squared_error",
     "layers": [{"activation": "sigmoid", "weights": [[1, -2], [-1, 1]], "bias": [1, 0]}, ...]}

"weights" of layer l holds N_l rows of N_{l-1} numbers; "bias" N_l numbers or null. The input
size is the row length of layer 1. Every error names the file, the layer and the field.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from nnviz.core.activations import ACTIVATIONS
from nnviz.core.config import check_output_layer
from nnviz.core.errors import InputError
from nnviz.core.files import read_text, write_atomically
from nnviz.core.i18n import translate
from nnviz.core.limits import check_architecture
from nnviz.core.losses import LOSSES
from nnviz.core.network import Network

FORMAT = "nnviz-model"
VERSION = 1
TOP_KEYS = {"format", "version", "loss", "layers"}
LAYER_KEYS = {"activation", "weights", "bias"}


def load_model(path: str | os.PathLike) -> Network:
    """Read and validate a model file; an :class:`InputError` says what is wrong and where."""
    path = Path(path)
    text = read_text(path, translate("ModelFile", "a model file"), "JSON")
    try:
        return model_from_json(text)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None


def model_from_json(text: str) -> Network:
    """Parse and validate the text of a model file: numbers must be finite doubles (an
    integer of 400 digits is refused, not an OverflowError later), a key may appear once per
    object, and nesting deeper than Python's parser goes is refused."""
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_int,
                          parse_float=_float, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as e:
        raise InputError(translate("ModelFile", "not valid JSON (line {line}, column {column}: "
                                                "{error})")
                         .format(line=e.lineno, column=e.colno, error=e.msg)) from None
    except RecursionError:
        raise InputError(translate("ModelFile", "not a model file: lists or objects nested too "
                                                "deeply")) from None
    return model_from_dict(data)


def model_from_dict(data: Any) -> Network:
    """Validate a parsed model document and build the network."""
    if not isinstance(data, dict):
        raise InputError(translate("ModelFile", "the top level must be a JSON object"))
    _no_unknown_keys(data, TOP_KEYS, translate("ModelFile", "top level"))
    for key in ("format", "version", "loss", "layers"):
        if key not in data:
            raise InputError(translate("ModelFile", "missing field {key!r} at the top level")
                             .format(key=key))
    if data["format"] != FORMAT:
        raise InputError(translate("ModelFile", "field 'format' must be {format!r}, got {value}")
                         .format(format=FORMAT, value=_show(data["format"])))
    if data["version"] != VERSION or isinstance(data["version"], bool):
        raise InputError(translate("ModelFile", "field 'version' must be {version}, got {value}")
                         .format(version=VERSION, value=_show(data["version"])))
    if not isinstance(data["loss"], str) or data["loss"] not in LOSSES:
        raise InputError(translate("ModelFile", "field 'loss': unknown loss {value} (known: "
                                                "{known})")
                         .format(value=_show(data["loss"]), known=", ".join(LOSSES)))
    layers = data["layers"]
    if not isinstance(layers, list) or not layers:
        raise InputError(translate("ModelFile", "field 'layers' must be a non-empty list"))

    weights, biases, activations = [], [], []
    n_in = None
    for l, layer in enumerate(layers, start=1):
        where = translate("ModelFile", "layer {l}").format(l=l)
        if not isinstance(layer, dict):
            raise InputError(translate("ModelFile", "{where}: must be an object with activation, "
                                                    "weights and bias").format(where=where))
        _no_unknown_keys(layer, LAYER_KEYS, where)
        for key in ("activation", "weights"):
            if key not in layer:
                raise InputError(translate("ModelFile", "{where}: missing field {key!r}")
                                 .format(where=where, key=key))
        act = layer["activation"]
        if not isinstance(act, str) or act not in ACTIVATIONS:
            raise InputError(translate("ModelFile", "{where}, field 'activation': unknown "
                                                    "activation {value} (known: {known})")
                             .format(where=where, value=_show(act), known=", ".join(ACTIVATIONS)))
        w = _matrix(layer["weights"], _field(where, "weights"))
        if n_in is not None and len(w[0]) != n_in:
            raise InputError(translate("ModelFile", "{where}, field 'weights': rows have {count} "
                                                    "numbers but layer {previous} has {n} "
                                                    "neurons (shapes must chain)")
                             .format(where=where, count=len(w[0]), previous=l - 1, n=n_in))
        bias = layer.get("bias")
        if bias is not None:
            bias = _vector(bias, _field(where, "bias"))
            if len(bias) != len(w):
                raise InputError(translate("ModelFile", "{where}, field 'bias': {count} numbers for "
                                                        "{n} neurons")
                                 .format(where=where, count=len(bias), n=len(w)))
        n_in = len(w)
        weights.append(w)
        biases.append(bias)
        activations.append(act)
    check_architecture([len(weights[0][0]), *(len(w) for w in weights)],
                       translate("ModelFile", "field 'layers'"), [b is not None for b in biases])
    check_output_layer(n_in, activations[-1],
                       translate("ModelFile", "layer {l}").format(l=len(layers)))
    return Network.from_layers(weights, biases, activations, data["loss"])


def model_to_dict(net: Network) -> dict:
    """The model document of a network."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "loss": net.loss.name,
        "layers": [
            {
                "activation": act.name,
                "weights": w.tolist(),
                "bias": None if b is None else b.tolist(),
            }
            for w, b, act in zip(net.weights, net.biases, net.activations)
        ],
    }


def save_model(net: Network, path: str | os.PathLike) -> None:
    """Write the model file atomically: a temporary file beside it, then a rename."""
    write_atomically(Path(path), json.dumps(model_to_dict(net), indent=2) + "\n")


def _field(where: str, name: str) -> str:
    """"layer 2, field 'weights'"."""
    return translate("ModelFile", "{where}, field {name!r}").format(where=where, name=name)


def _reject_constant(name: str) -> float:
    raise InputError(translate("ModelFile", "{name} is not a finite number").format(name=name))


def _int(text: str) -> int | float:
    """A JSON integer: an int up to 18 digits (the version), else the nearest double, or an
    InputError if it has none (float() of a digit string has no length limit, unlike int())."""
    if len(text) <= 18:
        return int(text)
    return _float(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputError(translate("ModelFile", "the number {number} is too large (beyond "
                                                "±1.8e308)").format(number=_shorten(text)))
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object as a dict; a key written twice is refused (json keeps the last)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise InputError(translate("ModelFile", "the field {key} appears twice in one object")
                         .format(key=_shorten(repr(key))))
    return obj


def _shorten(text: str, width: int = 40) -> str:
    """``text`` cut to ``width`` characters with its length said: a message stays one line."""
    if len(text) <= width:
        return text
    return translate("ModelFile", "{start}… ({count} characters)").format(
        start=text[:width], count=f"{len(text):,}")


def _show(value: Any) -> str:
    """repr(value) shortened; a deep or huge value is named by its type."""
    if isinstance(value, (list, dict)):
        return (translate("ModelFile", "a list ({count} items)") if isinstance(value, list)
                else translate("ModelFile", "a JSON object ({count} items)")).format(
            count=len(value))
    return _shorten(repr(value))


def _no_unknown_keys(obj: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(obj) - known)
    if unknown:
        raise InputError(translate("ModelFile", "{where}: unknown field {key} (allowed: {known})")
                         .format(where=where, key=_shorten(repr(unknown[0])),
                                 known=", ".join(sorted(known))))


def _number(v: Any, where: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise InputError(translate("ModelFile", "{where}: {value} is not a number")
                         .format(where=where, value=_show(v)))
    if not math.isfinite(v):
        raise InputError(translate("ModelFile", "{where}: {value!r} is not a finite number")
                         .format(where=where, value=v))
    return float(v)


def _vector(v: Any, where: str) -> list[float]:
    if not isinstance(v, list) or not v:
        raise InputError(translate("ModelFile", "{where}: must be a non-empty list of numbers")
                         .format(where=where))
    return [_number(x, f"{where}[{i}]") for i, x in enumerate(v)]


def _matrix(m: Any, where: str) -> list[list[float]]:
    if not isinstance(m, list) or not m:
        raise InputError(translate("ModelFile", "{where}: must be a non-empty list of rows")
                         .format(where=where))
    rows = [_vector(r, f"{where}[{j}]") for j, r in enumerate(m)]
    for j, r in enumerate(rows):
        if len(r) != len(rows[0]):
            raise InputError(translate("ModelFile", "{where}[{j}]: row has {count} numbers, row 0 "
                                                    "has {first}")
                             .format(where=where, j=j, count=len(r), first=len(rows[0])))
    return rows
