"""The main window: docks, transport, settings, files, messages, layout, a clean close."""

import json
import math
import random
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

import nnviz.gui.main_window as main_window
from nnviz.core.lessons import load_lesson
from nnviz.core.modelfile import save_model
from nnviz.core.network import Network
from nnviz.gui import worker as worker_module
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.main_window import MainWindow
from nnviz.gui.worker import RUNNING

TIMEOUT = 5000
SPIN_BOX_DELAY_MS = 600  # pyqtgraph's SpinBox emits its value 0.3 s after a change


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(main_window, "show_message",
                        lambda parent, title, text, level="information": shown.append((title, text)))
    return shown


@pytest.fixture
def only_loss_view(monkeypatch):
    every = main_window.registered_views
    monkeypatch.setattr(main_window, "registered_views",
                        lambda: [v for v in every() if v.key == "loss"])


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat)


@pytest.fixture
def window(qtbot, messages, only_loss_view, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitUntil(lambda: w.latest is not None, timeout=TIMEOUT)
    yield w
    w.close()
    assert not w.session.is_running


def latest_step(window):
    return window.latest.step if window.latest is not None else -1


def test_opens_on_xor_2_4_1_ready_to_play(window, messages):
    assert window.latest.architecture.sizes == (2, 4, 1)
    assert window.latest.step == 0
    assert not window.transport.running
    assert set(window.docks) == {"settings", "loss"}
    assert "step 0" in window.step_label.text()
    assert "XOR" in window.windowTitle()
    assert messages == []


def test_every_registered_view_is_docked_and_fed(qtbot, messages, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    keys = [spec.key for spec in main_window.registered_views()]
    assert set(w.docks) == {"settings", *keys}
    fed = []
    for view in w.views.values():
        original = view.show_snapshot
        view.show_snapshot = lambda s, original=original: (fed.append(s), original(s))
    w.session.step()
    qtbot.waitUntil(lambda: latest_step(w) == 1, timeout=TIMEOUT)
    assert len(fed) >= len(keys)
    w.close()


def test_add_view_docks_a_widget_and_wires_its_edit_signals(qtbot, window):
    from PySide6.QtCore import Signal

    class EditingView(QWidget):
        parameter_edited = Signal(int, float)
        restart_requested = Signal(object)

        def __init__(self):
            super().__init__()
            self.snapshots, self.datasets = [], []

        def show_snapshot(self, snapshot):
            self.snapshots.append(snapshot)

        def set_dataset(self, dataset):
            self.datasets.append(dataset)

    view = EditingView()
    dock = window.add_view("Editing", view, tabify_with=window.docks["loss"], key="editing")
    assert window.docks["editing"] is dock and dock.widget() is view
    view.parameter_edited.emit(0, 2.5)
    qtbot.waitUntil(lambda: window.latest.params[0] == 2.5 and bool(view.snapshots), timeout=TIMEOUT)
    theta = np.full(17, 0.25)
    view.restart_requested.emit(theta)
    qtbot.waitUntil(lambda: np.array_equal(window.latest.params, theta), timeout=TIMEOUT)
    window.open_lesson("logistic")
    qtbot.waitUntil(lambda: bool(view.datasets) and view.datasets[-1].name == "gaussians", timeout=TIMEOUT)


def test_transport_play_pause_step_epoch_reset(qtbot, window):
    t = window.transport
    t.step_action.trigger()
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    t.epoch_action.trigger()  # full batch: one epoch is one step
    qtbot.waitUntil(lambda: latest_step(window) == 2, timeout=TIMEOUT)
    t.set_speed(math.inf)
    t.play_action.trigger()
    qtbot.waitUntil(lambda: t.running and latest_step(window) > 50, timeout=TIMEOUT)
    assert "running" in window.state_label.text()
    t.play_action.trigger()
    qtbot.waitUntil(lambda: not t.running, timeout=TIMEOUT)
    t.reset_action.trigger()
    qtbot.waitUntil(lambda: latest_step(window) == 0, timeout=TIMEOUT)
    assert "step 0" in window.statusBar().currentMessage() or "Reset" in window.statusBar().currentMessage()


def test_a_learning_rate_change_applies_live(qtbot, window, messages):
    window.session.step()
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    window.settings_panel.param("training", "learning_rate").setValue(0.05)
    qtbot.waitUntil(lambda: window.latest.learning_rate == 0.05, timeout=TIMEOUT)
    assert window.latest.step == 1  # no reset
    assert "no reset" in window.statusBar().currentMessage()
    assert messages == []


def test_changing_the_data_resets_and_says_so(qtbot, window):
    window.session.step()
    qtbot.waitUntil(lambda: latest_step(window) == 1, timeout=TIMEOUT)
    window.settings_panel.param("data", "dataset").setValue("circle")
    qtbot.waitUntil(lambda: window.latest.step == 0 and window.latest.test_loss is not None,
                    timeout=TIMEOUT)
    assert "data changed" in window.statusBar().currentMessage()
    assert window.settings_panel.param("data", "n").value() == 200


def test_an_incompatible_choice_is_refused_and_changes_nothing(qtbot, window, messages):
    before = window._config
    window.settings_panel.param("network", "output_activation").setValue("tanh")
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    assert "sigmoid" in messages[-1][1]
    assert window._config == before
    assert window.settings_panel.param("network", "output_activation").value() == "sigmoid"
    assert "does not work" in window.statusBar().currentMessage()


def test_divergence_shows_a_message_and_keeps_the_last_finite_state(qtbot, window, messages, tmp_path):
    lesson = tmp_path / "wild.toml"
    lesson.write_text('title = "Too fast"\n[data]\ndataset = "line"\n'
                      '[network]\nhidden = []\noutput_activation = "identity"\nloss = "squared_error"\n'
                      '[training]\nlearning_rate = 1000.0\n')
    assert window.open_lesson(str(lesson))
    qtbot.waitUntil(lambda: window.latest.architecture.sizes == (1, 1), timeout=TIMEOUT)
    window.session.play()
    qtbot.waitUntil(lambda: any(title == "Training diverged" for title, _ in messages), timeout=TIMEOUT)
    text = next(text for title, text in messages if title == "Training diverged")
    assert "smaller learning rate" in text
    qtbot.waitUntil(lambda: window.latest.stopped == "diverged", timeout=TIMEOUT)
    assert np.isfinite(window.latest.params).all()
    assert not window.transport.running
    assert "diverged" in window.statusBar().currentMessage()


def test_a_worker_exception_is_shown_as_a_message(qtbot, window, messages, monkeypatch):
    real = worker_module.build_trainer

    def failing(config, dataset, network=None):
        trainer = real(config, dataset, network)
        trainer.run = lambda n: 1 / 0
        return trainer

    monkeypatch.setattr(worker_module, "build_trainer", failing)
    window.session.reset()
    window.session.play()
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    title, text = messages[-1]
    assert title == "Training stopped by an error" and "ZeroDivisionError" in text
    assert window.isVisible() and not window.transport.running


def test_a_bad_csv_shows_its_line_and_changes_nothing(qtbot, window, messages, monkeypatch, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,y\n1,2,0\n3,oops,1\n")
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a: str(bad))
    config, dataset, snapshots = window._config, window._dataset, window.frames_drawn
    window.open_csv()
    assert messages and "line 3" in messages[-1][1] and "bad.csv" in messages[-1][1]
    assert window._config is config and window._dataset is dataset
    qtbot.wait(100)
    assert window.latest.step == 0 and window.latest.architecture.sizes == (2, 4, 1)


def test_a_good_csv_becomes_the_data(qtbot, window, monkeypatch, tmp_path):
    good = tmp_path / "points.csv"
    rows = [f"{x:.2f},{y:.2f},{int(x > y)}" for x, y in np.random.default_rng(1).random((30, 2))]
    good.write_text("a,b,label\n" + "\n".join(rows) + "\n")
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a: str(good))
    window.open_csv()
    qtbot.waitUntil(lambda: window._dataset.name == "points", timeout=TIMEOUT)
    assert window._dataset.feature_names == ("a", "b")
    assert window.settings_panel.param("data", "dataset").value() == "csv"


def test_a_bad_model_file_shows_a_message_and_changes_nothing(qtbot, window, messages, monkeypatch, tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"format": "nnviz-model", "version": 1,\n "loss": ')
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a: str(bad))
    config = window._config
    window.open_model()
    assert messages and "model.json" in messages[-1][1] and "line 2" in messages[-1][1]
    assert window._config is config
    wrong_size = tmp_path / "wide.json"
    save_model(Network.create([3, 1]), wrong_size)
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a: str(wrong_size))
    window.open_model()
    assert "3 inputs" in messages[-1][1]
    assert window._config is config
    qtbot.wait(100)
    assert window.latest.architecture.sizes == (2, 4, 1)


