"""Generated data sets: the lectures' facts, determinism, shapes, the split, bad arguments."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.data import CLASSIFICATION, REGRESSION
from nnviz.core.data import DATASETS, dataset_info, make_dataset, split_indices
from nnviz.core.errors import InputError

GATES = ("and", "or", "nand", "xor")
TRUTH_TABLES = GATES + ("festival",)
# mnist and digits hold fixed images: all 10,000 by default, whatever the seed (their seeded
# subsample and split are tested in test_mnist_data.py)
RANDOM_SETS = tuple(name for name in DATASETS if name not in TRUTH_TABLES + ("mnist", "digits"))
TWO_CLASS = TRUTH_TABLES + ("circle", "gaussians", "spiral", "moons", "xor_quadrants")
TABLE_2 = [[0, 0], [0, 1], [1, 0], [1, 1]]


def all_rows(d):
    """Training and test rows together, in a canonical (sorted) order."""
    x = np.vstack([d.x_train, d.x_test])
    y = np.concatenate([d.y_train, d.y_test]).reshape(len(x), -1)
    rows = np.hstack([x, y])
    return rows[np.lexsort(rows.T[::-1])]


def test_the_registry_names_every_data_set_of_the_issue():
    assert set(DATASETS) == {
        "and", "or", "nand", "xor", "festival", "circle", "gaussians", "spiral", "moons",
        "xor_quadrants", "line", "plane", "average", "digits", "mnist",
    }


@pytest.mark.parametrize("name", DATASETS)
def test_defaults_give_the_shapes_the_info_promises(name):
    info = dataset_info(name)
    d = make_dataset(name)
    n = len(d.x_train) + len(d.x_test)
    assert d.name == name and d.kind == info.kind
    assert n == info.n
    assert len(d.x_test) == round(info.test_ratio * info.n)
    assert d.x_train.shape == (n - len(d.x_test), info.n_features)
    assert d.x_test.shape[1] == info.n_features == d.n_features == len(d.feature_names)
    assert d.x_train.dtype == np.float64
    assert info.description
    if d.kind == CLASSIFICATION:
        assert d.y_train.shape == (len(d.x_train),) and d.y_train.dtype.kind == "i"
        assert set(np.concatenate([d.y_train, d.y_test])) == set(range(info.n_classes))
        assert d.n_classes == info.n_classes == len(d.target_names)
    else:
        assert d.kind == REGRESSION
        assert d.y_train.shape == (len(d.x_train), 1) and d.target_names == ("y",)


@pytest.mark.parametrize("name", DATASETS)
def test_same_arguments_give_identical_arrays(name):
    a = make_dataset(name, seed=7, test_ratio=0.25, n=max(dataset_info(name).min_n, 40))
    b = make_dataset(name, seed=7, test_ratio=0.25, n=max(dataset_info(name).min_n, 40))
    for field in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))


@pytest.mark.parametrize("name", RANDOM_SETS)
def test_different_seeds_give_different_points(name):
    a, b = make_dataset(name, seed=1), make_dataset(name, seed=2)
    assert not np.array_equal(all_rows(a), all_rows(b))


@pytest.mark.parametrize("name", DATASETS)
def test_the_test_ratio_splits_the_points_but_does_not_move_them(name):
    n = max(dataset_info(name).min_n, 30)
    whole = make_dataset(name, n=n, test_ratio=0.0, seed=3)
    split = make_dataset(name, n=n, test_ratio=0.4, seed=3)
    assert len(whole.x_test) == 0 and len(split.x_test) == round(0.4 * n)
    np.testing.assert_array_equal(all_rows(whole), all_rows(split))


@pytest.mark.parametrize("name", ("circle", "gaussians", "spiral", "moons", "xor_quadrants"))
def test_plane_sets_live_in_the_unit_square_without_noise(name):
    d = make_dataset(name, noise=0.0, n=500)
    x = np.vstack([d.x_train, d.x_test])
    assert np.all(np.abs(x) <= 1.0 + 1e-12)


# --- the lectures' truth tables ---------------------------------------------------------------

@pytest.mark.parametrize(
    "name, rule",
    [
        ("and", lambda a, b: a and b),
        ("or", lambda a, b: a or b),
        ("nand", lambda a, b: not (a and b)),
        ("xor", lambda a, b: a != b),
    ],
)
def test_gates_are_their_truth_tables_in_binary_order(name, rule):
    d = make_dataset(name)
    np.testing.assert_array_equal(d.x_train, TABLE_2)
    assert d.y_train.tolist() == [int(bool(rule(a, b))) for a, b in TABLE_2]
    assert len(d.x_test) == 0 and d.labels == "01" and d.target_names == ("0", "1")


def test_xor_as_the_lectures_state_it():
    """00 -> no, 01 -> yes, 10 -> yes, 11 -> no."""
    d = make_dataset("xor")
    truth = {tuple(x): int(y) for x, y in zip(d.x_train.astype(int).tolist(), d.y_train)}
    assert truth == {(0, 0): 0, (0, 1): 1, (1, 0): 1, (1, 1): 0}


@pytest.mark.parametrize("name", TWO_CLASS)
def test_pm1_changes_only_the_label_form(name):
    a = make_dataset(name, seed=5)
    b = make_dataset(name, seed=5, labels="pm1")
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_train, b.y_train)
    assert b.labels == "pm1" and b.low_label == -1.0
    if name != "festival":
        assert a.target_names == ("0", "1") and b.target_names == ("-1", "+1")


def test_xor_with_pm1_labels_encodes_to_plus_minus_one():
    d = make_dataset("xor", labels="pm1")
    assert d.encode(d.y_train, 1).ravel().tolist() == [-1.0, 1.0, 1.0, -1.0]


def test_gates_with_more_samples_add_noisy_copies_of_the_corners():
    exact = make_dataset("and", n=12, noise=0.0)
    np.testing.assert_array_equal(exact.x_train[:4], TABLE_2)
    corners = [tuple(r) for r in exact.x_train[4:].astype(int).tolist()]
    assert sorted(corners) == sorted([tuple(c) for c in TABLE_2] * 2)  # balanced
    assert exact.y_train.tolist() == [int(a and b) for a, b in exact.x_train.astype(int).tolist()]
    noisy = make_dataset("and", n=12, noise=0.1)
    np.testing.assert_array_equal(noisy.x_train[:4], TABLE_2)  # the table itself stays exact
    assert np.all(noisy.x_train[4:] != exact.x_train[4:])
    np.testing.assert_array_equal(noisy.y_train, exact.y_train)
    assert np.max(np.abs(noisy.x_train - exact.x_train)) < 0.6


def test_festival_threshold_5_only_the_weather_decides():
    d = make_dataset("festival")
    assert d.feature_names == ("weather is good", "a friend comes along", "the venue is easy to reach")
    assert d.target_names == ("no", "yes")
    assert sorted(map(tuple, d.x_train.astype(int).tolist())) == [
        (a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)
    ]
    np.testing.assert_array_equal(d.y_train, d.x_train[:, 0])


def test_festival_threshold_3_weather_or_friend_and_venue():
    d = make_dataset("festival", threshold=3)
    weather, friend, venue = d.x_train.astype(bool).T
    np.testing.assert_array_equal(d.y_train.astype(bool), weather | (friend & venue))


def test_festival_is_the_perceptron_with_bias_minus_threshold():
    for threshold in (0.5, 5, 7.5, 9):
        d = make_dataset("festival", threshold=threshold)
        w, b = np.array([6.0, 2.0, 2.0]), -float(threshold)
        np.testing.assert_array_equal(d.y_train, (d.x_train @ w + b > 0).astype(int))


# --- regression -------------------------------------------------------------------------------

def test_average_holds_the_lecture_pairs_in_training():
    d = make_dataset("average", seed=11, test_ratio=0.5)
    pairs = {(0.1, 0.3): 0.2, (0.1, -0.1): 0.0, (-0.8, 0.2): -0.3}
    found = {tuple(x): y for x, y in zip(d.x_train.tolist(), d.y_train[:, 0].tolist())}
    for pair, target in pairs.items():
        assert found[pair] == pytest.approx(target, abs=1e-15)
    x = np.vstack([d.x_train, d.x_test])
    y = np.concatenate([d.y_train, d.y_test])[:, 0]
    np.testing.assert_allclose(y, x.mean(axis=1), atol=1e-15)  # noise 0 by default
    assert np.all(np.abs(x) <= 1.0)


def test_average_noise_moves_only_the_random_targets():
    d = make_dataset("average", noise=0.1, n=400, test_ratio=0.0)
    residual = d.y_train[:, 0] - d.x_train.mean(axis=1)
    np.testing.assert_allclose(residual[:3], 0.0, atol=1e-15)
    assert np.std(residual[3:]) == pytest.approx(0.1, rel=0.15)


def test_line_is_w_times_x_without_bias():
    d = make_dataset("line", noise=0.0)
    assert d.feature_names == ("x",)
    np.testing.assert_allclose(d.y_train, 2.0 * d.x_train)
    d = make_dataset("line", noise=0.0, w=-0.5)
    np.testing.assert_allclose(d.y_train, -0.5 * d.x_train)


def test_line_noise_is_the_standard_deviation_of_the_residual():
    d = make_dataset("line", n=4000, noise=0.5, test_ratio=0.0, seed=2)
    assert np.std(d.y_train - 2.0 * d.x_train) == pytest.approx(0.5, rel=0.05)


def test_plane_is_w1_x1_plus_w2_x2():
    d = make_dataset("plane", noise=0.0, w1=0.5, w2=-3)
    np.testing.assert_allclose(d.y_train[:, 0], 0.5 * d.x_train[:, 0] - 3.0 * d.x_train[:, 1])


# --- the plane sets' geometry -----------------------------------------------------------------

def test_circle_inner_disc_is_class_1_and_the_ring_class_0():
    d = make_dataset("circle", noise=0.0, n=400)
    r = np.hypot(*d.x_train.T)
    assert np.all(r[d.y_train == 1] <= 0.5)
    assert np.all((r[d.y_train == 0] >= 0.7) & (r[d.y_train == 0] <= 1.0))


def test_gaussians_centres_and_spread():
    d = make_dataset("gaussians", noise=0.2, n=4000, test_ratio=0.0)
    for c, centre in ((0, -0.5), (1, 0.5)):
        x = d.x_train[d.y_train == c]
        np.testing.assert_allclose(x.mean(axis=0), [centre, centre], atol=0.02)
        np.testing.assert_allclose(x.std(axis=0), [0.2, 0.2], rtol=0.1)


def test_spiral_arms_are_half_a_turn_apart():
    """Without noise a point at radius t lies at angle 3.5π·t (class 1) or 3.5π·t + π (class 0)."""
    d = make_dataset("spiral", noise=0.0, n=400)
    x1, x2 = d.x_train.T
    t = np.hypot(x1, x2)
    expected = 3.5 * np.pi * t + np.pi * (1 - d.y_train)
    difference = np.angle(np.exp(1j * (np.arctan2(x1, x2) - expected)))
    np.testing.assert_allclose(difference, 0.0, atol=1e-9)


def test_moons_lie_on_their_half_circles():
    d = make_dataset("moons", noise=0.0, n=400)
    u, v = 1.5 * d.x_train[:, 0] + 0.5, 1.5 * d.x_train[:, 1] + 0.25  # undo the scaling
    upper, lower = d.y_train == 0, d.y_train == 1
    np.testing.assert_allclose(np.hypot(u[upper], v[upper]), 1.0)
    assert np.all(v[upper] >= -1e-12)
    np.testing.assert_allclose(np.hypot(1 - u[lower], 0.5 - v[lower]), 1.0)
    assert np.all(v[lower] <= 0.5 + 1e-12)


def test_xor_quadrants_class_is_the_sign_product_before_noise():
    d = make_dataset("xor_quadrants", noise=0.0, n=1000)
    assert np.all(np.abs(d.x_train) >= 0.05)
    np.testing.assert_array_equal(d.y_train, (np.sign(d.x_train[:, 0]) * np.sign(d.x_train[:, 1]) > 0))
    noisy = make_dataset("xor_quadrants", noise=0.3, n=1000)
    wrong_side = (noisy.x_train[:, 0] * noisy.x_train[:, 1] > 0) != noisy.y_train.astype(bool)
    assert 0 < wrong_side.mean() < 0.5


@pytest.mark.parametrize("name", ("circle", "gaussians", "spiral", "moons"))
def test_plane_sets_are_balanced(name):
    d = make_dataset(name, n=201, test_ratio=0.0)
    assert sorted(np.bincount(d.y_train).tolist()) == [100, 101]


# --- the split --------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 300),
    ratio=st.floats(0.0, 0.99),
    k=st.integers(1, 5),
    pinned=st.integers(0, 3),
    seed=st.integers(0, 2**32),
)
def test_split_indices_partition_and_stratify(n, ratio, k, pinned, seed):
    rng = np.random.default_rng(seed)
    classes = rng.integers(0, k, n)
    n_test = round(ratio * n)
    if n_test > n - max(pinned, 1):
        with pytest.raises(InputError, match="test_ratio"):
            split_indices(n, ratio, rng, classes, pinned)
        return
    train, test = split_indices(n, ratio, rng, classes, pinned)
    assert len(test) == n_test and len(train) == n - n_test
    assert np.array_equal(np.sort(np.concatenate([train, test])), np.arange(n))
    assert np.all(np.diff(train) > 0) and np.all(np.diff(test) > 0)
    assert np.all(test >= pinned)
    m = n - pinned
    if n_test:
        for c in range(k):
            share = n_test * np.sum(classes[pinned:] == c) / m
            assert abs(np.sum(classes[test] == c) - share) < 1


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(("circle", "xor_quadrants", "line", "average", "xor")),
    n=st.integers(4, 200),
    ratio=st.floats(0.0, 0.7),
    seed=st.integers(0, 1000),
)
def test_make_dataset_split_sizes(name, n, ratio, seed):
    pinned = 3 if name == "average" else 1  # the lectures' three pairs always train
    if round(ratio * n) > n - pinned:
        with pytest.raises(InputError, match="leaves too few for training"):
            make_dataset(name, n=n, test_ratio=ratio, seed=seed)
        return
    d = make_dataset(name, n=n, test_ratio=ratio, seed=seed)
    assert len(d.x_test) == len(d.y_test) == round(ratio * n)
    assert len(d.x_train) == len(d.y_train) == n - round(ratio * n)


# --- bad arguments ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name, kwargs, message",
    [
        ("nosuch", {}, r"unknown data set 'nosuch'; choose one of: and, or, nand, xor, festival"),
        ("circle", {"n": 0}, r"circle: n must be from 1 to 1000000, got 0"),
        ("xor", {"n": 3}, r"xor: n must be from 4 to 1000000, got 3"),
        ("festival", {"n": 7}, r"festival: n must be from 8 "),
        ("average", {"n": 2}, r"average: n must be from 3 "),
        ("digits", {"n": 10**6}, r"digits: n must be from 10 to 10000, got 1000000"),
        ("circle", {"n": 2.5}, r"circle: n must be a whole number"),
        ("circle", {"n": True}, r"circle: n must be a whole number"),
        ("moons", {"noise": -0.1}, r"moons: noise must be at least 0"),
        ("moons", {"noise": float("nan")}, r"moons: noise must be a finite number"),
        ("moons", {"noise": "loud"}, r"moons: noise must be a number, not 'loud'"),
        ("digits", {"noise": 1.5}, r"digits: noise must be at least 0 and at most 1"),
        ("spiral", {"test_ratio": 1.0}, r"test_ratio must be in \[0, 1\), got 1"),
        ("spiral", {"test_ratio": -0.2}, r"test_ratio must be in \[0, 1\)"),
        ("spiral", {"test_ratio": float("inf")}, r"test_ratio must be a finite number"),
        ("xor", {"test_ratio": 0.9}, r"xor: test_ratio 0.9 puts 4 of 4 samples in the test set"),
        ("average", {"n": 4, "test_ratio": 0.5}, r"average: test_ratio 0.5 puts 2 of 4"),
        ("circle", {"seed": -1}, r"seed must be 0 or more, got -1"),
        ("circle", {"seed": "x"}, r"seed must be a whole number"),
        ("circle", {"colour": "red"}, r"circle: unknown option 'colour'; its options are: labels"),
        ("festival", {"w": 1}, r"festival: unknown option 'w'; its options are: threshold, labels"),
        ("digits", {"labels": "pm1"}, r"digits: unknown option 'labels'; it takes no options"),
        ("xor", {"labels": "+-"}, r"xor: labels must be one of '01', 'pm1', not '\+-'"),
        ("line", {"w": "steep"}, r"line: option w must be a number, not 'steep'"),
        ("plane", {"w1": float("inf")}, r"plane: option w1 must be a finite number"),
    ],
)
def test_bad_arguments_name_what_is_wrong(name, kwargs, message):
    with pytest.raises(InputError, match=message):
        make_dataset(name, **kwargs)


def test_numeric_options_accept_numeric_text():
    d = make_dataset("line", w="3", noise="0", n=5)
    np.testing.assert_allclose(d.y_train, 3.0 * d.x_train)


def test_dataset_info_lists_defaults_and_options():
    info = dataset_info("festival")
    assert info.option_defaults == {"threshold": 5.0, "labels": "01"}
    assert info.n == 8 and info.test_ratio == 0.0 and info.min_n == 8
    assert dataset_info("line").option_defaults == {"w": 2.0}
    assert dataset_info("plane").option_defaults == {"w1": 2.0, "w2": -1.0}
    with pytest.raises(InputError, match="unknown data set 'emnist'"):
        dataset_info("emnist")


def test_arrays_are_read_only():
    d = make_dataset("circle")
    with pytest.raises(ValueError):
        d.x_train[0, 0] = 1.0
