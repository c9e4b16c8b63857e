"""core.limits: each limit accepted at the limit and refused one past it with a message naming
the value, the limit and the source; the limits applied by config (the one place a network is
accepted) before anything is allocated; every shipped lesson within them (issue 15)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core import limits
from nnviz.core.config import (
    Config, DataSpec, NetworkSpec, build_dataset, resolve, validate,
)
from nnviz.core.data import CLASSIFICATION
from nnviz.core.errors import InputError
from nnviz.core.lessons import lesson_names, load_lesson
from nnviz.core.network import Architecture

SCALE = "src: the presentation scale must be a number from 0.5 to 4, not "
SPEED = "src: the speed must be steps per second (a number > 0) or \"max\", not "

# (check, value at the limit, value past it, message of the refusal)
AT_AND_PAST = [
    (limits.check_hidden, [1] * 16, [1] * 17,
     "src: a network has at most 16 hidden layers, not 17"),
    (limits.check_hidden, [4096], [3, 4097],
     "src: a layer has at most 4,096 neurons, not 4,097 (hidden layer 2)"),
    (limits.check_hidden, [1], [0], "src: hidden layer 1 needs at least one neuron, not 0"),
    (limits.check_inputs, 1024 * 1024, 1024 * 1024 + 1,
     "src: the number of inputs must be at most 1,048,576, not 1,048,577"),
    (limits.check_outputs, 1000, 1001,
     "src: the number of outputs must be at most 1,000, not 1,001"),
    (limits.check_classes, 1000, 1001,
     "src: the number of classes must be at most 1,000, not 1,001"),
    (limits.check_samples, 10**6, 10**6 + 1,
     "src: the number of samples must be at most 1,000,000, not 1,000,001"),
    (limits.check_samples, 1, 0, "src: the number of samples must be at least 1, not 0"),
    (limits.check_seed, 2**32 - 1, 2**32,
     "src: a seed must be at most 4,294,967,295, not 4,294,967,296"),
    (limits.check_seed, 0, -1, "src: a seed must be at least 0, not -1"),
    (limits.check_scale, 4.0, 4.01, SCALE + "4.01"),
    (limits.check_scale, 0.5, 0.49, SCALE + "0.49"),
    (limits.check_scale, 4, math.nan, SCALE + "nan"),
    (limits.check_speed, math.inf, math.nan, SPEED + "nan"),
    (limits.check_speed, 1e-9, 0.0, SPEED + "0.0"),
]


@pytest.mark.parametrize("check, at, past, message", AT_AND_PAST)
def test_each_limit_at_and_one_past(check, at, past, message):
    check(at, "src")
    with pytest.raises(InputError) as e:
        check(past, "src")
    assert str(e.value) == message


@pytest.mark.parametrize("value", [True, 2.0, "3", None])
def test_whole_numbers_only(value):
    with pytest.raises(InputError, match="must be a whole number"):
        limits.check_seed(value, "src")


def test_parameters_by_their_memory():
    # 9,999-1,000 with a bias: P = 1,000 · (9,999 + 1) = 10^7 exactly; one more input is 1,000 more
    assert limits.check_parameters((9999, 1000), "src") == 10**7
    assert limits.check_parameters((10000, 1000), "src", bias=False) == 10**7
    with pytest.raises(InputError) as e:
        limits.check_parameters((10000, 1000), "src")
    assert str(e.value) == ("src: a network has at most 10,000,000 parameters "
                            "(80 MB of float64 θ, 320 MB with its gradient and the optimizer's state), not 10,001,000 "
                            "(10000-1000)")


def test_architecture_checks_every_layer_in_python_integers():
    assert limits.check_architecture((784, 30, 10), "src") == (784, 30, 10)
    with pytest.raises(InputError, match="at most 4,096 neurons, not 9,223,372,036,854,775,807"):
        limits.check_architecture((2, 2**63 - 1, 1), "src")
    with pytest.raises(InputError, match="number of outputs must be at most 1,000"):
        limits.check_architecture((2, 10**8), "src")


@given(st.lists(st.integers(1, 50), min_size=2, max_size=6), st.data())
def test_parameter_count_is_the_architectures(sizes, data):
    bias = data.draw(st.lists(st.booleans(), min_size=len(sizes) - 1, max_size=len(sizes) - 1))
    arch = Architecture(sizes, ("tanh",) * (len(sizes) - 1), bias)
    assert limits.n_parameters(sizes, bias) == arch.n_parameters


def test_activations_of_a_forward_pass():
    # 10^6 samples through 2-49-1: 10^6 · (49 + 1) = 5·10^7 values z^l, the limit
    assert limits.check_activations(10**6, (2, 49, 1), "src") == 50_000_000
    with pytest.raises(InputError) as e:
        limits.check_activations(10**6, (2, 49, 2), "src")
    assert str(e.value) == ("src: a forward pass over 1,000,000 samples through 2-49-2 computes "
                            "51,000,000 values z^l and as many a^l; at most 50,000,000 (800 MB): "
                            "fewer samples or smaller layers")


def test_image_size():
    assert limits.check_image_size(640, 8000, "--size") == (640, 8000)
    with pytest.raises(InputError, match=r"--size: width must be 640\.\.8,000 .* not 639x400"):
        limits.check_image_size(639, 400, "--size")


# -- through config: the network is accepted or refused before any W^l exists -------------

def _xor(**network) -> tuple[Config, object]:
    config = resolve(Config(data=DataSpec(name="xor"), network=NetworkSpec(**network)))
    return config, build_dataset(config.data)


@pytest.mark.parametrize("hidden, message", [
    ((4097,), "the network: a layer has at most 4,096 neurons, not 4,097 (hidden layer 1)"),
    ((2**63 - 1,), "not 9,223,372,036,854,775,807 (hidden layer 1)"),
    ((1,) * 1000, "the network: a network has at most 16 hidden layers, not 1,000"),
    ((4096, 4096), "the network: a network has at most 10,000,000 parameters"),
])
def test_validate_refuses_networks_past_the_limits(hidden, message):
    config, dataset = _xor(hidden=hidden, activations=("tanh",) * len(hidden))
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        validate(config, dataset)


def test_validate_accepts_networks_at_the_limits():
    for hidden in ((4096,), (1,) * 16, (2048, 2048)):  # (2048, 2048): 4,210,689 parameters
        config, dataset = _xor(hidden=hidden, activations=("tanh",) * len(hidden))
        assert validate(config, dataset).sizes == (2, *hidden, 1)


def test_validate_counts_the_forward_pass_over_the_data():
    config = resolve(Config(data=DataSpec(name="moons", n=100_000, test_ratio=0.0),
                            network=NetworkSpec(hidden=(499,), activations=("tanh",))))
    dataset = build_dataset(config.data)  # 100,000 · (499 + 1) = 5·10^7 values: accepted
    validate(config, dataset)
    wider = config.with_network(hidden=(500,))
    with pytest.raises(InputError, match="the network: a forward pass over 100,000 samples"):
        validate(wider, dataset)


def test_seeds_are_checked_before_numpy_sees_them():
    config, dataset = _xor(seed=-1)
    with pytest.raises(InputError, match="the network's seed: a seed must be at least 0, not -"):
        validate(config, dataset)
    with pytest.raises(InputError, match="the data's seed: a seed must be at most 4,294,967,295"):
        build_dataset(DataSpec(name="xor", seed=2**32))


def test_inline_classes_counted_before_they_are_built():
    def points(top: int) -> DataSpec:
        return DataSpec(name="points", x=((0.0,), (1.0,)), y=(0, top), kind=CLASSIFICATION)

    assert len(build_dataset(points(999)).target_names) == 1000
    for top in (1000, 10**8):
        with pytest.raises(InputError, match=f"the number of classes must be at most 1,000, "
                                             f"not {top + 1:,}"):
            build_dataset(points(top))


# -- every shipped lesson, and every configuration its script reaches, is within the limits

@pytest.mark.parametrize("name", lesson_names())
def test_every_shipped_lesson_is_within_the_limits(name):
    lesson = load_lesson(name)
    limits.check_speed(lesson.speed, name)
    configs = [lesson.config] + [s.config for s in lesson.steps if s.config is not None]
    for config in configs:
        config = resolve(config)
        dataset = build_dataset(config.data)
        arch = validate(config, dataset)
        limits.check_architecture(arch.sizes, name, arch.bias)
        limits.check_samples(len(dataset.x_train) + len(dataset.x_test), name)
        limits.check_seed(config.data.seed, name)
        limits.check_seed(config.network.seed, name)
    for step in lesson.steps:
        if step.speed is not None:
            limits.check_speed(step.speed, name)
