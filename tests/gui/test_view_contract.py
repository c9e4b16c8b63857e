"""ONE contract test that every registered view passes (DESIGN.md, rule 7)."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.config import build_dataset, resolve
from nnviz.core.lessons import load_lesson
from nnviz.core.network import Network
from nnviz.gui.theme import Theme
from nnviz.gui.views.base import View
from nnviz.gui.views.registry import registered_views
from nnviz.session.commands import Hover, Select
from nnviz.session.state import SessionState
from tests.gui.conftest import XOR_TARGETS, XOR_X, snapshot_of, xor_dataset

VIEWS = registered_views()


def test_keys_and_titles_are_set_and_unique():
    keys = [cls.key for cls in VIEWS]
    titles = [cls.title for cls in VIEWS]
    assert all(keys) and all(titles)
    assert len(set(keys)) == len(keys) and len(set(titles)) == len(titles)


@pytest.mark.parametrize("cls", VIEWS, ids=lambda cls: cls.__name__)
def test_a_view_overrides_the_contract(cls):
    assert issubclass(cls, View)
    for name in ("show_snapshot", "set_dataset", "apply_theme"):
        assert getattr(cls, name) is not getattr(View, name), f"{cls.__name__} lacks {name}"


@pytest.fixture
def session():
    lesson = load_lesson("xor")
    config = resolve(lesson.config)
    return SessionState(lesson, config, build_dataset(config.data))


@pytest.mark.parametrize("cls", VIEWS, ids=lambda cls: cls.__name__)
def test_a_view_shows_data_and_snapshots_follows_the_selection_and_the_theme(qtbot, cls, session):
    view = cls()
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    view.bind(session)
    issued = []
    view.command_issued.connect(issued.append)

    dataset = xor_dataset()
    net = Network.create([2, 4, 1], "sigmoid", "sigmoid", seed=2)
    view.set_dataset(dataset)
    for step in range(3):
        net.params -= 0.5 * net.gradient(XOR_X, XOR_TARGETS).flat
        view.show_snapshot(snapshot_of(net, step, loss_on=(XOR_X, XOR_TARGETS)))
    assert view.settle(10_000)

    for command in (Select(sample=1), Select(neuron=(1, 2)), Select(parameter=3), Hover((1, 0)),
                    Hover(None), Select(sample=None, neuron=None, parameter=None)):
        if isinstance(command, Hover):
            session.hover(command)
        else:
            session.select(command)
    view.apply_theme(Theme(dark=True, scale=2.0))
    view.apply_theme(Theme())
    assert view.settle(10_000)
    assert isinstance(view.message, str)
    assert all(type(c).__module__ == "nnviz.session.commands" for c in issued)
    view.unbind()


@pytest.mark.parametrize("cls", VIEWS, ids=lambda cls: cls.__name__)
def test_a_view_survives_a_network_that_does_not_fit_the_plane(qtbot, cls, session):
    """Three inputs: a view that draws the input plane says what it cannot show; none crashes."""
    view = cls()
    qtbot.addWidget(view)
    view.bind(session)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(12, 3))
    y = (x.sum(axis=1) > 0).astype(int)
    from tests.gui.conftest import classification

    view.set_dataset(classification(x, y, name="three inputs"))
    net = Network.create([3, 4, 2], "tanh", "softmax", loss="softmax_cross_entropy", seed=1)
    view.show_snapshot(snapshot_of(net))
    assert view.settle(10_000)
    assert isinstance(view.message, str)
