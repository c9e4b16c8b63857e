"""The settings panel (ParameterTree <-> Config) and the transport bar."""

import math

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMainWindow, QPushButton, QTreeWidget, QWidget

from nnviz.core.config import Config, needs_reset, resolve
from nnviz.core.data import dataset_info
from nnviz.core.lessons import lesson_names, load_lesson
from nnviz.gui.panels.settings_panel import SettingsPanel
from nnviz.gui.panels.transport import SPEEDS, TransportBar, nearest_speed_index

TIMEOUT = 3000


@pytest.fixture
def panel(qtbot):
    p = SettingsPanel(resolve(load_lesson("xor").config))
    qtbot.addWidget(p)
    return p


def edit(qtbot, panel, path, value):
    """Set one tree value as a user would; the panel's config_edited carries the new Config."""
    with qtbot.waitSignal(panel.config_edited, timeout=TIMEOUT) as blocker:
        panel.param(*path).setValue(value)
    return blocker.args[0]


@pytest.mark.parametrize("name", lesson_names())
def test_every_lesson_round_trips_through_the_tree(panel, name):
    config = resolve(load_lesson(name).config)
    panel.set_config(config)
    assert panel.read_config() == config


def test_the_tree_shows_the_xor_lesson(panel):
    assert panel.param("data", "dataset").value() == "xor"
    layers = panel.param("network", "hidden").children()
    assert [(l.child("neurons").value(), l.child("activation").value()) for l in layers] == [(4, "tanh")]
    assert panel.param("network", "output_activation").value() == "sigmoid"
    assert panel.param("training", "loss").value() == "binary_cross_entropy"
    assert panel.param("training", "learning_rate").value() == 0.3
    assert not panel.param("training", "batch_size").opts["visible"]  # full batch


def test_a_learning_rate_edit_is_a_live_change(qtbot, panel):
    old = panel.config
    new = edit(qtbot, panel, ("training", "learning_rate"), 0.07)
    assert new.training.learning_rate == 0.07
    assert not needs_reset(old, new)


def test_a_new_data_set_brings_its_defaults_and_needs_a_reset(qtbot, panel):
    old = panel.config
    new = edit(qtbot, panel, ("data", "dataset"), "moons")
    info = dataset_info("moons")
    assert (new.data.name, new.data.n, new.data.noise, new.data.test_ratio) == \
        ("moons", info.n, info.noise, info.test_ratio)
    assert needs_reset(old, new)
    assert panel.param("data", "n").value() == info.n


def test_regenerate_draws_new_data(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited, timeout=TIMEOUT) as blocker:
        panel.param("data", "regenerate").activate()
    assert blocker.args[0].data.seed == panel.config.data.seed == 1


def test_add_and_remove_hidden_layers(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited, timeout=TIMEOUT) as blocker:
        panel.param("network", "add_layer").activate()
    assert blocker.args[0].network.hidden == (4, 4)
    assert len(panel.param("network", "hidden").children()) == 2
    new = edit(qtbot, panel, ("network", "hidden", "layer 2", "neurons"), 3)
    assert new.network.hidden == (4, 3)
    with qtbot.waitSignal(panel.config_edited, timeout=TIMEOUT) as blocker:
        panel.param("network", "hidden", "layer 1", "remove").activate()
    assert blocker.args[0].network.hidden == (3,)


def test_an_optimizer_shows_its_own_hyperparameters_and_default_rate(qtbot, panel):
    new = edit(qtbot, panel, ("training", "optimizer"), "adam")
    assert new.training.hyperparameter_dict() == {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}
    assert new.training.learning_rate == 0.01
    names = [c.name() for c in panel.param("training", "hyper").children()]
    assert names == ["beta1", "beta2", "eps"]
    new = edit(qtbot, panel, ("training", "hyper", "beta1"), 0.8)
    assert new.training.hyperparameter_dict()["beta1"] == 0.8
    assert not needs_reset(panel.config, new)


