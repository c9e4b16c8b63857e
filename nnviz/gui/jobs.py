"""The one background runner for costly view computations: latest wins, progress, cancel.

A *task* is a plain, Qt-free function of immutable inputs: ``task(progress) -> result``,
where ``progress(done, total)`` returns False once the task is no longer wanted (a long task
then raises :class:`~nnviz.core.errors.Cancelled`; a short one may ignore ``progress``).
:class:`JobRunner` runs one view's tasks and hands their results back on the GUI thread:

- small tasks (``work`` below ``background_work`` multiply-adds) run at once, inline;
- larger ones go to a private one-thread QThreadPool, so painting never waits. At most one
  runs; a task submitted meanwhile waits as the single pending one (replacing an older
  pending task), so a slow computation coalesces frames instead of queueing them;
- *latest wins*: a result older than one already delivered, or computed for an earlier
  context (:meth:`JobRunner.invalidate`: new data, another mode), is dropped. With
  ``cancel_running=True`` (a loss surface: a superseded grid is useless) a new task also
  cancels the running one and only the newest task's result counts;
- ``progressed(done, total)`` (throttled), ``busy_changed(busy)``, ``result_ready(result)``
  and ``failed(message)`` arrive on the GUI thread; an InputError's message is shown as is,
  any other exception as ``Type: message``, never a crash.

While training runs the frame scheduler turns on :func:`hold_results`: a result that finishes
in the background then waits for the next frame (:func:`deliver_results`) instead of being
drawn at once, so it is painted inside the frame, while training steps aside, rather than
between frames competing with training for the interpreter.
"""

from __future__ import annotations

import math
import threading
import time
import weakref
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

from nnviz.core.errors import Cancelled, InputError

Progress = Callable[[int, int], bool]
Task = Callable[[Progress], Any]

# Multiply-adds per task (grid points x weights) above which a task leaves the GUI thread:
# about 2 ms of NumPy on a laptop core (a 2-4-1 network over 100 x 100 points is 120,000).
DEFAULT_BACKGROUND_WORK = 500_000
PROGRESS_INTERVAL_SECONDS = 0.05

_holding = False
_waiting: "weakref.WeakSet[JobRunner]" = weakref.WeakSet()


def hold_results(on: bool) -> None:
    """While on, results finished in the background wait for :func:`deliver_results`;
    turning it off delivers what waits."""
    global _holding
    _holding = bool(on)
    if not _holding:
        deliver_results()


def deliver_results() -> bool:
    """Hand every waiting result to its view now (the frame scheduler calls this in its
    frames); True if any view got one (and so has something new to paint)."""
    runners = list(_waiting)
    _waiting.clear()
    for runner in runners:
        runner.deliver_held()
    return bool(runners)


def _never_cancelled(done: int, total: int) -> bool:
    return True


class _Relay(QObject):
    """Carries a task's progress and outcome from the pool thread to the GUI thread (queued)."""

    progressed = Signal(int, int, int)  # ticket, done, total
    finished = Signal(int, int, object)  # ticket, context, result (or the exception raised)


