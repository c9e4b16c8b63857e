"""File → Open data set… (Ctrl+D) and the settings panel's "open a data file…": tables,
digit CSVs and IDX images; a bad file is one message and changes nothing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QAction

from nnviz.gui.kit import dialogs
from nnviz.gui.kit.plain_text import tooltip_text
from tests.core.test_data_files import write_digit_csv, write_idx

TIMEOUT = 5000
# 20 images 4×4, two of each digit
IMAGES = np.random.default_rng(0).integers(0, 256, (20, 4, 4)).astype(np.uint8)
LABELS = np.arange(20) % 10


def answer_dialogs(monkeypatch, *answers):
    """The file dialogs answer these paths in turn (None: cancelled); the captions asked."""
    asked, queue = [], list(answers)

    def ask(parent, caption, filters):
        asked.append((caption, filters))
        answer = queue.pop(0)
        return None if answer is None else str(answer)

    monkeypatch.setattr(dialogs, "ask_open_path", ask)
    return asked


def open_data_action(window) -> QAction:
    (act,) = [a for a in window.findChildren(QAction) if a.text() == "Open &data set…"]
    return act


def test_the_menu_action_offers_every_data_file(window, monkeypatch):
    asked = answer_dialogs(monkeypatch, None)
    act = open_data_action(window)
    assert act.shortcut().toString() == "Ctrl+D"
    act.trigger()
    assert asked == [("Open a data set",
                      "Data files (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;All files (*)")]


def test_idx_images_become_the_data_and_the_network_follows(qtbot, window, monkeypatch, tmp_path):
    path = write_idx(tmp_path / "train-images-idx3-ubyte.gz", IMAGES, LABELS, gz=True)
    asked = answer_dialogs(monkeypatch, path)
    open_data_action(window).trigger()
    assert len(asked) == 1  # the labels were found beside the images
    d = window.state.dataset
    assert d.name == "train-images-idx3-ubyte" and d.image_shape == (4, 4)
    assert (len(d.x_train), len(d.x_test)) == (16, 4)  # the images' default test share, 0.2
    qtbot.waitUntil(lambda: window.state.snapshot is not None
                    and window.state.snapshot.architecture.sizes == (16, 4, 10), timeout=TIMEOUT)
    assert window.state.config.network.output_activation == "softmax"
    assert window.state.config.data.test_ratio == 0.2
    panel = window.settings_panel
    assert panel.param("data", "dataset").value() == "csv"
    choice = panel.param("data", "dataset")
    assert choice.opts["limits"]["train-images…"] == "csv"  # short enough for 200 %
    assert choice.opts["tip"] == tooltip_text(f"The data file {path}")  # shown as written
    assert panel.param("data", "test_ratio").value() == 0.2
    assert "16 training and 4 test samples, 4×4 images" in window.status.bar.currentMessage()


def test_labels_not_beside_the_images_are_asked_for(qtbot, window, monkeypatch, tmp_path):
    images = write_idx(tmp_path / "pictures", IMAGES, LABELS, labels_path=tmp_path / "tags")
    config, dataset = window.state.config, window.state.dataset
    asked = answer_dialogs(monkeypatch, images, None)  # the labels dialog cancelled
    open_data_action(window).trigger()
    assert asked[1][0] == "Open the labels of pictures"
    assert window.state.config is config and window.state.dataset is dataset
    answer_dialogs(monkeypatch, images, tmp_path / "tags")
    open_data_action(window).trigger()
    assert window.state.config.data.labels_path == str(tmp_path / "tags")
    assert sorted(window.state.dataset.y_train.tolist() + window.state.dataset.y_test.tolist()) \
        == sorted(LABELS.tolist())


def test_a_digit_csv_from_the_settings_panel_button(qtbot, window, monkeypatch, tmp_path):
    path = write_digit_csv(tmp_path / "mnist_small.csv", IMAGES, LABELS)
    answer_dialogs(monkeypatch, path)
    window.settings_panel.param("data", "open_data").activate()
    d = window.state.dataset
    assert d.name == "mnist_small" and d.image_shape == (4, 4)
    np.testing.assert_array_equal(np.sort(np.concatenate([d.x_train, d.x_test]) * 255, axis=0),
                                  np.sort(IMAGES.reshape(20, 16), axis=0))


@pytest.mark.parametrize("make, words", [
    (lambda p: write_idx(p / "train-images-idx3-ubyte", IMAGES, LABELS[:19]), "20 images but 19 labels"),
    (lambda p: write_idx(p / "train-images-idx3-ubyte", IMAGES, LABELS).with_name(
        "train-labels-idx1-ubyte"), "is an IDX label file"),
    (lambda p: write_digit_csv(p / "d.csv", IMAGES, LABELS + 10), "label 10 is outside 0..9"),
    (lambda p: (p / "t.csv").write_text("x1,x2,y\n1,2,0\n3,oops,1\n") and p / "t.csv", "line 3"),
])
def test_a_bad_file_is_one_message_and_changes_nothing(qtbot, window, messages, monkeypatch,
                                                       tmp_path, make, words):
    path = make(tmp_path)
    config, dataset = window.state.config, window.state.dataset
    answer_dialogs(monkeypatch, path)
    open_data_action(window).trigger()
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Cannot open the data set" and path.name in text and words in text
    assert window.state.config is config and window.state.dataset is dataset
    assert window.settings_panel.config == config
    qtbot.wait(100)
    assert window.state.snapshot.step == 0 and window.state.snapshot.architecture.sizes == (2, 4, 1)