def test_mini_batch_shows_the_batch_size(qtbot, panel):
    new = edit(qtbot, panel, ("training", "batch_mode"), "mini-batch")
    assert new.training.batch_mode == "mini-batch"
    assert panel.param("training", "batch_size").opts["visible"]


def test_a_changed_shape_drops_the_starting_parameters(qtbot, panel):
    panel.set_config(resolve(load_lesson("smallest_perceptron").config))
    assert panel.config.network.params == (2.5,)
    with qtbot.waitSignal(panel.config_edited, timeout=TIMEOUT) as blocker:
        panel.param("network", "add_layer").activate()
    assert blocker.args[0].network.params is None


def shown_value(param) -> str:
    """The text the tree shows for ``param``'s value (its list's current entry)."""
    item = next(iter(param.items))
    return item.widget.currentText()


def test_a_lesson_that_gives_theta_says_so_instead_of_naming_an_initialiser(qtbot, panel):
    panel.set_config(resolve(load_lesson("smallest_perceptron").config))
    assert shown_value(panel.param("network", "init")) == "θ given by the lesson"
    assert panel.read_config().network.params == (2.5,)
    new = edit(qtbot, panel, ("network", "init"), "xavier")  # choosing one draws a new θ
    assert (new.network.init, new.network.params) == ("xavier", None)
    assert shown_value(panel.param("network", "init")) == "xavier"
    panel.set_config(resolve(load_lesson("xor").config))
    assert shown_value(panel.param("network", "init")) == "xavier"
    assert "θ given by the lesson" not in panel.param("network", "init").opts["limits"]


def test_the_tree_has_no_reset_buttons_and_asks_for_the_width_of_its_texts(panel):
    panel.show()
    tree = panel.tree
    shown = [item for item in tree.findChildren(QPushButton) if item.isVisibleTo(panel)]
    assert all(button.text() for button in shown)  # only the actions, each with its text
    assert panel.sizeHint().width() >= tree.sizeHintForColumn(0) + tree.sizeHintForColumn(1)


def test_edits_coalesce_and_set_config_emits_nothing(qtbot, panel):
    seen = []
    panel.config_edited.connect(seen.append)
    panel.set_config(Config())
    qtbot.wait(50)
    assert seen == []
    panel.param("training", "learning_rate").setValue(0.2)
    panel.param("training", "shuffle").setValue(False)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=TIMEOUT)
    qtbot.wait(50)
    assert len(seen) == 1 and seen[0].training.learning_rate == 0.2 and not seen[0].training.shuffle


