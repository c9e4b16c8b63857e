"""The open step-through: which sample, from which frozen snapshot, and where the cursor is.

A :class:`WalkState` is what the session state holds while the step-through is open (None
when it is closed). The walk is computed once, from the snapshot's frozen parameters, when
it opens: stepping never changes the network (issue 11). ``kind`` says which worked example
it is: "network" (one forward pass, the loss, one backward pass, the update) or "perceptron"
(Rosenblatt's rule on one sample).

:func:`open_walk` builds it for training row i: x = x_i, the target y_i encoded as training
encodes it (:func:`~nnviz.core.training.encoded_targets`), η the configuration's learning
rate; the update is θ' = θ − η·∇θ ℓ(x_i, y_i) (one sample), or for the perceptron rule
w' = w + η·y·x, b' = b + η·y on a mistake (y ∈ {−1, +1}). :func:`move_walk` moves its cursor.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.config import Config
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.network import Network
from nnviz.core.parameter_update import ParameterUpdate
from nnviz.core.perceptron import perceptron_rule
from nnviz.core.snapshot import Snapshot
from nnviz.core.training import encoded_targets
from nnviz.core.worked import SUMMARY_TERMS
from nnviz.core.worked_numbers import WorkedNumbers, work_out
from nnviz.core.worked_perceptron import perceptron_steps
from nnviz.session.commands import Walk
from nnviz.session.walkthrough import Outcome, Walkthrough

NETWORK, PERCEPTRON = "network", "perceptron"
MOVES = ("next", "previous", "first", "last", "to")


@dataclass(frozen=True, eq=False)
class WalkState:
    """The step-through of sample ``sample`` (0-based: training rows, then test rows) on
    ``snapshot``; ``sample_name`` says which in words ("test sample 12": Dataset.sample_name).

    ``walkthrough`` is the navigator (its cursor moves; the step list never changes);
    ``numbers`` every number of the worked example (for exports: ``core.explain.render``;
    None for the perceptron rule); ``update`` the table of the update it ends with (old θ,
    ∂ℓ/∂θ, η·∂ℓ/∂θ, new θ; its ``cost`` the configuration's, "sum" for a lecture's L = Σ ℓ),
    None when the walk has no update (the perceptron made no mistake)."""

    sample: int
    snapshot: Snapshot
    walkthrough: Walkthrough
    numbers: WorkedNumbers | None
    update: ParameterUpdate | None
    kind: str = NETWORK
    sample_name: str = ""


def open_walk(snapshot: Snapshot, dataset: Dataset, sample: int, config: Config, *,
              max_terms: int | None = SUMMARY_TERMS, predict_first: bool = False) -> WalkState:
    """The step-through of sample ``sample`` (0-based: training rows, then test rows) on
    ``snapshot``'s θ, with η the configuration's learning rate; sums summarised to
    ``max_terms`` terms. A sample out of
    range or a network that does not fit the data is one :class:`InputError`."""
    network = snapshot.network()
    x, target = _sample(network, dataset, sample)
    eta = config.training.learning_rate
    if config.training.rule == "perceptron":
        return _perceptron_walk(snapshot, network, dataset, sample, x, target, eta, max_terms,
                                predict_first)
    numbers = work_out(network, x, target, eta)
    walkthrough = Walkthrough.of(numbers, max_terms=max_terms, predict_first=predict_first)
    update = ParameterUpdate.of_worked(numbers, config.training.cost)  # the table names L or ℓ
    return WalkState(sample, snapshot, walkthrough, numbers, update,
                     sample_name=dataset.sample_name(sample))


def move_walk(walk: WalkState, command: Walk) -> Outcome:
    """Move ``walk``'s cursor as ``command`` says; a bad move, level or step number is an
    :class:`InputError` and the cursor stays."""
    w = walk.walkthrough
    match command.move:
        case "next":
            return w.next(command.level)
        case "previous":
            return w.previous(command.level)
        case "first":
            return w.first()
        case "last":
            return w.last()
        case "to":
            return w.go_to(command.number)
    raise InputError(translate("Session", "unknown step-through move {move} (known: {moves})")
                     .format(move=repr(command.move), moves=", ".join(MOVES)))


def _sample(network: Network, dataset: Dataset, sample: int) -> tuple[np.ndarray, np.ndarray]:
    """(x_i, y_i) of sample ``sample`` (training rows, then test rows: Dataset.sample), y_i
    encoded for ``network``'s outputs."""
    n = dataset.n_samples
    if isinstance(sample, bool) or not isinstance(sample, (int, np.integer)) or not 0 <= sample < n:
        shown = sample + 1 if isinstance(sample, (int, np.integer)) else sample
        raise InputError(translate("Session", "there is no sample {sample}: the data set {name} has "
                                   "{n} samples, numbered 1 to {n}")
                         .format(sample=repr(shown), name=dataset.name, n=n))
    arch = network.architecture
    if dataset.n_features != arch.n_inputs:
        raise InputError(translate("Session", "the network has {inputs} inputs but the data set "
                                   "{name} has {features} features")
                         .format(inputs=arch.n_inputs, name=dataset.name, features=dataset.n_features))
    x, y = dataset.sample(int(sample))
    target = encoded_targets(network, dataset, np.asarray(y)[None, ...])[0]
    return np.asarray(x, float), target


def _perceptron_walk(snapshot: Snapshot, network: Network, dataset: Dataset, sample: int,
                     x: np.ndarray, target: np.ndarray, eta: float, max_terms: int | None,
                     predict_first: bool) -> WalkState:
    """Rosenblatt's rule on row ``sample``: the label y is +1 for class 1, else −1."""
    w = network.weights[0][0]
    b = None if network.biases[0] is None else float(network.biases[0][0])
    y = 1 if dataset.sample(sample)[1] == 1 else -1
    activation = network.activations[0].name
    steps = perceptron_steps(w, b, x, y, eta=eta, activation=activation, max_terms=max_terms)
    walkthrough = Walkthrough(steps, predict_first=predict_first)
    return WalkState(sample, snapshot, walkthrough, None,
                     _perceptron_update(network, x, target, y, eta, activation),
                     kind=PERCEPTRON, sample_name=dataset.sample_name(sample))


def _perceptron_update(network: Network, x: np.ndarray, target: np.ndarray, y: int, eta: float,
                       activation: str) -> ParameterUpdate | None:
    """The rule's update as a table: on a mistake the "gradient" is −y·x (−y for b), so
    θ' = θ − η·(−y·x) = θ + η·y·x; None when the sample is classified right. The costs
    before and after are the network's loss ℓ on (x, ``target``)."""
    old = network.params.copy()
    b = network.biases[0]
    event = next(perceptron_rule(x[None, :], np.array([y]), weights=network.weights[0][0],
                                 bias=None if b is None else float(b[0]), eta=eta,
                                 activation=activation, max_steps=1))
    if not event.mistake:
        return None
    arch = network.architecture
    gradient = -y * (np.append(x, 1.0) if b is not None else x)
    new = np.append(event.weights, event.bias) if b is not None else np.array(event.weights)
    cost_before = network.cost(x[None, :], target[None, :])
    cost_after = Network(arch, new.copy()).cost(x[None, :], target[None, :])
    arrays = [old, gradient[None, :].copy(), gradient, eta * gradient, new]
    for a in arrays:
        a.flags.writeable = False
    return ParameterUpdate(arch, eta, *arrays, float(cost_before), float(cost_after))
