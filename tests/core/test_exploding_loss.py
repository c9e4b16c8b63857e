"""The exploding-loss guard (loss_guard.py): the rule worked by hand and against an independent
recomputation, η = 10⁶ stopped within one block with θ back to the good θ, and healthy noisy
runs never stopped."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.config import DataSpec, build_dataset, build_trainer
from nnviz.core.lessons import load_lesson
from nnviz.core.loss_guard import BLOCK_STEPS, EXPLODING, EXPLODING_FACTOR, LOWER, LossGuard
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer

XOR = build_dataset(DataSpec("xor"))
MOONS = build_dataset(DataSpec("moons"))
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])  # sigmoid output: class 0 is 0


def xor_net(seed=0):
    return Network.create([2, 4, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=seed)


def feed(guard, costs):
    return [guard.add(c) for c in costs]


# -- the rule ----------------------------------------------------------------------------------
def test_the_rule_worked_by_hand():
    """C₀ = 5: a block of 4s is the new lowest (θ at its start is good); a block of mean 4
    again is not; a block of mean exactly 10⁴·C_low is not exploding, one just above is."""
    guard = LossGuard(5.0, 0)
    assert guard.starts_block
    verdicts = feed(guard, [4.0] * BLOCK_STEPS)
    assert verdicts == [None] * (BLOCK_STEPS - 1) + [LOWER] and guard.starts_block
    assert (guard.lowest, guard.lowest_steps, guard.good_step) == (4.0, (1, 32), 0)
    assert feed(guard, [2.0, 6.0] * 16)[-1] is None  # mean 4 again: not lower, θ kept
    assert guard.good_step == 0 and guard.lowest_steps == (1, 32)
    assert feed(guard, [3.0] * BLOCK_STEPS)[-1] == LOWER and guard.good_step == 64
    assert feed(guard, [3e4] * BLOCK_STEPS)[-1] is None  # M = 10⁴·C_low: not above it
    assert feed(guard, [3e4] * 31 + [3e4 + 32])[-1] == EXPLODING  # M = 30001
    assert guard.block_cost == 30001.0 and guard.block_steps == (129, 160)


def test_a_tiny_lowest_cost_is_floored_at_one():
    """A network trained to C = 10⁻⁶ (a hand edit brings C back near 1): 10⁴ per sample is
    the most a block may cost, not 10⁻²."""
    guard = LossGuard(1e-6, 7)
    assert feed(guard, [1e4] * BLOCK_STEPS)[-1] is None
    assert feed(guard, [1e4 + 1] * BLOCK_STEPS)[-1] == EXPLODING
    assert guard.block_steps == (40, 71) and guard.good_step == 7 and guard.lowest_steps is None


def test_a_start_cost_that_is_not_finite_counts_as_no_lowest_yet():
    guard = LossGuard(math.inf, 0)
    assert feed(guard, [1e9] * BLOCK_STEPS)[-1] == LOWER and guard.lowest == 1e9


def expected_verdicts(start, costs):
    """The rule recomputed: block means M_j, C_low = min(C₀, M_1..M_{j-1}), exploding when
    M_j > 10⁴·max(C_low, 1); up to the first explosion (a trainer stops there)."""
    blocks = [sum(costs[i:i + BLOCK_STEPS]) / BLOCK_STEPS
              for i in range(0, len(costs) - BLOCK_STEPS + 1, BLOCK_STEPS)]
    out, lowest = [], start
    for mean in blocks:
        if mean > EXPLODING_FACTOR * max(lowest, 1.0):
            return out + [EXPLODING]
        out.append(LOWER if mean < lowest else None)
        lowest = min(lowest, mean)
    return out


@settings(max_examples=200, deadline=None)
@given(st.floats(1e-9, 1e6), st.lists(st.floats(-9, 8), min_size=BLOCK_STEPS, max_size=300))
def test_the_guard_follows_the_rule(start, exponents):
    costs = [10.0 ** e for e in exponents]
    guard, said = LossGuard(start, 0), []
    for c in costs:
        verdict = guard.add(c)
        if guard.starts_block:
            said.append(verdict)
            if verdict == EXPLODING:
                break
    assert said == expected_verdicts(start, costs)


# -- in the trainer ----------------------------------------------------------------------------
def plain_descent_costs(net, x, y, lr, steps, cost="mean"):
    """The batch costs of ``steps`` full-batch steps θ ← θ − η ∂C/∂θ, without the Trainer."""
    costs = []
    with np.errstate(all="ignore"):
        for _ in range(steps):
            grads = net.backward(net.forward(x), y, cost=cost)
            costs.append(grads.cost)
            net.params[...] -= lr * grads.flat
    return costs


def test_a_learning_rate_of_a_million_stops_within_one_block():
    net = xor_net()
    theta0 = net.params.copy()
    start = xor_net().cost(XOR.x_train, XOR_TARGETS)
    optimizer = make_optimizer("momentum", lr=1e6)
    trainer = Trainer(net, optimizer, XOR)
    assert trainer.run(100_000) == BLOCK_STEPS and trainer.step_count == BLOCK_STEPS
    assert trainer.stopped == "diverged"
    np.testing.assert_array_equal(net.params, theta0)  # back to the good θ: θ₀
    assert optimizer.state() == {}
    assert trainer.message.startswith("the loss is exploding: lower the learning rate (now 1e+06). ")
    assert f"from {start:.3g} (at step 0)" in trainer.message and start == pytest.approx(0.785, abs=5e-4)
    assert "(over steps 1-32); the parameters are those after step 0." in trainer.message
    # training goes on with a sensible η, the guard starting again from θ₀
    trainer.stopped, optimizer.lr = None, 0.3
    assert trainer.run(300) == 300 and trainer.stopped is None
    assert trainer.evaluate().train_loss < 0.1


def test_the_message_reports_the_block_mean_of_plain_descent():
    """Full-batch SGD, η = 10⁶: M_1 recomputed by plain gradient descent, also under the cost
    convention "sum" (whose L = Σ ℓ is reported per sample, L/4)."""
    for cost, per_sample in (("mean", 1), ("sum", 4)):
        expected = sum(plain_descent_costs(xor_net(), XOR.x_train, XOR_TARGETS, 1e6,
                                           BLOCK_STEPS, cost)) / BLOCK_STEPS / per_sample
        assert expected > 1e4
        trainer = Trainer(xor_net(), make_optimizer("sgd", lr=1e6), XOR, cost=cost)
        trainer.run(1000)
        assert f"from 0.785 (at step 0) to {expected:.3g} (over steps 1-32)" in trainer.message


def test_theta_goes_back_to_the_start_of_the_lowest_block():
    """80 good steps (η = 0.3, C falls every block), then η = 10⁶ from step 81: block 65-96
    explodes; the lowest block was 33-64, whose costs are those of θ after steps 32 to 63:
    θ goes back to θ after step 32."""
    trainer = Trainer(xor_net(), make_optimizer("sgd", lr=0.3), XOR)
    assert trainer.run(80) == 80
    trainer.optimizer.lr = 1e6
    assert trainer.run(1000) == 16 and trainer.step_count == 96
    assert "(over steps 33-64) to " in trainer.message and "(over steps 65-96)" in trainer.message
    assert trainer.message.endswith("the parameters are those after step 32.")
    replay = Trainer(xor_net(), make_optimizer("sgd", lr=0.3), XOR)
    replay.run(32)
    np.testing.assert_array_equal(trainer.network.params, replay.network.params)
    costs = plain_descent_costs(xor_net(), XOR.x_train, XOR_TARGETS, 0.3, 64)
    first, second = np.array(costs).reshape(2, BLOCK_STEPS).mean(axis=1)
    assert second < first < costs[0]  # each block the new lowest
    assert f"from {second:.3g} (over steps 33-64)" in trainer.message


def test_the_learning_rate_lesson_keeps_its_numbers_then_stops_at_its_first_block():
    """η = 0.3 on C(w) = (2w − 3)² from w = 2.5: C_t = 4·1.96^t. The lesson's 20 steps
    go to over 10⁶ undisturbed; playing on, the first block's mean
    M_1 = 4(1.96³² − 1)/(0.96·32) exceeds 10⁴·4 and training stops at step 32."""
    config = load_lesson("learning_rates").config.with_training(learning_rate=0.3)
    dataset = build_dataset(config.data)
    trainer = build_trainer(config, dataset)
    assert trainer.run(20) == 20 and trainer.stopped is None
    assert trainer.evaluate().train_loss == pytest.approx(4 * 1.96 ** 20, rel=1e-9)
    assert trainer.run(100) == 12 and trainer.stopped == "diverged"
    mean = 4 * (1.96 ** 32 - 1) / (0.96 * 32)
    assert f"from 4 (at step 0) to {mean:.3g} (over steps 1-32)" in trainer.message
    assert trainer.network.params.tolist() == [2.5]


# -- healthy runs never stop -------------------------------------------------------------------
@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), lr=st.floats(0.01, 3.0),
       data=st.sampled_from(["xor", "moons"]))
def test_noisy_healthy_sgd_never_stops(seed, lr, data):
    """One sample per step: the batch cost jumps between 10⁻⁸ and 10, never for a block."""
    dataset, hidden = (XOR, 4) if data == "xor" else (MOONS, 8)
    net = Network.create([2, hidden, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=seed)
    trainer = Trainer(net, make_optimizer("sgd", lr=lr), dataset, batch_size=1, seed=seed)
    assert trainer.run(2000) == 2000 and trainer.stopped is None
