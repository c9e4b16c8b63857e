"""One loader for every data file a lecturer opens: the app, the CLI and lessons all call it.

    load_data_file("points.csv")                     a CSV table: features, then the target
    load_data_file("mnist_train.csv")                a digit CSV: label, then side² pixels
    load_data_file("train-images-idx3-ubyte.gz")     IDX images; the labels found beside them
    load_data_file("imgs.gz", labels_path="lbl.gz")  ... or given

What a file holds is told by its content (:func:`data_file_format`), never by its name:
IDX images start 00 00 08 03 (inside gzip or not); a digit CSV's header begins "label", or
every row is 1 + side² whole numbers in 0..255 (side ≥ 8: an 8×8 image at least, so a small
table of whole numbers stays a table) with the label 0..9 first;
anything else is a CSV table, read by :func:`~nnviz.core.data.csv_loader.load_csv` as before.

Images become rows x = grey level / 255 ∈ [0, 1], pixels row by row (input k = cols·row +
column), ``image_shape`` (rows, cols), features r1c1, r1c2, ..., classes "0".."9", split by a
seeded stratified draw; images hold out IMAGE_TEST_RATIO = 0.2 as the test set unless told
otherwise, tables none.
"""

from __future__ import annotations

import gzip
import math
import os
import re
import struct
import zlib
from pathlib import Path

import numpy as np

from nnviz.core.data.csv_loader import load_csv
from nnviz.core.data.dataset import CLASSIFICATION, Dataset
from nnviz.core.data.generators import check_seed, check_test_ratio
from nnviz.core.data.idx import (
    LABELS_MAGIC,
    N_CLASSES,
    read_digit_csv,
    read_idx_pair,
)
from nnviz.core.data.split import data_streams, split_indices
from nnviz.core.errors import InputError
from nnviz.core.files import check_regular
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate

IDX_IMAGES = "IDX images"
DIGIT_CSV = "digit CSV"
TABLE_CSV = "CSV table"
IMAGE_TEST_RATIO = 0.2
MIN_HEADERLESS_SIDE = 8  # a digit CSV without a header: images of 8×8 pixels or more
CLASS_NAMES = tuple(str(d) for d in range(N_CLASSES))
ACCEPTED = QT_TRANSLATE_NOOP("Data", "nnviz reads a CSV table (the target last), a digit CSV "
                             "(label, then the pixels) and IDX images (train-images-idx3-ubyte, "
                             ".gz or not)")  # shown with translate("Data", ACCEPTED)
_HEAD_BYTES = 1 << 16  # what data_file_format reads: some 30 rows of mnist_train.csv
_IDX_SIGNATURE = b"\x00\x00\x08"  # two zero bytes, then 08: unsigned bytes
_GZIP = b"\x1f\x8b"
_WHOLE_ROW = re.compile(r"[ \t]*\d{1,3}[ \t]*(?:,[ \t]*\d{1,3}[ \t]*)*", re.ASCII)


def data_file_format(path: str | os.PathLike) -> str:
    """IDX_IMAGES, DIGIT_CSV or TABLE_CSV, told by the first bytes of the file.

    An IDX label file, a gzip file that is not IDX, or binary data raise an InputError saying
    what to open instead; so do a missing file, a directory, FIFO or device.
    """
    path = Path(path)
    check_regular(path, "a data file")
    gz = False
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD_BYTES)
            whole = not f.read(1)
        gz = head[:2] == _GZIP
        if gz:
            with gzip.open(path, "rb") as g:
                head = g.read(4)
    except (OSError, EOFError, zlib.error) as e:
        message = (translate("Data", "{path}: the gzip data is damaged or cut short ({error})") if gz
                   else translate("Data", "{path}: cannot read ({error})"))
        raise InputError(message.format(path=path, error=getattr(e, "strerror", None) or e)) from None
    if head[:3] == _IDX_SIGNATURE:
        if len(head) >= 4 and struct.unpack(">I", head[:4])[0] == LABELS_MAGIC:
            raise InputError(translate(
                "Data", "{path}: is an IDX label file; open its images (e.g. "
                "train-images-idx3-ubyte.gz) and give this file as their labels"
            ).format(path=path))
        return IDX_IMAGES
    if gz or b"\x00" in head:
        message = (translate("Data", "{path}: not a file nnviz reads (gzip data that is not IDX "
                             "images): {accepted}") if gz else
                   translate("Data", "{path}: not a file nnviz reads (binary data, not IDX images): "
                             "{accepted}"))
        raise InputError(message.format(path=path, accepted=translate("Data", ACCEPTED)))
    return DIGIT_CSV if _looks_like_digits(head, whole) else TABLE_CSV


def _looks_like_digits(head: bytes, whole: bool) -> bool:
    """A header whose first cell is "label", or rows of 1 + side² whole numbers (side ≥ 8)
    in 0..255 with the label 0..9 first; the rows are the complete lines of ``head``."""
    lines = [line.strip() for line in head.decode("utf-8-sig", errors="replace").split("\n")]
    first = next((line for line in lines if line), "")
    if first.split(",")[0].strip().strip("\"'").lower() == "label" and "," in first:
        return True
    rows = [line for line in (lines if whole else lines[:-1]) if line]
    if not rows:
        return False
    width = rows[0].count(",") + 1
    side = math.isqrt(width - 1)
    if side < MIN_HEADERLESS_SIDE or side * side != width - 1:
        return False
    for row in rows:
        if not _WHOLE_ROW.fullmatch(row):
            return False
        cells = [int(c) for c in row.split(",")]
        if len(cells) != width or cells[0] >= N_CLASSES or max(cells) > 255:
            return False
    return True


