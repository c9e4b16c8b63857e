"""The network graph on a lecture-hall projector (issue 12): a tooltip that stays, value
labels of the quantity the edges show, a graph that grows with the presentation scale and
labels, legends and options that fit."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from nnviz.core import notation
from nnviz.core.config import Config
from nnviz.core.network import Network
from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.theme import Theme, apply_theme, current_theme
from nnviz.gui.views.graph.layout import Hit
from nnviz.gui.views.graph.texts import MIN_PT, VALUE_PT
from nnviz.session.walk import open_walk
from tests.gui.conftest import classification, snapshot_of


@pytest.fixture
def view(graph_view):
    return graph_view


def net_342(seed: int = 3) -> Network:
    return Network.create([3, 4, 2], init="uniform", init_range=2.0, seed=seed)


def hover(qtbot, view, x, y):
    """Move the pointer to view coordinates (x, y); the viewport position it went to."""
    at = view.plot.mapFromScene(view.viewbox.mapViewToScene(QPointF(x, y)))
    qtbot.mouseMove(view.plot.viewport(), at)
    return at


# -- item 1: the tooltip stays while the pointer rests --------------------------------------
def test_qts_own_tooltip_event_does_not_close_the_neurons_tooltip(view, qtbot):
    """Qt sends QEvent.ToolTip to the viewport once the pointer rests; the scene answered it
    with an empty tip, closing the formula 0.6-0.9 s after the pointer stopped."""
    view.show_snapshot(snapshot_of(net_342()))
    layout = view.graph_layout
    node = layout.node_at(1, 1)
    at = hover(qtbot, view, layout.node_x[node], layout.node_y[node])
    text = view.describe(Hit("neuron", 1, 1))
    qtbot.waitUntil(QToolTip.isVisible)
    viewport = view.plot.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    qtbot.wait(600)  # an empty tip hides the shown one after 300 ms
    assert QToolTip.isVisible() and QToolTip.text() == text
    QToolTip.hideText()
    qtbot.mouseMove(viewport, viewport.rect().topLeft())  # the next test's moves all count


# -- item 13: the mean mode says what is true -------------------------------------------------
def test_the_mean_tooltip_shows_the_mean_of_a_and_no_z_beside_it(view):
    """Two samples of the lectures' network: the mean of a¹₁ is (σ(4) + σ(0)) / 2 = 0.7410,
    not σ of the mean z, σ(2) = 0.8808: no z stands beside it as if a = σ(z)."""
    net = Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])
    view.set_dataset(classification([[1, -1], [0.5, 0.75]], [1, 0]))  # z¹₁ = 4 and 0
    view.show_snapshot(snapshot_of(net))
    view.set_sample(None)
    lines = view.describe(Hit("neuron", 1, 0)).splitlines()
    sigmoid = lambda z: 1 / (1 + np.exp(-z))
    mean_a = notation.number((sigmoid(4.0) + sigmoid(0.0)) / 2)
    assert mean_a == "0.741"
    assert lines[2] == f"mean over 2 samples: mean a¹₁ = {mean_a}"
    assert not any("z¹₁ = " in line and "a¹₁ = " in line for line in lines)
    assert not any(line.endswith("= 2") or "= 2," in line for line in lines)  # no mean z


# -- item 9: the value labels write what the edges show ----------------------------------------
def test_in_gradient_mode_the_value_labels_show_the_gradients(view):
    net = Network.create([2, 2, 1], seed=0)
    grads = np.linspace(-0.5, 0.4, net.architecture.n_parameters)
    view.show_snapshot(snapshot_of(net, gradients=grads))
    view.set_edge_labels(True)
    layout = view.graph_layout
    weights = [notation.number(float(net.params[t])) for t in layout.edge_theta]
    assert view.value_labels() == weights
    assert {item.toPlainText()[:2] for _, item in view.texts.bias_labels} == {"b="}
    view.set_gradient_mode(True)
    assert view.value_labels() == [notation.number(float(grads[t])) for t in layout.edge_theta]
    assert view.value_labels() != weights
    for theta, item in view.texts.bias_labels:
        assert item.toPlainText() == f"∂C/∂b={notation.number(float(grads[theta]))}"
    view.set_gradient_mode(False)
    assert view.value_labels() == weights


# -- item 6: the graph grows with the presentation scale; labels, legends, options fit ---------
@pytest.fixture
def hall(view):
    """``hall(scale)``: the application and the view at presentation scale ``scale``, as the
    main window sets them (the theme before comes back after the test)."""
    app, before = QApplication.instance(), current_theme()

    def at(scale: float):
        apply_theme(app, Theme(scale=scale))
        view.apply_theme(Theme(scale=scale))

    yield at
    apply_theme(app, before)


def settled(qtbot, view):
    qtbot.wait(20)
    settle_layout()
    qtbot.wait(20)


def neuron_rects(view):
    """Each drawn neuron's bounding square in the scene (a pixel inside its outline)."""
    layout, r = view.graph_layout, view.neurons.node_px / 2 - 1
    centres = [view.viewbox.mapViewToScene(QPointF(x, y))
               for x, y in zip(layout.node_x, layout.node_y)]
    return [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for c in centres]


