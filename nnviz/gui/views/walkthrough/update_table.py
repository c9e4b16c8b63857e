"""The update phase's table: one line per parameter of a layer, θ_i ← old − η·∂ℓ/∂θ_i = new
(∂L/∂θ_i under the training cost "sum", L = Σ ℓ as a lecture writes it; for one sample L = ℓ).

Columns: parameter, old, ∂ℓ/∂θ, η·∂ℓ/∂θ, new (core/parameter_update.py's rows, numbers through
core/notation.py); ∂ℓ/∂θ in the backward-pass colour, as the graph and the step's lines show it. The model reads a row only when the view draws it, so layer 1 of a
784-30-10 network (23 550 parameters) costs nothing up front; the current step's parameter
is highlighted and scrolled to.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from nnviz.core.losses import SUM
from nnviz.core.notation import UNICODE, parameter_symbol
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.parameter_update import ParameterUpdate, UpdateRow
from nnviz.core.worked import Step

# the words are shown through translate("StepThroughView", ...); the notation stays
HEADERS = (QT_TRANSLATE_NOOP("StepThroughView", "parameter"), QT_TRANSLATE_NOOP("StepThroughView", "old"),
           "∂ℓ/∂θ", "η·∂ℓ/∂θ", QT_TRANSLATE_NOOP("StepThroughView", "new"))
SUM_HEADERS = (HEADERS[0], HEADERS[1], "∂L/∂θ", "η·∂L/∂θ", HEADERS[4])  # under the cost "sum"
GRADIENT_COLUMN = 2


def headers(update: ParameterUpdate | None) -> tuple[str, ...]:
    """The table's column heads: ∂L/∂θ when ``update`` is of the cost "sum", else ∂ℓ/∂θ."""
    heads = SUM_HEADERS if update is not None and update.cost == SUM else HEADERS
    return tuple(translate("StepThroughView", head) for head in heads)


def layer_span(update: ParameterUpdate, layer: int) -> range:
    """The indices in θ of layer ``layer``'s parameters: W^l row by row, then b^l."""
    arch = update.architecture
    n_out, n_in = arch.sizes[layer], arch.sizes[layer - 1]
    last = (arch.bias_index(layer, n_out - 1) if arch.bias[layer - 1]
            else arch.weight_index(layer, n_out - 1, n_in - 1))
    return range(arch.weight_index(layer, 0, 0), last + 1)


def parameter_index(update: ParameterUpdate, step: Step) -> int | None:
    """The index in θ of the parameter a gradient or update step is about (None: none)."""
    if step.layer is None or step.neuron is None or step.phase not in ("gradient", "update"):
        return None
    arch = update.architecture
    if step.edge is not None:
        return arch.weight_index(step.layer, step.edge[0] - 1, step.edge[1] - 1)
    return arch.bias_index(step.layer, step.neuron - 1) if arch.bias[step.layer - 1] else None


class UpdateModel(QAbstractTableModel):
    """The rows of one layer of a ParameterUpdate, read on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._update: ParameterUpdate | None = None
        self._span = range(0)
        self._current: int | None = None
        self.highlight = QColor("#0877bd")
        self.backward = QColor("purple")  # the backward-pass colour, for ∂ℓ/∂θ

    def show(self, update: ParameterUpdate | None, layer: int | None,
             current: int | None) -> None:
        """Layer ``layer`` of ``update`` (nothing when either is None), θ[current] highlighted."""
        span = range(0) if update is None or layer is None else layer_span(update, layer)
        if update is not self._update or span != self._span:
            self.beginResetModel()
            self._update, self._span = update, span
            self._current = current
            self.endResetModel()
        elif current != self._current:
            rows = [r for r in (self.row_of(self._current), self.row_of(current)) if r is not None]
            self._current = current
            for r in rows:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(HEADERS) - 1))

    def row_of(self, parameter: int | None) -> int | None:
        """The table row of θ[parameter], None when it is not in the table."""
        if parameter is None or parameter not in self._span:
            return None
        return parameter - self._span.start

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._span)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return headers(self._update)[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._update is None:
            return None
        parameter = self._span.start + index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(self._update.row(parameter), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parameter == self._current and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.highlight)
        if role == Qt.ItemDataRole.ForegroundRole:
            if parameter == self._current:
                return QBrush(QColor("#ffffff"))
            if index.column() == GRADIENT_COLUMN:
                return QBrush(self.backward)
        return None


def _cell(row: UpdateRow, column: int) -> str:
    if column == 0:
        return parameter_symbol(row.name)
    return UNICODE.number((row.old, row.gradient, row.step, row.new)[column - 1])


class UpdateTable(QTableView):
    """The table widget: read-only, whole rows, the current parameter kept in sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = UpdateModel(self)
        self.setModel(self.table)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_update(self, update: ParameterUpdate | None, step: Step) -> None:
        """The rows of ``step``'s layer, its parameter highlighted and scrolled to."""
        current = None if update is None else parameter_index(update, step)
        self.table.show(update, step.layer, current)
        row = self.table.row_of(current)
        if row is not None:
            self.scrollTo(self.table.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
