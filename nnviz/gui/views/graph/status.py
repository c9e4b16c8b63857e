"""The graph's status line: whose activations fill the neurons, what the graph cannot show,
and how big the network is (neurons, weights, biases, parameters, counted as the lectures do).

Samples are counted from 1, as the step-through panel, the status bar and the command line
count them.
"""

from __future__ import annotations

from nnviz.core.counts import count_text
from nnviz.core.data import Dataset
from nnviz.core.network import Architecture
from nnviz.gui.views.graph.activity import Activity, data_rows
from nnviz.gui.views.graph.describe import sample_text


def status_line(dataset: Dataset | None, architecture: Architecture, activity: Activity | None,
                walk, gradient_mode: bool, has_gradient: bool) -> tuple[str, str]:
    """(the line, the problem): "sample 2: x = (0, 1), y = 1", "mean over 4 samples", the
    walk's "step-through: step k of n", then the network's counts ("2-4-1 network: 5 neurons,
    12 weights, 5 biases, 17 parameters": the first words a narrow view cuts); the problem
    ("" for none) says why the neurons are unfilled or that gradient mode has no gradient
    before the first step."""
    if dataset is None:
        problem = "no data set: neurons unfilled"
    elif dataset.n_features != architecture.n_inputs:
        problem = (f"the data has {dataset.n_features} inputs, the network "
                   f"{architecture.n_inputs}: neurons unfilled")
    elif activity is None:
        problem = "the data set is empty"
    else:
        problem = ""
    if problem:
        text = problem
    elif activity.sample is None:
        total = len(data_rows(dataset)[0])
        samples = "sample" if activity.n_samples == 1 else "samples"
        text = f"mean over {activity.n_samples} {samples}" + (
            "" if activity.n_samples == total else f" of {total}")
    else:
        text = sample_text(dataset, activity.sample)
    if walk is not None:
        w = walk.walkthrough
        text += f"; step-through: step {w.number} of {len(w.steps)}"
    elif gradient_mode and not has_gradient:
        text += "; no gradient before the first step"
        problem = "; ".join(filter(None, (problem, "no gradient before the first step")))
    return f"{text} · {count_text(architecture)}", problem
