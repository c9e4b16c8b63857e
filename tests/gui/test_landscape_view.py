"""The loss-surface view and the optional 3-D surface (offscreen)."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from nnviz.core import landscape, notation
from nnviz.core.data import Dataset
from nnviz.core.network import Network
from nnviz.core.snapshot import Snapshot, frozen_copy
from nnviz.gui.kit.heatmap import prepare_heatmap
from nnviz.gui.theme import Theme
from nnviz.gui.views.landscape import LandscapeView
from nnviz.gui.views.landscape.path_buffer import PathBuffer
from nnviz.gui.views.landscape.surface3d import Surface3DView, opengl_status
from nnviz.session.commands import SetParameters
from nnviz.session.state import Selection
from tests.gui.conftest import XOR_TARGETS, XOR_X, docked_behind, snapshot_of, xor_dataset


def xor_network(seed=3):
    return Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=seed)


def descend(net, steps, lr=2.0):
    """Plain gradient descent on XOR; the snapshots after every step (step 0 first)."""
    out = [snapshot_of(net, 0, loss_on=(XOR_X, XOR_TARGETS))]
    for t in range(1, steps + 1):
        g = net.gradient(XOR_X, XOR_TARGETS).flat
        net.params -= lr * g
        out.append(snapshot_of(net, t, g, loss_on=(XOR_X, XOR_TARGETS)))
    return out


@pytest.fixture
def view(qtbot):
    v = LandscapeView()
    qtbot.addWidget(v)
    v.resize(700, 600)
    v.set_resolution(41)
    yield v
    v.cancel()
    v.settle()


def settle(qtbot, view, until=lambda: True):
    view.settle()
    qtbot.waitUntil(lambda: not view.jobs.busy and until(), timeout=10_000)


# -- the surface and the path ------------------------------------------------------------------
def test_surface_is_the_cost_over_two_parameters(qtbot, view):
    net = xor_network()
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(net, 0))
    settle(qtbot, view, lambda: view.heatmap is not None)
    slc, heat = view.surface_slice, view.heatmap
    assert slc.indices == (0, 1) and slc.kind == "parameters"
    np.testing.assert_allclose(slc.origin, net.params)
    expected = landscape.surface(net.architecture, slc, heat.u, heat.v, XOR_X, XOR_TARGETS)
    np.testing.assert_allclose(heat.values, expected)
    # the image shows those values, centred on θ0 with the chosen half width
    np.testing.assert_allclose(view.canvas.heatmap_layer.image.image, heat.linear)
    assert heat.u[0] == pytest.approx(net.params[0] - 4.0) and heat.u[-1] == pytest.approx(net.params[0] + 4.0)
    rect = view.canvas.heatmap_layer.image.mapRectToParent(view.canvas.heatmap_layer.image.boundingRect())
    assert rect.center().x() == pytest.approx(net.params[0]) and rect.center().y() == pytest.approx(net.params[1])
    assert len(view.canvas.heatmap_layer.contours.getData()[0]) > 0
    view.set_log_scale(True)
    np.testing.assert_allclose(view.canvas.heatmap_layer.image.image, np.log10(heat.linear))


def test_path_follows_the_snapshots(qtbot, view):
    net = xor_network()
    snaps = descend(net, 30)
    view.set_dataset(xor_dataset())
    view.show_snapshot(snaps[0])
    settle(qtbot, view, lambda: view.heatmap is not None)
    for s in snaps[1:]:
        view.show_snapshot(s)
    thetas = np.array([s.params for s in snaps])
    x, y = view.path_data()
    np.testing.assert_allclose(x, thetas[:, 0])
    np.testing.assert_allclose(y, thetas[:, 1])
    cx, cy = view.canvas.path_layer.current_marker.getData()
    assert (cx[0], cy[0]) == (thetas[-1, 0], thetas[-1, 1])
    sx, sy = view.canvas.path_layer.start_marker.getData()
    assert (sx[0], sy[0]) == (thetas[0, 0], thetas[0, 1])
    start, end = view.canvas.path_layer.step_arrow.data()
    np.testing.assert_allclose(start, thetas[-2, :2])
    np.testing.assert_allclose(end, thetas[-1, :2])
    # the −∇C arrow points against the full-batch gradient at the current θ, projected
    qtbot.waitUntil(lambda: view.canvas.path_layer.gradient_arrow.data() is not None)
    g = Network(net.architecture, thetas[-1]).gradient(XOR_X, XOR_TARGETS).flat[:2]
    a, b = view.canvas.path_layer.gradient_arrow.data()
    np.testing.assert_allclose(a, thetas[-1, :2])
    direction = (b - a) / np.linalg.norm(b - a)
    np.testing.assert_allclose(direction, -g / np.linalg.norm(g), atol=1e-9)

    # choosing other parameters re-projects the same path onto them
    view.follow_selection(Selection(parameter=5))  # b¹₂ picked: the plane (θ_1, θ_5)
    assert view.parameters == (1, 5)
    settle(qtbot, view, lambda: view.surface_slice.indices == (1, 5))
    x, y = view.path_data()
    np.testing.assert_allclose(x, thetas[:, 1])
    np.testing.assert_allclose(y, thetas[:, 5])


def test_restart_clears_the_path_and_new_architecture_rebuilds(qtbot, view):
    net = xor_network()
    snaps = descend(net, 5)
    view.set_dataset(xor_dataset())
    for s in snaps:
        view.show_snapshot(s)
    settle(qtbot, view, lambda: view.heatmap is not None)
    assert len(view.path_data()[0]) == 6
    view.show_snapshot(snaps[0])  # step 0 again: training was restarted
    assert len(view.path_data()[0]) == 1
    bigger = Network.create([2, 3, 1], seed=1)
    view.show_snapshot(snapshot_of(bigger, 0))
    assert view.controls.x_box.count() == bigger.architecture.n_parameters
    assert view.controls.x_box.itemText(0) == "w¹₁₁"
    settle(qtbot, view, lambda: view.surface_slice is not None
           and view.surface_slice.origin.size == bigger.architecture.n_parameters)


def test_click_asks_to_restart_from_that_point(qtbot, view):
    net = xor_network()
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(net, 0))
    view.show()
    settle(qtbot, view, lambda: view.heatmap is not None)
    vb = view.canvas.plot.getViewBox()
    target = QPointF(net.params[0] + 1.0, net.params[1] - 0.5)
    scene = vb.mapViewToScene(target)
    pos = view.canvas.plot_widget.mapFromScene(scene)
    with qtbot.waitSignal(view.command_issued, timeout=2000) as signal:
        qtbot.mouseClick(view.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert isinstance(signal.args[0], SetParameters)
    theta = signal.args[0].theta
    clicked = vb.mapSceneToView(view.canvas.plot_widget.mapToScene(pos))
    expected = net.params.copy()
    expected[0], expected[1] = clicked.x(), clicked.y()
    np.testing.assert_allclose(theta, expected, atol=1e-9)
    assert abs(clicked.x() - target.x()) < 0.1 and abs(clicked.y() - target.y()) < 0.1


def test_random_and_pca_modes(qtbot, view):
    net = xor_network()
    snaps = descend(net, 40)
    view.choose_follow(False)  # the slices through θ at step 0
    view.set_dataset(xor_dataset())
    for s in snaps:
        view.show_snapshot(s)
    settle(qtbot, view, lambda: view.heatmap is not None)
    view.set_mode("random")
    settle(qtbot, view, lambda: view.surface_slice is not None and view.surface_slice.kind == "random")
    slc = view.surface_slice
    thetas = np.array([s.params for s in snaps])
    np.testing.assert_allclose(np.column_stack(view.path_data()), slc.project(thetas))
    assert view.path_data()[0][0] == pytest.approx(0.0) and view.path_data()[1][0] == pytest.approx(0.0)

    view.set_mode("pca")
    settle(qtbot, view, lambda: view.surface_slice is not None and view.surface_slice.kind == "pca")
    pca = landscape.pca_slice(net.architecture, thetas)
    np.testing.assert_allclose(np.column_stack(view.path_data()), pca.coordinates, atol=1e-9)
    heat = view.heatmap  # the grid holds the whole path
    x, y = view.path_data()
    assert heat.u[0] < x.min() and x.max() < heat.u[-1] and heat.v[0] < y.min() and y.max() < heat.v[-1]
    assert "PC1" in view.canvas.plot.getAxis("bottom").labelText


def test_pca_without_a_path_says_so(qtbot, view):
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(xor_network(), 0))
    settle(qtbot, view, lambda: view.heatmap is not None)
    view.set_mode("pca")
    settle(qtbot, view)
    assert "train first" in view.message and "train first" in view.status.text()


def test_one_parameter_model_shows_the_curve(qtbot, view):
    """ŷ = w·x with x = 2, y = 3, loss (ŷ − y)²: the curve is (2w − 3)², the path sits on it."""
    data = Dataset("wx", "regression", np.array([[2.0]]), np.array([[3.0]]), np.empty((0, 1)),
                   np.empty((0, 1)), ("x",), ("y",))
    net = Network.from_layers([[[2.5]]], [None], ["identity"], loss="squared_error")
    view.set_dataset(data)
    snaps = []
    for step in range(4):
        snaps.append(Snapshot(step=step, epoch=step, architecture=net.architecture,
                              params=frozen_copy(net.params), gradients=None,
                              train_loss=net.cost([[2.0]], [[3.0]])))
        view.show_snapshot(snaps[-1])
        net.params -= 0.1 * net.gradient([[2.0]], [[3.0]]).flat
    assert view.mode == "curve"
    settle(qtbot, view, lambda: view.result is not None)
    w, c = view.canvas.curve_item.getData()
    np.testing.assert_allclose(c, (2 * w - 3) ** 2, rtol=1e-12)
    x, y = view.path_data()
    np.testing.assert_allclose(x, [2.5, 1.7, 1.54, 1.508])
    np.testing.assert_allclose(y, [4.0, 0.16, 0.0064, 0.000256], atol=1e-12)


def test_stale_results_are_dropped_and_cancel_keeps_the_old_surface(qtbot, view):
    net = xor_network()
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(net, 0))
    view.set_parameters(0, 2)
    view.set_parameters(3, 4)  # the requests for (0, 1) and (0, 2) are outdated
    settle(qtbot, view, lambda: view.heatmap is not None)
    assert view.surface_slice.indices == (3, 4)
    before = view.heatmap
    view.set_resolution(301)
    view.cancel()
    settle(qtbot, view)
    assert view.heatmap is before
    assert "cancelled" in view.message and "cancelled" in view.status.text()


def test_data_that_does_not_fit_gives_a_message(qtbot, view):
    view.set_dataset(Dataset("three", "regression", np.zeros((4, 3)), np.zeros((4, 1)),
                             np.zeros((0, 3)), np.zeros((0, 1)), ("a", "b", "c"), ("y",)))
    view.show_snapshot(snapshot_of(xor_network(), 0))
    settle(qtbot, view)
    assert view.heatmap is None
    assert "2 inputs but the data set has 3 features" in view.message
    assert view.message in view.status.text()


def test_path_buffer_is_bounded_and_keeps_the_latest():
    buf = PathBuffer(n_parameters=100_000)  # capacity: the minimum number of points
    for t in range(3 * buf.capacity):
        buf.append(np.full(100_000, float(t)), t, 0.0, np.array([t, t]))
    assert buf.size <= buf.capacity and buf.thetas.shape[0] <= buf.capacity
    steps = buf.view("steps")
    assert steps[0] == 0 and steps[-1] == 3 * buf.capacity - 1
    assert np.all(np.diff(steps) > 0)
    assert np.all(np.diff(steps)[-buf.capacity // 4:] == 1)  # the recent path at full detail


def test_heatmap_helpers():
    u, v = np.linspace(-1, 1, 5), np.linspace(0, 2, 3)
    values = np.array([[1.0, 2, 3, 4, 5], [0.5, np.inf, 2, 2, 2], [1, 1, 1, 1, 1]])
    heat = prepare_heatmap(u, v, values)
    assert heat.linear[1, 1] == 5.0  # overflow shows as the largest finite cost
    np.testing.assert_allclose(heat.log, np.log10(heat.linear))
    assert heat.rect.left() == pytest.approx(-1.25) and heat.rect.width() == pytest.approx(2.5)
    below = prepare_heatmap(u, v, values - 3.0, "f")
    assert below.log_label.startswith("log₁₀(f − −2.5")  # printed through core/notation
    assert notation.parameter_symbol("w2_13") == "w²₁₃" and notation.parameter_symbol("b1_2") == "b¹₂"


# -- 3-D -----------------------------------------------------------------------------------------
def test_three_d_is_disabled_where_opengl_is_not_available(qtbot, view):
    available, note = opengl_status()
    if available:
        pytest.skip("OpenGL is available here")
    if QGuiApplication.platformName() == "offscreen":
        assert "real display" in note and "offscreen" in note
    assert "3-D" in note
    assert not view.controls.three_d_box.isEnabled()
    assert view.controls.three_d_box.toolTip() == note
    assert view.canvas.surface3d is None
    placeholder = Surface3DView()
    qtbot.addWidget(placeholder)
    assert placeholder.gl_view is None  # a note, no OpenGL widget


def test_three_d_surface_on_a_real_display(qtbot):
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("OpenGL needs a real display (run under xvfb-run with QT_QPA_PLATFORM=xcb)")
    available, note = opengl_status()
    if not available:
        pytest.skip(note)
    v = Surface3DView()
    qtbot.addWidget(v)
    u = v_ = np.linspace(-1, 1, 11)
    heat = prepare_heatmap(u, v_, u[None, :] ** 2 + v_[:, None] ** 2)
    v.set_heatmap(heat, log=False)
    v.set_path(np.array([[0.5, 0.5], [0.0, 0.0]]), np.array([0.5, 0.0]))
    v.show()
    qtbot.waitExposed(v)
    assert v.path.pos.shape == (2, 3)


def test_follow_training_recomputes_through_the_current_theta(qtbot, view):
    net = xor_network()
    snaps = descend(net, 10)
    view.set_dataset(xor_dataset())
    view.show_snapshot(snaps[0])
    settle(qtbot, view, lambda: view.heatmap is not None)
    view.set_follow(True)
    for s in snaps[1:]:
        view.show_snapshot(s)
    qtbot.waitUntil(lambda: view.surface_slice is not None
                    and np.array_equal(view.surface_slice.origin, snaps[-1].params), timeout=10_000)
    assert "as at step 10" in view.title_label.text()
    view.set_follow(False)


def test_the_grid_size_adapts_to_the_work(qtbot):
    v = LandscapeView()
    qtbot.addWidget(v)
    v.set_dataset(xor_dataset())
    v.show_snapshot(snapshot_of(xor_network(), 0))
    assert v.settings.resolution == 121  # 4 samples x 9 parameters: the default grid
    big = Network.create([256, 64, 10], "relu", "softmax", loss="softmax_cross_entropy", seed=0)
    x = np.zeros((800, 256))
    v.set_dataset(Dataset("digits", "classification", x, np.arange(800) % 10, x[:0],
                          np.zeros(0, int), tuple(f"p{i}" for i in range(256)),
                          tuple(str(i) for i in range(10))))
    v.cancel()
    v.show_snapshot(snapshot_of(big))  # a network that does not take XOR's inputs
    assert v.settings.resolution == 41
    v.cancel()
    v.settle()


def test_presentation_scale_grows_lines_and_markers(qtbot, view):
    view.apply_theme(Theme(scale=2.0))
    assert view.canvas.path_layer.path_item.opts["pen"].widthF() == pytest.approx(4.4)
    assert view.canvas.path_layer.current_marker.opts["size"] == pytest.approx(32)


# -- the look: extent, scale, bounded path, hidden tabs, compact controls ------------------
def test_the_map_fills_the_plot_exactly_to_scale(qtbot, view):
    view.resize(760, 520)
    view.show()
    qtbot.waitExposed(view)
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(xor_network(), 0))
    settle(qtbot, view, lambda: view.heatmap is not None)
    vb = view.canvas.plot.getViewBox()

    def to_scale():
        px, py = vb.viewPixelSize()
        return abs(px - py) <= 0.02 * px

    qtbot.waitUntil(to_scale, timeout=3000)
    rect = view.heatmap.rect
    (x0, x1), (y0, y1) = vb.viewRange()
    np.testing.assert_allclose([x0, x1, y0, y1], [rect.left(), rect.right(), rect.top(), rect.bottom()],
                               atol=1e-9)
    # the colour bar sits under the map, as wide as it
    bar = view.canvas.heatmap_layer.colorbar.sceneBoundingRect()
    box = vb.sceneBoundingRect()
    assert bar.top() >= box.bottom()
    assert abs(bar.width() - box.width()) < 0.15 * box.width()


def test_the_path_on_screen_is_bounded_and_keeps_its_ends():
    from nnviz.gui.views.landscape.path_layer import PATH_DRAWN, path_for_screen

    short = np.arange(20.0).reshape(10, 2)
    assert path_for_screen(short) is short
    drawn = {}
    for n in (PATH_DRAWN + 1, 3 * PATH_DRAWN + 7, 3 * PATH_DRAWN + 8):
        pts = np.column_stack([np.arange(n, dtype=float), np.zeros(n)])
        drawn[n] = path_for_screen(pts)[:, 0]
        assert drawn[n].size <= PATH_DRAWN + 1
        assert drawn[n][0] == 0 and drawn[n][-1] == n - 1
    # one more recorded step: the points drawn before stay where they were (no shimmer)
    before, after = drawn[3 * PATH_DRAWN + 7], drawn[3 * PATH_DRAWN + 8]
    assert set(before[:-1]) <= set(after)


def test_the_same_step_again_replaces_the_last_point(qtbot, view):
    net = xor_network()
    snaps = descend(net, 4)
    view.set_dataset(xor_dataset())
    for s in snaps:
        view.show_snapshot(s)
    settle(qtbot, view, lambda: view.heatmap is not None)
    view.show_snapshot(snaps[-1])  # drawn again (the window settles): the path stays whole
    assert len(view.path_data()[0]) == 5
    edited = snaps[-1].params.copy()
    edited[0] += 0.5  # θ edited at the same step: the last point moves
    view.show_snapshot(Snapshot(step=4, epoch=4.0, architecture=net.architecture,
                                params=frozen_copy(edited), gradients=None, train_loss=0.5))
    x, _ = view.path_data()
    assert len(x) == 5 and x[-1] == pytest.approx(edited[0])


def test_behind_another_tab_the_path_is_recorded_and_drawn_when_shown(qtbot):
    view = LandscapeView()
    view.set_resolution(41)
    window, dock = docked_behind(qtbot, view)
    net = xor_network()
    snaps = descend(net, 6)
    view.set_dataset(xor_dataset())
    for s in snaps:
        view.show_snapshot(s)
    assert view.heatmap is None and not view.jobs.busy  # nothing computed while hidden
    dock.raise_()
    settle(qtbot, view, lambda: view.heatmap is not None)
    thetas = np.array([s.params for s in snaps])
    x, y = view.path_data()
    np.testing.assert_allclose(np.column_stack([x, y]), thetas[:, :2])
    np.testing.assert_allclose(view.surface_slice.origin, thetas[-1])  # centred on the latest θ
    view.cancel()
    view.settle()


def test_less_used_options_sit_in_a_menu(qtbot, view):
    from PySide6.QtGui import QAction

    assert isinstance(view.controls.log_box, QAction) and view.controls.log_box.isCheckable()
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(xor_network(), 0))
    settle(qtbot, view, lambda: view.heatmap is not None)
    view.controls.log_box.trigger()
    np.testing.assert_allclose(view.canvas.heatmap_layer.image.image, view.heatmap.log)
    grid = {act.data(): act for act in view.controls.grid_box.actions()}
    assert grid[41].isChecked()
    grid[81].trigger()
    settle(qtbot, view, lambda: view.heatmap is not None and view.heatmap.u.size == 81)
    assert grid[81].isChecked() and not grid[41].isChecked()
    assert view.minimumSizeHint().width() <= 300


def test_fonts_follow_the_theme(view):
    sizes = {}
    for scale in (1.0, 2.0):
        view.apply_theme(Theme(scale=scale))
        sizes[scale] = (view.canvas.plot.getAxis("bottom").style["tickFont"].pointSizeF(),
                        view.canvas.heatmap_layer.colorbar.axis.style["tickFont"].pointSizeF(),
                        view.status.font().pointSizeF())
    assert sizes[2.0] == pytest.approx(tuple(2 * v for v in sizes[1.0]))
    dark = Theme(dark=True)
    view.apply_theme(dark)
    assert view.canvas.plot_widget.backgroundBrush().color().name() == dark.plot_background




# -- following training, and saying what the surface is a slice of (issue 12, item 11) ------------
def test_follow_training_is_a_visible_check_box_on_where_it_is_cheap(qtbot, view):
    from PySide6.QtWidgets import QCheckBox

    view.show()
    qtbot.waitExposed(view)
    box = view.controls.follow_box
    assert isinstance(box, QCheckBox) and box.isVisible() and box.text() == "Follow training"
    assert box.parent() is not None and box.geometry().bottom() < view.canvas.stack.geometry().top()
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(xor_network(), 0))
    assert box.isChecked() and view.settings.follow  # XOR: a surface costs next to nothing
    box.setChecked(False)  # the lecturer's choice stays
    view.set_dataset(xor_dataset())
    assert not view.settings.follow and not box.isChecked()
    view.settle()


def test_a_costly_surface_does_not_follow_by_default(qtbot):
    v = LandscapeView()
    qtbot.addWidget(v)
    big = Network.create([256, 64, 10], "relu", "softmax", loss="softmax_cross_entropy", seed=0)
    x = np.zeros((800, 256))
    v.set_dataset(Dataset("digits", "classification", x, np.arange(800) % 10, x[:0],
                          np.zeros(0, int), tuple(f"p{i}" for i in range(256)),
                          tuple(str(i) for i in range(10))))
    v.show_snapshot(snapshot_of(big))
    assert not v.settings.follow and not v.controls.follow_box.isChecked()
    v.cancel()
    v.settle()


def test_the_title_says_which_step_the_surface_is_a_slice_at(qtbot, view):
    snaps = descend(xor_network(), 10)  # 9 parameters: w¹₁₁, w¹₁₂ and 7 others
    view.choose_follow(False)
    view.set_dataset(xor_dataset())
    view.show_snapshot(snaps[0])
    settle(qtbot, view, lambda: view.heatmap is not None)
    for s in snaps[1:]:
        view.show_snapshot(s)
    settle(qtbot, view)
    assert view.title_label.text() == "C(w¹₁₁, w¹₁₂) with the other 7 parameters as at step 0"
    assert view.title_label.isVisibleTo(view)


def test_following_recomputes_in_the_background_throttled(qtbot, view):
    from nnviz.gui.jobs import JobRunner

    snaps = descend(xor_network(), 30)
    view.set_dataset(xor_dataset())
    view.show_snapshot(snaps[0])
    settle(qtbot, view, lambda: view.heatmap is not None)
    assert view.settings.follow and isinstance(view.jobs, JobRunner)
    submitted = []
    submit = view.jobs.submit
    view.jobs.submit = lambda *args, **kw: (submitted.append(args), submit(*args, **kw))[1]
    for s in snaps[1:]:  # thirty snapshots in one go: no surface each
        view.show_snapshot(s)
    assert submitted == []  # the follow timer waits for the event loop
    qtbot.waitUntil(lambda: view.result is not None and view.result.origin_step == 30, timeout=10_000)
    assert len(submitted) == 1
    assert view.title_label.text() == "C(w¹₁₁, w¹₁₂) with the other 7 parameters as at step 30"
    np.testing.assert_allclose(view.surface_slice.origin, snaps[-1].params)


# -- the training cost "sum": the surface is L = Σ ℓ, n times C ------------------------------------
def with_cost(snapshot: Snapshot, cost: str) -> Snapshot:
    from dataclasses import replace

    return replace(snapshot, cost=cost)


def test_under_the_cost_sum_the_surface_and_the_gradient_are_n_times_the_mean(qtbot, view):
    net = xor_network()
    n = XOR_X.shape[0]
    view.set_dataset(xor_dataset())
    view.show_snapshot(with_cost(snapshot_of(net, 0), "sum"))
    settle(qtbot, view, lambda: view.heatmap is not None)
    slc, heat = view.surface_slice, view.heatmap
    mean = landscape.surface(net.architecture, slc, heat.u, heat.v, XOR_X, XOR_TARGETS)
    np.testing.assert_allclose(heat.values, n * mean, rtol=1e-12)
    assert view.result.cost == "sum" and heat.label == "L"
    assert view.title_label.text().startswith("L(w")
    assert "−∇L" in view.canvas.legend.text()
    qtbot.waitUntil(lambda: view.gradients.at(0) is not None)
    g_mean = net.gradient(XOR_X, XOR_TARGETS).flat
    np.testing.assert_allclose(view.gradients.at(0), n * g_mean, rtol=1e-12)
    # back to the mean (training restarted on another cost): C again, recomputed at once
    view.show_snapshot(with_cost(snapshot_of(net, 0), "mean"))
    settle(qtbot, view, lambda: view.result is not None and view.result.cost == "mean")
    np.testing.assert_allclose(view.heatmap.values, mean, rtol=1e-12)
    assert view.heatmap.label == "C" and view.title_label.text().startswith("C(w")
    assert "−∇C" in view.canvas.legend.text()
    qtbot.waitUntil(lambda: view.gradients.at(0) is not None)
    np.testing.assert_allclose(view.gradients.at(0), g_mean, rtol=1e-12)


def test_the_perceptron_rules_error_rate_shows_the_mean_surface(qtbot, view):
    net = xor_network()
    view.set_dataset(xor_dataset())
    view.show_snapshot(with_cost(snapshot_of(net, 0), "mistakes"))
    settle(qtbot, view, lambda: view.heatmap is not None)
    assert view.result.cost == "mean" and view.heatmap.label == "C"


def test_the_curve_under_the_cost_sum_is_the_sum_over_the_samples(qtbot, view):
    """ŷ = w·x on (1, 3) and (2, 3), loss (ŷ − y)²: L(w) = (w − 3)² + (2w − 3)², named L."""
    data = Dataset("wx", "regression", np.array([[1.0], [2.0]]), np.array([[3.0], [3.0]]),
                   np.empty((0, 1)), np.empty((0, 1)), ("x",), ("y",))
    net = Network.from_layers([[[2.5]]], [None], ["identity"], loss="squared_error")
    view.set_dataset(data)
    view.show_snapshot(Snapshot(step=0, epoch=0, architecture=net.architecture,
                                params=frozen_copy(net.params), gradients=None,
                                train_loss=net.cost([[1.0], [2.0]], [[3.0], [3.0]], cost="sum"),
                                cost="sum"))
    settle(qtbot, view, lambda: view.result is not None)
    w, c = view.canvas.curve_item.getData()
    np.testing.assert_allclose(c, (w - 3) ** 2 + (2 * w - 3) ** 2, rtol=1e-12)
    assert view.canvas.plot.getAxis("left").labelText == "L"
    assert view.title_label.text().startswith("L(w")
    qtbot.waitUntil(lambda: view.gradients.at(0) is not None)
    # ∂L/∂w = 2(w − 3) + 4(2w − 3) at w = 2.5: −1 + 8 = 7
    np.testing.assert_allclose(view.gradients.at(0), [7.0], rtol=1e-12)
