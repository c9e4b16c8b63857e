"""A lecturer's own digit files as arrays: MNIST's IDX format and the common digit CSV.

    images = read_idx_images("train-images-idx3-ubyte.gz")    (n, rows, cols) uint8
    labels = read_idx_labels("train-labels-idx1-ubyte")       (n,) uint8, 0..9
    images, labels = read_idx_pair(images_path, labels_path)  the counts must match
    images, labels = read_digit_csv("mnist_train.csv")        label, then side*side pixels

IDX files may be gzip-compressed or not (told by the first two bytes, 1f 8b, never by the
name). Nothing is read beyond what the header promises plus one byte (to see the file ends
there): a huge or endless file is refused, not read whole. A directory, FIFO or device is
refused before it is opened. Every problem raises :class:`InputError` naming the file.
"""

from __future__ import annotations

import gzip
import math
import os
import re
import struct
import zlib
from pathlib import Path
from typing import BinaryIO, Self

import numpy as np

from nnviz.core.data.csv_loader import is_number
from nnviz.core.errors import InputError
from nnviz.core.files import check_regular, read_bytes

Array = np.ndarray

IMAGES_MAGIC = 0x00000803  # unsigned bytes, 3 dimensions (n, rows, cols)
LABELS_MAGIC = 0x00000801  # unsigned bytes, 1 dimension (n)
MAX_IMAGES = 10_000_000
MAX_SIDE = 1024
N_CLASSES = 10
MAX_CSV_BYTES = 1 << 30  # 1 GiB: the 60,000-image mnist_train.csv is about 110 MB
_GZIP = b"\x1f\x8b"
_CHUNK = 1 << 24  # 16 MiB
_MAGIC_NAMES = {IMAGES_MAGIC: "an IDX image file", LABELS_MAGIC: "an IDX label file"}


def read_idx_images(path: str | os.PathLike) -> Array:
    """The images of an IDX image file (e.g. train-images-idx3-ubyte[.gz]): (n, rows, cols) uint8."""
    path = Path(path)
    with _open_idx(path) as f:
        n, rows, cols = _read_header(f, path, IMAGES_MAGIC, "an IDX image file", 3)
        if rows == 0 or cols == 0 or rows > MAX_SIDE or cols > MAX_SIDE:
            raise InputError(
                f"{path}: the header says the images are {rows}x{cols} pixels; expected 1 to "
                f"{MAX_SIDE} pixels a side (is this really an IDX image file?)"
            )
        body = _read_body(f, path, n * rows * cols, 16, f"{n} images of {rows}x{cols} pixels")
    return np.frombuffer(body, dtype=np.uint8).reshape(n, rows, cols).copy()


def read_idx_labels(path: str | os.PathLike) -> Array:
    """The labels of an IDX label file (e.g. train-labels-idx1-ubyte[.gz]): (n,) uint8 in 0..9."""
    path = Path(path)
    with _open_idx(path) as f:
        (n,) = _read_header(f, path, LABELS_MAGIC, "an IDX label file", 1)
        body = _read_body(f, path, n, 8, f"{n} labels")
    labels = np.frombuffer(body, dtype=np.uint8).copy()
    bad = np.flatnonzero(labels >= N_CLASSES)
    if bad.size:
        i = int(bad[0])
        raise InputError(
            f"{path}: label {int(labels[i])} at position {i + 1} of {n} is outside 0..9 "
            f"({bad.size} label{'s' if bad.size != 1 else ''} out of range); expected digit labels"
        )
    return labels


def read_idx_pair(images_path: str | os.PathLike, labels_path: str | os.PathLike) -> tuple[Array, Array]:
    """The images and labels of a matching pair of IDX files; the counts must agree."""
    images = read_idx_images(images_path)
    labels = read_idx_labels(labels_path)
    if len(images) != len(labels):
        raise InputError(
            f"{images_path} and {labels_path} do not match: {len(images)} images but "
            f"{len(labels)} labels"
        )
    return images, labels


# ---------------------------------------------------------------------------------- IDX


