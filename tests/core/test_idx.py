"""The IDX and digit-CSV readers: exact round trips and the bad-file suite."""

from __future__ import annotations

import gzip
import os
import struct
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from nnviz.core.data.idx import (
    read_digit_csv,
    read_idx_images,
    read_idx_labels,
    read_idx_pair,
)
from nnviz.core.errors import InputError

EXAMPLE = np.arange(12, dtype=np.uint8).reshape(3, 2, 2) * 20


def idx_images(images: np.ndarray, *, magic: int = 0x803, n: int | None = None) -> bytes:
    count, rows, cols = images.shape
    head = struct.pack(">IIII", magic, count if n is None else n, rows, cols)
    return head + images.astype(np.uint8).tobytes()


def idx_labels(labels, *, magic: int = 0x801, n: int | None = None) -> bytes:
    labels = np.asarray(labels, dtype=np.uint8)
    return struct.pack(">II", magic, len(labels) if n is None else n) + labels.tobytes()


def write(path, data: bytes, gz: bool = False):
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def raises(match: str):
    return pytest.raises(InputError, match=match)


# ---------------------------------------------------------------------- IDX happy path


@pytest.mark.parametrize("gz", [False, True])
def test_images_round_trip_exactly(tmp_path, gz):
    # the name says nothing: gzip is told by the first two bytes
    path = write(tmp_path / "train-images-idx3-ubyte", idx_images(EXAMPLE), gz)
    images = read_idx_images(path)
    assert images.dtype == np.uint8 and images.shape == (3, 2, 2)
    np.testing.assert_array_equal(images, EXAMPLE)
    assert images.flags.writeable


@pytest.mark.parametrize("gz", [False, True])
def test_labels_and_pair_round_trip(tmp_path, gz):
    ipath = write(tmp_path / "imgs.gz", idx_images(EXAMPLE), gz)
    lpath = write(tmp_path / "labels.gz", idx_labels([7, 0, 9]), gz)
    labels = read_idx_labels(lpath)
    assert labels.dtype == np.uint8
    assert labels.tolist() == [7, 0, 9]
    images, labels = read_idx_pair(ipath, lpath)
    np.testing.assert_array_equal(images, EXAMPLE)
    assert labels.tolist() == [7, 0, 9]


def test_empty_set_is_allowed(tmp_path):
    path = write(tmp_path / "i", idx_images(np.zeros((0, 28, 28), np.uint8)))
    assert read_idx_images(path).shape == (0, 28, 28)


@settings(max_examples=40, deadline=None)
@given(
    images=hnp.arrays(
        np.uint8,
        st.tuples(st.integers(0, 6), st.integers(1, 9), st.integers(1, 9)),
    ),
    gz=st.booleans(),
)
def test_random_stacks_round_trip(tmp_path_factory, images, gz):
    path = write(tmp_path_factory.mktemp("idx") / "images", idx_images(images), gz)
    out = read_idx_images(path)
    assert out.shape == images.shape and out.dtype == np.uint8
    np.testing.assert_array_equal(out, images)


# ---------------------------------------------------------------------- IDX bad files


def test_missing_file(tmp_path):
    with raises(r"nope-idx3-ubyte: no such file"):
        read_idx_images(tmp_path / "nope-idx3-ubyte")
    with raises(r"no such file"):
        read_idx_labels(tmp_path / "nope")


def test_directory_refused(tmp_path):
    with raises(r"is a directory, not an IDX file"):
        read_idx_images(tmp_path)


def test_dev_zero_refused_quickly():
    start = time.perf_counter()
    with raises(r"/dev/zero: is a device, not an IDX file; expected a regular file"):
        read_idx_images("/dev/zero")
    with raises(r"is a device"):
        read_idx_labels("/dev/zero")
    assert time.perf_counter() - start < 1.0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with raises(r"is a FIFO \(named pipe\), not an IDX file"):
        read_idx_images(fifo)
    with raises(r"is a FIFO"):
        read_digit_csv(fifo)
    assert time.perf_counter() - start < 1.0


def test_wrong_magic_says_expected_and_found(tmp_path):
    path = write(tmp_path / "i", idx_images(EXAMPLE, magic=0x12345678))
    with raises(r"wrong magic number 0x12345678; expected 0x00000803 for an IDX image file"):
        read_idx_images(path)


