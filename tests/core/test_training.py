"""Training: batching and epochs, XOR with and without a hidden layer, divergence, snapshots."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Network
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.training import Trainer, class_zero_target, encoded_targets, train, training_targets

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])


def classification(x, y, name="data", x_test=None, y_test=None, labels="01", classes=2):
    x, y = np.asarray(x, dtype=float), np.asarray(y)
    x_test = x[:0] if x_test is None else np.asarray(x_test, dtype=float)
    y_test = y[:0] if y_test is None else np.asarray(y_test)
    return Dataset(name, "classification", x, y, x_test, y_test,
                   tuple(f"x{i + 1}" for i in range(x.shape[1])),
                   tuple(str(c) for c in range(classes)), labels)


def regression(x, y, name="line"):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float).reshape(len(x), -1)
    return Dataset(name, "regression", x, y, x[:0], y[:0],
                   tuple(f"x{i + 1}" for i in range(x.shape[1])), ("y",))


def xor_data():
    return classification(XOR_X, XOR_Y, "xor")


def index_data(n):
    """n samples whose only feature is the sample's own index, so batches can be read back."""
    return regression(np.arange(n, dtype=float)[:, None], np.zeros(n), "indices")


def linear_net(n_in=1, seed=0):
    return Network.create([n_in, 1], "identity", loss="half_squared_error", seed=seed)


def batches_of(trainer, steps):
    out = []
    for _ in range(steps):
        assert trainer.step()
        out.append(trainer.batch_indices.tolist())
    return out


# -- batching ------------------------------------------------------------------------------
def test_no_shuffle_visits_the_samples_in_order_in_batches_of_m():
    trainer = Trainer(linear_net(), make_optimizer("sgd"), index_data(10), batch_size=3,
                      shuffle=False)
    assert trainer.steps_per_epoch == 4
    assert batches_of(trainer, 5) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9], [0, 1, 2]]


def test_a_minibatch_step_uses_the_gradient_of_exactly_that_batch():
    data = index_data(10)
    net = linear_net(seed=3)
    before = net.copy()
    trainer = Trainer(net, make_optimizer("sgd", lr=0.01), data, batch_size=4, shuffle=True, seed=5)
    trainer.step()
    rows = trainer.batch_indices
    assert len(rows) == 4
    grad = before.gradient(data.x_train[rows], data.y_train[rows]).flat
    np.testing.assert_allclose(net.params, before.params - 0.01 * grad, rtol=1e-14)


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 25), m=st.integers(1, 30), seed=st.integers(0, 2**32 - 1),
       shuffle=st.booleans())
def test_every_sample_once_per_epoch_and_fractional_epochs(n, m, seed, shuffle):
    trainer = Trainer(linear_net(), make_optimizer("sgd", lr=1e-3), index_data(n),
                      batch_size=m, shuffle=shuffle, seed=seed)
    per_epoch = -(-n // min(m, n))
    assert trainer.steps_per_epoch == per_epoch
    for epoch in range(2):
        seen = []
        for k in range(per_epoch):
            trainer.step()
            seen += trainer.batch_indices.tolist()
            assert trainer.epoch == pytest.approx(epoch + len(seen) / n)
        assert sorted(seen) == list(range(n))
        assert trainer.epoch == epoch + 1
    assert trainer.step_count == 2 * per_epoch


def test_shuffle_is_determined_by_the_seed_and_redrawn_every_epoch():
    def order(seed):
        trainer = Trainer(linear_net(), make_optimizer("sgd", lr=1e-3), index_data(12),
                          batch_size=3, seed=seed)
        return [i for batch in batches_of(trainer, 8) for i in batch]

    a = order(7)
    assert a == order(7)
    assert a != order(8)
    assert a[:12] != a[12:]  # a new permutation for the second epoch
    assert a[:12] != list(range(12))


def test_full_batch_is_one_epoch_per_step():
    trainer = Trainer(linear_net(), make_optimizer("sgd", lr=1e-3), index_data(5))
    assert trainer.batch_size == 5 and trainer.steps_per_epoch == 1
    assert batches_of(trainer, 2) == [[0, 1, 2, 3, 4]] * 2
    assert trainer.epoch == 2.0


def test_a_batch_larger_than_the_data_is_the_full_batch():
    trainer = Trainer(linear_net(), make_optimizer("sgd"), index_data(5), batch_size=64)
    assert trainer.batch_size == 5


def test_batch_size_and_shuffle_can_change_between_steps():
    trainer = Trainer(linear_net(), make_optimizer("sgd", lr=1e-3), index_data(6), batch_size=2,
                      seed=1)
    batches_of(trainer, 3)  # one shuffled epoch
    trainer.shuffle = False
    trainer.batch_size = 4
    assert batches_of(trainer, 2) == [[0, 1, 2, 3], [4, 5]]
    trainer.batch_size = None
    assert trainer.batch_size == 6 and batches_of(trainer, 1) == [[0, 1, 2, 3, 4, 5]]
    assert trainer.epoch == 3.0


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "8"])
def test_bad_batch_size(bad):
    with pytest.raises(InputError, match="batch size"):
        Trainer(linear_net(), make_optimizer("sgd"), index_data(5), batch_size=bad)


