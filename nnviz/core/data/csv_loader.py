"""The CSV loader: a lecturer's numeric table as a :class:`Dataset`.

    load_csv("points.csv", test_ratio=0.25)   numeric columns, the last one the target

The split follows the generated sets' rules (:func:`~nnviz.core.data.generators.split_indices`).
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from pathlib import Path

import numpy as np

from nnviz.core.data.dataset import CLASSIFICATION, REGRESSION, Dataset
from nnviz.core.data.generators import KINDS, PM1_NAMES, check_seed, check_test_ratio
from nnviz.core.data.split import data_streams, split_dataset
from nnviz.core.errors import InputError
from nnviz.core.files import MAX_CSV_BYTES, read_text
from nnviz.core.i18n import translate

Array = np.ndarray

MAX_AUTO_CLASSES = 10
_SAMPLE_LINES = 20
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


def load_csv(
    path: str | os.PathLike,
    *,
    test_ratio: float = 0.0,
    seed: int = 0,
    header: bool | None = None,
    kind: str | None = None,
) -> Dataset:
    """Read a numeric CSV file: every column but the last is a feature, the last the target.

    * Delimiter ',', ';' or tab (detected); cells may be quoted; whitespace around cells is
      ignored; blank lines are skipped; every other line is a row.
    * ``header``: True, False or None (auto: the first row is a header if none of its cells
      is a number). Feature names come from the header, else x1..xn.
    * ``kind``: "classification", "regression" or None (auto: classification if the target
      holds only whole numbers with 2 to 10 distinct values). Class labels become indices
      0..K-1 in ascending order; ``target_names`` keeps the labels as written ("-1", "+1"
      for ±1 labels, which also set ``labels="pm1"``).
    * ``test_ratio`` and ``seed``: the stratified split, as for generated data sets.

    Every problem raises :class:`InputError` naming the file and, where there is one, the
    line (1-based, as an editor counts, header and blank lines included) and the column.
    """
    path = Path(path)
    if kind not in (None, *KINDS):
        raise InputError(translate("Data", "kind must be one of {kinds} (or None: detect), not {kind}")
                         .format(kinds=", ".join(KINDS), kind=repr(kind)))
    test_ratio = check_test_ratio(test_ratio)
    seed = check_seed(seed)
    text = read_text(path, "a CSV file", "CSV text", MAX_CSV_BYTES)
    rows, lines = _read_rows(text, path)
    if not rows:
        raise InputError(translate("Data", "{path}: the file is empty (no rows)").format(path=path))
    width = len(rows[0])
    if width < 2:
        raise InputError(translate(
            "Data", "{path}: line {line} has a single column; need at least one feature column and "
            "the target as the last column, separated by ',', ';' or tab"
        ).format(path=path, line=lines[0]))
    has_header = _looks_like_header(rows) if header is None else bool(header)
    names = _header_names(rows[0]) if has_header else None
    data, data_lines = (rows[1:], lines[1:]) if has_header else (rows, lines)
    if not data:
        raise InputError(translate("Data", "{path}: no data rows after the header on line {line}")
                         .format(path=path, line=lines[0]))
    for cells, line in zip(data, data_lines):
        if len(cells) != width:
            column = min(len(cells), width) + 1
            message = (translate("Data", "{path}: line {line} has {cells}, line {first} has {width} "
                                 "({column} is missing)") if len(cells) < width else
                       translate("Data", "{path}: line {line} has {cells}, line {first} has {width} "
                                 "({column} is extra)"))
            raise InputError(message.format(path=path, line=line, cells=_cells(len(cells)),
                                            first=lines[0], width=width,
                                            column=_column(column, names)))
    values = _to_numbers(data, data_lines, names, path)
    target = values[:, -1]
    feature_names = tuple(names[:-1]) if names else tuple(f"x{j}" for j in range(1, width))
    if kind is None:
        distinct = np.unique(target)
        whole = bool(np.all(target == np.round(target)))
        kind = CLASSIFICATION if whole and 2 <= distinct.size <= MAX_AUTO_CLASSES else REGRESSION
    if kind == CLASSIFICATION:
        classes, y = np.unique(target, return_inverse=True)
        if classes.size < 2:
            raise InputError(translate(
                "Data", "{path}: the target, {column}, holds the single value "
                "{value}; classification needs at least two classes"
            ).format(path=path, column=_column(width, names), value=_format_label(classes[0])))
        pm1 = classes.size == 2 and classes[0] == -1 and classes[1] == 1
        target_names = PM1_NAMES if pm1 else tuple(_format_label(c) for c in classes)
        labels = "pm1" if pm1 else "01"
    else:
        y = target[:, None]
        target_names = (names[-1],) if names else ("y",)
        labels = "01"
    return split_dataset(
        path.stem, kind, values[:, :-1], y, feature_names=feature_names,
        target_names=target_names, labels=labels, test_ratio=test_ratio,
        rng=data_streams(seed)[1], where=path,
    )


def is_number(cell: str) -> bool:
    """A cell written as a number: ASCII digits with an optional sign, point and exponent
    ("-1.5e3"), or inf/nan (refused later as not finite); not "1_000" or full-width "１２",
    which Python's float() accepts."""
    try:
        _strict_float(cell)
    except ValueError:
        return False
    return True


