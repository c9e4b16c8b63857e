"""The confusion view: how the network classifies the test set, live while it trains.

On the test set (the training set when there is none; the heading says which): the
confusion matrix M (M_tc: samples of true class t the network said to be c; matrix.py),
the accuracy of every class M_tt / Σ_c M_tc beside it, tr M / n in the heading, and for
image data the gallery of misclassified samples, the most confident mistakes first
(confidence a^L_ŷ of the class said; core/confusion.py). A click on a thumbnail selects
that sample everywhere; a click on a cell off the diagonal shows only its mistakes (again,
or on the diagonal: all of them).

The test set's forward pass (2,000 × 784-30-10: several ms) runs on gui/jobs.py's runner
(latest wins), at most every MIN_INTERVAL_S seconds while snapshots stream in, and not at
all while the view cannot be seen; the newest snapshot is always the last one computed.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from nnviz.core.confusion import Confusion, confusion_of
from nnviz.core.data import Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.snapshot import Snapshot
from nnviz.gui.jobs import JobRunner
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX
from nnviz.gui.kit.plain_text import html_escaped
from nnviz.gui.kit.settle import settle_runner
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.confusion.gallery import Entry, MistakeGallery
from nnviz.gui.views.confusion.matrix import MatrixPlot
from nnviz.session.commands import Select
from nnviz.session.state import Selection

MIN_INTERVAL_S = 0.25  # at most four forward passes over the test set a second
WIDE = 1.0  # width : height above which the gallery stands beside the matrix, not under it
GALLERY_SHARE = 0.35  # beside the matrix, the gallery's whole columns take at most this share


class ConfusionView(View):
    """Confusion matrix, accuracy per class and the misclassified samples."""

    key = "confusion"
    title = QT_TRANSLATE_NOOP("Views", "Confusion matrix")
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.confusion: Confusion | None = None
        self.step: int | None = None  # the step of the network ``confusion`` is of
        self.cell: tuple[int, int] | None = None  # the gallery's filter (true, said)
        self._snapshot: Snapshot | None = None  # the newest snapshot not yet computed
        self._last_submit = -np.inf
        self._message = ""
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._submit_waiting)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._submit_waiting)
        self.runner = JobRunner(self)
        self.runner.result_ready.connect(lambda result: self.show_confusion(*result))
        self.runner.failed.connect(self._show_message)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.matrix = MatrixPlot()
        self.matrix.cell_clicked.connect(self.filter_cell)
        self.gallery = MistakeGallery()
        self.gallery.picked.connect(lambda sample: self.issue(Select(sample=sample)))
        self.gallery.hide()
        content = QWidget()
        self.parts = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.parts.setContentsMargins(0, 0, 0, 0)
        self.parts.addWidget(self.matrix, 2)
        self.parts.addWidget(self.gallery, 1)  # at most _arrange's width: the matrix the rest
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.message_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        self.apply_theme(current_theme())

    # -- the view contract --------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """New data: the classes name the matrix's rows and columns; images get a gallery."""
        self.runner.invalidate()
        self.dataset, self.confusion, self.step, self.cell = dataset, None, None, None
        self._snapshot = None
        if dataset.n_classes is None:
            self._show_message(translate("ConfusionView", "The confusion matrix shows classification data: "
                                         "{name} is a regression data set.").format(name=dataset.name))
            return
        self._show_message("")
        self.heading.setText(html_escaped(translate("ConfusionView", "no network yet")))
        digits = dataset.image_shape is not None and all(n.isdigit() for n in dataset.target_names)
        self.matrix.set_classes(dataset.target_names, translate("ConfusionView", "true digit") if digits
                                else translate("ConfusionView", "true class"))
        self.matrix.set_filter(None)
        self.gallery.setVisible(dataset.image_shape is not None)
        if dataset.image_shape is not None:
            x = np.concatenate([dataset.x_train, dataset.x_test])
            self.gallery.levels = (float(x.min()), float(x.max()))
        self.gallery.set_entries([], "", from_start=True)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Compute the confusion of ``snapshot``'s network now, or once MIN_INTERVAL_S has
        passed since the last one (the newest snapshot by then), or when the view is shown."""
        if self.dataset is None or self.dataset.n_classes is None:
            return
        self._snapshot = snapshot
        wait = self._last_submit + MIN_INTERVAL_S - time.monotonic()
        if wait <= 0 and not self.runner.busy:
            self._submit_waiting()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(1000 * wait)))

    def apply_theme(self, theme: Theme) -> None:
        font = QFont()
        font.setPointSizeF(theme.point_size * 1.1)
        self.heading.setFont(font)
        message_font = QFont()
        message_font.setPointSizeF(theme.point_size * 1.3)
        self.message_label.setFont(message_font)
        self.matrix.apply_theme(theme)
        self.gallery.apply_theme(theme)
        self._arrange()  # thumbnails of another size

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The gallery beside the matrix in a wide view, as many whole columns of thumbnails
        as fit GALLERY_SHARE of the width (at least one): the matrix gets the rest; under
        it in a tall one, with the height the matrix's square cells leave."""
        wide = self.width() > WIDE * self.height()
        self.parts.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                else QBoxLayout.Direction.TopToBottom)
        width = QWIDGETSIZE_MAX
        if wide:
            cell = self.gallery.cell_size()[0]
            columns = max(1, int(GALLERY_SHARE * self.width() // cell))
            width = max(int(columns * cell) + 2, self.gallery.minimum_width())
        self.gallery.setMaximumWidth(width)

    def follow_selection(self, selection: Selection) -> None:
        self.gallery.set_selected(selection.sample)

    def settle(self, msecs: int = 10_000) -> bool:
        self._timer.stop()
        if self._snapshot is not None:
            self._submit(self._snapshot)
        return settle_runner(self.runner, msecs)

    @property
    def message(self) -> str:
        return self._message

    # -- computing ----------------------------------------------------------------------------
    def _submit_waiting(self) -> None:
        """Compute the newest snapshot not yet computed (unless the view cannot be seen:
        then when it is shown)."""
        if self._snapshot is None or offstage(self):
            return
        if self.runner.busy:  # the running one first: come back for the newest
            self._timer.start(int(1000 * MIN_INTERVAL_S))
            return
        self._submit(self._snapshot)

    def _submit(self, snapshot: Snapshot) -> None:
        self._snapshot = None
        self._last_submit = time.monotonic()
        network, dataset = snapshot.network(), self.dataset
        rows = len(dataset.x_test) or len(dataset.x_train)
        self.runner.submit(lambda progress: (snapshot.step, confusion_of(network, dataset)),
                           work=rows * snapshot.architecture.n_parameters)

    def _show_message(self, text: str) -> None:
        self._message = text
        self.message_label.setText(text)
        self.stack.setCurrentIndex(1 if text else 0)
        if text:
            self.heading.setText("")

    def show_confusion(self, step: int, c: Confusion) -> None:
        """Draw ``c``, computed for the network of training step ``step``."""
        self.step, self.confusion = step, c
        self._show_message("")
        self.matrix.set_confusion(c.matrix, c.per_class)
        which = (translate("ConfusionView", "Test set") if c.on_test
                 else translate("ConfusionView", "Training set (no test set)"))
        heading = translate("ConfusionView", "{set}: {right:,} of {n:,} right, {accuracy} · step {step:,}")
        self.heading.setText(heading.format(set=f"<b>{html_escaped(which)}</b>", right=c.right, n=c.n,
                                            accuracy=f"<b>{100 * c.accuracy:.1f} %</b>", step=self.step))
        self._fill_gallery(from_start=False)

    # -- the gallery --------------------------------------------------------------------------
    def filter_cell(self, cell: tuple[int, int] | None) -> None:
        """Show only the mistakes of cell (true, said); None, the same cell again or a cell
        on the diagonal (no mistakes there): all of them."""
        if cell is not None and (cell == self.cell or cell[0] == cell[1]):
            cell = None
        self.cell = cell
        self.matrix.set_filter(cell)
        self._fill_gallery(from_start=True)

    def mistakes(self) -> np.ndarray:
        """The rows the gallery lists, most confident first (filtered to the chosen cell)."""
        c = self.confusion
        if c is None:
            return np.zeros(0, dtype=int)
        rows = c.mistakes
        if self.cell is not None:
            t, said = self.cell
            rows = rows[(c.label[rows] == t) & (c.said[rows] == said)]
        return rows

    def sample_of(self, row: int) -> int:
        """The session's sample number of a row of the set the matrix is of."""
        on_test = self.confusion is not None and self.confusion.on_test
        return len(self.dataset.x_train) + row if on_test else row

    def _fill_gallery(self, from_start: bool) -> None:
        ds, c = self.dataset, self.confusion
        if ds is None or ds.image_shape is None or c is None:
            return
        names = ds.target_names
        x = ds.x_test if c.on_test else ds.x_train
        said_label = translate("ConfusionView", "said {said} (label {label})")
        entries = [Entry(x[row].reshape(ds.image_shape),
                         said_label.format(said=names[c.said[row]], label=names[c.label[row]]),
                         self.sample_of(int(row)))
                   for row in self.mistakes()]
        if self.cell is None:
            title = translate("ConfusionView", "Most confident mistakes")
        else:
            t, said = self.cell
            title = translate("ConfusionView", "Label {label}, said {said}").format(label=names[t],
                                                                                    said=names[said])
        self.gallery.set_entries(entries, title, from_start)
