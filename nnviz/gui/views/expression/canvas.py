"""The computational graph drawn: a box per node (what it computes, its value, ∂f/∂node),
an arrow per operand, the step's node highlighted.

What a box shows depends on how far the walk has gone (:class:`Progress`): before its
forward step a node shows only what it computes ("q = x + y"); from its forward step on,
its value; from its backward step on, ∂f/∂node in the backward pass's colour. The current
step's node is filled with the highlight (the backward pass's colour in that phase), and
the arrows the step reads are drawn thick: the operands in the forward pass, the uses
(the nodes above, whose ∂f/∂ the chain rule multiplies) in the backward pass.

Painted with QPainter at the theme's scale; a graph wider than the widget is drawn smaller
to fit (never larger than the theme's size).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.core.expression import CONSTANT, INPUT, Backward
from nnviz.core.expression_steps import BACKWARD, FORWARD
from nnviz.gui.colors import backward_colour, blend
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.expression.layout import Place, layout

NODE_TEXT_SCALE = 1.25  # the boxes' text, relative to the theme's: read from the back row
MIN_FIT = 0.5  # a graph is drawn at least this fraction of its size (readable); smaller
# views scroll it (the view keeps the step's node in sight)
COLUMN_GAP = 1.8  # between columns, in the text's line heights (room for the arrows)
ROW_GAP = 0.7  # between boxes of one column, in line heights


@dataclass(frozen=True)
class NodeText:
    """The lines of a node's box: what it computes, its value, ∂f/∂node (the symbol and the
    number, on one line "∂f/∂q = −4" or, where the picture is too wide, on two)."""

    definition: str
    value: str
    gradient_symbol: str
    gradient_value: str

    def lines(self, split: bool) -> tuple[str, ...]:
        if not self.gradient_symbol:
            return (self.definition, self.value, "") + (("",) if split else ())
        if split:
            return self.definition, self.value, self.gradient_symbol, f"= {self.gradient_value}"
        return self.definition, self.value, f"{self.gradient_symbol} = {self.gradient_value}"


@dataclass
class Progress:
    """How far the walk has gone: the nodes whose value and whose gradient are known, the
    current step's (phase, node) (None: no step) and the arrows (from, to) it reads."""

    valued: set[int] = field(default_factory=set)
    graded: set[int] = field(default_factory=set)
    current: tuple[str, int] | None = None
    read: set[tuple[int, int]] = field(default_factory=set)


