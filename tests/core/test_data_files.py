"""load_data_file: one loader for CSV tables, digit CSVs and IDX images, told by content."""

from __future__ import annotations

import gzip
import struct
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from nnviz.core.config import CSV, DataSpec, build_dataset, resolve_data
from nnviz.core.data import load_csv, load_data_file
from nnviz.core.data.files import (
    DIGIT_CSV,
    IDX_IMAGES,
    TABLE_CSV,
    data_file_format,
    labels_beside,
    needs_labels_file,
)
from nnviz.core.errors import InputError
from nnviz.core.lessons import load_lesson

# three 4×4 images: image i has grey levels 16·i + 0..15, row by row
IMAGES = (np.arange(48).reshape(3, 4, 4) + np.array([0, 100, 200])[:, None, None]).astype(np.uint8)
LABELS = np.array([3, 0, 7], dtype=np.uint8)
EXAM = Path(__file__).parents[2] / "resources" / "data" / "exam.csv"


def write_idx(path: Path, images=IMAGES, labels=LABELS, *, labels_path: Path | None = None,
              gz: bool = False) -> Path:
    """IDX images at ``path`` and their labels at ``labels_path`` (or MNIST's name beside)."""
    n, rows, cols = images.shape
    data = struct.pack(">IIII", 0x803, n, rows, cols) + images.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(data) if gz else data)
    if labels is not None:
        labels_path = labels_path or path.with_name(
            path.name.replace("images", "labels").replace("idx3", "idx1"))
        data = struct.pack(">II", 0x801, len(labels)) + np.asarray(labels, np.uint8).tobytes()
        labels_path.write_bytes(gzip.compress(data) if gz else data)
    return path


def write_digit_csv(path: Path, images=IMAGES, labels=LABELS, header: bool = True) -> Path:
    side = images.shape[1]
    head = ["label," + ",".join(f"{r}x{c}" for r in range(1, side + 1) for c in range(1, side + 1))]
    rows = [",".join(map(str, [label, *image.ravel()])) for image, label in zip(images, labels)]
    path.write_text("\n".join(head * header + rows) + "\n")
    return path


def assert_the_three_images(d, name: str) -> None:
    assert d.name == name and d.kind == "classification"
    assert d.image_shape == (4, 4) and d.n_features == 16
    assert d.feature_names[:5] == ("r1c1", "r1c2", "r1c3", "r1c4", "r2c1")
    assert d.feature_names[-1] == "r4c4"
    assert d.target_names == tuple("0123456789")
    np.testing.assert_array_equal(d.x_train * 255, IMAGES.reshape(3, 16))
    assert d.x_train[2, 15] == 247 / 255 and d.x_train.max() <= 1.0
    assert d.y_train.tolist() == [3, 0, 7] and len(d.x_test) == 0


# -------------------------------------------------------------------- IDX images


@pytest.mark.parametrize("gz", [False, True])
def test_idx_images_with_their_labels_found_by_mnist_naming(tmp_path, gz):
    path = write_idx(tmp_path / ("train-images-idx3-ubyte" + ".gz" * gz), gz=gz)
    assert data_file_format(path) == IDX_IMAGES
    assert labels_beside(path) == tmp_path / ("train-labels-idx1-ubyte" + ".gz" * gz)
    assert not needs_labels_file(path)
    assert_the_three_images(load_data_file(path, test_ratio=0), "train-images-idx3-ubyte")


def test_the_t10k_pair_and_mixed_compression_are_found(tmp_path):
    images = write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", labels=None, gz=True)
    write_idx(tmp_path / "t10k-images-idx3-ubyte")  # raw images, raw t10k-labels-idx1-ubyte
    (tmp_path / "t10k-images-idx3-ubyte").unlink()
    assert labels_beside(images) == tmp_path / "t10k-labels-idx1-ubyte"
    assert_the_three_images(load_data_file(images, test_ratio=0), "t10k-images-idx3-ubyte")


