"""Check backpropagation against central finite differences.

For every parameter θ_i:  ∂C/∂θ_i ≈ (C(θ + h e_i) - C(θ - h e_i)) / 2h,  error O(h²).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.network import Network


@dataclass(frozen=True)
class GradientCheck:
    """The analytic (backward) and numeric gradients, flat like θ, and their disagreement."""

    analytic: np.ndarray
    numeric: np.ndarray

    @property
    def relative_error(self) -> float:
        """‖g - n‖ / (‖g‖ + ‖n‖), 0 when both vanish: 0 when they agree exactly."""
        scale = np.linalg.norm(self.analytic) + np.linalg.norm(self.numeric)
        return float(np.linalg.norm(self.analytic - self.numeric) / scale) if scale else 0.0


def check_gradients(net: Network, x: np.ndarray, y: np.ndarray, h: float = 1e-6) -> GradientCheck:
    """Compare ``net.backward`` with central differences of ``net.cost`` at the current θ."""
    analytic = net.gradient(x, y).flat.copy()
    theta = net.params.copy()
    numeric = np.empty_like(theta)
    try:
        for i in range(theta.size):
            net.params[i] = theta[i] + h
            c_plus = net.cost(x, y)
            net.params[i] = theta[i] - h
            c_minus = net.cost(x, y)
            net.params[i] = theta[i]
            numeric[i] = (c_plus - c_minus) / (2 * h)
    finally:
        net.set_params(theta)
    return GradientCheck(analytic, numeric)
