"""Lessons: the shipped presets load, run headlessly and teach what they say."""

import numpy as np
import pytest

from nnviz.core.config import build_dataset, build_trainer, resolve, validate
from nnviz.core.errors import InputError
from nnviz.core.lessons import lesson_names, load_lesson, parse_lesson

REQUIRED = {"xor", "gates", "logistic", "gradient_descent_1d"}  # "perceptron" and
# "smallest_perceptron" open them as old names (lesson_pack.LESSON_ALIASES)


def test_the_required_lessons_ship():
    assert REQUIRED <= set(lesson_names())


@pytest.mark.parametrize("name", lesson_names())
def test_every_lesson_loads_and_trains_headlessly(name):
    lesson = load_lesson(name)
    config = resolve(lesson.config)
    dataset = build_dataset(config.data)
    validate(config, dataset)
    trainer = build_trainer(config, dataset)
    before = trainer.snapshot()
    trainer.run(50)
    after = trainer.snapshot()
    assert after.step > 0
    assert np.isfinite(after.params).all()
    assert after.train_loss <= before.train_loss + 1e-12
    assert lesson.title and lesson.speed > 0


def test_xor_is_the_default_and_a_2_4_1_network_that_learns():
    lesson = load_lesson()
    assert lesson.name == "xor"
    config = resolve(lesson.config)
    dataset = build_dataset(config.data)
    trainer = build_trainer(config, dataset)
    assert trainer.network.architecture.sizes == (2, 4, 1)
    trainer.run(1000)
    assert trainer.snapshot().train_accuracy == 1.0


def test_smallest_perceptron_reproduces_the_lecture():
    """a = w·x, x = 2, w = 2.5, y = 3, loss (a - y)², η = 0.1: 4 -> gradient 8 -> w = 1.7 -> 0.16."""
    config = resolve(load_lesson("smallest_perceptron").config)
    trainer = build_trainer(config, build_dataset(config.data))
    start = trainer.snapshot()
    assert start.train_loss == pytest.approx(4.0)
    np.testing.assert_array_equal(start.params, [2.5])
    trainer.step()
    after = trainer.snapshot()
    assert after.gradients[0] == pytest.approx(8.0)
    assert after.params[0] == pytest.approx(1.7)
    assert after.train_loss == pytest.approx(0.16)


def test_perceptron_lesson_converges_on_and():
    config = resolve(load_lesson("perceptron").config)
    trainer = build_trainer(config, build_dataset(config.data))
    trainer.run(100)
    assert trainer.stopped == "converged"
    assert trainer.snapshot().train_accuracy == 1.0


def test_logistic_lesson_is_one_sigmoid_neuron():
    config = resolve(load_lesson("logistic").config)
    trainer = build_trainer(config, build_dataset(config.data))
    assert trainer.network.architecture.sizes == (2, 1)
    assert trainer.network.architecture.activations == ("sigmoid",)


def test_a_lesson_file_by_path(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('title = "Mine"\n[data]\ndataset = "or"\n[network]\nhidden = [2]\n')
    lesson = load_lesson(str(path))
    assert lesson.name == "mine" and lesson.config.data.name == "or"
    assert lesson.config.network.hidden == (2,)


@pytest.mark.parametrize("text, words", [
    ("title = 1", ["'title'", "str"]),
    ('title = "t"\ncolour = "red"', ["unknown key 'colour'"]),
    ('title = "t"\n[network]\nhidden = [4, -1]', ["[network]", "'hidden'", "positive"]),
    ('title = "t"\n[network]\nhidden = [4]\nactivation = ["tanh", "relu"]', ["2 names for 1"]),
    ('title = "t"\n[training]\nbatch = "half"', ["[training]", "'batch'"]),
    ('title = "t"\n[training]\nlearning_rate = 0', ["'learning_rate'", "positive"]),
    ('title = "t"\n[data]\ndataset = "xor"\nx = [[1.0]]', ["exactly one of"]),
    ('title = "t"\nspeed = "fast"', ["'speed'"]),
    ('title = "t"\n[training.hyperparameters]\nmomentum = "high"', ["'momentum'", "number"]),
    ("title = ", ["not valid TOML"]),
])
def test_bad_lessons_name_the_table_and_key(text, words):
    with pytest.raises(InputError) as e:
        parse_lesson(text, name="bad", source="bad.toml")
    assert str(e.value).startswith("bad.toml")
    for word in words:
        assert word in str(e.value)


def test_unknown_lesson_lists_the_known_ones(tmp_path):
    with pytest.raises(InputError, match="known: .*xor"):
        load_lesson("no_such_lesson")
    with pytest.raises(InputError, match="no such lesson file"):
        load_lesson(str(tmp_path / "missing.toml"))


def test_the_heading_of_every_shipped_lesson_is_its_title_and_step_count():
    """The Lesson menu reads only these at start-up (loading every lesson built the digits)."""
    from nnviz.core.lessons import lesson_heading
    for name in lesson_names():
        lesson = load_lesson(name)
        assert lesson_heading(name) == (lesson.title, len(lesson.steps))
