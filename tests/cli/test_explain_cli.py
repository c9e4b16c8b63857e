"""`nnviz explain` end to end: the lectures' examples as JSON, every format, every bad input."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from nnviz.core.modelfile import load_model, save_model
from nnviz.core.network import Network

MATRIX_MODEL = """{"format": "nnviz-model", "version": 1, "loss": "half_squared_error",
 "layers": [{"activation": "sigmoid", "weights": [[1, -2], [-1, 1]], "bias": [1, 0]}]}"""
JSON_KEYS = ["input", "layers", "output", "loss", "gradients", "updated", "loss_after"]


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@pytest.fixture
def matrix_model(tmp_path):
    """The lectures' σ([[1, -2], [-1, 1]] · x + [1, 0]), written as JSON text."""
    path = tmp_path / "matrix.json"
    path.write_text(MATRIX_MODEL, encoding="utf-8")
    return path


@pytest.fixture
def one_d_model(tmp_path):
    """The lectures' a = w·x, w = 2.5, no bias, loss (a - y)², saved with save_model."""
    path = tmp_path / "one_d.json"
    save_model(Network.from_layers([[[2.5]]], [None], ["identity"], "squared_error"), path)
    return path


def explain_json(run_cli, *argv):
    result = run_cli("explain", *argv, "--format", "json")
    assert result.status == 0, result.err
    assert result.err == ""
    document = json.loads(result.out)  # the whole of stdout is one JSON object
    assert list(document) == JSON_KEYS
    return document


# -- the lectures' worked examples through `--format json` -------------------------------------------
def test_matrix_example_as_json(run_cli, matrix_model):
    doc = explain_json(run_cli, matrix_model, "--input", "1,-1")
    assert doc["input"] == [1.0, -1.0]
    assert doc["layers"][0]["z"] == [4.0, -2.0]
    assert doc["layers"][0]["a"] == pytest.approx([sigmoid(4), sigmoid(-2)], rel=1e-15)
    assert [round(a, 2) for a in doc["output"]] == [0.98, 0.12]
    assert doc["loss"] is None and doc["gradients"] is None
    assert doc["updated"] is None and doc["loss_after"] is None


def test_matrix_example_backward_pass_as_json(run_cli, matrix_model):
    doc = explain_json(run_cli, matrix_model, "--input", "1,-1", "--target", "0,1")
    a1, a2 = sigmoid(4), sigmoid(-2)
    assert doc["loss"] == pytest.approx(0.5 * (a1**2 + (1 - a2) ** 2), rel=1e-14)
    d1, d2 = a1 * a1 * (1 - a1), (a2 - 1) * a2 * (1 - a2)  # (a - y) σ'(z)
    (g,) = doc["gradients"]
    assert g["delta"] == pytest.approx([d1, d2], rel=1e-13)
    assert g["weights"] == [pytest.approx([d1, -d1], rel=1e-13), pytest.approx([d2, -d2], rel=1e-13)]
    assert g["bias"] == pytest.approx([d1, d2], rel=1e-13)
    assert doc["updated"] is None and doc["loss_after"] is None


def test_one_d_example_as_json(run_cli, one_d_model):
    doc = explain_json(run_cli, one_d_model, "--input", "2", "--target", "3", "--lr", "0.1")
    assert doc["layers"] == [{"z": [5.0], "a": [5.0]}]
    assert doc["loss"] == 4.0
    assert doc["gradients"] == [{"delta": [4.0], "weights": [[8.0]], "bias": None}]
    (u,) = doc["updated"]
    assert u["bias"] is None and u["weights"][0][0] == pytest.approx(1.7, abs=1e-12)
    assert doc["loss_after"] == pytest.approx(0.16, abs=1e-12)


def test_json_keeps_full_precision(run_cli, matrix_model):
    doc = explain_json(run_cli, matrix_model, "--input", "0.123456789012,-1")
    assert doc["input"] == [0.123456789012, -1.0]
    z = 0.123456789012 + 2 + 1
    assert doc["layers"][0]["z"][0] == z
    exact = load_model(matrix_model).predict([0.123456789012, -1])[0, 0]
    assert doc["output"][0] == exact  # every digit of the float64, not 4 significant ones
    assert doc["output"][0] == pytest.approx(sigmoid(z), rel=1e-15)


# -- negative numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["--input=-1,2", "--target=-1,0", "--lr=0.5"],
    ["--input", "-1,2", "--target", "-1,0", "--lr", "0.5"],
    ["--input", " -1, 2", "--target", "-1 ,0", "--lr", "5e-1"],
])
def test_negative_vectors_both_spellings(run_cli, matrix_model, argv):
    doc = explain_json(run_cli, matrix_model, *argv)
    assert doc["input"] == [-1.0, 2.0]
    assert doc["layers"][0]["z"] == [1 * -1 + -2 * 2 + 1, -1 * -1 + 1 * 2 + 0]  # [-4, 3]
    assert doc["loss"] == pytest.approx(0.5 * ((sigmoid(-4) + 1) ** 2 + sigmoid(3) ** 2), rel=1e-14)


