"""The optimizer race view (offscreen)."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.core import landscape, notation
from nnviz.core.config import (Config, DataSpec, NetworkSpec, TrainingSpec, build_dataset, build_network,
                               build_trainer, resolve)
from nnviz.core.errors import InputError
from nnviz.core.lessons import Lesson
from nnviz.core.network import Network
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.surfaces import get_surface
from nnviz.gui.theme import Theme
from nnviz.gui.views.race import OptimizerRaceView, RaceView
from nnviz.gui.views.race.comparison import comparison_race, parse_values
from nnviz.session.state import Selection, SessionState
from tests.gui.conftest import XOR_TARGETS, XOR_X, snapshot_of, xor_dataset


def xor_network(seed=3):
    return Network.create([2, 2, 1], "sigmoid", init="uniform", init_range=2.0, seed=seed)


@pytest.fixture
def race(qtbot):
    r = OptimizerRaceView()
    qtbot.addWidget(r)
    r.resize(900, 600)
    yield r
    r.pause()
    r.settle()


def race_ready(qtbot, race, until=lambda: True):
    race.settle()
    qtbot.waitUntil(lambda: race.result is not None and not race.jobs.busy and until(),
                    timeout=10_000)


def test_race_gives_every_optimizer_its_own_path(qtbot, race):
    race.set_surface("bowl")
    race_ready(qtbot, race, lambda: race.result.key == ("bowl",))
    bowl = get_surface("bowl")
    race.go_to_step(bowl.steps)
    paths = {}
    for name in OPTIMIZERS:
        x, y = race.tracks.path_items[name].getData()
        expected = landscape.optimizer_path(bowl, make_optimizer(name, lr=bowl.learning_rates[name]),
                                            bowl.start, bowl.steps)
        np.testing.assert_allclose(np.column_stack([x, y]), expected.points)
        assert (x[0], y[0]) == bowl.start
        paths[name] = np.column_stack([x, y])
    for a in OPTIMIZERS:
        for b in OPTIMIZERS:
            if a < b:
                assert not np.allclose(paths[a], paths[b]), (a, b)
    entries = race.legend_entries()
    assert len(entries) == len(OPTIMIZERS)
    assert [e.split()[0] for e in entries] == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"]
    colours = {race.tracks.path_items[n].opts["pen"].color().name() for n in OPTIMIZERS}
    assert len(colours) == len(OPTIMIZERS)
    # the loss plot shows f along each path
    steps, losses = race.tracks.loss_items["adam"].getData()
    np.testing.assert_allclose(losses, bowl.f(*paths["adam"].T))


def test_race_step_reset_and_choices(qtbot, race):
    race.set_surface("valley")
    race_ready(qtbot, race, lambda: race.result.key == ("valley",))
    race.reset()
    assert len(race.tracks.path_items["sgd"].getData()[0]) == 1
    race.step()
    race.step()
    assert race.shown_step == 2 and len(race.tracks.path_items["momentum"].getData()[0]) == 3
    race.set_enabled("adagrad", False)
    race_ready(qtbot, race, lambda: "adagrad" not in race.result.paths)
    assert len(race.legend_entries()) == len(OPTIMIZERS) - 1
    assert len(race.tracks.path_items["adagrad"].getData()[0]) == 0
    race.set_shared_learning_rate(0.2)
    race_ready(qtbot, race, lambda: all("η = 0.2" in e for e in race.legend_entries()))
    race.set_start(4.0, -2.0)
    race_ready(qtbot, race, lambda: race.result.start == (4.0, -2.0))
    assert race.shown_step == 0
    for name in race.result.paths:
        np.testing.assert_allclose(race.result.paths[name].points[0], [4.0, -2.0])
    race.set_steps(30)
    race_ready(qtbot, race, lambda: race.last_step == 30)
    with qtbot.waitSignal(race.race_finished, timeout=10_000):
        race.play()
    assert race.shown_step == 30


def test_race_shows_divergence_in_the_legend(qtbot, race):
    race.set_surface("bowl")
    race_ready(qtbot, race)
    race.set_learning_rate("sgd", 1.5)
    race_ready(qtbot, race, lambda: race.result.paths["sgd"].diverged)
    assert "diverged" in race.legend_entries()[0]


def test_race_on_the_network_slice(qtbot, race):
    net = xor_network()
    race.set_dataset(xor_dataset())
    race.show_snapshot(snapshot_of(net, 0))
    race.set_surface("network")
    race_ready(qtbot, race, lambda: race.result.key[0] == "network")
    assert race.result.start == (net.params[0], net.params[1])
    sgd = race.result.paths["sgd"]
    g = net.gradient(XOR_X, XOR_TARGETS).flat
    np.testing.assert_allclose(sgd.points[1], net.params[:2] - 2.0 * g[:2])
    assert sgd.losses[0] == pytest.approx(net.cost(XOR_X, XOR_TARGETS))


def test_race_without_data_says_so(qtbot, race):
    race.set_surface("network")
    race.settle()
    assert "start training" in race.message and "start training" in race.status.text()




def test_race_table_is_the_legend_and_the_loss_range_is_fixed(qtbot, race):
    race.set_surface("bowl")
    race_ready(qtbot, race, lambda: race.result.key == ("bowl",))
    race.go_to_step(race.last_step)  # the race run to its end
    for name, path in race.result.paths.items():
        assert race.table.outcome_labels[name].text() == notation.number(path.losses[-1])
    losses = np.concatenate([p.losses for p in race.result.paths.values()])
    (x0, x1), (y0, y1) = race.tracks.loss_plot.getViewBox().viewRange()
    assert x0 <= 0 and x1 >= race.last_step
    assert y0 <= losses.min() and y1 >= losses.max()
    before = race.tracks.loss_plot.getViewBox().viewRange()
    race.step()
    race.step()
    assert race.tracks.loss_plot.getViewBox().viewRange() == before  # no new ticks while it plays
    race.set_learning_rate("sgd", 1.5)
    race_ready(qtbot, race, lambda: race.result.paths["sgd"].diverged)
    assert race.table.outcome_labels["sgd"].text().startswith("diverged at step")



def test_race_puts_the_map_beside_or_above_the_table(qtbot, race):
    race.show()
    qtbot.waitExposed(race)
    race.resize(1200, 500)
    QApplication.processEvents()
    assert race.body.orientation() == Qt.Orientation.Horizontal
    race.resize(600, 900)
    QApplication.processEvents()
    assert race.body.orientation() == Qt.Orientation.Vertical
    assert race.minimumSizeHint().width() <= 300


def test_presentation_scale_grows_lines_and_markers(race):
    race.apply_theme(Theme(scale=1.5))
    assert race.tracks.path_items["adam"].opts["pen"].widthF() == pytest.approx(3.75)


def test_a_picked_parameter_joins_the_network_plane(qtbot, race):
    """Two picks choose the plane: the new one vertical, the previous vertical one horizontal."""
    net = xor_network()
    race.set_dataset(xor_dataset())
    race.show_snapshot(snapshot_of(net, 0))
    race.set_surface("network")
    race.follow_selection(Selection(parameter=5))
    assert race.settings.indices == (1, 5)
    assert race.parameters.x_box.currentIndex() == 1 and race.parameters.y_box.currentIndex() == 5
    race_ready(qtbot, race, lambda: race.result.key[1] == (1, 5))
    assert race.result.labels == ("w¹₁₂", "b¹₂")  # θ = (W¹ row by row, b¹, W², b²)
    race.follow_selection(Selection(parameter=1))  # already on an axis: nothing changes
    assert race.settings.indices == (1, 5)


def test_before_the_race_runs_no_final_f_is_shown(qtbot, race):
    """Issue 12, item 13: the table said "final f" with the end's values at step 0."""
    race.set_surface("bowl")
    race_ready(qtbot, race, lambda: race.result.key == ("bowl",))
    race.reset()
    header, labels = race.table.headers[2], race.table.outcome_labels
    assert race.shown_step == 0 and header.text() == "f"
    assert {labels[name].text() for name in race.result.paths} == {""}  # not run yet
    race.step()
    assert header.text() == "f at step 1"
    for name, path in race.result.paths.items():
        assert labels[name].text() == notation.number(float(path.losses[1]))
    race.go_to_step(race.last_step)
    assert header.text() == "final f"


