"""nnviz explain, the data loaders and the CLI reports with a language installed (core/i18n):
the words are translated, the notation and numbers are not, LaTeX and Beamer stay English."""

from __future__ import annotations

import io
from types import SimpleNamespace

import numpy as np
import pytest

from nnviz.core import i18n
from nnviz.core.data import load_csv
from nnviz.core.errors import InputError
from nnviz.core.explain import LATEX_ENGLISH_NOTE, render
from nnviz.core.network import Network
from nnviz.core.worked_numbers import work_out


def marked(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in language: every text it knows in «», so what went through translate shows."""
    text = source.replace("%n", str(n)) if n >= 0 else source
    return f"«{text}»"


@pytest.fixture
def language():
    i18n.install(marked, "th")
    yield
    i18n.install(None)


@pytest.fixture
def numbers():
    network = Network.from_layers([[[1, -2], [-1, 1]], [[1, 1]]], [[1, 0], None],
                                  ["sigmoid", "sigmoid"], "half_squared_error")
    return work_out(network, np.array([1.0, -1.0]), np.array([0.0]), 0.1)


def test_text_and_markdown_translate_the_words_not_the_notation(numbers, language):
    text = render(numbers, "text")
    assert "«Forward pass»\n--------------" in text  # the underline fits the translation
    assert "«Backward pass»" in text and "«Update»" in text
    # a sentence with notation in it is one translated text, the notation put in its fields
    assert "«The error of neuron j in layer l is δˡⱼ = ∂ℓ/∂zˡⱼ, computed" in text
    assert "z¹₁ = w¹₁₁·a⁰₁ + w¹₁₂·a⁰₂ + b¹₁ = 1·1 + (−2)·(−1) + 1 = 4" in text
    assert "## «Forward pass»" in render(numbers, "markdown")


def test_latex_and_beamer_stay_english_with_a_note(numbers, language):
    for fmt in ("latex", "beamer"):
        out = render(numbers, fmt)
        assert out.startswith(LATEX_ENGLISH_NOTE) and LATEX_ENGLISH_NOTE.startswith("%")
        assert "«" not in out
        i18n.install(None)
        assert out == LATEX_ENGLISH_NOTE + render(numbers, fmt)  # else the English document
        i18n.install(marked, "th")
    assert i18n.language() == "th" and i18n.translate("Explain", "Update") == "«Update»"


def test_english_output_has_no_note(numbers):
    assert i18n.language() == "en"
    assert render(numbers, "latex").startswith("\\subsection*{Worked example")
    assert render(numbers, "beamer").startswith("\\documentclass{beamer}")


def test_a_data_file_error_is_translated(tmp_path, language):
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_csv(path)
    assert str(e.value) == f"«{path}: the file is empty (no rows)»"


def test_explain_unknown_format_is_translated(numbers, language):
    with pytest.raises(InputError, match="^«unknown format 'pdf'"):
        render(numbers, "pdf")


def test_the_train_report_lines_are_translated(language):
    from nnviz.commands.train_reports import TextReport

    out = io.StringIO()
    report = TextReport(out, io.StringIO(), total=100, bar=False)
    s = SimpleNamespace(step=7, epoch=0.5, train_loss=0.25, train_accuracy=0.75, test_loss=None,
                        test_accuracy=None, stopped="converged", message="")
    report.progress(s)
    report.final(s, None)
    assert out.getvalue().splitlines() == [
        "«step {step}/{total}  epoch {epoch:.6g}  loss {loss:.6g}»".format(
            step="  7", total=100, epoch=0.5, loss=0.25) + "«  accuracy 75.0%»",
        "«stopped after 7 steps (0.5 epochs): «converged»»",
        "«training loss 0.25»«, training accuracy 75.0%»",
    ]


def test_a_thai_heading_is_underlined_as_wide_as_it_looks(numbers):
    i18n.install(lambda c, s, d=None, n=-1: "การส่งไปข้างหน้า" if s == "Forward pass" else s, "th")
    try:
        text = render(numbers, "text")
    finally:
        i18n.install(None)
    # 16 characters, 3 of them tone marks above a letter (่, ้, ้): 13 columns
    assert "การส่งไปข้างหน้า\n" + "-" * 13 + "\n" in text
