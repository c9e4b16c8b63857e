"""The digit view: the selected sample as an image, the network's outputs a^L as bars, a strip
of the neighbouring samples, and the controls to step through them (package docstring)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.snapshot import Snapshot
from nnviz.gui import colors
from nnviz.gui.kit.axes import quiet_plot_widget
from nnviz.gui.kit.digit_image import DigitImage, ink_map
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.kit.message_pages import MessagePages
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.digit import outputs
from nnviz.gui.views.digit.bars import OutputBars
from nnviz.gui.views.digit.strip import Strip
from nnviz.session.commands import Select
from nnviz.session.state import Selection

RIGHT, WRONG = colors.QUALITATIVE[2], colors.QUALITATIVE[6]  # Okabe-Ito green, vermillion
SETS = (QT_TRANSLATE_NOOP("DigitView", "training"), QT_TRANSLATE_NOOP("DigitView", "test"))
SHORT_FIGURES = 150  # pixels at scale 1: below this the bars' axes go (but 0-9)


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DigitView(View):
    """The sample image, a^L as bars (the answer in the highlight colour, the target y as
    outlines), the neighbours to click, ◀ ▶ / Left Right, a spin box and "next mistake"."""

    key = "digit"
    title = QT_TRANSLATE_NOOP("Views", "Digit")
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._selected: int | None = None
        self._walk = None
        self._sample = 0          # the sample shown
        self._drawn_image: tuple | None = None  # (dataset, sample) of the picture
        self._outputs: np.ndarray | None = None  # a^L of the sample shown
        self._said: int | None = None
        self._headings: tuple[str, ...] = ()  # the sample's heading, long to short
        self._message = translate("DigitView", "no data set yet")
        self._waiting = False
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._on_shown)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._build()
        self.apply_theme(self._theme)
        self._show_message(self._message)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        # one line: the verdict whole, the heading cut with … where the dock is narrow
        self.heading, self.verdict = ElidedLabel(lines=1), _plain_label()
        self.verdict.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.heading.installEventFilter(self)  # resized: the heading that fits
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.verdict)

        self.image_widget, self.image_plot = quiet_plot_widget()
        self.image = DigitImage()
        self.frame = pg.PlotCurveItem()  # the paper's edge
        self.image_plot.addItem(self.image)
        self.image_plot.addItem(self.frame)
        self.output_bars = OutputBars()
        self.strip = Strip()
        self.strip.picked.connect(self.select_sample)
        self.strip.span_changed.connect(self._refresh)
        for widget in (self.image_widget, self.output_bars.widget, self.strip.widget_plot):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Left / Right stay with the view
        for plot in (self.image_plot,):
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            plot.setAspectLocked(True)
        self.figures = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.figures.setSpacing(4)
        self.figures.addWidget(self.image_widget, 1)
        self.figures.addWidget(self.output_bars.widget, 1)

        self.previous_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.previous_button.setToolTip(translate("DigitView", "the previous sample (Left)"))
        self.next_button.setToolTip(translate("DigitView", "the next sample (Right)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.set_box = QComboBox()
        self.set_box.addItems([translate("DigitView", name) for name in SETS])
        self.set_box.setToolTip(translate("DigitView", "training or test samples"))
        self.set_box.activated.connect(self._on_set_chosen)
        self.number_box = QSpinBox()
        self.number_box.setToolTip(translate("DigitView", "the sample's number in its set"))
        self.number_box.setKeyboardTracking(False)  # typing 123 selects 123, not 1 and 12 first
        self.number_box.valueChanged.connect(self._on_number_chosen)
        self.mistake_button = QPushButton(translate("DigitView", "next mistake"))
        self.mistake_button.setToolTip(translate("DigitView", "the next sample of this set the network gets wrong"))
        self.mistake_button.clicked.connect(self.next_mistake)
        self.note = _plain_label()
        self.controls = controls = FlowLayout()
        for widget in (self.previous_button, self.set_box, self.number_box, self.next_button,
                       self.mistake_button, self.note):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus if widget is not self.number_box
                                  else Qt.FocusPolicy.StrongFocus)
            controls.addWidget(widget)

        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(top)
        box.addLayout(self.figures, 1)
        box.addWidget(self.strip)
        box.addLayout(controls)
        self.pages = MessagePages(content)
        self.message_label = self.pages.message_label
        self.pages.fill(self)

    # -- the view contract ----------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale: the texts, the ink, the bars' colours and axes."""
        self._theme = theme
        self._apply_fonts()
        self.image_widget.setBackground(theme.plot_background)
        self.image.set_colours(ink_map(theme))
        self.frame.setPen(pg.mkPen(theme.muted, width=theme.width(1.0)))
        self.output_bars.apply_theme(theme)
        self.strip.apply_theme(theme)
        self._fit_strip(self.width(), self.height())
        self._drawn_image = None
        self._refresh()

    def _apply_fonts(self) -> None:
        """The heading and the verdict 1.3 × the text size, bold; the message 1.3 ×."""
        size = self._theme.point_size * 1.3
        big = QFont()
        big.setPointSizeF(size)
        big.setBold(True)
        for label in (self.heading, self.verdict):
            label.setFont(big)
        self._fit_heading()
        message = QFont()
        message.setPointSizeF(size)
        self.message_label.setFont(message)
        self._fix_verdict_size()

    def _fix_verdict_size(self) -> None:
        """The verdict as large as the widest it can say: a new verdict every frame never lays
        out the window again (2 ms, 7 ms at the 90th percentile, with the whole window)."""
        dataset = self._dataset
        names = dataset.target_names if dataset is not None and dataset.kind == CLASSIFICATION else ("0",)
        metrics = QFontMetrics(self.verdict.font())
        widest = max(names, key=metrics.horizontalAdvance)
        self.verdict.setFixedSize(metrics.horizontalAdvance(translate("DigitView", "says {said} ✗ (label {label})").format(
            said=widest, label=widest)) + 4,
                                  metrics.height() + 2)

    def set_dataset(self, dataset: Dataset | None) -> None:
        """New data: the selection's sample (else sample 1) of it, or the message."""
        self._dataset = dataset
        self._fix_verdict_size()
        self._drawn_image = None
        self._outputs = None
        self.strip.set_dataset(dataset)
        self._refresh()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """The latest snapshot: a^L of the sample shown (off screen: when shown again)."""
        self._snapshot = snapshot
        if self._walk is None:
            self._refresh()

    def follow_selection(self, selection: Selection) -> None:
        self._selected = selection.sample
        if self._walk is None:
            self._refresh()

    def follow_walk(self, walk) -> None:
        """While a walk is open its sample and its frozen snapshot are shown, as the graph does."""
        self._walk = walk
        self._refresh()

    @property
    def message(self) -> str:
        return self._message

    # -- what it shows --------------------------------------------------------------------------
    @property
    def sample(self) -> int:
        """The sample shown (Dataset numbering: training rows, then test rows)."""
        return self._sample

    @property
    def outputs(self) -> np.ndarray | None:
        """a^L of the sample shown (None without a network that fits)."""
        return self._outputs

    @property
    def said_class(self) -> int | None:
        """The class the network says for the sample shown (the highlighted bar)."""
        return self._said

    def _shown_snapshot(self) -> Snapshot | None:
        return self._snapshot if self._walk is None else self._walk.snapshot

    def _wanted_sample(self) -> int:
        dataset = self._dataset
        i = self._walk.sample if self._walk is not None else self._selected
        return i if dataset is not None and i is not None and 0 <= i < dataset.n_samples else 0

    # -- stepping -------------------------------------------------------------------------------
    def select_sample(self, i: int) -> None:
        """Show sample ``i`` and ask the session to select it (the graph and the
        step-through follow)."""
        dataset = self._dataset
        if dataset is None or dataset.image_shape is None or not 0 <= i < dataset.n_samples:
            return
        self._selected = int(i)
        self.note.setText("")
        self._refresh()
        self.issue(Select(sample=int(i)))

    def step(self, by: int) -> None:
        """The sample ``by`` further on (◀ ▶, Left Right), kept within the data set."""
        if self._dataset is not None:
            i = min(max(self._sample + by, 0), self._dataset.n_samples - 1)
            if i != self._sample:
                self.select_sample(i)

    def next_mistake(self) -> None:
        """Select the next sample of this set the network gets wrong (a forward pass over the
        set in chunks, on the click only)."""
        snapshot, dataset = self._shown_snapshot(), self._dataset
        if snapshot is None or dataset is None or not self._network_fits(snapshot):
            return
        found = outputs.next_mistake(snapshot.network(), dataset, self._sample)
        if found is None:
            self.note.setText(translate("DigitView", "no mistake in the test set") if dataset.is_test_sample(self._sample)
                              else translate("DigitView", "no mistake in the training set"))
        else:
            self.select_sample(found)

    def _on_set_chosen(self, index: int) -> None:
        """The first sample of the chosen set (the set shown again if it has none)."""
        dataset = self._dataset
        if dataset is None or index == int(dataset.is_test_sample(self._sample)):
            return
        start = 0 if index == 0 else len(dataset.x_train)
        if start < dataset.n_samples and dataset.is_test_sample(start) == bool(index):
            self.select_sample(start)
        else:
            blocker = QSignalBlocker(self.set_box)
            self.set_box.setCurrentIndex(int(dataset.is_test_sample(self._sample)))
            del blocker
            self.note.setText(translate("DigitView", "no test samples") if index
                              else translate("DigitView", "no training samples"))

    def _on_number_chosen(self, number: int) -> None:
        if self._dataset is not None:
            low, _high = outputs.set_bounds(self._dataset, self._sample)
            self.select_sample(low + number - 1)

    def event(self, event: QEvent) -> bool:  # Qt override
        """Left and Right step while the focus is in the view (not a window shortcut). Docked
        (a new parent) the labels' fonts are set again: Qt's style sheet restores a polished
        label's earlier font when it moves."""
        if event.type() == QEvent.Type.ShortcutOverride and self._step_key(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.ParentChange:
            self._apply_fonts()
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if watched is self.heading and event.type() == QEvent.Type.Resize:
            self._fit_heading()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        by = self._step_key(event)
        if by:
            self.step(by)
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _step_key(event: QKeyEvent) -> int:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return 0
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: +1}.get(event.key(), 0)

    # -- drawing ----------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self._message = text
        self.pages.show_message(text)

    def _network_fits(self, snapshot: Snapshot) -> bool:
        return self._dataset is not None and snapshot.architecture.n_inputs == self._dataset.n_features

    def _on_shown(self) -> None:
        if self._waiting and not offstage(self):
            self._waiting = False
            self._refresh()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        size = event.size()
        # side by side where the width allows two squares, else one above the other
        side = min(size.width() / 2, size.height()) >= min(size.width(), size.height() / 2)
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        if self.figures.direction() != direction:
            self.figures.setDirection(direction)
        self._fit_strip(size.width(), size.height())

    def _fit_heading(self) -> None:
        """The longest heading that fits ("test sample 12 · label 7", "test 12 · label 7",
        "test 12"; the last cut with … if need be)."""
        if not self._headings:
            return
        metrics, room = QFontMetrics(self.heading.font()), self.heading.width()
        text = next((h for h in self._headings if metrics.horizontalAdvance(h) + 4 <= room),
                    self._headings[-1])
        if text != self.heading.text():
            self.heading.setText(text)

    def _fit_strip(self, width: int, height: int) -> None:
        """The strip only where it leaves the picture and the bars twice its height (a short
        dock at 200 %: stepping goes on with ◀ ▶); in a shorter dock the bars lose their
        axis names and the a axis (0 to 1 for σ and softmax)."""
        others = self.heading.sizeHint().height() + self.controls.heightForWidth(width)
        strip = self.strip.maximumHeight()
        self.strip.setVisible(height - others - strip >= 2 * strip)
        self.output_bars.set_short(height - others < SHORT_FIGURES * self._theme.scale)

    def _refresh(self) -> None:
        """Show what the dataset, the selection (or walk) and the snapshot say, now or when
        the view is next seen."""
        dataset = self._dataset
        if dataset is None:
            self._show_message(translate("DigitView", "no data set yet"))
            return
        if dataset.image_shape is None:
            self._show_message(translate("DigitView", outputs.NO_IMAGES))
            return
        self._waiting = offstage(self)
        if self._waiting:
            return
        self._message = ""
        self.pages.show_message("")
        self._sample = self._wanted_sample()
        self._draw_sample(dataset)
        self._draw_outputs(dataset)

    def _draw_sample(self, dataset: Dataset) -> None:
        """The picture, its heading and the controls (only when the sample changed)."""
        i = self._sample
        if self._drawn_image == (dataset, i):
            return
        self._drawn_image = (dataset, i)
        x, _y = dataset.sample(i)
        rows, columns = dataset.image_shape
        self.image.show_row(x, dataset.image_shape)
        self.frame.setData([0, columns, columns, 0, 0], [0, 0, rows, rows, 0])
        self.image_plot.setRange(xRange=(0, columns), yRange=(0, rows), padding=0.02)
        self._headings = outputs.headings(dataset, i)
        self._fit_heading()
        low, high = outputs.set_bounds(dataset, i)
        for widget, value, limit in ((self.set_box, int(dataset.is_test_sample(i)), None),
                                     (self.number_box, i - low + 1, high - low)):
            blocker = QSignalBlocker(widget)
            if limit is None:
                widget.setCurrentIndex(value)
            else:
                widget.setRange(1, max(limit, 1))
                widget.setValue(value)
            del blocker
        self.previous_button.setEnabled(i > 0)
        self.next_button.setEnabled(i < dataset.n_samples - 1)
        self.strip.show_around(i)

    def _draw_outputs(self, dataset: Dataset) -> None:
        """a^L of the strip's samples (one forward pass): the bars of the sample shown, the
        verdict, and the strip's wrong answers."""
        snapshot = self._shown_snapshot()
        if snapshot is None or not self._network_fits(snapshot):
            self._outputs = self._said = None
            self.output_bars.clear(dataset.target_names if dataset.kind == CLASSIFICATION else ())
            self.strip.show_wrong(None)
            self.mistake_button.setEnabled(False)
            self._set_verdict(translate("DigitView", "no network yet") if snapshot is None else
                              translate("DigitView", "the network has {inputs} inputs, not {pixels} pixels").format(
                                  inputs=snapshot.architecture.n_inputs, pixels=dataset.n_features), None)
            if snapshot is not None:
                self._message = self.verdict.text()
            return
        self.mistake_button.setEnabled(dataset.kind == CLASSIFICATION)
        start, stop = self.strip.span
        a = snapshot.network().predict(outputs.rows_of(dataset, start, stop))
        i = self._sample
        self._outputs = a[i - start]
        _x, label = dataset.sample(i)
        if dataset.kind == CLASSIFICATION:
            said = outputs.said(dataset, a)
            self._said = int(said[i - start])
            self.strip.show_wrong(said != outputs.labels_of(dataset, start, stop))
            self._set_verdict(*outputs.verdict(dataset, self._said, int(label)))
        else:
            self._said = None
            self.strip.show_wrong(None)
            self._set_verdict("", None)
        n = self._outputs.size
        self.output_bars.name_axes(snapshot.architecture, outputs.class_names(dataset, n))
        self.output_bars.show(self._outputs, outputs.targets(dataset, label, n), self._said,
                              snapshot.architecture.activations[-1])

    def _set_verdict(self, text: str, right: bool | None) -> None:
        if self.verdict.text() != text:
            self.verdict.setText(text)
        colour = QColor(self._theme.text) if right is None else QColor(*(RIGHT if right else WRONG))
        palette = self.verdict.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.verdict.setPalette(palette)