# -- racing learning rates and batch sizes on the current problem ------------------------------


def one_weight_problem():
    """The lectures' 1-D example: a = w·x, x = 2, y = 3, loss (a − y)², from w = 2.5."""
    config = resolve(Config(
        DataSpec(name="points", x=((2.0,),), y=(3.0,), kind="regression"),
        NetworkSpec(hidden=(), activations=(), output_activation="identity", loss="squared_error",
                    bias=False, params=(2.5,)),
        TrainingSpec(optimizer="sgd", learning_rate=0.01, batch_mode="full")))
    return config, build_dataset(config.data)


def moons_problem():
    config = resolve(Config(DataSpec(name="moons", n=60), NetworkSpec(hidden=(3,), activations=("tanh",)),
                            TrainingSpec(learning_rate=0.5)))
    return config, build_dataset(config.data)


def comparing(qtbot, race, compare, values, config, dataset):
    race.set_config(config)
    race.set_dataset(dataset)
    race.set_comparison(compare, values)
    race.settle()
    qtbot.waitUntil(lambda: race.comparison is not None and not race.jobs.busy
                    and race.comparison.compare == compare, timeout=10_000)
    return race.comparison


def headless_losses(config, dataset, steps):
    """C(θ_t) over the whole training set after each of ``steps`` Trainer steps from θ₀."""
    net = build_network(config, dataset)
    trainer = build_trainer(config, dataset, net)
    x, y = dataset.x_train, trainer._y_train
    losses = [net.cost(x, y)]
    for _ in range(steps):
        assert trainer.step()
        losses.append(net.cost(x, y))
    return np.array(losses)


