"""How big a network is, counted the way the lectures count: the neurons of layers 1..L (the
inputs are not neurons), the weights Σ_l N_l·N_{l-1}, the biases and all parameters.

    >>> from nnviz.core.network import Architecture
    >>> count_text(Architecture.dense([3, 4, 2], "sigmoid"))
    '3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters'

(lectures.md: "a 3-4-2 network has 4 + 2 = 6 neurons, 3·4 + 4·2 = 20 weights, 26 parameters".)
``nnviz train``'s and ``nnviz explain``'s headers say it.
"""

from __future__ import annotations

from nnviz.core.i18n import translate
from nnviz.core.network import Architecture


def _many(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated, with the field {n}) for n, n written 1,000."""
    return (one if n == 1 else many).format(n=f"{n:,}")


def count_text(arch: Architecture) -> str:
    """``"3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters"`` (no bias: "no
    biases")."""
    biases = (_many(arch.n_biases, translate("Counts", "{n} bias"),
                    translate("Counts", "{n} biases"))
              if arch.n_biases else translate("Counts", "no biases"))
    return translate("Counts", "{sizes} network: {neurons}, {weights}, {biases}, "
                               "{parameters}").format(
        sizes="-".join(str(n) for n in arch.sizes),
        neurons=_many(arch.n_neurons, translate("Counts", "{n} neuron"),
                      translate("Counts", "{n} neurons")),
        weights=_many(arch.n_weights, translate("Counts", "{n} weight"),
                      translate("Counts", "{n} weights")),
        biases=biases,
        parameters=_many(arch.n_parameters, translate("Counts", "{n} parameter"),
                         translate("Counts", "{n} parameters")))