# -- every format -----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt, line", [
    ("text", "  z¹₁ = w¹₁₁·a⁰₁ + w¹₁₂·a⁰₂ + b¹₁ = 1·1 + (−2)·(−1) + 1 = 4\n"),
    ("markdown", "- z¹₁ = w¹₁₁·a⁰₁ + w¹₁₂·a⁰₂ + b¹₁ = 1·1 + (−2)·(−1) + 1 = 4\n"),
    ("latex", r"1 \cdot 1 + (-2) \cdot (-1) + 1 = 4"),
])
def test_each_format_writes_the_formula(run_cli, matrix_model, fmt, line):
    result = run_cli("explain", matrix_model, "--input", "1,-1", "--target", "0,1", "--lr", "0.1",
                     "--format", fmt)
    assert result.status == 0 and result.err == ""
    assert line in result.out


def test_text_is_the_default_format(run_cli, one_d_model):
    result = run_cli("explain", one_d_model, "--input", "2", "--target", "3", "--lr", "0.1")
    assert result.status == 0
    assert "  w¹₁₁ ← w¹₁₁ − η·∂ℓ/∂w¹₁₁ = 2.5 − 0.1·8 = 1.7\n" in result.out


# -- the step list as JSON lines, and Beamer slides ------------------------------------------------
def test_steps_format_is_one_json_object_per_step_in_walk_order(run_cli, one_d_model):
    result = run_cli("explain", one_d_model, "--input", "2", "--target", "3", "--lr", "0.1",
                     "--format", "steps")
    assert result.status == 0 and result.err == ""
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [r["index"] for r in records] == list(range(1, 11))
    assert [(r["phase"], r["symbol"]) for r in records] == [
        ("forward", "z1_1"), ("forward", "a1_1"), ("loss", "loss"), ("backward", "da1_1"),
        ("backward", "dadz1_1"), ("backward", "delta1_1"), ("gradient", "dw1_11"),
        ("update", "w1_11'"), ("update", "a1'"), ("update", "loss'")]
    z, dw, w_new, loss_after = records[0], records[6], records[7], records[9]
    assert (z["layer"], z["neuron"], z["edge"]) == (1, 1, None)
    assert (z["formula"], z["numbers"], z["result"], z["value"]) == ("w¹₁₁·a⁰₁", "2.5·2", "5", 5.0)
    assert dw["edge"] == [1, 1] and dw["value"] == 8.0
    assert (w_new["lhs"], w_new["op"], w_new["numbers"]) == ("w¹₁₁", "←", "2.5 − 0.1·8")
    assert w_new["value"] == 2.5 - 0.1 * 8.0  # full precision
    assert loss_after["value"] == pytest.approx(0.16)


def test_steps_format_summarises_a_wide_sum_to_max_terms(run_cli, tmp_path):
    path = tmp_path / "wide.json"
    save_model(Network.create([20, 1], activation="identity", init="uniform", seed=4), path)
    x = ",".join(str(v / 10) for v in range(1, 21))
    result = run_cli("explain", path, "--input", x, "--format", "steps", "--max-terms", "3")
    z = json.loads(result.out.splitlines()[0])
    assert len(z["sum"]["terms"]) == 3 and z["sum"]["more_terms"] == 17
    assert "(… 17 more terms = " in z["numbers"]
    assert sum(t["value"] for t in z["sum"]["terms"]) + z["sum"]["more_value"] + z["sum"]["bias"] \
        == pytest.approx(z["value"], abs=1e-12)


def test_beamer_format_is_a_whole_document(run_cli, matrix_model):
    result = run_cli("explain", matrix_model, "--input", "1,-1", "--target", "0,1", "--lr", "0.1",
                     "--format", "beamer")
    assert result.status == 0 and result.err == ""
    assert result.out.startswith("\\documentclass{beamer}\n")
    assert result.out.endswith("\\end{document}\n")
    assert "\\begin{frame}[t]{Backward pass, layer 1, neuron 2}" in result.out


