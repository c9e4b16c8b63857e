"""The step-through's navigator: a cursor over one worked example's step list (no Qt).

The steps are core/worked.py's (or worked_perceptron.py's) list, computed once from a frozen
copy of the network: walking never changes the network. The cursor stands on a step, or on
one term of the sum a step adds up (z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j; the Σ_k
w^{l+1}_kj δ^{l+1}_k of a hidden δ^l_j): the written terms come first, then the whole step.

The walk opens on its first stop: the first term of step 1 when step 1 is a sum. Zoom
levels, each a set of *stops*; next / previous go to the nearest stop of the level
strictly after / before the cursor, and never past the ends:

    term    every written term of a sum, then the step; a step without a sum is one stop
    step    every step, whole
    neuron  the first step of every neuron group: z^l_j with a^l_j; ∂ℓ/∂a^L_j, σ'(z^L_j) and
            δ^L_j; σ'(z^l_j) with δ^l_j; all ∂ℓ/∂w^l_jk and ∂ℓ/∂b^l_j of neuron j (and their
            updates); a step of a whole layer (a^l, ℓ) is a group of its own
    phase   the first step of every phase of every layer: forward layer 1, forward layer 2,
            ..., the loss, backward layer L, ..., gradients layer 1, ..., update layer 1, ...,
            after the update (a presenter's Ctrl+arrow)

"Predict first": every move forward lands with the result hidden (the class guesses); the
next "next" reveals it without moving, the one after moves on. Moving back shows results.
Steps are numbered from 1, as on the command line (``nnviz explain --format steps``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.notation import UNICODE
from nnviz.core.step_list import StepList
from nnviz.core.worked import SUMMARY_TERMS, Step, step_list
from nnviz.core.worked_numbers import WorkedNumbers
from nnviz.core.written_sum import Term

TERM, STEP, NEURON, PHASE = "term", "step", "neuron", "phase"
LEVELS = (TERM, STEP, NEURON, PHASE)


class Outcome(enum.Enum):
    """What a navigation call did."""

    MOVED = "moved"
    REVEALED = "revealed"  # predict first: the hidden result is shown, the cursor stays
    AT_START = "at start"  # nothing before the cursor at this level: it stays
    AT_END = "at end"  # nothing after the cursor at this level: it stays


@dataclass(frozen=True)
class Position:
    """Step ``index`` (0-based) and ``term`` (0-based among its written terms, or None for
    the whole step, which comes after its terms)."""

    index: int
    term: int | None = None


class Walkthrough:
    """A cursor over ``steps``, starting on step 1; ``predict_first`` hides each new result."""

    def __init__(self, steps: StepList[Step], *, predict_first: bool = False):
        if len(steps) == 0:
            raise InputError(translate("Session", "there is nothing to step through: the step list "
                                       "is empty"))
        self.steps = steps
        self.position = self._opening()
        self._predict_first = bool(predict_first)
        self.result_hidden = self._predict_first

    @classmethod
    def of(cls, numbers: WorkedNumbers, *, max_terms: int | None = SUMMARY_TERMS,
           predict_first: bool = False) -> "Walkthrough":
        """The walk of a worked example, sums summarised to ``max_terms`` terms."""
        return cls(step_list(numbers, UNICODE, max_terms), predict_first=predict_first)

    # -- where the cursor is ------------------------------------------------------------------
    @property
    def number(self) -> int:
        """The current step's number, 1-based."""
        return self.position.index + 1

    @property
    def step(self) -> Step:
        return self.steps[self.position.index]

    @property
    def term(self) -> Term | None:
        """The term the cursor stands on, None when it stands on the whole step."""
        t = self.position.term
        return None if t is None else self.step.sum.terms[t]

    @property
    def predict_first(self) -> bool:
        return self._predict_first

    @predict_first.setter
    def predict_first(self, on: bool) -> None:
        """Switching it off shows the current result; switching it on hides the next ones."""
        self._predict_first = bool(on)
        if not on:
            self.result_hidden = False

    # -- moving -------------------------------------------------------------------------------
    def next(self, level: str = STEP) -> Outcome:
        """To the next stop of ``level``; first reveals a hidden result (predict first)."""
        _check_level(level)
        if self.result_hidden:
            self.result_hidden = False
            return Outcome.REVEALED
        target = self._after(level)
        if target is None:
            return Outcome.AT_END
        return self._move(target, hidden=self._predict_first)

    def previous(self, level: str = STEP) -> Outcome:
        """To the previous stop of ``level``, its result shown."""
        _check_level(level)
        target = self._before(level)
        if target is None:
            return Outcome.AT_START
        return self._move(target, hidden=False)

    def first(self) -> Outcome:
        """To the first stop: the first term of step 1 when it is a sum, else step 1."""
        return self._move(self._opening(), hidden=self._predict_first)

    def last(self) -> Outcome:
        """To the last step (the loss after the update, when there is one)."""
        return self.go_to(len(self.steps))

    def go_to(self, number: int) -> Outcome:
        """To step ``number`` (1-based, whole); anything not a step number is an InputError."""
        n = len(self.steps)
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= n:
            raise InputError(translate("Session", "step {number} is not in the walk: the steps are "
                                       "numbered 1 to {n}").format(number=repr(number), n=n))
        return self._move(Position(number - 1), hidden=self._predict_first)

    # -- inside -------------------------------------------------------------------------------
    def _move(self, target: Position, hidden: bool) -> Outcome:
        self.position = target
        self.result_hidden = hidden
        return Outcome.MOVED

    def _opening(self) -> Position:
        return Position(0, 0 if self._terms(0) else None)

    def _terms(self, index: int) -> int:
        written = self.steps[index].sum
        return 0 if written is None else len(written.terms)

    def _after(self, level: str) -> Position | None:
        i, term = self.position.index, self.position.term
        last = len(self.steps) - 1
        if level == TERM:
            if term is not None:
                return Position(i, term + 1 if term + 1 < self._terms(i) else None)
            if i == last:
                return None
            return Position(i + 1, 0 if self._terms(i + 1) else None)
        if term is not None and (level == STEP or self._start(level, i) == i):
            return Position(i)  # the whole of this step is the next stop
        if level == STEP:
            return Position(i + 1) if i < last else None
        following = (self.steps.next_group_start(i) if level == NEURON
                     else self.steps.next_block_start(i))
        return None if following is None else Position(following)

    def _before(self, level: str) -> Position | None:
        i, term = self.position.index, self.position.term
        if level == TERM:
            if term is not None and term > 0:
                return Position(i, term - 1)
            if term is None and self._terms(i):
                return Position(i, self._terms(i) - 1)
            return Position(i - 1) if i > 0 else None
        if level == STEP:
            return Position(i - 1) if i > 0 else None
        start = self._start(level, i)
        if start < i:
            return Position(start)
        return Position(self._start(level, i - 1)) if i > 0 else None

    def _start(self, level: str, index: int) -> int:
        return (self.steps.group_start(index) if level == NEURON
                else self.steps.block_start(index))


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise InputError(translate("Session", "unknown zoom level {level} (known: {levels})")
                         .format(level=repr(level), levels=", ".join(LEVELS)))
