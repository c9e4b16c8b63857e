"""The session state: changes in, observer calls out, no Qt."""

import subprocess
import sys

import numpy as np

import pytest

from nnviz.core.config import build_dataset, resolve
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.lessons import load_lesson
from nnviz.core.network import Network
from nnviz.core.snapshot import Snapshot
from nnviz.session.commands import Hover, Select
from nnviz.session.state import (
    DATASET, PRESENTATION, SELECTION, SNAPSHOT, Presentation, Selection, SessionState,
)


def snapshot_of(sizes, seed=0):
    net = Network.create(list(sizes), seed=seed)
    return Snapshot(step=0, epoch=0.0, architecture=net.architecture, params=net.params.copy(),
                    gradients=None, train_loss=0.0)


@pytest.fixture
def state():
    lesson = load_lesson("xor")
    config = resolve(lesson.config)
    return SessionState(lesson, config, build_dataset(config.data))


def record(state, event):
    seen = []
    state.subscribe(event, seen.append)
    return seen


def test_the_session_layer_imports_no_qt():
    code = ("import sys, nnviz.session.state, nnviz.session.commands; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph') or m.startswith('nnviz.gui')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_select_changes_only_the_named_fields_and_notifies_once(state):
    seen = record(state, SELECTION)
    state.select(Select(sample=2))
    state.select(Select(parameter=5))
    state.select(Select(parameter=5))  # no change: no call
    assert seen == [Selection(sample=2), Selection(sample=2, parameter=5)]
    state.select(Select(sample=None))
    assert state.selection == Selection(parameter=5)


def test_hover_is_part_of_the_selection(state):
    seen = record(state, SELECTION)
    state.hover(Hover((1, 0)))
    state.hover(Hover(None))
    assert [s.hovered for s in seen] == [(1, 0), None]


def test_new_data_drops_the_snapshot_and_a_sample_it_does_not_have(state):
    state.set_snapshot(snapshot_of((2, 4, 1)))
    state.select(Select(sample=3))
    seen, data_seen = record(state, SELECTION), record(state, DATASET)
    x = np.array([[0.0, 1.0], [1.0, 0.0]])
    smaller = Dataset("two", CLASSIFICATION, x, np.array([0, 1]), x[:0], np.array([], int),
                      ("x1", "x2"), ("0", "1"))
    state.set_dataset(smaller)
    assert state.snapshot is None and data_seen == [smaller]
    assert seen == [Selection()]


def test_a_new_architecture_clears_a_neuron_or_parameter_it_lacks(state):
    state.set_snapshot(snapshot_of((2, 4, 1)))
    state.select(Select(neuron=(1, 3), parameter=16))
    seen = record(state, SNAPSHOT)
    state.set_snapshot(snapshot_of((2, 4, 1), seed=1))  # same shape: the selection stays
    assert state.selection == Selection(neuron=(1, 3), parameter=16) and len(seen) == 1
    state.set_snapshot(snapshot_of((2, 2, 1)))  # 9 parameters, 2 hidden neurons
    assert state.selection == Selection()


def test_unsubscribe_and_unknown_events(state):
    seen = []
    unsubscribe = state.subscribe(PRESENTATION, seen.append)
    state.set_presentation(Presentation(dark=True))
    unsubscribe()
    state.set_presentation(Presentation(scale=2.0))
    assert seen == [Presentation(dark=True)]
    with pytest.raises(ValueError, match="unknown session event 'colour'"):
        state.subscribe("colour", seen.append)


def test_a_test_sample_stays_selected_when_the_new_data_has_it(state):
    """Samples are numbered training rows first, then test rows: sample 2 of a set with one
    training and two test rows is its first test row, and it survives new data of that size."""
    x = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    data = Dataset("three", CLASSIFICATION, x[:1], np.array([0]), x[1:], np.array([1, 0]),
                   ("x1", "x2"), ("0", "1"))
    state.select(Select(sample=2))
    state.set_dataset(data)
    assert state.selection.sample == 2 and data.sample_name(2) == "test sample 2"
