"""`nnviz train --rule perceptron`: Rosenblatt's rule on one sign or step neuron, sample by sample.

ŷ = sign(w·x + b); on a mistake w ← w + η y x, b ← b + η y, with y = ±1. With --json one
line per sample (the event) and a summary line; without it one line per epoch (its mistakes
and w, b) and a summary. The rule stops ("converged") after an epoch without a mistake.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnviz.commands.options import DEFAULT_STEPS, at_least, parse_layers
from nnviz.commands.train_reports import percent
from nnviz.commands.train_setup import describe, save_network
from nnviz.core.config import check_fits
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture, Network
from nnviz.core.perceptron import ACTIVATIONS as PERCEPTRON_NEURONS

# Options that mean nothing to the perceptron rule (they are errors with --rule perceptron).
GRADIENT_ONLY = ("activation", "loss", "optimizer", "batch", "init", "every", "target_loss",
                 "cost")


@dataclass(frozen=True)
class PerceptronSetup:
    """The one-layer network the rule trains: its activation and starting w, b (None: no bias)."""

    activation: str
    weights: np.ndarray
    bias: float | None


def perceptron_setup(args: argparse.Namespace, dataset: Dataset) -> PerceptronSetup:
    for option in GRADIENT_ONLY:
        if getattr(args, option) is not None:
            raise InputError(translate("Commands", "{option} does not apply to --rule perceptron")
                             .format(option="--" + option.replace("_", "-")))
    if dataset.kind != CLASSIFICATION or dataset.n_classes != 2:
        message = (translate("Commands", "the perceptron rule needs two classes; data set {name} has "
                             "regression data") if dataset.kind != CLASSIFICATION else
                   translate("Commands", "the perceptron rule needs two classes; data set {name} has "
                             "{k} classes"))
        raise InputError(message.format(name=repr(dataset.name), k=dataset.n_classes))
    if args.model is not None:
        from nnviz.core.modelfile import load_model

        if args.output_activation is not None or args.no_bias:
            raise InputError(translate("Commands", "--output-activation and --no-bias cannot be "
                                       "combined with --model"))
        network = load_model(args.model)
        arch = network.architecture
        source = f"--model {args.model}"
        if arch.n_layers != 1 or arch.n_outputs != 1 or arch.activations[0] not in PERCEPTRON_NEURONS:
            raise InputError(translate(
                "Commands", "{source}: the perceptron rule trains one neuron with a sign or step "
                "activation; this model is a {network}"
            ).format(source=source, network=describe(network)))
        check_fits(arch, dataset, source)
        bias = None if network.biases[0] is None else float(network.biases[0][0])
        return PerceptronSetup(arch.activations[0], network.weights[0][0].copy(), bias)
    activation = args.output_activation or "sign"
    if activation not in PERCEPTRON_NEURONS:
        raise InputError(translate("Commands", "--output-activation {activation}: the perceptron "
                                   "rule needs sign or step").format(activation=activation))
    if args.layers is not None:
        sizes = parse_layers(args.layers)
        if len(sizes) != 2 or sizes[1] != 1:
            raise InputError(translate(
                "Commands", "--layers {layers}: the perceptron rule trains one neuron with no hidden "
                "layer: use --layers {inputs},1"
            ).format(layers=args.layers, inputs=dataset.n_features))
        check_fits(Architecture.dense(sizes, activation), dataset, f"--layers {args.layers}")
    return PerceptronSetup(activation, np.zeros(dataset.n_features), None if args.no_bias else 0.0)


def run_perceptron(args: argparse.Namespace, dataset: Dataset, save_to: Path | None) -> int:
    from nnviz.core.perceptron import accuracy, perceptron_rule

    setup = perceptron_setup(args, dataset)
    x = dataset.x_train
    n = x.shape[0]
    y = np.where(dataset.y_train == 1, 1, -1)
    steps, epochs = at_least("--steps", args.steps, 1), at_least("--epochs", args.epochs, 1)
    max_steps = epochs * n if epochs is not None else (DEFAULT_STEPS if steps is None else steps)
    eta = 1.0 if args.lr is None else args.lr
    events = perceptron_rule(x, y, weights=setup.weights, bias=setup.bias, eta=eta,
                             activation=setup.activation, max_steps=max_steps)
    last = None
    mistakes = 0  # in the current epoch
    for event in events:
        last = event
        mistakes += event.mistake
        if args.json:
            sys.stdout.write(json.dumps({
                "step": event.step, "x": event.x.tolist(), "y": event.y,
                "prediction": event.prediction, "mistake": event.mistake,
                "weights": event.weights.tolist(), "bias": event.bias,
            }) + "\n")
        elif event.stopped or event.index == n - 1:
            line = (translate("Commands", "epoch {epoch}: 1 mistake, {parameters}") if mistakes == 1
                    else translate("Commands", "epoch {epoch}: {mistakes} mistakes, {parameters}"))
            sys.stdout.write(line.format(epoch=event.epoch, mistakes=mistakes,
                                         parameters=_parameters_text(event)) + "\n")
            mistakes = 0
    network = Network.from_layers([[last.weights]], [None if last.bias is None else [last.bias]],
                                  [setup.activation])
    save_network(network, save_to)
    train_acc = accuracy(x, y, last.weights, last.bias, setup.activation)
    test_acc = (accuracy(dataset.x_test, np.where(dataset.y_test == 1, 1, -1), last.weights,
                         last.bias, setup.activation)
                if dataset.x_test.shape[0] else None)
    if args.json:
        sys.stdout.write(json.dumps({
            "steps": last.step, "epochs": last.step / n, "loss": 1.0 - train_acc,
            "train_accuracy": train_acc, "test_accuracy": test_acc, "stopped": last.stopped,
        }) + "\n")
    else:
        why = (translate("Commands", "converged: an epoch without a mistake")
               if last.stopped == "converged" else
               translate("Commands", "the step budget is used up (no epoch without a mistake)"))
        accuracy_line = (translate("Commands", "{parameters}; training accuracy {train}")
                         if test_acc is None else
                         translate("Commands", "{parameters}; training accuracy {train}, test "
                                   "accuracy {test}"))
        sys.stdout.write(
            translate("Commands", "stopped after {steps} steps ({epochs} epochs): {why}")
            .format(steps=last.step, epochs=last.epoch, why=why) + "\n"
            + accuracy_line.format(parameters=_parameters_text(last), train=percent(train_acc),
                                   test=percent(test_acc)) + "\n"
        )
        if save_to is not None:
            sys.stdout.write(translate("Commands", "saved the network to {path}").format(path=save_to)
                             + "\n")
    sys.stdout.flush()
    return 0


def _parameters_text(event) -> str:
    """``w = (2, 1), b = -3``."""
    w = ", ".join(f"{v:g}" for v in event.weights)
    return f"w = ({w})" + ("" if event.bias is None else f", b = {event.bias:g}")
