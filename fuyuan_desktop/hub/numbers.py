"""Official 案号 for provisional cases, issued by the hub in sequence per court, type and year."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Table, select, update

from fuyuan_desktop import resources
from fuyuan_desktop.domain.case_numbers import CaseNumber, number_search_key
from fuyuan_desktop.domain.hlc import HybridClock
from fuyuan_desktop.store.models import Counter, Court, Dispute

_DISPUTE: Table = Dispute.__table__  # type: ignore[attr-defined]
_COURT: Table = Court.__table__  # type: ignore[attr-defined]
_COUNTER: Table = Counter.__table__  # type: ignore[attr-defined]


def sync_settings(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = resources.read_json("reference", "sync.json")
    return {**data, **(overrides or {})}


def type_code_for(category: str, settings: dict[str, Any]) -> str:
    for rule in settings["official_type_codes"]:
        if category.startswith(rule["category_prefix"]):
            return str(rule["type_code"])
    raise ValueError(f"no type code for category {category!r}")


def _next_seq(conn: Connection, court_code: str, type_code: str, year: int) -> int:
    name = f"案号|{court_code}|{type_code}|{year}"
    value = conn.execute(select(_COUNTER.c.value).where(_COUNTER.c.name == name)).scalar()
    if value is None:
        # First number of this series at this hub: continue after any number already on file.
        prefix = f"（{year}）{court_code}{type_code}"
        pattern = re.compile(re.escape(prefix) + r"([0-9]+)号$")
        existing = conn.execute(select(_DISPUTE.c.official_number).where(
            _DISPUTE.c.official_number.like(prefix + "%"))).scalars()
        value = max((int(m.group(1)) for n in existing if n and (m := pattern.match(n))), default=0)
        conn.execute(_COUNTER.insert().values(name=name, value=value))
    value += 1
    conn.execute(update(_COUNTER).where(_COUNTER.c.name == name).values(value=value))
    return int(value)


def assign_official_numbers(conn: Connection, sent: dict[str, str], clock: HybridClock, settings: dict[str, Any],
                            now: Any) -> list[dict[str, Any]]:
    """Give each listed dispute still without an official number the next one; return the changed rows."""
    dispute_ids = list(sent)
    if not dispute_ids:
        return []
    courts = {r.id: r.code for r in conn.execute(select(_COURT.c.id, _COURT.c.code))}
    assigned: list[dict[str, Any]] = []
    for start in range(0, len(dispute_ids), 1000):
        chunk = dispute_ids[start:start + 1000]
        rows = conn.execute(select(_DISPUTE).where(
            _DISPUTE.c.id.in_(chunk), _DISPUTE.c.official_number.is_(None), ~_DISPUTE.c.deleted,
        ).order_by(_DISPUTE.c.registered_on, _DISPUTE.c.provisional_number)).mappings().all()
        for row in rows:
            court_code = courts.get(row["court_id"])
            if not court_code:
                continue
            type_code = type_code_for(row["category"], settings)
            year = row["registered_on"].year
            number = str(CaseNumber(year, court_code, "", type_code, _next_seq(conn, court_code, type_code, year)))
            stamp = clock.observe(row["hlc"])
            conn.execute(update(_DISPUTE).where(_DISPUTE.c.id == row["id"]).values(
                official_number=number, official_key=number_search_key(number), hlc=stamp, updated_at=now))
            assigned.append({**dict(row), "official_number": number, "official_key": number_search_key(number),
                             "hlc": stamp, "updated_at": now, "_sent_hlc": sent[row["id"]]})
    return assigned
