"""The main window: docks, transport, settings, files, messages, layout, a clean close."""

import json
import math
import random
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from nnviz.core.lessons import load_lesson
from nnviz.core.modelfile import save_model
from nnviz.core.network import Network
from nnviz.gui.kit import dialogs
from nnviz.gui.shell.main_window import MainWindow
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.loss import LossView
from nnviz.gui.views.registry import registered_views
from nnviz.session import controller as controller_module
from nnviz.core.training import encoded_targets
from nnviz.session.commands import (
    ApplyUpdate, CloseWalk, Hover, OpenWalk, Play, Reset, Select, SetParameter, SetParameters,
    SetPredictFirst, SetSpeed, Step, Walk,
)
from nnviz.session.state import Presentation, Selection

TIMEOUT = 5000
SPIN_BOX_DELAY_MS = 600  # pyqtgraph's SpinBox emits its value 0.3 s after a change


@pytest.fixture
def only_loss_view():
    """Dock only the loss curve (quick to build)."""
    return [LossView]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat)


@pytest.fixture
def window(qtbot, messages, only_loss_view, settings):
    w = MainWindow(settings=settings, view_classes=only_loss_view)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitUntil(lambda: w.state.snapshot is not None, timeout=TIMEOUT)
    yield w
    w.close()
    assert not w.session.is_running


def shown(window):
    """The snapshot the window holds (None between new data and their first snapshot)."""
    return window.state.snapshot


def latest_step(window):
    return window.state.snapshot.step if window.state.snapshot is not None else -1


def test_opens_on_xor_2_4_1_ready_to_play(window, messages):
    assert window.state.snapshot.architecture.sizes == (2, 4, 1)
    assert window.state.snapshot.step == 0
    assert not window.transport.running
    assert set(window.docks) == {"settings", "loss"}
    assert "step 0" in window.status.step_label.text()
    assert "XOR" in window.windowTitle()
    assert messages == []


