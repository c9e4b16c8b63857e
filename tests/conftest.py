"""Test set-up: Qt renders offscreen, before any QApplication exists; hypothesis profiles;
the widgets a test leaves are deleted after it."""

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402  (after the Qt platform is set)

# CI machines are slow and shared: no per-example deadline, and a fixed example sequence so
# that a run is reproducible (a failure found locally is kept in .hypothesis/ and replayed).
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After each test (and pytest-qt's closing of its widgets) the widgets it left are
    deleted now: Qt deletes a deleteLater'd widget only when an event loop turns, and
    hundreds of leftover windows made every later style change repolish them all."""
    yield
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        qt_core.QCoreApplication.sendPostedEvents(None, qt_core.QEvent.Type.DeferredDelete.value)
        gc.collect()  # and the Python side of what Qt deleted
