"""Run a view's costly computation off the GUI thread, keeping only the newest result.

The views that draw grids (boundary, feature space) compute them from the latest snapshot
once per frame. Small jobs (a 2-4-1 network over a 100 x 100 grid) take under a millisecond
and run at once; larger ones go to a private one-thread QThreadPool so painting never
waits. At most one job runs; a job submitted meanwhile waits as the single pending one
(replacing an older pending job), so a slow computation coalesces frames instead of
queueing them. Results come back on the GUI thread, newest first: a result older than one
already delivered, or computed for an earlier *context* (data set, architecture, mode,
see :meth:`LatestResultRunner.invalidate`), is dropped.

While training runs the main window turns on :func:`hold_results`: a result that finishes
in the background then waits for the window's next frame (:func:`deliver_results`) instead
of being drawn at once, so it is drawn and painted inside the frame, while training steps
aside, rather than between frames, competing with training for the interpreter.
"""

from __future__ import annotations

import time
import weakref
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

# Multiply-adds per job (grid points x weights) above which a job leaves the GUI thread:
# about 2 ms of NumPy on a laptop core (a 2-4-1 network over 100 x 100 points is 120,000).
DEFAULT_BACKGROUND_WORK = 500_000


_holding = False
_waiting: "weakref.WeakSet[LatestResultRunner]" = weakref.WeakSet()


def hold_results(on: bool) -> None:
    """While on, results finished in the background wait for :func:`deliver_results`;
    turning it off delivers what waits."""
    global _holding
    _holding = bool(on)
    if not _holding:
        deliver_results()


def deliver_results() -> bool:
    """Hand every waiting result to its view now (the main window calls this in its frames);
    True if any view got one (and so has something new to paint)."""
    runners = list(_waiting)
    _waiting.clear()
    for runner in runners:
        runner.deliver_held()
    return bool(runners)


class _Relay(QObject):
    """Carries a finished job's result from the pool thread to the GUI thread (queued)."""

    finished = Signal(int, int, object)  # ticket, context, result (or the exception raised)


class LatestResultRunner(QObject):
    """Runs one view's jobs; emits ``result_ready`` with the newest result, ``failed`` on error."""

    result_ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, background_work: float = DEFAULT_BACKGROUND_WORK):
        super().__init__(parent)
        self.background_work = background_work
        # Children are destroyed in creation order: the pool (which waits for a running
        # job) goes before the relay the job emits on.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._ticket = 0
        self._delivered = 0
        self._context = 0
        self._running = False
        self._pending: tuple[int, int, Callable[[], object]] | None = None
        self._held: tuple[int, int, object] | None = None  # a finished result (hold_results)

    def submit(self, job: Callable[[], object], work: float) -> None:
        """Run ``job()`` (a pure function of immutable inputs) now if ``work`` is small, else
        on the pool thread; its result arrives through ``result_ready`` unless superseded."""
        self._ticket += 1
        if work < self.background_work:
            try:
                result = job()
            except Exception as error:  # noqa: BLE001 - shown in the view, never a crash
                result = error
            self._accept(self._ticket, self._context, result)
            return
        self._pending = (self._ticket, self._context, job)
        if not self._running:
            self._start_pending()

    def invalidate(self) -> None:
        """A new context: results of jobs submitted before now are dropped."""
        self._context += 1
        self._pending = None

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def flush(self, msecs: int = 10_000) -> bool:
        """Block until every submitted job has run and its result has been delivered
        (for `nnviz render`, tests and shutdown); False if ``msecs`` ran out first."""
        deadline = time.monotonic() + msecs / 1000.0
        while True:
            remaining = int(max(0.0, deadline - time.monotonic()) * 1000.0)
            if not self._pool.waitForDone(remaining):
                return False
            # the finished jobs' results wait in this thread's queue: deliver them now
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self.deliver_held()
            if not self.busy:
                return True

    def deliver_held(self) -> None:
        """Deliver the result held back by :func:`hold_results`, if any."""
        held, self._held = self._held, None
        _waiting.discard(self)
        if held is not None:
            self._accept(*held)

    def _start_pending(self) -> None:
        ticket, context, job = self._pending
        self._pending = None
        self._running = True
        relay = self._relay

        def run() -> None:
            try:
                result = job()
            except Exception as error:  # noqa: BLE001 - delivered to the GUI thread
                result = error
            relay.finished.emit(ticket, context, result)

        self._pool.start(run)

    def _on_finished(self, ticket: int, context: int, result: object) -> None:
        self._running = False
        if _holding:
            self._held = (ticket, context, result)  # the newest: a later job ran later
            _waiting.add(self)
        else:
            self._accept(ticket, context, result)
        if self._pending is not None:
            self._start_pending()

    def _accept(self, ticket: int, context: int, result: object) -> None:
        if context != self._context or ticket <= self._delivered:
            return
        self._delivered = ticket
        if isinstance(result, Exception):
            self.failed.emit(f"{type(result).__name__}: {result}")
        else:
            self.result_ready.emit(result)
