"""The one background runner: latest wins, progress, cancel, and results held for frames."""

import threading

import pytest

from nnviz.core.errors import Cancelled, InputError
from nnviz.gui.jobs import JobRunner, deliver_results, hold_results


@pytest.fixture
def runner(qtbot):
    r = JobRunner(background_work=0)  # every task goes to the pool thread
    yield r
    hold_results(False)
    assert r.settle()


@pytest.fixture
def surface_runner(qtbot):
    r = JobRunner(background_work=0, cancel_running=True)
    yield r
    r.cancel()
    assert r.settle()


def collect(runner):
    results, errors = [], []
    runner.result_ready.connect(results.append)
    runner.failed.connect(errors.append)
    return results, errors


def test_a_small_task_runs_at_once_on_the_gui_thread(qtbot):
    r = JobRunner(background_work=100)
    results, _ = collect(r)
    r.submit(lambda progress: threading.current_thread() is threading.main_thread(), work=99)
    assert results == [True] and not r.busy


def test_without_holding_a_result_is_delivered_when_it_arrives(qtbot, runner):
    results, _ = collect(runner)
    runner.submit(lambda progress: 42, work=1)
    assert runner.busy
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert not runner.busy


def test_while_held_a_result_waits_for_the_next_frame(qtbot, runner):
    results, _ = collect(runner)
    hold_results(True)
    runner.submit(lambda progress: "first", work=1)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    qtbot.wait(20)
    assert results == []  # arrived, but held for the frame
    deliver_results()
    assert results == ["first"]
    deliver_results()
    assert results == ["first"]  # delivered once


def test_a_held_result_is_replaced_by_a_newer_one_and_released_when_holding_stops(qtbot, runner):
    results, _ = collect(runner)
    hold_results(True)
    gate = threading.Event()
    runner.submit(lambda progress: gate.wait(5) and "old", work=1)
    runner.submit(lambda progress: "new", work=1)  # waits as the pending task
    runner.submit(lambda progress: "newer", work=1)  # replaces the pending task
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert results == []
    hold_results(False)  # training paused: what waits is drawn at once
    assert results == ["newer"]


def test_settle_delivers_a_held_result(qtbot, runner):
    results, _ = collect(runner)
    hold_results(True)
    runner.submit(lambda progress: 7, work=1)
    assert runner.settle()  # for nnviz render and tests: everything drawn when it returns
    assert results == [7]
    deliver_results()
    assert results == [7]


def test_a_result_from_before_invalidate_is_dropped(qtbot, runner):
    results, _ = collect(runner)
    gate = threading.Event()
    runner.submit(lambda progress: gate.wait(5) and "old data", work=1)
    runner.invalidate()  # the data changed while the task ran
    gate.set()
    assert runner.settle()
    assert results == []


def test_errors_become_one_message_never_an_exception(qtbot, runner):
    results, errors = collect(runner)

    def bad(progress):
        raise InputError("the grid needs 2 inputs")

    def broken(progress):
        return 1 / 0

    runner.submit(bad, work=1)
    assert runner.settle()
    runner.submit(broken, work=1)
    assert runner.settle()
    assert results == [] and errors == ["the grid needs 2 inputs",
                                        "ZeroDivisionError: division by zero"]


def test_a_new_task_cancels_the_running_one_when_asked_to(qtbot, surface_runner):
    results, errors = collect(surface_runner)
    started, seen_cancel = threading.Event(), threading.Event()

    def slow(progress):
        started.set()
        for i in range(500):
            if not progress(i, 500):
                seen_cancel.set()
                raise Cancelled()
            threading.Event().wait(0.01)
        return "slow"

    surface_runner.submit(slow, work=1)
    assert started.wait(5)
    surface_runner.submit(lambda progress: "fast", work=1)
    assert surface_runner.settle()
    assert seen_cancel.is_set()
    assert results == ["fast"] and errors == []


def test_progress_reaches_the_gui_thread_and_cancel_ends_busy(qtbot, surface_runner):
    progress_seen = []
    surface_runner.progressed.connect(lambda done, total: progress_seen.append((done, total)))
    busy = []
    surface_runner.busy_changed.connect(busy.append)
    results, _ = collect(surface_runner)
    release = threading.Event()

    def task(progress):
        progress(1, 4)
        release.wait(5)
        if not progress(2, 4):
            raise Cancelled()
        return "done"

    surface_runner.submit(task, work=1)
    qtbot.waitUntil(lambda: progress_seen == [(1, 4)], timeout=5000)
    surface_runner.cancel()
    release.set()
    assert surface_runner.settle()
    assert busy == [True, False] and results == []