def labels_beside(images: str | os.PathLike) -> Path | None:
    """The labels file MNIST's naming puts beside ``images`` (…-images-idx3-ubyte[.gz] →
    …-labels-idx1-ubyte[.gz], the same compression first), if it exists; else None."""
    images = Path(images)
    name = images.name.removesuffix(".gz")
    guess = name.replace("images", "labels").replace("idx3", "idx1")
    if guess == name:
        return None
    order = (guess + ".gz", guess) if images.name.endswith(".gz") else (guess, guess + ".gz")
    return next((images.parent / n for n in order if (images.parent / n).is_file()), None)


def needs_labels_file(path: str | os.PathLike) -> bool:
    """True for IDX images whose labels are not beside them by MNIST's naming."""
    return data_file_format(path) == IDX_IMAGES and labels_beside(path) is None


def default_test_ratio(path: str | os.PathLike) -> float:
    """The test share a file gets unless told: IMAGE_TEST_RATIO for images, 0 for a table."""
    return 0.0 if data_file_format(path) == TABLE_CSV else IMAGE_TEST_RATIO


def load_data_file(
    path: str | os.PathLike,
    *,
    labels_path: str | os.PathLike | None = None,
    test_ratio: float | None = None,
    seed: int = 0,
    kind: str | None = None,
) -> Dataset:
    """The Dataset in ``path`` (:func:`data_file_format` tells how to read it).

    ``labels_path``: the labels of IDX images (default: :func:`labels_beside`).
    ``test_ratio``: the held-out share (None: IMAGE_TEST_RATIO for images, 0 for a table).
    ``kind``: a table's target, "classification" or "regression" (None: detected); images
    are always classification into ten classes. Every problem is an InputError naming the file.
    """
    path = Path(path)
    seed = check_seed(seed)
    if test_ratio is not None:
        test_ratio = check_test_ratio(test_ratio)
    found = data_file_format(path)
    if found == TABLE_CSV:
        if labels_path is not None:
            raise InputError(translate("Data", "{labels}: a labels file goes with IDX images, but "
                                       "{path} is a CSV table (its last column is the target)")
                             .format(labels=labels_path, path=path))
        return load_csv(path, test_ratio=test_ratio or 0.0, seed=seed, kind=kind)
    if kind not in (None, CLASSIFICATION):
        raise InputError(translate("Data", "{path}: holds digit images, classification into ten "
                                   "classes, not {kind}").format(path=path, kind=kind))
    if found == DIGIT_CSV:
        if labels_path is not None:
            raise InputError(translate("Data", "{labels}: a labels file goes with IDX images; the "
                                       "digit CSV {path} has its labels in its first column")
                             .format(labels=labels_path, path=path))
        images, labels = read_digit_csv(path)
    else:
        images, labels = read_idx_pair(path, _labels_of(path) if labels_path is None else labels_path)
    return _image_dataset(path, images, labels,
                          IMAGE_TEST_RATIO if test_ratio is None else test_ratio, seed)


def _labels_of(images: Path) -> Path:
    """The labels beside ``images``, or an InputError saying which file to give."""
    found = labels_beside(images)
    if found is not None:
        return found
    how = translate("Data", "give the labels file (nnviz train --data-labels FILE; a lesson: "
                    "labels_file = \"FILE\"; the app asks for it)")
    name = images.name.removesuffix(".gz")
    guess = name.replace("images", "labels").replace("idx3", "idx1")
    if guess == name:
        raise InputError(translate("Data", "{path}: IDX images need their labels, and this name "
                                   "does not follow MNIST's (…-images-idx3-ubyte → "
                                   "…-labels-idx1-ubyte): {how}").format(path=images, how=how))
    raise InputError(translate("Data", "{path}: IDX images need their labels: no {guess} (or "
                               "{guess}.gz) beside it in {folder}; {how}")
                     .format(path=images, guess=guess, folder=images.parent, how=how))


def pixel_names(rows: int, cols: int) -> tuple[str, ...]:
    """The inputs of a rows×cols image, row by row: r1c1, r1c2, ..., r{rows}c{cols}."""
    return tuple(f"r{r}c{c}" for r in range(1, rows + 1) for c in range(1, cols + 1))


def _image_dataset(path: Path, images: np.ndarray, labels: np.ndarray, test_ratio: float,
                   seed: int) -> Dataset:
    """Grey levels (n, rows, cols) uint8 and labels 0..9 as a stratified split Dataset; the
    split is drawn before x = grey / 255, so 60,000 images cost their float rows once."""
    n, rows, cols = images.shape
    if n == 0:
        raise InputError(translate("Data", "{path}: holds no images").format(path=path))
    try:
        train, test = split_indices(n, test_ratio, data_streams(seed)[1], classes=labels)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None
    flat = images.reshape(n, rows * cols)
    return Dataset(
        name=Path(path.name.removesuffix(".gz")).stem,
        kind=CLASSIFICATION,
        x_train=flat[train] / 255.0,
        y_train=labels[train].astype(int),
        x_test=flat[test] / 255.0,
        y_test=labels[test].astype(int),
        feature_names=pixel_names(rows, cols),
        target_names=CLASS_NAMES,
        image_shape=(rows, cols),
    )
