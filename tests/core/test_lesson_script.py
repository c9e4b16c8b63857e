"""Lesson scripts: [[step]] tables read, checked and replayed headlessly (core/lesson_script.py)."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.errors import InputError
from nnviz.core.lesson_script import (MAX_TRAIN_STEPS, LessonStep, ScriptState, Selection,
                                      TrainGoal, WalkAt, apply_step, replay)
from nnviz.core.lessons import load_lesson, parse_lesson

# The world's smallest perceptron (lecture 7): a = w·x, x = 2, y = 3, loss (a - y)², η = 0.1.
SMALLEST = """
title = "smallest"
description = "the start"
speed = 3
[data]
x = [[2.0]]
y = [3.0]
kind = "regression"
[network]
hidden = []
output_activation = "identity"
loss = "squared_error"
bias = false
params = [2.5]
[training]
learning_rate = 0.1
batch = "full"
"""

# Rosenblatt's rule from w = 0, no bias, the worked sample (1, -1) labelled -1 first.
PERCEPTRON = """
title = "rule"
[data]
x = [[1.0, -1.0], [2.0, 1.0], [1.0, 1.0], [2.0, -1.0]]
y = [-1, 1, 1, -1]
kind = "classification"
labels = "pm1"
[network]
hidden = []
output_activation = "sign"
loss = "half_squared_error"
bias = false
init = "zeros"
[training]
rule = "perceptron"
learning_rate = 1.0
shuffle = false
"""


def lesson(text: str, steps: str = "", name: str = "t"):
    return parse_lesson(text + steps, name=name, source=f"{name}.toml")


def same(a: ScriptState, b: ScriptState) -> None:
    """Two states are the same state: θ, config, data, counts and what is shown."""
    assert a.number == b.number
    assert a.config == b.config
    assert np.array_equal(a.theta, b.theta)
    assert a.theta.tobytes() == b.theta.tobytes()
    for field in ("x_train", "y_train", "x_test", "y_test"):
        assert np.array_equal(getattr(a.dataset, field), getattr(b.dataset, field))
    assert a.dataset.name == b.dataset.name and a.dataset.kind == b.dataset.kind
    assert a.trained_steps == b.trained_steps
    assert a.losses == b.losses
    assert (a.selection, a.show, a.walk, a.speed, a.play, a.title, a.text, a.goal_met) == \
        (b.selection, b.show, b.walk, b.speed, b.play, b.title, b.text, b.goal_met)


# -- worked examples ---------------------------------------------------------------------------
def test_the_smallest_perceptron_one_step_gives_w_1_7_and_loss_0_16():
    les = lesson(SMALLEST, '[[step]]\ntitle = "one step"\ntrain = 1\n')
    start = replay(les, 0)
    assert start.theta.tolist() == [2.5]
    assert start.title == "" and start.text == "the start" and start.speed == 3.0
    assert start.trained_steps == 0 and start.losses == () and start.goal_met is None
    after = replay(les, 1)
    assert after.theta[0] == pytest.approx(1.7, abs=1e-15)  # 2.5 - 0.1·8
    assert after.losses == ((1, pytest.approx(0.16, abs=1e-14)),)  # (1.7·2 - 3)² after step 1
    assert after.trained_steps == 1 and after.title == "one step" and after.text == ""


def test_the_smallest_perceptron_until_the_loss_is_small():
    les = lesson(SMALLEST, '[[step]]\ntitle = "go"\n'
                           'train = { until = "loss", value = 0.001, max_steps = 100 }\n')
    state = replay(les, 1)
    assert state.goal_met is True
    # w_k - 1.5 = (2.5 - 1.5)·(1 - 0.1·8)^k = (-0.6)^k... loss 4·(w-1.5)² <= 0.001 first at k = 7
    w = 2.5
    for k in range(1, 100):
        w -= 0.1 * 2 * 2 * (2 * w - 3)
        if (2 * w - 3) ** 2 <= 0.001:
            break
    assert state.trained_steps == k
    assert state.theta[0] == pytest.approx(w, abs=1e-12)
    assert state.losses[-1][1] <= 0.001 < state.losses[-2][1]
    assert [k for k, _ in state.losses] == list(range(1, k + 1))  # every step: a small lesson


def test_a_perceptron_step_sequence_sample_by_sample():
    steps = "".join(f'[[step]]\ntitle = "sample {k}"\ntrain = 1\n' for k in range(1, 5))
    steps += '[[step]]\ntitle = "converge"\ntrain = { until = "converged", max_steps = 100 }\n'
    les = lesson(PERCEPTRON, steps)
    thetas = [replay(les, k).theta.tolist() for k in range(6)]
    data = replay(les, 0).dataset  # labels written -1 / +1: class 0 / class 1
    assert data.y_train.tolist() == [0, 1, 1, 0] and data.labels == "pm1"
    # sign(0) = +1 but the label is -1: w = 0 + (-1)·(1, -1) = (-1, 1)
    assert thetas[0] == [0.0, 0.0]
    assert thetas[1] == [-1.0, 1.0]
    # (2, 1), +1: w·x = -1 -> mistake: w = (1, 2)
    assert thetas[2] == [1.0, 2.0]
    # (1, 1), +1: w·x = 3 -> right
    assert thetas[3] == [1.0, 2.0]
    # (2, -1), -1: w·x = 0 -> sign +1, mistake: w = (-1, 3)
    assert thetas[4] == [-1.0, 3.0]
    final = replay(les, 5)
    assert final.goal_met is True and final.stopped == "converged"
    x = np.array([[1.0, -1.0], [2.0, 1.0], [1.0, 1.0], [2.0, -1.0]])
    decisions = np.where(x @ final.theta >= 0, 1, -1)
    assert decisions.tolist() == [-1, 1, 1, -1]


def test_an_unmet_condition_is_not_an_error():
    les = lesson(SMALLEST, '[[step]]\ntitle = "too few"\n'
                           'train = { until = "loss", value = 0.0, max_steps = 3 }\n')
    state = replay(les, 1)
    assert state.goal_met is False and state.trained_steps == 3


def test_an_accuracy_goal_already_met_trains_nothing():
    text = PERCEPTRON.replace('init = "zeros"', "params = [-1.0, 1.0]")
    les = lesson(text.replace("[2.0, 1.0], [1.0, 1.0], [2.0, -1.0]", "[-1.0, 1.0]")
                 .replace("y = [-1, 1, 1, -1]", "y = [-1, 1]"),
                 '[[step]]\ntitle = "a"\ntrain = { until = "accuracy", value = 1.0, max_steps = 9 }\n')
    state = replay(les, 1)
    assert state.goal_met is True and state.trained_steps == 0
    assert state.theta.tolist() == [-1.0, 1.0]


def test_gradient_descent_converges_when_the_cost_stops_changing():
    les = lesson(SMALLEST, '[[step]]\ntitle = "c"\n'
                           'train = { until = "converged", max_steps = 1000 }\n')
    state = replay(les, 1)
    assert state.goal_met is True
    assert abs(state.losses[-1][1] - state.losses[-2][1]) < 1e-9
    assert abs(state.losses[-2][1] - state.losses[-3][1]) >= 1e-9


# -- what a step changes ---------------------------------------------------------------------
def test_params_set_theta_and_restart_the_count():
    les = lesson(SMALLEST, '[[step]]\ntitle = "a"\ntrain = 2\n'
                           '[[step]]\ntitle = "b"\nnetwork = { params = [0.5] }\n')
    state = replay(les, 2)
    assert state.theta.tolist() == [0.5] and state.trained_steps == 0 and state.losses == ()
    assert state.config.network.params == (0.5,)


def test_a_training_change_keeps_theta_and_the_count():
    les = lesson(SMALLEST, '[[step]]\ntitle = "a"\ntrain = 1\n'
                           '[[step]]\ntitle = "b"\ntraining = { learning_rate = 0.05 }\ntrain = 1\n')
    state = replay(les, 2)
    w1 = 2.5 - 0.1 * 8
    w2 = w1 - 0.05 * 2 * 2 * (2 * w1 - 3)
    assert state.theta[0] == pytest.approx(w2, abs=1e-14)
    assert state.trained_steps == 2 and len(state.losses) == 2
    assert state.config.training.learning_rate == 0.05


def test_reset_goes_back_to_the_start():
    les = lesson(SMALLEST, '[[step]]\ntitle = "a"\ntrain = 3\n[[step]]\ntitle = "b"\nreset = true\n')
    state = replay(les, 2)
    assert state.theta.tolist() == [2.5] and state.trained_steps == 0


def test_new_data_keeps_the_other_data_keys_and_resets():
    text = """
