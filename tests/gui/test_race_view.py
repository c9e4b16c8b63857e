"""The optimizer race view (offscreen)."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.core import landscape, notation
from nnviz.core.network import Network
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.surfaces import get_surface
from nnviz.gui.theme import Theme
from nnviz.gui.views.race import OptimizerRaceView
from nnviz.session.state import Selection
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
