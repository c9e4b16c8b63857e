"""The graph's options row: edge quantity and colour scale, neuron fill, value labels, fit.

It only shows options and reports choices (signals); the view owns the options and hands
them back with :meth:`GraphToolbar.show_options`, which does not echo them as choices.
Controls wrap onto further rows where the view is narrow (kit/flow_layout) rather than
being cut; the fixed range and the sample number show only when they apply; the status
line takes the room that is left and is cut with … (the whole text in its tooltip). In a
short view (under COMPACT_LINES text lines high: a small dock at 200 %) the options fold
away behind a "⋯" button and only the status line stays, leaving the graph the height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSizePolicy, QSpinBox, QToolButton, QWidget,
)

from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.views.graph.edges import SCALINGS
from nnviz.gui.views.graph.editor import MAX_ABS_VALUE

LABELS_TIP = QT_TRANSLATE_NOOP("GraphView", "write every weight and bias on the graph (or their gradients)")
STATUS_MIN_CHARS = 12  # the status line shares a row when this many characters fit beside it
COMPACT_LINES = 14     # a view fewer text lines high folds its options away


class StatusLine(ElidedLabel):
    """One line that takes the room left in its row (at least STATUS_MIN_CHARS wide)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(lines=1, parent=parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt override: ask for little, take what is spare
        width = QFontMetricsF(self.font()).averageCharWidth() * STATUS_MIN_CHARS
        return QSize(int(width), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        return self.sizeHint()


class GraphToolbar(QWidget):
    """The options of the graph view ``parent`` (whose height folds them). Signals: ``gradient_mode_chosen(on)``, ``scaling_chosen(mode, fixed range or None)``,
    ``sample_chosen(row or None)`` (the row 0-based; the box counts from 1, as people do),
    ``edge_labels_chosen(on)``, ``fit_clicked()``."""

    gradient_mode_chosen = Signal(bool)
    scaling_chosen = Signal(str, object)
    sample_chosen = Signal(object)
    edge_labels_chosen = Signal(bool)
    fit_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.quantity_box = QComboBox()
        self.quantity_box.addItems(["w", "∂C/∂w"])
        self.quantity_box.setToolTip(translate("GraphView", "colour the edges by the weights w or by the gradient ∂C/∂w of the last step"))
        self.scaling_box = QComboBox()
        self.scaling_box.addItems([translate("GraphView", "global"), translate("GraphView", "per layer"),
                                   translate("GraphView", "fixed")])
        self.scaling_box.setToolTip(translate("GraphView", "colour scale: max |w| of the network (global) or of each layer, rounded up; or a fixed range you set"))
        self.fixed_box = QDoubleSpinBox()
        self.fixed_box.setRange(1e-3, MAX_ABS_VALUE)
        self.fixed_box.setDecimals(3)
        self.fixed_box.setPrefix("±")
        self.fixed_box.setToolTip(translate("GraphView", "the fixed colour range"))
        self.which_box = QComboBox()
        self.which_box.addItems([translate("GraphView", "mean"), translate("GraphView", "sample")])
        self.which_box.setToolTip(translate("GraphView", "fill the neurons with the activation averaged over the data, or with one sample's"))
        self.sample_box = QSpinBox()
        self.sample_box.setToolTip(translate("GraphView", "the sample (counted from 1): the training samples, then the test samples"))
        self.labels_box = QCheckBox(translate("GraphView", "values"))
        self.labels_box.setToolTip(translate("GraphView", LABELS_TIP))
        fit = QToolButton()
        fit.setText(translate("GraphView", "fit"))
        fit.setToolTip(translate("GraphView", "zoom to show the whole network"))
        fit.clicked.connect(self.fit_clicked)
        self.more = QToolButton()
        self.more.setText("⋯")
        self.more.setCheckable(True)
        self.more.setToolTip(translate("GraphView", "show or hide the graph's options"))
        self.more.toggled.connect(self._show_what_applies)
        self.info = StatusLine()
        self._options = [QLabel(translate("GraphView", "edges")), self.quantity_box, self.scaling_box, self.fixed_box,
                         QLabel(translate("GraphView", " neurons")), self.which_box, self.sample_box, self.labels_box, fit]
        self._applies = {self.fixed_box: False, self.sample_box: False}  # else: always
        self._compact = False
        self.quantity_box.currentIndexChanged.connect(
            lambda i: self.gradient_mode_chosen.emit(i == 1))
        self.scaling_box.currentIndexChanged.connect(
            lambda i: self.scaling_chosen.emit(SCALINGS[i], None))
        self.fixed_box.valueChanged.connect(lambda v: self.scaling_chosen.emit("fixed", v))
        self.which_box.currentIndexChanged.connect(
            lambda i: self.sample_chosen.emit(self.sample_box.value() - 1 if i == 1 else None))
        self.sample_box.valueChanged.connect(lambda n: self.sample_chosen.emit(n - 1))
        self.labels_box.toggled.connect(self.edge_labels_chosen)
        row = FlowLayout(self, spacing=4)
        for w in (self.more, *self._options, self.info):
            row.addWidget(w)
        self._show_what_applies()
        if parent is not None:
            parent.installEventFilter(self)  # its height decides the folding

    def show_options(self, gradients: bool, scaling: str, fixed_range: float,
                     sample: int | None, n_rows: int, edge_labels: bool) -> None:
        """Show the view's options without echoing them back as choices."""
        boxes = (self.quantity_box, self.scaling_box, self.fixed_box, self.which_box,
                 self.sample_box, self.labels_box)
        for box in boxes:
            box.blockSignals(True)
        self.quantity_box.setCurrentIndex(1 if gradients else 0)
        self.scaling_box.setCurrentIndex(SCALINGS.index(scaling))
        self.fixed_box.setValue(fixed_range)
        self._applies[self.fixed_box] = scaling == "fixed"
        self.which_box.setCurrentIndex(0 if sample is None else 1)
        self.sample_box.setRange(1, max(1, n_rows))
        if sample is not None:
            self.sample_box.setValue(sample + 1)
        self._applies[self.sample_box] = sample is not None
        self.labels_box.setChecked(edge_labels)
        for box in boxes:
            box.blockSignals(False)
        self._show_what_applies()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fold_for_height()
        return False

    def changeEvent(self, event: QEvent) -> None:  # Qt override: a new font, new line height
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fold_for_height()

    def _fold_for_height(self) -> None:
        """Fold the options away behind ⋯ in a view (the parent) under COMPACT_LINES lines
        high."""
        view = self.parentWidget()
        compact = view is not None and \
            view.height() < COMPACT_LINES * QFontMetricsF(self.font()).height()
        if compact != self._compact:
            self._compact = compact
            self._show_what_applies()

    @property
    def folded(self) -> bool:
        """True while the options are folded away."""
        return self._compact and not self.more.isChecked()

    def _show_what_applies(self) -> None:
        self.more.setVisible(self._compact)
        for widget in self._options:
            widget.setVisible(not self.folded and self._applies.get(widget, True))

    def allow_labels(self, allowed: bool, limit: int) -> None:
        """Value labels only for networks with at most ``limit`` edges."""
        self.labels_box.setEnabled(allowed)
        self.labels_box.setToolTip(translate("GraphView", LABELS_TIP) if allowed
                                   else translate("GraphView", "for networks with at most {limit} edges").format(limit=limit))

    def set_info(self, text: str) -> None:
        if self.info.text() != text:
            self.info.setText(text)
