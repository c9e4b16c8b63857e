"""The window's menus: File, Training, Lesson (in teaching order), View, Help, and the
actions they hold; every action is also the window's, so its shortcut works while lecture
mode hides the menu bar. Help → Keyboard shortcuts lists the keys, the presenter keys and
what the mouse does in each view."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QDockWidget, QGridLayout, QLabel, QMainWindow, QMenu, QScrollArea,
    QWidget,
)

from nnviz import __version__
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.lessons import lesson_heading, lesson_names
from nnviz.gui.kit import dialogs
from nnviz.gui.shell.language_menu import add_language_menu
from nnviz.gui.theme import SCALES, Theme

log = logging.getLogger(__name__)

# What the presenter keys do, whatever has the focus (shell/presenter_keys.py); the texts are
# translated where they are shown (shortcut_tables).
PRESENTER_KEYS = (
    ("PageDown / PageUp",
     QT_TRANSLATE_NOOP("Menus", "next / previous step of the lesson (of the step-through while "
                                "it is open, then on to the lesson's next step)")),
    (QT_TRANSLATE_NOOP("Menus", "Space"), QT_TRANSLATE_NOOP("Menus", "play / pause")),
    ("F5 / Esc", QT_TRANSLATE_NOOP("Menus", "enter / leave lecture mode")),
    (QT_TRANSLATE_NOOP("Menus", "B or .  /  W"),
     QT_TRANSLATE_NOOP("Menus", "black / white screen in lecture mode (any key comes back)")),
)
# The step-through's keys while the focus is in the graph or the Step-through panel.
WALK_KEYS = (
    (QT_TRANSLATE_NOOP("Menus", "Right / Left"), QT_TRANSLATE_NOOP("Menus", "next / previous step")),
    (QT_TRANSLATE_NOOP("Menus", "Shift + Right / Left"),
     QT_TRANSLATE_NOOP("Menus", "next / previous neuron")),
    (QT_TRANSLATE_NOOP("Menus", "Ctrl + Right / Left"),
     QT_TRANSLATE_NOOP("Menus", "next / previous phase")),
    (QT_TRANSLATE_NOOP("Menus", "Home / End"), QT_TRANSLATE_NOOP("Menus", "first / last step")),
)
# What the mouse does, view by view (from the views' own docstrings and tooltips).
MOUSE_ACTIONS = (
    (QT_TRANSLATE_NOOP("Menus", "Network graph"),
     QT_TRANSLATE_NOOP("Menus", "hover a neuron or a weight: its formula and values")),
    ("", QT_TRANSLATE_NOOP("Menus", "click a weight or a neuron (its bias): type a new value, "
                                    "Enter sets, Esc cancels")),
    ("", QT_TRANSLATE_NOOP("Menus", "wheel: zoom;  drag: pan;  Fit: the whole network again")),
    (QT_TRANSLATE_NOOP("Menus", "Decision boundary"),
     QT_TRANSLATE_NOOP("Menus", "click a training point: select it (every view follows)")),
    ("", QT_TRANSLATE_NOOP("Menus", "double-click a training point: step through it")),
    (QT_TRANSLATE_NOOP("Menus", "Loss surface"),
     QT_TRANSLATE_NOOP("Menus", "click the map: restart training from that point")),
    (QT_TRANSLATE_NOOP("Menus", "Optimizer race"),
     QT_TRANSLATE_NOOP("Menus", "click the map: start the race from there")),
    (QT_TRANSLATE_NOOP("Menus", "Step-through"),
     QT_TRANSLATE_NOOP("Menus", "drag the slider: go to step k")),
    (QT_TRANSLATE_NOOP("Menus", "Panels"),
     QT_TRANSLATE_NOOP("Menus", "drag a title bar: move the panel; double-click it: float / "
                                "dock it")),
    (QT_TRANSLATE_NOOP("Menus", "Lesson panel"),
     QT_TRANSLATE_NOOP("Menus", "Prev / Next, or the step list: go to any step of the lesson")),
    (QT_TRANSLATE_NOOP("Menus", "Lecture mode"),
     QT_TRANSLATE_NOOP("Menus", "Prev / Next: previous / next step; click a black or white "
                                "screen: back")),
)


@dataclass
class Menus:
    """The actions the window updates: the lesson and scale choices, the dark palette,
    the panels' toggles and exports."""

    lesson_actions: QActionGroup
    scale_actions: QActionGroup
    dark_action: QAction
    high_contrast_action: QAction
    lecture_action: QAction
    view_toggles: QMenu
    export_menu: QMenu

    def show_lesson(self, name: str) -> None:
        for act in self.lesson_actions.actions():
            act.setChecked(act.data() == name)

    def show_presentation(self, theme: Theme) -> None:
        for act in self.scale_actions.actions():
            act.setChecked(act.data() == theme.scale)
        for act, on in ((self.dark_action, theme.dark),
                        (self.high_contrast_action, theme.high_contrast)):
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)