def _strict_float(cell: str) -> float:
    """float(cell) for the cells :func:`is_number` accepts, else ValueError. On ASCII text
    without '_', float() accepts exactly sign, digits, point, exponent, inf and nan."""
    if not cell.isascii() or "_" in cell:
        raise ValueError(cell)
    return float(cell)


def _detect_delimiter(text: str) -> str:
    """The delimiter that splits the first non-blank lines into the most numeric rows,
    then the most consistent cell counts; ties go to ';' (decimal-comma files), tab, ','."""
    sample = [line for line in text.splitlines() if line.strip()][:_SAMPLE_LINES]
    present = [d for d in (";", "\t", ",") if any(d in line for line in sample)]
    if len(present) <= 1:
        return present[0] if present else ","

    def score(delimiter: str) -> tuple[int, bool]:
        rows = list(csv.reader(sample, delimiter=delimiter, skipinitialspace=True))
        numeric = sum(len(r) > 1 and all(is_number(c.strip()) for c in r) for r in rows)
        return numeric, len({len(r) for r in rows}) == 1

    return max(present, key=score)  # max keeps the first of equals


def _read_rows(text: str, path: Path) -> tuple[list[list[str]], list[int]]:
    """Non-blank rows (cells stripped) and the line each starts on."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_detect_delimiter(text), skipinitialspace=True
    )
    rows: list[list[str]] = []
    lines: list[int] = []
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if end > start:  # a quoted cell holds a line break
                j = next(j for j, cell in enumerate(cells, start=1) if "\n" in cell or "\r" in cell)
                raise InputError(translate(
                    "Data", "{path}: line {line}, column {column}: a quoted cell runs on to line "
                    "{end} (is a closing quote missing?)"
                ).format(path=path, line=start, column=j, end=end))
            cells = list(map(str.strip, cells))
            if len(cells) <= 1 and not any(cells):
                continue  # a blank line
            rows.append(cells)
            lines.append(start)
    except csv.Error as e:
        raise InputError(translate("Data", "{path}: line {line}: {error}")
                         .format(path=path, line=reader.line_num, error=e)) from None
    return rows, lines


def _looks_like_header(rows: list[list[str]]) -> bool:
    """A header has no numeric cell. A first row mixing numbers and words is read as data
    (a typo then gets its error, instead of the row vanishing as a header)."""
    return not any(is_number(c) for c in rows[0])


def _header_names(cells: list[str]) -> list[str]:
    """The header's names; an empty one becomes x_j (or y for the target)."""
    last = len(cells) - 1
    return [c or ("y" if j == last else f"x{j + 1}") for j, c in enumerate(cells)]


def _cells(k: int) -> str:
    # Not "%n cell(s)": the English text stays "1 cell" / "3 cells" without an English .qm.
    return translate("Data", "1 cell") if k == 1 else translate("Data", "{k} cells").format(k=k)


def _column(j: int, names: list[str] | None) -> str:
    """'column j (name)' with j 1-based."""
    if names and j <= len(names):
        return translate("Data", "column {j} ({name})").format(j=j, name=names[j - 1])
    return translate("Data", "column {j}").format(j=j)


def _to_numbers(data: list[list[str]], lines: list[int], names: list[str] | None, path: Path) -> Array:
    """The cells as a float array; the first bad cell in file order raises InputError."""
    joined = "".join("".join(cells) for cells in data)
    if joined.isascii() and "_" not in joined:  # then NumPy's float() reads only plain numbers
        try:
            values = np.array(data, dtype=float)  # fast path, in C
            if np.all(np.isfinite(values)):
                return values
        except ValueError:
            pass
    values = np.empty((len(data), len(data[0])))
    for i, (cells, line) in enumerate(zip(data, lines)):
        for j, cell in enumerate(cells, start=1):
            where = translate("Data", "{path}: line {line}, {column}").format(
                path=path, line=line, column=_column(j, names))
            if not cell:
                raise InputError(translate("Data", "{where}: empty cell; every cell must be a number")
                                 .format(where=where))
            try:
                number = _strict_float(cell)
            except ValueError:
                hint = translate("Data", " (write decimals with '.')") if _DECIMAL_COMMA.match(cell) else ""
                if line == lines[0] and names is None:
                    hint += translate("Data", " (if this line is a header, load with header=True)")
                raise InputError(translate("Data", "{where}: {cell} is not a number{hint}")
                                 .format(where=where, cell=repr(cell), hint=hint)) from None
            if not math.isfinite(number):
                raise InputError(translate("Data", "{where}: {cell} is not a finite number")
                                 .format(where=where, cell=repr(cell)))
            values[i, j - 1] = number
    return values


def _format_label(value: float) -> str:
    return str(int(value)) if value == round(value) else repr(float(value))
