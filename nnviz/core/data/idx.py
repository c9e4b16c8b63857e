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
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate

Array = np.ndarray

IMAGES_MAGIC = 0x00000803  # unsigned bytes, 3 dimensions (n, rows, cols)
LABELS_MAGIC = 0x00000801  # unsigned bytes, 1 dimension (n)
MAX_IMAGES = 10_000_000
MAX_SIDE = 1024
N_CLASSES = 10
MAX_CSV_BYTES = 1 << 30  # 1 GiB: the 60,000-image mnist_train.csv is about 110 MB
_GZIP = b"\x1f\x8b"
_CHUNK = 1 << 24  # 16 MiB
_IMAGE_FILE = QT_TRANSLATE_NOOP("Data", "an IDX image file")  # shown with translate("Data", ...)
_LABEL_FILE = QT_TRANSLATE_NOOP("Data", "an IDX label file")
_MAGIC_NAMES = {IMAGES_MAGIC: _IMAGE_FILE, LABELS_MAGIC: _LABEL_FILE}


def read_idx_images(path: str | os.PathLike) -> Array:
    """The images of an IDX image file (e.g. train-images-idx3-ubyte[.gz]): (n, rows, cols) uint8."""
    path = Path(path)
    with _open_idx(path) as f:
        n, rows, cols = _read_header(f, path, IMAGES_MAGIC, _IMAGE_FILE, 3)
        if rows == 0 or cols == 0 or rows > MAX_SIDE or cols > MAX_SIDE:
            raise InputError(translate(
                "Data", "{path}: the header says the images are {rows}x{cols} pixels; expected 1 to "
                "{max} pixels a side (is this really an IDX image file?)"
            ).format(path=path, rows=rows, cols=cols, max=MAX_SIDE))
        body = _read_body(f, path, n * rows * cols, 16,
                          translate("Data", "{n} images of {rows}x{cols} pixels")
                          .format(n=n, rows=rows, cols=cols))
    return np.frombuffer(body, dtype=np.uint8).reshape(n, rows, cols).copy()


def read_idx_labels(path: str | os.PathLike) -> Array:
    """The labels of an IDX label file (e.g. train-labels-idx1-ubyte[.gz]): (n,) uint8 in 0..9."""
    path = Path(path)
    with _open_idx(path) as f:
        (n,) = _read_header(f, path, LABELS_MAGIC, _LABEL_FILE, 1)
        body = _read_body(f, path, n, 8, translate("Data", "{n} labels").format(n=n))
    labels = np.frombuffer(body, dtype=np.uint8).copy()
    bad = np.flatnonzero(labels >= N_CLASSES)
    if bad.size:
        i = int(bad[0])
        message = (translate("Data", "{path}: label {label} at position {i} of {n} is outside 0..9 "
                             "(1 label out of range); expected digit labels") if bad.size == 1 else
                   translate("Data", "{path}: label {label} at position {i} of {n} is outside 0..9 "
                             "({bad} labels out of range); expected digit labels"))
        raise InputError(message.format(path=path, label=int(labels[i]), i=i + 1, n=n, bad=bad.size))
    return labels


def read_idx_pair(images_path: str | os.PathLike, labels_path: str | os.PathLike) -> tuple[Array, Array]:
    """The images and labels of a matching pair of IDX files; the counts must agree."""
    images = read_idx_images(images_path)
    labels = read_idx_labels(labels_path)
    if len(images) != len(labels):
        raise InputError(translate(
            "Data", "{images_path} and {labels_path} do not match: {images} images but {labels} labels"
        ).format(images_path=images_path, labels_path=labels_path, images=len(images),
                 labels=len(labels)))
    return images, labels


# ---------------------------------------------------------------------------------- IDX


class _IdxStream:
    """A binary stream over a plain or gzip file, with the plain file's size (None for gzip)."""

    def __init__(self, path: Path):
        st = check_regular(path, "an IDX file")
        try:
            self._raw: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed in close()
        except OSError as e:
            raise InputError(translate("Data", "{path}: cannot read ({error})")
                             .format(path=path, error=e.strerror)) from None
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
            raise InputError(translate("Data", "{path}: the gzip data is damaged or cut short ({error})")
                             .format(path=path, error=e)) from None
        raise InputError(translate("Data", "{path}: cannot read ({error})")
                         .format(path=path, error=getattr(e, "strerror", None) or e)) from None


def _read_header(f: _IdxStream, path: Path, magic: int, kind: str, dims: int) -> tuple[int, ...]:
    size = 4 * (1 + dims)
    head = _read(f, path, size)
    if len(head) < 4:
        raise InputError(translate(
            "Data", "{path}: truncated: {n} bytes, too short for the 4-byte magic number of {kind}"
        ).format(path=path, n=len(head), kind=translate("Data", kind)))
    (found,) = struct.unpack(">I", head[:4])
    if found != magic:
        hint = (translate("Data", " (that is {kind})").format(kind=translate("Data", _MAGIC_NAMES[found]))
                if found in _MAGIC_NAMES else "")
        raise InputError(translate(
            "Data", "{path}: wrong magic number 0x{found:08X}{hint}; expected 0x{magic:08X} for {kind}"
        ).format(path=path, found=found, hint=hint, magic=magic, kind=translate("Data", kind)))
    if len(head) < size:
        raise InputError(translate(
            "Data", "{path}: truncated header: expected {size} bytes, found {found}"
        ).format(path=path, size=size, found=len(head)))
    counts = struct.unpack(f">{dims}I", head[4:])
    if counts[0] > MAX_IMAGES:
        message = (translate("Data", "{path}: the header says {n} images; at most {max:,} are "
                             "accepted (is this really {kind}?)") if dims == 3 else
                   translate("Data", "{path}: the header says {n} labels; at most {max:,} are "
                             "accepted (is this really {kind}?)"))
        raise InputError(message.format(path=path, n=counts[0], max=MAX_IMAGES,
                                        kind=translate("Data", kind)))
    return counts