def test_every_registered_view_is_docked_and_fed(qtbot, messages, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    keys = [cls.key for cls in registered_views()]
    assert set(w.docks) == {"settings", *keys}
    fed = []
    for view in [w.view(key) for key in keys]:
        original = view.show_snapshot
        view.show_snapshot = lambda s, original=original: (fed.append(s), original(s))
    w.route(Step())
    qtbot.waitUntil(lambda: latest_step(w) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(fed) >= len(keys), timeout=TIMEOUT)  # drawn at the next frame
    w.close()


def test_a_view_behind_a_tab_is_built_when_its_dock_first_shows(qtbot, messages, settings):
    """Start-up builds only what is on screen; raising the tab builds the view, bound to
    the session, with the data and the latest snapshot."""
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    lazy = [cls.key for cls in registered_views() if cls.builds_when_shown]
    assert lazy and not any(key in w.views for key in lazy)
    dock = w.docks["optimizer_race"]
    assert dock.widget() is not None and not isinstance(dock.widget(), View)
    dock.raise_()
    qtbot.waitUntil(lambda: "optimizer_race" in w.views, timeout=TIMEOUT)
    race = w.views["optimizer_race"]
    assert dock.widget() is race and race.session is w.state
    w.route(Step())
    qtbot.waitUntil(lambda: w.frames._shown.get("optimizer_race") is w.state.snapshot
                    and latest_step(w) == 1, timeout=TIMEOUT)
    assert w.view("feature_space") is w.views["feature_space"]  # asked for: built at once
    assert messages == []
    w.close()


class RecordingView(View):
    """A view that keeps what it is given."""

    key, title = "recording", "Recording"

    def __init__(self):
        super().__init__()
        self.snapshots, self.datasets, self.themes, self.selections = [], [], [], []
        self.walks = []

    def show_snapshot(self, snapshot):
        self.snapshots.append(snapshot)

    def set_dataset(self, dataset):
        self.datasets.append(dataset)

    def apply_theme(self, theme):
        self.themes.append(theme)

    def follow_selection(self, selection):
        self.selections.append(selection)

    def follow_walk(self, walk):
        self.walks.append(walk)


def test_add_view_docks_a_view_and_routes_its_commands(qtbot, window):
    view = RecordingView()
    dock = window.add_view(view, tabify_with=window.docks["loss"])
    assert window.docks["recording"] is dock and dock.widget() is view
    assert view.session is window.state and view.datasets == [window.state.dataset]
    view.issue(SetParameter(0, 2.5))
    qtbot.waitUntil(lambda: shown(window) and shown(window).params[0] == 2.5
                    and bool(view.snapshots),
                    timeout=TIMEOUT)
    theta = np.full(17, 0.25)
    view.issue(SetParameters(theta))
    qtbot.waitUntil(lambda: shown(window) and np.array_equal(window.state.snapshot.params, theta),
                    timeout=TIMEOUT)
    assert "restarts from the chosen point" in window.statusBar().currentMessage()
    window.open_lesson("logistic")
    qtbot.waitUntil(lambda: bool(view.datasets) and view.datasets[-1].name == "gaussians",
                    timeout=TIMEOUT)


def test_the_router_sends_selections_to_the_state_and_training_to_the_worker(window, monkeypatch):
    sent = []
    monkeypatch.setattr(window.session, "send", sent.append)
    view = RecordingView()
    window.add_view(view)
    view.issue(Select(sample=2))
    view.issue(Hover((1, 3)))
    assert window.state.selection == Selection(sample=2, hovered=(1, 3))
    assert view.selections[-1] == window.state.selection  # every bound view follows it
    assert sent == []
    view.issue(SetParameter(4, 0.5))
    window.transport.step_action.trigger()
    assert sent == [SetParameter(4, 0.5), Step()]


# -- the step-through ------------------------------------------------------------------------
def test_opening_a_walk_pauses_training_and_play_leaves_it(qtbot, window, messages):
    view = RecordingView()
    window.add_view(view)
    window.route(SetSpeed(math.inf))
    window.route(Play())
    qtbot.waitUntil(lambda: window.state.running, timeout=TIMEOUT)
    window.route(OpenWalk(2))
    walk = window.state.walk
    assert walk is not None and walk.sample == 2 and view.walks == [walk]
    assert window.state.selection.sample == 2
    qtbot.waitUntil(lambda: not window.state.running, timeout=TIMEOUT)
    assert "sample 3" in window.statusBar().currentMessage()
    number = walk.walkthrough.number
    window.route(Walk("next"))
    window.route(Walk("to", number=5))
    assert window.state.walk is walk and walk.walkthrough.number == 5 != number
    assert view.walks == [walk] * 3  # every move tells the views
    window.route(Play())
    assert window.state.walk is None and view.walks[-1] is None
    qtbot.waitUntil(lambda: window.state.running, timeout=TIMEOUT)
    assert messages == []


def test_apply_update_changes_the_weights_exactly_by_minus_eta_gradient(qtbot, window, messages):
    window.route(Step())
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    window.route(OpenWalk(1))
    walk = window.state.walk
    before = walk.snapshot
    net, data = before.network(), window.state.dataset
    x = data.x_train[1:2]
    gradient = net.gradient(x, encoded_targets(net, data, data.y_train[1:2])).flat
    eta = window.state.config.training.learning_rate
    window.route(ApplyUpdate(walk.update.new))
    assert window.state.walk is None
    assert "Applied the update of training sample 2" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not np.array_equal(shown(window).params, before.params),
                    timeout=TIMEOUT)
    after = shown(window)
    np.testing.assert_allclose(after.params - before.params, -eta * gradient, rtol=1e-12,
                               atol=1e-15)
    assert after.step == before.step == 1  # an applied update is not a training step
    window.route(OpenWalk(1))  # the next walk starts from the new weights
    np.testing.assert_array_equal(window.state.walk.snapshot.params, after.params)
    assert messages == []