@pytest.mark.parametrize("gz", [False, True])
def test_labels_given_as_images_is_named(tmp_path, gz):
    path = write(tmp_path / "l", idx_labels([1, 2, 3]), gz)
    with raises(r"wrong magic number 0x00000801 \(that is an IDX label file\); expected 0x00000803"):
        read_idx_images(path)
    ipath = write(tmp_path / "i", idx_images(EXAMPLE), gz)
    with raises(r"wrong magic number 0x00000803 \(that is an IDX image file\); expected 0x00000801"):
        read_idx_labels(ipath)


def test_text_file_is_wrong_magic(tmp_path):
    path = tmp_path / "mnist_train.csv"
    path.write_text("5,0,0,0\n")
    with raises(r"wrong magic number 0x352C302C; expected 0x00000803"):
        read_idx_images(path)


def test_too_short_for_magic(tmp_path):
    with raises(r"truncated: 2 bytes, too short for the 4-byte magic number"):
        read_idx_images(write(tmp_path / "i", b"\x00\x00"))
    with raises(r"truncated: 0 bytes"):
        read_idx_labels(write(tmp_path / "e", b""))


def test_truncated_header(tmp_path):
    path = write(tmp_path / "i", idx_images(EXAMPLE)[:10])
    with raises(r"truncated header: expected 16 bytes, found 10"):
        read_idx_images(path)


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_images_say_expected_and_found(tmp_path, gz):
    data = idx_images(EXAMPLE)[:-5]  # 16 + 12 = 28 bytes promised, 23 there
    path = write(tmp_path / "i", data, gz)
    with raises(r"truncated: the header promises 3 images of 2x2 pixels, 28 bytes in all.*(has|found) 23"):
        read_idx_images(path)


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_labels(tmp_path, gz):
    path = write(tmp_path / "l", idx_labels([1, 2, 3], n=5), gz)
    with raises(r"truncated: the header promises 5 labels, 13 bytes in all.*(has|found) 11"):
        read_idx_labels(path)


def test_damaged_gzip(tmp_path):
    data = gzip.compress(idx_images(EXAMPLE))
    path = write(tmp_path / "i.gz", data[:-12])  # cut in the compressed stream
    with raises(r"(gzip data is damaged or cut short|truncated)"):
        read_idx_images(path)


@pytest.mark.parametrize("gz", [False, True])
def test_trailing_data_refused(tmp_path, gz):
    path = write(tmp_path / "i", idx_images(EXAMPLE) + b"\x00" * 7, gz)
    with raises(r"the file goes on after the 28 bytes the header promises"):
        read_idx_images(path)


@pytest.mark.parametrize(
    ("shape", "message"),
    [
        ((10_000_001, 28, 28), r"the header says 10000001 images; at most 10,000,000"),
        ((5, 2000, 28), r"the header says the images are 2000x28 pixels; expected 1 to 1024"),
        ((5, 28, 1025), r"images are 28x1025 pixels"),
        ((5, 0, 28), r"images are 0x28 pixels"),
    ],
)
def test_absurd_header_refused_before_reading(tmp_path, shape, message):
    n, rows, cols = shape
    path = write(tmp_path / "i", struct.pack(">IIII", 0x803, n, rows, cols) + b"\x00" * 100)
    with raises(message):
        read_idx_images(path)


def test_absurd_label_count(tmp_path):
    path = write(tmp_path / "l", struct.pack(">II", 0x801, 0xFFFFFFFF))
    with raises(r"the header says 4294967295 labels; at most 10,000,000"):
        read_idx_labels(path)


def test_huge_promise_in_gzip_reads_only_what_is_there(tmp_path):
    # a gzip file promising 9,999,999 images of 1024x1024 holds only a few: refused as
    # truncated, after reading what the file has (no 10 TB allocation)
    data = struct.pack(">IIII", 0x803, 9_999_999, 1024, 1024) + b"\x00" * 1000
    path = write(tmp_path / "i.gz", data, gz=True)
    with raises(r"truncated: the header promises 9999999 images of 1024x1024 pixels"):
        read_idx_images(path)


def test_huge_gzip_beyond_the_promise_is_not_read_whole(tmp_path):
    # a gzip bomb: 28 bytes promised, 50 MB of zeros after them
    zeros = gzip.compress(b"\x00" * 50_000_000, compresslevel=1)
    path = tmp_path / "bomb.gz"
    path.write_bytes(gzip.compress(idx_images(EXAMPLE)) + zeros)
    start = time.perf_counter()
    with raises(r"goes on after the 28 bytes the header promises"):
        read_idx_images(path)
    assert time.perf_counter() - start < 1.0


def test_labels_out_of_range(tmp_path):
    path = write(tmp_path / "l", idx_labels([1, 2, 12, 3, 200]))
    with raises(r"label 12 at position 3 of 5 is outside 0..9 \(2 labels out of range\)"):
        read_idx_labels(path)


