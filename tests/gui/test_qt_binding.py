"""Guard against Qt bindings that corrupt reference counts (PySide6 6.12.0 on Python 3.11)."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_signal_emits_keep_reference_counts_of_true_and_none():
    emitter = _Emitter()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # Allow a little noise from the interpreter; a leaky binding loses one per emit.
    assert abs(after[0] - before[0]) < 20 and abs(after[1] - before[1]) < 20, (before, after)