def test_learning_rates_race_on_the_one_weight_lecture_example(qtbot, race):
    config, dataset = one_weight_problem()
    result = comparing(qtbot, race, "learning_rate", (0.01, 0.1, 0.25, 0.3), config, dataset)
    assert [r.label for r in result.racers] == ["η = 0.01", "η = 0.1", "η = 0.25", "η = 0.3"]
    crawl, converge, oscillate, diverge = result.racers
    # η = 0.1: w_{t+1} = w_t − η·2x(w_t·x − y) from 2.5: 1.7, 1.54, ... and the loss 4 → 0.16
    w = [2.5]
    for _ in range(20):
        w.append(w[-1] - 0.1 * 2 * 2.0 * (w[-1] * 2.0 - 3.0))
    np.testing.assert_allclose(converge.path, w, rtol=1e-12)
    assert converge.path[1] == pytest.approx(1.7) and converge.losses[1] == pytest.approx(0.16)
    np.testing.assert_allclose(converge.losses, (2.0 * np.array(w) - 3.0) ** 2, rtol=1e-9, atol=1e-30)
    # η = 0.01 crawls: 0.14 after 20 steps; η = 0.25 oscillates between 2.5 and 0.5, loss 4
    assert crawl.losses[-1] == pytest.approx(4 * 0.92 ** 40) and not crawl.diverged
    np.testing.assert_allclose(oscillate.path[:5], [2.5, 0.5, 2.5, 0.5, 2.5])
    np.testing.assert_allclose(oscillate.losses, 4.0)
    # η = 0.3 diverges: the loss grows ×1.96 a step until it passes 10⁴·C(θ₀), and stops there
    assert diverge.diverged and diverge.diverged_at == 14 and len(diverge.losses) == 14
    np.testing.assert_allclose(diverge.losses, 4.0 * 1.96 ** np.arange(14), rtol=1e-9)
    assert race.legend_entries()[3] == "η = 0.3  (diverged at step 14)"
    assert race.comparison_tracks.outcome_labels[3].text() == "diverged at step 14"
    # the 1-D plot: C(w) = (2w − 3)² and each racer's path on it
    np.testing.assert_allclose(result.curve_c, (2.0 * result.curve_w - 3.0) ** 2)
    assert result.curve_w[0] < 0.5 and result.curve_w[-1] > 2.5
    assert race.comparison_tracks.curve_widget.isVisibleTo(race)
    px, py = race.comparison_tracks.path_items[1].getData()
    np.testing.assert_allclose(px, w) and np.testing.assert_allclose(py, converge.losses)
    # the loss plot: one curve each, the range of those that did not diverge
    for i, racer in enumerate(result.racers):
        np.testing.assert_allclose(race.comparison_tracks.loss_items[i].getData()[1], racer.losses)
    (_, _), (y0, y1) = race.comparison_tracks.loss_plot.getViewBox().viewRange()
    assert y0 <= 0 and 4 <= y1 < 5


