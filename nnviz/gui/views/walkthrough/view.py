"""The Step-through panel: one sample walked through the forward pass, the loss, the backward
pass and the update, step by step, as the lectures write it (issue 11).

It mirrors the session's walk (state.walk, a session.walk.WalkState; None: closed) and sends
every wish as a command (OpenWalk, Walk, CloseWalk, SetPredictFirst, ApplyUpdate): it never
moves the cursor itself. Parts: the step card (where the cursor is and the step's three
lines, lines.py; the layer as a matrix), the update table (update_table.py), the navigation
(buttons at the term, neuron and phase levels, a slider over the whole walk, the keys of
gui/kit/walk_keys.py), a neuron chooser for wide layers (neuron_jump.py) and the exports
(exports.py). In a short dock (COMPACT_HEIGHT) the lines are smaller and the margins tight,
so the step stays in sight; the panel scrolls for the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.notation import UNICODE
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import backward_colour
from nnviz.gui.kit import dialogs
from nnviz.gui.kit.export import export_widget
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.kit.walk_keys import install_walk_keys
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.walkthrough import exports
from nnviz.gui.views.walkthrough.lines import location, matrix_html, step_lines
from nnviz.gui.views.walkthrough.neuron_jump import neuron_group_start
from nnviz.gui.views.walkthrough.update_table import UpdateTable
from nnviz.session.commands import (
    ApplyUpdate,
    CloseWalk,
    OpenWalk,
    SetPredictFirst,
    Walk,
)
from nnviz.session.walk import WalkState

LINE_SCALE = 1.6  # the three lines, relative to the theme's text: readable from the back row
COMPACT_LINE_SCALE = 1.15  # ... in a short dock, where the whole step must still be in sight
COMPACT_HEIGHT = 260  # a panel shorter than this (pixels at scale 1) is laid out compactly
LOCATION_SCALE = 0.85  # "Step 3 of 38 · forward · ...": small, the lines matter more
# the texts below are shown through translate("StepThroughView", ...)
CLOSED_TEXT = QT_TRANSLATE_NOOP("StepThroughView", "Walk one sample through the network: the forward pass neuron by neuron, the loss, the backward pass and the update, each with its formula, its numbers and its result. Choose a sample and open the walk; the keys (→ ← PageDown PageUp, with Shift per neuron, with Ctrl per phase, Home, End) then step through it.")
# the navigation buttons: (text, Walk(...)), in the order they are laid out
NAVIGATION = ((QT_TRANSLATE_NOOP("StepThroughView", "« First"), Walk("first")),
              (QT_TRANSLATE_NOOP("StepThroughView", "◀ Phase"), Walk("previous", "phase")),
              (QT_TRANSLATE_NOOP("StepThroughView", "◀ Neuron"), Walk("previous", "neuron")),
              (QT_TRANSLATE_NOOP("StepThroughView", "◀ Term"), Walk("previous", "term")),
              (QT_TRANSLATE_NOOP("StepThroughView", "Term ▶"), Walk("next", "term")),
              (QT_TRANSLATE_NOOP("StepThroughView", "Neuron ▶"), Walk("next", "neuron")),
              (QT_TRANSLATE_NOOP("StepThroughView", "Phase ▶"), Walk("next", "phase")),
              (QT_TRANSLATE_NOOP("StepThroughView", "Last »"), Walk("last")))


class StepThroughView(View):
    """The step-through panel (dock "walkthrough")."""

    key = "walkthrough"
    title = "Step-through"
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walk: WalkState | None = None
        self._theme = current_theme()
        self.compact = False  # short dock: smaller lines, short texts, tight margins
        body = QWidget()
        self._column = column = QVBoxLayout(body)
        self.closed_text = _label(translate("StepThroughView", CLOSED_TEXT), wrap=True)
        column.addWidget(self.closed_text)
        self.samples = self._build_samples()  # closed: here, in sight; open: last (_refresh)
        column.addWidget(self.samples)
        self.card = self._build_card()  # first: the step is in sight in the smallest dock
        column.addWidget(self.card)
        self.update_table = UpdateTable()
        self.update_table.setMinimumHeight(120)
        self.loss_change = _label("")
        column.addWidget(self.loss_change)
        column.addWidget(self.update_table, 1)
        column.addWidget(self._build_navigation())
        column.addWidget(self._build_options())
        self.status = _label("", wrap=True)
        column.addWidget(self.status)
        column.addStretch(0)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.keys = install_walk_keys(self, self.issue, lambda: self.walk is not None)
        self.apply_theme(self._theme)
        self.follow_walk(None)

    # -- building -----------------------------------------------------------------------------
    def _build_samples(self) -> QWidget:
        samples = QWidget()
        flow = FlowLayout(samples)
        self.sample = QSpinBox()
        self.sample.setRange(1, 1)
        self.sample.setPrefix(translate("StepThroughView", "sample "))
        self.sample.setToolTip(translate("StepThroughView", "the sample to walk through: the training samples, then the test samples"))
        self.sample.valueChanged.connect(self._name_sample)
        self._n_train = 1
        self.open_button = QPushButton(translate("StepThroughView", "Open the walk"))
        self.open_button.setToolTip(translate("StepThroughView", CLOSED_TEXT))
        self.open_button.clicked.connect(
            lambda: self.issue(OpenWalk(self.sample.value() - 1)))
        self.close_button = QPushButton(translate("StepThroughView", "Close ✕"))
        self.close_button.clicked.connect(lambda: self.issue(CloseWalk()))
        for widget in (self.sample, self.open_button, self.close_button):
            flow.addWidget(widget)
        return samples

    def _build_card(self) -> QWidget:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        self._card_lines = lines = QVBoxLayout(card)
        self.where = _label("", wrap=True)
        self.formula, self.numbers, self.result = (_label("", rich=True, wrap=True)
                                                   for _ in range(3))
        self.term_line, self.note = _label("", wrap=True), _label("", wrap=True)
        self.matrix = _label("", rich=True)
        self.matrix.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for widget in (self.where, self.formula, self.numbers, self.result, self.term_line,
                       self.note, self.matrix):
            lines.addWidget(widget)
        return card

    def _build_navigation(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, 1)
        self.slider.setToolTip(translate("StepThroughView", "every step of the walk: drag to go to step k"))
        self.slider.valueChanged.connect(lambda k: self.issue(Walk("to", number=k)))
        column.addWidget(self.slider)
        buttons = QWidget()
        flow = FlowLayout(buttons)
        self.buttons: dict[Walk, QPushButton] = {}
        for text, command in NAVIGATION:
            button = QPushButton(translate("StepThroughView", text))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=command: self.issue(c))
            flow.addWidget(button)
            self.buttons[command] = button
        column.addWidget(buttons)
        return box

    def _build_options(self) -> QWidget:
        box = QWidget()
        flow = FlowLayout(box)
        self.predict_first = QCheckBox(translate("StepThroughView", "Predict first"))
        self.predict_first.setToolTip(translate("StepThroughView", "hide each result until the next click, so the class can guess it"))
        self.predict_first.toggled.connect(lambda on: self.issue(SetPredictFirst(on)))
        self.show_matrix = QCheckBox(translate("StepThroughView", "Layer as a matrix"))
        self.show_matrix.setToolTip(translate("StepThroughView", "z = W a + b for the whole layer, the active row highlighted"))
        self.show_matrix.toggled.connect(lambda _: self._refresh())
        self.neuron = QSpinBox()
        self.neuron.setRange(1, 1)
        self.neuron.setPrefix(translate("StepThroughView", "neuron "))
        self.neuron_button = QPushButton(translate("StepThroughView", "Go"))
        self.neuron_button.setToolTip(translate("StepThroughView", "go to this neuron in the current phase and layer"))
        self.neuron_button.clicked.connect(self._go_to_neuron)
        self.apply_button = QPushButton(translate("StepThroughView", "Apply this update"))
        self.apply_button.setToolTip(translate("StepThroughView", "θ ← θ − η·∂ℓ/∂θ: training continues from the new weights"))
        self.apply_button.clicked.connect(self._apply_update)
        self.export_button = QToolButton()
        self.export_button.setText(translate("StepThroughView", "Export ▾"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions = {}
        for text, fmt, suggestion, filters in exports.DOCUMENTS:
            action = menu.addAction(translate("StepThroughView", text))
            action.triggered.connect(lambda _=False, a=(fmt, suggestion, filters):
                                     self.export(*a))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        for widget in (self.predict_first, self.show_matrix, self.neuron, self.neuron_button,
                       self.apply_button, self.export_button):
            flow.addWidget(widget)
        # compact: the shorter words (the tooltips say the rest), so nothing is wider than a
        # narrow dock
        self._short_texts = {
            self.predict_first: (translate("StepThroughView", "Predict first"), translate("StepThroughView", "Predict")),
            self.show_matrix: (translate("StepThroughView", "Layer as a matrix"), translate("StepThroughView", "Matrix")),
            self.apply_button: (translate("StepThroughView", "Apply this update"), translate("StepThroughView", "Apply"))}
        return box

    # -- the contract ---------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """The walk is computed from its own frozen snapshot: training's latest one changes
        nothing here."""

    def set_dataset(self, dataset: Dataset) -> None:
        """The sample chooser counts the samples (1-based): the training samples, then the
        test samples (marked "(test)")."""
        self._n_train = len(dataset.x_train)
        self.sample.setRange(1, max(1, dataset.n_samples))
        self._name_sample(self.sample.value())

    def _name_sample(self, number: int) -> None:
        self.sample.setSuffix(translate("StepThroughView", " (test)") if number > self._n_train else "")

    def apply_theme(self, theme: Theme) -> None:
        """Text at the theme's size, the three lines LINE_SCALE times larger (compact:
        COMPACT_LINE_SCALE), the theme's colours for the emphasis and the secondary lines."""
        self._theme = theme
        self.compact = self.height() < COMPACT_HEIGHT * theme.scale
        big = QFont(self.font())
        big.setPointSizeF(theme.point_size * (COMPACT_LINE_SCALE if self.compact else LINE_SCALE))
        for label in (self.formula, self.numbers, self.result):
            label.setFont(big)
        margin = round(3 * theme.scale) if self.compact else round(9 * theme.scale)
        for layout in (self._card_lines, self._column):
            layout.setContentsMargins(margin, margin, margin, margin)
        self._card_lines.setSpacing(0 if self.compact else round(4 * theme.scale))
        for widget, (full, short) in self._short_texts.items():
            widget.setText(short if self.compact else full)
        self.result.setStyleSheet("font-weight: bold")
        for label in (self.where, self.note, self.status, self.closed_text):
            label.setStyleSheet(f"color: {theme.muted}")
        small = QFont(self.font())
        small.setPointSizeF(theme.point_size * LOCATION_SCALE)
        self.where.setFont(small)
        self.update_table.table.highlight = QColor(theme.highlight)
        self.update_table.table.backward = backward_colour(theme.dark)
        self._refresh()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if (self.height() < COMPACT_HEIGHT * self._theme.scale) != self.compact:
            self.apply_theme(self._theme)  # a short dock (1366 x 768 at 200 %): compact

    def follow_walk(self, walk: WalkState | None) -> None:
        self.walk = walk
        self._refresh()

    @property
    def message(self) -> str:
        return "" if self.walk is not None \
            else translate("StepThroughView", "No step-through is open: choose a sample.")

    # -- actions ------------------------------------------------------------------------------
    def export(self, fmt: str, suggestion: str, filters: str) -> None:
        """Ask for a file and write the current step's image or the walk's ``fmt`` document."""
        if self.walk is None:
            return
        path = dialogs.ask_save_path(self, translate("StepThroughView", "Export the step-through"), suggestion,
                                     translate("StepThroughView", filters))
        if path is None:
            return
        try:
            if fmt == "image":
                export_widget(self.card, path)
            else:
                exports.export_walk(self.walk.numbers, fmt, path)
        except InputError as e:
            self._say(str(e))
        else:
            self._say(translate("StepThroughView", "Wrote {path}").format(path=path))

    def _go_to_neuron(self) -> None:
        walk = self.walk
        if walk is None:
            return
        start = neuron_group_start(walk.walkthrough.steps, walk.walkthrough.position.index,
                                   self.neuron.value())
        if start is None:
            self._say(translate("StepThroughView", "this phase and layer have no neuron {j}").format(j=self.neuron.value()))
        else:
            self.issue(Walk("to", number=start + 1))

    def _apply_update(self) -> None:
        if self.walk is not None and self.walk.update is not None:
            self.issue(ApplyUpdate(self.walk.update.new))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- drawing ------------------------------------------------------------------------------
    def _refresh(self) -> None:
        walk = self.walk
        is_open = walk is not None
        self.closed_text.setVisible(not is_open and not self.compact)  # compact: the tooltip
        for widget in (self.card, self.close_button, self.slider, self.predict_first,
                       self.show_matrix, self.neuron, self.neuron_button, self.apply_button,
                       self.export_button, *self.buttons.values()):
            if widget.isHidden() == is_open:  # setVisible costs even when nothing changes
                widget.setVisible(is_open)
        self.open_button.setText(translate("StepThroughView", "Walk this sample") if is_open
                                 else translate("StepThroughView", "Open the walk"))
        self._place_samples(is_open)
        if not is_open:
            self.update_table.hide()
            self.loss_change.hide()
            return
        walkthrough = walk.walkthrough
        step = walkthrough.step
        lines = step_lines(step, walkthrough.position.term, walkthrough.result_hidden,
                           self._theme.highlight, backward_colour(self._theme.dark).name())
        self.where.setText(location(walk))
        self.formula.setText(lines.formula_html)
        self.numbers.setText(lines.numbers_html)
        self.numbers.setVisible(bool(lines.numbers))
        self.result.setText(lines.result_html)
        self.term_line.setText(lines.term)
        self.term_line.setVisible(bool(lines.term))
        self.note.setText(lines.note)
        self.note.setVisible(bool(lines.note))
        self._show_matrix(walk, step)
        self._show_update(walk, step)
        self._sync_controls(walk, step)

    def _place_samples(self, is_open: bool) -> None:
        """The sample chooser on top while closed (the open button in sight in a short dock),
        under everything once a walk is open (the step in sight first)."""
        column = self._column
        index = column.indexOf(self.samples)
        wanted = column.count() - 2 if is_open else 1  # open: just above the closing stretch
        if index != wanted:
            column.removeWidget(self.samples)
            column.insertWidget(wanted, self.samples)

    def _show_matrix(self, walk: WalkState, step) -> None:
        can = walk.numbers is not None and step.phase == "forward" and step.layer is not None
        self.show_matrix.setEnabled(can)
        shown = can and self.show_matrix.isChecked()
        self.matrix.setVisible(shown)
        if shown:
            active = None if step.neuron is None else step.neuron - 1
            self.matrix.setText(matrix_html(walk.numbers.layers[step.layer - 1], active,
                                            self._theme.highlight))

    def _show_update(self, walk: WalkState, step) -> None:
        update = walk.update
        in_update = step.phase == "update" and update is not None
        self.update_table.setVisible(in_update and step.layer is not None)
        if in_update and step.layer is not None:
            self.update_table.show_update(update, step)
        self.loss_change.setVisible(in_update)
        if in_update:
            self.loss_change.setText(translate("StepThroughView", "{loss} on this sample: {before} → {after}").format(
                loss=UNICODE.ell, before=UNICODE.number(update.cost_before),
                after=UNICODE.number(update.cost_after)))
        self.apply_button.setEnabled(update is not None)

    def _sync_controls(self, walk: WalkState, step) -> None:
        """The controls show the walk's state without sending anything back."""
        walkthrough = walk.walkthrough
        for widget, set_value in ((self.slider, lambda: (
                self.slider.setRange(1, len(walkthrough.steps)),
                self.slider.setValue(walkthrough.number))),
                (self.predict_first, lambda: self.predict_first.setChecked(
                    walkthrough.predict_first)),
                (self.sample, lambda: self.sample.setValue(walk.sample + 1))):
            widget.blockSignals(True)
            set_value()
            widget.blockSignals(False)
        sizes = walk.numbers.architecture.sizes if walk.numbers is not None else (1, 1)
        self.neuron.setRange(1, sizes[step.layer] if step.layer is not None else 1)
        self.neuron.setEnabled(step.layer is not None)
        self.neuron_button.setEnabled(step.layer is not None)
        self.export_actions["image"].setEnabled(True)
        for fmt in ("markdown", "latex", "beamer"):
            self.export_actions[fmt].setEnabled(walk.numbers is not None)


def _label(text: str, *, rich: bool = False, wrap: bool = False) -> QLabel:
    """A label; plain text unless ``rich`` (only the notation's generated maths is rich)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