title = "gates"
[data]
dataset = "and"
labels = "pm1"
[network]
hidden = []
output_activation = "sign"
loss = "half_squared_error"
init = "zeros"
[training]
rule = "perceptron"
learning_rate = 1.0
shuffle = false
"""
    les = lesson(text, '[[step]]\ntitle = "and"\ntrain = { until = "converged", max_steps = 100 }\n'
                       '[[step]]\ntitle = "or"\ndata = { dataset = "or" }\n')
    assert les.steps[1].config.data.name == "or" and les.steps[1].config.data.labels == "pm1"
    state = replay(les, 2)
    assert state.dataset.name == "or" and state.trained_steps == 0
    assert state.theta.tolist() == [0.0, 0.0, 0.0]
    assert replay(les, 1).goal_met is True


def test_what_the_window_shows_comes_from_the_last_step():
    les = lesson(SMALLEST, """
[[step]]
title = "a"
text = "narration"
select = { sample = 1, neuron = [1, 1], parameter = 1 }
show = ["graph", "loss"]
walk = { sample = 1, phase = "backward" }
speed = "max"
play = true
[[step]]
title = "b"
walk = { sample = 1, step = 3 }
[[step]]
title = "c"
select = {}
walk = false
""")
    one, two, three = (replay(les, k) for k in (1, 2, 3))
    assert one.selection == Selection(sample=0, neuron=(1, 0), parameter=0)
    assert one.show == ("graph", "loss") and one.walk == WalkAt(0, "backward", None)
    assert one.speed == float("inf") and one.play is True and one.text == "narration"
    assert two.selection == one.selection  # kept
    assert two.show == () and two.walk == WalkAt(0, None, 3) and two.speed == 3.0
    assert two.play is False
    assert three.selection == Selection() and three.walk is None
    step = les.steps[0]
    assert isinstance(step, LessonStep) and step.number == 1 and step.play is True
    assert les.steps[2].walk is False


def test_the_parsed_steps():
    les = lesson(SMALLEST, """
