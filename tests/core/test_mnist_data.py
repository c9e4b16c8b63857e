"""The shipped MNIST digits (resources/data/mnist.npz) and the data sets made from them:
``mnist`` (28×28) and ``digits`` (the same images at 16×16 by area averaging)."""

import hashlib
from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from nnviz.core.data import CLASSIFICATION, dataset_info, make_dataset
from nnviz.core.data.generators import mnist_images
from nnviz.core.data.mnist import area_matrix, downsample
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


# --- digits: the same images at 16×16 ---------------------------------------------------------

def test_the_area_matrix_worked_by_hand():
    """Output pixel i covers [1.75·i, 1.75·(i + 1)) of the 28 input pixels: pixel 0 takes all
    of input 0 and 0.75 of input 1, pixel 1 the other 0.25 of input 1, input 2 and 0.5 of
    input 3; each overlap divided by 1.75."""
    a = area_matrix(16, 28)
    assert a.shape == (16, 28)
    np.testing.assert_allclose(a[0, :3], [4 / 7, 3 / 7, 0])
    np.testing.assert_allclose(a[1, :5], [0, 1 / 7, 4 / 7, 2 / 7, 0])
    np.testing.assert_allclose(a[-1, -2:], [3 / 7, 4 / 7])
    np.testing.assert_allclose(a.sum(axis=1), 1.0)
    np.testing.assert_allclose(a.sum(axis=0), 16 / 28)
    # 28 inputs, one more for each of the 15 inner cuts but the 3 on pixel edges (7, 14, 21)
    assert np.count_nonzero(a) == 28 + 15 - 3
    np.testing.assert_allclose(area_matrix(2, 4), [[0.5, 0.5, 0, 0], [0, 0, 0.5, 0.5]])
    np.testing.assert_allclose(area_matrix(2, 3), [[2 / 3, 1 / 3, 0], [0, 1 / 3, 2 / 3]])


def test_downsampling_worked_examples():
    np.testing.assert_allclose(downsample(np.ones((28, 28))), np.ones((16, 16)))
    np.testing.assert_array_equal(downsample(np.zeros((28, 28))), np.zeros((16, 16)))
    corner = np.zeros((28, 28))
    corner[0, 0] = 1.0  # all of it lies under output pixel (0, 0), a (4/7)² share of it
    expected = np.zeros((16, 16))
    expected[0, 0] = 16 / 49
    np.testing.assert_allclose(downsample(corner), expected, atol=1e-15)
    pixel = np.zeros((28, 28))
    pixel[1, 1] = 1.0  # split 3/7 : 1/7 between output rows 0, 1 and columns 0, 1
    expected = np.zeros((16, 16))
    expected[:2, :2] = [[9 / 49, 3 / 49], [3 / 49, 1 / 49]]
    np.testing.assert_allclose(downsample(pixel), expected, atol=1e-15)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, (28, 28), elements=st.floats(0, 1)))
def test_downsampling_is_the_mean_over_each_1_75_by_1_75_square(image):
    """Recomputed independently: split every pixel into 4×4 quarter pixels (112×112); an
    output pixel is then the mean of a 7×7 block. Grey levels stay in [0, 1] and the ink is
    kept: Σ image16 · (28/16)² = Σ image28."""
    small = downsample(image)
    quarters = np.kron(image, np.ones((4, 4)))
    np.testing.assert_allclose(small, quarters.reshape(16, 7, 16, 7).mean(axis=(1, 3)), atol=1e-12)
    assert small.min() >= -1e-15 and small.max() <= 1 + 1e-12
    assert small.sum() * (28 / 16) ** 2 == pytest.approx(image.sum(), abs=1e-9)
    np.testing.assert_allclose(downsample(image[None])[0], small)  # a stack, image by image


def test_digits_info():
    info = dataset_info("digits")
    assert info.kind == CLASSIFICATION and info.n == 10_000 and info.test_ratio == 0.2
    assert info.noise == 0.0 and info.noise_max == 1.0 and info.min_n == 10 and info.max_n == 10_000
    assert info.image_shape == (16, 16) and info.n_features == 256
    assert info.feature_names[0] == "r1c1" and info.feature_names[17] == "r2c2"
    assert info.feature_names[-1] == "r16c16" and info.target_names == tuple("0123456789")


def test_digits_are_the_mnist_pick_made_smaller():
    """The same seed and n pick the same images in the same order; each is A·image·Aᵀ."""
    for n, seed in ((10_000, 0), (300, 5)):
        big, small = make_dataset("mnist", n=n, seed=seed), make_dataset("digits", n=n, seed=seed)
        for part in ("train", "test"):
            x28, x16 = getattr(big, f"x_{part}"), getattr(small, f"x_{part}")
            np.testing.assert_array_equal(getattr(big, f"y_{part}"), getattr(small, f"y_{part}"))
            np.testing.assert_allclose(x16, downsample(x28.reshape(-1, 28, 28)).reshape(-1, 256))


def test_digits_default_split_is_8000_by_2000_stratified_in_0_1():
    d = make_dataset("digits")
    assert d.x_train.shape == (8000, 256) and d.x_test.shape == (2000, 256)
    assert d.image_shape == (16, 16) and d.x_train.dtype == np.float64
    x = np.vstack([d.x_train, d.x_test])
    assert x.min() == 0.0 and x.max() == 1.0
    assert np.bincount(np.concatenate([d.y_train, d.y_test])).tolist() == CLASS_COUNTS
    for y, size in ((d.y_train, 8000), (d.y_test, 2000)):
        share = size * np.array(CLASS_COUNTS) / 10_000
        assert np.all(np.abs(np.bincount(y, minlength=10) - share) < 1 + 1e-9)


def test_digits_are_seeded():
    a, b, c = (make_dataset("digits", n=500, seed=s) for s in (3, 3, 4))
    for field in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.x_train, c.x_train)
    np.testing.assert_array_equal(np.bincount(a.y_train), np.bincount(c.y_train))  # stratified


def test_digits_noise_replaces_pixels_with_random_greys():
    clean = make_dataset("digits", n=200, seed=2)
    noisy = make_dataset("digits", n=200, seed=2, noise=0.1)
    np.testing.assert_array_equal(clean.y_train, noisy.y_train)
    assert 0.08 < np.mean(clean.x_train != noisy.x_train) < 0.11
    assert 0.0 <= noisy.x_train.min() and noisy.x_train.max() <= 1.0
    everywhere = make_dataset("digits", n=200, seed=2, noise=1.0)
    assert np.mean(clean.x_train != everywhere.x_train) > 0.99
    assert 0.45 < everywhere.x_train.mean() < 0.55  # uniform greys, whatever the digit


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n": 9}, r"digits: n must be from 10 to 10000, got 9"),
        ({"noise": -0.1}, r"digits: noise must be at least 0 and at most 1"),
        ({"labels": "pm1"}, r"digits: unknown option 'labels'; it takes no options"),
    ],
)
def test_digits_bad_arguments(kwargs, message):
    with pytest.raises(InputError, match=message):
        make_dataset("digits", **kwargs)