def test_the_racers_equal_headless_training_with_the_same_settings(qtbot, race):
    config, dataset = moons_problem()
    result = comparing(qtbot, race, "learning_rate", (0.1, 1.0), config, dataset)
    assert len(result.racers) == 2 and result.curve_w is None
    assert not race.comparison_tracks.curve_widget.isVisibleTo(race)
    for racer, lr in zip(result.racers, (0.1, 1.0)):
        expected = headless_losses(config.with_training(learning_rate=lr), dataset, race.last_step)
        np.testing.assert_allclose(racer.losses, expected, rtol=1e-12)
    result = comparing(qtbot, race, "batch", ("full", 10, "stochastic"), config, dataset)
    assert [r.label for r in result.racers] == ["full batch", "batch 10", "one sample (SGD)"]
    for racer, (mode, m) in zip(result.racers, (("full", 16), ("mini-batch", 10), ("stochastic", 16))):
        expected = headless_losses(config.with_training(batch_mode=mode, batch_size=m), dataset, 100)
        np.testing.assert_allclose(racer.losses, expected, rtol=1e-12)
    assert race.last_step == 100  # the batch race's own step count
    assert not np.allclose(result.racers[0].losses, result.racers[1].losses)
    assert len(race.legend_entries()) == 3
    assert result.racers[0].path is None and result.heatmap is None  # 13 parameters: loss curves only
    assert not race.comparison_tracks.plots.isVisibleTo(race)


def test_the_comparison_reads_the_sessions_configuration_and_follows_it(qtbot, race):
    config, dataset = one_weight_problem()
    session = SessionState(Lesson("lr", "lr", "", config), config, dataset)
    race.bind(session)
    race.set_comparison("learning_rate", (0.1,))
    race.settle()
    qtbot.waitUntil(lambda: race.comparison is not None and not race.jobs.busy, timeout=10_000)
    assert race.comparison.racers[0].path[0] == 2.5
    session.set_config(config.with_network(params=(1.0,)))
    race.settle()
    qtbot.waitUntil(lambda: race.comparison.racers[0].path[0] == 1.0 and not race.jobs.busy, timeout=10_000)
    assert race.comparison.racers[0].losses[0] == pytest.approx(1.0)  # (2·1 − 3)²
    race.unbind()


