"""The boundary view's background tasks (Qt-free): one forward pass over the plane or line.

Each task is ``task(progress) -> result`` for :class:`nnviz.gui.jobs.JobRunner`; its inputs
are immutable (an Architecture, a frozen θ, InputPlanes), so it may run on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnviz.core.input_space import InputPlane, PlaneMaps, plane_maps
from nnviz.core.network import Architecture, ForwardTrace, Network

Array = np.ndarray


@dataclass(frozen=True)
class PlaneResult:
    """What one task computed over the plane: every layer's maps (None while the view is
    hidden) and the thumbnails for the graph (``for_graph``: they were asked for; element
    l - 1 holds one (32, 32) map per neuron of hidden layer l, or None)."""

    maps: PlaneMaps | None
    thumbnails: list[list[Array]] | None
    for_graph: bool


def plane_task(architecture: Architecture, params: Array, plane: InputPlane | None,
               thumbnails: InputPlane | None, for_graph: bool) -> Callable[[object], PlaneResult]:
    """a^l over ``plane`` for every layer l, and the hidden maps over ``thumbnails``."""

    def task(progress) -> PlaneResult:
        net = Network(architecture, params)
        small = plane_maps(net, thumbnails).hidden_images() if thumbnails is not None else None
        return PlaneResult(plane_maps(net, plane) if plane is not None else None, small, for_graph)

    return task


def line_task(architecture: Architecture, params: Array, x: Array) -> Callable[[object], ForwardTrace]:
    """The forward pass at the (n, 1) inputs ``x`` of the one-input curve."""

    def task(progress) -> ForwardTrace:
        return Network(architecture, params).forward(x)

    return task