# -- targets and evaluation ---------------------------------------------------------------
def test_class_zero_is_minus_one_for_tanh_and_sign_outputs():
    data = xor_data()
    assert class_zero_target(Network.create([2, 1], "tanh"), data) == -1.0
    assert class_zero_target(Network.create([2, 1], "sign"), data) == -1.0
    assert class_zero_target(Network.create([2, 1], "sigmoid"), data) == 0.0
    assert class_zero_target(Network.create([2, 1], "identity"), data) == 0.0
    pm1 = classification(XOR_X, XOR_Y, labels="pm1")
    assert class_zero_target(Network.create([2, 1], "identity"), pm1) == -1.0
    assert class_zero_target(Network.create([2, 1], "sigmoid"), pm1) == 0.0


def test_training_targets_name_a_mismatch():
    net = Network.create([3, 2, 1], seed=1)
    with pytest.raises(InputError, match="3 inputs but the data set has 2 features"):
        training_targets(net.architecture, xor_data())
    x, y = training_targets(Network.create([2, 2, 1]).architecture, xor_data())
    np.testing.assert_array_equal(y, XOR_Y.reshape(-1, 1).astype(float))
    np.testing.assert_array_equal(x, XOR_X)


def test_encoded_targets_are_the_trainers_own():
    """tanh: class 0 is −1; three outputs: one-hot; a mismatch of outputs names both counts."""
    data = xor_data()
    np.testing.assert_array_equal(encoded_targets(Network.create([2, 1], "tanh"), data, XOR_Y),
                                  [[-1.0], [1.0], [1.0], [-1.0]])
    np.testing.assert_array_equal(encoded_targets(Network.create([2, 2], "sigmoid"), data, [1, 0]),
                                  [[0.0, 1.0], [1.0, 0.0]])
    with pytest.raises(InputError, match="2 classes but the output layer has 3 neurons"):
        encoded_targets(Network.create([2, 3], "sigmoid"), data, XOR_Y)


def test_evaluation_uses_the_encoded_targets():
    """A tanh output is judged against ±1 targets: C = mean ½(y − a)² with y = −1 for class 0."""
    net = Network.create([2, 3, 1], "tanh", "tanh", "half_squared_error", seed=1)
    trainer = Trainer(net, make_optimizer("sgd"), xor_data())
    a = net.predict(XOR_X)[:, 0]
    y = np.where(XOR_Y == 1, 1.0, -1.0)
    ev = trainer.evaluate()
    assert ev.train_loss == pytest.approx(np.mean(0.5 * (y - a) ** 2), rel=1e-14)
    assert ev.train_accuracy == np.mean((a > 0) == (XOR_Y == 1))
    assert ev.test_loss is None and ev.test_accuracy is None


def test_test_set_and_regression_accuracies():
    data = classification(XOR_X[:3], XOR_Y[:3], x_test=XOR_X[3:], y_test=XOR_Y[3:])
    ev = Trainer(Network.create([2, 1], "sigmoid"), make_optimizer("sgd"), data).evaluate()
    assert ev.test_loss is not None and ev.test_accuracy in (0.0, 1.0)
    ev = Trainer(linear_net(), make_optimizer("sgd"), index_data(4)).evaluate()
    assert ev.train_accuracy is None and ev.test_accuracy is None and ev.test_loss is None