def test_comparison_controls_steps_play_and_back_to_optimizers(qtbot, race):
    config, dataset = one_weight_problem()
    comparing(qtbot, race, "learning_rate", (0.1, 0.25), config, dataset)
    assert race.pages.currentIndex() == 1 and race.values_edit.isVisibleTo(race)
    assert race.values_edit.text() == "0.1, 0.25"
    optimizer_steps = race.settings.steps
    race.set_steps(5)
    qtbot.waitUntil(lambda: race.last_step == 5 and not race.jobs.busy, timeout=10_000)
    assert race.settings.steps == optimizer_steps  # the optimizer race keeps its own count
    with pytest.raises(InputError, match="steps"):
        race.set_steps(0)
    race.reset()
    assert race.shown_step == 0
    race.step()
    assert race.shown_step == 1 and len(race.comparison_tracks.loss_items[0].getData()[0]) == 2
    with qtbot.waitSignal(race.race_finished, timeout=10_000):
        race.play()
    assert race.shown_step == 5
    race.values_edit.setText("0.01, 0.3")
    race.values_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not race.jobs.busy and race.comparison is not None
                    and [r.value for r in race.comparison.racers] == [0.01, 0.3], timeout=10_000)
    race.values_edit.setText("0.1, fast")
    race.values_edit.editingFinished.emit()
    assert "not a number" in race.message and "not a number" in race.status.text()
    race.set_comparison("optimizer", ("sgd", "adam"))
    race_ready(qtbot, race, lambda: set(race.result.paths) == {"sgd", "adam"})
    assert race.pages.currentIndex() == 0 and race.comparison is None
    assert [e.split()[0] for e in race.legend_entries()] == ["SGD", "Adam"]


def test_bad_comparisons_are_refused_and_change_nothing(race):
    with pytest.raises(InputError, match="unknown race"):
        race.set_comparison("momentum", ())
    with pytest.raises(InputError, match="positive number"):
        race.set_comparison("learning_rate", (0.1, -1.0))
    with pytest.raises(InputError, match="batch"):
        race.set_comparison("batch", ("half",))
    with pytest.raises(InputError, match="unknown optimizer"):
        race.set_comparison("optimizer", ("sgd", "lbfgs"))
    assert race.compare == "optimizer"
    assert parse_values("batch", "full, 10, stochastic") == ("full", 10, "stochastic")
    assert parse_values("learning_rate", "0.01, 0.1") == (0.01, 0.1)


def test_a_comparison_without_a_problem_says_so(race):
    race.set_comparison("batch", ())
    assert "needs a problem" in race.message


def test_a_diverging_racer_never_hangs_or_crashes():
    """η = 1000 on the 1-D example: C explodes at once; the race ends at the first step."""
    config, dataset = one_weight_problem()
    result = comparison_race(config, dataset, np.array([2.5]), "learning_rate", (1000.0, 1e300), 100_000)
    for racer in result.racers:
        assert racer.diverged and racer.diverged_at == 1 and list(racer.losses) == [4.0]
    assert RaceView is OptimizerRaceView


def test_a_two_parameter_network_races_over_its_whole_cost_map(qtbot, race):
    """The mini-batch lesson's problem: y = 2·x1 − x2 + noise, a = w·x (no bias), from (−1, 1.5)."""
    config = resolve(Config(DataSpec(name="plane", n=40),
                            NetworkSpec(hidden=(), activations=(), output_activation="identity",
                                        loss="half_squared_error", bias=False, params=(-1.0, 1.5)),
                            TrainingSpec(learning_rate=0.3)))
    dataset = build_dataset(config.data)
    result = comparing(qtbot, race, "batch", ("full", "stochastic"), config, dataset)
    full, one = result.racers
    assert full.path.shape == (101, 2) and tuple(full.path[0]) == (-1.0, 1.5)
    net = build_network(config, dataset)
    trainer = build_trainer(config.with_training(batch_mode="stochastic"), dataset, net)
    trainer.run(3)
    np.testing.assert_allclose(one.path[3], net.params, rtol=1e-12)
    # the map is C itself over (w1, w2): no parameter held fixed
    i, j = 10, 30
    probe = build_network(config, dataset)
    probe.params[:] = [result.plane_u[j], result.plane_v[i]]
    assert result.plane_c[i, j] == pytest.approx(probe.cost(dataset.x_train, dataset.y_train))
    tracks = race.comparison_tracks
    assert tracks.map_widget.isVisibleTo(race) and not tracks.curve_widget.isVisibleTo(race)
    x, y = tracks.map_path_items[1].getData()
    np.testing.assert_allclose(np.column_stack([x, y]), one.path[:race.shown_step + 1])
    assert tracks.start_marker.getData()[0][0] == -1.0


