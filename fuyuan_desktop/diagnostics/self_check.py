"""``fuyuan-desktop --self-check``: a list of named steps run in order, each passing or failing on its own.

The steps are plain data (``Step``) so other modules add theirs without touching the runner: the GUI adds
the main window and printing steps (``ui/self_check.py``); the sync module is expected to add a
"bundle round trip" step the same way. A step gets the shared ``CheckRun`` (its temporary folder, the
user's data folder, what earlier steps made) and returns a one-line detail, or raises to fail.
"""

from __future__ import annotations

import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from fuyuan_desktop import __version__
from fuyuan_desktop.store.paths import DataPaths


class CheckFailed(Exception):
    """A step found something wrong; its message is the report line."""


@dataclass
class CheckRun:
    """What the steps share: a scratch folder (removed afterwards), the user's data, and results so far."""

    workdir: Path
    user_data: DataPaths | None
    made: dict[str, Any] = field(default_factory=dict)  # e.g. "sample" → the sample store a later step reuses


@dataclass(frozen=True)
class Step:
    name: str  # stable id, e.g. "database"; used in reports and tests
    title: str  # what the report shows
    run: Callable[[CheckRun], str]


@dataclass(frozen=True)
class StepResult:
    name: str
    title: str
    ok: bool
    detail: str
    seconds: float


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def run_steps(steps: Sequence[Step], run: CheckRun) -> list[StepResult]:
    """Run every step (a failure does not stop the others) and collect the results."""
    results: list[StepResult] = []
    for step in steps:
        started = time.perf_counter()
        try:
            detail, ok = step.run(run), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # any other failure is a failed step with its traceback's last line
            detail = f"{type(exc).__name__}: {exc}"
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            if last:
                detail += f"（{Path(last[0].filename).name}:{last[0].lineno}）"
            ok = False
        results.append(StepResult(step.name, step.title, ok, detail, time.perf_counter() - started))
    return results


def header_lines() -> list[str]:
    how = f"打包程序 {sys.executable}" if is_frozen() else f"源代码运行（Python {platform.python_version()}）"
    return [f"Fuyuan Desktop {__version__} 自检 — {how}", f"系统：{platform.platform()}"]


def format_report(results: Sequence[StepResult], extra_header: Sequence[str] = ()) -> str:
    lines = [*header_lines(), *extra_header]
    for r in results:
        lines.append(f"  [{'通过' if r.ok else '失败'}] {r.title}（{r.name}，{r.seconds:.2f} 秒）：{r.detail}")
    failed = [r for r in results if not r.ok]
    lines.append("结果：全部通过" if not failed else f"结果：{len(failed)} 项失败（{'、'.join(r.name for r in failed)}）")
    return "\n".join(lines)


def self_check(steps: Sequence[Step], user_data: DataPaths | None, *, out: IO[str] | None,
               extra_header: Sequence[str] = ()) -> tuple[int, str]:
    """Run the steps in a fresh temporary folder; print the report to ``out``; return (exit code, report)."""
    workdir = Path(tempfile.mkdtemp(prefix="fuyuan-self-check-"))
    run = CheckRun(workdir, user_data)
    try:
        results = run_steps(steps, run)
    finally:
        for closer in run.made.pop("closers", []):
            closer()
        shutil.rmtree(workdir, ignore_errors=True)
    report = format_report(results, extra_header)
    if out is not None:
        out.write(report + "\n")
        out.flush()
    return (0 if all(r.ok for r in results) else 1), report
