"""The shipped MNIST digits (resources/data/mnist.npz) and the ``mnist`` data set made from them."""

import hashlib
from importlib import resources

import numpy as np
import pytest

from nnviz.core.data import CLASSIFICATION, dataset_info, make_dataset
from nnviz.core.data.generators import mnist_images
from nnviz.core.errors import InputError

MNIST_SHA256 = "0217e13bd0668deb198aa7d305edbf0331eb89f8a6e7dd226e03d1aa3a9bd4ef"
CLASS_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]


def shipped():
    return resources.files("nnviz.resources") / "data" / "mnist.npz"


# --- the shipped file -------------------------------------------------------------------------

def test_the_shipped_file_is_the_converted_one_and_small():
    data = shipped().read_bytes()
    assert hashlib.sha256(data).hexdigest() == MNIST_SHA256
    assert len(data) < 3 * 1024 * 1024


def test_the_shipped_arrays_shape_dtype_range_and_class_counts():
    with shipped().open("rb") as f, np.load(f) as npz:
        assert sorted(npz.files) == ["images", "labels"]
        images, labels = npz["images"], npz["labels"]
    assert images.shape == (10_000, 28, 28) and images.dtype == np.uint8
    assert labels.shape == (10_000,) and labels.dtype == np.uint8
    assert images.min() == 0 and images.max() == 255
    assert np.bincount(labels, minlength=10).tolist() == CLASS_COUNTS
    assert sum(CLASS_COUNTS) == 10_000
    # real digits: every image has ink and paper; a 1 has less ink than a 0 on average
    assert np.all(images.reshape(10_000, -1).max(axis=1) > 200)
    assert np.all(images.reshape(10_000, -1).min(axis=1) == 0)
    ink = images.reshape(10_000, -1).mean(axis=1)
    assert ink[labels == 1].mean() < ink[labels == 0].mean()


def test_the_loader_reads_once_and_gives_read_only_arrays():
    images, labels = mnist_images()
    assert mnist_images()[0] is images
    with pytest.raises(ValueError):
        images[0, 0, 0] = 1
    with pytest.raises(ValueError):
        labels[0] = 1


# --- the mnist data set -----------------------------------------------------------------------

def test_info():
    info = dataset_info("mnist")
    assert info.kind == CLASSIFICATION and info.n == 10_000 and info.test_ratio == 0.2
    assert info.image_shape == (28, 28) and info.n_features == 784
    assert info.target_names == tuple("0123456789") and info.n_classes == 10
    assert info.feature_names[0] == "r1c1" and info.feature_names[29] == "r2c2"
    assert info.feature_names[-1] == "r28c28" and info.min_n == 10 and info.max_n == 10_000


def test_default_split_is_8000_by_2000_stratified_in_0_1():
    d = make_dataset("mnist")
    assert d.x_train.shape == (8000, 784) and d.x_test.shape == (2000, 784)
    assert d.y_train.shape == (8000,) and d.y_test.shape == (2000,)
    assert d.x_train.dtype == np.float64 and d.target_names == tuple("0123456789")
    for x in (d.x_train, d.x_test):
        assert x.min() == 0.0 and x.max() == 1.0
    counts = np.array(CLASS_COUNTS)
    for y, size in ((d.y_train, 8000), (d.y_test, 2000)):
        got = np.bincount(y, minlength=10)
        assert np.all(np.abs(got - size * counts / 10_000) < 1 + 1e-9)
    assert np.bincount(np.concatenate([d.y_train, d.y_test])).tolist() == CLASS_COUNTS


def test_the_pixels_are_the_shipped_images_over_255():
    images, labels = mnist_images()
    d = make_dataset("mnist", n=50, seed=4)
    flat = images.reshape(10_000, -1).astype(float) / 255.0
    for x, y in zip(np.vstack([d.x_train, d.x_test]), np.concatenate([d.y_train, d.y_test])):
        match = np.flatnonzero(np.all(flat == x, axis=1))
        assert match.size >= 1 and np.all(labels[match] == y)


def test_the_training_rows_come_in_random_class_order():
    d = make_dataset("mnist", seed=0)
    assert not np.all(np.diff(d.y_train) >= 0)  # not sorted by class as the file is
    assert set(d.y_train[:100].tolist()) == set(range(10))


def test_the_split_is_seeded():
    a, b, c = (make_dataset("mnist", n=1000, seed=s) for s in (5, 5, 6))
    for field in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.x_test, c.x_test)
    full_a, full_c = make_dataset("mnist", seed=1), make_dataset("mnist", seed=2)
    assert not np.array_equal(full_a.y_test, full_c.y_test) or not np.array_equal(
        full_a.x_test, full_c.x_test
    )


@pytest.mark.parametrize("n, ratio", [(10, 0.2), (100, 0.2), (1234, 0.25), (5000, 0.1), (10_000, 0.0)])
def test_n_is_a_stratified_subsample_with_the_test_share(n, ratio):
    d = make_dataset("mnist", n=n, test_ratio=ratio, seed=7)
    n_test = round(ratio * n)
    assert len(d.x_test) == n_test and len(d.x_train) == n - n_test
    y = np.concatenate([d.y_train, d.y_test])
    share = n * np.array(CLASS_COUNTS) / 10_000
    assert np.all(np.abs(np.bincount(y, minlength=10) - share) < 1 + 1e-9)
    if n_test:
        test_share = n_test * np.bincount(y, minlength=10) / n
        assert np.all(np.abs(np.bincount(d.y_test, minlength=10) - test_share) < 1 + 1e-9)
    x = np.vstack([d.x_train, d.x_test])
    assert x.shape == (n, 784) and 0.0 <= x.min() and x.max() <= 1.0
    assert len(np.unique(x, axis=0)) == n or n == 10_000  # no image twice (MNIST has no exact twins here)


def test_noise_replaces_pixels_with_random_greys_in_0_1():
    clean = make_dataset("mnist", n=200, seed=2)
    noisy = make_dataset("mnist", n=200, seed=2, noise=0.1)
    np.testing.assert_array_equal(clean.y_train, noisy.y_train)
    changed = np.mean(clean.x_train != noisy.x_train)
    assert 0.07 < changed < 0.11
    assert 0.0 <= noisy.x_train.min() and noisy.x_train.max() <= 1.0


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n": 9}, r"mnist: n must be from 10 to 10000, got 9"),
        ({"n": 10_001}, r"mnist: n must be from 10 to 10000"),
        ({"noise": 1.5}, r"mnist: noise must be at least 0 and at most 1"),
        ({"labels": "pm1"}, r"mnist: unknown option 'labels'; it takes no options"),
    ],
)
def test_bad_arguments(kwargs, message):
    with pytest.raises(InputError, match=message):
        make_dataset("mnist", **kwargs)
