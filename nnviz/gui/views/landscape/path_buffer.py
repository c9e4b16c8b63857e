"""The recorded descent path: θ_t, their steps, training losses and plot coordinates, bounded."""

from __future__ import annotations

import numpy as np

Array = np.ndarray

PATH_FLOATS = 4_000_000   # floats the recorded θ_t may hold (bounds the PCA's trajectory)
PATH_MIN_POINTS, PATH_MAX_POINTS = 256, 8192
COLUMNS = ("thetas", "steps", "losses", "coords")


class PathBuffer:
    """The recorded θ_t (bounded), their steps, training losses and plot coordinates.

    Rows are appended; when the buffer is full every second older row is dropped, so the
    recent path stays at full resolution and the memory stays bounded (``capacity`` rows).
    The whole capacity is taken (and written) at once, when the network is new: the memory
    does not creep up for minutes while the path fills (35 MB for the digits lesson).
    """

    def __init__(self, n_parameters: int):
        self.capacity = int(np.clip(PATH_FLOATS // max(n_parameters, 1),
                                    PATH_MIN_POINTS, PATH_MAX_POINTS))
        self.thetas = np.zeros((self.capacity, n_parameters))
        self.thetas.fill(0.0)  # np.zeros maps pages lazily: write them now
        self.steps = np.zeros(self.capacity, dtype=np.int64)
        self.losses = np.zeros(self.capacity)
        self.coords = np.zeros((self.capacity, 2))
        self.size = 0

    def clear(self) -> None:
        self.size = 0

    def drop_last(self) -> None:
        """Forget the newest row (the same step comes again, drawn again or with θ edited)."""
        self.size = max(self.size - 1, 0)

    def append(self, theta: Array, step: int, loss: float, coord: Array) -> None:
        if self.size == self.capacity:
            keep = np.r_[np.arange(0, self.size // 2, 2), np.arange(self.size // 2, self.size)]
            for name in COLUMNS:
                a = getattr(self, name)
                a[:keep.size] = a[keep]
            self.size = keep.size
        self.thetas[self.size] = theta
        self.steps[self.size] = step
        self.losses[self.size] = loss
        self.coords[self.size] = coord
        self.size += 1

    def view(self, name: str) -> Array:
        return getattr(self, name)[:self.size]

    def reproject(self, project) -> None:
        """New plot coordinates for every recorded θ (another slice): ``project(thetas)``."""
        if self.size:
            self.coords[:self.size] = project(self.view("thetas"))

    def points(self, curve: bool) -> Array:
        """The points on screen: the plot coordinates (u, v), or (θ_i, C) for a curve."""
        points = self.view("coords").copy()
        if curve:
            points[:, 1] = self.view("losses")
        return points