def plot_of_size(qtbot, view, width, height):
    """Resize ``view`` so that its plot (below the options, which wrap) is width x height."""
    for _ in range(3):
        view.resize(width, height + view.height() - view.plot.height())
        settled(qtbot, view)
    assert (view.plot.width(), view.plot.height()) == (width, height)


# the graph's plot at 1920x1080 and 1366x768 (the shell's default layout), and how much
# larger the neurons are at 200 % than at 100 % at least
@pytest.mark.parametrize("size, growth", [((900, 520), 1.1), ((830, 510), 1.1),
                                          ((610, 350), 0.9)])
@pytest.mark.parametrize("sizes", [[2, 4, 1], [3, 4, 2]])
def test_the_neurons_grow_with_the_presentation_scale(view, hall, qtbot, size, growth, sizes):
    """At 200 % the neurons were drawn at 0.7 of their size at 100 % in a plot of the same
    size (the legends and texts grew, the graph shrank): now they grow with lines and fonts
    where the plot has room, and where it is short (the texts above and below take twice the
    height) they keep nearly their size."""
    view.show_snapshot(snapshot_of(Network.create(sizes, seed=0)))
    diameters, widths = [], []
    for scale in (1.0, 2.0):
        hall(scale)
        plot_of_size(qtbot, view, *size)
        diameters.append(view.neurons.node_px)
        widths.append(view.edge_styles()[1].max())
    assert diameters[1] >= growth * diameters[0]
    assert widths[1] == pytest.approx(2 * widths[0])


