"""Sync benchmarks: export and import vs the raw limits (sqlite3, copying bytes, age alone), hub ingest into
PostgreSQL vs psycopg executemany, and peak memory while moving gigabytes of attachments."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pyrage

from fuyuan_desktop.bench import REPEATS, Result, child_env, cpu_and_wall, spread, timed
from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, approve, init_hub, open_hub, write_hub_file
from fuyuan_desktop.services.attachments import attach_file
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import decrypt_bundle, volumes_of
from fuyuan_desktop.sync.enrollment import install_grant, make_request
from fuyuan_desktop.sync.export import ExportResult, export_bundle
from fuyuan_desktop.sync.receipt import apply_receipt
from fuyuan_desktop.sync.rows import synced_tables

ACTOR = "基准测试"
ROWS_PER_DISPUTE = 11  # about what a demo dispute brings with it (parties, sessions, records, agreements …)
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


class Laptop:
    def __init__(self, root: Path, hub: Hub) -> None:
        self.paths = DataPaths(root)
        self.ctx = initialize(self.paths, actor=ACTOR)
        install_grant(self.ctx.db, approve(hub, make_request(self.ctx.db), court="吉07"))

    def export(self, dest: Path, **kwargs: Any) -> ExportResult:
        return export_bundle(self.ctx.db, self.ctx.blobs, dest, workdir=self.paths.root / "tmp",
                             actor=ACTOR, **kwargs)


def _attach(laptop: Laptop, total_mb: int, file_mb: int, scratch: Path) -> int:
    cases = list_cases(laptop.ctx, limit=max(1, total_mb // file_mb))
    scratch.mkdir(parents=True, exist_ok=True)
    made = 0
    for index in range(max(1, total_mb // file_mb)):
        path = scratch / f"扫描件-{index:03d}.pdf"
        with path.open("wb") as out:
            for _ in range(file_mb):
                out.write(os.urandom(1024 * 1024))
        attach_file(laptop.ctx, cases[index % len(cases)].provisional_number, path)
        path.unlink()
        made += file_mb
    return made


def _demo_rows(laptop: Laptop, size: int) -> None:
    """Demo cases until the laptop holds about ``size`` synced rows."""
    from sqlalchemy import func, select

    seed = 2026
    while True:
        with laptop.ctx.db.read() as session:
            # the shipped places registry (~1,500 rows on every store) is not this laptop's data
            have = sum(int(session.scalar(select(func.count()).select_from(t)) or 0) for t in synced_tables()
                       if t.name != "place")
        if have >= size * 0.98:
            return
        generate_demo(laptop.ctx, disputes=max(1, int((size - have) / ROWS_PER_DISPUTE)), seed=seed)
        seed += 1


def _raw_select(db_path: Path) -> float:
    """Read every synced row with bare sqlite3 (the floor of any export)."""
    conn = sqlite3.connect(db_path)
    start = time.perf_counter()
    for table in synced_tables():
        for _row in conn.execute(f'SELECT * FROM "{table.name}"'):
            pass
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _rows_of(db_path: Path) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    conn = sqlite3.connect(db_path)
    out = []
    for table in synced_tables():
        cursor = conn.execute(f'SELECT * FROM "{table.name}"')
        out.append((table.name, [d[0] for d in cursor.description], cursor.fetchall()))
    conn.close()
    return out


def _raw_executemany(rows: list[tuple[str, list[str], list[tuple[Any, ...]]]], target: Path) -> float:
    """Insert the same rows with bare sqlite3 executemany into an empty database of the same schema."""
    from fuyuan_desktop.store.db import make_engine
    from fuyuan_desktop.store.migrate import upgrade_to_head

    engine = make_engine(target)
    upgrade_to_head(engine)
    engine.dispose()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    start = time.perf_counter()
    conn.execute("BEGIN")
    for name, columns, values in rows:
        if values:
            marks = ", ".join("?" * len(columns))
            conn.executemany(f'INSERT INTO "{name}" ({", ".join(columns)}) VALUES ({marks})', values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _age_alone(plain: Path, recipients: str, identity: str, scratch: Path) -> tuple[float, float]:
    encrypted = scratch / "age-alone.age"
    with plain.open("rb") as src, encrypted.open("wb") as out:
        start = time.perf_counter()
        pyrage.encrypt_io(src, out, crypto.age_recipients(recipients))
        out.flush()
        os.fsync(out.fileno())
        enc = time.perf_counter() - start
    back = scratch / "age-alone.tar"
    with encrypted.open("rb") as src, back.open("wb") as out:
        start = time.perf_counter()
        pyrage.decrypt_io(src, out, crypto.age_identities(identity))
        dec = time.perf_counter() - start
    encrypted.unlink()
    back.unlink()
    return enc, dec


def _copy_blobs(blobs: Path, scratch: Path) -> float:
    target = scratch / "copied-blobs"
    start = time.perf_counter()
    shutil.copytree(blobs, target)
    elapsed = time.perf_counter() - start
    shutil.rmtree(target)
    return elapsed


def _usb_results(size: int, quick: bool, work: Path) -> list[Result]:
    init_hub(work / "hub")
    hub = open_hub(work / "hub")
    laptop = Laptop(work / "laptop", hub)
    _demo_rows(laptop, size)
    attached = _attach(laptop, 4 if quick else 200, 2 if quick else 8, work / "scans")
    exported: list[ExportResult] = []
    t_export = timed(lambda: exported.append(laptop.export(work / "usb")))
    bundle = exported[0]
    key = hub.key()
    with decrypt_bundle(volumes_of(bundle.files[0]), key.age_identity, work / "plain") as opened:
        plain = work / "plain.tar"  # the baseline encrypts the same tar bytes, written out in the clear here
        opened.plain.seek(0)
        with plain.open("wb") as out:
            shutil.copyfileobj(opened.plain, out)
    db_path = laptop.paths.database
    t_select = _raw_select(db_path)
    t_enc, t_dec = _age_alone(plain, "\n".join(hub.recipients()), key.age_identity, work)
    t_copy = _copy_blobs(laptop.paths.blobs, work)
    t_insert = _raw_executemany(_rows_of(db_path), work / "raw.sqlite3")
    t_import = timed(lambda: import_bundle(hub, bundle.files[0]))
    mb = bundle.size / 1024**2
    what = f"{bundle.rows:,} rows + {attached} MB attachments ({mb:.0f} MB bundle)"
    hub.db.engine.dispose()
    laptop.ctx.db.engine.dispose()
    return [
        # The raw limits for both directions: the rows through bare sqlite3, copying the same bytes, age
        # alone. (Until this stop the export side left the copy out; the import side always had it.)
        Result("sync export (rows + attachments → .fyb)", "s", t_export,
               "sqlite3 select + copy attachments + age encrypt alone", t_select + t_copy + t_enc, 2.0,
               f"{what}; select {t_select:.2f} s, copy {t_copy:.2f} s, age {t_enc:.2f} s"),
        Result("sync import at hub (.fyb → SQLite)", "s", t_import,
               "age decrypt + copy blobs + sqlite3 executemany", t_dec + t_copy + t_insert, 2.0,
               f"{what}; decrypt {t_dec:.2f} s, copy {t_copy:.2f} s, executemany {t_insert:.2f} s"),
    ]


def _pg_reason() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except Exception as exc:
        return f"PostgreSQL unreachable ({type(exc).__name__})"


def _pg_database() -> str:
    import psycopg

    name = f"fy_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def _drop_pg(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_ingest_result(size: int, quick: bool, work: Path) -> Result:
    reason = _pg_reason()
    if reason:
        return Result("hub ingest into PostgreSQL", "s", 0.0, "psycopg COPY", 0.0, None, f"skipped: {reason}")
    bundles = 3 if quick else min(100, max(2, size // 1000))
    per_bundle = max(1, (100 if quick else 1000) // ROWS_PER_DISPUTE)
    init_hub(work / "scratch-hub")
    scratch = open_hub(work / "scratch-hub")
    laptop = Laptop(work / "pg-laptop", scratch)
    files = []
    for index in range(bundles):
        generate_demo(laptop.ctx, disputes=per_bundle, seed=index)
        out = laptop.export(work / "pg-usb")
        files.append(out.files[0])
        apply_receipt(laptop.ctx.db, import_bundle(scratch, out.files[0]).receipt, actor=ACTOR)
    rows = _rows_of(laptop.paths.database)
    total = sum(len(v) for _, _, v in rows)
    repeats = 2 if quick else REPEATS
    samples: dict[str, list[float]] = {"cpu": [], "wall": [], "base_cpu": [], "base_wall": []}
    many: list[float] = []

    def ingest() -> tuple[float, float]:
        name = _pg_database()
        try:
            url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
            folder = work / f"pg-hub-{name}"
            init_hub(folder, url)
            hub = open_hub(folder, url)
            _adopt_keys(hub, scratch, laptop)
            spent = cpu_and_wall(lambda: [import_bundle(hub, f) for f in files])
            hub.db.engine.dispose()
            return spent
        finally:
            _drop_pg(name)

    def copy() -> tuple[float, float]:
        name = _pg_database()
        try:
            return _psycopg_load(name, rows, copy=True)
        finally:
            _drop_pg(name)

    try:
        for r in range(repeats):
            sides = [("", ingest), ("base_", copy)]
            for prefix, fn in sides if r % 2 == 0 else sides[::-1]:
                cpu, wall = fn()
                samples[prefix + "cpu"].append(cpu)
                samples[prefix + "wall"].append(wall)
        name = _pg_database()
        try:
            many.append(_psycopg_load(name, rows, copy=False)[1])
        finally:
            _drop_pg(name)
    finally:
        scratch.db.engine.dispose()
        laptop.ctx.db.engine.dispose()
    value, baseline = statistics.median(samples["wall"]), statistics.median(samples["base_wall"])
    return Result("hub ingest into PostgreSQL", "s", value, "psycopg COPY of the same rows (the raw limit)", baseline,
                  2.0, f"{bundles} bundles × ~{total // bundles:,} rows ({total:,} rows); median wall of {repeats} "
                  f"interleaved repeats, each into a new database; client CPU {statistics.median(samples['cpu']):.2f} s "
                  f"vs {statistics.median(samples['base_cpu']):.2f} s (the server's CPU is not in it); psycopg "
                  f"executemany of the same rows {many[0]:.2f} s (ratio {value / many[0]:.2f})",
                  spread=spread(samples), repeats=repeats)


def _adopt_keys(hub: Hub, scratch: Hub, laptop: Laptop) -> None:
    """The PostgreSQL hub takes over the scratch hub's keys (as a hub moved from SQLite would)."""
    from fuyuan_desktop.store.sync_models import SyncKey

    source = scratch.key()
    with hub.db.write(ACTOR, "基准：接管密钥") as session:
        key = session.get(SyncKey, "hub")
        assert key is not None
        key.owner_id, key.signing_key, key.age_identity = source.owner_id, source.signing_key, source.age_identity
    write_hub_file(hub.root, str(hub.db.engine.url), source.owner_id)  # the folder now describes the adopted hub
    approve(hub, make_request(laptop.ctx.db), court="吉07")


