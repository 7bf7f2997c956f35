"""``fuyuan bench``: each figure measured beside its baseline in the same run, reported as a ratio."""

from __future__ import annotations

import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
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
    for name in chosen:
        print(f"== {name} (size {size:,}) ==", file=sys.stderr)
        results.extend(runners[name](size, quick))
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
    if json_path:
        payload = {
            "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
            "size": size,
            "results": [r.as_json() for r in results],
        }
        Path(json_path).write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(r.ok is not False for r in results) else 1