def test_the_loss_curves_on_a_log_axis(qtbot, race):
    config, dataset = one_weight_problem()
    comparing(qtbot, race, "learning_rate", (0.1, 0.25), config, dataset)
    tracks = race.comparison_tracks
    tracks.log_box.setChecked(True)
    (_, _), (y0, y1) = tracks.loss_plot.getViewBox().viewRange()
    assert y0 < -16 and y1 > np.log10(4)  # 4 down to the 10⁻¹⁶ floor, in decades
    losses = race.comparison.racers[0].losses
    np.testing.assert_allclose(tracks.loss_items[0].getData()[1], np.log10(np.maximum(losses, 1e-16)))
    tracks.log_box.setChecked(False)
    np.testing.assert_allclose(tracks.loss_items[0].getData()[1], losses)


def test_the_comparison_lays_out_for_wide_and_tall_views(qtbot, race):
    config, dataset = one_weight_problem()
    race.show()
    qtbot.waitExposed(race)
    comparing(qtbot, race, "learning_rate", (0.01, 0.1, 0.25, 0.3), config, dataset)
    tracks = race.comparison_tracks
    race.resize(1366, 700)
    QApplication.processEvents()
    assert tracks.splitter.orientation() == Qt.Orientation.Horizontal
    assert tracks._columns == 4  # the whole legend in one row
    race.resize(420, 900)
    QApplication.processEvents()
    assert tracks.splitter.orientation() == Qt.Orientation.Vertical
    assert tracks._columns < 4 and tracks.legend.sizeHint().width() <= race.width()  # as many as fit
    assert all(label.isVisibleTo(race) for label in tracks.name_labels[:4])


def test_a_lesson_sets_the_race_and_one_without_a_race_brings_back_the_optimizers(qtbot, race):
    config, dataset = one_weight_problem()
    session = SessionState(Lesson("a", "a", "", config), config, dataset)
    race.bind(session)
    session.set_lesson(Lesson("lr", "lr", "", config, race=("learning_rate", (0.1, 0.3))))
    race.settle()
    qtbot.waitUntil(lambda: race.comparison is not None and not race.jobs.busy, timeout=10_000)
    assert [r.label for r in race.comparison.racers] == ["η = 0.1", "η = 0.3"]
    session.set_lesson(Lesson("plain", "plain", "", config))
    assert race.compare == "optimizer" and race.comparison is None
    race.unbind()


def test_at_200_percent_the_optimizer_table_is_not_cut(qtbot):
    """Issue 13's look at 1366x768 and 200 %: the table beside the map showed half its last
    column behind a scroll bar."""
    from nnviz.gui.theme import apply_theme, current_theme

    previous = current_theme()
    apply_theme(QApplication.instance(), Theme(scale=2.0))  # the fonts too, as the window does
    try:
        race = OptimizerRaceView()  # built under the theme, as the window builds it
        qtbot.addWidget(race)
        race.apply_theme(Theme(scale=2.0))
        race.resize(1366, 768)
        race.show()
        qtbot.waitExposed(race)
        QApplication.processEvents()
        scroll = race.table.scroll
        assert scroll.widget().minimumSizeHint().width() > 0.4 * 1366  # wider than 40 % at 200 %
        assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()
        assert not scroll.horizontalScrollBar().isVisible()
        race.settle()
    finally:
        apply_theme(QApplication.instance(), previous)


