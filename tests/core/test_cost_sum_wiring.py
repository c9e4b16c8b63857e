"""The cost "sum" (L = Σ ℓ) through the step-through's update and the loss surface: for the
same θ and data, every value and gradient is n times the mean's, and one update under "sum"
is one Trainer step under "sum"."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core import landscape
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.parameter_update import ParameterUpdate, parameter_update
from nnviz.core.training import Trainer
from tests.core.test_training import regression

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])


def test_the_one_d_example_twice_sums_two_losses():
    """a = w·x, x = 2, w = 2.5, y = 3 twice: ℓ = 4 each, L = 8, ∂L/∂w = 16, w = 2.5 − 0.1·16."""
    net = Network(Architecture((1, 1), ("identity",), (False,), "squared_error"), [2.5])
    x, y = [[2.0], [2.0]], [[3.0], [3.0]]
    mean = parameter_update(net, x, y, 0.1)
    total = parameter_update(net, x, y, 0.1, cost="sum")
    assert (mean.cost, total.cost) == ("mean", "sum")
    assert (mean.cost_before, total.cost_before) == (4.0, 8.0)
    assert (mean.gradient[0], total.gradient[0]) == (8.0, 16.0)
    assert mean.new[0] == pytest.approx(1.7) and total.new[0] == pytest.approx(0.9)
    assert total.cost_after == pytest.approx(2 * (2 * 0.9 - 3) ** 2)  # 2·1.44 = 2.88


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_sum_update_is_n_times_the_mean_and_one_trainer_step(seed):
    rng = np.random.default_rng(seed)
    net = Network.create([2, 3, 1], activation="tanh", output_activation="identity",
                         init="uniform", init_range=1.0, seed=seed)
    n = 5
    x, y = rng.uniform(-2, 2, (n, 2)), rng.uniform(-1, 1, (n, 1))
    mean = parameter_update(net, x, y, 0.05)
    total = parameter_update(net, x, y, 0.05, cost="sum")
    np.testing.assert_array_equal(total.gradient / n, mean.gradient)  # exact: one division
    assert total.cost_before / n == mean.cost_before
    np.testing.assert_array_equal(total.per_sample, mean.per_sample)
    np.testing.assert_array_equal(total.new, net.params - 0.05 * total.gradient)
    trainer = Trainer(net, make_optimizer("sgd", lr=0.05), regression(x, y), batch_size=None,
                      shuffle=False, cost="sum")
    assert trainer.step()
    np.testing.assert_array_equal(trainer.network.params, total.new)
    assert total.cost_after == pytest.approx(Network(net.architecture, total.new)
                                             .cost(x, y, cost="sum"), rel=1e-12)


def test_a_bad_cost_is_named():
    net = Network.create([2, 1], seed=0)
    with pytest.raises(InputError, match="must be \"mean\".*not 'total'"):
        parameter_update(net, XOR_X, XOR_Y, 0.1, cost="total")
    with pytest.raises(InputError, match="not 'total'"):
        landscape.line_costs(net.architecture, net.params, np.ones(3), [0.0], XOR_X, XOR_Y,
                             cost="total")


def test_the_surface_under_sum_is_n_times_the_mean():
    net = Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=5)
    slc = landscape.parameter_slice(net.architecture, net.params, 1, 6)
    u = np.linspace(slc.centre[0] - 3, slc.centre[0] + 3, 7)
    v = np.linspace(slc.centre[1] - 3, slc.centre[1] + 3, 5)
    mean = landscape.surface(net.architecture, slc, u, v, XOR_X, XOR_Y)
    total = landscape.surface(net.architecture, slc, u, v, XOR_X, XOR_Y, cost="sum")
    np.testing.assert_allclose(total, 4 * mean, rtol=1e-15)
    theta = net.params.copy()
    theta[1], theta[6] = u[2], v[3]
    assert total[3, 2] == pytest.approx(Network(net.architecture, theta)
                                        .cost(XOR_X, XOR_Y, cost="sum"), rel=1e-13)


def test_the_curves_under_sum():
    """The lecture's parabola for two copies of the sample: L(w) = 2·(2w − 3)²."""
    arch = Architecture((1, 1), ("identity",), (False,), "squared_error")
    w = np.array([2.5, 1.7, 1.5])
    x, y = [[2.0], [2.0]], [[3.0], [3.0]]
    curve = landscape.parameter_curve(arch, np.array([2.5]), 0, w, x, y, cost="sum")
    np.testing.assert_allclose(curve, 2 * (2 * w - 3) ** 2, rtol=1e-14)
    assert curve[0] == 8.0
    untouched = landscape.line_costs(arch, np.array([2.5]), np.zeros(1), [0.0, 1.0], x, y,
                                     cost="sum")
    np.testing.assert_array_equal(untouched, [8.0, 8.0])  # no direction: Network.cost itself


def test_the_slice_objective_under_sum_steps_by_the_summed_gradient():
    net = Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=1)
    slc = landscape.parameter_slice(net.architecture, net.params, 2, 5)
    objective = landscape.SliceObjective(net.architecture, slc, XOR_X, XOR_Y, cost="sum")
    path = landscape.optimizer_path(objective, make_optimizer("sgd", lr=0.5), slc.centre, 1)
    g = net.backward(net.forward(XOR_X), XOR_Y, cost="sum").flat
    np.testing.assert_allclose(path.points[1],
                               [net.params[2] - 0.5 * g[2], net.params[5] - 0.5 * g[5]],
                               rtol=1e-14)
    assert path.losses[0] == pytest.approx(net.cost(XOR_X, XOR_Y, cost="sum"), rel=1e-13)
    assert objective.grad(*slc.centre) == pytest.approx((g[2], g[5]), rel=1e-14)


def test_one_sample_names_the_cost_and_changes_nothing():
    """For one sample L = C = ℓ: the worked update under "sum" has the same numbers, named."""
    from nnviz.core.worked_numbers import work_out
    from tests.core.test_explain import one_d_example

    numbers = work_out(one_d_example(), [2], [3], 0.1)
    mean, total = ParameterUpdate.of_worked(numbers), ParameterUpdate.of_worked(numbers, "sum")
    assert (mean.cost, total.cost) == ("mean", "sum")
    np.testing.assert_array_equal(total.new, mean.new)
    assert (total.cost_before, total.gradient[0]) == (4.0, 8.0)
    batch = parameter_update(one_d_example(), [[2.0]], [[3.0]], 0.1, cost="sum")
    np.testing.assert_array_equal(batch.new, total.new)
    with pytest.raises(InputError, match="not 'all'"):
        ParameterUpdate.of_worked(numbers, "all")