class _IdxStream:
    """A binary stream over a plain or gzip file, with the plain file's size (None for gzip)."""

    def __init__(self, path: Path):
        st = check_regular(path, "an IDX file")
        try:
            self._raw: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed in close()
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror})") from None
        self.stream: BinaryIO = self._raw
        self.size: int | None = st.st_size
        if self._raw.read(2) == _GZIP:
            self._raw.seek(0)
            self.stream = gzip.GzipFile(fileobj=self._raw, mode="rb")  # type: ignore[assignment]
            self.size = None
        else:
            self._raw.seek(0)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.stream is not self._raw:
            self.stream.close()
        self._raw.close()


def _open_idx(path: Path) -> _IdxStream:
    return _IdxStream(path)


def _read(f: _IdxStream, path: Path, n: int) -> bytes:
    """At most ``n`` bytes; a damaged gzip stream or a read error is an InputError."""
    try:
        if n <= _CHUNK:
            return f.stream.read(n)
        parts: list[bytes] = []  # read(n) would allocate n bytes up front: grow with the data
        left = n
        while left > 0:
            part = f.stream.read(min(left, _CHUNK))
            if not part:
                break
            parts.append(part)
            left -= len(part)
        return b"".join(parts)
    except (OSError, EOFError, zlib.error) as e:
        if f.size is None:
            raise InputError(f"{path}: the gzip data is damaged or cut short ({e})") from None
        raise InputError(f"{path}: cannot read ({getattr(e, 'strerror', None) or e})") from None


def _read_header(f: _IdxStream, path: Path, magic: int, kind: str, dims: int) -> tuple[int, ...]:
    size = 4 * (1 + dims)
    head = _read(f, path, size)
    if len(head) < 4:
        raise InputError(
            f"{path}: truncated: {len(head)} bytes, too short for the 4-byte magic number of {kind}"
        )
    (found,) = struct.unpack(">I", head[:4])
    if found != magic:
        hint = f" (that is {_MAGIC_NAMES[found]})" if found in _MAGIC_NAMES else ""
        raise InputError(
            f"{path}: wrong magic number 0x{found:08X}{hint}; expected 0x{magic:08X} for {kind}"
        )
    if len(head) < size:
        raise InputError(
            f"{path}: truncated header: expected {size} bytes, found {len(head)}"
        )
    counts = struct.unpack(f">{dims}I", head[4:])
    if counts[0] > MAX_IMAGES:
        what = "images" if dims == 3 else "labels"
        raise InputError(
            f"{path}: the header says {counts[0]} {what}; at most {MAX_IMAGES:,} are accepted "
            f"(is this really {kind}?)"
        )
    return counts


def _read_body(f: _IdxStream, path: Path, n: int, header: int, what: str) -> bytes:
    """Exactly the ``n`` bytes after the header, and the file must end there."""
    expected = header + n
    if f.size is not None and f.size < expected:
        raise InputError(
            f"{path}: truncated: the header promises {what}, {expected} bytes in all; "
            f"the file has {f.size}"
        )
    body = _read(f, path, n)
    if len(body) < n:
        raise InputError(
            f"{path}: truncated: the header promises {what}, {expected} bytes in all "
            f"(uncompressed); found {header + len(body)}"
        )
    if f.size is not None:
        extra = f.size - expected
    else:
        extra = len(_read(f, path, 1))
    if extra:
        more = f"{extra} more bytes" if f.size is not None else "more data"
        raise InputError(
            f"{path}: the file goes on after the {expected} bytes the header promises "
            f"({what}; found {more}): the header or the file is wrong"
        )
    return body


# ---------------------------------------------------------------------------------- CSV

_DIGITS_TO_0 = bytes.maketrans(b"123456789", b"000000000")
_ROW = re.compile(r"[ \t]*\d{1,9}[ \t]*(?:,[ \t]*\d{1,9}[ \t]*)*", re.ASCII)


