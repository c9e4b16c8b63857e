"""The train/test split of a data set, seeded apart from the data it splits.

One seed gives two independent streams (:func:`data_streams`): one draws the points, the
other the split, so the same seed gives the same points whatever the test ratio. The split
is stratified by class for classification, and may pin the first rows to the training set.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.data.dataset import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray


def data_streams(seed: int) -> tuple[np.random.Generator, np.random.Generator]:
    """Two independent generators from one seed: one for the points, one for the split."""
    generate, split = np.random.SeedSequence(seed).spawn(2)
    return np.random.default_rng(generate), np.random.default_rng(split)



def split_indices(
    n: int,
    test_ratio: float,
    rng: np.random.Generator,
    classes: Array | None = None,
    pinned: int = 0,
) -> tuple[Array, Array]:
    """Row indices (train, test), each ascending: round(test_ratio·n) test rows.

    Test rows are drawn from rows pinned..n-1 with ``rng``; with ``classes`` the draw is
    stratified: class c, holding n_c of those m rows, gives floor or ceil of n_test·n_c/m
    (largest remainders first). Raises InputError if no training row would be left.
    """
    n_test = round(test_ratio * n)
    if n_test > n - max(pinned, 1):
        raise InputError(translate(
            "Data", "test_ratio {ratio:g} puts {n_test} of {n} samples in the test set "
            "and leaves too few for training"
        ).format(ratio=test_ratio, n_test=n_test, n=n))
    candidates = np.arange(pinned, n)
    if classes is None or n_test == 0:
        test = rng.choice(candidates, size=n_test, replace=False)
    else:
        values, inverse, counts = np.unique(classes[pinned:], return_inverse=True, return_counts=True)
        share = n_test * counts / candidates.size
        quota = np.floor(share).astype(int)
        left = n_test - quota.sum()
        order = np.lexsort((rng.random(values.size), -(share - quota)))
        quota[order[:left]] += 1
        test = np.concatenate(
            [rng.choice(candidates[inverse == c], size=quota[c], replace=False) for c in range(values.size)]
        )
    test = np.sort(test)
    return np.setdiff1d(np.arange(n), test), test


def split_dataset(
    name: str,
    kind: str,
    x: Array,
    y: Array,
    *,
    feature_names: tuple[str, ...],
    target_names: tuple[str, ...],
    labels: str,
    test_ratio: float,
    rng: np.random.Generator,
    pinned: int = 0,
    where: object = None,
    image_shape: tuple[int, int] | None = None,
) -> Dataset:
    """Split rows (x, y) and wrap them in a Dataset; ``where`` prefixes errors (default name)."""
    try:
        train, test = split_indices(
            len(x), test_ratio, rng, classes=y if kind == CLASSIFICATION else None, pinned=pinned
        )
    except InputError as e:
        raise InputError(f"{name if where is None else where}: {e}") from None
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=int if kind == CLASSIFICATION else float)
    return Dataset(
        name=name,
        kind=kind,
        x_train=x[train],
        y_train=y[train],
        x_test=x[test],
        y_test=y[test],
        feature_names=tuple(feature_names),
        target_names=tuple(target_names),
        labels=labels,
        image_shape=image_shape,
    )