def test_bad_walk_commands_are_one_message_each_and_change_nothing(qtbot, window, messages):
    window.route(OpenWalk(99))
    assert window.state.walk is None and window.state.selection.sample is None
    assert len(messages) == 1 and "no sample 100" in messages[0][1]
    window.route(OpenWalk(0))
    walk, params = window.state.walk, shown(window).params
    window.route(ApplyUpdate(np.zeros(5)))
    assert len(messages) == 2 and "needs 17 finite parameters, got 5" in messages[1][1]
    window.route(Walk("sideways"))
    assert len(messages) == 3 and "unknown step-through move" in messages[2][1]
    window.route(Walk("to", number=10_000))
    assert len(messages) == 4 and "is not in the walk" in messages[3][1]
    assert window.state.walk is walk and walk.walkthrough.number == 1
    qtbot.wait(200)
    np.testing.assert_array_equal(shown(window).params, params)
    window.route(Walk("previous"))
    assert "at its first step" in window.statusBar().currentMessage() and len(messages) == 4
    window.route(CloseWalk())
    window.route(Walk("next"))
    assert "No step-through is open" in window.statusBar().currentMessage()
    assert len(messages) == 4


def test_predict_first_is_remembered_for_the_next_walk(window):
    window.route(SetPredictFirst(True))
    window.route(OpenWalk(0))
    walk = window.state.walk
    assert walk.walkthrough.result_hidden
    window.route(Walk("next"))
    assert not walk.walkthrough.result_hidden and walk.walkthrough.number == 1  # revealed
    window.route(SetPredictFirst(False))
    window.route(CloseWalk())
    window.route(OpenWalk(0))
    assert not window.state.walk.walkthrough.result_hidden


def test_the_menu_opens_the_walk_on_the_selected_sample_and_new_data_close_it(qtbot, window):
    window.step_through_selected()
    assert window.state.walk.sample == 0  # nothing selected: the first sample
    window.route(Select(sample=3))
    window.step_through_selected()
    assert window.state.walk.sample == 3
    window.settings_panel.param("data", "dataset").setValue("circle")
    qtbot.waitUntil(lambda: window.state.walk is None, timeout=TIMEOUT)


