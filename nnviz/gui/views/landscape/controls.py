"""The loss-surface view's controls: the slice, its parameters, range, centre and "Follow
training" in one flowing row; what a lecturer changes less often (grid size, log colours,
3-D, recompute) in the ⋯ menu; a progress bar and Cancel while a surface computes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
    QWidget,
)

from nnviz.core.i18n import translate
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.kit.parameter_pair import ParameterPair
from nnviz.gui.views.landscape.settings import MODE_TIPS, MODE_TITLES, MODES, RESOLUTIONS, SliceSettings
from nnviz.gui.views.landscape.surface3d import opengl_status


class SliceControls(QObject):
    """The widgets (public: the view connects to them) and :meth:`sync`, which shows a
    :class:`SliceSettings` in them without emitting anything."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.mode_box = QComboBox()
        self.mode_box.addItems([translate("LandscapeView", title) for title in MODE_TITLES])
        for i, tip in enumerate(MODE_TIPS):
            self.mode_box.setItemData(i, translate("LandscapeView", tip), Qt.ItemDataRole.ToolTipRole)
        self.mode_box.setToolTip(translate("LandscapeView", "which plane through parameter space to show"))
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.parameters = ParameterPair(
            translate("LandscapeView", "the parameter on the {axis} axis (or click an edge in the graph)"), self)
        self.x_box, self.y_box = self.parameters.x_box, self.parameters.y_box
        for box in (self.x_box, self.y_box):
            box.setMinimumContentsLength(4)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.range_box = QDoubleSpinBox()
        self.range_box.setRange(1e-3, 1e4)
        self.range_box.setDecimals(3)
        self.range_box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.range_box.setPrefix("± ")
        self.range_box.setToolTip(translate("LandscapeView", "half the width of the plotted square around its centre"))
        self.centre_button = QToolButton()
        self.centre_button.setText(translate("LandscapeView", "Centre"))
        self.centre_button.setToolTip(translate("LandscapeView", "Centre on current: recompute the surface through the current parameters"))
        self.directions_button = QToolButton()
        self.directions_button.setText(translate("LandscapeView", "New directions"))
        self.directions_button.setToolTip(translate("LandscapeView", "draw two other random directions"))
        self.follow_box = QCheckBox(translate("LandscapeView", "Follow training"))
        self.follow_box.setToolTip(translate("LandscapeView", "recompute the surface through the current θ while training runs (off: it stays a slice through θ at the step it was computed, and the path can climb on it while C falls)"))
        self._build_menu(parent)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(translate("LandscapeView", "Cancel"))

        self.row = FlowLayout()
        self.x_label, self.y_label = QLabel("x"), QLabel("y")
        for w in (self.mode_box, self.x_label, self.x_box, self.y_label, self.y_box,
                  self.directions_button, self.range_box, self.centre_button, self.follow_box,
                  self.more_button,
                  self.progress, self.cancel_button):
            self.row.addWidget(w)

    def _build_menu(self, parent: QWidget) -> None:
        menu = QMenu(parent)
        menu.setToolTipsVisible(True)
        self.log_box = QAction(translate("LandscapeView", "Log colours"), parent, checkable=True)
        self.log_box.setToolTip(translate("LandscapeView", "colour by log₁₀ C: shows the detail near the minimum"))
        self.three_d_box = QAction(translate("LandscapeView", "3-D"), parent, checkable=True)
        available, note = opengl_status()
        self.three_d_box.setEnabled(available)
        self.three_d_box.setToolTip(translate("LandscapeView", "show the surface in 3-D") if available else note)
        self.grid_menu = menu.addMenu(translate("LandscapeView", "Grid size"))
        self.grid_box = QActionGroup(parent)
        for n in RESOLUTIONS:
            act = self.grid_menu.addAction(f"{n} × {n}")
            act.setCheckable(True)
            act.setData(n)
            self.grid_box.addAction(act)
        menu.addAction(self.log_box)
        menu.addAction(self.three_d_box)
        menu.addSeparator()
        self.recompute_action = menu.addAction(translate("LandscapeView", "Recompute"))
        self.more_button = QToolButton()
        self.more_button.setText("⋯")
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.more_button.setToolTip(translate("LandscapeView", "grid size, log colours, 3-D, recompute"))
        self.more_button.setMenu(menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sync(self, settings: SliceSettings, n_parameters: int) -> None:
        """Show ``settings`` (no signals); what does not apply to the mode is hidden or
        disabled."""
        mode = settings.mode
        boxes = (self.mode_box, self.range_box, self.log_box, self.follow_box,
                 *self.grid_box.actions())
        blockers = [QSignalBlocker(b) for b in boxes]
        self.mode_box.setCurrentIndex(MODES.index(mode))
        self.parameters.single = mode == "curve"
        self.parameters.show(settings.indices)
        self.mode_box.setEnabled(n_parameters != 1)
        for w in (self.x_label, self.x_box):
            w.setVisible(mode in ("parameters", "curve"))
        for w in (self.y_label, self.y_box):
            w.setVisible(mode == "parameters")
        self.directions_button.setVisible(mode == "random")
        self.range_box.setValue(settings.range)
        self.range_box.setEnabled(mode != "pca")  # PCA: the square fitted to the path
        for act in self.grid_box.actions():
            act.setChecked(act.data() == settings.resolution)
        self.grid_menu.setEnabled(mode != "curve")
        self.log_box.setChecked(settings.log)
        self.log_box.setEnabled(mode != "curve")
        self.follow_box.setChecked(settings.follow)
        del blockers

    def show_busy(self, busy: bool) -> None:
        """The progress bar (from 0) and Cancel, while a surface computes."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