[[step]]
title = "a"
training = { learning_rate = 0.25 }
train = 10
[[step]]
title = "b"
train = { until = "accuracy", value = 1, max_steps = 5 }
""".replace("accuracy", "loss"))
    a, b = les.steps
    assert a.changes == {"training": {"learning_rate": 0.25}}
    assert a.train == TrainGoal("steps", None, 10)
    assert b.train == TrainGoal("loss", 1.0, 5)
    assert b.config.training.learning_rate == 0.25  # carried over


# -- back / forward / jump ---------------------------------------------------------------------
def script():
    text = """
title = "xor"
[data]
dataset = "xor"
n = 40
[network]
hidden = [3]
activation = "tanh"
[training]
optimizer = "momentum"
learning_rate = 0.3
batch = 8
"""
    return lesson(text, """
[[step]]
title = "train"
train = 25
[[step]]
title = "slower"
training = { learning_rate = 0.1 }
train = { until = "accuracy", value = 0.99, max_steps = 30 }
[[step]]
title = "wider"
network = { hidden = [5] }
train = 10
[[step]]
title = "full batch"
training = { batch = "full", optimizer = "adam", learning_rate = 0.05 }
train = { until = "loss", value = 0.0001, max_steps = 20 }
[[step]]
title = "again"
reset = true
train = 5
""")


def test_replay_equals_stepping_forward_one_step_at_a_time():
    les = script()
    state = replay(les, 0)
    for k, step in enumerate(les.steps, start=1):
        state = apply_step(state, step)
        same(state, replay(les, k))


def test_going_back_and_jumping_give_identical_states():
    les = script()
    forward = [replay(les, k) for k in range(len(les.steps) + 1)]
    for k in (5, 2, 0, 4, 1, 3, 5):
        same(replay(les, k), forward[k])
    assert forward[1].trained_steps == 25 and forward[3].trained_steps == 10
    assert forward[5].trained_steps == 5


def test_apply_step_leaves_its_state_alone():
    les = script()
    one = replay(les, 1)
    theta = one.theta.copy()
    apply_step(one, les.steps[1])
    assert np.array_equal(one.theta, theta) and one.trained_steps == 25
    assert not one.theta.flags.writeable


def test_replay_numbers_out_of_range():
    les = script()
    for bad in (-1, 6, True, 1.0):
        with pytest.raises(InputError, match="no step"):
            replay(les, bad)


# -- errors --------------------------------------------------------------------------------
@pytest.mark.parametrize("steps, words", [
    ('[[step]]\ntitle = "a"\n[[step]]\ntitle = "b"\ncolour = 1\n', ["step 2", "'colour'"]),
    ('[[step]]\ntext = "no title"\n', ["step 1", "'title'"]),
    ('[[step]]\ntitle = 3\n', ["step 1", "'title'", "str"]),
    ('[[step]]\ntitle = "a"\nnetwork = { widht = 3 }\n', ["step 1: network", "'widht'"]),
    ('[[step]]\ntitle = "a"\ndata = { n = -3 }\n', ["step 1: data", "'n'"]),
    ('[[step]]\ntitle = "a"\ntraining = { learning_rate = "fast" }\n',
     ["step 1: training", "'learning_rate'"]),
    ('[[step]]\ntitle = "a"\n[[step]]\ntitle = "b"\n[[step]]\ntitle = "c"\n'
     'network = { params = [1.0, 2.0] }\n', ["step 3: network: params:", "1 parameters", "2"]),
    ('[[step]]\ntitle = "a"\nnetwork = { params = ["x"] }\n', ["step 1: network", "'params'"]),
    ('[[step]]\ntitle = "a"\nnetwork = "big"\n', ["step 1: network", "table"]),
    ('[[step]]\ntitle = "a"\nshow = ["graph", "movie"]\n', ["step 1: show", "'movie'", "boundary"]),
    ('[[step]]\ntitle = "a"\nshow = 3\n', ["step 1", "'show'"]),
    ('[[step]]\ntitle = "a"\nwalk = { sample = 1, phase = "sideways" }\n',
     ["step 1: walk", "'phase'", '"backward"']),
    ('[[step]]\ntitle = "a"\nwalk = { sample = 2 }\n', ["step 1: walk", "'sample'", "only 1"]),
    ('[[step]]\ntitle = "a"\nwalk = { phase = "loss" }\n', ["step 1: walk", "'sample'"]),
    ('[[step]]\ntitle = "a"\nwalk = { sample = 1, phase = "loss", step = 2 }\n',
     ["step 1: walk", "not both"]),
    ('[[step]]\ntitle = "a"\nwalk = true\n', ["step 1", "'walk'"]),
    ('[[step]]\ntitle = "a"\ntrain = { until = "loss", value = 0.1 }\n',
     ["step 1: train", "'max_steps'"]),
    ('[[step]]\ntitle = "a"\ntrain = { until = "loss", value = 0.1, max_steps = 1000001 }\n',
     ["step 1: train", "'max_steps'", "1000000"]),
    ('[[step]]\ntitle = "a"\ntrain = 1000001\n', ["step 1", "'train'", "1000000"]),
    ('[[step]]\ntitle = "a"\ntrain = -1\n', ["step 1", "'train'"]),
    ('[[step]]\ntitle = "a"\ntrain = 2.0\n', ["step 1", "'train'"]),
    ('[[step]]\ntitle = "a"\ntrain = true\n', ["step 1", "'train'"]),
    ('[[step]]\ntitle = "a"\ntrain = { until = "bored", max_steps = 3 }\n',
     ["step 1: train", "'until'", '"converged"']),
    ('[[step]]\ntitle = "a"\ntrain = { until = "loss", max_steps = 3 }\n',
     ["step 1: train", "'value'"]),
    ('[[step]]\ntitle = "a"\ntrain = { until = "accuracy", value = 0.9, max_steps = 3 }\n',
     ["step 1: train", "classification"]),
    ('[[step]]\ntitle = "a"\ntrain = { until = "converged", value = 1, max_steps = 3 }\n',
     ["step 1: train", "'value'"]),
    ('[[step]]\ntitle = "a"\ntrain = { until = "loss", value = 1, max_steps = 3, x = 1 }\n',
     ["step 1: train", "'x'"]),
    ('[[step]]\ntitle = "a"\nselect = { sample = 0 }\n', ["step 1: select", "'sample'", "1-based"]),
    ('[[step]]\ntitle = "a"\nselect = { neuron = [2, 1] }\n', ["step 1: select", "layer 2"]),
    ('[[step]]\ntitle = "a"\nselect = { neuron = [1, 2] }\n', ["step 1: select", "neuron 2"]),
    ('[[step]]\ntitle = "a"\nselect = { parameter = 2 }\n', ["step 1: select", "'parameter'"]),
    ('[[step]]\ntitle = "a"\nselect = { weight = 2 }\n', ["step 1: select", "'weight'"]),
    ('[[step]]\ntitle = "a"\nspeed = 0\n', ["step 1", "'speed'"]),
    ('[[step]]\ntitle = "a"\nspeed = nan\n', ["step 1", "'speed'"]),
    ('[[step]]\ntitle = "a"\nplay = "yes"\n', ["step 1", "'play'"]),
    ('[[step]]\ntitle = "a"\ngraph_step = 0\n', ["step 1", "'graph_step'", "from 1"]),
    ('[[step]]\ntitle = "a"\ngraph_step = true\n', ["step 1", "'graph_step'"]),
    ('[[step]]\ntitle = "a"\nreset = 1\n', ["step 1", "'reset'"]),
    ('[[step]]\ntitle = "a"\nnetwork = { output_activation = "softmax" }\n',
     ["step 1: network", "softmax"]),
    ('[[step]]\ntitle = "a"\ndata = { dataset = "nothing" }\n', ["step 1: data", "'nothing'"]),
])
def test_a_bad_step_names_the_file_the_step_the_table_and_the_key(steps, words):
    with pytest.raises(InputError) as info:
        lesson(SMALLEST, steps, name="festival")
    message = str(info.value)
    assert message.startswith("festival.toml: ")
    for word in words:
        assert word in message, message


def test_step_must_be_a_list_of_tables():
    with pytest.raises(InputError, match=r"t\.toml: top level: 'step' must be a list of \[\[step\]\]"):
        lesson("step = 3\n" + SMALLEST)


def test_a_bad_lesson_file_on_disk_is_named(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(SMALLEST + '[[step]]\ntitle = "a"\n[[step]]\ntitle = "b"\ntrain = "lots"\n',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"mine\.toml: step 2: 'train'"):
        load_lesson(str(path))


def test_max_train_steps():
    assert MAX_TRAIN_STEPS == 1_000_000


# -- backward compatibility ----------------------------------------------------------------
def test_a_lesson_without_steps_has_none():
    les = lesson(SMALLEST)
    assert les.steps == () and les.graph is None and les.race is None
    state = replay(les, 0)
    assert state.theta.tolist() == [2.5] and state.number == 0


def test_every_shipped_lesson_loads_and_replays_to_its_end():
    from nnviz.core.lessons import lesson_names

    for name in lesson_names():
        les = load_lesson(name)
        last = replay(les, len(les.steps))
        assert last.number == len(les.steps)
        assert np.all(np.isfinite(last.theta)), name


def test_a_replay_error_names_the_file_and_the_step(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("x,y\n1,2.5\n2,4.5\n", encoding="utf-8")
    second.write_text("x,y\n1,3.5\n2,5.5\n", encoding="utf-8")
    path = tmp_path / "csv.toml"
    path.write_text(SMALLEST.replace('x = [[2.0]]\ny = [3.0]\nkind = "regression"',
                                     'file = "a.csv"').replace("params = [2.5]", "")
                    + '[[step]]\ntitle = "a"\ntrain = 1\n'
                      '[[step]]\ntitle = "b"\ndata = { file = "b.csv" }\n', encoding="utf-8")
    les = load_lesson(str(path))
    assert les.source == str(path) and les.steps[1].config.data.path == str(second)
    assert replay(les, 2).dataset.y_train.ravel().tolist() in ([3.5, 5.5], [5.5, 3.5])
    second.unlink()
    with pytest.raises(InputError, match=r"csv\.toml: step 2: "):
        replay(les, 2)
    first.unlink()
    with pytest.raises(InputError, match=r"csv\.toml: "):
        replay(les, 0)


def test_the_same_file_gives_equal_lessons():
    text = SMALLEST + '[graph]\ninputs = { x = 1 }\n[[step]]\ntitle = "a"\ntrain = 2\n'
    assert lesson(text) == lesson(text)


def test_apply_step_twice_from_one_state_and_from_an_older_state():
    les = script()
    one = replay(les, 1)
    two = apply_step(one, les.steps[1])  # goes on from one's run
    again = apply_step(one, les.steps[1])  # one's run moved on: replayed, the same state
    same(two, again)
    three = apply_step(two, les.steps[2])
    same(three, replay(les, 3))
    same(apply_step(again, les.steps[2]), three)
    zero = replay(les, 0)
    same(apply_step(zero, les.steps[0]), one)


def test_a_missing_lesson_file_is_named(tmp_path):
    with pytest.raises(InputError, match=r"gone\.toml: no such lesson file"):
        load_lesson(str(tmp_path / "gone.toml"))


def test_a_lesson_that_cannot_start_is_named_when_it_has_steps():
    text = SMALLEST.replace("params = [2.5]", "params = [2.5, 1.0]")
    with pytest.raises(InputError, match=r"t\.toml: the lesson's configuration: .*1 parameters"):
        lesson(text, '[[step]]\ntitle = "a"\n')


def test_train_zero_steps_is_allowed():
    les = lesson(SMALLEST, '[[step]]\ntitle = "a"\ntrain = 0\n')
    assert les.steps[0].train == TrainGoal("steps", None, 0)
    assert replay(les, 1).trained_steps == 0


def test_a_gradient_accuracy_goal_stops_at_the_first_step_that_meets_it():
    from nnviz.core.config import build_network, build_trainer

    base = """
