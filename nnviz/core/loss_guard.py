"""The exploding-loss guard: training stops when the cost grows by orders of magnitude while
staying finite (a learning rate far too large: η = 10⁶ keeps ℓ between 10³ and 10⁶ for ever).

The rule. Let C₀ = 1/n Σ ℓ be the cost over the whole training set at θ₀, where the guard
starts (the start of training, or where training goes on after a divergence), and c_t the
loss per sample of step t's batch, 1/m Σ_{x in batch} ℓ_x (the step computes it anyway; under
the cost convention "sum" L/m). The steps are taken in blocks of B = ``BLOCK_STEPS``; block j's
cost is the mean M_j = 1/B Σ_{t in block j} c_t, and the lowest cost seen is
C_low = min(C₀, M_1, ..., M_{j-1}). The loss is *exploding* when

    M_j > ``EXPLODING_FACTOR`` · max(C_low, 1)        (10⁴, as the optimizer race says)

checked once per block: one addition per step, O(1). Why so: blocks, because one batch may be
unlucky (stochastic steps see ℓ from 10⁻⁸ to 10 on healthy runs); C₀ over the training set at
θ₀, because η = 10⁶ explodes at the first step (M_1 is already huge); the floor 1, because a
network trained to C = 10⁻⁵ whose weight is edited by hand goes back to about C = 1, which is
not an explosion; nothing is judged before B steps, so the learning-rate lesson's 20 steps
with η = 0.3 show the loss growing 1.96-fold per step to over 10⁶.

The parameters to go back to are θ at the start of the block with the lowest M_j (θ₀ while
C₀ is the lowest): the guard says when to keep them (:attr:`LossGuard.starts_block`,
:data:`LOWER`).
"""

from __future__ import annotations

import math

BLOCK_STEPS = 32
EXPLODING_FACTOR = 1e4
COST_FLOOR = 1.0
LOWER, EXPLODING = "lower", "exploding"  # what a block's end may say


class LossGuard:
    """Watches the batch costs of one run from ``start_step`` (θ after it has cost
    ``start_cost`` = C₀ over the training set)."""

    def __init__(self, start_cost: float, start_step: int) -> None:
        self.lowest = start_cost if math.isfinite(start_cost) else math.inf  # C_low
        self.lowest_steps: tuple[int, int] | None = None  # its block's steps; None: C₀
        self.good_step = start_step  # θ after this step is the one to go back to
        self.block_cost = math.nan  # M_j of the last whole block
        self._first = start_step + 1  # the block's first step
        self._sum = 0.0
        self._steps = 0

    @property
    def starts_block(self) -> bool:
        """The next step is a block's first: keep θ now (it may become the good θ)."""
        return self._steps == 0

    @property
    def block_steps(self) -> tuple[int, int]:
        """The first and last step of the last whole block."""
        return self._first - BLOCK_STEPS, self._first - 1

    def add(self, cost: float) -> str | None:
        """Step's loss per sample c_t; at a block's end EXPLODING (M_j too large) or LOWER
        (M_j is the new C_low: θ kept at the block's start is the good θ), else None."""
        self._sum += cost
        self._steps += 1
        if self._steps < BLOCK_STEPS:
            return None
        mean = self.block_cost = self._sum / BLOCK_STEPS
        self._sum, self._steps = 0.0, 0
        self._first += BLOCK_STEPS
        if mean > EXPLODING_FACTOR * max(self.lowest, COST_FLOOR):
            return EXPLODING
        if mean < self.lowest:
            self.lowest, self.lowest_steps = mean, self.block_steps
            self.good_step = self.lowest_steps[0] - 1
            return LOWER
        return None
