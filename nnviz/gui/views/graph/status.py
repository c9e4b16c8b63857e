"""The graph's status line: whose activations fill the neurons, what the graph cannot show,
and how big the network is (neurons, weights, biases, parameters, counted as the lectures do).

Samples are counted from 1, as the step-through panel, the status bar and the command line
count them.
"""

from __future__ import annotations

from nnviz.core.counts import count_text
from nnviz.core.data import Dataset
from nnviz.core.i18n import translate
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
        problem = translate("GraphView", "no data set: neurons unfilled")
    elif dataset.n_features != architecture.n_inputs:
        problem = translate("GraphView", "the data has {features} inputs, the network {inputs}: neurons unfilled").format(
            features=dataset.n_features, inputs=architecture.n_inputs)
    elif activity is None:
        problem = translate("GraphView", "the data set is empty")
    else:
        problem = ""
    if problem:
        text = problem
    elif activity.sample is None:
        total = len(data_rows(dataset)[0])
        n = activity.n_samples
        if n == total:
            text = translate("GraphView", "mean over 1 sample") if n == 1 \
                else translate("GraphView", "mean over %n samples", None, n)
        else:
            text = (translate("GraphView", "mean over 1 sample of {total}") if n == 1
                    else translate("GraphView", "mean over %n samples of {total}", None, n)).format(total=total)
    else:
        text = sample_text(dataset, activity.sample)
    if walk is not None:
        w = walk.walkthrough
        text += translate("GraphView", "; step-through: step {k} of {n}").format(k=w.number, n=len(w.steps))
    elif gradient_mode and not has_gradient:
        no_gradient = translate("GraphView", "no gradient before the first step")
        text += "; " + no_gradient
        problem = "; ".join(filter(None, (problem, no_gradient)))
    return f"{text} · {count_text(architecture)}", problem
