"""Every file the app writes goes through core.files.write_atomically: on a full disk or in a
read-only folder the old file stays byte for byte, no temporary is left, and the window says
why instead of "Exported to …" (both simulated: os.write raises ENOSPC after a few bytes,
os.access says the folder is not writable)."""

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnviz.core.errors import InputError
from nnviz.gui.kit import dialogs
from nnviz.gui.kit.export import PNG_SCALE, export_widget, png_bytes
from nnviz.gui.views.walkthrough import StepThroughView
from tests.core.test_files_writes import OLD, assert_kept, full_disk_after, old_file, read_only
from tests.gui.test_walkthrough_view import matrix_walk

FULL = "cannot write (no space left on device); the existing file is unchanged"


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.plot([0, 1, 2], [1, 0, 2])
    widget.resize(300, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def composite(qtbot):
    """Two labels: no single plot, so the PNG is grabbed."""
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("z¹₁ = w¹₁₁ x₁ + b¹₁"))
    layout.addWidget(QLabel("a¹₁ = σ(z¹₁)"))
    widget.resize(240, 120)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_what_is_exported(tmp_path, plot, composite):
    export_widget(plot, tmp_path / "plot.png")
    export_widget(composite, tmp_path / "both.PNG")
    export_widget(composite, tmp_path / "both.svg")
    export_widget(plot, tmp_path / "plot.svg")  # a plot widget itself: its render() is pyqtgraph's
    image = QImage(str(tmp_path / "plot.png"))
    assert image.width() == PNG_SCALE * plot.width()  # the plot at twice its screen size
    grabbed = QImage(str(tmp_path / "both.PNG"))
    assert (grabbed.width(), grabbed.height()) == (composite.width(), composite.height())
    svg = (tmp_path / "both.svg").read_text(encoding="utf-8")
    assert '<svg' in svg and 'viewBox="0 0 240 120"' in svg and svg.rstrip().endswith("</svg>")
    assert "<path" in (tmp_path / "plot.svg").read_text(encoding="utf-8")  # the curve, as vectors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["both.PNG", "both.svg", "plot.png",
                                                          "plot.svg"]


@pytest.mark.parametrize("which", ["plot", "composite"])
@pytest.mark.parametrize("name", ["picture.png", "drawing.svg"])
def test_a_full_disk_keeps_the_old_picture(request, tmp_path, monkeypatch, which, name):
    path = old_file(tmp_path, name)
    full_disk_after(monkeypatch, 64)
    with pytest.raises(InputError) as caught:
        export_widget(request.getfixturevalue(which), path)
    assert str(caught.value) == f"{path}: {FULL}"
    assert_kept(path, OLD)


@pytest.mark.parametrize("name", ["picture.png", "drawing.svg"])
def test_a_read_only_folder_keeps_the_old_picture(tmp_path, monkeypatch, plot, name):
    path = old_file(tmp_path, name)
    reason = read_only(monkeypatch, path.parent)
    with pytest.raises(InputError) as caught:
        export_widget(plot, path)
    assert str(caught.value) == f"{path}: {reason}; the existing file is unchanged"
    assert_kept(path, OLD)


def test_a_picture_qt_cannot_encode_is_an_error_not_a_file(tmp_path):
    with pytest.raises(InputError, match=r"x\.png: cannot make a PNG of 0x0 pixels"):
        png_bytes(QImage(), tmp_path / "x.png")


# -- through the window's menus and the step-through's export buttons ---------------------------
def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(path))


@pytest.mark.parametrize("fault", ["full disk", "read-only folder"])
@pytest.mark.parametrize("action, name, title", [
    ("export_window", "nnviz.png", "Cannot export"),
    ("export_panel", "loss.png", "Cannot export"),
    ("export_panel", "loss.svg", "Cannot export"),
    ("save_model", "model.json", "Cannot save the model"),
    ("save_lesson", "lesson.toml", "Cannot save the lesson"),
])
def test_the_window_says_why_and_keeps_the_old_file(window, messages, monkeypatch, tmp_path,
                                                    fault, action, name, title):
    path = old_file(tmp_path, name)
    save_as(monkeypatch, path)
    if fault == "full disk":
        full_disk_after(monkeypatch, 16)
        reason = "no space left on device"
    else:
        reason = read_only(monkeypatch, path.parent).removeprefix("cannot write (")[:-1]
    getattr(window, action)(*(["loss"] if action == "export_panel" else []))
    assert len(messages) == 1 and messages[0][0] == title
    assert str(path) in messages[0][1] and reason in messages[0][1]
    status = window.statusBar().currentMessage()
    assert status.startswith(title) and "Exported" not in status and "Saved" not in status
    assert_kept(path, OLD)


@pytest.fixture
def step_panel(qtbot):
    view = StepThroughView()
    qtbot.addWidget(view)
    view.resize(520, 760)
    view.show()
    qtbot.waitExposed(view)
    view.follow_walk(matrix_walk())
    return view


@pytest.mark.parametrize("fmt, name", [("image", "step.png"), ("image", "step.svg"),
                                       ("markdown", "walk.md"), ("latex", "walk.tex")])
def test_the_step_through_exports_keep_the_old_file(step_panel, monkeypatch, tmp_path, fmt,
                                                    name):
    path = old_file(tmp_path, name)
    save_as(monkeypatch, path)
    full_disk_after(monkeypatch, 16)
    step_panel.export_actions[fmt].trigger()
    assert f"{path}: {FULL}" in step_panel.status.text()
    assert_kept(path, OLD)
    monkeypatch.undo()
    save_as(monkeypatch, path)
    step_panel.export_actions[fmt].trigger()
    assert step_panel.status.text() == f"Wrote {path}" and path.read_bytes() != OLD