def lesson_entry(title: str, steps: int) -> str:
    """A lesson's menu entry: its title as written ('&' is not a mnemonic) and how many
    steps its script has."""
    text = " ".join(title.split()).replace("&", "&&")
    if not steps:
        return text
    return translate("Menus", "{title} (%n step(s))", None, steps).format(title=text)


def add_action(owner: QWidget, menu: QMenu, text: str, slot: Callable, shortcut=None) -> QAction:
    act = QAction(text, owner)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    menu.addAction(act)
    owner.addAction(act)  # its shortcut works while the menu bar is hidden
    return act


def build_menus(window: QMainWindow) -> Menus:
    """The menu bar of ``window`` (the app's MainWindow), its actions connected to the
    window's methods."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    add_action(window, file_menu, translate("Menus", "&Open model…"), window.open_model, QKeySequence.Open)
    add_action(window, file_menu, translate("Menus", "&Save model…"), window.save_model, QKeySequence.Save)
    add_action(window, file_menu, translate("Menus", "Open &data set…"), window.open_data, "Ctrl+D")
    file_menu.addSeparator()
    add_action(window, file_menu, translate("Menus", "&Export window as PNG or SVG…"), window.export_window,
               "Ctrl+Shift+E")
    export_menu = file_menu.addMenu(translate("Menus", "Export &panel"))
    add_action(window, file_menu, translate("Menus", "Export &animation (GIF)…"),
               window.export_animation, "Ctrl+Shift+A")
    add_action(window, file_menu, translate("Menus", "Export &slide deck (PNG, Beamer)…"),
               window.export_slide_deck)
    file_menu.addSeparator()
    add_action(window, file_menu, translate("Menus", "&Quit"), window.close, QKeySequence.Quit)

    training = bar.addMenu(translate("Menus", "&Training"))
    t = window.transport
    for act in (t.play_action, t.step_action, t.epoch_action, t.reset_action):
        training.addAction(act)
    training.addSeparator()
    add_action(window, training, translate("Menus", "Step &through the selected sample"), window.step_through_selected,
               "Ctrl+T")
    add_action(window, training, translate("Menus", "&Leave the step-through"), window.leave_step_through)

    lesson_menu = bar.addMenu(translate("Menus", "&Lesson"))
    lesson_actions = QActionGroup(window)
    for name in lesson_names():
        try:
            title, steps = lesson_heading(name)  # quick: opening the lesson checks the rest
        except InputError as e:  # a broken shipped lesson must not stop the app
            log.error("lesson %s: %s", name, e)
            continue
        act = add_action(window, lesson_menu, lesson_entry(title, steps),
                         lambda _=False, n=name: window.open_lesson(n))
        act.setCheckable(True)
        act.setData(name)
        lesson_actions.addAction(act)
    lesson_menu.addSeparator()
    add_action(window, lesson_menu, translate("Menus", "&Open a lesson file…"), window.open_lesson_file)
    add_action(window, lesson_menu, translate("Menus", "&Save as lesson…"), lambda: window.save_lesson())

    view_menu = bar.addMenu(translate("Menus", "&View"))
    view_toggles = view_menu.addMenu(translate("Menus", "&Panels"))
    add_action(window, view_menu, translate("Menus", "&Reset layout"), window.reset_layout)
    view_menu.addSeparator()
    scale_menu = view_menu.addMenu(translate("Menus", "Presentation &scale"))
    scale_actions = QActionGroup(window)
    for scale in SCALES:
        act = add_action(window, scale_menu, f"{scale:.0%}",
                         lambda _=False, s=scale: window.set_scale(s))
        act.setCheckable(True)
        act.setData(scale)
        scale_actions.addAction(act)
    add_action(window, view_menu, translate("Menus", "&Larger (presentation)"), lambda: window.step_scale(+1), "Ctrl++")
    add_action(window, view_menu, translate("Menus", "S&maller"), lambda: window.step_scale(-1), "Ctrl+-")
    dark_action = add_action(window, view_menu, translate("Menus", "&Dark palette"), window.set_dark)
    dark_action.setCheckable(True)
    high_contrast_action = add_action(window, view_menu, translate("Menus", "&High contrast (washed-out projector)"),
                                      window.set_high_contrast)
    high_contrast_action.setCheckable(True)
    add_language_menu(window, view_menu)
    view_menu.addSeparator()
    lecture_action = add_action(window, view_menu, translate("Menus", "L&ecture mode"),
                                lambda: window.toggle_lecture_mode(), "F5")

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    add_action(window, help_menu, translate("Menus", "&Keyboard shortcuts"), lambda: show_shortcuts(window), "F1")
    add_action(window, help_menu, translate("Menus", "&About nnviz"), lambda: show_about(window))
    menus = Menus(lesson_actions, scale_actions, dark_action, high_contrast_action,
                  lecture_action, view_toggles, export_menu)
    for key, dock in window.docks.items():
        add_panel_actions(window, menus, key, dock)
    return menus


def add_panel_actions(window: QMainWindow, menus: Menus, key: str, dock: QDockWidget) -> None:
    """The panel's show/hide toggle and its export entry."""
    menus.view_toggles.addAction(dock.toggleViewAction())
    add_action(window, menus.export_menu, f"{dock.windowTitle()}…",
               lambda _=False, k=key: window.export_panel(k))


