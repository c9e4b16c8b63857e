"""Two lists of the network's parameters, θ_i for the horizontal axis and θ_j for the vertical
one, named as the lectures write them (w²₁₃, b¹₂), and the rule by which a parameter picked
elsewhere (an edge clicked in the graph) joins the pair."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox

from nnviz.core import notation
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture


def with_picked(pair: tuple[int, int], index: int) -> tuple[int, int] | None:
    """The pair after picking θ_index: it goes on the vertical axis and the vertical one
    moves to the horizontal axis, so two picks choose the plane; None if already in it.

    with_picked((0, 1), 5) = (1, 5); with_picked((0, 1), 0) = None.
    """
    return None if index in pair else (pair[1], index)


class ParameterPair(QObject):
    """The x and y lists. Choosing in one list the other's parameter swaps the two; with
    ``single`` on (a curve over one parameter) a choice in the x list means (i, i).

    ``chosen(i, j)`` is emitted for a choice made in the lists, never for :meth:`show`.
    """

    chosen = Signal(int, int)

    def __init__(self, tip: str, parent: QObject | None = None):
        super().__init__(parent)
        self.pair = (0, 1)
        self.single = False
        self.x_box, self.y_box = QComboBox(), QComboBox()
        axes = (translate("ParameterPair", "horizontal"), translate("ParameterPair", "vertical"))
        for axis, box in enumerate((self.x_box, self.y_box)):
            box.setToolTip(tip.format(axis=axes[axis]))
            box.currentIndexChanged.connect(lambda i, axis=axis: self._on_box(axis, i))

    def set_architecture(self, architecture: Architecture) -> None:
        """List the parameters of ``architecture`` (no signal)."""
        names = [notation.parameter_symbol(architecture.parameter_name(i))
                 for i in range(architecture.n_parameters)]
        for box in (self.x_box, self.y_box):
            with QSignalBlocker(box):
                box.clear()
                box.addItems(names)

    def show(self, pair: tuple[int, int]) -> None:
        """Select ``pair`` in the lists (no signal)."""
        self.pair = pair
        for box, index in zip((self.x_box, self.y_box), pair):
            if box.count() > index:
                with QSignalBlocker(box):
                    box.setCurrentIndex(index)

    def _on_box(self, axis: int, index: int) -> None:
        if index < 0:
            return
        if self.single:
            self.chosen.emit(index, index)
            return
        i, j = self.pair
        if axis == 0:
            self.chosen.emit(index, j if j != index else i)
        else:
            self.chosen.emit(i if i != index else j, index)
