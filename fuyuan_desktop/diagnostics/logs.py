"""The rotating log and crash reports, both scrubbed of personal data (ID numbers, phones, SQL parameters, quoted text)."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.redaction import redact_personal
from fuyuan_desktop.store.paths import DataPaths

LOG_NAME = "fuyuan.log"
LOGGER = "fuyuan"
TAIL_LINES = 40

def scrub(text: str) -> str:
    """Remove what could identify a person: ID numbers, credit codes, phones, SQL parameters, quoted Chinese text."""
    return redact_personal(text)


class ScrubFilter(logging.Filter):
    """Applied to the log file's handler: every record leaves scrubbed, whoever logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + "".join(traceback.format_exception(*record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = scrub(message), None
        return True


def log_file(paths: DataPaths) -> Path:
    return paths.logs / LOG_NAME


def setup_logging(paths: DataPaths) -> Path:
    """A rotating log (2 MB × 5) in the log folder; returns the log file. Idempotent; a
    different data folder takes the log over."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger(LOGGER)
    root.setLevel(logging.INFO)
    target = log_file(paths)
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            if existing.baseFilename == os.path.abspath(target):
                return target
            # another data folder was open in this process (the demo workspace, a test): its log stops here
            root.removeHandler(existing)
            existing.close()
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.info("Fuyuan Desktop %s started (%s, Python %s, %s)", __version__,
              "frozen" if getattr(sys, "frozen", False) else "source", platform.python_version(), platform.platform())
    return target


_fault_file: IO[str] | None = None


def enable_fault_log(paths: DataPaths) -> Path:
    """Hard crashes (a segfault in Qt) write their Python stack to ``fault.log`` instead of vanishing."""
    global _fault_file
    target = paths.logs / "fault.log"
    if _fault_file is None:
        paths.logs.mkdir(parents=True, exist_ok=True)
        _fault_file = target.open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return target


def last_lines(path: Path, count: int = TAIL_LINES) -> list[str]:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in handle.readlines()[-count:]]
    except OSError:
        return []


def crash_report_text(kind: type[BaseException], value: BaseException, tb: TracebackType | None, *,
                      log: Path | None, extra: Sequence[str] = ()) -> str:
    """Version, OS, the exception with its stack (code locations only), the last log lines; all scrubbed."""
    frames = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
    lines = [
        "Fuyuan Desktop 崩溃报告（不含个人信息，可发给技术人员）",
        f"版本：{__version__}（{'打包程序' if getattr(sys, 'frozen', False) else '源代码运行'}）",
        f"时间（UTC）：{datetime.now(UTC).isoformat(timespec='seconds')}",
        f"系统：{platform.platform()}；Python {platform.python_version()}；{platform.machine()}",
        *extra,
        f"异常：{kind.__module__}.{kind.__qualname__}: {value}",
        "调用位置：",
        *frames,
        f"日志最后 {TAIL_LINES} 行：",
        *(last_lines(log) if log else []),
    ]
    return scrub("\n".join(lines)) + "\n"


def write_crash_report(folder: Path, kind: type[BaseException], value: BaseException, tb: TracebackType | None, *,
                       log: Path | None, extra: Sequence[str] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"crash-{stamp}.txt"
    target.write_text(crash_report_text(kind, value, tb, log=log, extra=extra), encoding="utf-8")
    return target


def write_native_crash_report(paths: DataPaths, fault_lines: Sequence[str]) -> Path:
    """A report for a native crash (what faulthandler wrote to ``fault.log``), scrubbed like every report."""
    folder = paths.logs
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        "Fuyuan Desktop 崩溃报告（不含个人信息，可发给技术人员）",
        f"版本：{__version__}（{'打包程序' if getattr(sys, 'frozen', False) else '源代码运行'}）",
        f"写出时间（UTC，下次启动时）：{datetime.now(UTC).isoformat(timespec='seconds')}",
        f"系统：{platform.platform()}；Python {platform.python_version()}；{platform.machine()}",
        "程序异常终止（原生崩溃），faulthandler 记录的调用位置：",
        *fault_lines,
        f"日志最后 {TAIL_LINES} 行：",
        *last_lines(log_file(paths)),
    ]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"crash-native-{stamp}.txt"
    target.write_text(scrub("\n".join(lines)) + "\n", encoding="utf-8")
    return target
