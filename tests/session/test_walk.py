"""Opening the step-through on a training sample (no Qt): the lectures' examples from a
snapshot, the perceptron's worked start, moving the cursor, bad samples and wide networks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.config import Config, TrainingSpec
from nnviz.core.data import CLASSIFICATION, REGRESSION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.snapshot import Snapshot, frozen_copy
from nnviz.core.training import Trainer
from nnviz.session.commands import Walk
from nnviz.session.walk import NETWORK, PERCEPTRON, move_walk, open_walk
from nnviz.session.walkthrough import NEURON, PHASE, Outcome
from tests.core.test_explain import matrix_example, one_d_example


def snapshot_of(net: Network) -> Snapshot:
    return Snapshot(step=3, epoch=3.0, architecture=net.architecture,
                    params=frozen_copy(net.params), gradients=None, train_loss=0.0)


def regression_data(x, y) -> Dataset:
    x, y = np.asarray(x, float), np.asarray(y, float)
    return Dataset("points", REGRESSION, x, y, x[:0], y[:0],
                   tuple(f"x{k + 1}" for k in range(x.shape[1])),
                   tuple(f"y{j + 1}" for j in range(y.shape[1])))


def two_classes(x, y, labels="01") -> Dataset:
    x = np.asarray(x, float)
    return Dataset("classes", CLASSIFICATION, x, np.asarray(y), x[:0], np.asarray(y)[:0],
                   tuple(f"x{k + 1}" for k in range(x.shape[1])), ("0", "1"), labels)


def config(eta: float, rule: str = "gradient") -> Config:
    return Config(training=TrainingSpec(learning_rate=eta, rule=rule))


def test_the_one_d_update_ends_at_loss_0_16():
    """a = w·x, w = 2.5, x = 2, y = 3, ℓ = (a − y)², η = 0.1: ∂ℓ/∂w = 8, w' = 1.7, ℓ' = 0.16."""
    net = one_d_example()
    walk = open_walk(snapshot_of(net), regression_data([[2.0]], [[3.0]]), 0, config(0.1))
    assert walk.kind == NETWORK and walk.sample == 0
    assert walk.walkthrough.step.symbol == "z1_1" and walk.walkthrough.step.value == 5.0
    assert walk.numbers.loss_value == pytest.approx(4.0)
    np.testing.assert_allclose(walk.update.gradient, [8.0])
    np.testing.assert_allclose(walk.update.new, [1.7])
    assert walk.update.cost_after == pytest.approx(0.16)
    assert move_walk(walk, Walk("last")) is Outcome.MOVED
    assert walk.walkthrough.step.symbol == "loss'"
    assert walk.walkthrough.step.value == pytest.approx(0.16)
    np.testing.assert_array_equal(net.params, [2.5])  # walking never changes the network


def test_the_matrix_example_on_its_second_sample():
    """σ([[1, −2], [−1, 1]]·x + [1, 0]) at x = (1, −1): z = (4, −2); target (0, 1)."""
    data = regression_data([[5.0, 5.0], [1.0, -1.0]], [[1.0, 1.0], [0.0, 1.0]])
    walk = open_walk(snapshot_of(matrix_example()), data, 1, config(0.1))
    z = [s.value for s in walk.walkthrough.steps if s.symbol in ("z1_1", "z1_2")]
    assert z == [4.0, -2.0]
    np.testing.assert_array_equal(walk.numbers.x, [1.0, -1.0])
    a = 1 / (1 + np.exp(-np.array([4.0, -2.0])))
    assert walk.numbers.loss_value == pytest.approx(0.5 * (a[0] ** 2 + (a[1] - 1) ** 2))
    assert walk.update.learning_rate == 0.1


def test_the_target_is_the_trainers_encoding():
    """A tanh output: class 0 is −1 to the Trainer, so it is −1 in the walk too."""
    net = Network.create([2, 1], "tanh", seed=2)
    data = two_classes([[0.0, 1.0], [1.0, 0.0]], [0, 1])
    walk = open_walk(snapshot_of(net), data, 0, config(0.5))
    trainer = Trainer(net, make_optimizer("sgd"), data)
    assert walk.numbers.target.tolist() == trainer._y_train[0].tolist() == [-1.0]


def test_the_perceptrons_worked_start():
    """w = (0, 0), no bias, x = (1, −1), y = −1: z = 0, ŷ = +1, a mistake, w' = (−1, 1)."""
    net = Network.from_layers([[[0.0, 0.0]]], [None], ["sign"])
    data = two_classes([[1.0, -1.0]], [0], labels="pm1")
    walk = open_walk(snapshot_of(net), data, 0, config(1.0, "perceptron"))
    assert walk.kind == PERCEPTRON and walk.numbers is None
    values = {s.symbol: s.value for s in walk.walkthrough.steps}
    assert values["z1_1"] == 0.0 and values["yhat"] == 1.0 and values["mistake"] == 1.0
    assert (values["w1_11'"], values["w1_12'"]) == (-1.0, 1.0)
    np.testing.assert_array_equal(walk.update.old, [0.0, 0.0])
    np.testing.assert_array_equal(walk.update.gradient, [1.0, -1.0])  # −y·x
    np.testing.assert_array_equal(walk.update.new, [-1.0, 1.0])


