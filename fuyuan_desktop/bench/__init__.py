"""``fuyuan bench``: each figure measured beside its baseline in the same run, reported as a ratio."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path


@dataclass
class Result:
    """One benchmark figure. ``ratio`` = value / baseline_value (lower is better for times)."""

    name: str
    unit: str
    value: float
    baseline: str
    baseline_value: float
    target: float | None
    note: str = ""
    # An absolute bound on ``value`` (in ``unit``) for figures whose goal is a number, not a ratio
    # (e.g. the first document in a fresh process ≤ 1 s); ``ok`` then checks it as well.
    limit: float | None = None
    # Interleaved repeats (``Spread``): each side's min and median, CPU and wall, in ``unit``.
    spread: dict[str, float] | None = None
    repeats: int = 1

    @property
    def ratio(self) -> float:
        return self.value / self.baseline_value if self.baseline_value else float("inf")

    @property
    def ok(self) -> bool | None:
        checks = []
        if self.target is not None:
            checks.append(self.ratio <= self.target)
        if self.limit is not None:
            checks.append(self.value <= self.limit)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        ratio = self.ratio
        data.update(ratio=float(f"{ratio:.6g}") if math.isfinite(ratio) else None, ok=self.ok)
        return data


def load() -> list[float]:
    """The machine's 1, 5 and 15 minute load averages (what else was running while we measured)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # not on Windows
        return []


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a benchmark's child process: this very package first on its path (not another copy
    the interpreter may have installed), no data folder of the user's, UTF-8 output; ``extra`` on top."""
    source = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(p for p in (source, os.environ.get("PYTHONPATH", "")) if p)
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(PYTHONPATH=path, PYTHONIOENCODING="utf-8", **extra)
    return env


def peak_mb() -> float:
    """This process's peak resident memory so far (MB; 0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_and_wall(fn: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds of this process and wall seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


REPEATS = 5


def interleaved_p95(
    subject: Callable[[str], object], baseline: Callable[[str], object], queries: list[str], repeats: int = REPEATS
) -> dict[str, list[float]]:
    """Per repeat, the p95 over ``queries`` of each side (CPU and wall, seconds), query by query alternating.

    Subject and baseline alternate on every query and the side that goes first alternates every repeat, so
    a burst of load on the machine falls on both alike.
    """
    out: dict[str, list[float]] = {"cpu": [], "wall": [], "base_cpu": [], "base_wall": []}
    for r in range(repeats):
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for q in queries:
            pair = [(ours, subject), (theirs, baseline)]
            for samples, fn in pair if r % 2 == 0 else pair[::-1]:
                samples.append(cpu_and_wall(partial(fn, q)))
        out["cpu"].append(p95([c for c, _ in ours]))
        out["wall"].append(p95([w for _, w in ours]))
        out["base_cpu"].append(p95([c for c, _ in theirs]))
        out["base_wall"].append(p95([w for _, w in theirs]))
    return out


def interleaved(
    subject: Callable[[], object], baseline: Callable[[], object], repeats: int = REPEATS, inner: int = 1
) -> dict[str, list[float]]:
    """Per repeat, the median of ``inner`` calls of each side (CPU and wall, seconds), call by call
    alternating, the side that goes first alternating every repeat."""
    out: dict[str, list[float]] = {"cpu": [], "wall": [], "base_cpu": [], "base_wall": []}
    for r in range(repeats):
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for _ in range(inner):
            pair = [(ours, subject), (theirs, baseline)]
            for samples, fn in pair if r % 2 == 0 else pair[::-1]:
                samples.append(cpu_and_wall(fn))
        out["cpu"].append(statistics.median(c for c, _ in ours))
        out["wall"].append(statistics.median(w for _, w in ours))
        out["base_cpu"].append(statistics.median(c for c, _ in theirs))
        out["base_wall"].append(statistics.median(w for _, w in theirs))
    return out


def spread(samples: dict[str, list[float]], scale: float = 1.0) -> dict[str, float]:
    """min and median of each side's repeats, CPU and wall, scaled to the result's unit."""
    return {
        f"{side}_{stat}": float(f"{fn(values) * scale:.6g}")
        for side, values in samples.items()
        for stat, fn in (("min", min), ("median", statistics.median))
    }


def timed(fn: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0] if samples else 0.0
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


AREAS = ("store", "documents", "gui", "sync", "linkage", "trust")  # `all`; "frozen" needs a build: by name only


def run_bench(area: str, *, size: int, json_path: str | None, quick: bool = False) -> int:
    """Run one area (or ``all``), print a table, optionally write the JSON file; exit 1 if a target is missed."""
    from fuyuan_desktop.bench import documents, frozen, gui, linkage, store, sync, trust

    runners: dict[str, Callable[[int, bool], list[Result]]] = {
        "store": store.run, "documents": documents.run, "gui": gui.run, "sync": sync.run, "linkage": linkage.run,
        "trust": trust.run, "frozen": frozen.run,
    }
    chosen = AREAS if area == "all" else (area,)
    results: list[Result] = []
    loads: dict[str, list[float]] = {"start": load()}
    for name in chosen:
        print(f"== {name} (size {size:,}; load {' '.join(map(str, load()))}) ==", file=sys.stderr)
        results.extend(runners[name](size, quick))
        loads[name] = load()
    print(f"machine load (1/5/15 min): start {loads['start']}, end {load()}  — ratios are the figures to trust "
          "on a loaded machine")
    width = max(len(r.name) for r in results)
    for r in results:
        verdict = "" if r.ok is None else ("  OK" if r.ok else "  MISSED")
        target = "" if r.target is None else f" (target ≤ {r.target:g})"
        limit = "" if r.limit is None else f" (limit ≤ {r.limit:g} {r.unit})"
        ratio = f"{r.ratio:6.2f}" if math.isfinite(r.ratio) else "     —"
        print(
            f"{r.name:<{width}}  {r.value:10.4f} {r.unit:<4} vs {r.baseline}: {r.baseline_value:.4f}  "
            f"ratio {ratio}{target}{limit}{verdict}  {r.note}"
        )
        if r.spread:
            sp = r.spread
            print(
                f"{'':<{width}}    {r.repeats} interleaved repeats, min/median: CPU {sp['cpu_min']:.2f}/"
                f"{sp['cpu_median']:.2f}, wall {sp['wall_min']:.2f}/{sp['wall_median']:.2f} {r.unit}; baseline CPU "
                f"{sp['base_cpu_min']:.2f}/{sp['base_cpu_median']:.2f}, wall {sp['base_wall_min']:.2f}/"
                f"{sp['base_wall_median']:.2f} {r.unit}"
            )
    if json_path:
        payload = {
            "machine": {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
                        "load": loads},
            "size": size,
            "results": [r.as_json() for r in results],
        }
        Path(json_path).write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(r.ok is not False for r in results) else 1
