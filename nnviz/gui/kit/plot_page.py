"""PlotPage: a titled plot drawn to scale above a row of controls, or a message in its place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot_widget, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.theme import Theme, current_theme

PLOT, MESSAGE = 0, 1  # the pages of the stack


class PlotPage(QWidget):
    """A rich-text title, a quiet plot kept to the ratio of what it shows, and the
    ``controls`` wrapped below it; or, in place of the plot, a message (with the widgets
    ``under_message`` below it).

    The plot is as tall as its shape needs at its width: spare height goes below the
    controls, so the title stays on top and both stay next to the plot. The left axis is as wide as
    the widest tick label of the last y range (:meth:`fit_left_axis`); fonts follow the theme.
    """

    def __init__(self, controls: tuple[QWidget, ...] = (), under_message: tuple[QWidget, ...] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._theme = current_theme()
        self._left_sample = "-0.00"

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.plot_widget, self.plot = quiet_plot_widget()
        self.aspect = AspectFit(self.plot)
        self.aspect.height_wanted.connect(self._cap_plot_height)

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote user text
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        message_page = QWidget()
        box = QVBoxLayout(message_page)
        if not under_message:  # a message alone is as wide as the plot it replaces
            box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        box.addWidget(self.message_label)
        for widget in under_message:
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(message_page)

        self.controls = FlowLayout()
        for widget in controls:
            self.controls.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 100)
        layout.addLayout(self.controls)
        layout.addStretch(1)  # spare height below: the title on top, the controls by the plot

    # -- the look ---------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: the plot's axes, the title (1.1 × the text size,
        bold) and the message (1.3 ×)."""
        self._theme = theme
        self.plot_widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, self._left_sample)
        title_font = QFont()
        title_font.setPointSizeF(theme.point_size * 1.1)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        message_font = QFont()
        message_font.setPointSizeF(theme.point_size * 1.3)
        self.message_label.setFont(message_font)

    # -- the plot or the message ------------------------------------------------------------
    @property
    def showing_plot(self) -> bool:
        return self.stack.currentIndex() == PLOT

    @property
    def message(self) -> str:
        """The message shown in place of the plot ("" while the plot shows)."""
        return self.message_label.text() if self.stack.currentIndex() == MESSAGE else ""

    def show_plot(self) -> None:
        self.stack.setCurrentIndex(PLOT)
        self.title_label.show()

    def show_message(self, text: str) -> None:
        """``text`` (plain) in place of the plot and its title."""
        self.message_label.setText(text)
        self.stack.setCurrentIndex(MESSAGE)
        self.stack.setMaximumHeight(QWIDGETSIZE_MAX)
        self.title_label.hide()

    @property
    def heading(self) -> str:
        """The title above the plot (rich text)."""
        return self.title_label.text()

    def set_heading(self, html: str) -> None:
        if html != self.title_label.text():
            self.title_label.setText(html)

    # -- axes and range ---------------------------------------------------------------------
    def fit_left_axis(self, y0: float, y1: float) -> None:
        """Make the left axis as wide as the widest tick label of [y0, y1] (restyled only when
        that width changes)."""
        sample = widest_tick(y0, y1)
        if sample != self._left_sample:
            self._left_sample = sample
            style_plot(self.plot, self._theme, sample)

    def name_axes(self, bottom: str, left: str) -> None:
        """The names (HTML) of the bottom and left axes."""
        set_axis_label(self.plot, "bottom", bottom, self._theme, self._left_sample)
        set_axis_label(self.plot, "left", left, self._theme, self._left_sample)

    def show_range(self, x_range: tuple[float, float], y_range: tuple[float, float],
                   ratio: float | None) -> None:
        """Show exactly this range; the view box keeps the width:height ``ratio`` (None: any)."""
        self.fit_left_axis(*y_range)
        self.aspect.set_ratio(ratio)
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)

    def _cap_plot_height(self, height: int | None) -> None:
        """The plot is as tall as its shape needs at its width (the message page: any), never
        below the stack's minimum height."""
        limit = height if height is not None and self.showing_plot else QWIDGETSIZE_MAX
        if self.stack.maximumHeight() != limit:
            self.stack.setMaximumHeight(max(limit, self.stack.minimumHeight()))