def _psycopg_load(name: str, rows: list[tuple[str, list[str], list[tuple[Any, ...]]]], *, copy: bool
                  ) -> tuple[float, float]:
    """CPU and wall seconds to load ``rows`` into database ``name`` (schema at head) by COPY or executemany."""
    import psycopg

    from fuyuan_desktop.store.db import make_engine
    from fuyuan_desktop.store.migrate import upgrade_to_head

    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    upgrade_to_head(engine)
    types = {t.name: t for t in synced_tables()}
    engine.dispose()
    prepared = []
    for table_name, columns, values in rows:
        booleans = [i for i, c in enumerate(columns) if str(types[table_name].c[c].type) == "BOOLEAN"]
        fixed = [tuple(bool(v) if i in booleans and v is not None else v for i, v in enumerate(r)) for r in values]
        prepared.append((table_name, columns, fixed))
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{name}") as conn:

        def load() -> None:
            with conn.cursor() as cur:
                for table_name, columns, values in prepared:
                    if not values:
                        continue
                    names = ", ".join(f'"{c}"' for c in columns)
                    if copy:
                        with cur.copy(f'COPY "{table_name}" ({names}) FROM STDIN') as stream:
                            for row in values:
                                stream.write_row(row)
                    else:
                        marks = ", ".join(["%s"] * len(columns))
                        cur.executemany(f'INSERT INTO "{table_name}" ({names}) VALUES ({marks})', values)
            conn.commit()

        return cpu_and_wall(load)


