"""core.i18n without a translator: the English plural of "%n step(s)", and english() for a
document whose words must stay English."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core import i18n
from nnviz.core.i18n import english, install, language, translate


@pytest.fixture(autouse=True)
def no_translator():
    install(None)
    yield
    install(None)


@pytest.mark.parametrize("n, text", [(0, "0 steps"), (1, "1 step"), (2, "2 steps"),
                                     (1000, "1000 steps")])
def test_the_english_plural_is_spelled_out(n, text):
    assert translate("Counts", "%n step(s)", None, n) == text


def test_only_a_parenthesised_ending_after_a_word_is_a_plural():
    assert translate("C", "Start · %n step(s) (of the lesson)", None, 1) == "Start · 1 step (of the lesson)"
    assert translate("C", "%n match(es), (s) kept", None, 3) == "3 matches, (s) kept"
    assert translate("C", "no count: step(s)") == "no count: step(s)"  # not a plural call
    assert translate("Counts", "%n step(s)") == "%n step(s)"


@given(st.integers(0, 10**6))
def test_the_count_is_written_in_full(n):
    text = translate("Counts", "%n neuron(s) in {layer}", None, n)
    assert text == f"{n} neuron{'' if n == 1 else 's'} in {{layer}}"


def test_english_suspends_the_installed_language_and_restores_it():
    shout = lambda context, source, disambiguation=None, n=-1: source.upper()  # noqa: E731
    install(shout, "th")
    with english():
        assert translate("Explain", "Forward pass") == "Forward pass" and language() == "en"
    assert translate("Explain", "Forward pass") == "FORWARD PASS" and language() == "th"
    with pytest.raises(RuntimeError), english():
        raise RuntimeError
    assert i18n.language() == "th"
