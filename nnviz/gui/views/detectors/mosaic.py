"""The first layer's weights as one mosaic image, Qt-free: where each neuron's tile goes and
the picture of all of them.

Row j of W^1 (N_1, N_0) holds the weights w^1_jk, k = 0..N_0-1, into hidden neuron j; for
image inputs (rows × columns = N_0, pixels row by row) it reshapes to a picture of what the
neuron looks for. The tiles stand in a grid of ``columns`` × ``rows`` cells, each cell a
strip of ``label_rows`` image rows for the neuron's number, the tile, and a gap; gaps and
strips are NaN (transparent).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Grid:
    """``columns`` × ``rows`` cells of ``n`` tiles of ``tile`` (rows, columns) pixels; each cell
    ``label_rows`` + tile rows + ``gap`` high and tile columns + ``gap`` wide (image pixels);
    ``pixel``: screen pixels per image pixel where the grid was fitted."""

    n: int
    tile: tuple[int, int]
    columns: int
    rows: int
    label_rows: int
    gap: int
    pixel: float = 1.0

    @property
    def cell(self) -> tuple[int, int]:
        """(height, width) of a cell in image pixels."""
        return self.label_rows + self.tile[0] + self.gap, self.tile[1] + self.gap

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns) of the mosaic image."""
        height, width = self.cell
        return self.rows * height, self.columns * width

    def tile_origin(self, j: int) -> tuple[int, int]:
        """(row, column) in the mosaic image of tile j's top left pixel (j 0-based)."""
        height, width = self.cell
        return (j // self.columns) * height + self.label_rows, (j % self.columns) * width

    def tile_at(self, row: float, column: float) -> int | None:
        """The tile whose cell holds mosaic position (row, column), None outside every one."""
        height, width = self.cell
        if row < 0 or column < 0:
            return None
        r, c = int(row // height), int(column // width)
        j = r * self.columns + c
        return j if r < self.rows and c < self.columns and j < self.n else None


def gap_for(tile: tuple[int, int]) -> int:
    """Image pixels between tiles: 2 for 28×28, 1 for 16×16."""
    return max(1, tile[1] // 12)


def fit_grid(n: int, tile: tuple[int, int], width: float, height: float, label_px: float) -> Grid:
    """The grid of n tiles with the largest tiles in ``width`` × ``height`` screen pixels, a
    ``label_px`` high strip above each tile for its number (left out where it would be taller
    than a tile); on a tie the fewer columns."""
    gap = gap_for(tile)
    best: Grid | None = None
    for columns in range(1, n + 1):
        rows = math.ceil(n / columns)
        if (rows - 1) * columns >= n:
            continue  # a whole empty row
        label_rows = 0
        for _ in range(4):  # the strip's image rows depend on the pixel size, and back
            pixel = min(width / (columns * (tile[1] + gap)),
                        height / (rows * (label_rows + tile[0] + gap)))
            wanted = math.ceil(label_px / pixel) if pixel > 0 else tile[0] + 1
            if wanted > tile[0]:
                label_rows = 0
                pixel = min(width / (columns * (tile[1] + gap)), height / (rows * (tile[0] + gap)))
                break
            if wanted == label_rows:
                break
            label_rows = wanted
        grid = Grid(n, tile, columns, rows, label_rows, gap, pixel)
        if best is None or grid.pixel > best.pixel * (1 + 1e-9):
            best = grid
    return best


def mosaic(weights: Array, grid: Grid) -> Array:
    """The mosaic image of W^1's rows: tile j = W^1[j] reshaped to the tile's shape, NaN
    around the tiles."""
    n, (rows, columns) = grid.n, grid.tile
    height, width = grid.cell
    cells = np.full((grid.rows * grid.columns, rows, columns), np.nan)
    cells[:n] = np.asarray(weights, dtype=float).reshape(n, rows, columns)
    out = np.full((grid.rows, height, grid.columns, width), np.nan)
    out[:, grid.label_rows:grid.label_rows + rows, :, :columns] = \
        cells.reshape(grid.rows, grid.columns, rows, columns).transpose(0, 2, 1, 3)
    return out.reshape(grid.rows * height, grid.columns * width)