def test_a_new_network_closes_the_walk(qtbot, window):
    from nnviz.core.config import network_spec_of
    from nnviz.session.commands import LoadModel

    window.route(OpenWalk(1))
    net = Network.create([2, 3, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=5)
    config = window.state.config
    config = config.with_network(**network_spec_of(net, config.network).__dict__)
    window.route(LoadModel(net, config))
    qtbot.waitUntil(lambda: window.state.walk is None, timeout=TIMEOUT)
    assert "The network changed" in window.statusBar().currentMessage()


def test_without_a_network_the_walk_says_so(qtbot, messages, only_loss_view):
    window = MainWindow(start_training=False, view_classes=only_loss_view)
    qtbot.addWidget(window)
    window.route(OpenWalk(0))
    assert window.state.walk is None and messages == []
    assert "No network to step through yet" in window.statusBar().currentMessage()


def test_the_presentation_lives_in_the_state_and_reaches_every_view(window):
    view = RecordingView()
    window.add_view(view)
    window.set_scale(1.25)
    assert window.state.presentation == Presentation(dark=False, scale=1.25)
    assert view.themes[-1] == Theme(scale=1.25) and current_theme() == Theme(scale=1.25)
    window.set_dark(True)
    assert view.themes[-1] == Theme(dark=True, scale=1.25)
    window.set_theme(Theme())
    assert window.state.presentation == Presentation() and view.themes[-1] == Theme()


def test_transport_play_pause_step_epoch_reset(qtbot, window):
    t = window.transport
    t.step_action.trigger()
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    t.epoch_action.trigger()  # full batch: one epoch is one step
    qtbot.waitUntil(lambda: latest_step(window) == 2, timeout=TIMEOUT)
    t.set_speed(math.inf)
    t.play_action.trigger()
    qtbot.waitUntil(lambda: t.running and latest_step(window) > 50, timeout=TIMEOUT)
    assert "running" in window.status.state_label.text()
    t.play_action.trigger()
    qtbot.waitUntil(lambda: not t.running, timeout=TIMEOUT)
    t.reset_action.trigger()
    qtbot.waitUntil(lambda: latest_step(window) == 0, timeout=TIMEOUT)
    assert "step 0" in window.statusBar().currentMessage() or "Reset" in window.statusBar().currentMessage()


def test_a_learning_rate_change_applies_live(qtbot, window, messages):
    window.route(Step())
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    window.settings_panel.param("training", "learning_rate").setValue(0.05)
    qtbot.waitUntil(lambda: shown(window) and shown(window).learning_rate == 0.05, timeout=TIMEOUT)
    assert window.state.snapshot.step == 1  # no reset
    assert "no reset" in window.statusBar().currentMessage()
    assert messages == []


def test_changing_the_data_resets_and_says_so(qtbot, window):
    window.route(Step())
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    window.settings_panel.param("data", "dataset").setValue("circle")
    qtbot.waitUntil(lambda: shown(window) and shown(window).step == 0
                    and shown(window).test_loss is not None,
                    timeout=TIMEOUT)
    assert "data changed" in window.statusBar().currentMessage()
    assert window.settings_panel.param("data", "n").value() == 200


def test_an_incompatible_choice_is_refused_and_changes_nothing(qtbot, window, messages):
    before = window.state.config
    window.settings_panel.param("network", "output_activation").setValue("tanh")
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    assert "sigmoid" in messages[-1][1]
    assert window.state.config == before
    assert window.settings_panel.param("network", "output_activation").value() == "sigmoid"
    assert "does not work" in window.statusBar().currentMessage()


def test_divergence_shows_a_message_and_keeps_the_last_finite_state(qtbot, window, messages, tmp_path):
    lesson = tmp_path / "wild.toml"
    lesson.write_text('title = "Too fast"\n[data]\ndataset = "line"\n'
                      '[network]\nhidden = []\noutput_activation = "identity"\nloss = "squared_error"\n'
                      '[training]\nlearning_rate = 1e6\n')
    assert window.open_lesson(str(lesson))
    qtbot.waitUntil(lambda: shown(window) and shown(window).architecture.sizes == (1, 1),
                    timeout=TIMEOUT)
    window.route(Play())
    qtbot.waitUntil(lambda: any(title == "Training diverged" for title, _ in messages),
                    timeout=TIMEOUT)
    text = next(text for title, text in messages if title == "Training diverged")
    assert "smaller learning rate" in text
    qtbot.waitUntil(lambda: shown(window) and shown(window).stopped == "diverged", timeout=TIMEOUT)
    assert np.isfinite(window.state.snapshot.params).all()
    assert not window.transport.running
    assert "diverged" in window.statusBar().currentMessage()


def test_a_worker_exception_is_shown_as_a_message(qtbot, window, messages, monkeypatch):
    real = controller_module.build_trainer

    def failing(config, dataset, network=None):
        trainer = real(config, dataset, network)
        trainer.run = lambda n: 1 / 0
        return trainer

    monkeypatch.setattr(controller_module, "build_trainer", failing)
    window.route(Reset())
    window.route(Play())
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    title, text = messages[-1]
    assert title == "Training stopped by an error" and "ZeroDivisionError" in text
    assert window.isVisible() and not window.transport.running


def test_a_bad_csv_shows_its_line_and_changes_nothing(qtbot, window, messages, monkeypatch, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,y\n1,2,0\n3,oops,1\n")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(bad))
    config, dataset = window.state.config, window.state.dataset
    window.open_data()
    assert messages and "line 3" in messages[-1][1] and "bad.csv" in messages[-1][1]
    assert window.state.config is config and window.state.dataset is dataset
    qtbot.wait(100)
    assert window.state.snapshot.step == 0 and window.state.snapshot.architecture.sizes == (2, 4, 1)


def test_a_good_csv_becomes_the_data(qtbot, window, monkeypatch, tmp_path):
    good = tmp_path / "points.csv"
    rows = [f"{x:.2f},{y:.2f},{int(x > y)}" for x, y in np.random.default_rng(1).random((30, 2))]
    good.write_text("a,b,label\n" + "\n".join(rows) + "\n")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(good))
    window.open_data()
    qtbot.waitUntil(lambda: window.state.dataset.name == "points", timeout=TIMEOUT)
    assert window.state.dataset.feature_names == ("a", "b")
    assert window.settings_panel.param("data", "dataset").value() == "csv"


def test_a_bad_model_file_shows_a_message_and_changes_nothing(qtbot, window, messages, monkeypatch, tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"format": "nnviz-model", "version": 1,\n "loss": ')
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(bad))
    config = window.state.config
    window.open_model()
    assert messages and "model.json" in messages[-1][1] and "line 2" in messages[-1][1]
    assert window.state.config is config
    wrong_size = tmp_path / "wide.json"
    save_model(Network.create([3, 1]), wrong_size)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(wrong_size))
    window.open_model()
    assert "3 inputs" in messages[-1][1]
    assert window.state.config is config
    qtbot.wait(100)
    assert window.state.snapshot.architecture.sizes == (2, 4, 1)


