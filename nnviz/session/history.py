"""A bounded history of rows of numbers (step, train loss, test loss, ...): old rows thinned,
the newest at full detail.

Rows go into one preallocated float64 NumPy array that grows by doubling up to ``capacity``
rows. When it is full it is thinned: of the rows older than the newest ``recent`` ones every
other row is dropped (the first row survives), the newest ``recent`` rows stay as they are.
Each thinning halves the resolution of everything before the recent rows, so the older a row,
the more thinnings it went through: the history spans the whole run, coarse far back and at
full detail near the end, in bounded memory (at most ``capacity`` rows).
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


class History:
    """Rows of ``columns`` floats; at most ``capacity`` kept, the newest ``recent`` never
    thinned (default: a quarter of ``capacity``)."""

    def __init__(self, columns: int, capacity: int = 1 << 14, initial: int = 256,
                 recent: int | None = None) -> None:
        recent = capacity // 4 if recent is None else recent
        if capacity < 4 or not 1 <= recent <= capacity - 2:
            raise ValueError(f"capacity must be >= 4 and recent in 1..capacity - 2, not "
                             f"{capacity} and {recent}")
        self.columns = columns
        self.capacity = capacity
        self.recent = recent
        self._initial = max(2, min(initial, capacity))
        self.clear()

    def clear(self) -> None:
        self._buffer = np.empty((self._initial, self.columns))
        self._count = 0  # rows held, at the front of the buffer
        self._appended = 0  # rows ever appended since clear()

    def __len__(self) -> int:
        return self._count

    @property
    def appended(self) -> int:
        """How many rows were appended since the last clear()."""
        return self._appended

    def append(self, row) -> None:
        """Add a row; thinning keeps memory bounded."""
        self.extend(np.asarray(row, dtype=float).reshape(1, self.columns))

    def extend(self, rows: Array) -> None:
        """Add rows (k, columns), oldest first: the same as appending them one by one."""
        rows = np.asarray(rows, dtype=float).reshape(-1, self.columns)
        done = 0
        while done < len(rows):
            if self._count == self.capacity:
                self._thin()
            if self._count == self._buffer.shape[0]:
                self._grow()
            take = min(len(rows) - done, self._buffer.shape[0] - self._count)
            self._buffer[self._count: self._count + take] = rows[done: done + take]
            self._count += take
            done += take
        self._appended += len(rows)

    def replace_last(self, row) -> None:
        """Overwrite the newest row (the same step measured again); append if empty."""
        if self._count == 0:
            self.append(row)
            return
        self._buffer[self._count - 1] = row

    def data(self) -> Array:
        """The rows, oldest first: a read-only view, shape (len, columns)."""
        view = self._buffer[: self._count]
        view.flags.writeable = False
        return view

    def _grow(self) -> None:
        bigger = np.empty((min(2 * self._buffer.shape[0], self.capacity), self.columns))
        bigger[: self._count] = self._buffer[: self._count]
        self._buffer = bigger

    def _thin(self) -> None:
        """Keep rows 0, 2, 4, ... of those before the newest ``recent``, then the recent ones."""
        old = self._count - self.recent
        kept = self._buffer[0: old: 2].copy()
        recent = self._buffer[old: self._count].copy()
        self._buffer[: len(kept)] = kept
        self._buffer[len(kept): len(kept) + len(recent)] = recent
        self._count = len(kept) + len(recent)
