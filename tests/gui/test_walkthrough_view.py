"""The Step-through panel (gui/views/walkthrough): its lines are the step list's, predict-first
hides the result, every button and key sends the right command, the exports are `nnviz
explain`'s documents, wide layers stay usable, the perceptron's walk reads the same way."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QScrollArea

from nnviz.cli import main
from nnviz.core.explain import render
from nnviz.core.modelfile import save_model
from nnviz.core.network import Network
from nnviz.gui.colors import backward_colour
from nnviz.gui.kit import dialogs
from nnviz.gui.theme import Theme
from nnviz.gui.views.walkthrough import StepThroughView
from nnviz.gui.views.walkthrough.lines import HIDDEN, NOT_YET, step_lines
from nnviz.gui.views.walkthrough.neuron_jump import neuron_group_start
from nnviz.gui.views.walkthrough.view import NAVIGATION
from nnviz.session.commands import (
    ApplyUpdate,
    CloseWalk,
    OpenWalk,
    SetPredictFirst,
    Walk,
)
from nnviz.session.walk import PERCEPTRON, move_walk, open_walk
from tests.core.test_explain import average_network, matrix_example, one_d_example
from tests.session.test_walk import config, regression_data, snapshot_of, two_classes

AVERAGE_DATA = regression_data([[0.1, 0.3], [0.1, -0.1], [-0.8, 0.2]], [[0.2], [0.0], [-0.3]])


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def one_d_walk(**options):
    """a = w·x, w = 2.5, x = 2, y = 3, ℓ = (a − y)², η = 0.1 (the lectures' 1-D update)."""
    return open_walk(snapshot_of(one_d_example()), regression_data([[2.0]], [[3.0]]), 0,
                     config(0.1), **options)


def matrix_walk(**options):
    """σ([[1, −2], [−1, 1]] · (1, −1) + (1, 0)) with the target (0, 1)."""
    return open_walk(snapshot_of(matrix_example()), regression_data([[1.0, -1.0]], [[0.0, 1.0]]),
                     0, config(0.1), **options)


@pytest.fixture
def panel(qtbot):
    """The panel, shown, its commands collected in ``panel.sent``."""
    view = StepThroughView()
    qtbot.addWidget(view)
    view.resize(520, 760)
    view.set_dataset(AVERAGE_DATA)
    view.show()
    qtbot.waitExposed(view)
    view.sent = []
    view.command_issued.connect(view.sent.append)
    return view


def shown_lines(view: StepThroughView) -> tuple[str, str, str]:
    return tuple(plain(label.text()) for label in (view.formula, view.numbers, view.result))


def expected_lines(step) -> tuple[str, str, str]:
    head = f"{step.lhs} {step.op} {step.formula}" if step.formula else step.lhs
    return head, f"= {step.with_numbers}" if step.with_numbers else "", f"= {step.result}"


# -- the lines are the step list's ---------------------------------------------------------------
@pytest.mark.parametrize("walk_of", [one_d_walk, matrix_walk,
                                     lambda: open_walk(snapshot_of(average_network()),
                                                       AVERAGE_DATA, 0, config(0.5))])
def test_every_step_shows_its_formula_numbers_and_result(panel, walk_of):
    walk = walk_of()
    walk.walkthrough.go_to(1)
    for number in range(1, len(walk.walkthrough.steps) + 1):
        walk.walkthrough.go_to(number)
        panel.follow_walk(walk)
        assert shown_lines(panel) == expected_lines(walk.walkthrough.step)
        assert panel.where.text().startswith(f"Step {number} of {len(walk.walkthrough.steps)}")


def test_the_one_d_walk_reads_as_the_lecture(panel):
    walk = one_d_walk()
    panel.follow_walk(walk)  # on the one term of z¹₁ = w¹₁₁·a⁰₁
    assert shown_lines(panel) == ("z¹₁ = w¹₁₁·a⁰₁", "= 2.5·2", f"= {NOT_YET}")
    assert panel.term_line.text() == "term 1 of 1: w¹₁₁·a⁰₁ = 2.5·2 = 5"
    move_walk(walk, Walk("next", "term"))
    panel.follow_walk(walk)
    assert shown_lines(panel) == ("z¹₁ = w¹₁₁·a⁰₁", "= 2.5·2", "= 5")
    assert panel.term_line.isHidden()
    move_walk(walk, Walk("to", number=8))  # w¹₁₁ ← w¹₁₁ − η·∂ℓ/∂w¹₁₁
    panel.follow_walk(walk)
    assert shown_lines(panel) == ("w¹₁₁ ← w¹₁₁ − η·∂ℓ/∂w¹₁₁", "= 2.5 − 0.1·8", "= 1.7")
    assert not panel.update_table.isHidden()
    assert panel.loss_change.text() == "ℓ on this sample: 4 → 0.16"
    table = panel.update_table.table
    assert table.rowCount() == 1
    assert [table.data(table.index(0, c)) for c in range(5)] == ["w¹₁₁", "2.5", "8", "0.8", "1.7"]
    assert table.data(table.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_the_matrix_examples_a_step(panel):
    walk = matrix_walk()
    walk.walkthrough.go_to(4)  # a¹₂ = σ(z¹₂) = σ(−2) = 0.1192
    panel.follow_walk(walk)
    assert shown_lines(panel) == ("a¹₂ = σ(z¹₂)", "= σ(−2)", "= 0.1192")


def test_the_current_term_is_emphasised_in_both_lines():
    walk = matrix_walk()
    move_walk(walk, Walk("next", "term"))  # z¹₁ = 1·1 + (−2)·(−1) + 1, on its second term
    lines = step_lines(walk.walkthrough.step, 1, False, "red")
    assert plain(lines.numbers_html) == "= 1·1 + (−2)·(−1) + 1"
    assert '<span style="color:red; font-weight:bold; text-decoration:underline">(−2)·(−1)' \
           '</span> + 1' in lines.numbers_html
    assert ">w¹₁₂·a⁰₂</span>" in lines.formula_html
    assert lines.term == "term 2 of 2: w¹₁₂·a⁰₂ = (−2)·(−1) = 2"


@pytest.mark.parametrize("dark", [False, True])
def test_the_backward_pass_wears_the_graphs_backward_colour(panel, dark):
    """δ, ∂ℓ/∂a, σ' and ∂ℓ/∂w: their symbol and result in gui/colors.backward_colour, as the
    graph draws them; the forward pass and the update in the text colour; in the update
    table the ∂ℓ/∂θ column."""
    colour = backward_colour(dark)
    panel.apply_theme(Theme(dark=dark))
    walk = one_d_walk()
    coloured = {}
    for number, step in enumerate(walk.walkthrough.steps, start=1):
        walk.walkthrough.go_to(number)
        panel.follow_walk(walk)
        span = f'<span style="color:{colour.name()}">'
        formula, result = panel.formula.text(), panel.result.text()
        coloured[step.phase] = formula.startswith(span + step.lhs + "</span>") \
            and result == f"{span}= {step.result}</span>"
        if step.phase in ("backward", "gradient"):
            assert coloured[step.phase], (step.symbol, formula, result)
        else:
            assert "color:" not in formula and "color:" not in result, step.symbol
        assert shown_lines(panel) == expected_lines(step)  # the colour adds no text
    assert set(coloured) == {"forward", "loss", "backward", "gradient", "update"}
    table = panel.update_table.table
    assert table.data(table.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None
    table.show(walk.update, 1, None)  # no current row: the column's own colour shows
    assert table.data(table.index(0, 2), Qt.ItemDataRole.ForegroundRole).color() == colour
    assert table.data(table.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None


def test_the_matrix_form_highlights_the_active_row(panel):
    walk = matrix_walk()
    walk.walkthrough.go_to(3)  # z¹₂
    panel.follow_walk(walk)
    assert panel.matrix.isHidden()
    panel.show_matrix.setChecked(True)
    assert not panel.matrix.isHidden()
    text = panel.matrix.text()
    rows = text.split("<tr")[1:]
    assert len(rows) == 2 and "background-color" in rows[1] and "background-color" not in rows[0]
    assert "−2" in rows[1] and ">4<" in rows[0]  # z¹₁ = 4, z¹₂ = −2
    walk.walkthrough.go_to(len(walk.walkthrough.steps))  # not a forward step: no matrix
    panel.follow_walk(walk)
    assert panel.matrix.isHidden() and not panel.show_matrix.isEnabled()


# -- predict first -------------------------------------------------------------------------------
def test_predict_first_hides_the_result_until_the_next_click(panel):
    walk = one_d_walk(predict_first=True)
    move_walk(walk, Walk("next", "step"))  # reveals the opening term's value
    move_walk(walk, Walk("next", "step"))  # to the whole z¹₁, its result hidden
    panel.follow_walk(walk)
    assert walk.walkthrough.result_hidden and walk.walkthrough.position.term is None
    assert shown_lines(panel) == ("z¹₁ = w¹₁₁·a⁰₁", "= 2.5·2", f"= {HIDDEN}")
    assert "5" not in panel.result.text()
    assert panel.predict_first.isChecked()
    move_walk(walk, Walk("next", "step"))  # reveals
    panel.follow_walk(walk)
    assert shown_lines(panel)[2] == "= 5"


def test_predict_first_hides_a_terms_value():
    walk = one_d_walk(predict_first=True)
    lines = step_lines(walk.walkthrough.step, 0, True, "red")
    assert lines.term.endswith(f"= {HIDDEN}") and lines.result == f"= {NOT_YET}"


# -- commands --------------------------------------------------------------------------------------
def test_each_navigation_button_sends_its_walk(panel):
    panel.follow_walk(matrix_walk())
    for _, command in NAVIGATION:
        panel.buttons[command].click()
    assert panel.sent == [command for _, command in NAVIGATION]


def test_the_other_controls_send_their_commands(panel):
    walk = matrix_walk()
    panel.follow_walk(walk)
    assert panel.sent == []  # showing the walk sends nothing back
    panel.slider.setValue(5)
    panel.predict_first.setChecked(True)
    panel.close_button.click()
    panel.sample.setValue(3)
    panel.open_button.click()
    assert panel.sent == [Walk("to", number=5), SetPredictFirst(True), CloseWalk(), OpenWalk(2)]
    panel.apply_button.click()
    assert isinstance(panel.sent[-1], ApplyUpdate)
    np.testing.assert_array_equal(panel.sent[-1].theta, walk.update.new)


def test_with_no_walk_open_the_panel_offers_to_open_one(panel):
    panel.follow_walk(None)
    assert not panel.closed_text.isHidden() and panel.card.isHidden()
    assert panel.slider.isHidden() and panel.close_button.isHidden()
    assert panel.message
    panel.sample.setValue(2)
    panel.open_button.click()
    assert panel.sent == [OpenWalk(1)]


def test_the_sample_chooser_counts_training_then_test_samples(panel):
    from nnviz.core.data import CLASSIFICATION, Dataset
    x = np.zeros((5, 1))
    panel.set_dataset(Dataset("d", CLASSIFICATION, x[:3], np.zeros(3, int), x[3:], np.ones(2, int),
                              ("x1",), ("0", "1")))
    assert panel.sample.maximum() == 5
    panel.sample.setValue(3)
    assert panel.sample.text() == "sample 3"
    panel.sample.setValue(4)
    assert panel.sample.text() == "sample 4 (test)"


KEYS = [(Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, Walk("next", "step")),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, Walk("previous", "step")),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, Walk("next", "neuron")),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, Walk("next", "phase")),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, Walk("first")),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, Walk("last"))]


