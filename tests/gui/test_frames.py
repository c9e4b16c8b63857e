"""The frame scheduler while training runs: costly views take turns, one a frame; the status
line follows at a readable pace and catches up on pause."""

import time

import pytest
from PySide6.QtCore import QObject

from nnviz.core.config import build_dataset, build_trainer
from nnviz.core.lessons import load_lesson
from nnviz.gui.shell import frames as frames_module
from nnviz.gui.shell.frames import FrameScheduler
from nnviz.gui.views.base import View
from nnviz.session.state import SessionState


class BusyView(View):
    """A view whose show_snapshot costs ``seconds`` of CPU time."""

    def __init__(self, key, seconds):
        super().__init__()
        self.key = self.title = key
        self.seconds, self.shown = seconds, []

    def set_dataset(self, dataset):
        pass

    def apply_theme(self, theme):
        pass

    def show_snapshot(self, snapshot):
        end = time.thread_time() + self.seconds
        while time.thread_time() < end:
            pass
        self.shown.append(snapshot.step)


@pytest.fixture
def run(qtbot):
    """A state, a scheduler over three 2 ms views, the status line's calls, snapshots."""
    lesson = load_lesson("xor")
    dataset = build_dataset(lesson.config.data)
    trainer = build_trainer(lesson.config, dataset)
    snapshots = [trainer.snapshot()]
    for _ in range(30):
        trainer.run(5)
        snapshots.append(trainer.snapshot())
    state = SessionState(lesson, lesson.config, dataset)
    views = {key: BusyView(key, 0.002) for key in "abc"}
    for view in views.values():
        qtbot.addWidget(view)
    status = []
    parent = QObject()
    scheduler = FrameScheduler(parent, state, views, lambda key, e: None, status.append)
    yield state, scheduler, views, status, snapshots
    scheduler.stop()


def test_while_training_runs_each_frame_draws_one_costly_view_in_turn(run):
    """Views of 2 ms each (the default window's cost 1-4 ms) never share a frame while
    training runs, and each gets its turn every third frame (the longest waiting first)."""
    state, scheduler, views, _, snapshots = run
    state.set_running(True)
    drawn = []
    for snapshot in snapshots[:13]:
        state.set_snapshot(snapshot)
        scheduler.draw_frame()
        drawn.append({k for k, v in views.items() if v.shown and v.shown[-1] == snapshot.step})
    assert drawn[0] == {"a", "b", "c"}  # their cost is not known yet
    assert all(len(d) == 1 for d in drawn[1:])
    assert [d.pop() for d in drawn[1:]] == ["a", "b", "c"] * 4
    state.set_running(False)
    state.set_snapshot(snapshots[13])
    scheduler.draw_frame()  # paused (a step): every view gets it in this very frame
    assert {v.shown[-1] for v in views.values()} == {snapshots[13].step}


def test_the_status_line_follows_at_a_readable_pace_and_catches_up_on_pause(run, monkeypatch):
    state, scheduler, _, status, snapshots = run
    now = [100.0]
    monkeypatch.setattr(frames_module.time, "perf_counter", lambda: now[0])
    state.set_running(True)
    for snapshot in snapshots[:10]:  # ten frames 25 ms apart: 40 a second
        state.set_snapshot(snapshot)
        scheduler.draw_frame()
        now[0] += 0.025
    assert [s.step for s in status] == [snapshots[0].step, snapshots[4].step, snapshots[8].step]
    state.set_running(False)  # the last frame's step shows at once
    assert status[-1] is snapshots[9]
    state.set_snapshot(snapshots[10])  # paused: every frame shows its snapshot
    scheduler.draw_frame()
    assert status[-1] is snapshots[10]


def test_while_training_background_results_get_a_frame_of_their_own(run, monkeypatch):
    """A frame that paints background results (a confusion matrix: several ms) leaves the
    views to the next frame while training runs; paused, one frame does both."""
    state, scheduler, views, _, snapshots = run
    waiting = [True]

    def deliver():
        delivered, waiting[0] = waiting[0], False
        return delivered

    monkeypatch.setattr(frames_module, "deliver_results", deliver)
    state.set_running(True)
    state.set_snapshot(snapshots[1])
    scheduler.draw_frame()
    assert all(not v.shown for v in views.values())  # this frame painted the results only
    scheduler.draw_frame()
    assert {v.shown[-1] for v in views.values()} == {snapshots[1].step}
    state.set_running(False)
    waiting[0] = True
    state.set_snapshot(snapshots[2])
    scheduler.draw_frame()
    assert {v.shown[-1] for v in views.values()} == {snapshots[2].step}
