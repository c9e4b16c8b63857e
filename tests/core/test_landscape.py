"""Loss landscapes: surfaces equal the network's own cost, filter normalisation, PCA of a
trajectory, the 1-D curve, contour lines, the test surfaces and optimizer paths."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnviz.core import landscape
from nnviz.core.activations import get_activation
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network, batched_forward_output
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.surfaces import SURFACES, get_surface

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
XOR_Y = np.array([[0], [1], [1], [0]], float)

HIDDEN = ("sigmoid", "tanh", "relu", "leaky_relu", "identity")
OUTPUTS = (("sigmoid", "half_squared_error"), ("identity", "squared_error"),
           ("sigmoid", "binary_cross_entropy"), ("softmax", "softmax_cross_entropy"),
           ("tanh", "absolute_error"))


@st.composite
def networks_and_data(draw):
    """A random small network (any activations, losses, bias flags), θ and data for it."""
    n_layers = draw(st.integers(1, 3))
    sizes = [draw(st.integers(1, 4)) for _ in range(n_layers + 1)]
    out_act, loss = draw(st.sampled_from(OUTPUTS))
    if out_act == "softmax":
        sizes[-1] = max(sizes[-1], 2)
    acts = [draw(st.sampled_from(HIDDEN)) for _ in range(n_layers - 1)] + [out_act]
    bias = [draw(st.booleans()) for _ in range(n_layers)]
    arch = Architecture(tuple(sizes), tuple(acts), tuple(bias), loss)
    seed = draw(st.integers(0, 2**31))
    rng = np.random.default_rng(seed)
    theta = rng.normal(0, 1.0, arch.n_parameters)
    n = draw(st.integers(1, 6))
    x = rng.normal(size=(n, sizes[0]))
    if out_act == "softmax":
        y = np.eye(sizes[-1])[rng.integers(0, sizes[-1], n)]
    elif loss == "binary_cross_entropy":
        y = rng.integers(0, 2, (n, sizes[-1])).astype(float)
    else:
        y = rng.normal(size=(n, sizes[-1]))
    return arch, theta, x, y, rng


# -- the surface is the network's own cost ---------------------------------------------------
def test_two_weight_model_surface_is_the_closed_form():
    """ŷ = w1 x1 + w2 x2, C = 1/(2n) Σ (y − ŷ)²: the surface over (w1, w2) is that quadratic."""
    arch = Architecture((2, 1), ("identity",), (False,), "half_squared_error")
    x = np.array([[1.0, 2.0], [-1.0, 0.5], [3.0, -1.0]])
    y = np.array([[1.0], [-2.0], [0.5]])
    slc = landscape.parameter_slice(arch, np.array([0.3, -0.7]), 0, 1)
    assert slc.centre == (0.3, -0.7)
    w1 = np.linspace(-2, 2, 9)
    w2 = np.linspace(-3, 1, 7)
    values = landscape.surface(arch, slc, w1, w2, x, y)
    W1, W2 = np.meshgrid(w1, w2)
    pred = W1[..., None] * x[:, 0] + W2[..., None] * x[:, 1]
    expected = np.mean(0.5 * (y[:, 0] - pred) ** 2, axis=-1)
    np.testing.assert_allclose(values, expected, rtol=1e-13, atol=1e-14)


def test_xor_surface_equals_network_cost_at_grid_points():
    net = Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=5)
    slc = landscape.parameter_slice(net.architecture, net.params, 1, 6)
    u = np.linspace(slc.centre[0] - 3, slc.centre[0] + 3, 31)
    v = np.linspace(slc.centre[1] - 3, slc.centre[1] + 3, 21)
    values = landscape.surface(net.architecture, slc, u, v, XOR_X, XOR_Y)
    for r, c in [(0, 0), (20, 30), (10, 15), (3, 27)]:
        theta = net.params.copy()
        theta[1], theta[6] = u[c], v[r]
        assert values[r, c] == pytest.approx(Network(net.architecture, theta).cost(XOR_X, XOR_Y),
                                             rel=1e-12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks_and_data(), st.sampled_from(["parameters", "random"]))
def test_surface_equals_network_cost_for_any_network(case, kind):
    arch, theta, x, y, rng = case
    if kind == "parameters":
        if arch.n_parameters < 2:
            return
        i, j = rng.choice(arch.n_parameters, 2, replace=False)
        slc = landscape.parameter_slice(arch, theta, int(i), int(j))
    else:
        if not np.any(arch.unflatten(theta)[0][0]):
            return
        try:
            slc = landscape.random_slice(arch, theta, seed=int(rng.integers(100)))
        except InputError:  # e.g. one weight in all: both directions parallel
            return
    u = slc.centre[0] + np.linspace(-1.5, 1.5, 5)
    v = slc.centre[1] + np.linspace(-1.0, 2.0, 4)
    values = landscape.surface(arch, slc, u, v, x, y, chunk_floats=int(rng.integers(1, 400)))
    direct = np.array([[Network(arch, slc.point(a, b)).cost(x, y) for a in u] for b in v])
    np.testing.assert_allclose(values, direct, rtol=1e-10, atol=1e-12)


def test_small_chunks_give_the_same_surface():
    net = Network.create([3, 5, 4, 2], "tanh", "softmax", loss="softmax_cross_entropy", seed=2)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(7, 3))
    y = np.eye(2)[rng.integers(0, 2, 7)]
    slc = landscape.random_slice(net.architecture, net.params, seed=3)
    grid = np.linspace(-1, 1, 13)
    big = landscape.surface(net.architecture, slc, grid, grid, x, y)
    small = landscape.surface(net.architecture, slc, grid, grid, x, y, chunk_floats=1)
    np.testing.assert_allclose(big, small, rtol=1e-13)


def test_progress_reports_and_cancels():
    net = Network.create([2, 3, 1], seed=0)
    slc = landscape.random_slice(net.architecture, net.params)
    calls = []
    grid = np.linspace(-1, 1, 10)
    landscape.surface(net.architecture, slc, grid, grid, XOR_X, XOR_Y, chunk_floats=200,
                      progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 1 and calls[-1] == (100, 100)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    with pytest.raises(landscape.Cancelled):
        landscape.surface(net.architecture, slc, grid, grid, XOR_X, XOR_Y, chunk_floats=200,
                          progress=lambda done, total: False)


@settings(max_examples=40, deadline=None)
@given(networks_and_data(), st.integers(1, 5))
def test_batched_forward_equals_forward(case, n_thetas):
    arch, theta, x, y, rng = case
    thetas = theta + rng.normal(0, 0.5, (n_thetas, arch.n_parameters))
    z, a = batched_forward_output(arch, thetas, x)
    assert z.shape == a.shape == (n_thetas, x.shape[0], arch.n_outputs)
    for p in range(n_thetas):
        trace = Network(arch, thetas[p]).forward(x)
        np.testing.assert_allclose(z[p], trace.z[-1], rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(a[p], trace.output, rtol=1e-12, atol=1e-12)
    if arch.n_layers > 1:  # start at layer 2 from a^1, one shared θ (P = 1) for every row set
        trace = Network(arch, theta).forward(x)
        a1 = np.stack([trace.a[0]] * 3)
        z2, a2 = batched_forward_output(arch, theta[None], a1, first_layer=2)
        for p in range(3):
            np.testing.assert_allclose(a2[p], trace.output, rtol=1e-12, atol=1e-12)


def test_batched_forward_rejects_wrong_shapes():
    arch = Architecture.dense([2, 3, 1])
    with pytest.raises(ValueError, match="parameters"):
        batched_forward_output(arch, np.zeros((2, 5)), XOR_X)
    with pytest.raises(IndexError):
        batched_forward_output(arch, np.zeros((2, arch.n_parameters)), XOR_X, first_layer=3)


# -- slices ----------------------------------------------------------------------------------
def test_filter_normalised_rows_match_weight_rows_and_biases_are_zero():
    net = Network.create([5, 4, 3, 2], "relu", "sigmoid", seed=1, init="he")
    net.biases[0][...] = 7.0  # biases of θ0 must not leak into the direction
    net.weights[1][2] = 0.0  # a zero row gets a zero direction row
    d = landscape.filter_normalised_direction(net.architecture, net.params, np.random.default_rng(0))
    d_w, d_b = net.architecture.unflatten(d)
    for dw, w in zip(d_w, net.weights):
        np.testing.assert_allclose(np.linalg.norm(dw, axis=1), np.linalg.norm(w, axis=1), rtol=1e-12)
    assert np.all(d_w[1][2] == 0)
    for b in d_b:
        assert np.all(b == 0)
    # the direction is random, not a copy of the weights
    assert not np.allclose(d_w[0], net.weights[0])


def test_random_slice_is_seeded_and_needs_weights():
    net = Network.create([2, 3, 1], seed=0)
    a = landscape.random_slice(net.architecture, net.params, seed=4)
    b = landscape.random_slice(net.architecture, net.params, seed=4)
    np.testing.assert_array_equal(a.d1, b.d1)
    assert not np.allclose(a.d1, a.d2)
    with pytest.raises(InputError, match="non-zero weights"):
        landscape.random_slice(net.architecture, np.zeros(net.architecture.n_parameters))


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 12), st.floats(-5, 5), st.floats(-5, 5), st.integers(0, 1000))
def test_projection_inverts_the_plane(n, u, v, seed):
    rng = np.random.default_rng(seed)
    slc = landscape.Slice(rng.normal(size=n), rng.normal(size=n), rng.normal(size=n),
                          centre=(0.5, -1.0))
    np.testing.assert_allclose(slc.project(slc.point(u, v)), [u, v], atol=1e-8)


def test_slice_gradient_is_the_chain_rule():
    """d/du C(θ(u, v)) = ∂C/∂θ · d1, compared with central differences."""
    net = Network.create([2, 3, 1], "tanh", "sigmoid", seed=3)
    slc = landscape.random_slice(net.architecture, net.params, seed=1)
    u0, v0, h = 0.3, -0.2, 1e-6
    g = Network(net.architecture, slc.point(u0, v0)).gradient(XOR_X, XOR_Y).flat
    # a 3x3 grid around (u0, v0): central differences along u (row 1) and v (column 1)
    c = landscape.surface(net.architecture, slc, [u0 - h, u0, u0 + h], [v0 - h, v0, v0 + h],
                          XOR_X, XOR_Y)
    numeric = [(c[1, 2] - c[1, 0]) / (2 * h), (c[2, 1] - c[0, 1]) / (2 * h)]
    np.testing.assert_allclose(slc.gradient(g), numeric, rtol=1e-6, atol=1e-9)


def test_parameter_slice_names_and_bad_input():
    arch = Architecture.dense([2, 2, 1])
    slc = landscape.parameter_slice(arch, np.arange(9.0), 0, 4)
    assert slc.labels == ("w1_11", "b1_1") and slc.kind == "parameters" and slc.indices == (0, 4)
    np.testing.assert_array_equal(slc.project(np.arange(9.0) + 1), [1.0, 5.0])
    with pytest.raises(InputError, match="two different parameters"):
        landscape.parameter_slice(arch, np.zeros(9), 3, 3)
    with pytest.raises(InputError, match="out of range"):
        landscape.parameter_slice(arch, np.zeros(9), 0, 9)
    with pytest.raises(InputError, match="θ has shape"):
        landscape.parameter_slice(arch, np.zeros(8), 0, 1)
    with pytest.raises(InputError, match="parallel"):
        landscape.Slice(np.zeros(3), np.array([1.0, 2, 3]), np.array([2.0, 4, 6]))
    with pytest.raises(InputError, match="inputs have shape"):
        landscape.surface(arch, slc, [0.0], [0.0], np.zeros((4, 3)), np.zeros((4, 1)))
    with pytest.raises(InputError, match="targets have shape"):
        landscape.surface(arch, slc, [0.0], [0.0], np.zeros((4, 2)), np.zeros((3, 1)))


# -- PCA of a trajectory ----------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(st.integers(3, 30), st.integers(3, 15), st.sampled_from(["final", "mean"]), st.integers(0, 10**6))
def test_pca_reconstruction_error_is_the_discarded_variance(steps, n, reference, seed):
    arch = Architecture((n - 1, 1), ("identity",), (True,))
    rng = np.random.default_rng(seed)
    trajectory = np.cumsum(rng.normal(size=(steps, n)) * rng.uniform(0.1, 3, n), axis=0)
    pca = landscape.pca_slice(arch, trajectory, reference)
    slc = pca.slice
    origin = trajectory[-1] if reference == "final" else trajectory.mean(axis=0)
    np.testing.assert_allclose(slc.origin, origin)
    reconstructed = np.array([slc.point(*c) for c in pca.coordinates])
    error = np.sum((trajectory - reconstructed) ** 2)
    s = pca.singular_values
    assert error == pytest.approx(np.sum(s[2:] ** 2), rel=1e-7, abs=1e-9 * np.sum(s**2))
    np.testing.assert_allclose(pca.explained_variance_ratio, s[:2] ** 2 / np.sum(s**2))
    # the coordinates are the projections, the directions orthonormal, the start at ≤ 0
    np.testing.assert_allclose(slc.project(trajectory), pca.coordinates, atol=1e-8)
    np.testing.assert_allclose(slc.gram, np.eye(2), atol=1e-12)
    assert np.all(pca.coordinates[0] <= 1e-12)


def test_pca_of_a_planar_path_is_exact():
    arch = Architecture((3, 1), ("identity",), (True,))  # 4 parameters
    t = np.linspace(0, 1, 20)[:, None]
    a, b = np.array([1.0, 2, 0, -1]), np.array([0.0, 1, 1, 1])
    trajectory = 3 + t * a + t**2 * b
    pca = landscape.pca_slice(arch, trajectory)
    assert pca.explained_variance_ratio.sum() == pytest.approx(1.0)
    reconstructed = np.array([pca.slice.point(*c) for c in pca.coordinates])
    np.testing.assert_allclose(reconstructed, trajectory, atol=1e-10)


def test_pca_bad_input():
    arch = Architecture((2, 1), ("identity",), (True,))
    with pytest.raises(InputError, match="straight line"):
        landscape.pca_slice(arch, np.ones((5, 3)))
    with pytest.raises(InputError, match="straight line"):
        landscape.pca_slice(arch, np.outer(np.arange(5.0), [1.0, 2, 3]))
    with pytest.raises(InputError, match="trajectory has shape"):
        landscape.pca_slice(arch, np.ones((5, 4)))
    with pytest.raises(InputError, match="one-parameter"):
        landscape.pca_slice(Architecture((1, 1), ("identity",), (False,)), np.ones((5, 1)))


# -- the 1-D curve ----------------------------------------------------------------------------
def test_one_parameter_curve_is_the_lectures_parabola():
    """a = w·x, x = 2, y = 3, loss (a − y)²: C(w) = (2w − 3)²; C(2.5) = 4, C(1.7) = 0.16."""
    arch = Architecture((1, 1), ("identity",), (False,), "squared_error")
    w = np.array([2.5, 1.7, 1.5, -1.0, 0.0])
    curve = landscape.parameter_curve(arch, np.array([2.5]), 0, w, [[2.0]], [[3.0]])
    np.testing.assert_allclose(curve, (2 * w - 3) ** 2, rtol=1e-14)
    assert curve[0] == pytest.approx(4.0) and curve[1] == pytest.approx(0.16)


def test_line_costs_along_a_direction():
    net = Network.create([2, 3, 1], seed=4)
    d = np.random.default_rng(1).normal(size=net.architecture.n_parameters)
    t = np.linspace(-1, 1, 7)
    costs = landscape.line_costs(net.architecture, net.params, d, t, XOR_X, XOR_Y)
    direct = [Network(net.architecture, net.params + tk * d).cost(XOR_X, XOR_Y) for tk in t]
    np.testing.assert_allclose(costs, direct, rtol=1e-12)


# -- contour lines -----------------------------------------------------------------------------
def test_contours_of_a_plane_lie_exactly_on_the_level():
    u, v = np.linspace(-1, 2, 13), np.linspace(0, 1, 9)
    f = 2 * u[None, :] - 3 * v[:, None] + 0.5
    for level, segments in zip([0.0, 1.3], landscape.contour_segments(u, v, f, [0.0, 1.3])):
        assert len(segments) > 0
        pts = segments.reshape(-1, 2)
        np.testing.assert_allclose(2 * pts[:, 0] - 3 * pts[:, 1] + 0.5, level, atol=1e-12)


def test_contour_of_a_circle_is_closed():
    """Inside the grid an iso-line has no ends: every segment end is shared by two segments."""
    g = np.linspace(-2, 2, 41)
    f = g[None, :] ** 2 + g[:, None] ** 2
    (segments,) = landscape.contour_segments(g, g, f, 1.0 + 1e-3)
    ends = np.round(segments.reshape(-1, 2), 9)
    _, counts = np.unique(ends, axis=0, return_counts=True)
    assert np.all(counts == 2)
    radius = np.hypot(ends[:, 0], ends[:, 1])
    np.testing.assert_allclose(radius, 1.0, atol=0.01)


def test_saddle_cells_give_two_segments():
    f = np.array([[1.0, 0.0], [0.0, 1.0]])  # a and c above, b and d below: a saddle cell
    (segments,) = landscape.contour_segments([0.0, 1.0], [0.0, 1.0], f, 0.5)
    assert segments.shape == (2, 2, 2)
    (none,) = landscape.contour_segments([0.0, 1.0], [0.0, 1.0], f, 2.0)
    assert none.shape == (0, 2, 2)


# -- test surfaces and optimizer paths ---------------------------------------------------------
@pytest.mark.parametrize("name", list(SURFACES))
def test_surface_gradients_match_finite_differences(name):
    s = get_surface(name)
    rng = np.random.default_rng(0)
    x = rng.uniform(*s.x_range, 50)
    y = rng.uniform(*s.y_range, 50)
    h = 1e-6
    gx, gy = s.grad(x, y)
    nx = (s.f(x + h, y) - s.f(x - h, y)) / (2 * h)
    ny = (s.f(x, y + h) - s.f(x, y - h)) / (2 * h)
    scale = 1 + np.abs(s.f(x, y))
    np.testing.assert_allclose(gx, nx, atol=1e-5 * scale.max(), rtol=1e-6)
    np.testing.assert_allclose(gy, ny, atol=1e-5 * scale.max(), rtol=1e-6)


@pytest.mark.parametrize("name", list(SURFACES))
def test_surface_minima_are_stationary_and_lowest(name):
    s = get_surface(name)
    for point in s.minima:
        np.testing.assert_allclose(s.gradient(point), 0.0, atol=1e-4)
        assert s.value(point) == pytest.approx(s.minimum, abs=1e-9)
    g = np.meshgrid(np.linspace(*s.x_range, 101), np.linspace(*s.y_range, 101))
    assert s.f(*g).min() >= s.minimum - 1e-9
    assert s.x_range[0] <= s.start[0] <= s.x_range[1] and s.y_range[0] <= s.start[1] <= s.y_range[1]
    assert set(s.learning_rates) == set(OPTIMIZERS)


def test_unknown_surface():
    with pytest.raises(InputError, match="unknown surface 'bowel'.*bowl"):
        get_surface("bowel")


def test_sgd_path_on_the_bowl_is_geometric():
    """f = x² + y², ∇f = 2p: SGD gives p_t = (1 − 2η)^t p_0 and f(p_t) = (1 − 2η)^{2t} f(p_0)."""
    bowl = get_surface("bowl")
    eta, steps = 0.1, 20
    path = landscape.optimizer_path(bowl, make_optimizer("sgd", lr=eta), (-2.5, 2.0), steps)
    t = np.arange(steps + 1)[:, None]
    np.testing.assert_allclose(path.points, (1 - 2 * eta) ** t * np.array([-2.5, 2.0]), rtol=1e-12)
    np.testing.assert_allclose(path.losses, bowl.f(path.points[:, 0], path.points[:, 1]))
    assert not path.diverged and path.points.shape == (steps + 1, 2)


def test_divergence_ends_the_path():
    """η = 1.5 on the bowl: p_t = (−2)^t p_0 leaves every bound."""
    path = landscape.optimizer_path(get_surface("bowl"), make_optimizer("sgd", lr=1.5), (1.0, 0.0), 100)
    assert path.diverged
    last = len(path.points) - 1
    assert 2.0**last <= landscape.DIVERGENCE_RADIUS < 2.0 ** (last + 1)
    np.testing.assert_allclose(path.points[-1], [(-2.0) ** last, 0.0])


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_optimizer_descends_the_bowl(name):
    bowl = get_surface("bowl")
    path = landscape.optimizer_path(bowl, make_optimizer(name, lr=bowl.learning_rates[name]),
                                    bowl.start, bowl.steps)
    assert path.losses[-1] < 1e-2 * path.losses[0]


def test_optimizer_path_bad_input():
    with pytest.raises(InputError, match="start"):
        landscape.optimizer_path(get_surface("bowl"), make_optimizer("sgd"), (np.nan, 0.0), 3)
    with pytest.raises(InputError, match="steps"):
        landscape.optimizer_path(get_surface("bowl"), make_optimizer("sgd"), (0.0, 0.0), -1)


def test_network_slice_objective_steps_like_gradient_descent():
    """One SGD step on C(θ_i, θ_j) moves exactly those two parameters by −η ∂C/∂θ."""
    net = Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=1)
    slc = landscape.parameter_slice(net.architecture, net.params, 2, 5)
    objective = landscape.SliceObjective(net.architecture, slc, XOR_X, XOR_Y)
    path = landscape.optimizer_path(objective, make_optimizer("sgd", lr=0.5), slc.centre, 1)
    g = net.gradient(XOR_X, XOR_Y).flat
    np.testing.assert_allclose(path.points[1], [net.params[2] - 0.5 * g[2], net.params[5] - 0.5 * g[5]])
    assert path.losses[0] == pytest.approx(net.cost(XOR_X, XOR_Y))
    grid = objective.f(np.array([[0.0, 1.0]]), np.array([[2.0, 3.0]]))
    assert grid.shape == (1, 2)


def test_core_landscape_reuses_the_activations():
    """The batched forward uses the same activation objects as Network.forward."""
    arch = Architecture((1, 1), ("relu",), (False,))
    z, a = batched_forward_output(arch, np.array([[2.0], [-1.0]]), np.array([[1.5], [-3.0]]))
    relu = get_activation("relu")
    np.testing.assert_array_equal(a[..., 0], relu.f(np.array([[3.0, -6.0], [-1.5, 3.0]])))