@pytest.mark.parametrize("key, modifiers, command", KEYS)
def test_the_keys_walk_and_never_type_into_the_spin_box(qtbot, panel, key, modifiers, command):
    panel.follow_walk(matrix_walk())
    panel.activateWindow()
    panel.neuron.setFocus()
    qtbot.waitUntil(panel.neuron.hasFocus)
    qtbot.keyClick(panel.neuron, key, modifiers)
    assert panel.sent == [command] and panel.neuron.value() == 1


def test_with_no_walk_open_the_keys_send_nothing(qtbot, panel):
    panel.follow_walk(None)
    panel.activateWindow()
    panel.sample.setFocus()
    qtbot.waitUntil(panel.sample.hasFocus)
    qtbot.keyClick(panel.sample, Qt.Key.Key_PageUp)
    assert panel.sent == [] and panel.sample.value() == 3  # the spin box had it: 1 + 10, at most 3


# -- wide layers -----------------------------------------------------------------------------------
def test_the_neuron_jump_finds_the_first_step_of_each_neuron_in_the_block():
    walk = open_walk(snapshot_of(Network.create([3, 4, 2], "tanh", "sigmoid", seed=3)),
                     regression_data([[0.5, -1.0, 2.0]], [[0.0, 1.0]]), 0, config(0.1))
    steps = walk.walkthrough.steps
    for index in range(len(steps)):
        phase_layer = steps.phase_and_layer(index)
        block = [i for i in range(len(steps)) if steps.phase_and_layer(i) == phase_layer]
        for neuron in range(1, 6):
            expected = next((i for i in block if steps[i].neuron == neuron), None)
            assert neuron_group_start(steps, index, neuron) == expected


