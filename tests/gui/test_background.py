"""The background runner's results wait for the main window's frames while training runs."""

import threading

import pytest

from nnviz.gui.views.background import LatestResultRunner, deliver_results, hold_results


@pytest.fixture
def runner(qtbot):
    r = LatestResultRunner(background_work=0)  # every job goes to the pool thread
    yield r
    hold_results(False)
    assert r.flush()


def finished(runner):
    """True once the pool thread is done and the GUI thread has taken its result."""
    return not runner.busy


def test_without_holding_a_result_is_delivered_when_it_arrives(qtbot, runner):
    results = []
    runner.result_ready.connect(results.append)
    runner.submit(lambda: 42, work=1)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)


def test_while_held_a_result_waits_for_the_next_frame(qtbot, runner):
    results = []
    runner.result_ready.connect(results.append)
    hold_results(True)
    runner.submit(lambda: "first", work=1)
    qtbot.waitUntil(lambda: finished(runner), timeout=5000)
    qtbot.wait(20)
    assert results == []  # arrived, but held for the frame
    deliver_results()
    assert results == ["first"]
    deliver_results()
    assert results == ["first"]  # delivered once


def test_a_held_result_is_replaced_by_a_newer_one_and_released_when_holding_stops(qtbot, runner):
    results = []
    runner.result_ready.connect(results.append)
    hold_results(True)
    gate = threading.Event()
    runner.submit(lambda: gate.wait(5) and "old", work=1)
    runner.submit(lambda: "new", work=1)  # waits as the pending job
    gate.set()
    qtbot.waitUntil(lambda: finished(runner), timeout=5000)
    assert results == []
    hold_results(False)  # training paused: what waits is drawn at once
    assert results == ["new"]


def test_flush_delivers_a_held_result(qtbot, runner):
    results = []
    runner.result_ready.connect(results.append)
    hold_results(True)
    runner.submit(lambda: 7, work=1)
    assert runner.flush()  # for nnviz render and tests: everything drawn when it returns
    assert results == [7]
    deliver_results()
    assert results == [7]
