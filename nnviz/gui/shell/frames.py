"""The frame scheduler: which views draw the session's latest snapshot in a frame, and when.

The worker sends snapshots; the session state keeps only the latest. A frame timer (~60 Hz)
hands it to the views' ``show_snapshot`` and paints them at once (nothing is drawn when no
new snapshot came). A view off screen (a tab behind another) only keeps the snapshot, or its
history, and draws when it shows again. Paused, every view gets every snapshot, so a step
updates them all together. While training runs:

- a frame draws the views that waited longest, as many as fit in ``FRAME_TIME_BUDGET`` of
  GUI time (each view's cost, its show_snapshot and paint, is measured as it draws): about
  one costly view per frame, so the costly views take turns (round robin) instead of adding
  up in one long frame, and a frame never keeps the GUI from its events for long;
- the status line (step, loss) follows at most every ``STATUS_INTERVAL_SECONDS``: nobody
  reads a number that changes 60 times a second, and each change repaints the status bar;
- what the views computed in the background is drawn in the next frame
  (:func:`~nnviz.gui.jobs.hold_results`), not in between, and in a frame of its own (a
  confusion matrix costs several ms: with the views after it, one frame took 18 ms);
- the frame interval adapts so that the GUI thread uses about ``FRAME_BUDGET`` of the CPU:
  Python runs one thread at a time, so training keeps most of the interpreter.

Each frame is marked on the worker's :class:`~nnviz.gui.worker.FrameGate`: training steps
aside while it is drawn, so the frame is drawn in one go.
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from nnviz.core.snapshot import Snapshot
from nnviz.gui.jobs import deliver_results, hold_results
from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.views.base import View
from nnviz.gui.worker import FrameGate
from nnviz.session.state import RUNNING, SessionState

log = logging.getLogger(__name__)

FRAME_INTERVAL_MS = 16  # ~60 frames per second
MAX_FRAME_INTERVAL_MS = 100
# While training runs, drawing may take at most this share of the time: Python runs one
# thread at a time, so every millisecond the GUI draws is one the training thread waits.
FRAME_BUDGET = 0.12
# While training runs, a frame draws views (oldest first) until this much GUI time (seconds)
# is spent, at least one: the costly views take turns and no frame blocks the GUI for long.
# (A view of the default window costs 1-4 ms: about one costly view per frame.)
FRAME_TIME_BUDGET = 0.003
STATUS_INTERVAL_SECONDS = 0.1  # while training runs, the status line follows this often


class FrameScheduler(QObject):
    """Draws ``views`` (key -> View, shared with the window) from ``state``'s snapshot.

    ``on_view_failed(key, error)``: a view raised while drawing (it is left out until new
    data comes); ``on_new_snapshot(snapshot)``: a frame took a new snapshot (the status bar).
    """

    def __init__(self, parent: QObject, state: SessionState, views: dict[str, View],
                 on_view_failed: Callable[[str, Exception], None],
                 on_new_snapshot: Callable[[Snapshot], None]) -> None:
        super().__init__(parent)
        self.state = state
        self.views = views
        self.gate: FrameGate | None = None  # the training thread's, when there is one
        self.frames_drawn = 0
        self.drawn: Snapshot | None = None  # the newest snapshot a frame took
        self._on_view_failed = on_view_failed
        self._on_new_snapshot = on_new_snapshot
        self._shown: dict[str, Snapshot] = {}  # the snapshot each view got last
        self._shown_at: dict[str, float] = {}  # ... and when (perf_counter)
        self._cost: dict[str, float] = {}  # each view's GUI time per frame, smoothed (seconds)
        self._failed: set[str] = set()
        self._scenes: list[QGraphicsScene] = []  # the views' pyqtgraph scenes, painted per frame
        self._training_runs = False
        self._status_at = -1.0  # when the status line last followed (perf_counter)
        self._view_scenes: dict[str, list[QGraphicsScene]] = {}  # each view's scenes
        self._last_wall, self._last_cpu = time.perf_counter(), time.thread_time()
        self._gui_share = 0.0  # the GUI thread's share of the CPU, smoothed
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_INTERVAL_MS)
        self.timer.timeout.connect(self.draw_frame)
        state.subscribe(RUNNING, self._follow_running)

    def add_view(self, view: View) -> None:
        """Paint ``view``'s pyqtgraph scenes inside the frames too."""
        scenes = [graphics.scene() for graphics in view.findChildren(QGraphicsView)]
        self._view_scenes[view.key] = scenes
        self._scenes += scenes

    def new_data(self) -> None:
        """The views have new data: a view that failed on the old data tries again."""
        self._failed.clear()

    def stop(self) -> None:
        self.timer.stop()
        hold_results(False)

    # -- a frame ----------------------------------------------------------------------------
    def draw_frame(self) -> None:
        """Bring the views up to the latest snapshot (see the module docstring) and paint.

        Each view paints right after its ``show_snapshot``, here rather than later from the
        event loop, while training steps aside: the frame is drawn in one go instead of
        waiting for the interpreter at each of its many Python callbacks, and the view's
        cost is measured whole.
        """
        snapshot = self.state.snapshot
        if snapshot is None:
            return
        new = snapshot is not self.drawn
        keys = self._views_to_draw(snapshot)
        if not (new or keys):
            return
        if self.gate is not None:
            self.gate.frame_started()
        try:  # whatever happens, training must not stay gated behind this frame
            if deliver_results():  # background results since the last frame: paint them on
                self.paint_now()  # the frame's bill, not on the first view's
                if self._training_runs:  # and while training, the views next frame: two
                    return  # short turns of the event loop instead of one long one
            self.drawn = snapshot
            for key in keys:
                self._draw_view(key, snapshot)
            if new:
                self._follow_in_status_line(snapshot)
                self.frames_drawn += 1
        finally:
            self._frame_done()

    def settle(self, msecs: int = 10_000) -> None:
        """Let every view finish its background work, then draw the latest snapshot again
        on every view and lay out what it changed (the status line's widths too)."""
        for view in list(self.views.values()):  # showing a view may build others
            view.settle(msecs)
        self._shown.clear()
        self.drawn = None
        self.draw_frame()
        settle_layout()

    def _views_to_draw(self, snapshot: Snapshot) -> list[str]:
        """The views that get ``snapshot`` in this frame: every view that lacks it; while
        training runs, the longest waiting first, as many as FRAME_TIME_BUDGET allows."""
        stale = [key for key in self.views
                 if self._shown.get(key) is not snapshot and key not in self._failed]
        if not self._training_runs:
            return stale
        chosen, spent = [], 0.0
        for key in sorted(stale, key=lambda k: self._shown_at.get(k, 0.0)):
            cost = self._cost.get(key, 0.0)
            if not chosen or spent + cost <= FRAME_TIME_BUDGET:
                chosen.append(key)
                spent += cost
        return chosen

    def _follow_in_status_line(self, snapshot: Snapshot) -> None:
        """The status line shows ``snapshot``: at once when paused, else at most every
        STATUS_INTERVAL_SECONDS (the latest snapshot, so a pause shows the last step)."""
        now = time.perf_counter()
        if self._training_runs and now - self._status_at < STATUS_INTERVAL_SECONDS:
            return
        self._status_at = now
        self._on_new_snapshot(snapshot)
        self.paint_now([])

    def _draw_view(self, key: str, snapshot: Snapshot) -> None:
        """``show_snapshot`` on one view and paint it, measuring the GUI time it takes; a
        view that raises is reported and left out until new data comes."""
        start = time.thread_time()
        self._shown[key], self._shown_at[key] = snapshot, time.perf_counter()
        try:
            self.views[key].show_snapshot(snapshot)
        except Exception as e:  # noqa: BLE001 - one broken view must not stop the others
            log.exception("view %s failed to draw", key)
            self._failed.add(key)
            self._on_view_failed(key, e)
        self.paint_now(self._view_scenes.get(key))
        cost = time.thread_time() - start
        self._cost[key] = 0.7 * self._cost.get(key, cost) + 0.3 * cost

    def paint_now(self, scenes: list[QGraphicsScene] | None = None) -> None:
        """Paint what changed, now. A pyqtgraph scene passes its changes on to its widget
        in a queued call: deliver those first (of ``scenes``, by default every view's),
        then every window paints its dirty region (Qt would otherwise post both at low
        priority, after the frame)."""
        for scene in self._scenes if scenes is None else scenes:
            QApplication.sendPostedEvents(scene, QEvent.MetaCall)
        QApplication.sendPostedEvents(None, QEvent.UpdateRequest)

    def _frame_done(self) -> None:
        """End of a frame: let training go on; keep the GUI thread within the frame budget.

        The GUI thread's share of the CPU since the last frame (all its work: views, paint,
        events) is measured with its own CPU clock; while training runs, the frame interval
        grows or shrinks so that this share stays near ``FRAME_BUDGET``.
        """
        if self.gate is not None:
            self.gate.frame_finished()
        wall, cpu = time.perf_counter(), time.thread_time()
        share = (cpu - self._last_cpu) / max(wall - self._last_wall, 1e-6)
        self._last_wall, self._last_cpu = wall, cpu
        self._gui_share = 0.7 * self._gui_share + 0.3 * min(share, 1.0)
        interval = FRAME_INTERVAL_MS
        if self._training_runs:
            wanted = self.timer.interval() * self._gui_share / FRAME_BUDGET
            interval = int(min(MAX_FRAME_INTERVAL_MS, max(FRAME_INTERVAL_MS, wanted)))
        if interval != self.timer.interval():
            self.timer.setInterval(interval)

    def _follow_running(self, running: bool) -> None:
        self._training_runs = running
        hold_results(running)  # while training runs, background results wait for a frame
        if not running:
            self.timer.setInterval(FRAME_INTERVAL_MS)
            if self.drawn is not None:  # the status line may lag the last frame: catch up
                self._follow_in_status_line(self.drawn)