def test_a_model_round_trip(qtbot, window, monkeypatch, tmp_path):
    net = Network.create([2, 3, 1], "relu", "sigmoid", "binary_cross_entropy", seed=5)
    path = tmp_path / "m.json"
    save_model(net, path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(path))
    window.open_model()
    qtbot.waitUntil(lambda: shown(window) and shown(window).architecture.sizes == (2, 3, 1),
                    timeout=TIMEOUT)
    np.testing.assert_array_equal(window.state.snapshot.params, net.params)
    assert window.settings_panel.param("network", "hidden").children()[0].child("neurons").value() == 3
    out = tmp_path / "saved.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(out))
    window.save_model()
    assert json.loads(out.read_text())["layers"][0]["activation"] == "relu"


def test_export_a_panel_and_the_window(window, monkeypatch, tmp_path):
    for name in ("loss.png", "loss.svg"):
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, n=name: str(tmp_path / n))
        window.export_panel("loss")
    assert not QImage(str(tmp_path / "loss.png")).isNull()
    assert "<svg" in (tmp_path / "loss.svg").read_text()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "all.png"))
    window.export_window()
    image = QImage(str(tmp_path / "all.png"))
    assert (image.width(), image.height()) == (window.width(), window.height())


def test_lessons_menu_and_a_perceptron_lesson(qtbot, window):
    from nnviz.gui.shell.menus import lesson_entry

    titles = [a.text() for a in window.menus.lesson_actions.actions()]
    lesson = load_lesson("perceptron")
    assert lesson_entry(lesson.title, len(lesson.steps)) in titles
    window.open_lesson("perceptron")
    qtbot.waitUntil(lambda: shown(window) and shown(window).architecture.sizes == (2, 1),
                    timeout=TIMEOUT)
    assert window.transport.speed == 2
    assert window.settings_panel.param("training", "rule").value() == "perceptron"
    window.transport.set_speed(math.inf)
    window.route(Play())
    qtbot.waitUntil(lambda: shown(window) and shown(window).stopped == "converged", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "converged" in window.statusBar().currentMessage(), timeout=TIMEOUT)


def test_presentation_scale_and_dark_palette(window):
    window.set_scale(1.5)
    assert QApplication.instance().font().pointSizeF() == pytest.approx(15.0)
    assert window.views["loss"].train_curve.opts["pen"].widthF() == pytest.approx(2.5 * 1.5)
    window.set_theme(Theme(dark=True, scale=1.5))
    assert current_theme().dark and window.menus.dark_action.isChecked()
    assert QApplication.instance().palette().window().color().lightness() < 80
    window.set_theme(Theme())