def shortcut_lines(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) for every action of ``window`` that has a shortcut, sorted by what."""
    lines = set()
    for act in window.findChildren(QAction):
        key = act.shortcut().toString(QKeySequence.NativeText)
        if key:
            lines.add((key, act.text().replace("&", "")))
    return sorted(lines, key=lambda line: line[1].lower())


def shortcut_tables(window: QWidget) -> tuple[tuple[str, tuple], ...]:
    """(heading, rows of (keys, what)) for the dialog: the window's shortcuts, the presenter
    keys, the step-through's keys, then the mouse."""
    def shown(rows):
        return tuple((translate("Menus", keys) if keys else keys, translate("Menus", what))
                     for keys, what in rows)

    return ((translate("Menus", "Keys"), tuple(shortcut_lines(window))),
            (translate("Menus", "Presenter keys (whatever has the focus)"), shown(PRESENTER_KEYS)),
            (translate("Menus", "In the step-through (graph or panel focused)"),
             shown(WALK_KEYS)),
            (translate("Menus", "Mouse"), shown(MOUSE_ACTIONS)))


def _table(heading: str, rows) -> QWidget:
    """A heading over two columns: the keys (or the view), what they do (wrapped)."""
    table = QWidget()
    grid = QGridLayout(table)
    grid.setContentsMargins(0, 0, 0, 12)
    title = QLabel(heading)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    grid.addWidget(title, 0, 0, 1, 2)
    for row, (keys, what) in enumerate(rows, start=1):
        for column, text in enumerate((keys, what)):
            label = QLabel(text)
            label.setTextFormat(Qt.PlainText)
            label.setWordWrap(column == 1)
            label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
            grid.addWidget(label, row, column)
    grid.setColumnStretch(1, 1)
    return table


def show_shortcuts(window: QWidget) -> QDialog:
    """A non-modal dialog: the keys on the left, the mouse on the right; it scrolls when it
    is taller than the screen."""
    dialog = QDialog(window)
    dialog.setObjectName("shortcuts")
    dialog.setWindowTitle(translate("Menus", "Keyboard shortcuts and mouse"))
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    columns = QWidget()
    grid = QGridLayout(columns)
    *keys, mouse = shortcut_tables(window)
    for row, (heading, rows) in enumerate(keys):
        grid.addWidget(_table(heading, rows), row, 0)
    grid.addWidget(_table(*mouse), 0, 1, len(keys), 1, Qt.AlignTop)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    scroll = QScrollArea()
    scroll.setWidget(columns)
    scroll.setWidgetResizable(True)
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.rejected.connect(dialog.close)
    layout = QGridLayout(dialog)
    layout.addWidget(scroll, 0, 0)
    layout.addWidget(buttons, 1, 0)
    screen = window.screen().availableGeometry()
    wanted = columns.sizeHint()
    dialog.resize(min(wanted.width() + 60, int(0.95 * screen.width())),
                  min(wanted.height() + 100, int(0.9 * screen.height())))
    dialog.show()
    return dialog


def show_about(window: QWidget) -> None:
    dialogs.show_message(window, translate("Menus", "About nnviz"),
                         translate("Menus", "nnviz {version}\n\nWatch neural networks learn: the "
                                            "weights, the decision boundary, the loss and the loss "
                                            "surface, live.\nA NumPy core with PySide6 and "
                                            "pyqtgraph.").format(version=__version__))
