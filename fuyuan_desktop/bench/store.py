"""Store benchmarks: bulk creation vs raw executemany, search p95 vs hand-written SQL, open + first page."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from fuyuan_desktop.bench import Result, p95, timed
from fuyuan_desktop.services.cases import list_cases, search_cases
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.demo import demo_batches
from fuyuan_desktop.services.setup import initialize, open_store
from fuyuan_desktop.store.bulk import bulk_load
from fuyuan_desktop.store.models import SyncedRow
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.search import search_disputes
from fuyuan_desktop.store.types import utcnow


def _raw_rows(
    conn: sqlite3.Connection, batches: list[tuple[type[SyncedRow], list[dict[str, Any]]]], device: str
) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The same rows as plain tuples in the stored representation (prepared outside the timing)."""
    out = []
    now = utcnow().replace(tzinfo=None).isoformat(sep=" ")
    for model, rows in batches:
        table = model.__table__  # type: ignore[attr-defined]
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


def _insert_results(size: int, workdir: Path) -> tuple[Result, ServiceContext]:
    store_paths = DataPaths(workdir / "store")
    ctx = initialize(store_paths)
    ctx.db.engine.dispose()
    raw_path = workdir / "raw.sqlite3"
    shutil.copy(store_paths.database, raw_path)
    ctx = initialize(store_paths)
    batches = list(demo_batches(ctx, disputes=size, seed=7))
    rows = sum(len(r) for _, r in batches)

    raw = sqlite3.connect(raw_path)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    for trigger in ("party_fts_ai", "party_fts_ad", "party_fts_au"):
        raw.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    prepared = _raw_rows(raw, batches, ctx.db.device_id)

    def raw_insert() -> None:
        with raw:
            for sql, tuples in prepared:
                raw.executemany(sql, tuples)

    def store_insert() -> None:
        def fill(writer: Any) -> None:
            for model, batch in batches:
                writer.insert(model, batch)

        bulk_load(ctx.db, "bench", "基准测试：批量创建", fill)

    baseline = timed(raw_insert)
    raw.close()
    value = timed(store_insert)
    print(f"  created {size:,} disputes = {rows:,} rows", file=sys.stderr)
    return Result(
        "store.create_disputes",
        "s",
        value,
        "sqlite3.executemany (same rows, no index rebuild)",
        baseline,
        3.0,
        note=f"{rows:,} rows; store includes HLC stamping, audit, FTS rebuild",
    ), ctx


def _queries(ctx: ServiceContext, count: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with ctx.db.engine.connect() as conn:
        names = [
            r[0] for r in conn.execute(text("SELECT name FROM party WHERE kind='person' AND length(name)=2 LIMIT 5000"))
        ]
        ids = [r[0] for r in conn.execute(text("SELECT id_number FROM party WHERE id_number<>'' LIMIT 5000"))]
        numbers = [r[0] for r in conn.execute(text("SELECT provisional_number FROM dispute LIMIT 5000"))]
        initials = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT name_initials FROM party WHERE kind='person' AND length(name_initials) BETWEEN 2 AND 3 LIMIT 5000"
                )
            )
        ]

    def pick(pool: list[str]) -> list[str]:
        return [rng.choice(pool) for _ in range(count)]

    return {
        "name2": pick(names),
        "id_tail": [i[-6:] for i in pick(ids)],
        "case_number": pick(numbers),
        "pinyin_initials": pick(initials),
    }


# The best single query a developer would write by hand for each kind, with the join order fixed
# (matching parties first) so the baseline is not handicapped by SQLite's planner.
_HAND_JOIN = (
    "SELECT DISTINCT d.id, d.registered_on FROM party p CROSS JOIN caseparty cp CROSS JOIN dispute d "
    "WHERE {} AND cp.party_id = p.id AND d.id = cp.dispute_id ORDER BY d.registered_on DESC LIMIT 50"
)
_HAND_SQL = {
    "name2": _HAND_JOIN.format("p.name LIKE :like"),
    "id_tail": _HAND_JOIN.format("p.id_number_rev >= :rev AND p.id_number_rev < :rev_end"),
    "case_number": "SELECT id FROM dispute WHERE provisional_key = :key OR official_key = :key LIMIT 50",
    "pinyin_initials": _HAND_JOIN.format("p.name_initials = :q"),
}


def _hand_params(kind: str, q: str) -> dict[str, str]:
    from fuyuan_desktop.domain.case_numbers import number_search_key

    if kind == "name2":
        return {"like": f"%{q}%", "q": q}
    if kind == "id_tail":
        return {"rev": q[::-1], "rev_end": q[::-1] + "\U0010ffff"}
    if kind == "case_number":
        return {"key": number_search_key(q)}
    return {"q": q}


def _hand_search(session: Session, kind: str, q: str) -> list[Any]:
    return list(session.execute(text(_HAND_SQL[kind]), _hand_params(kind, q)).all())


def _search_results(ctx: ServiceContext, size: int, quick: bool) -> list[Result]:
    results = []
    count = 20 if quick else 60
    queries = _queries(ctx, count, seed=11)
    for kind, qs in queries.items():
        ours: list[float] = []
        hand: list[float] = []
        full: list[float] = []
        with ctx.db.read() as session:
            for q in qs[:3]:  # warm caches for both sides alike
                search_disputes(session, q)
                session.execute(text(_HAND_SQL[kind]), _hand_params(kind, q)).all()
            for q in qs:
                ours.append(timed(partial(search_disputes, session, q)))
                hand.append(timed(partial(_hand_search, session, kind, q)))
        for q in qs[: max(5, count // 3)]:
            full.append(timed(partial(search_cases, ctx, q)))
        results.append(
            Result(
                f"store.search_p95.{kind}",
                "ms",
                p95(ours) * 1000,
                "hand-written SQL p95",
                p95(hand) * 1000,
                2.0,
                note=f"absolute p95 {p95(ours) * 1000:.1f} ms; with list rows {p95(full) * 1000:.1f} ms "
                f"(target < 50 ms)",
            )
        )
    return results


def _open_result(paths: DataPaths) -> Result:
    def ours() -> None:
        opened = open_store(paths)
        ctx = ServiceContext(opened.db, "bench")
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
    b = min(timed(baseline) for _ in range(3))
    v = min(timed(ours) for _ in range(3))
    return Result(
        "store.open_and_first_page",
        "s",
        v,
        "sqlite3 connect + one page query",
        b,
        None,
        note="reported (includes migration check, device load, list rows with party names)",
    )


def run(size: int, quick: bool) -> list[Result]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-") as tmp:
        workdir = Path(tmp)
        insert, ctx = _insert_results(size, workdir)
        results = [insert]
        results += _search_results(ctx, size, quick)
        ctx.db.engine.dispose()
        results.append(_open_result(DataPaths(workdir / "store")))
    print(f"  store benchmarks took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return results
