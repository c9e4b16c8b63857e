"""A long list of steps written only when read: the worked example of a 784-30-10 network has
~48 000 steps (one per weight in the gradients and the update), so nothing writes them all
up front.

The list is cut into :class:`Segment` s: runs of steps of one phase and one layer, each step
made on demand by ``make(i)`` from its place i in the run. A segment is also cut into
*neuron groups* of ``group`` consecutive steps (the z and a of one neuron; the ∂ℓ/∂w and
∂ℓ/∂b of one neuron); a *block* is a maximal run of segments with the same (phase, layer).
Finding a step, its group or its block is arithmetic over the segments, without making
any step. Indices here are 0-based, as in any Python sequence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Generic, Iterator, Sequence, TypeVar, overload

T = TypeVar("T")


@dataclass(frozen=True)
class Segment(Generic[T]):
    """``count`` steps of one phase and layer, in neuron groups of ``group`` steps."""

    phase: str
    layer: int | None
    count: int
    group: int
    make: Callable[[int], T]


def single(phase: str, layer: int | None, make: Callable[[], T]) -> Segment[T]:
    """A segment of one step (a group of its own)."""
    return Segment(phase, layer, 1, 1, lambda _: make())


class StepList(Sequence[T]):
    """The steps of ``segments`` in order; each is made once, when first read."""

    def __init__(self, segments: Sequence[Segment[T]]):
        self._segments = tuple(s for s in segments if s.count > 0)
        self._starts: list[int] = []
        total = 0
        for s in self._segments:
            self._starts.append(total)
            total += s.count
        self._length = total
        self._made: dict[int, T] = {}
        self._block_starts = [start for n, (start, s) in enumerate(zip(self._starts, self._segments))
                              if n == 0 or (s.phase, s.layer) != (self._segments[n - 1].phase,
                                                                  self._segments[n - 1].layer)]

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._length)))
        i = self._index(index)
        step = self._made.get(i)
        if step is None:
            n = self._segment_of(i)
            step = self._made[i] = self._segments[n].make(i - self._starts[n])
        return step

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(self._length))

    # -- where a step is, without making it ------------------------------------------------
    def phase_and_layer(self, index: int) -> tuple[str, int | None]:
        s = self._segments[self._segment_of(self._index(index))]
        return s.phase, s.layer

    def group_start(self, index: int) -> int:
        """The first step of the neuron group that holds step ``index``."""
        i = self._index(index)
        n = self._segment_of(i)
        start, group = self._starts[n], self._segments[n].group
        return start + (i - start) // group * group

    def next_group_start(self, index: int) -> int | None:
        """The first step of the neuron group after the one of ``index`` (None: none)."""
        i = self._index(index)
        n = self._segment_of(i)
        start, segment = self._starts[n], self._segments[n]
        following = start + ((i - start) // segment.group + 1) * segment.group
        following = min(following, start + segment.count)
        return following if following < self._length else None

    def block_start(self, index: int) -> int:
        """The first step of the (phase, layer) block that holds step ``index``."""
        return self._block_starts[bisect.bisect_right(self._block_starts, self._index(index)) - 1]

    def next_block_start(self, index: int) -> int | None:
        """The first step of the block after the one of ``index`` (None: none)."""
        n = bisect.bisect_right(self._block_starts, self._index(index))
        return self._block_starts[n] if n < len(self._block_starts) else None

    def _segment_of(self, i: int) -> int:
        return bisect.bisect_right(self._starts, i) - 1

    def _index(self, index: int) -> int:
        i = index + self._length if index < 0 else index
        if not 0 <= i < self._length:
            raise IndexError(f"step index {index} out of range ({self._length} steps)")
        return i
