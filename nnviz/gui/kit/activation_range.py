"""The fixed range of a bounded activation, for colouring and framing its values."""

from __future__ import annotations

# a = σ(z) stays in [lo, hi] for every z; the other activations are unbounded (or softmax).
_BOUNDED = {"sigmoid": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def activation_range(activation: str) -> tuple[float, float] | None:
    """(lo, hi) with lo ≤ σ(z) ≤ hi for all z, or None when σ is unbounded: relu, identity, ..."""
    return _BOUNDED.get(activation)