@pytest.mark.parametrize("images, labels", [
    ("train-images.idx3-ubyte", "train-labels.idx1-ubyte"),  # as some mirrors name them
    ("emnist-digits-test-images-idx3-ubyte.gz", "emnist-digits-test-labels-idx1-ubyte.gz"),
    ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte"),  # the other compression
])
def test_labels_beside_by_mnist_naming(tmp_path, images, labels):
    assert labels_beside(tmp_path / images) is None
    (tmp_path / labels).write_bytes(b"")
    assert labels_beside(tmp_path / images) == tmp_path / labels


def test_explicit_labels_under_any_names(tmp_path):
    images = write_idx(tmp_path / "pictures.bin", labels_path=tmp_path / "tags.bin")
    assert needs_labels_file(images)
    assert_the_three_images(load_data_file(images, labels_path=tmp_path / "tags.bin",
                                           test_ratio=0), "pictures")


def test_missing_labels_say_which_file_to_give(tmp_path):
    images = write_idx(tmp_path / "train-images-idx3-ubyte.gz", labels=None, gz=True)
    with pytest.raises(InputError) as e:
        load_data_file(images)
    text = str(e.value)
    assert str(images) in text and "train-labels-idx1-ubyte" in text and "--data-labels" in text
    other = write_idx(tmp_path / "pictures.bin", labels=None)
    with pytest.raises(InputError, match="does not follow MNIST's"):
        load_data_file(other)
    with pytest.raises(InputError, match="no such file"):
        load_data_file(other, labels_path=tmp_path / "nothing.bin")


def test_mismatched_counts(tmp_path):
    images = write_idx(tmp_path / "train-images-idx3-ubyte", labels=LABELS[:2])
    with pytest.raises(InputError, match="3 images but 2 labels"):
        load_data_file(images)


def test_a_label_file_given_as_the_data_says_to_open_the_images(tmp_path):
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", gz=True)
    with pytest.raises(InputError, match=r"train-labels-idx1-ubyte.gz: is an IDX label file; open its images"):
        load_data_file(tmp_path / "train-labels-idx1-ubyte.gz")


@pytest.mark.parametrize("content, words", [
    (gzip.compress(b"x1,y\n1,2\n"), "gzip data that is not IDX images"),
    (b"PK\x03\x04\x00\x00zip", "binary data, not IDX images"),
])
def test_binary_files_that_are_not_idx(tmp_path, content, words):
    path = tmp_path / "data.bin"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words) as e:
        load_data_file(path)
    assert str(path) in str(e.value) and "CSV table" in str(e.value)


def test_a_damaged_idx_file_keeps_the_readers_message(tmp_path):
    path = write_idx(tmp_path / "train-images-idx3-ubyte")
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(InputError, match="truncated"):
        load_data_file(path)


def test_images_are_classification_only(tmp_path):
    images = write_idx(tmp_path / "train-images-idx3-ubyte")
    with pytest.raises(InputError, match="not regression"):
        load_data_file(images, kind="regression")
    assert load_data_file(images, kind="classification", test_ratio=0).n_classes == 10


# -------------------------------------------------------------------- the split


def fifty(tmp_path, gz=False) -> Path:
    """50 images 2×2, five of each digit (image i is all grey i)."""
    images = np.repeat(np.arange(50, dtype=np.uint8), 4).reshape(50, 2, 2)
    return write_idx(tmp_path / "train-images-idx3-ubyte", images, np.arange(50) % 10, gz=gz)


def test_images_hold_out_a_fifth_stratified_by_default(tmp_path):
    d = load_data_file(fifty(tmp_path))
    assert (len(d.x_train), len(d.x_test)) == (40, 10)
    assert np.bincount(d.y_test, minlength=10).tolist() == [1] * 10  # one of each digit
    grey = np.concatenate([d.x_train[:, 0], d.x_test[:, 0]]) * 255
    labels = np.concatenate([d.y_train, d.y_test])
    assert sorted(grey.round().astype(int)) == list(range(50))  # every image once
    assert np.all(labels == grey.round() % 10)  # each with its own label
    assert np.all(d.x_train == d.x_train[:, :1])  # the four pixels of an image stay together


