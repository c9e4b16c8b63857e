"""The lessons shipped with nnviz: their names in the lectures' teaching order, and the old
names that still open them."""

from __future__ import annotations

DEFAULT_LESSON = "xor"
# The shipped lessons in the order the lectures teach them: the perceptron and its learning
# rule, gradient descent on the smallest perceptron, one sigmoid neuron, backpropagation
# through a hidden layer (average, XOR), depth and mini-batches (spiral), then digits.
LESSON_ORDER = ("perceptron", "smallest_perceptron", "logistic", "average", "xor", "spiral",
                "digits")
# Names a lesson had before: an old name opens the lesson under its new name.
LESSON_ALIASES: dict[str, str] = {}