class JobRunner(QObject):
    """Runs one view's tasks off the GUI thread; only the newest result is delivered."""

    result_ready = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)  # done, total
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *,
                 background_work: float = DEFAULT_BACKGROUND_WORK,
                 cancel_running: bool = False) -> None:
        super().__init__(parent)
        self.background_work = background_work
        self.cancel_running = cancel_running
        self.last_duration_ms = math.nan  # the last delivered background task's run time
        # Children are destroyed in creation order: the pool (which waits for a running
        # task) goes before the relay the task emits on.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progressed)
        self._relay.finished.connect(self._on_finished)
        self._ticket = 0  # the newest task submitted
        self._delivered = 0  # the newest task whose result was delivered
        self._context = 0
        self._running: tuple[int, threading.Event] | None = None
        self._pending: tuple[int, int, Task] | None = None
        self._held: tuple[int, int, object] | None = None  # a finished result (hold_results)
        self._busy = False

    # -- API --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a task runs or waits to run (a finished result held for the next frame
        is not "busy")."""
        return self._busy

    def submit(self, task: Task, work: float = math.inf) -> None:
        """Run ``task(progress)``: at once if ``work`` is below ``background_work``, else on
        the pool thread; its result arrives through ``result_ready`` unless superseded."""
        self._ticket += 1
        if work < self.background_work:
            self._pending = None
            if self.cancel_running:
                self._cancel_running()
            self._accept(self._ticket, self._context, self._call(task, _never_cancelled))
            return
        self._pending = (self._ticket, self._context, task)
        if self.cancel_running:
            self._cancel_running()
        if self._running is None:
            self._start_pending()
        self._set_busy(True)

    def invalidate(self) -> None:
        """A new context: results of tasks submitted before now are dropped."""
        self._context += 1
        self._pending = None
        self._held = None

    def cancel(self) -> None:
        """Stop the running task and forget the pending one; no result will come."""
        self.invalidate()
        self._cancel_running()
        self._set_busy(False)

    def settle(self, msecs: int = 10_000) -> bool:
        """Block until every submitted task has run and its result has been delivered
        (``nnviz render``, tests and shutdown); False if ``msecs`` ran out first."""
        deadline = time.monotonic() + msecs / 1000.0
        while True:
            remaining = int(max(0.0, deadline - time.monotonic()) * 1000.0)
            if not self._pool.waitForDone(remaining):
                return False
            # the finished tasks' results wait in this thread's queue: deliver them now
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self.deliver_held()
            if self._running is None and self._pending is None:
                return True
            if remaining == 0:
                return False

    def deliver_held(self) -> None:
        """Deliver the result held back by :func:`hold_results`, if any."""
        held, self._held = self._held, None
        _waiting.discard(self)
        if held is not None:
            self._accept(*held)

    # -- inside -----------------------------------------------------------------------------
    @staticmethod
    def _call(task: Task, progress: Progress) -> object:
        try:
            return task(progress)
        except Exception as error:  # noqa: BLE001 - shown in the view, never a crash
            return error

    def _cancel_running(self) -> None:
        if self._running is not None:
            self._running[1].set()

    def _start_pending(self) -> None:
        ticket, context, task = self._pending
        self._pending = None
        cancelled = threading.Event()
        self._running = (ticket, cancelled)
        relay, last_emit = self._relay, [0.0]

        def progress(done: int, total: int) -> bool:
            now = time.monotonic()
            if now - last_emit[0] > PROGRESS_INTERVAL_SECONDS or done >= total:
                last_emit[0] = now
                relay.progressed.emit(ticket, done, total)
            return not cancelled.is_set()

        def run() -> None:
            start = time.perf_counter()
            result = self._call(task, progress)
            if not isinstance(result, Exception):
                result = (result, (time.perf_counter() - start) * 1e3)
            relay.finished.emit(ticket, context, result)

        self._pool.start(run)

    def _on_progressed(self, ticket: int, done: int, total: int) -> None:
        if ticket == self._ticket:
            self.progressed.emit(done, total)

    def _on_finished(self, ticket: int, context: int, result: object) -> None:
        self._running = None
        if isinstance(result, tuple):
            result, duration_ms = result
            if ticket == self._ticket or not self.cancel_running:
                self.last_duration_ms = duration_ms
        if _holding and not isinstance(result, Exception):
            self._held = (ticket, context, result)  # the newest: a later task ran later
            _waiting.add(self)
        else:
            self._accept(ticket, context, result)
        if self._pending is not None:
            self._start_pending()
        else:
            self._set_busy(False)

    def _accept(self, ticket: int, context: int, result: object) -> None:
        stale = ticket != self._ticket if self.cancel_running else ticket <= self._delivered
        if context != self._context or stale or isinstance(result, Cancelled):
            return
        self._delivered = ticket
        if isinstance(result, InputError):
            self.failed.emit(str(result))
        elif isinstance(result, Exception):
            self.failed.emit(f"{type(result).__name__}: {result}")
        else:
            self.result_ready.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