def test_a_perceptron_without_a_mistake_has_no_update():
    net = Network.from_layers([[[1.0, 0.0]]], [[0.5]], ["sign"])
    walk = open_walk(snapshot_of(net), two_classes([[1.0, -1.0]], [1]), 0,
                     config(1.0, "perceptron"))
    assert walk.update is None and walk.walkthrough.steps[-1].symbol == "w'"


def test_the_perceptron_with_a_bias_updates_b_by_eta_y():
    net = Network.from_layers([[[0.5, -0.5]]], [[0.25]], ["step"])
    walk = open_walk(snapshot_of(net), two_classes([[-1.0, 2.0]], [1]), 0,
                     config(0.5, "perceptron"))
    np.testing.assert_array_equal(walk.update.new, [0.5 - 0.5, -0.5 + 1.0, 0.25 + 0.5])
    np.testing.assert_array_equal(walk.update.new, walk.update.old - walk.update.step)


@pytest.mark.parametrize("sample", [-1, 2, 2.0, True])
def test_a_sample_out_of_range_is_one_clear_error(sample):
    data = regression_data([[2.0], [1.0]], [[3.0], [1.0]])
    with pytest.raises(InputError, match="no sample .* numbered 1 to 2"):
        open_walk(snapshot_of(one_d_example()), data, sample, config(0.1))


def test_a_network_that_does_not_fit_the_data_is_one_clear_error():
    with pytest.raises(InputError, match="1 inputs but the data set points has 2 features"):
        open_walk(snapshot_of(one_d_example()), regression_data([[1.0, 2.0]], [[1.0]]), 0,
                  config(0.1))
    with pytest.raises(InputError, match="targets but the network has 1 outputs"):
        open_walk(snapshot_of(one_d_example()), regression_data([[1.0]], [[1.0, 2.0]]), 0,
                  config(0.1))


def test_moves_at_every_level_and_a_bad_move():
    net = Network.create([2, 3, 2], "sigmoid", seed=4)
    walk = open_walk(snapshot_of(net), regression_data([[0.5, -1.0]], [[0.0, 1.0]]), 0,
                     config(0.5))
    w = walk.walkthrough
    assert w.term is not None  # it opens on the first term of z¹₁
    assert move_walk(walk, Walk("next", NEURON)) is Outcome.MOVED and w.term is None
    assert move_walk(walk, Walk("next", NEURON)) is Outcome.MOVED and w.step.symbol == "z1_2"
    assert move_walk(walk, Walk("next", PHASE)) is Outcome.MOVED and w.step.symbol == "z2_1"
    assert move_walk(walk, Walk("previous", PHASE)) is Outcome.MOVED and w.step.symbol == "z1_1"
    assert move_walk(walk, Walk("previous")) is Outcome.AT_START
    assert move_walk(walk, Walk("to", number=4)) is Outcome.MOVED and w.number == 4
    assert move_walk(walk, Walk("first")) is Outcome.MOVED and w.number == 1
    for bad in (Walk("sideways"), Walk("next", "galaxy"), Walk("to", number=0),
                Walk("to", number=len(w.steps) + 1)):
        with pytest.raises(InputError):
            move_walk(walk, bad)
        assert w.number == 1