def _read_body(f: _IdxStream, path: Path, n: int, header: int, what: str) -> bytes:
    """Exactly the ``n`` bytes after the header, and the file must end there."""
    expected = header + n
    if f.size is not None and f.size < expected:
        raise InputError(translate(
            "Data", "{path}: truncated: the header promises {what}, {expected} bytes in all; "
            "the file has {size}"
        ).format(path=path, what=what, expected=expected, size=f.size))
    body = _read(f, path, n)
    if len(body) < n:
        raise InputError(translate(
            "Data", "{path}: truncated: the header promises {what}, {expected} bytes in all "
            "(uncompressed); found {found}"
        ).format(path=path, what=what, expected=expected, found=header + len(body)))
    if f.size is not None:
        extra = f.size - expected
    else:
        extra = len(_read(f, path, 1))
    if extra:
        more = (translate("Data", "{n} more bytes").format(n=extra) if f.size is not None
                else translate("Data", "more data"))
        raise InputError(translate(
            "Data", "{path}: the file goes on after the {expected} bytes the header promises "
            "({what}; found {more}): the header or the file is wrong"
        ).format(path=path, expected=expected, what=what, more=more))
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
        raise InputError(translate("Data", "{path}: not a text file (it contains NUL bytes); "
                                   "expected CSV text").format(path=path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(translate("Data", "{path}: not a UTF-8 text file (line {line} has a byte "
                                   "that is not UTF-8)").format(path=path, line=line)) from None
    rows = [(i, line.rstrip("\r")) for i, line in enumerate(text.split("\n"), start=1)]
    rows = [(i, line) for i, line in rows if line.strip()]
    if not rows:
        raise InputError(translate("Data", "{path}: the file is empty (no rows)").format(path=path))
    first_line, first = rows[0]
    if not _ROW.fullmatch(first) and not is_number(first.split(",")[0]):
        rows = rows[1:]  # a header row
        if not rows:
            raise InputError(translate("Data", "{path}: no data rows after the header on line {line}")
                             .format(path=path, line=first_line))
    width_line, width_text = rows[0]
    width = width_text.count(",") + 1
    pixels = width - 1
    side = math.isqrt(pixels) if pixels > 0 else 0
    if pixels < 1 or side * side != pixels or side > MAX_SIDE:
        raise InputError(translate(
            "Data", "{path}: line {line} has {width} values: a label and {pixels} pixels; "
            "the pixels must make a square image (784 = 28x28, 256 = 16x16)"
        ).format(path=path, line=width_line, width=width, pixels=pixels))
    for line_no, line in rows:
        count = line.count(",") + 1
        if count != width:
            raise InputError(translate(
                "Data", "{path}: line {line} has {count} values, line {first} has {width} "
                "(a label and {pixels} pixels)"
            ).format(path=path, line=line_no, count=count, first=width_line, width=width,
                     pixels=pixels))
    joined = ",".join(line for _, line in rows)
    if not _plain_numbers(joined):  # the slow check, line by line, finds what is wrong
        for line_no, line in rows:
            if not _ROW.fullmatch(line):
                _bad_cell(path, line_no, line)
    values = np.fromstring(joined, dtype=np.int64, sep=",")
    if values.size != len(rows) * width:  # pragma: no cover - the pattern check makes this exact
        raise InputError(translate("Data", "{path}: could not read the numbers").format(path=path))
    values = values.reshape(len(rows), width)
    labels, images = values[:, 0], values[:, 1:]
    bad = np.flatnonzero(labels >= N_CLASSES)
    if bad.size:
        r = int(bad[0])
        raise InputError(translate(
            "Data", "{path}: line {line}, column 1: label {label} is outside 0..9"
        ).format(path=path, line=rows[r][0], label=int(labels[r])))
    bad_rows, bad_cols = np.nonzero(images > 255)
    if bad_rows.size:
        r, c = int(bad_rows[0]), int(bad_cols[0])
        raise InputError(translate(
            "Data", "{path}: line {line}, column {column}: pixel value {value} is outside 0..255"
        ).format(path=path, line=rows[r][0], column=c + 2, value=int(images[r, c])))
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
        if re.fullmatch(r"[0-9]{1,9}", cell):
            continue
        label = j == 1
        shown = repr(cell)
        if re.fullmatch(r"[0-9]+", cell) or re.fullmatch(r"-\d+", cell):
            shown = cell
            message = (translate("Data", "{where}: label {cell} is outside 0..9") if label else
                       translate("Data", "{where}: pixel value {cell} is outside 0..255"))
        elif not cell:
            message = (translate("Data", "{where}: the cell is empty; expected a label 0..9") if label
                       else translate("Data", "{where}: the cell is empty; expected a pixel value "
                                      "0..255"))
        elif is_number(cell):
            message = (translate("Data", "{where}: {cell} is not a whole number; expected a label "
                                 "0..9") if label else
                       translate("Data", "{where}: {cell} is not a whole number; expected a pixel "
                                 "value 0..255"))
        else:
            message = (translate("Data", "{where}: {cell} is not a number; expected a label 0..9")
                       if label else
                       translate("Data", "{where}: {cell} is not a number; expected a pixel value "
                                 "0..255"))
        where = translate("Data", "{path}: line {line}, column {column}").format(
            path=path, line=line_no, column=j)
        raise InputError(message.format(where=where, cell=shown))
    raise InputError(translate("Data", "{path}: line {line}: cannot read the numbers")
                     .format(path=path, line=line_no))  # pragma: no cover
