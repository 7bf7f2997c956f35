"""Demo generation: plan a run against the store as it is, hand out its rows in batches, write them in one bulk intake.

Rows are generated as plain dicts (``demo_batches``) and written by ``generate_demo`` through the bulk-intake
service in one transaction, so a cancel or an error leaves the store as it was. A second run on the same store
adds more disputes: places, the mediator roster and organisations already there are reused (matched by name or
credit code), new people get unused ID numbers, and case numbers continue from the store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fuyuan_desktop.demo.cases import Caseload
from fuyuan_desktop.demo.linkage import linkage_rows
from fuyuan_desktop.demo.organisations import Organisations
from fuyuan_desktop.demo.people import People
from fuyuan_desktop.demo.places import Places
from fuyuan_desktop.demo.roster import Roster
from fuyuan_desktop.demo.run import TABLE_ORDER, DemoRun, Row
from fuyuan_desktop.domain.deadlines import recommendation_reply_due
from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.services.bulk_intake import BulkIntake, bulk_intake, complete_rows, existing_records
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.places import list_places
from fuyuan_desktop.services.recommendations import recommendation_prefixes
from fuyuan_desktop.services.workspace import Workspace

Batch = tuple[str, list[Row]]
MAX_DISPUTES = 1_000_000
CANCELLED_MESSAGE = "已取消，未写入任何演示数据"


@dataclass(frozen=True)
class DemoSummary:
    """What one demo run wrote (rows it added, not rows it reused); ``places``: the registry places its disputes use."""

    disputes: int
    parties: int
    sessions: int
    places: int
    mediators: int
    agreements: int


class DemoCancelledError(FuyuanError):
    """The user cancelled a demo run; nothing was written."""


class _DemoBuilder:
    """Plans and generates one demo run against the current state of the store."""

    def __init__(self, ctx: Workspace, *, disputes: int, seed: int, batch_size: int, tribunal: str | None = None) -> None:
        if not 1 <= disputes <= MAX_DISPUTES:
            raise ValidationError("纠纷件数", f"应为 1 到 {MAX_DISPUTES:,} 之间的整数", field="disputes", code="out_of_range")
        if batch_size < 1:
            raise ValidationError("batch_size", "应为正整数")
        self.n, self.batch_size = disputes, batch_size
        self.run = run = DemoRun(ctx, existing_records(ctx), seed=seed, tribunal=tribunal)
        self.written: dict[str, int] = dict.fromkeys(TABLE_ORDER, 0)
        # The fixed world first, in this order: the ids of its rows follow one another.
        places = Places(run, list_places(ctx, include_retired=False, limit=1_000_000))
        people = People(run)
        places.build()
        # A laptop's demo keeps no 无讼村屯 list: that list is the court's, and two laptops would both start one.
        self.villages = places.villages() if tribunal is None else []
        roster = Roster(run, places, people)
        organisations = Organisations(run, places, people, disputes=disputes, seed=seed)
        self.caseload = Caseload(run, places, people, organisations, roster, disputes=disputes)

    def _flush(self, tables: Sequence[str]) -> Iterator[Batch]:
        size = self.batch_size
        for table in tables:
            rows = self.run.rows[table]
            complete_rows(table, rows)
            for start in range(0, len(rows), size):
                chunk = rows[start : start + size]
                self.written[table] += len(chunk)
                yield table, chunk
            rows.clear()

    def batches(
        self, progress: Callable[[int], None] | None = None, cancel: threading.Event | None = None
    ) -> Iterator[Batch]:
        """Generate the run, handing out batches of ``batch_size`` rows, parents before children."""
        size, pending = self.batch_size, self.run.rows
        for done, plan in enumerate(self.caseload.plan(), start=1):
            self.caseload.add_dispute(plan)
            for i, table in enumerate(TABLE_ORDER):
                if len(pending[table]) >= size:
                    yield from self._flush(TABLE_ORDER[: i + 1])
            if done % 1000 == 0:
                if cancel is not None and cancel.is_set():
                    raise DemoCancelledError(CANCELLED_MESSAGE)
                if progress is not None:
                    progress(done)
        yield from self._flush(TABLE_ORDER)
        if progress is not None and self.n % 1000:
            progress(self.n)

    def summary(self) -> DemoSummary:
        w = self.written
        return DemoSummary(
            w["dispute"], w["party"], w["mediationsession"], len(self.caseload.places_used), w["mediator"],
            w["agreement"]
        )


def demo_batches(
    ctx: Workspace, *, disputes: int, seed: int, batch_size: int = 5000
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The rows of a demo run as (table name, rows) batches, parents before children, each row with its ``id``.

    Rows carry every column except the sync columns (origin, HLC, timestamps, tombstone), so they can go
    through the bulk intake or, as a baseline, plain ``executemany``. The counters of provisional numbers
    are not advanced and the 府院联动 ledgers are not made: ``generate_demo`` does that.
    """
    yield from _DemoBuilder(ctx, disputes=disputes, seed=seed, batch_size=batch_size).batches()


def generate_demo(
    ctx: Workspace,
    *,
    disputes: int,
    seed: int = 2025,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
    tribunal: str | None = None,
) -> DemoSummary:
    """Write a demo caseload of ``disputes`` disputes in one transaction: all of it or nothing.

    The same seed gives the same data on a fresh store on the same day (case numbers differ only by
    the device tag). Running again on a store adds more disputes, continuing the numbering.
    ``progress`` receives the number of disputes generated, every 1,000; setting ``cancel`` stops the
    run with ``DemoCancelledError`` and nothing is written.

    ``tribunal`` (a tribunal's id) makes a laptop's demo: every case arises in that tribunal's area, none has an
    official 案号 yet and the 府院联动 ledgers belong to its court, so the laptop can enroll and sync it to a hub
    like real work. Without it the demo covers every court of the region (the demo workspace, a hub's demo).
    """
    require(ctx, "demo.generate")  # invented cases in a real court's store: an administrator's decision
    builder = _DemoBuilder(ctx, disputes=disputes, seed=seed, batch_size=5000, tribunal=tribunal)
    home = None
    if tribunal is not None:
        home = next((t.court_id for t in builder.run.existing.tribunals if t.id == tribunal), None)
    prefixes = {str(k): str(v) for k, v in recommendation_prefixes(ctx).get("prefixes", {}).items()}
    ref = ctx.reference

    def reply_due(sent: date) -> date:
        return recommendation_reply_due(sent, ref.calendar, ref.deadline_rules)

    def fill(intake: BulkIntake) -> None:
        # The counters again, now under the write lock: an intake that committed since the builder read them
        # (a clerk registering a case while the demo runs) would otherwise get the same provisional number.
        for name, value in intake.counters("provisional:").items():
            builder.run.counters[name] = max(builder.run.counters.get(name, 0), value)
        for table, rows in builder.batches(progress, cancel):
            intake.insert(table, rows)
        intake.raise_counters(builder.run.counters_to_store())
        for table, rows in linkage_rows(
            intake, seed=seed, today=ctx.today(), prefixes=prefixes, reply_due=reply_due, villages=builder.villages,
            home_court=home,
        ):
            intake.insert(table, rows)

    bulk_intake(ctx, "生成演示数据", fill)
    return builder.summary()
