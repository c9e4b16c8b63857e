"""The digits and mnist lessons (issue 14) on the shipped MNIST digits, clicked forward to
their last step: the set-ups, the narrated counts measured, the lecture's 90 % reached, the
templates and detectors the narration describes, the commonest mistakes it names."""

import functools
import re

import numpy as np
import pytest

from nnviz.core.lesson_script import apply_step, replay
from nnviz.core.lessons import load_lesson
from tests.core.test_lesson_pack import evaluation, network, outputs


@functools.cache
def played(name):
    """Every state of a lesson, clicked forward: played(name)[k] is the state after step k."""
    lesson = load_lesson(name)
    states = [replay(lesson, 0)]
    for step in lesson.steps:
        states.append(apply_step(states[-1], step))
    return tuple(states)


def right_of_2000(state):
    """How many of the 2,000 test images the state's network classifies right."""
    assert len(state.dataset.x_test) == 2000
    return round(evaluation(state).test_accuracy * 2000)


def narrated_right(state):
    """The count the step's narration gives: "N of the 2,000 test images"."""
    found = re.search(r"([\d,]+) of\s+the\s+2,000\s+test\s+images", state.text)
    return int(found[1].replace(",", ""))


def test_digits_a_linear_model_then_a_hidden_layer_on_real_16_by_16_digits():
    states = played("digits")
    start, linear, templates, hidden = states[1:5]
    assert start.config.data.name == "digits" and start.dataset.image_shape == (16, 16)
    assert start.selection.sample == 0 and start.show == ("digit", "graph")
    assert network(linear).architecture.sizes == (256, 10)
    assert network(hidden).architecture.sizes == (256, 64, 10)
    assert network(hidden).architecture.activations == ("relu", "softmax")
    training = start.config.training
    assert (training.optimizer, training.learning_rate, training.batch_size) == ("sgd", 1.0, 100)
    assert linear.trained_steps == hidden.trained_steps == 400  # 5 epochs of 80 mini-batches
    assert 400 * 100 == 5 * len(start.dataset.x_train)
    # the narration's numbers, measured: 1,797 (90 %) linear, 1,857 (93 %) with 64 ReLUs
    for state, narrated in ((linear, 1797), (hidden, 1857)):
        assert narrated_right(state) == narrated
        assert abs(right_of_2000(state) - narrated) <= 4
    assert "256·10 = 2,560" in start.text and "256·64 + 64·10 = 17,024" in hidden.text
    assert network(linear).architecture.n_weights == 256 * 10
    assert network(hidden).architecture.n_weights == 256 * 64 + 64 * 10
    np.testing.assert_array_equal(templates.theta, linear.theta)


def test_digits_linear_templates_look_like_their_digits():
    """"Digit 0's is a ring around an orange hole, digit 1's a vertical stroke": output j's
    weights against the mean image of digit j, and the 0's centre against its ring."""
    linear = played("digits")[3]
    templates = network(linear).weights[0].reshape(10, 16, 16)
    data = linear.dataset
    means = np.array([data.x_train[data.y_train == c].mean(axis=0) for c in range(10)])
    match = np.corrcoef(templates.reshape(10, -1), means)[:10, 10:]
    assert np.all(np.argmax(match, axis=1) == np.arange(10))  # each most like its own digit
    zero, one = templates[0], templates[1]
    ring = means[0].reshape(16, 16) > 0.3
    assert zero[6:10, 6:10].mean() < 0 < zero[ring].mean()  # an orange hole in a blue ring
    assert one[3:13, 7:9].mean() > 0 > one[3:13, 2:5].mean()  # a blue stroke down the middle


def test_mnist_runs_the_textbook_set_up_on_real_mnist_past_90_percent():
    states = played("mnist")
    start, one_epoch, two_epochs, last = states[1], states[2], states[4], states[-1]
    assert start.config.data.name == "mnist" and start.dataset.image_shape == (28, 28)
    assert (len(start.dataset.x_train), len(start.dataset.x_test)) == (8000, 2000)
    arch = network(start).architecture
    assert arch.sizes == (784, 30, 10) and arch.activations == ("sigmoid", "sigmoid")
    training = start.config.training
    assert (training.optimizer, training.learning_rate, training.batch_size) == ("sgd", 3.0, 10)
    assert start.config.network.loss == "half_squared_error"
    assert 0.05 < evaluation(start).test_accuracy < 0.15  # "about 1 test image in 10"
    assert one_epoch.trained_steps * 10 == len(start.dataset.x_train)  # 800 mini-batches
    assert two_epochs.trained_steps == 1600
    for state, narrated in ((one_epoch, 1796), (two_epochs, 1827)):
        assert narrated_right(state) == narrated
        assert abs(right_of_2000(state) - narrated) <= 4
    assert evaluation(last).test_accuracy >= 0.90  # the lecture's result, at the last step
    assert [s.show for s in states[1:]] == [("digit", "graph"), ("digit", "loss"),
                                            ("detectors", "digit"), ("digit", "loss"),
                                            ("confusion", "digit")]


@pytest.mark.parametrize("name", ["digits", "mnist"])
def test_the_commonest_mistakes_are_the_narrated_ones(name):
    """"A 4 taken for a 9 is its commonest mistake (13 times), then a 5 taken for a 3 (12)":
    the confusion matrix counted here from the network's answers on the test set."""
    last = played(name)[-1]
    found = re.search(r"A (\d) taken for a (\d) is its\s+commonest mistake \((\d+)\s+times\), "
                      r"then a (\d) taken for a (\d) \((\d+)\)", last.text)
    said = [tuple(map(int, found.groups()[i:i + 3])) for i in (0, 3)]
    answers = np.argmax(outputs(last, last.dataset.x_test).output, axis=1)
    counts = np.zeros((10, 10), int)
    np.add.at(counts, (last.dataset.y_test, answers), 1)
    np.fill_diagonal(counts, 0)
    top = np.argsort(counts, axis=None)[::-1][:2]
    assert [divmod(int(i), 10) for i in top] == [(true, answer) for true, answer, _ in said]
    for true, answer, times in said:
        assert abs(counts[true, answer] - times) <= 2


def test_mnist_pixels_no_training_digit_inks_keep_their_random_start():
    """The detectors step: "The 117 edge and corner pixels that no training digit inks keep
    their random start" (∂ℓ/∂w¹ⱼₖ = xₖ·δ¹ⱼ = 0 when xₖ is always 0)."""
    start, one_epoch = played("mnist")[1], played("mnist")[3]
    assert "The 117 edge and corner pixels" in one_epoch.text
    never = start.dataset.x_train.max(axis=0) == 0
    assert never.sum() == 117
    w0, w1 = network(start).weights[0], network(one_epoch).weights[0]
    np.testing.assert_array_equal(w1[:, never], w0[:, never])
    assert np.all(np.any(w1[:, ~never] != w0[:, ~never], axis=0))  # every inked pixel's moved
    rows, cols = np.divmod(np.flatnonzero(never), 28)
    assert np.all(np.minimum(np.minimum(rows, 27 - rows), np.minimum(cols, 27 - cols)) <= 4)
