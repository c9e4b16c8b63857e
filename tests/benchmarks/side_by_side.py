"""Run benchmarks on two checkouts, alternating, and print both columns of medians.

    python tests/benchmarks/side_by_side.py --old ../old [--new .] [--rounds 3]
        [--bench bench_core.py:--quick --bench bench_ui.py:--rounds=1 ...]

Each round runs every benchmark once on each checkout (old then new, new then old in the
next round, so a machine's noisy minute hits both), each with that checkout's own
``.venv/bin/python`` (this interpreter if it has none) and from that checkout's folder, and
reads the benchmark's last line (one JSON object). Every numeric figure is reported as the
median over the rounds, old beside new with new/old. A script given twice with other
arguments (``--bench bench_ui.py:--lesson=xor --bench bench_ui.py:--lesson=average``) is
reported under each whole spec. The last line is one JSON object
{benchmark: {figure: [old median, new median]}}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

DEFAULT_BENCHES = ("bench_core.py:--quick", "bench_ui.py:--rounds=1", "bench_graph.py",
                   "bench_landscape.py")


def flatten(value, prefix: str = "") -> dict[str, float]:
    """The numeric leaves of a JSON value, keyed by their dotted path."""
    if isinstance(value, bool):
        return {}
    if isinstance(value, (int, float)):
        return {prefix: float(value)}
    if isinstance(value, dict):
        out: dict[str, float] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {}


def run(checkout: Path, bench: str, args: list[str]) -> dict[str, float]:
    python = checkout / ".venv" / "bin" / "python"
    command = [str(python if python.exists() else sys.executable),
               str(checkout / "tests" / "benchmarks" / bench), *args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{checkout}: {bench} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return flatten(json.loads(lines[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the old checkout")
    parser.add_argument("--new", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bench", action="append",
                        help="SCRIPT[:ARG,ARG...] in tests/benchmarks/ (repeatable)")
    args = parser.parse_args()
    specs = args.bench or DEFAULT_BENCHES
    scripts = [spec.split(":")[0] for spec in specs]
    # a script given more than once (other arguments) is reported under its whole spec
    benches = [(spec.split(":")[0], spec.split(":")[1].split(",") if ":" in spec else [],
                spec if scripts.count(spec.split(":")[0]) > 1 else spec.split(":")[0])
               for spec in specs]
    figures: dict[str, dict[str, dict[str, list[float]]]] = {}
    for round_ in range(args.rounds):
        order = [("old", args.old), ("new", args.new)]
        if round_ % 2:
            order.reverse()
        for bench, bench_args, name in benches:
            for side, checkout in order:
                print(f"round {round_ + 1}: {name} on {side}", file=sys.stderr, flush=True)
                for key, value in run(checkout.resolve(), bench, bench_args).items():
                    figures.setdefault(name, {}).setdefault(key, {"old": [], "new": []})[side].append(value)
    result: dict[str, dict[str, list[float]]] = {}
    for bench, table in figures.items():
        print(f"\n{bench}  (medians of {args.rounds} rounds)   old   new   new/old")
        for key, sides in table.items():
            if not (sides["old"] and sides["new"]):
                continue
            old, new = statistics.median(sides["old"]), statistics.median(sides["new"])
            ratio = f"{new / old:.2f}" if old else "-"
            print(f"  {key:55s} {old:12.4g} {new:12.4g}  {ratio}")
            result.setdefault(bench, {})[key] = [round(old, 4), round(new, 4)]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