def test_the_split_follows_the_seed_and_the_ratio(tmp_path):
    path = fifty(tmp_path)
    a, b = load_data_file(path, seed=4), load_data_file(path, seed=4)
    np.testing.assert_array_equal(a.x_test, b.x_test)
    assert not np.array_equal(a.x_test, load_data_file(path, seed=5).x_test)
    assert len(load_data_file(path, test_ratio=0.5).x_test) == 25
    with pytest.raises(InputError, match="test_ratio"):
        load_data_file(path, test_ratio=1.0)


def test_a_digit_csv_splits_exactly_as_the_same_idx_file(tmp_path):
    idx = load_data_file(fifty(tmp_path), seed=2)
    images = np.repeat(np.arange(50, dtype=np.uint8), 4).reshape(50, 2, 2)
    csv = load_data_file(write_digit_csv(tmp_path / "d.csv", images, np.arange(50) % 10), seed=2)
    np.testing.assert_array_equal(idx.x_test, csv.x_test)
    np.testing.assert_array_equal(idx.y_train, csv.y_train)


@settings(max_examples=25, deadline=None)
@given(images=hnp.arrays(np.uint8, st.tuples(st.integers(1, 12), st.integers(1, 5), st.integers(1, 5))),
       data=st.data())
def test_any_idx_set_reads_back_exactly(tmp_path_factory, images, data):
    labels = data.draw(hnp.arrays(np.uint8, len(images), elements=st.integers(0, 9)))
    path = write_idx(tmp_path_factory.mktemp("idx") / "train-images-idx3-ubyte", images, labels,
                     gz=data.draw(st.booleans()))
    d = load_data_file(path, test_ratio=0)
    np.testing.assert_array_equal(d.x_train, images.reshape(len(images), -1) / 255.0)
    np.testing.assert_array_equal(d.y_train, labels)
    assert d.image_shape == images.shape[1:]


# -------------------------------------------------------------------- CSV files


def test_a_digit_csv_with_its_header(tmp_path):
    path = write_digit_csv(tmp_path / "mnist_small.csv")
    assert data_file_format(path) == DIGIT_CSV
    assert_the_three_images(load_data_file(path, test_ratio=0), "mnist_small")
    with pytest.raises(InputError, match="labels in its first column"):
        load_data_file(path, labels_path=tmp_path / "x")


def test_without_a_header_images_of_8x8_or_more_are_digits_and_smaller_ones_a_table(tmp_path):
    """1 + 8² whole-number columns read as digits; 1 + 4² (or a 5-column table of small whole
    numbers: 1 + 2²) stay a CSV table."""
    images = (np.arange(3 * 64).reshape(3, 8, 8) % 256).astype(np.uint8)
    eight = write_digit_csv(tmp_path / "eight.csv", images, header=False)
    assert data_file_format(eight) == DIGIT_CSV
    assert load_data_file(eight, test_ratio=0).image_shape == (8, 8)
    assert data_file_format(write_digit_csv(tmp_path / "four.csv", header=False)) == TABLE_CSV
    table = tmp_path / "table.csv"
    table.write_text("1,2,3,4,0\n5,6,7,8,1\n")
    assert data_file_format(table) == TABLE_CSV


def test_a_digit_csv_whose_header_is_longer_than_the_part_looked_at(tmp_path):
    images = np.full((2, 150, 150), 7, dtype=np.uint8)  # a header line of some 200 KB
    path = write_digit_csv(tmp_path / "wide.csv", images, [1, 2])
    assert data_file_format(path) == DIGIT_CSV
    assert load_data_file(path, test_ratio=0).image_shape == (150, 150)


def test_a_digit_csv_keeps_its_readers_errors(tmp_path):
    path = write_digit_csv(tmp_path / "d.csv")
    path.write_text(path.read_text().replace("\n3,", "\n3,999,", 1).replace(",15\n", "\n", 1))
    with pytest.raises(InputError, match=r"d.csv: line 2, column 2: pixel value 999 is outside 0..255"):
        load_data_file(path)


