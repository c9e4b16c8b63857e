"""settle_runner: block until a view's background work is drawn and laid out (render, tests)."""

from __future__ import annotations

from nnviz.gui.jobs import JobRunner
from nnviz.gui.kit.flow_layout import settle_layout


def settle_runner(runner: JobRunner, msecs: int = 10_000) -> bool:
    """Block until every task of ``runner`` has run and its result is drawn, then carry out
    the layout requests that drawing posted; False if ``msecs`` ran out first."""
    done = runner.settle(msecs)
    settle_layout()
    return done
