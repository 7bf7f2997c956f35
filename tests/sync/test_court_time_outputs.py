"""One clock: every listing command prints a stored moment in court time (北京时间), states the zone, and prints the
same whatever the machine's TZ is. Real commands in subprocesses on a real hub and laptop."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import cli_runner
import pytest
from conftest import intake_input, person
from sqlalchemy import update
from sqlmodel import Session, col, select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.court_time import ZONE_NAME, court_clock, court_moment
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.store.models import Dispute
from fuyuan_desktop.store.sync_models import HubDevice, SyncBundle, SyncPeer
from sync.sync_support import Laptop

INSTANT = datetime(2026, 3, 1, 2, 30, tzinfo=UTC)  # 10:30 at the court
SHOWN, UTC_SHOWN = "2026-03-01 10:30", "2026-03-01 02:30"


def test_court_clock_reads_every_stored_form() -> None:
    for stored in (INSTANT, INSTANT.replace(tzinfo=None), "2026-03-01T02:30:00", "2026-03-01T02:30:00Z",
                   "2026-03-01T10:30:00+08:00", f"{int(INSTANT.timestamp() * 1000):013d}-00003-abcdef"):
        assert court_clock(stored) == SHOWN, stored
    assert court_clock(None) == "" and court_clock("", empty="—") == "—" and court_clock("不是时间") == "不是时间"
    assert court_moment(INSTANT) is not None and court_moment(INSTANT).utcoffset().total_seconds() == 8 * 3600  # type: ignore[union-attr]


@pytest.mark.slow
@pytest.mark.parametrize("hub_url", [None])
def test_every_listing_prints_one_instant_in_court_time_whatever_the_machine_zone(
        tmp_path: Path, hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    laptop = make_laptop("a")
    generate_demo(laptop.ctx, disputes=3, seed=5)
    registered = intake_dispute(laptop.ctx, intake_input(person("张三"), person("李四", "被申请人")))
    import_bundle(hub, laptop.export().files[0])
    for engine, table, fields in ((hub.db.engine, SyncBundle, ("received_at",)),
                                  (hub.db.engine, HubDevice, ("last_bundle_at",)),
                                  (laptop.db.engine, SyncPeer, ("last_export_at", "last_receipt_at"))):
        with Session(engine) as session:
            session.execute(update(table).values(**dict.fromkeys(fields, INSTANT)))
            session.commit()
    with laptop.db.read() as session:
        case = session.get(Dispute, registered.id)
        assert case is not None
        ref = case.provisional_number
    hub.db.engine.dispose()
    laptop.db.engine.dispose()

    def run(tz: str, *args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
        env.update(FUYUAN_USER="测试书记员", PYTHONIOENCODING="utf-8", PYTHONUTF8="1", TZ=tz)
        done = cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", *args], capture_output=True, text=True,
                              encoding="utf-8", env=env, timeout=180, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    hub_home, laptop_dir = str(tmp_path / "hub"), str(laptop.paths.root)
    listings = {
        "hub devices": ["hub", "devices", "--home", hub_home],
        "hub bundles": ["hub", "bundles", "--home", hub_home],
        "device status": ["--data-dir", laptop_dir, "device", "status"],
        "case history": ["--data-dir", laptop_dir, "case", "history", ref],
        "backup list": ["--data-dir", laptop_dir, "backup", "list"],  # the commands above took the daily backup
    }
    for name, args in listings.items():
        shown = {tz: run(tz, *args) for tz in ("UTC", "Asia/Shanghai", "America/New_York")}
        assert len(set(shown.values())) == 1, f"{name} depends on the machine's zone: {shown}"
        text = shown["UTC"]
        assert text.count(ZONE_NAME) == 1, f"{name} states the zone once: {text}"
        assert "UTC" not in text, name
        if name not in ("case history", "backup list"):
            assert SHOWN in text and UTC_SHOWN not in text, f"{name}: {text}"
    history = run("UTC", *listings["case history"])
    with Session(laptop.db.engine) as session:
        from fuyuan_desktop.store.models import AuditEvent

        first = session.exec(select(AuditEvent).where(AuditEvent.dispute_id == case.id)
                             .order_by(col(AuditEvent.seq))).first()
        assert first is not None
        assert court_clock(first.at, seconds=True) in history
    laptop.db.engine.dispose()
