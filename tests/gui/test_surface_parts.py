"""The loss-surface and race views' Qt-free parts: their settings, the surface task, the path."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core import landscape
from nnviz.core.errors import InputError
from nnviz.core.network import Network
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.surfaces import get_surface
from nnviz.core.training import training_targets
from nnviz.gui.kit.parameter_pair import with_picked
from nnviz.gui.views.landscape.path_buffer import PathBuffer
from nnviz.gui.views.landscape.settings import RESOLUTIONS, SliceSettings, automatic_resolution
from nnviz.gui.views.landscape.surface_task import GRADIENT_ARROW, SurfaceRequest
from nnviz.gui.views.race.race_task import surface_race
from nnviz.gui.views.race.settings import RaceSettings
from tests.gui.conftest import XOR_TARGETS, XOR_X, xor_dataset


@given(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20))
def test_a_picked_parameter_goes_on_the_vertical_axis(i, j, index):
    pair = with_picked((i, j), index)
    if index in (i, j):
        assert pair is None
    else:
        assert pair == (j, index)


def test_the_automatic_grid_is_the_finest_that_fits_the_work():
    assert automatic_resolution(4, 9) == 121            # XOR 2-2-1: the default grid
    assert automatic_resolution(800, 17_098) == 41      # digits 256-64-10: the coarsest
    assert automatic_resolution(200, 1_000) == 121      # 121² · 200 · 1000 = 2.9e9 ≤ 4e10
    assert automatic_resolution(2_000, 2_000) == 81     # 81² · 4e6 = 2.6e10 ≤ 4e10 < 121² · 4e6
    assert automatic_resolution(1_000, 3_000) == 81


@given(st.integers(1, 5000), st.integers(1, 50_000), st.integers(1, 5000), st.integers(1, 50_000))
def test_more_work_never_gets_a_finer_grid(n1, p1, n2, p2):
    a, b = automatic_resolution(n1, p1), automatic_resolution(n2, p2)
    assert a in RESOLUTIONS and b in RESOLUTIONS
    if n1 * p1 <= n2 * p2:
        assert a >= b


def test_slice_settings_check_their_values_and_say_what_changed():
    s = SliceSettings()
    with pytest.raises(InputError, match="unknown slice"):
        s.set_mode("diagonal", 9)
    with pytest.raises(InputError, match="positive number"):
        s.set_range(0.0)
    with pytest.raises(InputError, match="5 to 1001"):
        s.set_resolution(3)
    with pytest.raises(InputError, match="out of range"):
        s.set_indices(0, 9, 9)
    with pytest.raises(InputError, match="two different"):
        s.set_indices(2, 2, 9)
    assert (s.mode, s.indices, s.range, s.resolution) == ("parameters", (0, 1), 4.0, 121)
    assert s.set_range(2.0) and not s.set_range(2.0)
    assert s.set_resolution(41) and not s.automatic
    assert s.set_mode("random", 9) and s.range == 1.0  # each mode keeps its own range
    assert s.pick(5) == ((1, 5), True)  # θ_5 picked: the two-parameter plane (θ_1, θ_5)
    s.set_mode("curve", 9)
    assert s.pick(7) == ((7, 7), False)
    s.fit(1)
    assert (s.mode, s.indices) == ("curve", (0, 0))


def test_the_surface_task_computes_the_cost_over_the_grid():
    net = Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=3)
    x, y = training_targets(net.architecture, xor_dataset())
    request = SurfaceRequest(net.architecture, net.params.copy(), "parameters", (0, 1), 1.0, 5, 0,
                             None, None, 7, x, y)
    result = request.compute(lambda done, total: True)
    h = result.heatmap
    np.testing.assert_allclose(h.u, net.params[0] + np.linspace(-1, 1, 5))
    np.testing.assert_allclose(h.v, net.params[1] + np.linspace(-1, 1, 5))
    theta = net.params.copy()
    theta[0], theta[1] = h.u[4], h.v[2]
    assert h.values[2, 4] == pytest.approx(Network(net.architecture, theta).cost(XOR_X, XOR_TARGETS))
    assert result.origin_step == 7 and result.slice.indices == (0, 1)
    # −∇C as an arrow: against the projected gradient, at most GRADIENT_ARROW of the width
    g = net.gradient(XOR_X, XOR_TARGETS).flat
    at = result.project(net.params)
    end = result.descent_arrow(g, at)
    d = end - at
    np.testing.assert_allclose(d / np.linalg.norm(d), -g[:2] / np.linalg.norm(g[:2]))
    assert np.linalg.norm(d) <= GRADIENT_ARROW * 2.0 + 1e-12
    assert result.descent_arrow(np.zeros_like(g), at) is None


def test_the_curve_task_and_the_curve_path():
    """ŷ = w·x with x = 2, y = 3, loss (ŷ − y)²: the curve is (2w − 3)²."""
    net = Network.from_layers([[[2.5]]], [None], ["identity"], loss="squared_error")
    x, y = np.array([[2.0]]), np.array([[3.0]])
    request = SurfaceRequest(net.architecture, net.params.copy(), "curve", (0, 0), 1.0, 5, 0,
                             None, None, 0, x, y)
    result = request.compute(lambda done, total: True)
    assert result.curve_u.size == 201 and result.curve_u[0] == pytest.approx(1.5)
    np.testing.assert_allclose(result.curve, (2 * result.curve_u - 3) ** 2, rtol=1e-12)
    path = PathBuffer(1)
    for w, loss in ((2.5, 4.0), (1.7, 0.16)):
        path.append(np.array([w]), 0, loss, result.project(np.array([w])))
    np.testing.assert_allclose(path.points(curve=True), [[2.5, 4.0], [1.7, 0.16]])
    # −∇C at w = 2.5 is −2·2·(2·2.5 − 3) = −8: the arrow points to smaller w
    end = result.descent_arrow(np.array([8.0]), np.array([2.5, 4.0]))
    assert end[0] < 2.5 and end[1] == 4.0


def test_a_path_without_enough_steps_has_no_pca_plane():
    net = Network.create([2, 2, 1], seed=1)
    x, y = training_targets(net.architecture, xor_dataset())
    request = SurfaceRequest(net.architecture, net.params.copy(), "pca", (0, 1), 1.0, 5, 0,
                             None, np.array([net.params, net.params]), 0, x, y)
    with pytest.raises(InputError, match="train first"):
        request.compute(lambda done, total: True)


def test_race_settings_and_the_race_on_a_test_surface():
    s = RaceSettings()
    assert s.set_surface("bowl") and not s.set_surface("bowl")
    bowl = get_surface("bowl")
    assert s.steps == bowl.steps and s.racing() == {n: bowl.learning_rates[n] for n in OPTIMIZERS}
    s.set_shared_learning_rate(0.2)
    s.set_enabled("adam", False)
    assert s.racing() == {n: 0.2 for n in OPTIMIZERS if n != "adam"}
    with pytest.raises(InputError, match="unknown optimizer"):
        s.set_enabled("newton", True)
    with pytest.raises(InputError, match="finite"):
        s.set_start(float("nan"), 0.0)
    with pytest.raises(InputError, match="steps"):
        s.set_steps(0)
    result = surface_race("bowl", ("bowl",), None, {"sgd": 0.1}, 5, (1.0, 2.0))
    expected = landscape.optimizer_path(bowl, make_optimizer("sgd", lr=0.1), (1.0, 2.0), 5)
    np.testing.assert_allclose(result.paths["sgd"].points, expected.points)
    assert result.last_step == 5 and result.start == (1.0, 2.0)
    assert result.heatmap.label == "f" and result.heatmap.u.size == 201