def test_a_784_input_walk_is_usable(panel):
    rng = np.random.default_rng(0)
    net = Network.create([784, 30, 10], "sigmoid", "sigmoid", seed=1)
    data = regression_data(rng.random((3, 784)), np.eye(10)[:3])
    walk = open_walk(snapshot_of(net), data, 1, config(3.0))
    panel.follow_walk(walk)
    assert "more terms" in panel.numbers.text()  # the summarised sum of the step list
    panel.neuron.setValue(17)
    panel.neuron_button.click()
    command = panel.sent[-1]
    assert command.move == "to" and walk.walkthrough.steps[command.number - 1].neuron == 17
    panel.show_matrix.setChecked(True)
    assert panel.matrix.text().count("<tr") == 9  # a window of W¹ (30×784)
    walk.walkthrough.go_to(walk.walkthrough.steps.next_block_start(
        len(walk.walkthrough.steps) - 23_600))  # into the update of layer 1
    panel.follow_walk(walk)
    step = walk.walkthrough.step
    assert step.phase == "update" and step.layer == 1
    assert panel.update_table.table.rowCount() == 30 * 785


# -- the perceptron --------------------------------------------------------------------------------
def test_the_perceptron_walk_reads_the_same_way(panel):
    net = Network.from_layers([[[0.0, 0.0]]], [None], ["sign"], "half_squared_error")
    walk = open_walk(snapshot_of(net), two_classes([[1.0, -1.0]], [0]), 0,
                     config(1.0, "perceptron"))
    assert walk.kind == PERCEPTRON
    for number in range(1, len(walk.walkthrough.steps) + 1):
        walk.walkthrough.go_to(number)
        panel.follow_walk(walk)
        assert shown_lines(panel) == expected_lines(walk.walkthrough.step)
    assert shown_lines(panel)[2] == "= 1"  # w¹₁₂ ← 0 + 1·(−1)·(−1) = 1: w = (−1, 1)
    assert not panel.export_actions["markdown"].isEnabled()
    assert panel.export_actions["image"].isEnabled()


