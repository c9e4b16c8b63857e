"""The lessons shipped with nnviz: their names in the lectures' teaching order, and the old
names that still open them."""

from __future__ import annotations

DEFAULT_LESSON = "xor"
# The shipped lessons in the order the lectures teach them (issue 13's lesson pack): the
# perceptron as a decision rule and its learning rule, what one neuron can and cannot
# learn, the sigmoid neuron, layers as matrices, gradient descent from one weight to a
# surface, logistic regression, backpropagation and the chain rule, a regression network,
# mini-batches, digits, and depth.
LESSON_ORDER = ("festival", "perceptron_rule", "gates", "xor", "sigmoid_neuron", "matrix",
                "three_layer", "gradient_descent_1d", "learning_rates", "loss_surface",
                "logistic", "backprop", "chain_rule", "average", "minibatch", "digits",
                "mnist", "spiral")
# Names a lesson had before: an old name opens the lesson under its new name. The old
# "perceptron" lesson (one sign neuron learning AND by Rosenblatt's rule, then OR, never
# XOR) is now the first step of "gates"; "smallest_perceptron" (a = w·x, 4 -> 0.16) is
# the start of "gradient_descent_1d".
LESSON_ALIASES: dict[str, str] = {
    "perceptron": "gates",
    "smallest_perceptron": "gradient_descent_1d",
}
