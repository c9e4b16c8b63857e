"""The step-through's navigator (no Qt): next / previous at every zoom level, the ends,
go to k, predict first, and that walking never changes the network."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.network import Network
from nnviz.core.step_list import StepList
from nnviz.core.worked_numbers import work_out
from nnviz.core.worked_perceptron import perceptron_steps
from nnviz.session.walkthrough import (LEVELS, NEURON, PHASE, STEP, TERM, Outcome, Position,
                                       Walkthrough)
from tests.core.test_explain import average_network, matrix_example, one_d_example


def walk_of(net: Network, x, y=None, lr=None, **kw) -> Walkthrough:
    return Walkthrough.of(work_out(net, x, y, lr), **kw)


def average_walk(**kw) -> Walkthrough:
    return walk_of(average_network(), [0.1, 0.3], [0.25], 0.5, **kw)


def symbols_visited(walk: Walkthrough, level: str) -> list[str]:
    """The step symbols at each stop of ``level`` from the start to the end."""
    seen = [walk.step.symbol]
    while walk.next(level) is Outcome.MOVED:
        seen.append(walk.step.symbol)
    return seen


def key(p: Position) -> tuple[int, float]:
    return p.index, float("inf") if p.term is None else p.term


def test_the_one_d_example_step_by_step():
    walk = walk_of(one_d_example(), [2], [3], 0.1)
    assert walk.number == 1 and walk.step.symbol == "z1_1" and walk.step.value == 5.0
    assert walk.term.numbers == "2.5·2" and walk.term.value == 5.0  # opens on z's first term
    assert symbols_visited(walk, STEP) == ["z1_1", "z1_1", "a1_1", "loss", "da1_1", "dadz1_1",
                                           "delta1_1", "dw1_11", "w1_11'", "a1'", "loss'"]
    assert walk.step.value == pytest.approx(0.16) and walk.number == 10 and walk.term is None
    assert walk.next() is Outcome.AT_END and walk.number == 10


def test_term_level_visits_each_term_then_the_sum():
    walk = walk_of(matrix_example(), [1, -1], [0, 1])
    stops = [(walk.step.symbol, walk.term and walk.term.symbol)]
    for _ in range(6):
        assert walk.next(TERM) is Outcome.MOVED
        stops.append((walk.step.symbol, walk.term and walk.term.symbol))
    assert stops == [("z1_1", "w¹₁₁·a⁰₁"), ("z1_1", "w¹₁₂·a⁰₂"), ("z1_1", None), ("a1_1", None),
                     ("z1_2", "w¹₂₁·a⁰₁"), ("z1_2", "w¹₂₂·a⁰₂"), ("z1_2", None)]
    assert walk.previous(TERM) is Outcome.MOVED and walk.term.symbol == "w¹₂₂·a⁰₂"
    assert walk.next(STEP) is Outcome.MOVED and walk.term is None  # the whole of z¹₂
    assert walk.step.symbol == "z1_2"


def test_neuron_and_phase_levels_of_the_average_network():
    walk = average_walk()
    assert symbols_visited(walk, NEURON) == [
        "z1_1", "z1_1", "z1_2", "a1", "z2_1", "loss", "da2_1", "dadz1_1", "dadz1_2", "dw1_11",
        "dw1_21", "dw2_11", "w1_11'", "w1_21'", "w2_11'", "a2'", "loss'"]  # opens on a term
    walk.first()
    assert symbols_visited(walk, PHASE) == ["z1_1", "z1_1", "z2_1", "loss", "da2_1", "dadz1_1",
                                            "dw1_11", "dw2_11", "w1_11'", "w2_11'", "a2'"]


@pytest.mark.parametrize("level", LEVELS)
def test_previous_retraces_next_exactly_at_every_level(level):
    walk = average_walk()
    if level != TERM:
        walk.go_to(1)  # the opening stop (z¹₁'s first term) is a stop of the term level only
    forward = [walk.position]
    while walk.next(level) is Outcome.MOVED:
        forward.append(walk.position)
    assert [key(p) for p in forward] == sorted(key(p) for p in forward)  # strictly forward
    assert len(set(forward)) == len(forward)
    backward = [walk.position]
    while walk.previous(level) is Outcome.MOVED:
        backward.append(walk.position)
    assert backward == forward[::-1]
    assert walk.previous(level) is Outcome.AT_START and walk.position == forward[0]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_from_any_stop_next_then_previous_comes_back(data):
    walk = average_walk()
    level = data.draw(st.sampled_from(LEVELS))
    walk.go_to(data.draw(st.integers(1, len(walk.steps))))
    # onto a stop of this level first
    if walk.next(level) is Outcome.AT_END:
        return
    here = walk.position
    if walk.next(level) is Outcome.MOVED:
        assert key(walk.position) > key(here)
        assert walk.previous(level) is Outcome.MOVED and walk.position == here


def test_the_ends_and_go_to():
    walk = average_walk()
    n = len(walk.steps)
    assert walk.previous(TERM) is Outcome.AT_START and walk.previous() is Outcome.AT_START
    assert walk.last() is Outcome.MOVED and walk.number == n and walk.step.symbol == "loss'"
    for level in LEVELS:
        assert walk.next(level) is Outcome.AT_END and walk.number == n
    assert walk.go_to(5) is Outcome.MOVED and walk.number == 5 and walk.term is None
    assert walk.first() is Outcome.MOVED and walk.position == Position(0, 0)


@pytest.mark.parametrize("k", [0, -1, 36, 10**9, 2.0, "3", True, None])
def test_a_step_that_is_not_in_the_walk_is_one_clear_input_error(k):
    walk = average_walk()
    walk.go_to(7)
    with pytest.raises(InputError, match=r"is not in the walk: the steps are numbered 1 to 35$"):
        walk.go_to(k)
    assert walk.number == 7  # nothing changed


def test_an_unknown_level_is_an_input_error():
    with pytest.raises(InputError, match="unknown zoom level 'layer'"):
        average_walk().next("layer")


def test_predict_first_hides_each_new_result_until_the_next_click():
    walk = average_walk(predict_first=True)
    assert walk.result_hidden  # the first result too
    assert walk.next() is Outcome.REVEALED and not walk.result_hidden and walk.term is not None
    assert walk.next() is Outcome.MOVED and walk.result_hidden and walk.term is None
    assert walk.next() is Outcome.REVEALED and walk.next() is Outcome.MOVED
    assert walk.result_hidden and walk.number == 2
    assert walk.next(PHASE) is Outcome.REVEALED and walk.number == 2
    assert walk.next(PHASE) is Outcome.MOVED and walk.step.symbol == "z2_1"
    assert walk.previous() is Outcome.MOVED and not walk.result_hidden  # seen before
    walk.next(TERM)  # onto the first term of z²₁: hidden
    assert walk.result_hidden and walk.term is not None
    walk.predict_first = False
    assert not walk.result_hidden
    assert walk.next() is Outcome.MOVED and not walk.result_hidden


def test_walking_never_changes_the_network():
    net = average_network()
    theta = net.params.copy()
    walk = walk_of(net, [0.1, 0.3], [0.25], 0.5)
    while walk.next(TERM) is Outcome.MOVED:
        pass
    np.testing.assert_array_equal(net.params, theta)
    net.params[:] = 0.0  # and changing the network does not change the walk
    assert walk.step.symbol == "loss'" and walk.steps[0].value != 0.0


def test_a_wide_network_walks_its_summarised_terms_only():
    net = Network.create([784, 30, 10], seed=2)
    walk = walk_of(net, np.linspace(0, 1, 784), np.eye(10)[0], 0.1, max_terms=5)
    stops = 1
    while walk.next(TERM) is Outcome.MOVED and walk.term is not None:
        stops += 1
    assert stops == 5 and walk.step.symbol == "z1_1"  # its five largest terms, then z¹₁
    walk.last()
    assert walk.step.symbol == "loss'"


def test_the_perceptron_walk():
    walk = Walkthrough(perceptron_steps([0, 0], None, [1, -1], -1))
    assert symbols_visited(walk, STEP) == ["x", "z1_1", "yhat", "mistake", "w1_11'", "w1_12'"]
    walk.first()
    assert symbols_visited(walk, PHASE) == ["x", "z1_1", "mistake", "w1_11'"]


def test_an_empty_list_cannot_be_walked():
    with pytest.raises(InputError, match="nothing to step through"):
        Walkthrough(StepList([]))
