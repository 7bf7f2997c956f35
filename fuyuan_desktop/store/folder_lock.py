"""One writer per data folder: OS file locks that say who has the store open, and refuse a replacement meanwhile.

Every process that opens a data folder's store *holds* it (``hold``): it keeps an exclusive OS lock on
its own file ``locks/holder-<id>.lock`` for as long as it lives, with ``holder-<id>.json`` beside it
saying which program it is (the workbench, ``fuyuan case status``…), its process id, user and since
when. Any number of processes hold a folder at once: the workbench and the ``fuyuan`` command coexist.

Replacing the database file (restoring a backup, encrypting in place, migrating the schema) needs the
folder to itself (``exclusive``): it takes ``locks/gate.lock`` — which new openers pass through — and then
tries every other holder's lock. A lock that can be taken belongs to a process that is gone (its files
are removed); one that cannot belongs to a live process, and the operation is refused, naming it.

Only exclusive, non-blocking OS locks are used (``filelock``: ``flock`` on Linux, ``LockFileEx`` through
``msvcrt.locking`` on Windows), so the scheme works on both without shared-lock support; the OS drops a
lock when its process dies, however it dies, so a killed program never blocks the folder.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.errors import StoreBusyError

LOCKS = "locks"
GATE = "gate.lock"
# How long an opener waits for an exclusive operation (a restore, a migration) to finish before giving up.
GATE_WAIT_SECONDS = 30.0

_program = ""
_guard = threading.RLock()  # re-entered when a claim is garbage-collected while the registry is busy
_held: dict[Path, _Holding] = {}


def set_program(label: str) -> None:
    """Name this process for other processes' refusals ("工作台（图形界面）", "fuyuan backup restore")."""
    global _program
    _program = label


def program() -> str:
    if _program:
        return _program
    script = Path(sys.argv[0] or "python")
    return script.parent.name if script.name == "__main__.py" else script.name


@dataclass(frozen=True)
class Holder:
    """A process that has the folder's store open, as it described itself."""

    program: str
    pid: int
    user: str
    host: str
    since: str

    def describe(self) -> str:
        when = self.since
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(self.since).astimezone(COURT_TZ).strftime("%Y-%m-%d %H:%M")
        return f"{self.program}（进程 {self.pid}，用户 {self.user}@{self.host}，自 {when} 起）"


@dataclass
class _Holding:
    lock: FileLock
    record: Path
    claims: int = 0


def _folder(root: Path) -> Path:
    return root / LOCKS


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some containers and services
        user = "unknown"
    return Holder(program(), os.getpid(), user, socket.gethostname(), datetime.now(COURT_TZ).isoformat())


def _lock(path: Path) -> FileLock:
    # thread_local=False: the workbench opens its store on a worker thread and keeps it for the whole session
    return FileLock(path, thread_local=False)


def _gate(root: Path, wait: float, purpose: str) -> FileLock:
    gate = _lock(_folder(root) / GATE)
    try:
        gate.acquire(timeout=wait)
    except Timeout:
        raise StoreBusyError(root, purpose, [h.describe() for h in _gate_holder(root)]) from None
    return gate


def _gate_holder(root: Path) -> list[Holder]:
    found = _read(_folder(root) / "gate.json")
    return [found] if found else []


def _read(record: Path) -> Holder | None:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        return Holder(str(data["program"]), int(data["pid"]), str(data["user"]), str(data["host"]),
                      str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(record: Path, holder: Holder) -> None:
    """Best effort: on a full disk the lock itself still holds; only the name in refusals is missing."""
    try:
        record.write_text(json.dumps(holder.__dict__, ensure_ascii=False), encoding="utf-8")
    except OSError:
        with contextlib.suppress(OSError):
            record.unlink()


class Claim:
    """This process's hold on a folder through one open store; the folder is let go when the last is released."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._finalizer = weakref.finalize(self, _drop, root)

    def release(self) -> None:
        self._finalizer()  # runs once, whether called here or when the claim is garbage-collected


def hold(root: Path) -> Claim:
    """Register this process as having ``root``'s store open, for as long as the returned claim lives."""
    root = root.resolve()
    with _guard:
        holding = _held.get(root)
        if holding is None:
            folder = _folder(root)
            folder.mkdir(parents=True, exist_ok=True)
            gate = _gate(root, GATE_WAIT_SECONDS, "打开数据")
            try:
                ident = uuid.uuid4().hex
                lock = _lock(folder / f"holder-{ident}.lock")
                lock.acquire(timeout=0)
                record = folder / f"holder-{ident}.json"
                _write(record, _me())
                holding = _held[root] = _Holding(lock, record)
            finally:
                gate.release()
        holding.claims += 1
        return Claim(root)


def _drop(root: Path) -> None:
    with _guard:
        holding = _held.get(root)
        if holding is None:
            return
        holding.claims -= 1
        if holding.claims > 0:
            return
        del _held[root]
    holding.lock.release()
    _remove(holding.record)


def _remove(record: Path) -> None:
    for path in (record, record.with_suffix(".lock")):
        with contextlib.suppress(OSError):
            path.unlink()


def other_holders(root: Path) -> list[Holder]:
    """The live processes other than this one that have ``root``'s store open; stale records are removed."""
    root = root.resolve()
    folder = _folder(root)
    mine = _held.get(root)
    live: list[Holder] = []
    for record in sorted(folder.glob("holder-*.json")) if folder.is_dir() else []:
        if mine is not None and record == mine.record:
            continue
        probe = _lock(record.with_suffix(".lock"))
        try:
            probe.acquire(timeout=0)
        except Timeout:
            live.append(_read(record) or Holder("未知程序", 0, "?", "?", ""))
            continue
        probe.release()
        _remove(record)  # its process is gone (killed, crashed, or closed without tidying up)
    return live


@contextlib.contextmanager
def exclusive(root: Path, purpose: str) -> Iterator[None]:
    """Have the folder to this process alone while replacing its store; refuse naming whoever has it open.

    New openers wait at the gate until the block ends. A process may itself hold the folder: its own
    handles are its business (it disposes them before replacing the file).
    """
    root = root.resolve()
    _folder(root).mkdir(parents=True, exist_ok=True)
    gate = _gate(root, 2.0, purpose)
    try:
        busy = other_holders(root)
        if busy:
            raise StoreBusyError(root, purpose, [h.describe() for h in busy])
        record = _folder(root) / "gate.json"
        me = _me()
        _write(record, Holder(f"{me.program}（{purpose}）", me.pid, me.user, me.host, me.since))
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                record.unlink()
    finally:
        gate.release()