# -- exports ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["markdown", "latex"])
def test_the_walk_exports_as_nnviz_explain_writes_it(panel, monkeypatch, tmp_path, capsys, fmt):
    model = tmp_path / "average.json"
    save_model(average_network(), model)
    assert main(["explain", str(model), "--input", "0.1,0.3", "--target", "0.2", "--lr", "0.5",
                 "--format", fmt]) == 0
    expected = capsys.readouterr().out
    panel.follow_walk(open_walk(snapshot_of(average_network()), AVERAGE_DATA, 0, config(0.5)))
    target = tmp_path / f"walk.{fmt}"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    panel.export_actions[fmt].trigger()
    assert target.read_text(encoding="utf-8") == expected
    assert panel.status.text() == f"Wrote {target}"


def test_the_walk_exports_as_beamer_and_the_step_as_images(panel, monkeypatch, tmp_path):
    walk = matrix_walk()
    panel.follow_walk(walk)
    for fmt, name in (("beamer", "walk.tex"), ("image", "step.png"), ("image", "step.svg")):
        target = tmp_path / name
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *args, t=target: str(t))
        panel.export_actions[fmt].trigger()
        assert target.stat().st_size > 0
    assert (tmp_path / "walk.tex").read_text(encoding="utf-8") == render(walk.numbers, "beamer")
    assert (tmp_path / "step.png").read_bytes().startswith(b"\x89PNG")


