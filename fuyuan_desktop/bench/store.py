"""Store benchmarks: bulk creation vs raw executemany, search p95 vs hand-written SQL, open + first page."""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import text

from fuyuan_desktop.bench import REPEATS, Result, cpu_and_wall, interleaved, interleaved_p95, p95, peak_mb, spread
from fuyuan_desktop.demo import demo_batches
from fuyuan_desktop.services.bulk_intake import TABLES
from fuyuan_desktop.services.cases import list_cases, search_cases
from fuyuan_desktop.services.setup import initialize, open_store
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.bulk import BULK_CACHE_KIB, BulkWriter, bulk_load
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.search import NAME_KEY_TRIGGERS, search_disputes
from fuyuan_desktop.store.types import utcnow


def _raw_rows(
    conn: sqlite3.Connection, batches: list[tuple[str, list[dict[str, Any]]]], device: str
) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The same rows as plain tuples in the stored representation (prepared outside the timing)."""
    out = []
    now = utcnow().replace(tzinfo=None).isoformat(sep=" ")
    for name, rows in batches:
        table = TABLES[name].__table__  # type: ignore[attr-defined]
        columns = [c.name for c in table.columns]
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        tuples = []
        for i, row in enumerate(rows):
            full = {
                "origin_device": device,
                "hlc": f"{i:013d}-00000-bench",
                "created_at": now,
                "updated_at": now,
                "deleted": 0,
                **row,
            }
            values = []
            for c in columns:
                v = full.get(c)
                if (
                    v is None
                    and c not in full
                    and c
                    in (
                        "summary",
                        "claims",
                        "facts",
                        "responsibilities",
                        "breach_terms",
                        "record_text",
                        "before_json",
                        "after_json",
                    )
                ):
                    v = ""
                if isinstance(v, datetime):
                    v = v.replace(tzinfo=None).isoformat(sep=" ")
                elif isinstance(v, date):
                    v = v.isoformat()
                if isinstance(v, bool):
                    v = int(v)
                values.append(v)
            tuples.append(tuple(values))
        out.append((sql, tuples))
    return out


SEGMENTS = REPEATS  # the build is cut into this many interleaved stretches: the repeats of the create figure


def _insert_results(size: int, workdir: Path) -> tuple[Result, Workspace]:
    """The store's bulk load of ``size`` demo disputes beside raw ``executemany`` of the same rows.

    The rows are generated batch by batch and never held all at once (a 1,000,000-case run stays within a
    few hundred MB): each batch goes to the raw database and to the store in turn, the side that goes first
    alternating, and only the inserts are timed (generation and conversion are not). The store's figure also
    includes what only it does after the rows: rebuilding the FTS and name indexes, the audit event, the
    checkpoint. The raw database is the same schema without the search triggers (no index maintenance).
    """
    store_paths = DataPaths(workdir / "store")
    ctx = initialize(store_paths)
    ctx.db.engine.dispose()
    raw_path = workdir / "raw.sqlite3"
    shutil.copy(store_paths.database, raw_path)
    ctx = initialize(store_paths)

    raw = sqlite3.connect(raw_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    for trigger in ("party_fts_ai", "party_fts_ad", "party_fts_au", *NAME_KEY_TRIGGERS):
        raw.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    raw.execute("BEGIN")

    per_segment = max(1, size // SEGMENTS)
    samples: dict[str, list[float]] = {"cpu": [], "wall": [], "base_cpu": [], "base_wall": []}
    segment = {k: 0.0 for k in samples}
    rows = 0
    untimed = [0.0, 0.0]  # CPU and wall spent generating rows inside the store's transaction
    started_cpu, started_wall = time.process_time(), time.perf_counter()

    def close_segment() -> None:
        for key in samples:
            samples[key].append(segment[key])
            segment[key] = 0.0

    def fill(writer: BulkWriter) -> None:
        nonlocal rows
        done_disputes = 0
        flip = False
        clock = [time.process_time(), time.perf_counter()]
        for name, batch in demo_batches(ctx, disputes=size, seed=7):
            prepared = _raw_rows(raw, [(name, batch)], ctx.db.device_id)
            untimed[0] += time.process_time() - clock[0]
            untimed[1] += time.perf_counter() - clock[1]
            sides: list[tuple[str, Callable[[], object]]] = [
                ("base_", partial(raw.executemany, *prepared[0])), ("", partial(writer.insert, TABLES[name], batch))]
            for prefix, fn in sides[::-1] if flip else sides:
                cpu, wall = cpu_and_wall(fn)
                segment[prefix + "cpu"] += cpu
                segment[prefix + "wall"] += wall
            flip = not flip
            rows += len(batch)
            if name == "dispute":
                done_disputes += len(batch)
                if done_disputes >= per_segment * (len(samples["cpu"]) + 1) and len(samples["cpu"]) < SEGMENTS - 1:
                    close_segment()
            clock = [time.process_time(), time.perf_counter()]
        close_segment()
        untimed[0] += time.process_time() - clock[0]
        untimed[1] += time.perf_counter() - clock[1]

    bulk_load(ctx.db, "bench", "基准测试：批量创建", fill)
    finish = cpu_and_wall(lambda: raw.execute("COMMIT"))
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    raw_mb = raw_path.stat().st_size / 1024**2
    raw_path.unlink()  # not needed any more: a 1,000,000-case run frees its ~9 GB before the searches
    total_cpu, total_wall = time.process_time() - started_cpu, time.perf_counter() - started_wall
    # what the store did outside the timed inserts: index rebuilds, audit, commit, checkpoint, optimize
    after_cpu = total_cpu - untimed[0] - sum(samples["cpu"]) - sum(samples["base_cpu"])
    after_wall = total_wall - untimed[1] - sum(samples["wall"]) - sum(samples["base_wall"])
    samples["cpu"][-1] += after_cpu
    samples["wall"][-1] += after_wall
    samples["base_cpu"][-1] += finish[0]
    samples["base_wall"][-1] += finish[1]
    value, baseline = sum(samples["wall"]), sum(samples["base_wall"])
    print(f"  created {size:,} disputes = {rows:,} rows in {total_wall:.1f} s (store {value:.1f} s, raw "
          f"{baseline:.1f} s, generating {untimed[1]:.1f} s)", file=sys.stderr)
    return Result(
        "store.create_disputes",
        "s",
        value,
        "sqlite3.executemany (same rows, same page cache, no search triggers)",
        baseline,
        3.0,
        note=f"{rows:,} rows, generated batch by batch and inserted into both sides in turn; CPU {sum(samples['cpu']):.1f}"
        f" s vs {sum(samples['base_cpu']):.1f} s; the store adds HLC stamping, the audit event and, in the last "
        f"stretch, the FTS and name-index rebuild ({after_wall:.1f} s wall); spread over {SEGMENTS} stretches; raw database "
        f"{raw_mb:,.0f} MB, the store's {store_paths.database.stat().st_size / 1024**2:,.0f} MB",
        spread=spread(samples),
        repeats=len(samples["cpu"]),
    ), ctx


def _queries(ctx: Workspace, count: int, seed: int) -> dict[str, list[str]]:
    """What a clerk types, drawn from the stored data: every kind of query, one common surname included."""
    rng = random.Random(seed)
    with ctx.db.engine.connect() as conn:

        def column(sql: str) -> list[str]:
            return [r[0] for r in conn.execute(text(sql))]

        people = column("SELECT name FROM party WHERE kind='person' AND length(name) >= 2 LIMIT 20000")
        # names few cases carry (a clerk mostly looks for one person): every tier runs, none fills the page
        rare = column("SELECT name FROM (SELECT name, count(*) AS n FROM party WHERE kind='person' AND length(name) "
                      ">= 2 GROUP BY name) WHERE n <= 3 LIMIT 5000")
        orgs = column("SELECT name FROM party WHERE kind<>'person' AND length(name) >= 6 LIMIT 5000")
        ids = column("SELECT id_number FROM party WHERE id_number<>'' LIMIT 5000")
        numbers = column("SELECT provisional_number FROM dispute LIMIT 5000")
        initials = column("SELECT name_initials FROM party WHERE kind='person' AND length(name_initials) >= 2 "
                          "LIMIT 5000")
        pinyin = column("SELECT name_pinyin FROM party WHERE kind='person' AND length(name_pinyin) >= 4 LIMIT 5000")
    surnames = [name for name, _ in Counter(p[0] for p in people).most_common(5)]

    def pick(pool: list[str]) -> list[str]:
        return [rng.choice(pool) for _ in range(count)] if pool else []

    def part(name: str) -> str:
        start = rng.randrange(0, len(name) - 3)
        return name[start : start + 4]

    return {
        "surname": [surnames[i % len(surnames)] for i in range(count)],  # 王, 李, 张 …: the most cases per key
        "char1": [rng.choice(name) for name in pick(people)],
        "name2": [name[:2] for name in pick(people)],
        "name_full": pick(people),
        # a rare name, or (when the demo has none) a full name with a character no stored name has after it
        "name_rare": pick(rare) or [name + "瓅" for name in pick(people)],
        "org_part": [part(name) for name in pick(orgs)],
        "id_tail": [i[-6:] for i in pick(ids)],
        "case_number": pick(numbers),
        "pinyin_initials": [i[:2] for i in pick(initials)],
        "pinyin_full": [p[:4] for p in pick(pinyin)],
    }


# The baseline is the fastest raw way to answer each kind: one hand-written statement on the same indexes,
# run by the sqlite3 module itself (no SQLAlchemy, no tiers, no ranking): the name-index postings of the
# query's main key, the reversed-ID range, the case-number key.
_POSTINGS = (
    "SELECT d.id FROM name_key g CROSS JOIN dispute d WHERE g.key = ? AND d.rowid = g.dispute AND NOT d.deleted "
    "GROUP BY g.day, g.dispute ORDER BY g.day DESC, g.dispute DESC LIMIT ?"
)
_POSTINGS_CHECKED = (
    "SELECT d.id FROM name_key g CROSS JOIN dispute d CROSS JOIN party p WHERE g.key = ? AND d.rowid = g.dispute "
    "AND NOT d.deleted AND p.rowid = g.party AND instr(p.name, ?) > 0 "
    "GROUP BY g.day, g.dispute ORDER BY g.day DESC, g.dispute DESC LIMIT ?"
)
_ID_TAIL = (
    "SELECT DISTINCT d.id, d.registered_on, d.rowid FROM party p CROSS JOIN caseparty cp CROSS JOIN dispute d "
    "WHERE p.id_number_rev >= ? AND p.id_number_rev < ? AND cp.party_id = p.id AND d.id = cp.dispute_id "
    "ORDER BY d.registered_on DESC, d.rowid DESC LIMIT ?"
)


def _ours(session: Any, limit: int, q: str) -> object:
    return search_disputes(session, q, limit=limit)


def _raw_search(conn: sqlite3.Connection, kind: str, q: str, *, limit: int) -> list[Any]:
    from fuyuan_desktop.domain.case_numbers import number_search_key

    if kind in ("surname", "char1", "name2"):
        return conn.execute(_POSTINGS, ("s" + q, limit)).fetchall()
    if kind in ("name_full", "name_rare"):
        return conn.execute(_POSTINGS, ("e" + q, limit)).fetchall()
    if kind == "org_part":
        return conn.execute(_POSTINGS_CHECKED, ("g" + q[:2], q, limit)).fetchall()
    if kind == "id_tail":
        return conn.execute(_ID_TAIL, (q[::-1], q[::-1] + "\U0010ffff", limit)).fetchall()
    if kind == "case_number":
        key = number_search_key(q)
        return conn.execute("SELECT id FROM dispute WHERE provisional_key = ? OR official_key = ? LIMIT ?",
                            (key, key, limit)).fetchall()
    if kind == "pinyin_initials":
        return conn.execute(_POSTINGS, ("I" + q, limit)).fetchall()
    return conn.execute(_POSTINGS, ("P" + q[:2], limit)).fetchall()  # pinyin_full: its first two letters


SEARCH_LIMIT_MS = 50.0
GUI_LIMIT = 500  # the case list asks for this many


def _search_results(ctx: Workspace, database: Path, quick: bool) -> list[Result]:
    results = []
    count = 20 if quick else 60
    repeats = 2 if quick else REPEATS
    queries = _queries(ctx, count, seed=11)
    raw = sqlite3.connect(database)
    try:
        for kind, qs in queries.items():
            for limit in (50, GUI_LIMIT) if kind == "surname" else (50,):
                with ctx.db.read() as session:
                    for q in qs[:3]:  # the page cache warmed for both sides alike
                        search_disputes(session, q, limit=limit)
                        _raw_search(raw, kind, q, limit=limit)
                    samples = interleaved_p95(
                        partial(_ours, session, limit), partial(_raw_search, raw, kind, limit=limit), qs, repeats
                    )
                full = [cpu_and_wall(partial(search_cases, ctx, q, limit=limit))[0] for q in qs[: max(5, count // 3)]]
                name = f"store.search_p95.{kind}" + ("" if limit == 50 else f"_{limit}")
                cpu = statistics.median(samples["cpu"]) * 1000
                results.append(
                    Result(
                        name,
                        "ms",
                        cpu,
                        "raw sqlite3, one hand-written statement on the same index (CPU p95)",
                        statistics.median(samples["base_cpu"]) * 1000,
                        None,
                        note=f"CPU p95 (median of repeats), limit {limit}; wall p95 median "
                        f"{statistics.median(samples['wall']) * 1000:.1f} ms; with list rows CPU p95 "
                        f"{p95(full) * 1000:.1f} ms (target < {SEARCH_LIMIT_MS:g} ms CPU)",
                        limit=SEARCH_LIMIT_MS,
                        spread=spread(samples, 1000),
                        repeats=repeats,
                    )
                )
    finally:
        raw.close()
    return results


def _open_result(paths: DataPaths) -> Result:
    def ours() -> None:
        opened = open_store(paths)
        ctx = Workspace(opened.db, "bench")
        list_cases(ctx, limit=50)
        opened.db.engine.dispose()

    def baseline() -> None:
        conn = sqlite3.connect(paths.database)
        conn.execute(
            "SELECT d.id, d.provisional_number, d.category, d.status, d.registered_on FROM dispute d "
            "ORDER BY d.registered_on DESC, d.id DESC LIMIT 50"
        ).fetchall()
        conn.close()

    baseline()
    ours()
    samples = interleaved_p95(lambda _: ours(), lambda _: baseline(), ["open"], REPEATS)  # one sample a repeat
    return Result(
        "store.open_and_first_page",
        "s",
        statistics.median(samples["wall"]),
        "sqlite3 connect + one page query",
        statistics.median(samples["base_wall"]),
        None,
        note=f"median of {REPEATS} interleaved repeats, wall; CPU {statistics.median(samples['cpu']):.3f} s vs "
        f"{statistics.median(samples['base_cpu']):.3f} s; reported (includes migration check, device load, list rows "
        "with party names)",
        spread=spread(samples),
        repeats=REPEATS,
    )


def _backup_result(paths: DataPaths, workdir: Path, quick: bool, size: int) -> Result:
    """The daily backup as the workbench takes it on its worker (SQLite's online backup API, 1,024 pages a
    step, then the copy's integrity check) beside copying the file's bytes (the physical limit)."""
    from fuyuan_desktop.store.backup import backup_sqlite

    folder = workdir / "backups"
    target = workdir / "copy.sqlite3"

    def ours() -> None:
        made = backup_sqlite(paths.database, folder, "bench", pages=1024)
        made.unlink()

    def copy() -> None:
        shutil.copyfile(paths.database, target)
        target.unlink()

    repeats = 2 if quick else (REPEATS if size <= 200_000 else 1)  # a 1M store is ~9 GB: once
    samples = interleaved(ours, copy, repeats)
    mb = paths.database.stat().st_size / 1024**2
    return Result(
        "store.daily_backup",
        "s",
        statistics.median(samples["wall"]),
        "copying the database file's bytes",
        statistics.median(samples["base_wall"]),
        None,
        note=f"{mb:,.0f} MB database; online backup in steps of 1,024 pages + integrity check of the copy, as the "
        f"workbench takes it on a worker after the window is usable (never before: tests/ui/test_startup.py); CPU "
        f"{statistics.median(samples['cpu']):.2f} s vs {statistics.median(samples['base_cpu']):.2f} s; reported",
        spread=spread(samples),
        repeats=repeats,
    )


def run(size: int, quick: bool) -> list[Result]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-") as tmp:
        workdir = Path(tmp)
        insert, ctx = _insert_results(size, workdir)
        results = [insert]
        results += _search_results(ctx, DataPaths(workdir / "store").database, quick)
        ctx.db.engine.dispose()
        results.append(_open_result(DataPaths(workdir / "store")))
        results.append(_backup_result(DataPaths(workdir / "store"), workdir, quick, size))
    peak = peak_mb()
    results[0].note += f"; peak memory of the whole store run {peak:.0f} MB"
    print(f"  store benchmarks took {time.perf_counter() - started:.1f} s, peak RSS {peak:.0f} MB", file=sys.stderr)
    return results