def _peak_mb() -> float:
    """This process's peak resident memory. ``ru_maxrss`` survives exec (a child starts at its parent's
    peak), so on Linux read VmHWM, which belongs to the new process image."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_probe(work: str, total_mb: int) -> None:
    """Run in a child process: export and import ``total_mb`` of attachments; print peak RSS (MB) as JSON."""
    root = Path(work)
    before = _peak_mb()
    init_hub(root / "hub")
    hub = open_hub(root / "hub")
    laptop = Laptop(root / "laptop", hub)
    generate_demo(laptop.ctx, disputes=40, seed=1)
    _attach(laptop, total_mb, min(128, max(1, total_mb // 16)), root / "scans")
    out = laptop.export(root / "usb", volume_size=1024**3)
    import_bundle(hub, out.files[0])
    peak = _peak_mb()
    print(json.dumps({"baseline_mb": before, "peak_mb": peak, "moved_mb": total_mb, "volumes": len(out.files)}))


def _memory_result(quick: bool, work: Path) -> Result:
    total_mb = 64 if quick else 2048
    code = f"from fuyuan_desktop.bench.sync import memory_probe; memory_probe({str(work / 'mem')!r}, {total_mb})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=child_env())
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Result(f"peak memory moving {total_mb} MB of attachments", "MB", data["peak_mb"],
                  "the same process after imports", data["baseline_mb"], None,
                  f"export ({data['volumes']} volumes of ≤ 1 GiB) and hub import in one process", limit=300.0)


def run(size: int, quick: bool) -> list[Result]:
    started = time.perf_counter()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-sync-") as tmp:
        work = Path(tmp)
        results += _usb_results(size, quick, work / "usb")
        results.append(_pg_ingest_result(size, quick, work / "pg"))
        results.append(_memory_result(quick, work))
    print(f"  sync benchmarks took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return results


