"""A bounded history of rows of numbers (step, train loss, test loss, ...) for plots.

Rows go into one preallocated float64 NumPy array that grows by doubling up to
``capacity`` rows. When it is full it is thinned: every other kept row is dropped and from
then on only every ``stride``-th row is kept (stride doubles each time), so the history
always spans the whole run at a resolution that halves as the run grows, in bounded memory.
The first row and the newest row are always visible (the newest sits in the slot after
the kept rows until a later row takes its place), so a curve spans the run to the current step.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


class History:
    """Rows of ``columns`` floats; at most ``capacity`` (+1 for the newest) are kept."""

    def __init__(self, columns: int, capacity: int = 1 << 14, initial: int = 256) -> None:
        if capacity < 2 or capacity % 2:
            raise ValueError(f"capacity must be an even number >= 2, not {capacity}")
        self.columns = columns
        self.capacity = capacity
        self._initial = max(2, min(initial, capacity))
        self.clear()

    def clear(self) -> None:
        self._buffer = np.empty((self._initial + 1, self.columns))
        self._kept = 0  # rows committed at the front of the buffer
        self._has_newest = False  # a not-yet-committed newest row in slot _kept
        self._appended = 0  # rows ever appended since clear()
        self.stride = 1  # one row kept out of every ``stride`` appended

    def __len__(self) -> int:
        return self._kept + int(self._has_newest)

    @property
    def appended(self) -> int:
        """How many rows were appended since the last clear()."""
        return self._appended

    def append(self, row) -> None:
        """Add a row; thinning keeps memory bounded."""
        if self._kept >= self._buffer.shape[0]:
            self._grow()
        self._buffer[self._kept] = row
        self._appended += 1
        if self._appended % self.stride == 0:
            self._kept += 1
            self._has_newest = False
            if self._kept == self.capacity:
                self._thin()
        else:
            self._has_newest = True

    def replace_last(self, row) -> None:
        """Overwrite the newest row (the same step measured again); append if empty."""
        if len(self) == 0:
            self.append(row)
            return
        self._buffer[len(self) - 1] = row

    def data(self) -> Array:
        """The kept rows and the newest one, oldest first: a read-only view, shape (len, columns)."""
        view = self._buffer[: len(self)]
        view.flags.writeable = False
        return view

    def _grow(self) -> None:
        rows = min(2 * (self._buffer.shape[0] - 1), self.capacity) + 1
        bigger = np.empty((rows, self.columns))
        bigger[: len(self)] = self._buffer[: len(self)]
        self._buffer = bigger

    def _thin(self) -> None:
        """Keep rows 0, 2, 4, ... (the first row survives) and double the stride.

        The newest row stays visible in the slot after them until a later row replaces it.
        """
        half = self.capacity // 2
        newest = self._buffer[self.capacity - 1].copy()
        self._buffer[:half] = self._buffer[0: self.capacity: 2].copy()
        self._buffer[half] = newest
        self._kept = half
        self._has_newest = True
        self.stride *= 2
