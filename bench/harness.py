"""Shared parts of the benchmarks: timing, statistics, result records."""

from __future__ import annotations

import json
import operator
import os
import platform
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}

RESULTS = Path(__file__).parent / "results"


@dataclass
class Result:
    """One scenario's figures, printed and appended to bench/results/<scenario>.jsonl."""

    scenario: str
    params: dict[str, Any]
    figures: dict[str, float] = field(default_factory=dict)
    targets: dict[str, tuple[str, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def record(self, name: str, value: float) -> None:
        self.figures[name] = round(value, 4)

    def target(self, name: str, op: str, bound: float) -> None:
        """Declare a target such as ``("<=", 0.05)`` for figure ``name``."""
        if op not in _COMPARE:
            raise ValueError(f"unknown comparison {op!r} for target {name}")
        self.targets[name] = (op, bound)

    def verdicts(self) -> dict[str, bool]:
        out = {}
        for name, (op, bound) in self.targets.items():
            value = self.figures.get(name)
            if value is None:
                continue
            out[name] = _COMPARE[op](value, bound)
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "params": self.params,
            "figures": self.figures,
            "targets": {k: [op, b] for k, (op, b) in self.targets.items()},
            "met": self.verdicts(),
            "notes": self.notes,
            "machine": machine(),
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "commit": commit(),
        }

    def print(self) -> None:
        print(f"== {self.scenario} {self.params}")
        verdicts = self.verdicts()
        for name, value in self.figures.items():
            line = f"  {name:<34} {value:>12.4f}"
            if name in self.targets:
                op, bound = self.targets[name]
                line += f"   target {op} {bound:<8} {'met' if verdicts[name] else 'MISSED'}"
            print(line)
        for note in self.notes:
            print(f"  note: {note}")

    def save(self) -> Path:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"{self.scenario}.jsonl"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(self.as_json(), ensure_ascii=False) + "\n")
        return path


def machine() -> dict[str, Any]:
    return {
        "node": platform.node(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


@contextmanager
def timer() -> Iterator[Callable[[], float]]:
    """``with timer() as t: ...; t()`` gives seconds elapsed (frozen at exit)."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


@contextmanager
def profiled(name: str) -> Iterator[None]:
    """With ``KANSLI_BENCH_PROFILE=DIR``, profile the block (cProfile) into ``DIR/name.prof``.

    Without it, nothing happens. Set it for a profiling run only: that run's
    figures are taken under the profiler and are slower than the real ones.
    Read a profile with ``python -m pstats DIR/name.prof`` (``sort cumtime``, ``stats 30``).
    """
    folder = os.environ.get("KANSLI_BENCH_PROFILE")
    if not folder:
        yield
        return
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        Path(folder).mkdir(parents=True, exist_ok=True)
        profile.dump_stats(str(Path(folder) / f"{name}.prof"))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values)


def load_average() -> float:
    """The machine's 1-minute load average (other people's work skews timings)."""
    return round(os.getloadavg()[0], 2)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