def test_predict_first_hides_the_first_result():
    walk = open_walk(snapshot_of(one_d_example()), regression_data([[2.0]], [[3.0]]), 0,
                     config(0.1), predict_first=True)
    assert walk.walkthrough.result_hidden
    assert move_walk(walk, Walk("next")) is Outcome.REVEALED and walk.walkthrough.number == 1


def test_a_784_input_network_opens_lazily():
    """The walk of a 784-30-10 network covers every weight; its sums are summarised."""
    net = Network.create([784, 30, 10], "sigmoid", seed=1)
    x = np.random.default_rng(0).random((3, 784))
    data = Dataset("digits", CLASSIFICATION, x, np.array([3, 1, 4]), x[:0], np.array([], int),
                   tuple(f"p{k}" for k in range(784)), tuple(str(c) for c in range(10)))
    walk = open_walk(snapshot_of(net), data, 2, config(0.1))
    np.testing.assert_array_equal(walk.numbers.target, np.eye(10)[4])
    assert len(walk.walkthrough.steps) > 2 * (784 * 30 + 30 * 10)  # gradients and updates
    assert len(walk.walkthrough.step.sum.terms) <= 9  # 8 terms written, the rest summarised


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 5), st.floats(0.01, 2.0))
def test_the_update_is_theta_minus_eta_gradient(sample, eta):
    net = Network.create([2, 3, 1], "tanh", "sigmoid", seed=sample)
    x = np.linspace(-1, 1, 12).reshape(6, 2)
    data = two_classes(x, [0, 1, 1, 0, 1, 0])
    walk = open_walk(snapshot_of(net), data, sample, config(eta))
    target = [float(data.y_train[sample])]
    gradient = net.gradient(x[sample:sample + 1], np.array([target])).flat
    np.testing.assert_allclose(walk.update.gradient, gradient, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(walk.update.new, net.params - eta * gradient, rtol=1e-12,
                               atol=1e-15)


def test_under_the_cost_sum_the_update_is_named_l_and_is_the_same_for_one_sample():
    """One sample: L = Σ ℓ = ℓ = C, so the numbers are the mean's (∂ℓ/∂w = 8, w' = 1.7);
    only the update's cost says "sum", for the table to write ∂L/∂θ."""
    net, data = one_d_example(), regression_data([[2.0]], [[3.0]])
    mean = open_walk(snapshot_of(net), data, 0, config(0.1))
    total = open_walk(snapshot_of(net), data, 0,
                      Config(training=TrainingSpec(learning_rate=0.1, cost="sum")))
    assert (mean.update.cost, total.update.cost) == ("mean", "sum")
    assert np.array_equal(total.update.gradient, mean.update.gradient)
    assert total.update.gradient.tolist() == [8.0]
    assert total.update.new == pytest.approx([1.7], abs=1e-15)
    assert (total.update.cost_before, total.update.cost_after) == \
        (mean.update.cost_before, mean.update.cost_after)


def test_a_test_sample_is_walked_with_its_own_row_and_label():
    """Sample n_train + i is test row i: the walk's x and target are that row's."""
    net = one_d_example()
    x = np.array([[2.0], [1.0]])
    y = np.array([[3.0], [5.0]])
    data = Dataset("points", REGRESSION, x[:1], y[:1], x[1:], y[1:], ("x1",), ("y1",))
    walk = open_walk(snapshot_of(net), data, 1, config(0.1))
    assert walk.sample == 1 and walk.sample_name == "test sample 1"
    assert walk.walkthrough.step.symbol == "z1_1" and walk.walkthrough.step.value == 2.5  # w·x = 2.5·1
    assert walk.numbers.loss_value == pytest.approx((2.5 - 5.0) ** 2)