# -- bad input: one line on stderr, exit status 2, never a traceback ---------------------------------
BAD = [
    (["missing.json", "--input", "1,2"], "missing.json: no such file"),
    (["{dir}", "--input", "1,2"], "is a directory"),
    (["{notjson}", "--input", "1,2"], "not valid JSON"),
    (["{badtag}", "--input", "1,2"], "field 'format' must be 'nnviz-model'"),
    (["{model}", "--input", "1,2,3"], "--input has 3 numbers but the network has 2 inputs"),
    (["{model}", "--input", "1"], "--input has 1 number but the network has 2 inputs"),
    (["{model}", "--input", "1,abc"], "--input: 'abc' is not a number"),
    (["{model}", "--input", "nan,1"], "--input: 'nan' is not a finite number"),
    (["{model}", "--input", "1,-inf"], "--input: '-inf' is not a finite number"),
    (["{model}", "--input", ""], "--input is empty"),
    (["{model}", "--input", "1,,2"], "--input: an empty entry"),
    (["{model}", "--input", "1,2", "--target", "1"],
     "--target has 1 number but the network has 2 outputs"),
    (["{model}", "--input", "1,2", "--target", "x,1"], "--target: 'x' is not a number"),
    (["{model}", "--input", "1,2", "--lr", "0.1"], "--lr needs --target"),
    (["{model}", "--input", "1,2", "--target", "0,1", "--lr", "-0.1"],
     "--lr must be a positive number"),
    (["{model}", "--input", "1,2", "--target", "0,1", "--lr", "fast"], "--lr: 'fast' is not a number"),
    (["{model}", "--input", "1,2", "--format", "pdf"], "invalid choice: 'pdf'"),
    (["{model}"], "required: --input"),
    (["{model}", "--input", "1,2", "--colour"], "unrecognized arguments: --colour"),
    (["{model}", "--input", "1,2,3", "--format", "steps"],
     "--input has 3 numbers but the network has 2 inputs"),
    (["{model}", "--input", "1", "--target", "0,1", "--format", "beamer"],
     "--input has 1 number but the network has 2 inputs"),
    (["{model}", "--input", "1,2", "--format", "steps", "--max-terms", "0"],
     "--max-terms must be a whole number ≥ 1, got '0'"),
    (["{model}", "--input", "1,2", "--format", "steps", "--max-terms", "-3"],
     "--max-terms must be a whole number ≥ 1"),
    (["{model}", "--input", "1,2", "--max-terms", "5"], "--max-terms is for --format steps or beamer"),
]


@pytest.fixture
def paths(tmp_path, matrix_model):
    (tmp_path / "notjson.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "badtag.json").write_text(MATRIX_MODEL.replace("nnviz-model", "other"),
                                          encoding="utf-8")
    (tmp_path / "dir").mkdir()
    return {"model": matrix_model, "dir": tmp_path / "dir", "notjson": tmp_path / "notjson.json",
            "badtag": tmp_path / "badtag.json"}


@pytest.mark.parametrize("argv, message", BAD, ids=[m for _, m in BAD])
def test_bad_input_is_one_line_and_exit_2(run_cli, paths, monkeypatch, tmp_path, argv, message):
    monkeypatch.chdir(tmp_path)
    result = run_cli("explain", *[a.format(**paths) for a in argv])
    assert result.status == 2
    assert result.out == ""
    assert result.err.endswith("\n") and result.err.count("\n") == 1, result.err
    assert result.err.startswith("nnviz: error: ")
    assert message in result.err
    assert "Traceback" not in result.err


def test_overflow_is_one_line(run_cli, tmp_path):
    path = tmp_path / "huge.json"
    save_model(Network.from_layers([[[1e300, 1e300]]], [None], ["identity"]), path)
    result = run_cli("explain", path, "--input", "1e10,1e10")
    assert result.status == 2 and result.err.count("\n") == 1
    assert "overflows" in result.err


# -- the real command, in its own process ----------------------------------------------------------------
def test_python_m_nnviz_explain_in_a_subprocess(matrix_model):
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "explain", str(matrix_model), "--input", "-1,2",
         "--target", "0,1", "--lr", "0.1", "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert doc["input"] == [-1.0, 2.0] and doc["layers"][0]["z"] == [-4.0, 3.0]
    assert len(doc["updated"]) == 1 and doc["loss_after"] < doc["loss"]


def test_bad_input_in_a_subprocess_is_one_line_without_traceback(matrix_model):
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "explain", str(matrix_model), "--input", "1,abc"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "nnviz: error: --input: 'abc' is not a number\n"


def test_explain_does_not_load_qt(matrix_model):
    code = ("import sys; from nnviz.cli import main; "
            f"status = main(['explain', {str(matrix_model)!r}, '--input', '1,-1', '--format', 'json']); "
            "assert status == 0; "
            "loaded = [m for m in ('PySide6', 'pyqtgraph', 'shiboken6') if m in sys.modules]; "
            "assert not loaded, loaded")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_unicode_output_survives_an_ascii_terminal(matrix_model):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "explain", str(matrix_model), "--input", "1,-1"],
        capture_output=True, timeout=60, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "a¹₁ = σ(z¹₁) = σ(4) = 0.982\n" in result.stdout.decode("utf-8")