class GraphCanvas(QWidget):
    """Paints one backward pass (set_graph) at one point of its walk (set_progress)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chain: Backward | None = None
        self.texts: dict[int, NodeText] = {}
        self.places: tuple[Place, ...] = ()
        self.progress = Progress()
        self.boxes: dict[int, QRectF] = {}  # where each node was last drawn, widget pixels
        self._theme = current_theme()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self.minimum_picture())

    # -- input ----------------------------------------------------------------------------------
    def set_graph(self, chain: Backward | None, texts: dict[int, NodeText]) -> None:
        self.chain, self.texts = chain, texts
        self.places = layout(chain) if chain is not None else ()
        self.progress = Progress()
        self.setMinimumSize(self.minimum_picture())
        self.updateGeometry()
        self.update()

    def set_progress(self, progress: Progress) -> None:
        self.progress = progress
        self.update()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.setMinimumSize(self.minimum_picture())
        self.updateGeometry()
        self.update()

    # -- geometry -------------------------------------------------------------------------------
    def node_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self._theme.point_size * NODE_TEXT_SCALE)
        return font

    def _geometry(self, font: QFont, split: bool) -> tuple[list[float], float, float]:
        """(each column's box width, the boxes' height, the line height) for ``font``: a
        column as wide as its widest line (measured bold: values and gradients are bold)."""
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        line = metrics.height()
        pad = line * 0.5
        widths = [0.0] * (1 + max(p.column for p in self.places))
        for p in self.places:
            lines = self.texts.get(p.index, NodeText("", "", "", "")).lines(split)
            widest = max(metrics.horizontalAdvance(text) for text in lines)
            widths[p.column] = max(widths[p.column], widest + 2 * pad)
        n_lines = 4 if split else 3
        return widths, n_lines * line + pad, line

    def _size(self, font: QFont, split: bool) -> tuple[float, float]:
        widths, h, line = self._geometry(font, split)
        n_rows = 1 + max(p.row for p in self.places)
        return (sum(widths) + (len(widths) - 1) * COLUMN_GAP * line + 2 * line,
                n_rows * h + (n_rows - 1) * ROW_GAP * line + 2 * line)

    def natural_size(self, split: bool | None = None) -> QSize:
        """The picture at the theme's size (before any fitting)."""
        if not self.places:
            return QSize(200, 100)
        split = self.split() if split is None else split
        w, h = self._size(self.node_font(), split)
        return QSize(math.ceil(w), math.ceil(h))

    def sizeHint(self) -> QSize:  # Qt override
        return self.natural_size(False)

    def _fit(self, split: bool) -> float:
        natural = self.natural_size(split)
        return min(1.0, self.width() / max(natural.width(), 1),
                   self.height() / max(natural.height(), 1))

    def split(self) -> bool:
        """True when the gradients take two lines (the symbol, then "= value"): where that
        draws the picture larger (a wide graph in a tall view)."""
        return bool(self.places) and self._fit(True) > self._fit(False) * 1.05

    def fit(self) -> float:
        """How much smaller than its natural size the picture is drawn (1: not at all)."""
        return max(MIN_FIT, self._fit(self.split())) if self.places else 1.0

    def node_at(self, point: QPointF) -> int | None:
        """The node whose box holds ``point`` (widget pixels), None if none."""
        for index, box in self.boxes.items():
            if box.contains(point):
                return index
        return None

    # -- painting -------------------------------------------------------------------------------
    def arrange(self) -> tuple[QFont, float, bool]:
        """Place every box for the widget's size now (:attr:`boxes`); returns the boxes'
        font, how much smaller than natural it is drawn and whether gradients take two
        lines."""
        self.boxes = {}
        if not self.places:
            return self.node_font(), 1.0, False
        split = self.split()
        k = self.fit()
        n_rows = 1 + max(p.row for p in self.places)
        for _ in range(4):  # text does not shrink exactly in proportion: fit it again
            font = self.node_font()
            font.setPointSizeF(font.pointSizeF() * k)
            widths, h, line = self._geometry(font, split)
            total_w = sum(widths) + (len(widths) - 1) * COLUMN_GAP * line
            total_h = n_rows * h + (n_rows - 1) * ROW_GAP * line
            over = max((total_w + 2 * line) / max(self.width(), 1),
                       (total_h + 2 * line) / max(self.height(), 1))
            if over <= 1.0 or k <= MIN_FIT:
                break
            k = max(MIN_FIT, k / over * 0.98)
        left = max(line, (self.width() - total_w) / 2)
        top = max(line, (self.height() - total_h) / 2)
        lefts = [left + sum(widths[:c]) + c * COLUMN_GAP * line for c in range(len(widths))]
        for p in self.places:
            self.boxes[p.index] = QRectF(lefts[p.column], top + p.row * (h + ROW_GAP * line),
                                         widths[p.column], h)
        return font, k, split

    def minimum_picture(self) -> QSize:
        """The smallest the picture is drawn (MIN_FIT of its size, gradients on two lines,
        the narrower way): smaller than this the view scrolls it."""
        if not self.places:
            return QSize(120, 80)
        font = self.node_font()
        font.setPointSizeF(font.pointSizeF() * MIN_FIT)
        width, height = self._size(font, True)
        return QSize(math.ceil(width * 1.03), math.ceil(height * 1.03))

    def paintEvent(self, event) -> None:  # Qt override
        theme = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.plot_background))
        if self.chain is None or not self.places:
            self.boxes = {}
            painter.end()
            return
        font, k, split = self.arrange()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        self._paint_edges(painter, k)
        for p in self.places:
            self._paint_node(painter, p.index, self.boxes[p.index], metrics, k, split)
        painter.end()

    def _colours(self) -> tuple[QColor, QColor, QColor, QColor]:
        theme = self._theme
        return (QColor(theme.plot_foreground), QColor(theme.muted), QColor(theme.highlight),
                backward_colour(theme.dark))

    def _paint_edges(self, painter: QPainter, k: float) -> None:
        assert self.chain is not None
        _, muted, highlight, back = self._colours()
        phase = self.progress.current[0] if self.progress.current else None
        width = self._theme.width(1.5) * k
        for p in self.places:
            node = self.chain.nodes[p.index]
            for j in dict.fromkeys(node.inputs):
                if j not in self.boxes:
                    continue
                read = (j, p.index) in self.progress.read
                colour = (back if phase == BACKWARD else highlight) if read else muted
                pen_width = width * (2.5 if read else 1.0)
                head = self._theme.width(4.0) * k * (1.6 if read else 1.0)
                self._arrow(painter, self.boxes[j], self.boxes[p.index], colour, pen_width,
                            head, backward=read and phase == BACKWARD)

    def _arrow(self, painter: QPainter, source: QRectF, target: QRectF, colour: QColor,
               width: float, head: float, backward: bool = False) -> None:
        """An arrow from ``source`` to ``target``; ``backward``: its head at the source,
        pointing back (the way ∂f/∂ flows in the backward pass)."""
        start = QPointF(source.right(), source.center().y())
        end = QPointF(target.left(), target.center().y())
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        path = QPainterPath(start)
        dx = (end.x() - start.x()) / 2
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        tip, back = (start, -1.0) if backward else (end, 1.0)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon([tip, QPointF(tip.x() - back * head * 1.6, tip.y() - head * 0.8),
                             QPointF(tip.x() - back * head * 1.6, tip.y() + head * 0.8)])

    def _paint_node(self, painter: QPainter, index: int, box: QRectF, metrics: QFontMetricsF,
                    k: float, split: bool) -> None:
        assert self.chain is not None
        theme = self._theme
        text, muted, highlight, back = self._colours()
        background = QColor(theme.plot_background)
        node = self.chain.nodes[index]
        current = self.progress.current
        is_current = current is not None and current[1] == index
        accent = back if (is_current and current[0] == BACKWARD) else highlight
        leaf = node.op in (INPUT, CONSTANT)
        fill = blend(accent, background, 0.22) if is_current else (
            blend(muted, background, 0.08) if leaf else background)
        border = accent if is_current else muted
        pen = QPen(border, theme.width(3.0 if is_current else 1.0) * k)
        painter.setPen(pen)
        painter.setBrush(fill)
        radius = metrics.height() * 0.35
        painter.drawRoundedRect(box, radius, radius)
        words = self.texts.get(index, NodeText("", "", "", "")).lines(split)
        pad = metrics.height() * 0.5
        inner = box.adjusted(pad, pad / 2, -pad, -pad / 2)
        valued, graded = index in self.progress.valued, index in self.progress.graded
        lines = [(words[0], text, False), (words[1] if valued else "", text, True)]
        lines += [(w if graded else "", back, True) for w in words[2:]]
        bold = QFont(painter.font())
        bold.setBold(True)
        plain = QFont(painter.font())
        for row, (line, colour, strong) in enumerate(lines):
            if not line:
                continue
            painter.setPen(colour)
            painter.setFont(bold if strong else plain)
            rect = QRectF(inner.left(), inner.top() + row * metrics.height(), inner.width(),
                          metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, line)
        painter.setFont(plain)


def phase_progress(walk: tuple[tuple[str, int], ...], position: int,
                   chain: Backward) -> Progress:
    """What is known after step ``position`` (0-based; −1: before the first) of ``walk``
    (core.expression_steps.step_nodes): the values and gradients stepped so far, the
    current node and the arrows its step reads."""
    progress = Progress()
    for phase, index in walk[:position + 1]:
        (progress.valued if phase == FORWARD else progress.graded).add(index)
    if progress.graded:  # the backward pass starts after the whole forward pass
        progress.valued.update(chain.forward_order)
    # unnamed constants have no step: they show their number from the start
    progress.valued.update(i for i in chain.forward_order
                           if chain.nodes[i].op == CONSTANT and chain.nodes[i].name is None)
    if 0 <= position < len(walk):
        phase, index = walk[position]
        progress.current = (phase, index)
        if phase == FORWARD:
            progress.read = {(j, index) for j in chain.nodes[index].inputs}
        else:
            progress.read = {(index, above.index) for above, _ in chain.uses(index)}
    return progress