def test_network_and_data_must_fit():
    with pytest.raises(InputError, match="3 inputs .* 2 features"):
        Trainer(Network.create([3, 1]), make_optimizer("sgd"), xor_data())
    with pytest.raises(InputError, match="2 classes"):
        Trainer(Network.create([2, 3]), make_optimizer("sgd"), xor_data())
    with pytest.raises(InputError, match="1 targets .* 2 outputs"):
        Trainer(Network.create([1, 2]), make_optimizer("sgd"), index_data(4))


# -- XOR -----------------------------------------------------------------------------------
def xor_accuracy_after(seed, steps=2000):
    net = Network.create([2, 4, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=seed)
    snapshots = list(train(net, make_optimizer("adam", lr=0.05), xor_data(), steps=steps,
                           every=steps, seed=seed))
    return snapshots[-1].train_accuracy


def test_a_hidden_layer_learns_xor_for_most_seeds():
    solved = sum(xor_accuracy_after(seed) == 1.0 for seed in range(10))
    assert solved >= 8


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    optimizer=st.sampled_from(OPTIMIZERS),
    lr=st.sampled_from([0.01, 0.1, 1.0]),
    output=st.sampled_from([("sigmoid", "binary_cross_entropy"), ("tanh", "half_squared_error"),
                            ("identity", "half_squared_error"), ("sigmoid", "squared_error")]),
)
def test_no_hidden_layer_never_gets_xor_beyond_three_of_four(seed, optimizer, lr, output):
    """One layer draws one straight line: it can put at most 3 of XOR's 4 corners right."""
    net = Network.create([2, 1], output_activation=output[0], loss=output[1], init="uniform",
                         seed=seed, init_range=2.0)
    for snap in train(net, make_optimizer(optimizer, lr=lr), xor_data(), steps=300, every=10,
                      seed=seed):
        assert snap.train_accuracy <= 0.75


# -- divergence -----------------------------------------------------------------------------
def steep_line():
    x = np.linspace(-3, 3, 20)[:, None]
    return regression(x, 5 * x[:, 0] + 1)


def test_a_huge_learning_rate_diverges_and_keeps_the_last_finite_parameters():
    """η = 10⁵: C overflows to inf within the loss guard's first block (η = 50 would be
    caught as exploding at step 32: tests/core/test_exploding_loss.py)."""
    data = steep_line()
    net = Network.create([1, 1], "identity", loss="squared_error", seed=2)
    trainer = Trainer(net, make_optimizer("sgd", lr=1e5), data)
    done = trainer.run(10_000)
    assert trainer.stopped == "diverged"
    assert done == trainer.step_count < 10_000
    assert np.all(np.isfinite(net.params))
    assert f"step {done + 1}" in trainer.message and "smaller learning rate" in trainer.message
    kept = net.params.copy()
    assert not trainer.step() and trainer.step_count == done
    assert trainer.epoch == done  # the failed step used no samples
    # The kept parameters are exactly those after the last counted step.
    replay = Network.create([1, 1], "identity", loss="squared_error", seed=2)
    Trainer(replay, make_optimizer("sgd", lr=1e5), data).run(done)
    np.testing.assert_array_equal(kept, replay.params)


def test_an_update_that_overflows_is_undone():
    """Finite cost and gradient, but θ − ηg overflows: θ stays at θ0 and the state is reset."""
    net = Network.create([1, 1], "identity", loss="squared_error", seed=2)
    theta0 = net.params.copy()
    opt = make_optimizer("momentum", lr=1e308)
    trainer = Trainer(net, opt, steep_line())
    assert not trainer.step()
    assert trainer.stopped == "diverged" and "step 1" in trainer.message
    np.testing.assert_array_equal(net.params, theta0)
    assert opt.state() == {}
    trainer.stopped = None  # go on with a sensible η from the kept parameters
    opt.lr = 0.01
    assert trainer.run(5) == 5 and trainer.stopped is None
    assert np.all(np.isfinite(net.params)) and trainer.epoch == 5.0


def test_train_ends_with_a_diverged_snapshot():
    net = Network.create([1, 1], "identity", loss="squared_error", seed=2)
    snaps = list(train(net, make_optimizer("sgd", lr=1e5), steep_line(), steps=10_000, every=7))
    assert [s.stopped for s in snaps[:-1]] == [None] * (len(snaps) - 1)
    last = snaps[-1]
    assert last.stopped == "diverged" and "smaller learning rate" in last.message
    assert np.all(np.isfinite(last.params))
    np.testing.assert_array_equal(last.params, net.params)


