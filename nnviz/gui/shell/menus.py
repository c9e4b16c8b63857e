"""The window's menus: File, Training, Lesson, View, Help, and the actions they hold."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from nnviz import __version__
from nnviz.core.errors import InputError
from nnviz.core.lessons import lesson_names, load_lesson
from nnviz.gui.kit import dialogs
from nnviz.gui.theme import SCALES

log = logging.getLogger(__name__)


@dataclass
class Menus:
    """The actions the window updates: the lesson and scale choices, the dark palette,
    the panels' toggles and exports."""

    lesson_actions: QActionGroup
    scale_actions: QActionGroup
    dark_action: QAction
    view_toggles: QMenu
    export_menu: QMenu

    def show_lesson(self, name: str) -> None:
        for act in self.lesson_actions.actions():
            act.setChecked(act.data() == name)

    def show_presentation(self, dark: bool, scale: float) -> None:
        for act in self.scale_actions.actions():
            act.setChecked(act.data() == scale)
        self.dark_action.blockSignals(True)
        self.dark_action.setChecked(dark)
        self.dark_action.blockSignals(False)


def add_action(owner: QWidget, menu: QMenu, text: str, slot: Callable, shortcut=None) -> QAction:
    act = QAction(text, owner)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def build_menus(window: QMainWindow) -> Menus:
    """The menu bar of ``window`` (the app's MainWindow), its actions connected to the
    window's methods."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    add_action(window, file_menu, "&Open model…", window.open_model, QKeySequence.Open)
    add_action(window, file_menu, "&Save model…", window.save_model, QKeySequence.Save)
    add_action(window, file_menu, "Open &CSV data set…", window.open_csv, "Ctrl+D")
    file_menu.addSeparator()
    add_action(window, file_menu, "&Export window as PNG or SVG…", window.export_window,
               "Ctrl+Shift+E")
    export_menu = file_menu.addMenu("Export &panel")
    file_menu.addSeparator()
    add_action(window, file_menu, "&Quit", window.close, QKeySequence.Quit)

    training = bar.addMenu("&Training")
    t = window.transport
    for act in (t.play_action, t.step_action, t.epoch_action, t.reset_action):
        training.addAction(act)
    training.addSeparator()
    add_action(window, training, "Step &through the selected sample", window.step_through_selected,
               "Ctrl+T")
    add_action(window, training, "&Leave the step-through", window.leave_step_through)

    lesson_menu = bar.addMenu("&Lesson")
    lesson_actions = QActionGroup(window)
    for name in lesson_names():
        try:
            lesson = load_lesson(name)
        except InputError as e:  # a broken shipped lesson must not stop the app
            log.error("lesson %s: %s", name, e)
            continue
        act = add_action(window, lesson_menu, lesson.title,
                         lambda _=False, n=name: window.open_lesson(n))
        act.setCheckable(True)
        act.setData(name)
        lesson_actions.addAction(act)
    lesson_menu.addSeparator()
    add_action(window, lesson_menu, "Open a lesson file…", window.open_lesson_file)

    view_menu = bar.addMenu("&View")
    view_toggles = view_menu.addMenu("&Panels")
    add_action(window, view_menu, "&Reset layout", window.reset_layout)
    view_menu.addSeparator()
    scale_menu = view_menu.addMenu("Presentation &scale")
    scale_actions = QActionGroup(window)
    for scale in SCALES:
        act = add_action(window, scale_menu, f"{scale:.0%}",
                         lambda _=False, s=scale: window.set_scale(s))
        act.setCheckable(True)
        act.setData(scale)
        scale_actions.addAction(act)
    add_action(window, view_menu, "&Larger (presentation)", lambda: window.step_scale(+1), "Ctrl++")
    add_action(window, view_menu, "S&maller", lambda: window.step_scale(-1), "Ctrl+-")
    dark_action = add_action(window, view_menu, "&Dark palette", window.set_dark)
    dark_action.setCheckable(True)

    help_menu = bar.addMenu("&Help")
    add_action(window, help_menu, "&Keyboard shortcuts", lambda: show_shortcuts(window), "F1")
    add_action(window, help_menu, "&About nnviz", lambda: show_about(window))
    menus = Menus(lesson_actions, scale_actions, dark_action, view_toggles, export_menu)
    for key, dock in window.docks.items():
        add_panel_actions(window, menus, key, dock)
    return menus


def add_panel_actions(window: QMainWindow, menus: Menus, key: str, dock: QDockWidget) -> None:
    """The panel's show/hide toggle and its export entry."""
    menus.view_toggles.addAction(dock.toggleViewAction())
    add_action(window, menus.export_menu, f"{dock.windowTitle()}…",
               lambda _=False, k=key: window.export_panel(k))


def show_shortcuts(window: QWidget) -> None:
    lines = []
    for act in window.findChildren(QAction):
        key = act.shortcut().toString(QKeySequence.NativeText)
        if key:
            lines.append(f"{key:>14}   {act.text().replace('&', '')}")
    dialogs.show_message(window, "Keyboard shortcuts", "\n".join(sorted(set(lines))))


def show_about(window: QWidget) -> None:
    dialogs.show_message(window, "About nnviz",
                         f"nnviz {__version__}\n\nWatch neural networks learn: the weights, the "
                         "decision boundary, the loss and the loss surface, live.\n"
                         "A NumPy core with PySide6 and pyqtgraph.")