def test_layout_persists_and_reset_restores_it(qtbot, messages, only_loss_view, settings):
    first = MainWindow(settings=settings, view_classes=only_loss_view)
    qtbot.addWidget(first)
    first.show()
    first.docks["loss"].hide()
    first.close()
    second = MainWindow(settings=settings, view_classes=only_loss_view)
    qtbot.addWidget(second)
    second.show()
    assert second.docks["loss"].isHidden()
    second.reset_layout()
    assert not second.docks["loss"].isHidden()
    second.close()


def test_closing_the_window_while_training_is_clean(qtbot, messages, only_loss_view):
    texts = []
    previous = qInstallMessageHandler(lambda mode, context, text: texts.append(text))
    try:
        w = MainWindow(view_classes=only_loss_view)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: w.state.snapshot is not None, timeout=TIMEOUT)
        w.transport.set_speed(math.inf)
        with qtbot.waitSignal(w.session.state_changed, timeout=TIMEOUT):
            w.route(Play())
        qtbot.waitUntil(lambda: latest_step(w) > 20, timeout=TIMEOUT)
        w.close()
        assert not w.session.is_running
    finally:
        qInstallMessageHandler(previous)
    assert not [t for t in texts if "Destroyed while thread" in t]


def test_200_rapid_random_clicks_without_an_error_or_a_hang(qtbot, window, messages):
    rng = random.Random(7)
    t, panel = window.transport, window.settings_panel
    allowed_refusals = {"That choice does not work"}

    def set_param(*path, values):
        return lambda: panel.param(*path).setValue(rng.choice(values))

    def first_layer(name, values):
        def act():
            layers = panel.param("network", "hidden").children()
            if layers:
                layers[0].child(name).setValue(rng.choice(values))
        return act

    def remove_layer():
        layers = panel.param("network", "hidden").children()
        if layers:
            layers[-1].child("remove").activate()

    actions = [
        t.play_action.trigger, t.step_action.trigger, t.epoch_action.trigger,
        t.reset_action.trigger,
        lambda: t.speed_slider.setValue(rng.randrange(t.speed_slider.maximum() + 1)),
        set_param("training", "learning_rate", values=[0.01, 0.1, 0.5, 1.0, 3.0]),
        set_param("training", "optimizer", values=["sgd", "momentum", "adam", "rmsprop"]),
        set_param("training", "batch_mode", values=["full", "mini-batch", "stochastic"]),
        set_param("data", "dataset", values=["xor", "circle", "moons", "gaussians", "and"]),
        set_param("data", "noise", values=[0.0, 0.05, 0.2]),
        set_param("network", "output_activation", values=["sigmoid", "tanh", "identity"]),
        set_param("training", "loss", values=["binary_cross_entropy", "half_squared_error"]),
        first_layer("neurons", [1, 2, 3, 5, 8]),
        first_layer("activation", ["tanh", "relu", "sigmoid"]),
        lambda: panel.param("network", "add_layer").activate(),
        remove_layer,
        lambda: panel.param("data", "regenerate").activate(),
    ]
    for i in range(200):
        rng.choice(actions)()
        if i % 10 == 0:
            qtbot.wait(rng.randrange(1, 30))
    t.set_speed(30)
    if t.running:
        t.play_action.trigger()
    qtbot.waitUntil(lambda: not t.running, timeout=TIMEOUT)
    qtbot.wait(SPIN_BOX_DELAY_MS)  # the last edits of spin boxes arrive this late
    assert window.settings_panel.read_config() == window.settings_panel.config
    trainer = lambda: window.session.worker.controller.trainer  # noqa: E731 - read only once paused
    qtbot.waitUntil(lambda: latest_step(window) == trainer().step_count, timeout=TIMEOUT)
    step = latest_step(window)
    t.step_action.trigger()
    qtbot.waitUntil(lambda: latest_step(window) == step + 1, timeout=TIMEOUT)  # still responsive
    errors = [m for m in messages if m[0] not in allowed_refusals]
    assert errors == []
    assert window.state.snapshot.architecture.n_inputs == window.state.dataset.n_features