def read_digit_csv(path: str | os.PathLike) -> tuple[Array, Array]:
    """A digit CSV (the mnist_train.csv layout): each row a label 0..9, then side*side
    pixel values 0..255; an optional header row (any cell not a number). Returns
    ``(images (n, side, side) uint8, labels (n,) uint8)``. Problems name the line (1-based,
    blank lines and the header counted) and, for a bad cell, the column."""
    path = Path(path)
    raw = read_bytes(path, "a CSV file", MAX_CSV_BYTES)
    if b"\x00" in raw:
        raise InputError(f"{path}: not a text file (it contains NUL bytes); expected CSV text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(f"{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)") from None
    rows = [(i, line.rstrip("\r")) for i, line in enumerate(text.split("\n"), start=1)]
    rows = [(i, line) for i, line in rows if line.strip()]
    if not rows:
        raise InputError(f"{path}: the file is empty (no rows)")
    first_line, first = rows[0]
    if not _ROW.fullmatch(first) and not is_number(first.split(",")[0]):
        rows = rows[1:]  # a header row
        if not rows:
            raise InputError(f"{path}: no data rows after the header on line {first_line}")
    width_line, width_text = rows[0]
    width = width_text.count(",") + 1
    pixels = width - 1
    side = math.isqrt(pixels) if pixels > 0 else 0
    if pixels < 1 or side * side != pixels or side > MAX_SIDE:
        raise InputError(
            f"{path}: line {width_line} has {width} values: a label and {pixels} pixels; "
            f"the pixels must make a square image (784 = 28x28, 256 = 16x16)"
        )
    for line_no, line in rows:
        count = line.count(",") + 1
        if count != width:
            raise InputError(
                f"{path}: line {line_no} has {count} values, line {width_line} has {width} "
                f"(a label and {pixels} pixels)"
            )
    joined = ",".join(line for _, line in rows)
    if not _plain_numbers(joined):  # the slow check, line by line, finds what is wrong
        for line_no, line in rows:
            if not _ROW.fullmatch(line):
                _bad_cell(path, line_no, line)
    values = np.fromstring(joined, dtype=np.int64, sep=",")
    if values.size != len(rows) * width:  # pragma: no cover - the pattern check makes this exact
        raise InputError(f"{path}: could not read the numbers")
    values = values.reshape(len(rows), width)
    labels, images = values[:, 0], values[:, 1:]
    bad = np.flatnonzero(labels >= N_CLASSES)
    if bad.size:
        r = int(bad[0])
        raise InputError(
            f"{path}: line {rows[r][0]}, column 1: label {int(labels[r])} is outside 0..9"
        )
    bad_rows, bad_cols = np.nonzero(images > 255)
    if bad_rows.size:
        r, c = int(bad_rows[0]), int(bad_cols[0])
        raise InputError(
            f"{path}: line {rows[r][0]}, column {c + 2}: pixel value {int(images[r, c])} is "
            f"outside 0..255"
        )
    return (
        images.astype(np.uint8).reshape(len(rows), side, side),
        labels.astype(np.uint8),
    )


def _plain_numbers(joined: str) -> bool:
    """True if ``joined`` is only cells of 1 to 9 digits separated by single commas (the
    common file, checked at C speed); False sends it to the line-by-line check."""
    try:
        data = joined.encode("ascii")
    except UnicodeEncodeError:
        return False
    if data.translate(None, b"0123456789,"):
        return False
    if not data or data.startswith(b",") or data.endswith(b",") or b",," in data:
        return False  # an empty cell
    return b"0" * 10 not in data.translate(_DIGITS_TO_0)  # no cell of 10 digits or more


def _bad_cell(path: Path, line_no: int, line: str) -> None:
    """Raise the error for the first cell of ``line`` that is not a whole number 0..255
    (label: 0..9)."""
    for j, cell in enumerate(line.split(","), start=1):
        cell = cell.strip()
        what = "label" if j == 1 else "pixel value"
        allowed = "0..9" if j == 1 else "0..255"
        if re.fullmatch(r"[0-9]{1,9}", cell):
            continue
        if re.fullmatch(r"[0-9]+", cell) or re.fullmatch(r"-\d+", cell):
            raise InputError(f"{path}: line {line_no}, column {j}: {what} {cell} is outside {allowed}")
        if not cell:
            raise InputError(f"{path}: line {line_no}, column {j}: the cell is empty; expected a {what} {allowed}")
        if is_number(cell):
            raise InputError(
                f"{path}: line {line_no}, column {j}: {cell!r} is not a whole number; expected a "
                f"{what} {allowed}"
            )
        raise InputError(
            f"{path}: line {line_no}, column {j}: {cell!r} is not a number; expected a {what} {allowed}"
        )
    raise InputError(f"{path}: line {line_no}: cannot read the numbers")  # pragma: no cover
