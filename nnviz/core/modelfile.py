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
    text = read_text(path, "a model file", "JSON")
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
        raise InputError(f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except RecursionError:
        raise InputError("not a model file: lists or objects nested too deeply") from None
    return model_from_dict(data)


def model_from_dict(data: Any) -> Network:
    """Validate a parsed model document and build the network."""
    if not isinstance(data, dict):
        raise InputError("the top level must be a JSON object")
    _no_unknown_keys(data, TOP_KEYS, "top level")
    for key in ("format", "version", "loss", "layers"):
        if key not in data:
            raise InputError(f"missing field {key!r} at the top level")
    if data["format"] != FORMAT:
        raise InputError(f"field 'format' must be {FORMAT!r}, got {_show(data['format'])}")
    if data["version"] != VERSION or isinstance(data["version"], bool):
        raise InputError(f"field 'version' must be {VERSION}, got {_show(data['version'])}")
    if not isinstance(data["loss"], str) or data["loss"] not in LOSSES:
        raise InputError(f"field 'loss': unknown loss {_show(data['loss'])} "
                         f"(known: {', '.join(LOSSES)})")
    layers = data["layers"]
    if not isinstance(layers, list) or not layers:
        raise InputError("field 'layers' must be a non-empty list")

    weights, biases, activations = [], [], []
    n_in = None
    for l, layer in enumerate(layers, start=1):
        where = f"layer {l}"
        if not isinstance(layer, dict):
            raise InputError(f"{where}: must be an object with activation, weights and bias")
        _no_unknown_keys(layer, LAYER_KEYS, where)
        for key in ("activation", "weights"):
            if key not in layer:
                raise InputError(f"{where}: missing field {key!r}")
        act = layer["activation"]
        if not isinstance(act, str) or act not in ACTIVATIONS:
            raise InputError(
                f"{where}, field 'activation': unknown activation {_show(act)} "
                f"(known: {', '.join(ACTIVATIONS)})"
            )
        w = _matrix(layer["weights"], f"{where}, field 'weights'")
        if n_in is not None and len(w[0]) != n_in:
            raise InputError(
                f"{where}, field 'weights': rows have {len(w[0])} numbers but layer {l - 1} "
                f"has {n_in} neurons (shapes must chain)"
            )
        bias = layer.get("bias")
        if bias is not None:
            bias = _vector(bias, f"{where}, field 'bias'")
            if len(bias) != len(w):
                raise InputError(
                    f"{where}, field 'bias': {len(bias)} numbers for {len(w)} neurons"
                )
        n_in = len(w)
        weights.append(w)
        biases.append(bias)
        activations.append(act)
    check_architecture([len(weights[0][0]), *(len(w) for w in weights)], "field 'layers'",
                       [b is not None for b in biases])
    check_output_layer(n_in, activations[-1], f"layer {len(layers)}")
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


def _reject_constant(name: str) -> float:
    raise InputError(f"{name} is not a finite number")


def _int(text: str) -> int | float:
    """A JSON integer: an int up to 18 digits (the version), else the nearest double, or an
    InputError if it has none (float() of a digit string has no length limit, unlike int())."""
    if len(text) <= 18:
        return int(text)
    return _float(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputError(f"the number {_shorten(text)} is too large (beyond ±1.8e308)")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object as a dict; a key written twice is refused (json keeps the last)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise InputError(f"the field {_shorten(repr(key))} appears twice in one object")
    return obj


def _shorten(text: str, width: int = 40) -> str:
    """``text`` cut to ``width`` characters with its length said: a message stays one line."""
    return text if len(text) <= width else f"{text[:width]}… ({len(text):,} characters)"


def _show(value: Any) -> str:
    """repr(value) shortened; a deep or huge value is named by its type."""
    if isinstance(value, (list, dict)):
        return f"a {'list' if isinstance(value, list) else 'JSON object'} ({len(value)} items)"
    return _shorten(repr(value))


def _no_unknown_keys(obj: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(obj) - known)
    if unknown:
        raise InputError(
            f"{where}: unknown field {_shorten(repr(unknown[0]))} (allowed: {', '.join(sorted(known))})"
        )


def _number(v: Any, where: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise InputError(f"{where}: {_show(v)} is not a number")
    if not math.isfinite(v):
        raise InputError(f"{where}: {v!r} is not a finite number")
    return float(v)


def _vector(v: Any, where: str) -> list[float]:
    if not isinstance(v, list) or not v:
        raise InputError(f"{where}: must be a non-empty list of numbers")
    return [_number(x, f"{where}[{i}]") for i, x in enumerate(v)]


def _matrix(m: Any, where: str) -> list[list[float]]:
    if not isinstance(m, list) or not m:
        raise InputError(f"{where}: must be a non-empty list of rows")
    rows = [_vector(r, f"{where}[{j}]") for j, r in enumerate(m)]
    for j, r in enumerate(rows):
        if len(r) != len(rows[0]):
            raise InputError(f"{where}[{j}]: row has {len(r)} numbers, row 0 has {len(rows[0])}")
    return rows
