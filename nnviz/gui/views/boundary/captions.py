"""What the boundary view says about its map: the heading above it and the colour key below."""

from __future__ import annotations

import numpy as np

from nnviz.core import notation
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.gui.colors import BLUE, ORANGE
from nnviz.gui.kit.activation_range import activation_range
from nnviz.gui.kit.colour_key import ColourKey, class_swatches
from nnviz.gui.kit.data_points import target_range
from nnviz.gui.kit.plain_text import html_escaped
from nnviz.gui.views.boundary.colours import region_lut, spread, value_lut

Array = np.ndarray
Colour = tuple[int, int, int]


def html_activation(layer: int, *indices: int | str) -> str:
    """a^layer with 1-based ``indices`` as rich text: <i>a</i><sup>1</sup><sub>3</sub>."""
    return notation.HTML.var("<i>a</i>", layer, *indices)


def markers_legend(point_size: float) -> str:
    """"● training ■ test" as rich text, the shapes 1.3 times the text's ``point_size``."""
    big = f"font-size:{point_size * 1.3:.3g}pt"
    training, test = (html_escaped(translate("BoundaryView", "training")),
                      html_escaped(translate("BoundaryView", "test")))
    return f'<span style="{big}">●</span> {training} &nbsp;<span style="{big}">■</span> {test}'


def heading(dataset: Dataset, architecture: Architecture | None, fits: bool, on_plane: bool,
            neuron: tuple[int, int] | None, level: float) -> str:
    """The title for what is drawn (rich text; the data's names escaped): the output (or
    ``neuron`` (l, j), j 0-based) over the input plane, a slice of it, or the line; ``fits``:
    the network takes the data's inputs."""
    where = (translate("BoundaryView", "over the input plane") if on_plane
             else translate("BoundaryView", "over the input"))
    if on_plane and dataset.n_features > 2:
        where = translate("BoundaryView", "over a slice (other inputs at their mean)")
    where = html_escaped(where)
    if architecture is None:
        return html_escaped(translate("BoundaryView", "The data (no network yet)"))
    if not fits:
        return html_escaped(translate("BoundaryView", "The data: waiting for a network with {n} inputs").format(
            n=dataset.n_features))
    if neuron is not None:
        layer, j = neuron
        return translate("BoundaryView", "{activation} {where}").format(
            activation=html_activation(layer, j + 1), where=where)
    output = html_activation(architecture.n_layers)
    if dataset.kind == CLASSIFICATION and architecture.n_outputs == 1:
        return translate("BoundaryView", "Output {output} {where} · decision level {level:g}").format(
            output=output, where=where, level=level)
    if dataset.kind == CLASSIFICATION:
        return translate("BoundaryView", "Predicted class (largest {activation}) {where}").format(
            activation=html_activation(architecture.n_layers, "c"), where=where)
    return translate("BoundaryView", "Predicted {target}, {activation} {where}").format(
        target=html_escaped(dataset.target_names[0]), activation=html_activation(architecture.n_layers, 1),
        where=where)


class MapKey:
    """Sets ``key`` (a ColourKey) to what the colours of the map mean now."""

    def __init__(self, key: ColourKey):
        self.key = key
        self._unbounded_levels: tuple[float, float] | None = None  # an unbounded neuron's key

    def show_neuron(self, layer: int, j: int, activation: str, values: Array | None, ink: Colour) -> None:
        """a^layer_j's map: its activation's range, or (unbounded) the spread of ``values``,
        set again only when that spread changes."""
        name = notation.neuron("a", layer, j + 1)
        bounds = activation_range(activation)
        if bounds is not None:
            lo, hi = bounds
            self._unbounded_levels = None
            self.key.set_gradient(region_lut(), [(0.0, f"{lo:g}"), (0.5, f"{(lo + hi) / 2:g}"),
                                                 (1.0, f"{hi:g}")], (name, ink))
        elif values is not None:
            lo, hi = spread(values)
            if self._unbounded_levels != (lo, hi):
                self._unbounded_levels = (lo, hi)
                self.key.set_gradient(value_lut(), [(0.0, f"{lo:.2g}"), (1.0, f"{hi:.2g}")], (name, ink))

    def show_output(self, dataset: Dataset, two_class_map: bool, low: float, level: float,
                    ink: Colour) -> None:
        """The output: a regression's value range; for two classes on the plane
        (``two_class_map``) low .. level .. 1 between the classes' colours; else swatches."""
        classes = class_swatches(dataset)
        if dataset.kind != CLASSIFICATION:
            lo, hi = target_range(dataset)
            self.key.set_gradient(value_lut(), [(0.0, f"{lo:.3g}"), (1.0, f"{hi:.3g}")],
                                  (dataset.target_names[0], ink))
        elif two_class_map and len(classes) == 2:
            self.key.set_gradient(region_lut(), [(0.0, f"{low:g}"), (0.5, f"{level:g}"), (1.0, "1")],
                                  (classes[0][0], ORANGE), (classes[1][0], BLUE))
        else:
            self.key.set_swatches(classes)
