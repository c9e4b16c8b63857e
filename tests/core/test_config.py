"""The configuration builder: from a Config to Dataset, Network, optimizer and Trainer."""

from dataclasses import replace

import numpy as np
import pytest

from nnviz.core.config import (
    Config, DataSpec, NetworkSpec, TrainingSpec, architecture, batch_size, build_dataset,
    build_network, build_trainer, check_model_fits, needs_reset, network_spec_of, resolve,
    resolve_data, suit_output, validate,
)
from nnviz.core.data import dataset_info
from nnviz.core.errors import InputError
from nnviz.core.network import Network
from nnviz.core.perceptron_training import PerceptronTrainer


def xor():
    return build_dataset(DataSpec("xor"))


def test_default_config_is_the_xor_2_4_1_network():
    config = Config()
    arch = validate(config, xor())
    assert arch.sizes == (2, 4, 1)
    assert arch.activations == ("tanh", "sigmoid")
    assert arch.loss == "binary_cross_entropy"


def test_sizes_come_from_the_data_and_softmax_gets_one_output_per_class():
    digits = build_dataset(DataSpec("digits", n=50))
    spec = NetworkSpec(hidden=(8,), activations=("relu",), output_activation="softmax",
                       loss="softmax_cross_entropy")
    assert architecture(spec, digits).sizes == (256, 8, 10)
    two_class = NetworkSpec(hidden=(), activations=(), output_activation="softmax",
                            loss="softmax_cross_entropy")
    assert architecture(two_class, xor()).sizes == (2, 2)


@pytest.mark.parametrize("network, words", [
    (NetworkSpec(output_activation="tanh", loss="binary_cross_entropy"), ["sigmoid", "tanh"]),
    (NetworkSpec(hidden=(3,), activations=("softmax",)), ["hidden layer 1", "softmax"]),
    (NetworkSpec(hidden=(0,), activations=("tanh",)), ["hidden layer 1", "neuron"]),
    (NetworkSpec(init="glorot"), ["initialiser", "glorot"]),
    (NetworkSpec(hidden=(4, 4), activations=("tanh",)), ["2 hidden layers", "activations"]),
])
def test_incompatible_choices_are_named(network, words):
    with pytest.raises(InputError) as e:
        validate(Config(network=network), xor())
    for word in words:
        assert word in str(e.value)


def test_classification_losses_are_refused_on_regression_data():
    line = build_dataset(DataSpec("line"))
    with pytest.raises(InputError, match="regression"):
        validate(Config(data=DataSpec("line")), line)


def test_training_choices_are_checked():
    data = xor()
    with pytest.raises(InputError, match="learning rate"):
        validate(Config(training=TrainingSpec(learning_rate=-1.0)), data)
    with pytest.raises(InputError, match="perceptron"):
        validate(Config(training=TrainingSpec(rule="perceptron")), data)


def test_starting_parameters_must_match_the_architecture():
    config = Config(network=NetworkSpec(params=(1.0, 2.0)))
    with pytest.raises(InputError, match="17 parameters but 2"):
        validate(config, xor())


def test_build_network_uses_the_given_parameters_or_the_seeded_initialiser():
    data = xor()
    a = build_network(Config(), data)
    b = build_network(Config(), data)
    np.testing.assert_array_equal(a.params, b.params)
    c = build_network(Config(network=NetworkSpec(seed=1)), data)
    assert not np.array_equal(a.params, c.params)
    theta = tuple(float(i) for i in range(17))
    d = build_network(Config(network=NetworkSpec(params=theta)), data)
    np.testing.assert_array_equal(d.params, theta)


def test_batch_size_modes():
    data = build_dataset(DataSpec("circle", n=100, test_ratio=0.2))
    assert batch_size(TrainingSpec(batch_mode="full"), data) is None
    assert batch_size(TrainingSpec(batch_mode="stochastic"), data) == 1
    assert batch_size(TrainingSpec(batch_mode="mini-batch", batch_size=16), data) == 16
    assert batch_size(TrainingSpec(batch_mode="mini-batch", batch_size=500), data) == 80


def test_trainer_takes_the_learning_rate_hyperparameters_and_batch():
    config = Config(data=DataSpec("circle", n=100),
                    training=TrainingSpec(optimizer="momentum", learning_rate=0.02,
                                          hyperparameters={"momentum": 0.5},
                                          batch_mode="mini-batch", batch_size=10))
    data = build_dataset(config.data)
    trainer = build_trainer(config, data)
    assert trainer.optimizer.hyperparameters() == {"lr": 0.02, "momentum": 0.5}
    assert trainer.batch_size == 10
    assert trainer.steps_per_epoch == 8  # 80 training samples / 10


def test_resolve_makes_default_and_explicit_data_equal():
    info = dataset_info("spiral")
    explicit = DataSpec("spiral", n=info.n, noise=info.noise, test_ratio=info.test_ratio,
                        labels="01")
    assert resolve_data(DataSpec("spiral")) == explicit
    assert not needs_reset(resolve(Config(data=DataSpec("spiral"))),
                           Config(data=explicit))


