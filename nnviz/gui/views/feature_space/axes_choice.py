"""AxesChoice: which hidden layer, and which two of its coordinates, the feature space shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from nnviz.core import notation
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture

PCA = "pca"
NEURONS = "neurons"


class AxesChoice(QObject):
    """Four combo boxes: the hidden layer l, the axes (the first two principal components of
    a^l, or two neurons) and the two neurons (shown only for two neurons). ``chosen`` is
    emitted when the user (or :meth:`choose`) picks other axes."""

    chosen = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._architecture: Architecture | None = None
        self._chosen_layer: int | None = None  # a layer the user picked, kept across rebuilds
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(translate("FeatureSpaceView", "the hidden layer whose activations a^l are the "
                                                               "coordinates"))
        self.axes_box = QComboBox()
        self.axes_box.addItem("PCA", PCA)
        self.axes_box.addItem(translate("FeatureSpaceView", "two neurons"), NEURONS)
        self.axes_box.setToolTip(translate("FeatureSpaceView", "the axes: the first two principal components of "
                                           "a^l on the training data, or two chosen neurons"))
        self.x_neuron_box = QComboBox()
        self.y_neuron_box = QComboBox()
        self.x_neuron_box.setToolTip(translate("FeatureSpaceView", "the neuron on the horizontal axis"))
        self.y_neuron_box.setToolTip(translate("FeatureSpaceView", "the neuron on the vertical axis"))
        self.layer_box.activated.connect(self._on_layer_chosen)
        for box in self.widgets:
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for box in (self.axes_box, self.x_neuron_box, self.y_neuron_box):
            box.activated.connect(self._on_axes_chosen)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return self.layer_box, self.axes_box, self.x_neuron_box, self.y_neuron_box

    @property
    def layer(self) -> int | None:
        """The chosen hidden layer l (1-based), None when there is none."""
        return self.layer_box.currentData()

    @property
    def neurons(self) -> tuple[int, int] | None:
        """The chosen (j, k), 0-based, or None for principal components."""
        if self.axes_box.currentData() != NEURONS:
            return None
        return self.x_neuron_box.currentIndex(), self.y_neuron_box.currentIndex()

    def set_architecture(self, architecture: Architecture) -> None:
        """The hidden layers of a new architecture: the layer the user chose stays if it still
        exists, else the last hidden layer (the one that feeds the output) is shown."""
        self._architecture = architecture
        self.layer_box.clear()
        for l, n in enumerate(architecture.sizes[1:-1], start=1):
            self.layer_box.addItem(translate("FeatureSpaceView", "hidden layer {layer} ({size})").format(
                layer=l, size=n), l)
        if self.layer_box.count():
            chosen = self._chosen_layer
            keep = chosen if chosen is not None and chosen < architecture.n_layers else architecture.n_layers - 1
            self.layer_box.setCurrentIndex(self.layer_box.findData(keep))
        self._fill_neuron_boxes()

    def choose(self, layer: int, neurons: tuple[int, int] | None = None) -> None:
        """Hidden layer ``layer`` (1-based) in neurons (j, k) (0-based), or in its first two
        principal components when ``neurons`` is None."""
        index = self.layer_box.findData(layer)
        if index < 0:
            raise ValueError(f"layer {layer} is not a hidden layer of this network")
        self.layer_box.setCurrentIndex(index)
        self._chosen_layer = layer
        self._fill_neuron_boxes()
        if neurons is None:
            self.axes_box.setCurrentIndex(self.axes_box.findData(PCA))
        else:
            self.axes_box.setCurrentIndex(self.axes_box.findData(NEURONS))
            self.x_neuron_box.setCurrentIndex(neurons[0])
            self.y_neuron_box.setCurrentIndex(neurons[1])
        self._on_axes_chosen()

    def _fill_neuron_boxes(self) -> None:
        """The layer's neurons a^l_j; two or fewer are the axes as they are, more: PCA."""
        layer = self.layer
        n = self._architecture.sizes[layer] if layer is not None else 0
        for box, default in ((self.x_neuron_box, 0), (self.y_neuron_box, 1)):
            box.clear()
            box.addItems([notation.neuron("a", layer, j + 1) for j in range(n)])
            box.setCurrentIndex(min(default, n - 1))
        self.axes_box.setCurrentIndex(self.axes_box.findData(NEURONS if n <= 2 else PCA))
        self._show_neuron_boxes()

    def _show_neuron_boxes(self) -> None:
        """The neuron lists show only when the axes are two neurons."""
        on = self.axes_box.currentData() == NEURONS
        self.x_neuron_box.setVisible(on)
        self.y_neuron_box.setVisible(on)

    def _on_layer_chosen(self) -> None:
        self._chosen_layer = self.layer
        self._fill_neuron_boxes()
        self._on_axes_chosen()

    def _on_axes_chosen(self) -> None:
        self._show_neuron_boxes()
        self.chosen.emit()