def test_run_app_without_a_display_says_what_to_do(monkeypatch):
    from nnviz.core.errors import InputError
    from nnviz.gui.app import run_app

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(InputError, match="nnviz render"):
        run_app()
    with pytest.raises(InputError, match="unknown lesson"):
        run_app("no_such_lesson")


def test_views_are_connected_to_each_other(qtbot, messages, settings):
    """Through the session state: picking an edge in the graph sets the loss surface's axis;
    hovering a neuron shows its map large in the boundary view; the boundary's neuron maps
    reach the graph's thumbnails."""
    w = MainWindow(settings=settings, start_training=False)
    qtbot.addWidget(w)
    lesson = load_lesson("xor")
    from nnviz.core.config import build_dataset, build_trainer

    dataset = build_dataset(lesson.config.data)
    trainer = build_trainer(lesson.config, dataset)
    trainer.run(50)
    w.display(dataset, [trainer.snapshot()])
    w.settle()
    graph, landscape, boundary = w.views["graph"], w.views["landscape"], w.views["boundary"]
    arch = trainer.network.architecture
    index = arch.weight_index(2, 0, 3)
    graph.issue(Select(parameter=index))  # as a click on the edge does
    assert w.state.selection.parameter == index and index in landscape.parameters
    graph.issue(Hover((1, 2)))
    assert boundary._neuron == (1, 2)
    graph.issue(Hover(None))
    assert boundary._neuron is None
    thumbnails = graph.neuron_images()
    assert sorted(thumbnails) == [(1, j) for j in range(arch.sizes[1])]
    assert all(thumb.values.shape == thumb.pixels.shape for thumb in thumbnails.values())
    assert len(graph.thumbnails) == arch.sizes[1]
    w.close()


# -- frames: what is drawn when, and the paint inside the frame ------------------------------
def trained_snapshots(steps_each: int, count: int):
    from nnviz.core.config import build_dataset, build_trainer

    lesson = load_lesson("xor")
    dataset = build_dataset(lesson.config.data)
    trainer = build_trainer(lesson.config, dataset)
    out = [trainer.snapshot()]
    for _ in range(count - 1):
        trainer.run(steps_each)
        out.append(trainer.snapshot())
    return dataset, out


class BusyView(View):
    """A view whose show_snapshot costs ``seconds`` of CPU time."""

    def __init__(self, key, seconds):
        super().__init__()
        self.key = self.title = key
        self.seconds, self.shown = seconds, []

    def set_dataset(self, dataset):
        pass

    def apply_theme(self, theme):
        pass

    def show_snapshot(self, snapshot):
        end = time.thread_time() + self.seconds
        while time.thread_time() < end:
            pass
        self.shown.append(snapshot.step)


def test_a_frame_paints_at_once(qtbot, messages, settings):
    """The views are painted inside draw_frame, not later from the event loop."""
    w = MainWindow(settings=settings, start_training=False)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    with qtbot.waitExposed(w):
        w.show()
    dataset, snapshots = trained_snapshots(200, 3)
    w.display(dataset, snapshots[:2])
    edges, thumbnails = w.views["graph"].edges, w.views["graph"].thumbnails
    painted = edges.paint_count
    w.state.set_snapshot(snapshots[2])  # as from the worker
    w.draw_frame()  # no event loop runs between these lines
    assert edges.paint_count > painted and thumbnails.paint_count > 0
    w.close()


