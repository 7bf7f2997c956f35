"""The workbench's background backup copies in steps while the store is written to, and stays a consistent copy."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fuyuan_desktop.store.backup import backup_sqlite, integrity_ok


def _store(path: Path, rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    conn.executemany("INSERT INTO note (body) VALUES (?)", [("调解笔录" * 40,) for _ in range(rows)])
    conn.commit()
    conn.close()


def test_a_stepwise_backup_lets_writes_through_and_copies_a_consistent_state(tmp_path: Path) -> None:
    database = tmp_path / "fuyuan.sqlite3"
    _store(database, 3000)  # about 1,000 pages: many steps of 8 pages
    written: list[int] = []
    stop = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(database, timeout=5)
        while not stop.is_set():
            with conn:
                conn.execute("INSERT INTO note (body) VALUES ('又一条')")
            written.append(1)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copy = backup_sqlite(database, tmp_path / "backups", "auto", pages=8)
    finally:
        stop.set()
        thread.join()
    assert written, "the writer was never let through while the backup ran"
    assert integrity_ok(copy, None) == "ok"
    conn = sqlite3.connect(copy)
    copied = conn.execute("SELECT count(*) FROM note").fetchone()[0]
    conn.close()
    assert 3000 <= copied <= 3000 + len(written)  # a state the store was in, not a torn mix
    assert not list((tmp_path / "backups").glob("*.partial"))
