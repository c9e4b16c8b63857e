"""`--format steps` and `--format beamer`: the step list as JSON lines and as Beamer slides.

The step list's values are tested against Network.forward / backward in test_worked.py;
here: each record is its step, and the Beamer document compiles with pdflatex.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import numpy as np
import pytest
from hypothesis import given, settings

from nnviz.core.explain import render
from nnviz.core.explain.beamer import FRAME_LINES
from nnviz.core.network import Network
from nnviz.core.worked import PHASES, step_list
from nnviz.core.worked_numbers import work_out
from tests.core.test_explain import LATEX_CASES, matrix_example, small_problems

KEYS = ["index", "phase", "layer", "neuron", "edge", "symbol", "lhs", "op", "formula", "numbers",
        "result", "value", "note", "sum"]


@settings(max_examples=40, deadline=None)
@given(small_problems())
def test_every_record_is_its_step(problem):
    net, x, y, lr = problem
    numbers = work_out(net, x, y, lr)
    records = [json.loads(line) for line in render(numbers, "steps").splitlines()]
    steps = step_list(numbers)
    assert len(records) == len(steps)
    ranks = [PHASES.index(r["phase"]) for r in records]
    assert ranks == sorted(ranks)
    for i, (record, step) in enumerate(zip(records, steps), start=1):
        assert list(record) == KEYS and record["index"] == i
        value = list(step.value) if isinstance(step.value, tuple) else step.value
        assert record["value"] == value  # full precision survives JSON
        assert (record["symbol"], record["layer"], record["neuron"]) == (
            step.symbol, step.layer, step.neuron)
        assert record["edge"] == (None if step.edge is None else list(step.edge))
        shown = [s for s in (record["formula"], record["numbers"]) if s] + [record["result"]]
        assert " = ".join(shown) == " = ".join(step.sides)


def test_beamer_document_has_one_frame_per_neuron_group():
    numbers = work_out(matrix_example(), [1, -1], [0, 1], 0.1)
    document = render(numbers, "beamer")
    steps = step_list(numbers)
    groups = sum(1 for i in range(len(steps)) if steps.group_start(i) == i)
    assert document.count("\\begin{frame}") == 1 + groups  # the network, then the groups
    assert "\\framesubtitle{steps 1--2 of %d}" % len(steps) in document
    for frame in document.split("\\begin{frame}")[2:]:
        maths = frame.split("\\begin{align*}")[1].split("\\end{align*}")[0]
        assert maths.count("\\\\") + 1 <= FRAME_LINES


def beamer_available() -> bool:
    if shutil.which("pdflatex") is None or shutil.which("kpsewhich") is None:
        return False
    found = subprocess.run(["kpsewhich", "beamer.cls"], capture_output=True, text=True)
    return found.returncode == 0 and found.stdout.strip() != ""


WIDE = (lambda: Network.create([784, 30, 10], activation="sigmoid", output_activation="softmax",
                               loss="softmax_cross_entropy", seed=1),
        np.linspace(0, 1, 784), np.eye(10)[7])


@pytest.mark.skipif(not beamer_available(), reason="pdflatex or the beamer class is not installed")
@pytest.mark.parametrize("case", ["matrix example (sigmoid)", "relu + softmax, no bias, negatives",
                                  "leaky relu, step, tiny and huge numbers, absolute error",
                                  "12 inputs, 10 softmax outputs"])
def test_beamer_document_compiles(case, tmp_path):
    make, x, y = LATEX_CASES[case]
    numbers = work_out(make(), x, y, 0.1)
    (tmp_path / "walk.tex").write_text(render(numbers, "beamer"), encoding="utf-8")
    result = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "walk.tex"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert (tmp_path / "walk.pdf").stat().st_size > 0


@pytest.mark.skipif(not beamer_available(), reason="pdflatex or the beamer class is not installed")
def test_beamer_forward_pass_of_a_784_input_network_compiles(tmp_path):
    """The wide sums are summarised; only the forward pass, to keep the document short."""
    make, x, _ = WIDE
    (tmp_path / "wide.tex").write_text(render(work_out(make(), x), "beamer"), encoding="utf-8")
    result = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "wide.tex"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