def test_while_training_runs_costly_views_take_turns_paused_all_draw(qtbot, window):
    busy = {key: BusyView(key, 0.004) for key in ("a", "b")}  # 4 ms each: two exceed a frame's budget
    for view in busy.values():
        window.add_view(view)
    _, snapshots = trained_snapshots(10, 10)
    window.state.set_running(True)  # as the worker reports it (frames are drawn by hand here)
    drawn = []
    try:
        for snapshot in snapshots[:8]:
            window.state.set_snapshot(snapshot)
            window.draw_frame()
            drawn.append({k for k, v in busy.items() if v.shown and v.shown[-1] == snapshot.step})
    finally:
        window.state.set_running(False)
    assert drawn[0] == {"a", "b"}  # their cost is not known yet
    assert all(len(d) <= 1 for d in drawn[1:])  # then never both in one frame (6 ms) ...
    for key in busy:  # ... but each within three frames: the one waiting longest goes first
        assert all(key in d1 | d2 | d3 for d1, d2, d3 in zip(drawn[1:], drawn[2:], drawn[3:]))
    window.state.set_snapshot(snapshots[8])
    window.draw_frame()  # paused (a step): every view gets it in this very frame
    assert busy["a"].shown[-1] == busy["b"].shown[-1] == snapshots[8].step
    assert window.views["loss"].history.data()[-1, 0] == snapshots[8].step


# -- issue 12: the window title, the lesson order, the shortcuts, high contrast, the focus ----
def test_the_window_title_is_the_lessons_and_the_app_name_once(window):
    """Qt ends every title with the app's display name: "XOR … — nnviz", not "nnviz — … — nnviz"."""
    from nnviz.gui.app import create_application

    app = QApplication.instance()
    names = app.applicationName(), app.organizationName(), app.applicationDisplayName()
    try:
        create_application()
        shown = f"{window.windowTitle()} — {app.applicationDisplayName()}"
    finally:
        app.setApplicationName(names[0])
        app.setOrganizationName(names[1])
        app.setApplicationDisplayName(names[2])
    assert window.windowTitle() == window.state.lesson.title
    assert shown == f"{window.state.lesson.title} — nnviz"


def test_the_lesson_menu_is_in_teaching_order(window):
    from nnviz.core.lessons import LESSON_ORDER

    assert [a.data() for a in window.menus.lesson_actions.actions()] == list(LESSON_ORDER)
    assert LESSON_ORDER[0] == "festival" and LESSON_ORDER[-1] == "spiral"


def test_the_shortcuts_dialog_lists_the_mouse_and_the_presenter_keys(qtbot, window):
    from PySide6.QtWidgets import QDialog, QLabel

    from nnviz.gui.shell.menus import show_shortcuts

    dialog = show_shortcuts(window)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    mouse = " ".join(texts[texts.index("Mouse"):])
    keys = " ".join(texts[:texts.index("Mouse")])
    for words in ("Space", "PageDown / PageUp", "F5 / Esc", "B or .", "Lecture mode",
                  "Home / End", "Ctrl+T"):
        assert words in keys
    for words in ("click a weight", "double-click a training point", "drag", "wheel",
                  "click the map"):
        assert words in mouse
    screen = window.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    assert isinstance(dialog, QDialog) and not dialog.isModal()


def test_high_contrast_from_the_view_menu_persists_and_survives_dark_and_scale(
        qtbot, window, settings):
    window.menus.high_contrast_action.trigger()
    assert window.state.presentation.high_contrast and current_theme().high_contrast
    window.set_dark(True)
    window.set_scale(1.25)
    assert current_theme().high_contrast and window.menus.high_contrast_action.isChecked()
    window.close()
    assert settings.value("theme/high_contrast", False, type=bool)
    window.set_theme(Theme())


def test_return_in_the_learning_rate_gives_the_keys_back_to_the_window(qtbot, window):
    """Item 8: after typing η and Return, R resets (it typed "r" into the box), Space plays."""
    def in_spin(widget):
        return widget is not None and (widget is spin or spin.isAncestorOf(widget))

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    param = window.settings_panel.param("training", "learning_rate")
    item = next(iter(param.items))
    window.settings_panel.tree.setCurrentItem(item)
    spin = item.widget
    qtbot.waitUntil(lambda: in_spin(QApplication.focusWidget()))
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.05")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.config.training.learning_rate == 0.05, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not in_spin(QApplication.focusWidget()))
    with qtbot.waitSignal(window.transport.reset_requested, timeout=TIMEOUT):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_R)
    assert "r" not in spin.lineEdit().text()
    with qtbot.waitSignal(window.transport.play_requested, timeout=TIMEOUT):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