def test_a_model_round_trip(qtbot, window, monkeypatch, tmp_path):
    net = Network.create([2, 3, 1], "relu", "sigmoid", "binary_cross_entropy", seed=5)
    path = tmp_path / "m.json"
    save_model(net, path)
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a: str(path))
    window.open_model()
    qtbot.waitUntil(lambda: window.latest.architecture.sizes == (2, 3, 1), timeout=TIMEOUT)
    np.testing.assert_array_equal(window.latest.params, net.params)
    assert window.settings_panel.param("network", "hidden").children()[0].child("neurons").value() == 3
    out = tmp_path / "saved.json"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a: str(out))
    window.save_model()
    assert json.loads(out.read_text())["layers"][0]["activation"] == "relu"


def test_export_a_panel_and_the_window(window, monkeypatch, tmp_path):
    for name in ("loss.png", "loss.svg"):
        monkeypatch.setattr(main_window, "ask_save_path", lambda *a, n=name: str(tmp_path / n))
        window.export_panel("loss")
    assert not QImage(str(tmp_path / "loss.png")).isNull()
    assert "<svg" in (tmp_path / "loss.svg").read_text()
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a: str(tmp_path / "all.png"))
    window.export_window()
    image = QImage(str(tmp_path / "all.png"))
    assert (image.width(), image.height()) == (window.width(), window.height())