@pytest.mark.parametrize("text", [
    "x1,x2,x3,x4,y\n1,2,3,4,0\n5,6,7,8,1\n",  # a header that is not "label"
    "1,2,3,0\n4,5,6,1\n",  # 1 + 3 cells: not a square
    "3,200\n1,5\n",  # 1 + 1²: a one-pixel image is no image
    "1,2,3,4,0\n11,5,6,7,1\n",  # the first cell 11 is no digit label
    "1,2,3,4,0\n1,2,3,4.5,1\n",  # a decimal
    "1,256,3,4,0\n1,2,3,4,1\n",  # 256 is no grey level
])
def test_other_csv_files_are_tables_read_as_before(tmp_path, text):
    path = tmp_path / "t.csv"
    path.write_text(text)
    assert data_file_format(path) == TABLE_CSV
    d, expected = load_data_file(path), load_csv(path)
    assert d.image_shape is None and d.feature_names == expected.feature_names
    np.testing.assert_array_equal(d.x_train, expected.x_train)


def test_the_shipped_table_is_unchanged(tmp_path):
    d = load_data_file(EXAM, test_ratio=0.25, seed=3, kind="classification")
    expected = load_csv(EXAM, test_ratio=0.25, seed=3, kind="classification")
    for a, b in ((d.x_train, expected.x_train), (d.y_test, expected.y_test)):
        np.testing.assert_array_equal(a, b)
    assert (d.name, d.feature_names, d.target_names) == (expected.name, expected.feature_names,
                                                         expected.target_names)
    assert len(load_data_file(EXAM).x_test) == 0  # a table holds nothing out unless told
    with pytest.raises(InputError, match="goes with IDX images"):
        load_data_file(EXAM, labels_path=EXAM)


def test_missing_files_and_directories(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_data_file(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="is a directory"):
        load_data_file(tmp_path)


# -------------------------------------------------------------------- config and lessons


def test_build_dataset_reads_every_file_through_the_one_loader(tmp_path):
    images = write_idx(tmp_path / "pics.bin", labels_path=tmp_path / "tags.bin")
    spec = resolve_data(DataSpec(name=CSV, path=str(images), labels_path=str(tmp_path / "tags.bin")))
    assert spec.test_ratio == 0.2
    d = build_dataset(spec)
    assert d.image_shape == (4, 4) and len(d.x_train) + len(d.x_test) == 3
    assert resolve_data(DataSpec(name=CSV, path=str(EXAM))).test_ratio == 0.0
    assert resolve_data(DataSpec(name=CSV, path=str(EXAM), test_ratio=0.5)).test_ratio == 0.5
    assert_the_three_images(build_dataset(replace(spec, test_ratio=0.0)), "pics")
    gone = resolve_data(DataSpec(name=CSV, path=str(tmp_path / "gone")))
    assert gone.test_ratio == 0.0  # resolving stays total: building says what is wrong
    with pytest.raises(InputError, match="no such file"):
        build_dataset(gone)


def test_a_lesson_names_idx_images_and_labels_relative_to_itself(tmp_path):
    (tmp_path / "data").mkdir()
    write_idx(tmp_path / "data" / "pictures.gz", labels_path=tmp_path / "data" / "tags.gz", gz=True)
    lesson = tmp_path / "mine.toml"
    lesson.write_text('title = "My digits"\n[data]\nfile = "data/pictures.gz"\n'
                      'labels_file = "data/tags.gz"\ntest_ratio = 0.0\n')
    spec = load_lesson(lesson).config.data
    assert spec.path == str(tmp_path / "data" / "pictures.gz")
    assert spec.labels_path == str(tmp_path / "data" / "tags.gz")
    assert_the_three_images(build_dataset(spec), "pictures")
    lesson.write_text('title = "x"\n[data]\ndataset = "xor"\nlabels_file = "tags.gz"\n')
    with pytest.raises(InputError, match="'labels_file' goes with 'file'"):
        load_lesson(lesson)
