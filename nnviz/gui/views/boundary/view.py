"""BoundaryView: the network's output (or one hidden neuron) over its input space, the data on top.

Two inputs (x1, x2): the output a^L over the input plane as a heatmap (one ImageItem, updated
in place), the training and test points on top and the decision level as a contour line
(what is drawn for which output: :mod:`.pictures`). One input: the data points and the
network's curve a^L(x). More inputs: a message saying what cannot be drawn, with the offer
of a slice through two chosen inputs, the others held at their mean.

Per-neuron maps: every hidden a^l_j over the same plane comes out of the same forward pass
(nnviz.core.input_space). The neuron under the pointer (the session's ``hovered``) is shown
large with its z^l_j = 0 line (:meth:`BoundaryView.show_neuron_map`); small maps of every
hidden neuron are published to the session (``set_neuron_maps``) for the graph's thumbnails.

The look: the plot shows exactly the plane the map covers, to scale (a square plane is a
square, centred, with the axes next to it), named by the data's feature names; a colour key
below it says what the colours mean. Fonts, markers and lines follow the presentation scale
(:meth:`BoundaryView.apply_theme`). Clicking a training point selects it, a double click
opens the step-through on it; the selected sample is ringed, the step-through's sample wears
a wider ring (marks.py). While the view is hidden behind another tab only the graph's
thumbnails are computed; the large map waits until the view is shown.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.input_space import (
    DEFAULT_RESOLUTION,
    THUMBNAIL_RESOLUTION,
    InputPlane,
    class_zero_level,
    dataset_inputs,
    input_line,
)
from nnviz.core.network import Architecture, ForwardTrace, Network
from nnviz.core.snapshot import Snapshot
from nnviz.gui.jobs import DEFAULT_BACKGROUND_WORK, JobRunner
from nnviz.gui.kit.colour_key import ColourKey
from nnviz.gui.kit.data_points import DataPoints, target_range
from nnviz.gui.kit.plain_text import html_escaped
from nnviz.gui.kit.plot_page import PlotPage
from nnviz.gui.kit.settle import settle_runner
from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.boundary import pictures
from nnviz.gui.views.boundary.captions import MapKey, heading, markers_legend
from nnviz.gui.views.boundary.curves import OutputCurves
from nnviz.gui.views.boundary.marks import SampleMarks
from nnviz.gui.views.boundary.tasks import PlaneResult, line_task, plane_task
from nnviz.session.state import Selection

Array = np.ndarray

CONTOUR_COLOUR = (25, 25, 25)
MAX_ASPECT = 3.0  # planes up to 3:1 are drawn to scale; longer ones fill the plot


class BoundaryView(View):
    """The network's output (or one hidden neuron) over its input space, with the data on top."""

    key = "boundary"
    title = QT_TRANSLATE_NOOP("Views", "Decision boundary")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        resolution: int = DEFAULT_RESOLUTION,
        background_work: float = DEFAULT_BACKGROUND_WORK,
    ):
        super().__init__(parent)
        self.resolution = resolution
        self.runner = JobRunner(self, background_work=background_work)
        self.runner.result_ready.connect(self._on_result)
        self.runner.failed.connect(self._on_failed)

        self._theme = current_theme()
        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._architecture: Architecture | None = None
        self._neuron: tuple[int, int] | None = None
        self._hovered: tuple[int, int] | None = None  # the session's, as last followed
        self._plane: InputPlane | None = None
        self._thumbnail_plane: InputPlane | None = None
        self._line: Array | None = None
        self._slice = False
        self._result: PlaneResult | ForwardTrace | None = None
        self._requested: Array | None = None
        self._requested_full = False  # the last request included the large map
        self._levels = (0.0, 0.5)  # (target of class 0, decision level), one output neuron

        self._build_widgets()
        self._build_items()
        self.apply_theme(self._theme)
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._request)  # the large map waited while hidden
        self._configure()

    # -- construction -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.slice_button = QPushButton(translate("BoundaryView", "Show a slice: two inputs, the others at their mean"))
        self.slice_button.clicked.connect(lambda: self.set_slice(True))
        self.colour_key = ColourKey()
        self.map_key = MapKey(self.colour_key)
        self.marker_label = QLabel()
        self.marker_label.setTextFormat(Qt.TextFormat.RichText)
        self.discretize_box = QCheckBox(translate("BoundaryView", "Discretize"))
        self.discretize_box.setToolTip(translate("BoundaryView", "Show only the predicted class: output above or "
                                                 "below the decision level"))
        self.discretize_box.toggled.connect(self._render)
        self.test_box = QCheckBox(translate("BoundaryView", "Test data"))
        self.test_box.setToolTip(translate("BoundaryView", "Show the test points (squares with a dark rim)"))
        self.test_box.setChecked(True)
        self.test_box.toggled.connect(self._show_test_points)
        self.x_feature_box = QComboBox()
        self.y_feature_box = QComboBox()
        for box, tip in ((self.x_feature_box, translate("BoundaryView", "the input on the horizontal axis")),
                         (self.y_feature_box, translate("BoundaryView", "the input on the vertical axis"))):
            box.setToolTip(tip)
            box.activated.connect(self._configure)
        self.slice_label = QLabel(translate("BoundaryView", "Slice:"))
        self.end_slice_button = QPushButton(translate("BoundaryView", "All inputs"))
        self.end_slice_button.setToolTip(translate("BoundaryView", "Back to the message about what this view "
                                                   "can draw"))
        self.end_slice_button.clicked.connect(lambda: self.set_slice(False))

        self.page = PlotPage(
            controls=(self.colour_key, self.marker_label, self.discretize_box, self.test_box,
                      self.slice_label, self.x_feature_box, self.y_feature_box, self.end_slice_button),
            under_message=(self.slice_button,),
        )
        self.plot = self.page.plot
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

    def _build_items(self) -> None:
        self.image = ScreenImageItem(axisOrder="col-major")
        self.image.setZValue(-10)
        self.contour = pg.PlotCurveItem(connect="pairs")
        self.contour.setZValue(5)
        self.level_line = pg.InfiniteLine(angle=0)
        self.curves = OutputCurves(self.plot, z=5)
        for item in (self.image, self.contour, self.level_line):
            self.plot.addItem(item)
        self.points = DataPoints(self.plot, z=10)
        self.marks = SampleMarks(self.plot, self.points, 12, self.issue)
        self.plot.scene().sigMouseClicked.connect(self.marks.clicked)

    # -- the look -------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        self.page.apply_theme(theme)
        self.points.apply_theme(theme)
        self.marks.apply_theme(theme)
        self.contour.setPen(pg.mkPen(CONTOUR_COLOUR, width=theme.width(3.0)))
        self.level_line.setPen(pg.mkPen(theme.plot_foreground, width=theme.width(1.5),
                                        style=Qt.PenStyle.DashLine))
        self.curves.style(theme)
        if self._dataset is not None:
            self._set_markers_legend()

    # -- the view contract --------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """New data: new plane, new points; the next snapshot fills the map."""
        self._dataset = dataset
        self._slice = False
        names = list(dataset.feature_names)
        for box, index in ((self.x_feature_box, 0), (self.y_feature_box, 1)):
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(min(index, len(names) - 1))
        self._configure()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the network of ``snapshot`` (skipped when its θ is unchanged); ring the
        training points of its last mini-batch."""
        self._snapshot = snapshot
        self.marks.follow_batch(snapshot.batch)
        if snapshot.architecture != self._architecture:
            self._architecture = snapshot.architecture
            self._configure()
        else:
            self._request()

    def follow_selection(self, selection: Selection) -> None:
        """The selected sample is ringed; the neuron under the pointer is shown large (none:
        the output again)."""
        self.marks.follow(selection.sample, self.marks.walked_sample)
        if selection.hovered == self._hovered:
            return
        self._hovered = selection.hovered
        if selection.hovered is None:
            self.show_output()
        else:
            self.show_neuron_map(*selection.hovered)

    def follow_walk(self, walk) -> None:
        """The step-through's sample wears a wider ring (None: the walk closed)."""
        self.marks.follow(self.marks.selected_sample, None if walk is None else walk.sample)

    @property
    def message(self) -> str:
        """The text of the message page ('' while the plot shows)."""
        return self.page.message

    # -- per-neuron maps ----------------------------------------------------------------
    def show_neuron_map(self, layer: int, j: int) -> None:
        """Show a^layer_j (layer 1-based, j 0-based) over the input space instead of the output."""
        if self._architecture is None or not self._neuron_exists(self._architecture, layer, j):
            self.show_output()
            return
        self._neuron = (layer, j)
        self._render()

    def show_output(self) -> None:
        """Back to the network's output."""
        self._neuron = None
        self._render()

    # -- options ------------------------------------------------------------------------
    def set_discretize(self, on: bool) -> None:
        self.discretize_box.setChecked(on)

    def set_slice(self, on: bool) -> None:
        """For three or more inputs: draw the slice through the two chosen inputs (or not)."""
        self._slice = on
        self._configure()

    @property
    def plane(self) -> InputPlane | None:
        """The input plane the heatmap samples (None unless a 2-D map is drawn)."""
        return self._plane

    @property
    def line_inputs(self) -> Array | None:
        """The inputs the one-input curve samples, shape (n, 1) (None otherwise)."""
        return self._line

    # -- layout for the data and the architecture -----------------------------------------
    def _configure(self) -> None:
        """Rebuild everything that depends on the data, the architecture and the slice."""
        self.runner.invalidate()
        self._result = None
        self._requested = None
        self._requested_full = False
        self._plane = self._line = self._thumbnail_plane = None
        if self._neuron is not None and (
            self._architecture is None or not self._neuron_exists(self._architecture, *self._neuron)
        ):
            self._neuron = None
        data = self._dataset
        n_features = data.n_features if data is not None else 0
        many = n_features >= 3
        for w in (self.slice_label, self.x_feature_box, self.y_feature_box, self.end_slice_button):
            w.setVisible(many and self._slice)
        if data is None:
            self._show_message(translate("BoundaryView", "No data yet."), offer_slice=False)
            return
        if many and not self._slice:
            self._show_message(
                translate("BoundaryView", "“{name}” has {n} inputs. This view draws the network over one "
                          "or two inputs only (a curve, or a map of the plane).").format(
                    name=data.name, n=n_features),
                offer_slice=True,
            )
            return
        self.page.show_plot()
        self.marks.enabled = True
        self.colour_key.show()
        if self._architecture is not None:
            self._levels = class_zero_level(Network(self._architecture), data)
        else:
            self._levels = (data.low_label, (data.low_label + 1.0) / 2.0)
        inputs = dataset_inputs(data)
        if n_features == 1:
            self._line = input_line(inputs)
        else:
            features = (0, 1)
            if many:
                features = (self.x_feature_box.currentIndex(), self.y_feature_box.currentIndex())
                if features[0] == features[1]:
                    features = (features[0], (features[0] + 1) % n_features)
            self._plane = InputPlane.around(inputs, self.resolution, features=features)
            if n_features == 2:
                self._thumbnail_plane = InputPlane.around(inputs, THUMBNAIL_RESOLUTION)
        self._set_up_plot()
        self._set_points()
        self._render()
        self._request()

    @staticmethod
    def _neuron_exists(arch: Architecture, layer: int, j: int) -> bool:
        return 1 <= layer < arch.n_layers and 0 <= j < arch.sizes[layer]

    def _show_message(self, text: str, offer_slice: bool) -> None:
        self.slice_button.setVisible(offer_slice)
        self.page.show_message(text)
        self.marks.enabled = False
        self.marks.show()
        self.colour_key.hide()
        self.marker_label.hide()
        self.test_box.hide()
        self.discretize_box.setEnabled(False)
        self.discretize_box.hide()  # nothing to discretize under a message

    def _network_fits(self) -> bool:
        return (
            self._dataset is not None
            and self._architecture is not None
            and self._architecture.n_inputs == self._dataset.n_features
        )

    def _set_up_plot(self) -> None:
        """Axis names, the exact range of the plane (or the line) and the plot's shape."""
        data = self._dataset
        classification = data.kind == CLASSIFICATION
        n_out = self._architecture.n_outputs if self._network_fits() else 1
        self.discretize_box.setEnabled(classification)
        self.discretize_box.setVisible(classification)
        self.curves.make(0, classification)
        self.image.setVisible(False)
        self.contour.setData([], [])
        if self._plane is not None:
            p, q = self._plane.features
            x_range, y_range = self._plane.x_range, self._plane.y_range
            self._name_axes(data.feature_names[p], data.feature_names[q], y_range)
            ratio = (x_range[1] - x_range[0]) / (y_range[1] - y_range[0])
            self.page.show_range(x_range, y_range, ratio if 1 / MAX_ASPECT <= ratio <= MAX_ASPECT else None)
            self.image.setTransform(_pixel_transform(self._plane))
            self.level_line.setVisible(False)
            return
        self.curves.make(n_out, classification)
        x_range = (self._line[0, 0], self._line[-1, 0])
        if classification:
            low, level = self._levels
            self.level_line.setPos(level)
            self.level_line.setVisible(n_out == 1)
            pad = 0.15 * (1.0 - low)
            y_range = (low - pad, 1.0 + pad)
        else:
            self.level_line.setVisible(False)
            lo, hi = target_range(data)  # one target value: a range of 2 around it
            pad = 0.15 * (hi - lo)
            y_range = (lo - pad, hi + pad)
        self._name_axes(data.feature_names[0], translate("BoundaryView", "output") if classification
                        else data.target_names[0], y_range)
        self.page.show_range(x_range, y_range, None)

    def _name_axes(self, bottom: str, left: str, y_range: tuple[float, float]) -> None:
        """Name the axes after the data's columns: user text, shown as written."""
        self.page.fit_left_axis(*y_range)
        self.page.name_axes(html_escaped(bottom), html_escaped(left))

    def _set_points(self) -> None:
        """The data points over the plane's two inputs, or over the input at their heights."""
        data = self._dataset
        self.points.set_dataset(data)
        if self._plane is not None:
            p, q = self._plane.features
            self.points.place(data.x_train[:, [p, q]], data.x_test[:, [p, q]])
        else:
            low = self._levels[0]
            self.points.place(*(np.column_stack([x[:, 0], pictures.point_heights(data, y, low)])
                                for x, y in ((data.x_train, data.y_train), (data.x_test, data.y_test))))
        self.test_box.setVisible(len(data.x_test) > 0)
        self._show_test_points(self.test_box.isChecked())
        self.marks.show()
        self._set_markers_legend()

    def _set_markers_legend(self) -> None:
        """"● training ■ test" when there is test data (the shapes are the only difference)."""
        data = self._dataset
        if not len(data.x_test) or not self.page.showing_plot:
            self.marker_label.hide()
            return
        self.marker_label.setText(markers_legend(self._theme.point_size))
        self.marker_label.show()

    def _set_key(self, values: Array | None = None) -> None:
        """What the colours mean, for what is drawn now (``values``: an unbounded neuron's map)."""
        arch = self._architecture
        ink = tuple(pg.mkColor(self._theme.plot_foreground).getRgb()[:3])
        if self._neuron is not None and arch is not None and self._plane is not None:
            layer, j = self._neuron
            self.map_key.show_neuron(layer, j, arch.activations[layer - 1], values, ink)
            return
        two_class_map = self._plane is not None and (arch is None or arch.n_outputs == 1)
        self.map_key.show_output(self._dataset, two_class_map, *self._levels, ink)

    def _show_test_points(self, on: bool) -> None:
        self.points.test.setVisible(on and self._dataset is not None and len(self._dataset.x_test) > 0)

    # -- computing ----------------------------------------------------------------------
    def settle(self, msecs: int = 10_000) -> bool:
        """Block until the latest snapshot is computed (a large grid: off the GUI thread),
        drawn and laid out; False if ``msecs`` ran out."""
        return settle_runner(self.runner, msecs)

    def _request(self) -> None:
        """Submit one forward pass over the grid for the latest snapshot, unless θ is unchanged.

        While the view is hidden only the thumbnails for the graph are computed."""
        snap = self._snapshot
        if snap is None or not self._network_fits() or (self._plane is None and self._line is None):
            return
        full = not offstage(self)
        same = self._requested is not None and np.array_equal(self._requested, snap.params)
        if same and (self._requested_full or not full):
            return
        thumbs = self._thumbnail_plane
        if not full and thumbs is None:
            return  # hidden, and the graph needs nothing: wait for the showEvent
        arch, params = snap.architecture, snap.params
        self._requested, self._requested_full = params, full
        if self._plane is not None:
            plane = self._plane if full else None
            for_graph = not same or self._dataset.n_features != 2
            thumbs = thumbs if for_graph else None
            n_points = ((plane.shape[0] * plane.shape[1] if plane is not None else 0)
                        + (THUMBNAIL_RESOLUTION ** 2 if thumbs is not None else 0))
            self.runner.submit(plane_task(arch, params, plane, thumbs, for_graph), n_points * arch.n_weights)
        else:
            self.runner.submit(line_task(arch, params, self._line), len(self._line) * arch.n_weights)

    def _on_result(self, result: PlaneResult | ForwardTrace) -> None:
        if isinstance(result, PlaneResult):
            if result.maps is not None:
                self._result = result
                self._render()
            if result.for_graph and self.session is not None:
                self.session.set_neuron_maps(result.thumbnails)
            return
        self._result = result
        self._render()

    def _on_failed(self, text: str) -> None:
        self.page.set_heading(translate("BoundaryView", "Could not compute the map: {error}").format(error=text))

    # -- drawing ------------------------------------------------------------------------
    def _render(self) -> None:
        if self._dataset is None or not self.page.showing_plot:
            return
        result = self._result
        if isinstance(result, PlaneResult) and self._plane is not None:
            self._render_plane(result)
        else:
            if isinstance(result, ForwardTrace) and self._line is not None:
                self._render_line(result)
            else:
                self.image.setVisible(False)
                self.contour.setData([], [])
                self.curves.clear()
            self._set_key()
        self.page.set_heading(heading(self._dataset, self._architecture, self._network_fits(),
                                      self._plane is not None, self._neuron, self._levels[1]))

    def _render_plane(self, result: PlaneResult) -> None:
        maps = result.maps
        discretize = self.discretize_box.isChecked()
        values = None
        if self._neuron is not None:
            layer, j = self._neuron
            picture = pictures.neuron_picture(maps, layer, j, self._architecture.activations[layer - 1])
            values = picture.image
        elif self._dataset.kind != CLASSIFICATION:
            picture = pictures.regression_picture(maps, target_range(self._dataset))
        elif maps.output.shape[2] == 1:
            picture = pictures.two_class_picture(maps, *self._levels, discretize,
                                                 self._architecture.activations[-1])
        else:
            picture = pictures.classes_picture(maps, discretize)
        self.image.setImage(picture.image, autoLevels=False, levels=picture.levels, lut=picture.lut)
        self.image.setVisible(True)
        xy = maps.plane.index_to_input(picture.segments)
        self.contour.setData(xy[..., 0].ravel(), xy[..., 1].ravel(), connect="pairs")
        self._set_key(values)

    def _render_line(self, trace: ForwardTrace) -> None:
        classification = self._dataset.kind == CLASSIFICATION
        ys = pictures.line_curves(trace, self._neuron, classification, *self._levels,
                                  self.discretize_box.isChecked())
        x = trace.x[:, 0]
        self.curves.show(x, ys)
        self.level_line.setVisible(self._neuron is None and classification and len(self.curves.items) == 1)


def _pixel_transform(plane: InputPlane) -> QTransform:
    """Image pixel (i, j), the unit square at (i, j), onto grid cell (i, j) of ``plane``."""
    x0, y0, width, height = plane.rect
    transform = QTransform()
    transform.translate(x0, y0)
    transform.scale(width / plane.shape[0], height / plane.shape[1])
    return transform