def test_pair_counts_must_match(tmp_path):
    ipath = write(tmp_path / "imgs", idx_images(EXAMPLE))
    lpath = write(tmp_path / "labs", idx_labels([1, 2]))
    with raises(r"imgs and .*labs do not match: 3 images but 2 labels"):
        read_idx_pair(ipath, lpath)


# ---------------------------------------------------------------------- digit CSV


def csv_text(labels, images, header: bool = False) -> str:
    lines = []
    if header:
        lines.append("label," + ",".join(f"{r}x{c}" for r in range(1, 3) for c in range(1, 3)))
    for label, image in zip(labels, images):
        lines.append(",".join(str(v) for v in [label, *image.ravel().tolist()]))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("header", [False, True])
def test_csv_round_trip(tmp_path, header):
    path = tmp_path / "mnist_train.csv"
    path.write_text(csv_text([7, 0, 9], EXAMPLE, header))
    images, labels = read_digit_csv(path)
    assert images.dtype == np.uint8 and labels.dtype == np.uint8
    np.testing.assert_array_equal(images, EXAMPLE)
    assert labels.tolist() == [7, 0, 9]


def test_csv_784_pixels_crlf_spaces_and_blank_lines(tmp_path):
    rng = np.random.default_rng(3)
    images = rng.integers(0, 256, size=(4, 28, 28), dtype=np.uint8)
    text = csv_text([1, 2, 3, 4], images).replace(",", ", ").replace("\n", "\r\n\r\n")
    path = tmp_path / "d.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    out, labels = read_digit_csv(path)
    assert out.shape == (4, 28, 28)
    np.testing.assert_array_equal(out, images)
    assert labels.tolist() == [1, 2, 3, 4]


def _csv(tmp_path, text: str):
    path = tmp_path / "d.csv"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"d.csv: the file is empty"),
        ("\n \n", r"the file is empty"),
        ("label,a,b,c,d\n", r"no data rows after the header on line 1"),
        ("1,2,3,4\n", r"line 1 has 4 values: a label and 3 pixels; the pixels must make a square"),
        ("1\n", r"line 1 has 1 values: a label and 0 pixels"),
        ("1,2,3,4,5\n\n2,1,1,1\n", r"line 3 has 4 values, line 1 has 5"),
        ("1,2,3,4,5\n2,1,1,1,1,1\n", r"line 2 has 6 values, line 1 has 5"),
        ("1,2,3,4,5\n2,1,x,1,1\n", r"line 2, column 3: 'x' is not a number; expected a pixel value 0..255"),
        ("1,2,3,4,5\n2,1,1.5,1,1\n", r"line 2, column 3: '1.5' is not a whole number"),
        ("1,2,3,4,5\n2,1,,1,1\n", r"line 2, column 3: the cell is empty"),
        ("1,2,3,4,5\n2,1,1,-4,1\n", r"line 2, column 4: pixel value -4 is outside 0..255"),
        ("1,2,3,4,5\n2,1,1,256,1\n", r"line 2, column 4: pixel value 256 is outside 0..255"),
        ("1,2,3,4,5\n2,1,1,1,12345678901\n", r"line 2, column 5: pixel value 12345678901 is outside 0..255"),
        ("1,2,3,4,5\n10,1,1,1,1\n", r"line 2, column 1: label 10 is outside 0..9"),
        ("label,p1,p2,p3,p4\n1,2,3,4,5\n-1,1,1,1,1\n", r"line 3, column 1: label -1 is outside 0..9"),
        ("1,2,3,4,5\nx,1,1,1,1\n", r"line 2, column 1: 'x' is not a number; expected a label 0..9"),
    ],
)
def test_csv_errors(tmp_path, text, message):
    with raises(message):
        read_digit_csv(_csv(tmp_path, text))


def test_csv_missing_directory_device_binary(tmp_path):
    with raises(r"no such file"):
        read_digit_csv(tmp_path / "none.csv")
    with raises(r"is a directory, not a CSV file"):
        read_digit_csv(tmp_path)
    with raises(r"is a device, not a CSV file"):
        read_digit_csv("/dev/zero")
    path = tmp_path / "b.csv"
    path.write_bytes(idx_images(EXAMPLE))
    with raises(r"not a text file \(it contains NUL bytes\)"):
        read_digit_csv(path)
    path.write_bytes(b"1,2,3,4,5\n1,2,\xff,4,5\n")
    with raises(r"not a UTF-8 text file \(line 2"):
        read_digit_csv(path)
