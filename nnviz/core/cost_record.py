"""How often to record the cost C over the whole data set while training: every k-th step.

Evaluating C(θ) = 1/n Σ_x ℓ(a^L(x; θ), y(x)) over n samples costs about as much as n / (3m)
training steps on mini-batches of m (a step's backward pass doubles its forward pass). To
keep recording within a share s of the training time, record every

    k = the smallest power of two ≥ n / (3m · s),   at most MAX_STRIDE,

and every step (k = 1) while one evaluation is small: n · |θ| ≤ QUICK_EVALUATION products.
For MNIST's textbook set-up (n = 10,000 digits, m = 10, s = 5 %) k = 1,024; for the
lecture-sized lessons k = 1. The stride depends only on the configuration, so replays
that use it record the same steps every time.
"""

from __future__ import annotations

import math

RECORD_SHARE = 0.05  # recording may take this share of the training time
QUICK_EVALUATION = 1 << 20  # samples · parameters: below it, record every step
MAX_STRIDE = 1 << 10


def power_of_two(wanted: float) -> int:
    """The smallest power of two ≥ ``wanted`` (and ≥ 1), at most MAX_STRIDE."""
    return int(min(MAX_STRIDE, 1 << max(0, math.ceil(math.log2(max(wanted, 1.0))))))


def record_stride(n_samples: int, n_parameters: int, batch: int,
                  share: float = RECORD_SHARE) -> int:
    """k: record C every k-th step (see the module docstring)."""
    if n_samples * n_parameters <= QUICK_EVALUATION:
        return 1
    return power_of_two(n_samples / (3 * max(batch, 1) * share))