@pytest.mark.parametrize("size", [(610, 380), (830, 540)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("sizes", [[2, 4, 1], [3, 4, 2], [2, 3, 3, 1]])
def test_value_labels_never_cover_a_neuron_or_each_other(view, hall, qtbot, size, scale, sizes):
    view.resize(*size)
    hall(scale)
    view.show_snapshot(snapshot_of(Network.create(sizes, init="uniform", init_range=2.0, seed=1)))
    view.set_edge_labels(True)
    settled(qtbot, view)
    labels = [item for item in view.texts.edge_labels + [i for _, i in view.texts.bias_labels]
              if item.isVisible()]
    for item in labels:
        item.updateTransform()
    rects = [item.sceneBoundingRect() for item in labels]
    neurons = neuron_rects(view)
    assert sum(item.isVisible() for item in view.texts.edge_labels) >= 4  # most find a spot
    for a, rect in enumerate(rects):
        assert not any(rect.intersects(n) for n in neurons), labels[a].toPlainText()
        assert not any(rect.intersects(b) for b in rects[a + 1:]), labels[a].toPlainText()


@pytest.mark.parametrize("size", [(300, 420), (610, 380), (830, 540)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_option_is_whole_and_the_graph_starts_below_them(view, hall, qtbot, size, scale):
    """The options wrap onto more rows instead of being cut ("edg", "ne", "me…" at 200 %)."""
    view.resize(*size)
    hall(scale)
    view.show_snapshot(snapshot_of(net_342()))
    settled(qtbot, view)
    toolbar = view.toolbar
    if toolbar.folded:  # a short view at 200 %: unfolded, they wrap
        toolbar.more.click()
        settled(qtbot, view)
    assert view.width() == size[0]  # the options do not make the view wider than its dock
    assert toolbar.height() >= toolbar.layout().heightForWidth(toolbar.width())
    shown = [w for w in toolbar.findChildren(QWidget) if w.parent() is toolbar and w.isVisible()]
    assert len(shown) >= 8
    for widget in shown:
        assert toolbar.rect().contains(widget.geometry()), type(widget).__name__
        if widget is not toolbar.info:  # the status line is cut with … (whole in its tooltip)
            assert widget.width() >= widget.sizeHint().width(), type(widget).__name__
    assert view.plot.geometry().top() >= toolbar.geometry().bottom()


@pytest.mark.parametrize("size", [(300, 420), (610, 380), (830, 540)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("gradients", [False, True])
def test_the_legends_stay_inside_the_plot_clear_of_the_graph_and_each_other(
        view, hall, qtbot, size, scale, gradients):
    """Also after the dock got narrower: legends placed right of the graph in a wide plot
    once kept it from narrowing (graph and legends were cut by the dock)."""
    view.resize(1400, 330)
    hall(scale)
    net = net_342()
    view.show_snapshot(snapshot_of(net, gradients=np.full(net.architecture.n_parameters, 0.003)))
    view.set_gradient_mode(gradients)
    settled(qtbot, view)
    view.resize(*size)
    settled(qtbot, view)
    assert view.plot.ci.size().width() == view.plot.width() <= size[0]
    plot = view.plot.mapToScene(view.plot.viewport().rect()).boundingRect()
    graph = view.viewbox.sceneBoundingRect()
    legends = [view.weight_legend, view.activation_legend]
    rects = [legend.sceneBoundingRect() for legend in legends]
    assert not rects[0].intersects(rects[1])
    for legend, rect in zip(legends, rects):
        assert plot.contains(rect) and not rect.intersects(graph)
        parts = legend.parts()
        for part in (parts.caption, parts.low, parts.bar, parts.middle, parts.high):
            assert 0 <= part.left() and part.right() <= rect.width() + 0.5, legend.caption
        if rect.width() >= legend.natural_width():
            assert parts.caption_text == legend.caption


def test_the_ten_digit_outputs_are_named_0_to_9_at_1366x768(view, qtbot):
    """The digits lesson (256 inputs, ten outputs) lost its output names at 1366 wide."""
    view.resize(490, 370)  # the graph's share of 1366x768
    view.set_dataset(classification(np.eye(256)[:10], list(range(10)), classes=10,
                                    class_names=tuple("0123456789")))
    view.show_snapshot(snapshot_of(Network.create([256, 32, 10], "relu", "softmax",
                                                  loss="softmax_cross_entropy", seed=0)))
    settled(qtbot, view)
    names = [item for side, item in view.texts.names if side == "output"]
    assert [item.toPlainText()[-1] for item in names] == list("0123456789")
    assert all(item.isVisible() for item in names)
    assert min(item.textItem.font().pointSizeF() for item in names) >= 8.0
    box = view.viewbox.sceneBoundingRect()
    for item in names:
        item.updateTransform()
    rects = [item.sceneBoundingRect() for item in names]
    for a, b in zip(rects, rects[1:]):
        assert box.contains(a) and a.bottom() <= b.top() + 0.5


# -- the step-through's dock is small at 1366x768 and 200 % ------------------------------------
def test_a_short_view_folds_its_options_behind_a_button(view, hall, qtbot):
    """At 1366x768 and 200 % the options took four rows of a 340 px high dock, leaving the
    graph and its walk overlay a strip: now they fold away (⋯ brings them back)."""
    view.resize(300, 340)
    hall(2.0)
    view.show_snapshot(snapshot_of(net_342()))
    settled(qtbot, view)
    toolbar = view.toolbar
    assert toolbar.folded and toolbar.more.isVisible() and toolbar.info.isVisible()
    assert not toolbar.quantity_box.isVisible() and not toolbar.labels_box.isVisible()
    assert view.plot.height() >= 0.75 * view.height()
    toolbar.more.click()
    settled(qtbot, view)
    assert toolbar.quantity_box.isVisible() and not toolbar.folded
    view.resize(830, 540)  # tall enough: every option in sight, no button
    settled(qtbot, view)
    assert not toolbar.more.isVisible() and toolbar.quantity_box.isVisible()


def test_in_a_small_plot_the_walk_labels_shrink_with_the_rows(view, hall, qtbot):
    """The step's own label once stood 25 pt high over a graph 100 px high."""
    net = Network.create([2, 4, 1], "tanh", "sigmoid", loss="binary_cross_entropy", seed=0)
    view.set_dataset(classification([[0.5, -1.0], [1.0, 1.0]], [1, 0]))
    view.show_snapshot(snapshot_of(net))
    walk = open_walk(snapshot_of(net), classification([[0.5, -1.0], [1.0, 1.0]], [1, 0]), 0,
                     Config())
    sizes = {}
    for size in ((900, 650), (300, 340)):
        view.resize(*size)
        hall(2.0)
        view.follow_walk(walk)
        settled(qtbot, view)
        label = view.walk_items.focus_label
        row_px = view.neurons.node_px / view.neurons.node_size
        sizes[size] = label.textItem.font().pointSizeF()
        assert label.isVisible()
        assert label.textItem.boundingRect().height() <= 0.6 * row_px or \
            sizes[size] <= 1.15 * MIN_PT + 0.1
    assert sizes[(900, 650)] == pytest.approx(1.15 * VALUE_PT * 2.0, abs=0.1)
    assert sizes[(300, 340)] < sizes[(900, 650)]


# -- item 14 (the graph's part): names from a CSV are shown as written -------------------------
def test_a_feature_named_like_html_shows_as_written_in_the_tooltip(view, qtbot):
    view.set_dataset(classification([[0.0, 1.0], [1.0, 0.0]], [0, 1],
                                    features=('<img src="/no/such/file.png">', "<b>y</b>")))
    view.show_snapshot(snapshot_of(Network.create([2, 2, 1], seed=0)))
    layout = view.graph_layout
    node = layout.node_at(0, 0)
    hover(qtbot, view, layout.node_x[node], layout.node_y[node])
    qtbot.waitUntil(QToolTip.isVisible)
    assert "&lt;img src=" in QToolTip.text() and "<img" not in QToolTip.text()
    assert QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText().startswith(
        'x₁ (<img src="/no/such/file.png">)')
    QToolTip.hideText()
    viewport = view.plot.viewport()
    qtbot.mouseMove(viewport, viewport.rect().topLeft())


def test_high_contrast_draws_thicker_lines_on_pure_black_or_white(view):
    view.show_snapshot(snapshot_of(net_342()))
    _, widths = view.edge_styles()
    view.apply_theme(Theme(dark=True, high_contrast=True))
    _, thicker = view.edge_styles()
    assert thicker.max() == pytest.approx(Theme(high_contrast=True).width(1.0) * widths.max())
    assert thicker.max() > widths.max()
    assert view.plot.backgroundBrush().color().name() == "#000000"


def test_long_input_names_wrap_and_leave_the_graph_its_width(view, qtbot):
    """The festival lesson's 'x₃ the venue is easy to reach' took half a 500 px plot on one
    line: the graph shrank to a strip and the headers printed over each other."""
    from nnviz.gui.views.graph.texts import NAME_SHARE
    names = ("weather is good", "a friend comes along", "the venue is easy to reach")
    data = classification([[1, 0, 1], [0, 1, 1]], [1, 0], features=names)
    view.set_dataset(data)
    view.resize(500, 350)
    view.show_snapshot(snapshot_of(Network.create([3, 1], "sigmoid", "sigmoid", seed=0)))
    settled(qtbot, view)
    texts = view.texts
    limit = NAME_SHARE * texts.viewbox.width()
    inputs = [item for side, item in texts.names if side == "input"]
    assert any(item.textItem.textWidth() > 0 for item in inputs)  # wrapped
    assert all(item.textItem.boundingRect().width() <= limit + 1 for item in inputs)
    layout = view.graph_layout
    column_px = (layout.column_x[1] - layout.column_x[0]) * view.neurons.node_px / view.neurons.node_size
    assert column_px >= 0.3 * texts.viewbox.width()
