"""How big a network is, counted the way the lectures count: the neurons of layers 1..L (the
inputs are not neurons), the weights Σ_l N_l·N_{l-1}, the biases and all parameters.

    >>> from nnviz.core.network import Architecture
    >>> count_text(Architecture.dense([3, 4, 2], "sigmoid"))
    '3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters'

(lectures.md: "a 3-4-2 network has 4 + 2 = 6 neurons, 3·4 + 4·2 = 20 weights, 26 parameters".)
``nnviz train``'s and ``nnviz explain``'s headers say it.
"""

from __future__ import annotations

from nnviz.core.network import Architecture


def _many(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def count_text(arch: Architecture) -> str:
    """``"3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters"`` (no bias: "no
    biases")."""
    biases = _many(arch.n_biases, "bias", "biases") if arch.n_biases else "no biases"
    return (f"{'-'.join(str(n) for n in arch.sizes)} network: {_many(arch.n_neurons, 'neuron')}, "
            f"{_many(arch.n_weights, 'weight')}, {biases}, "
            f"{_many(arch.n_parameters, 'parameter')}")