def test_needs_reset_only_for_data_network_or_rule():
    base = Config()
    assert not needs_reset(base, base.with_training(learning_rate=0.01, optimizer="adam",
                                                    batch_mode="stochastic"))
    assert needs_reset(base, base.with_data(seed=1))
    assert needs_reset(base, base.with_network(hidden=(5,)))
    assert needs_reset(base, base.with_training(rule="perceptron"))


def test_suit_output_follows_the_kind_of_data():
    spec = NetworkSpec()  # sigmoid + binary cross-entropy
    line = build_dataset(DataSpec("line"))
    regression = suit_output(spec, line, xor())
    assert (regression.output_activation, regression.loss) == ("identity", "half_squared_error")
    digits = build_dataset(DataSpec("digits", n=50))
    multi = suit_output(regression, digits, line)
    assert (multi.output_activation, multi.loss) == ("softmax", "softmax_cross_entropy")
    same_kind = build_dataset(DataSpec("circle"))
    chosen = replace(spec, loss="squared_error")
    assert suit_output(chosen, same_kind, xor()) == chosen  # the user's choice stays


def test_a_loaded_model_becomes_a_network_spec_and_must_fit_the_data():
    net = Network.create([2, 3, 1], "relu", "sigmoid", "binary_cross_entropy", seed=2)
    spec = network_spec_of(net, NetworkSpec())
    assert spec.hidden == (3,) and spec.activations == ("relu",)
    assert spec.params == tuple(net.params)
    rebuilt = build_network(Config(network=spec), xor())
    np.testing.assert_array_equal(rebuilt.params, net.params)
    check_model_fits(net, xor())
    wide = Network.create([3, 1], "sigmoid")
    with pytest.raises(InputError, match="3 inputs but data set 'xor' has 2 features"):
        check_model_fits(wide, xor())


def test_inline_points():
    spec = DataSpec("points", x=((2.0,),), y=(3.0,), kind="regression")
    data = build_dataset(spec)
    assert data.x_train.shape == (1, 1) and data.y_train.tolist() == [[3.0]]
    with pytest.raises(InputError, match="2 rows but 'y' has 1"):
        build_dataset(replace(spec, x=((1.0,), (2.0,))))


def test_perceptron_trainer_runs_the_rule_and_restarts_after_an_edit():
    """The lectures' worked start: w = (0, 0), x = (1, -1), y = -1 -> w = (-1, 1)."""
    from nnviz.core.data import Dataset

    data = Dataset("start", "classification", np.array([[1.0, -1.0]]), np.array([0]),
                   np.zeros((0, 2)), np.zeros(0, dtype=int), ("x1", "x2"), ("-1", "+1"), "pm1")
    config = Config(network=NetworkSpec(hidden=(), activations=(), output_activation="sign",
                                        loss="half_squared_error", bias=False, init="zeros"),
                    training=TrainingSpec(rule="perceptron", learning_rate=1.0, shuffle=False))
    trainer = build_trainer(config, data)
    assert isinstance(trainer, PerceptronTrainer)
    assert trainer.step()
    np.testing.assert_array_equal(trainer.network.params, [-1.0, 1.0])
    assert trainer.last_event.mistake and trainer.last_event.prediction == 1
    trainer.run(5)
    assert trainer.stopped == "converged"
    trainer.stopped = None
    trainer.network.params[:] = [3.0, 3.0]  # an edit from the graph view: wrong side again
    trainer.step()
    np.testing.assert_array_equal(trainer.network.params, [2.0, 4.0])  # w + y·x from (3, 3)
    assert trainer.snapshot().gradients is None


def test_outputs_fixes_the_output_layer_when_the_data_allows_it():
    """Two classes fit one output neuron or one per class; ``outputs`` picks, the data checks."""
    two = build_network(Config(network=NetworkSpec(outputs=2, loss="half_squared_error")), xor())
    assert two.architecture.sizes == (2, 4, 2)
    assert build_network(Config(), xor()).architecture.sizes == (2, 4, 1)
    with pytest.raises(InputError, match="the output layer has 3 neurons but the data set xor needs 1 or 2"):
        build_network(Config(network=NetworkSpec(outputs=3)), xor())


def test_inline_minus_one_plus_one_labels_keep_their_names():
    """A lesson writes the perceptron's classes as -1 and +1: the class names say so (the
    graph read 'ŷ (1 = 1, 0 = −1)' with '0' and '1')."""
    spec = DataSpec(name="points", x=((1.0, -1.0), (2.0, 1.0)), y=(-1, 1),
                    kind="classification", labels="pm1")
    data = build_dataset(spec)
    assert data.target_names == ("-1", "+1")
    assert data.y_train.tolist() == [0, 1]
