"""ScaledStyle: Fusion with every control sized by the presentation scale s.

The application font carries the text; this style carries the rest, so that a check box,
a tree's arrow or a dock's close button at 200 % is as large, next to its 20-point label,
as it is next to a 10-point label at 100 %: the pixel sizes in SCALED_METRICS and the
standard icons of title bars are s times Fusion's; tree arrows are drawn s times larger.
Check boxes and radio buttons get a border in the palette's text colour (Fusion's own is
nearly invisible on the dark palette). Tab bars never elide a title: they scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QTabBar

M = QStyle.PixelMetric
SCALED_METRICS = frozenset({
    M.PM_IndicatorWidth, M.PM_IndicatorHeight,
    M.PM_ExclusiveIndicatorWidth, M.PM_ExclusiveIndicatorHeight,
    M.PM_ScrollBarExtent, M.PM_ScrollBarSliderMin,
    M.PM_SliderThickness, M.PM_SliderLength, M.PM_SliderControlThickness,
    M.PM_SmallIconSize, M.PM_ButtonIconSize, M.PM_ToolBarIconSize, M.PM_TabBarIconSize,
    M.PM_DockWidgetTitleBarButtonMargin, M.PM_DockWidgetTitleMargin,
    M.PM_DockWidgetSeparatorExtent, M.PM_SplitterWidth,
    M.PM_TabBarScrollButtonWidth, M.PM_MenuButtonIndicator,
    M.PM_ToolBarHandleExtent, M.PM_ToolBarExtensionExtent, M.PM_HeaderMarkSize,
})
SCALED_ICONS = frozenset({
    QStyle.StandardPixmap.SP_TitleBarCloseButton, QStyle.StandardPixmap.SP_TitleBarNormalButton,
    QStyle.StandardPixmap.SP_DockWidgetCloseButton, QStyle.StandardPixmap.SP_TitleBarMaxButton,
    QStyle.StandardPixmap.SP_TitleBarMinButton,
})
BRANCH_ARROW = 9  # a tree arrow's width in pixels at scale 1
INDICATORS = frozenset({QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                        QStyle.PrimitiveElement.PE_IndicatorRadioButton})


class ScaledStyle(QProxyStyle):
    """Fusion at presentation scale ``scale`` (1.0: Fusion as it is, with visible borders)."""

    def __init__(self, scale: float) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.scale = float(scale)

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # Qt override
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in SCALED_METRICS else value

    def standardIcon(self, icon, option=None, widget=None) -> QIcon:  # Qt override
        base = super().standardIcon(icon, option, widget)
        if icon not in SCALED_ICONS or self.scale == 1.0:
            return base
        small = super().pixelMetric(M.PM_SmallIconSize)
        size = round(small * self.scale)
        pixmap = base.pixmap(small).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
        return QIcon(pixmap)

    def drawPrimitive(self, element, option, painter: QPainter, widget=None) -> None:  # Qt override
        if element == QStyle.PrimitiveElement.PE_IndicatorBranch:
            self._draw_branch(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in INDICATORS:
            self._draw_border(element, option, painter)

    def polish(self, target):  # Qt override: every tab bar, QMainWindow's dock tabs too
        result = super().polish(target)
        if isinstance(target, QTabBar):
            target.setElideMode(Qt.TextElideMode.ElideNone)
            target.setUsesScrollButtons(True)
        return result

    def _draw_branch(self, option, painter: QPainter) -> None:
        """A tree item's arrow, ▾ open or ▸ closed (◂ right to left), BRANCH_ARROW·s
        pixels wide, in the muted text colour; nothing for an item without children."""
        if not option.state & QStyle.StateFlag.State_Children:
            return
        half = BRANCH_ARROW * self.scale / 2
        centre = QPointF(option.rect.center()) + QPointF(0.5, 0.5)
        if option.state & QStyle.StateFlag.State_Open:
            points = [QPointF(-half, -half / 2), QPointF(half, -half / 2), QPointF(0, half / 2)]
        else:
            flip = -1 if option.direction == Qt.LayoutDirection.RightToLeft else 1
            points = [QPointF(-flip * half / 2, -half), QPointF(-flip * half / 2, half),
                      QPointF(flip * half / 2, 0)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawPolygon(QPolygonF([centre + point for point in points]))
        painter.restore()

    def _draw_border(self, element, option, painter: QPainter) -> None:
        """A border in the text colour, one pixel per unit of scale, inside the indicator."""
        width = max(1.0, self.scale)
        colour = QColor(option.palette.color(QPalette.ColorRole.Text))
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlphaF(0.5)
        rect = option.rect.adjusted(0, 0, -1, -1)
        side = min(rect.width(), rect.height())
        square = QRect(0, 0, side, side)
        square.moveCenter(rect.center())
        inset = width / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = square.toRectF().adjusted(inset, inset, -inset, -inset)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 1.5 * self.scale, 1.5 * self.scale)
        painter.restore()
