"""What the GUI tests share: small data sets, snapshots of a network, a view docked behind a tab,
the message boxes caught, and a main window with its own settings."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from nnviz.core.data import CLASSIFICATION, REGRESSION, Dataset
from nnviz.core.network import Network
from nnviz.core.snapshot import Snapshot, frozen_copy

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])
XOR_TARGETS = XOR_Y.reshape(-1, 1).astype(float)


def classification(x, y, x_test=None, y_test=None, *, labels="01", classes=2, name="data",
                   features=None, class_names=None) -> Dataset:
    """A classification Dataset from arrays (an empty test set unless given)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y)
    x_test = x[:0] if x_test is None else np.asarray(x_test, dtype=float)
    y_test = y[:0] if y_test is None else np.asarray(y_test)
    features = tuple(features or (f"x{i + 1}" for i in range(x.shape[1])))
    class_names = tuple(class_names or (str(c) for c in range(classes)))
    return Dataset(name, CLASSIFICATION, x, y, x_test, y_test, features, class_names, labels)


def regression(x, y, name="line") -> Dataset:
    """A regression Dataset whose last three rows are the test set."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float).reshape(len(x), -1)
    return Dataset(name, REGRESSION, x[:-3], y[:-3], x[-3:], y[-3:],
                   tuple(f"x{i + 1}" for i in range(x.shape[1])), ("y",))


def xor_dataset() -> Dataset:
    return classification(XOR_X, XOR_Y, name="xor")


def snapshot_of(net: Network, step: int = 0, gradients=None, loss_on=None) -> Snapshot:
    """A Snapshot of ``net`` at ``step``; its train loss is the cost on ``loss_on`` = (x, targets)
    when given, else 0."""
    loss = net.cost(*loss_on) if loss_on is not None else 0.0
    return Snapshot(step=step, epoch=float(step), architecture=net.architecture,
                    params=frozen_copy(net.params), gradients=frozen_copy(gradients),
                    train_loss=loss)


def docked_behind(qtbot, widget: QWidget) -> tuple[QMainWindow, QDockWidget]:
    """``widget`` in a shown window, in a dock tab behind another one; returns (window, its dock)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("graph"))
    dock, front = QDockWidget("view", window), QDockWidget("other", window)
    dock.setWidget(widget)
    front.setWidget(QLabel("in front"))
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.addDockWidget(Qt.RightDockWidgetArea, front)
    window.tabifyDockWidget(dock, front)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    front.raise_()
    qtbot.waitUntil(lambda: widget.visibleRegion().isEmpty())
    return window, dock


@pytest.fixture
def xor():
    """The XOR truth table as a Dataset."""
    return xor_dataset()


def xor_session():
    """A SessionState of the XOR lesson (its configuration and data set), nothing selected."""
    from nnviz.core.config import build_dataset, resolve
    from nnviz.core.lessons import load_lesson
    from nnviz.session.state import SessionState

    lesson = load_lesson("xor")
    config = resolve(lesson.config)
    return SessionState(lesson, config, build_dataset(config.data))


@pytest.fixture
def graph_view(qtbot):
    """A shown GraphView, 1000x650."""
    from nnviz.gui.views.graph import GraphView

    view = GraphView()
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def messages(monkeypatch):
    """The message boxes the app would show, as (title, text) in order (none is shown)."""
    from nnviz.gui.kit import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, title, text, level="information": shown.append((title, text)))
    return shown


@pytest.fixture
def window(qtbot, messages, tmp_path):
    """A 1200x800 main window on the default lesson with only the loss curve docked (quick to
    build) and its own settings file, once its first snapshot arrived; its training thread is
    stopped when the test ends."""
    from nnviz.gui.shell.main_window import MainWindow
    from nnviz.gui.views.loss import LossView

    w = MainWindow(settings=QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat),
                   view_classes=[LossView])
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitUntil(lambda: w.state.snapshot is not None, timeout=5000)
    yield w
    w.close()
    assert not w.session.is_running
