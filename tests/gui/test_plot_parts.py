"""Plot parts on the projector (issue 12, items 13 and 14): the decision-boundary plot right
under its title, a legend of every class wherever classes are coloured, and the data's
column names shown as written (never read as HTML)."""

import numpy as np
import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core.data.csv_loader import load_csv
from nnviz.core.network import Network
from nnviz.gui.colors import class_colour
from nnviz.gui.kit.colour_key import ColourKey
from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.theme import Theme
from nnviz.gui.views.boundary import BoundaryView
from nnviz.gui.views.feature_space import FeatureSpaceView
from tests.gui.conftest import XOR_X, XOR_Y, classification, snapshot_of

HOSTILE = '<img src="/x">'


def ten_classes(n=60, seed=0):
    """Two features, ten classes (the digits' class count)."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 10
    x = np.column_stack([np.cos(y), np.sin(y)]) + 0.1 * rng.standard_normal((n, 2))
    return classification(x, y, classes=10, name="ten")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_blank_band_above_the_decision_boundary(qtbot, scale):
    """A square plane in a tall view: the spare height goes below, the title on top."""
    view = BoundaryView(resolution=16)
    qtbot.addWidget(view)
    view.apply_theme(Theme(scale=scale))
    view.resize(500, 1000)
    view.show()
    view.set_dataset(classification(XOR_X, XOR_Y, name="xor"))
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], "tanh", "sigmoid", seed=1)))
    view.settle()
    settle_layout()
    page = view.page
    assert page.showing_plot and page.title_label.isVisible()
    assert page.title_label.geometry().top() <= 4
    assert page.stack.geometry().top() - page.title_label.geometry().bottom() <= 4
    assert page.stack.height() < 0.8 * page.height()  # the plane is square: room was spare


def test_every_class_has_a_swatch_in_a_narrow_view(qtbot):
    """The ten classes of the digits wrap onto rows; none is left out."""
    holder = QWidget()
    qtbot.addWidget(holder)
    key = ColourKey()
    box = QVBoxLayout(holder)
    box.addWidget(key)
    box.addStretch(1)
    swatches = [(f"class {c}", class_colour(c)) for c in range(10)]
    key.set_swatches(swatches)
    holder.resize(260, 400)
    holder.show()
    qtbot.waitExposed(holder)
    settle_layout()
    assert key.texts == [t for t, _ in swatches]
    assert key.height() >= 2 * key.fontMetrics().height()  # wrapped onto rows
    image = key.grab().toImage()
    found = set()
    for y in range(image.height()):  # every class colour is painted
        for x in range(image.width()):
            found.add(image.pixelColor(x, y).getRgb()[:3])
    assert all(class_colour(c) in found for c in range(10))


def test_the_feature_space_has_a_class_legend(qtbot):
    view = FeatureSpaceView()
    qtbot.addWidget(view)
    view.resize(400, 500)
    view.show()
    data = ten_classes()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([2, 4, 10], "tanh", "softmax",
                                                  loss="softmax_cross_entropy", seed=0)))
    view.settle()
    settle_layout()
    assert view.class_key.isVisible()
    assert view.class_key.texts == [f"class {c}" for c in range(10)]
    assert view.page.rect().contains(view.class_key.geometry())
    view.set_dataset(classification(XOR_X, XOR_Y, name="xor"))
    assert view.class_key.texts == ["class 0", "class 1"]
    view.show_snapshot(snapshot_of(Network.create([2, 1], "sign", "sign", seed=0)))
    assert view.message and not view.class_key.isVisible()  # no hidden layer: no points


def test_csv_column_names_are_not_read_as_html(qtbot, tmp_path):
    csv = tmp_path / "hostile.csv"
    rows = "\n".join(f"{a},{b},{int(a != b)}" for a, b in XOR_X.astype(int))
    quoted = HOSTILE.replace('"', '""')
    csv.write_text(f'"{quoted}",b<b>old</b>,y\n{rows}\n', encoding="utf-8")
    data = load_csv(csv)
    assert data.feature_names[0] == HOSTILE
    view = BoundaryView(resolution=16)
    qtbot.addWidget(view)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], "tanh", "sigmoid", seed=1)))
    bottom, left = view.plot.getAxis("bottom"), view.plot.getAxis("left")
    assert bottom.label.toPlainText().strip() == HOSTILE  # shown as written: no image, no tag
    assert left.label.toPlainText().strip() == "b<b>old</b>"
    assert "<img" not in bottom.label.toHtml()