title = "xor"
[data]
dataset = "xor"
n = 40
[network]
hidden = [4]
[training]
learning_rate = 0.5
"""
    goal = lesson(base, '[[step]]\ntitle = "a"\n'
                        'train = { until = "accuracy", value = 1.0, max_steps = 3000 }\n')
    state = replay(goal, 1)
    assert state.goal_met is True and 1 < state.trained_steps < 3000

    def accuracy(s):
        net = build_network(s.config, s.dataset)
        net.set_params(np.array(s.theta))
        return build_trainer(s.config, s.dataset, net).evaluate().train_accuracy

    assert accuracy(state) == 1.0
    before = replay(lesson(base, f'[[step]]\ntitle = "a"\ntrain = {state.trained_steps - 1}\n'), 1)
    assert accuracy(before) < 1.0
    assert before.losses == state.losses[:-1]


def test_a_new_hyperparameter_keeps_the_optimizers_state_a_new_optimizer_does_not():
    from nnviz.core.config import build_optimizer, build_trainer

    base = SMALLEST.replace("learning_rate = 0.1", 'optimizer = "momentum"\nlearning_rate = 0.01')
    les = lesson(base, '[[step]]\ntitle = "a"\ntrain = 3\n'
                       '[[step]]\ntitle = "b"\ntraining = { hyperparameters = { momentum = 0.5 } }\n'
                       'train = 2\n'
                       '[[step]]\ntitle = "c"\ntraining = { optimizer = "sgd" }\ntrain = 1\n')
    start = replay(les, 0)
    trainer = build_trainer(start.config, start.dataset)  # the same by hand, on one trainer
    trainer.run(3)
    trainer.optimizer.set_hyperparameter("momentum", 0.5)
    trainer.run(2)
    assert replay(les, 2).theta.tolist() == trainer.network.params.tolist()
    trainer.optimizer = build_optimizer(les.steps[2].config.training)
    trainer.run(1)
    assert replay(les, 3).theta.tolist() == trainer.network.params.tolist()
    assert les.steps[1].config.training.hyperparameter_dict() == {"momentum": 0.5}


def test_a_new_data_source_drops_the_old_ones_labels_file():
    """A step that switches from IDX images (file + labels_file) to a generated set keeps
    no stale labels_file."""
    from nnviz.core.lesson_script import _merge
    current = {"data": {"file": "images.idx3", "labels_file": "labels.idx1", "seed": 2},
               "network": {}, "training": {}}
    merged = _merge(current, {"data": {"dataset": "xor"}})
    assert merged["data"] == {"dataset": "xor", "seed": 2}


def test_a_large_lesson_records_its_cost_every_kth_step_and_replays_alike():
    """784-30-10 on 2,000 digits in batches of 10: C over the training set costs some 480
    steps, so it is recorded every k-th step: the record's stride (1,024), but at least 32
    times in the goal's 2,100 steps (k = 128), at the same steps each time."""
    from nnviz.core.cost_record import record_stride
    les = lesson('title = "digits"\n[data]\ndataset = "mnist"\nn = 2000\n[network]\nhidden = [30]\n'
                 '[training]\noptimizer = "sgd"\nlearning_rate = 3.0\nbatch = 10\n',
                 '[[step]]\ntitle = "a"\ntrain = 2100\n')
    state = replay(les, 1)
    assert record_stride(1600, 784 * 30 + 30 + 30 * 10 + 10, 10) == 1024
    assert [step for step, _ in state.losses] == list(range(128, 2101, 128))
    assert replay(les, 1).losses == state.losses