# -- the transport bar -----------------------------------------------------------------------
@pytest.fixture
def transport(qtbot):
    window = QMainWindow()
    bar = TransportBar(window)
    window.addToolBar(bar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield bar  # the window stays alive until the test ends


def test_tooltips_name_the_shortcuts(transport):
    for action, key in ((transport.play_action, "Space"), (transport.step_action, "Right"),
                        (transport.epoch_action, "E"), (transport.reset_action, "R")):
        assert action.shortcut().toString() == key
        assert f"({key})" in action.toolTip()


def test_keys_trigger_the_requests(qtbot, transport):
    window = transport.parent()
    for key, signal in ((Qt.Key_Space, transport.play_requested),
                        (Qt.Key_Right, transport.step_requested),
                        (Qt.Key_E, transport.epoch_requested),
                        (Qt.Key_R, transport.reset_requested)):
        with qtbot.waitSignal(signal, timeout=TIMEOUT):
            qtbot.keyClick(window, key)
    transport.set_running(True)
    with qtbot.waitSignal(transport.pause_requested, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key_Space)
    assert transport.play_action.text() == "Pause"


def test_the_speed_slider_goes_from_one_step_per_second_to_max(qtbot, transport):
    assert SPEEDS[0] == 1 and math.isinf(SPEEDS[-1])
    with qtbot.waitSignal(transport.speed_changed, timeout=TIMEOUT) as blocker:
        transport.speed_slider.setValue(transport.speed_slider.maximum())
    assert math.isinf(blocker.args[0]) and transport.speed_label.text() == "max speed"
    transport.set_speed(1)
    assert transport.speed == 1 and transport.speed_label.text() == "1 steps/s"
    assert SPEEDS[nearest_speed_index(40)] == 50  # log scale: 40 is nearer 50 than 30
    assert SPEEDS[nearest_speed_index(math.inf)] == math.inf


def test_the_trees_root_item_wrapper_dies_with_the_tree(qtbot):
    """pyqtgraph holds a wrapper of Qt's invisible root item; once Qt deletes the tree it
    must not stay registered for the freed address (the next object Qt made there came back
    as a QTreeWidgetItem: TypeErrors and segmentation faults in long runs)."""
    parent = QWidget()
    panel = SettingsPanel(Config(), parent)
    tree = panel.tree
    root = QTreeWidget.invisibleRootItem(tree)
    assert shiboken6.isValid(root)
    parent.deleteLater()
    del parent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(tree)
    assert not shiboken6.isValid(root)


# -- the training cost: the mean C or the sum L ------------------------------------------------
def test_the_cost_row_offers_the_mean_and_the_sum_and_a_change_restarts(qtbot, panel):
    cost = panel.param("training", "cost")
    assert cost.opts["limits"] == {"mean: C = 1/n Σ ℓ": "mean", "sum: L = Σ ℓ": "sum"}
    assert cost.value() == "mean" and cost.opts["visible"]
    assert shown_value(cost) == "mean: C = 1/n Σ ℓ"
    old = panel.config
    new = edit(qtbot, panel, ("training", "cost"), "sum")
    assert new.training.cost == "sum"
    assert new == old.with_training(cost="sum")  # nothing else changes
    assert needs_reset(old, new)  # the losses so far would be on another scale
    assert shown_value(cost) == "sum: L = Σ ℓ"
    panel.set_config(old)
    assert cost.value() == "mean" and panel.read_config().training.cost == "mean"
    panel.set_config(old.with_training(cost="sum"))
    assert cost.value() == "sum" and panel.read_config() == old.with_training(cost="sum")


def test_the_cost_row_is_hidden_for_the_perceptron_rule(qtbot, panel):
    panel.set_config(panel.config.with_training(cost="sum"))
    panel.set_config(resolve(load_lesson("perceptron").config))
    assert panel.param("training", "rule").value() == "perceptron"
    assert not panel.param("training", "cost").opts["visible"]
    assert not panel.param("training", "loss").opts["visible"]
    assert panel.read_config().training.cost == "mean"
    panel.set_config(resolve(load_lesson("xor").config))
    new = edit(qtbot, panel, ("training", "cost"), "sum")
    assert new.training.cost == "sum"
    new = edit(qtbot, panel, ("training", "rule"), "perceptron")  # no cost to differentiate
    assert (new.training.rule, new.training.cost) == ("perceptron", "mean")
    assert not panel.param("training", "cost").opts["visible"]


def test_choosing_the_sum_restarts_training_on_n_times_the_cost(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from nnviz.gui.shell.main_window import MainWindow
    from nnviz.gui.views.loss import LossView
    from nnviz.session.commands import Step

    window = MainWindow(settings=QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat),
                        view_classes=[LossView])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.state.snapshot is not None, timeout=TIMEOUT)
    first = window.state.snapshot
    assert (first.step, first.cost) == (0, "mean")
    window.route(Step())
    qtbot.waitUntil(lambda: window.state.snapshot.step == 1, timeout=TIMEOUT)
    window.settings_panel.param("training", "cost").setValue("sum")
    qtbot.waitUntil(lambda: window.state.snapshot.cost == "sum", timeout=TIMEOUT)
    again = window.state.snapshot
    n = len(window.state.dataset.x_train)
    assert again.step == 0 and np.array_equal(again.params, first.params)  # the same start
    assert again.train_loss == pytest.approx(n * first.train_loss, rel=1e-12)
    assert window.state.config.training.cost == "sum"
    assert "cost changed" in window.statusBar().currentMessage()
    window.close()