# -- the generator and snapshots ---------------------------------------------------------------
def test_snapshots_at_zero_every_k_and_a_final_one():
    net = Network.create([2, 3, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=0)
    snaps = list(train(net, make_optimizer("sgd"), xor_data(), steps=10, every=3))
    assert [s.step for s in snaps] == [0, 3, 6, 9, 10]
    assert [s.stopped for s in snaps] == [None, None, None, None, "steps"]
    assert snaps[0].gradients is None and snaps[1].gradients is not None
    assert snaps[-1].epoch == 10.0 and snaps[-1].learning_rate == 0.1


def test_epochs_budget_counts_passes():
    snaps = list(train(linear_net(), make_optimizer("sgd", lr=1e-3), index_data(10), epochs=2,
                       batch_size=3, every=100))
    assert snaps[-1].step == 8 and snaps[-1].epoch == 2.0 and snaps[-1].stopped == "steps"


def test_steps_and_epochs_together_is_an_error():
    with pytest.raises(InputError, match="not both"):
        train(linear_net(), make_optimizer("sgd"), index_data(3), steps=1, epochs=1)
    with pytest.raises(InputError, match="every"):
        train(linear_net(), make_optimizer("sgd"), index_data(3), steps=1, every=0)


def test_the_generator_can_be_stopped_between_snapshots():
    net = Network.create([2, 3, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=0)
    gen = train(net, make_optimizer("adam"), xor_data(), every=5)  # no budget: endless
    first, second = next(gen), next(gen)
    gen.close()
    assert (first.step, second.step) == (0, 5)
    np.testing.assert_array_equal(net.params, second.params)


def test_target_loss_converges():
    net = Network.create([2, 1], "sigmoid", loss="binary_cross_entropy", seed=0)
    data = classification(XOR_X, [0, 0, 0, 1], "and")
    snaps = list(train(net, make_optimizer("adam", lr=0.1), data, steps=5000, every=50,
                       target_loss=0.05))
    last = snaps[-1]
    assert last.stopped == "converged" and last.step < 5000
    assert last.train_loss <= 0.05 and "0.05" in last.message
    assert snaps[-2].train_loss > 0.05


def test_snapshots_share_no_memory_with_the_live_training():
    net = Network.create([2, 3, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=0)
    opt = make_optimizer("adam")
    trainer = Trainer(net, opt, xor_data())
    trainer.run(3)
    snap = trainer.snapshot()
    assert not np.shares_memory(snap.params, net.params)
    assert not np.shares_memory(snap.gradients, trainer.gradients)
    for key, value in snap.optimizer_state.items():
        assert not value.flags.writeable
        if key != "t":
            assert not np.shares_memory(value, opt._arrays[key])
    assert not snap.params.flags.writeable and not snap.gradients.flags.writeable
    frozen = snap.params.copy(), snap.gradients.copy(), snap.optimizer_state["m"].copy()
    trainer.run(3)
    np.testing.assert_array_equal(snap.params, frozen[0])
    np.testing.assert_array_equal(snap.gradients, frozen[1])
    np.testing.assert_array_equal(snap.optimizer_state["m"], frozen[2])
    assert snap.step == 3 and int(snap.optimizer_state["t"]) == 3


def test_edits_between_steps_are_used():
    """The caller may change η and θ_i between steps; the next step starts from them."""
    data = steep_line()
    net = Network.create([1, 1], "identity", loss="half_squared_error", seed=0)
    trainer = Trainer(net, make_optimizer("sgd", lr=0.01), data)
    trainer.step()
    trainer.optimizer.lr = 0.002
    net.params[0] = 4.0
    expected = net.params - 0.002 * net.gradient(data.x_train, data.y_train).flat
    trainer.step()
    np.testing.assert_allclose(net.params, expected, rtol=1e-14)


def test_a_snapshot_names_the_rows_of_the_last_mini_batch_and_none_for_the_full_batch():
    data = index_data(10)
    trainer = Trainer(linear_net(), make_optimizer("sgd"), data, batch_size=3, shuffle=False)
    assert trainer.snapshot().batch is None  # before the first step
    trainer.step()
    trainer.step()
    batch = trainer.snapshot().batch
    assert batch.tolist() == [3, 4, 5] and batch.dtype.kind == "i" and not batch.flags.writeable
    full = Trainer(linear_net(), make_optimizer("sgd"), data, batch_size=10, shuffle=False)
    full.step()
    assert full.snapshot().batch is None
