"""One update of every parameter as data: the worked example's (m = 1) and a mini-batch's
(1/m)Σ step, against θ − η·mean gradient and one Trainer step on the same batch."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.parameter_update import ParameterUpdate, parameter_update
from nnviz.core.training import Trainer
from nnviz.core.worked import step_list
from nnviz.core.worked_numbers import work_out
from tests.core.test_explain import average_network, one_d_example
from tests.core.test_training import regression


def test_the_one_d_example_as_a_table():
    """loss 4 → gradient 8 → w = 2.5 − 0.1·8 = 1.7 → new loss 0.16."""
    update = ParameterUpdate.of_worked(work_out(one_d_example(), [2], [3], 0.1))
    row = update.row(0)
    assert (row.name, row.old, row.gradient, row.new) == ("w1_11", 2.5, 8.0, pytest.approx(1.7))
    assert row.step == pytest.approx(0.8) and update.batch_size == 1
    assert update.cost_before == 4.0 and update.cost_after == pytest.approx(0.16)


def test_the_worked_update_agrees_with_its_update_steps():
    numbers = work_out(average_network(), [0.1, 0.3], [0.25], 0.5)
    update = ParameterUpdate.of_worked(numbers)
    steps = {s.symbol: s for s in step_list(numbers)}
    arch = numbers.architecture
    for l in (1, 2):
        for row in update.rows(l):
            assert steps[row.name + "'"].value == row.new
            assert steps["d" + row.name].value == row.gradient
            assert row.old - row.step == row.new
    assert [r.name for r in update.rows(2)] == ["w2_11", "w2_12", "b2_1"]
    assert len(update) == arch.n_parameters
    with pytest.raises(ValueError):
        update.new[0] = 1.0  # read-only
    with pytest.raises(InputError, match="no update"):
        ParameterUpdate.of_worked(work_out(average_network(), [0.1, 0.3], [0.25]))


def test_one_sample_as_a_batch_is_the_worked_update():
    net = average_network()
    single = ParameterUpdate.of_worked(work_out(net, [0.1, 0.3], [0.25], 0.5))
    batch = parameter_update(net, [[0.1, 0.3]], [[0.25]], 0.5)
    np.testing.assert_array_equal(batch.new, single.new)
    np.testing.assert_array_equal(batch.gradient, single.gradient)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6), st.integers(0, 2**32 - 1), st.floats(0.001, 1.0))
def test_a_minibatch_step_is_the_mean_gradient_step_and_one_trainer_step(m, seed, eta):
    rng = np.random.default_rng(seed)
    net = Network.create([2, 3, 1], activation="tanh", output_activation="identity",
                         init="uniform", init_range=1.0, seed=seed % 1000)
    x, y = rng.uniform(-2, 2, (m, 2)), rng.uniform(-1, 1, (m, 1))
    theta = net.params.copy()
    update = parameter_update(net, x, y, eta)
    np.testing.assert_array_equal(net.params, theta)  # the network is not changed
    assert update.batch_size == m and update.per_sample.shape == (m, theta.size)
    np.testing.assert_allclose(update.gradient, update.per_sample.mean(axis=0), rtol=1e-12,
                               atol=1e-15)
    np.testing.assert_array_equal(update.new, theta - eta * update.gradient)
    np.testing.assert_array_equal(update.step, eta * update.gradient)

    trainer = Trainer(net, make_optimizer("sgd", lr=eta), regression(x, y), batch_size=None,
                      shuffle=False)
    assert trainer.step()
    np.testing.assert_array_equal(trainer.network.params, update.new)
    assert update.cost_after == pytest.approx(net.cost(x, y), rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("x, y, eta, message", [
    ([[1, 2, 3]], [[0]], 0.1, "rows of 2 inputs"),
    (np.zeros((0, 2)), np.zeros((0, 1)), 0.1, "rows of 2 inputs"),
    ([[1, 2]], [[0], [1]], 0.1, "1 samples need targets of shape"),
    ([[1, float("nan")]], [[0]], 0.1, "NaN or infinite"),
    ([[1, 2]], [[0]], -1, "learning rate must be a positive number"),
    ([[1e200, 1e200]], [[0]], 1e200, "overflows"),
])
def test_bad_batches(x, y, eta, message):
    with pytest.raises(InputError, match=message):
        parameter_update(average_network(), x, y, eta)
