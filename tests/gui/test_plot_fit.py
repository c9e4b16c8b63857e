"""A plot kept to its data's shape stays inside its widget in the main window once it settles
(the decision boundary's bottom axis in sight); a message alone is as wide as the plot it
replaces."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QPushButton

from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.kit.plot_page import PlotPage


def assert_plot_inside(page: PlotPage) -> None:
    """The plot fills its widget's viewport, the viewport its widget, and the bottom axis (ticks
    and name) lies inside it."""
    widget = page.plot_widget
    viewport = QRectF(widget.viewport().rect())
    assert widget.viewport().size() == widget.contentsRect().size()
    assert page.plot.geometry() == viewport
    axis = page.plot.getAxis("bottom")
    assert viewport.contains(axis.mapRectToScene(axis.boundingRect()))


def test_a_message_alone_is_as_wide_as_the_plot(qtbot):
    alone, with_button = PlotPage(), PlotPage(under_message=(QPushButton("slice"),))
    for page in (alone, with_button):
        qtbot.addWidget(page)
        page.resize(500, 400)
        page.show()
        page.show_message("This network has no hidden layer: add one to see its feature space.")
        settle_layout()
    assert alone.message_label.width() == alone.stack.width()
    assert with_button.message_label.width() < with_button.stack.width()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_boundary_plot_is_in_sight_once_the_window_settles(qtbot, size):
    """The window gives its views the data before it is shown; the boundary's plot then gets
    its shape inside a resize, when showing the feature space's title lays the window out."""
    from nnviz.core.config import build_dataset, build_trainer
    from nnviz.core.lessons import load_lesson
    from nnviz.gui.shell.main_window import MainWindow

    lesson = load_lesson("xor")
    dataset = build_dataset(lesson.config.data)
    trainer = build_trainer(lesson.config, dataset)
    snapshots = [trainer.snapshot()]
    trainer.run(20)
    snapshots.append(trainer.snapshot())
    window = MainWindow(lesson, start_training=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.display(dataset, snapshots)
    window.settle()
    page = window.views["boundary"].page
    assert page.showing_plot and not window.docks["boundary"].visibleRegion().isEmpty()
    assert_plot_inside(page)
    window.close()
