"""Test set-up: Qt renders offscreen, before any QApplication exists; hypothesis profiles."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from hypothesis import HealthCheck, settings  # noqa: E402  (after the Qt platform is set)

# CI machines are slow and shared: no per-example deadline, and a fixed example sequence so
# that a run is reproducible (a failure found locally is kept in .hypothesis/ and replayed).
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
