"""Benchmark: how long does jumping to a lesson's last step take (the replay of its script)?

Going back or jumping replays the script from the lesson's start in the NumPy core; the
issue asks for within a second on the shipped lessons. For every shipped lesson the replay
to its last step runs ROUNDS times; the median is printed per lesson.

The last line is one JSON object: {"max_ms", "slowest", "per_lesson_ms", "rounds"}.

Run:  python tests/benchmarks/bench_lesson_replay.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from nnviz.core.lesson_script import replay
from nnviz.core.lessons import lesson_names, load_lesson


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    medians = {}
    for name in lesson_names():
        lesson = load_lesson(name)
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            replay(lesson, len(lesson.steps))
            times.append((time.perf_counter() - start) * 1000)
        medians[name] = round(statistics.median(times), 1)
        print(f"{name:22s} {len(lesson.steps):3d} steps  {medians[name]:8.1f} ms")
    slowest = max(medians, key=medians.get)
    print(json.dumps({"max_ms": medians[slowest], "slowest": slowest,
                      "per_lesson_ms": medians, "rounds": args.rounds}))


if __name__ == "__main__":
    main()
