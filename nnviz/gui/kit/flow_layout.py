"""FlowLayout: controls left to right, wrapping onto more rows when a view is narrow; and
settle_layout, which carries out posted layout requests now (render and tests)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapped onto further rows when the width runs out.

    Items are vertically centred in their row; widgets whose horizontal size policy expands
    share the row's spare width. Hidden widgets take no space.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, row_spacing: int = 3):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(4, 2, 4, 2)

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int):  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # Qt override
        visible = [i for i in self._items if not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # Qt override
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ---------------------------------------------------------------------------
    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), area.width())
            width = max(width, min(item.minimumSize().width(), area.width()))
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, width))
            x += width + self._spacing
        y = area.top()
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item, _ in row)
            if apply:
                spare = area.width() - sum(w for _, w in row) - self._spacing * (len(row) - 1)
                growing = [i for i, (item, _) in enumerate(row) if _expands(item)]
                x = area.left()
                for i, (item, width) in enumerate(row):
                    if growing and i in growing:
                        width += spare // len(growing)
                    h = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(width, h)))
                    x += width + self._spacing
            y += height + self._row_spacing
        return y - self._row_spacing - rect.top() + m.bottom() if any(rows) else m.top() + m.bottom()


def _expands(item) -> bool:
    widget = item.widget()
    return widget is not None and widget.sizePolicy().horizontalPolicy() in (
        QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def settle_layout(rounds: int = 6) -> None:
    """Carry out the layout requests Qt has posted, now: a plot's shape settles over a few of
    them (its size, then its padding, then its neighbours). For `nnviz render` and tests,
    which draw without running the event loop."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