def test_a_bad_export_path_is_one_message_and_no_file(panel, monkeypatch, tmp_path):
    panel.follow_walk(matrix_walk())
    missing = tmp_path / "no such folder" / "walk.md"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(missing))
    panel.export_actions["markdown"].trigger()
    assert "does not exist" in panel.status.text() and not missing.parent.exists()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: None)  # cancelled
    panel.export_actions["markdown"].trigger()
    assert list(tmp_path.iterdir()) == []


def test_the_lines_grow_with_the_presentation_scale(panel):
    panel.follow_walk(matrix_walk())
    panel.apply_theme(Theme(scale=1.0))
    small = panel.formula.font().pointSizeF()
    panel.apply_theme(Theme(dark=True, scale=2.0))
    assert panel.formula.font().pointSizeF() == pytest.approx(2 * small)
    assert small > Theme().point_size
    panel.apply_theme(Theme())


# -- a short dock: 1366 x 768 at 200 % (issue 12) --------------------------------------------------
def in_sight(view: StepThroughView, widget) -> bool:
    """``widget`` lies wholly inside the scroll area's viewport, as it is scrolled now."""
    viewport = view.findChild(QScrollArea).viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(widget.rect().translated(top_left))


@pytest.fixture
def app_at_200_percent(qapp):
    """The application's font, style and palette at 200 % (what the main window applies)."""
    from nnviz.gui.theme import apply_theme, current_theme

    previous = current_theme()
    apply_theme(qapp, Theme(scale=2.0))
    yield
    apply_theme(qapp, previous)


@pytest.mark.parametrize("size", [(412, 149), (300, 180)])
def test_a_short_dock_keeps_the_open_button_and_the_step_in_sight(qtbot, app_at_200_percent, size):
    view = StepThroughView()
    qtbot.addWidget(view)
    view.apply_theme(Theme(scale=2.0))
    view.set_dataset(AVERAGE_DATA)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    assert in_sight(view, view.open_button)  # closed: one click away, no scrolling
    assert view.compact
    assert "open the walk" in view.open_button.toolTip()  # the explanation, in its tooltip
    view.follow_walk(one_d_walk())
    qtbot.waitUntil(lambda: in_sight(view, view.where))
    assert in_sight(view, view.formula)  # open: the step's formula is the first thing
    assert view.formula.font().pointSizeF() < 1.6 * Theme(scale=2.0).point_size
    view.resize(520, 760)  # room again: the large lines
    qtbot.waitUntil(lambda: not view.compact)
    assert view.formula.font().pointSizeF() == pytest.approx(1.6 * Theme(scale=2.0).point_size)


def test_the_update_table_heads_dl_dtheta_under_the_cost_sum(panel):
    """The lecture's L = Σ ℓ: the table's gradient columns say ∂L/∂θ; the mean's say ∂ℓ/∂θ."""
    from nnviz.core.config import Config, TrainingSpec

    table = panel.update_table.table
    heads = lambda: [table.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]  # noqa: E731
    walk = one_d_walk()
    update = next(k for k, step in enumerate(walk.walkthrough.steps, start=1)
                  if step.phase == "update" and step.layer is not None)
    walk.walkthrough.go_to(update)
    panel.follow_walk(walk)
    assert panel.update_table.isVisibleTo(panel)
    assert heads() == ["parameter", "old", "∂ℓ/∂θ", "η·∂ℓ/∂θ", "new"]
    total = open_walk(snapshot_of(one_d_example()), regression_data([[2.0]], [[3.0]]), 0,
                      Config(training=TrainingSpec(learning_rate=0.1, cost="sum")))
    total.walkthrough.go_to(update)
    panel.follow_walk(total)
    assert heads() == ["parameter", "old", "∂L/∂θ", "η·∂L/∂θ", "new"]
    assert table.data(table.index(0, 2)) == "8" and table.data(table.index(0, 4)) == "1.7"