def test_batch_racers_against_epochs(qtbot, race):
    """Per epoch a step with a batch of m samples is m/n of a pass: 100 steps of the full
    batch are 100 epochs, of batches of 10 on 60 samples 100/6, of one sample 100/60."""
    config, dataset = moons_problem()
    n = len(dataset.x_train)
    result = comparing(qtbot, race, "batch", ("full", 10, "stochastic"), config, dataset)
    for racer, m in zip(result.racers, (n, 10, 1)):
        seen = [0]  # samples seen: batches of m, the last of each epoch what is left
        for _ in range(100):
            position = seen[-1] % n
            seen.append(seen[-1] + min(m, n - position))
        np.testing.assert_allclose(racer.epochs, np.array(seen) / n)
    assert result.racers[0].epochs[-1] == 100.0 and result.racers[2].epochs[-1] == pytest.approx(100 / n)
    tracks = race.comparison_tracks
    tracks.epoch_box.setChecked(True)
    x, _ = tracks.loss_items[2].getData()
    np.testing.assert_allclose(x, np.arange(101) / n)
    (x0, x1), _ = tracks.loss_plot.getViewBox().viewRange()
    assert x0 <= 0 and 100 <= x1 < 110
    assert tracks.loss_plot.getAxis("bottom").labelText == "epoch"
    tracks.epoch_box.setChecked(False)
    np.testing.assert_allclose(tracks.loss_items[2].getData()[0], np.arange(101))


# -- the training cost "sum": the network race runs on L = Σ ℓ, n times C ---------------------------
def test_the_network_race_under_the_cost_sum_runs_on_n_times_c(qtbot, race):
    from dataclasses import replace

    net = xor_network()
    n = XOR_X.shape[0]
    race.set_dataset(xor_dataset())
    race.show_snapshot(replace(snapshot_of(net, 0), cost="sum"))
    race.set_surface("network")
    race_ready(qtbot, race, lambda: race.result.key[0] == "network")
    heat = race.result.heatmap
    slc = landscape.parameter_slice(net.architecture, net.params, 0, 1)
    mean = landscape.surface(net.architecture, slc, heat.u, heat.v, XOR_X, XOR_TARGETS)
    np.testing.assert_allclose(heat.values, n * mean, rtol=1e-12)
    assert heat.label == "L" and race.status.text().startswith("L over two parameters")
    sgd = race.result.paths["sgd"]
    g = net.gradient(XOR_X, XOR_TARGETS).flat
    np.testing.assert_allclose(sgd.points[1], net.params[:2] - 2.0 * n * g[:2], rtol=1e-12)
    assert sgd.losses[0] == pytest.approx(n * net.cost(XOR_X, XOR_TARGETS), rel=1e-12)


def test_the_network_race_follows_the_configurations_cost(qtbot, race):
    net = xor_network()
    n = XOR_X.shape[0]
    config = Config()
    race.set_config(config)
    race.set_dataset(xor_dataset())
    race.show_snapshot(snapshot_of(net, 0))
    race.set_surface("network")
    race_ready(qtbot, race, lambda: race.result.key[0] == "network")
    first = race.result.paths["sgd"].losses[0]
    assert first == pytest.approx(net.cost(XOR_X, XOR_TARGETS), rel=1e-12)
    assert race.result.heatmap.label == "C"
    race.set_config(config.with_training(cost="sum"))  # training starts again on L
    race_ready(qtbot, race, lambda: race.result.heatmap.label == "L")
    assert race.result.paths["sgd"].losses[0] == pytest.approx(n * first, rel=1e-12)
    race.set_config(config)
    race_ready(qtbot, race, lambda: race.result.heatmap.label == "C")
    assert race.result.paths["sgd"].losses[0] == pytest.approx(first, rel=1e-12)