def test_lessons_menu_and_a_perceptron_lesson(qtbot, window):
    titles = [a.text() for a in window.lesson_actions.actions()]
    assert load_lesson("perceptron").title in titles
    window.open_lesson("perceptron")
    qtbot.waitUntil(lambda: window.latest.architecture.sizes == (2, 1), timeout=TIMEOUT)
    assert window.transport.speed == 2
    assert window.settings_panel.param("training", "rule").value() == "perceptron"
    window.transport.set_speed(math.inf)
    window.session.play()
    qtbot.waitUntil(lambda: window.latest.stopped == "converged", timeout=TIMEOUT)
    assert "converged" in window.statusBar().currentMessage()


def test_presentation_scale_and_dark_palette(window):
    window.set_scale(1.5)
    assert QApplication.instance().font().pointSizeF() == pytest.approx(15.0)
    assert window.views["loss"].train_curve.opts["pen"].widthF() == pytest.approx(2.5 * 1.5)
    window.set_theme(Theme(dark=True, scale=1.5))
    assert current_theme().dark and window.dark_action.isChecked()
    assert QApplication.instance().palette().window().color().lightness() < 80
    window.set_theme(Theme())


def test_layout_persists_and_reset_restores_it(qtbot, messages, only_loss_view, settings):
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.docks["loss"].hide()
    first.close()
    second = MainWindow(settings=settings)
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
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: w.latest is not None, timeout=TIMEOUT)
        w.transport.set_speed(math.inf)
        with qtbot.waitSignal(w.session.state_changed, timeout=TIMEOUT):
            w.session.play()
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
    trainer = lambda: window.session.worker._trainer  # noqa: E731 - read only once paused
    qtbot.waitUntil(lambda: latest_step(window) == trainer().step_count, timeout=TIMEOUT)
    step = latest_step(window)
    t.step_action.trigger()
    qtbot.waitUntil(lambda: latest_step(window) == step + 1, timeout=TIMEOUT)  # still responsive
    errors = [m for m in messages if m[0] not in allowed_refusals]
    assert errors == []
    assert window.latest.architecture.n_inputs == window._dataset.n_features


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
    """Picking an edge in the graph sets the loss surface's axis; hovering a neuron shows its
    map large in the boundary view; the boundary's neuron maps reach the graph's thumbnails."""
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
    graph.parameter_selected.emit(index)
    assert index in landscape._indices
    graph.neuron_hovered.emit(1, 2)
    assert boundary._neuron == (1, 2)
    graph.neuron_hovered.emit(-1, -1)
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


class BusyView(QWidget):
    """A view whose show_snapshot costs ``seconds`` of CPU time."""

    def __init__(self, seconds):
        super().__init__()
        self.seconds, self.shown = seconds, []

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
    w._on_snapshot(snapshots[2])  # as from the worker
    w.draw_frame()  # no event loop runs between these lines
    assert edges.paint_count > painted and thumbnails.paint_count > 0
    w.close()


def test_while_training_runs_costly_views_take_turns_paused_all_draw(qtbot, window):
    busy = {key: BusyView(0.004) for key in ("a", "b")}  # 4 ms each: two exceed a frame's budget
    for key, view in busy.items():
        window.add_view(key, view, key=key)
    _, snapshots = trained_snapshots(10, 10)
    window._on_state(RUNNING)  # as the worker reports it (frames are drawn by hand here)
    drawn = []
    try:
        for snapshot in snapshots[:8]:
            window._on_snapshot(snapshot)
            window.draw_frame()
            drawn.append({k for k, v in busy.items() if v.shown and v.shown[-1] == snapshot.step})
    finally:
        window._on_state(worker_module.PAUSED)
    assert drawn[0] == {"a", "b"}  # their cost is not known yet
    assert all(len(d) <= 1 for d in drawn[1:])  # then never both in one frame (6 ms) ...
    for key in busy:  # ... but each within three frames: the one waiting longest goes first
        assert all(key in d1 | d2 | d3 for d1, d2, d3 in zip(drawn[1:], drawn[2:], drawn[3:]))
    window._on_snapshot(snapshots[8])
    window.draw_frame()  # paused (a step): every view gets it in this very frame
    assert busy["a"].shown[-1] == busy["b"].shown[-1] == snapshots[8].step
    assert window.views["loss"].history.data()[-1, 0] == snapshots[8].step
