"""Official 案号 for provisional cases, issued by the hub in sequence per court, type and year."""

from __future__ import annotations

import re
from collections import Counter as Tally
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update

from fuyuan_desktop import resources
from fuyuan_desktop.domain.case_numbers import CaseNumber, number_search_key
from fuyuan_desktop.domain.hlc import HybridClock
from fuyuan_desktop.store.models import Counter, Court, Dispute
from fuyuan_desktop.sync.rows import among

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


class _Series:
    """The numbers of one court, type and year. With its counter on file, only the numbers about to be issued
    are looked up (by the unique index, for every series at once: ``_look_ahead``); a series new to this hub
    reads the numbers already on file once, to continue after them."""

    def __init__(self, conn: Connection, court_code: str, type_code: str, year: int, taken: set[str],
                 stored: int | None = None) -> None:
        self.name = series_name(court_code, type_code, year)
        self.court_code, self.type_code, self.year = court_code, type_code, year
        self.stored = stored is not None
        self.taken = taken  # shared by every series of one call: numbers of different series never collide
        if stored is not None:
            self.value = int(stored)
            self.checked = self.value  # numbers up to this value have been looked up
            return
        prefix = f"（{year}）{court_code}{type_code}"
        pattern = re.compile(re.escape(prefix) + r"([0-9]+)号$")
        on_file = [n for n in conn.execute(select(_DISPUTE.c.official_number).where(
            _DISPUTE.c.official_number.like(prefix + "%"))).scalars() if n]
        taken.update(on_file)
        # First number of this series at this hub: continue after any number already on file.
        self.value = max((int(m.group(1)) for n in on_file if (m := pattern.match(n))), default=0)
        self.checked = 1 << 62

    def number(self, value: int) -> str:
        return str(CaseNumber(self.year, self.court_code, "", self.type_code, value))

    def unchecked(self, count: int) -> list[str]:
        """The next ``count`` numbers not yet looked up (marked as looked up)."""
        if self.value + count <= self.checked:
            return []
        first, self.checked = self.checked + 1, self.checked + max(count, 16)
        return [self.number(v) for v in range(first, self.checked + 1)]

    def next(self, conn: Connection) -> str:
        while True:  # a number already on file (entered by hand, or from another system) is skipped
            self.value += 1
            if self.value > self.checked:
                _look_ahead(conn, self.taken, self.unchecked(1))
            number = self.number(self.value)
            if number not in self.taken:
                self.taken.add(number)
                return number


def _look_ahead(conn: Connection, taken: set[str], wanted: list[str]) -> None:
    """Which of these numbers are already on file."""
    for start in range(0, len(wanted), 1000):
        taken.update(conn.execute(select(_DISPUTE.c.official_number).where(
            among(conn, _DISPUTE.c.official_number, wanted[start:start + 1000]))).scalars())


def _save(conn: Connection, series: list[_Series]) -> None:
    stored = [{"_name": item.name, "value": item.value} for item in series if item.stored]
    if stored:
        conn.execute(update(_COUNTER).where(_COUNTER.c.name == bindparam("_name")).values(value=bindparam("value")),
                     stored)
    fresh = [{"name": item.name, "value": item.value} for item in series if not item.stored]
    if fresh:
        conn.execute(_COUNTER.insert(), fresh)


def _number_rows(conn: Connection, changes: list[dict[str, Any]]) -> None:
    """Write the numbers: on PostgreSQL one UPDATE … FROM unnest(arrays) instead of a statement per case."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text(
            "UPDATE dispute SET official_number = v.number, official_key = v.key, hlc = v.hlc, updated_at = v.at "
            "FROM unnest(CAST(:ids AS varchar[]), CAST(:numbers AS varchar[]), CAST(:keys AS varchar[]), "
            "CAST(:hlcs AS varchar[]), CAST(:ats AS timestamptz[])) AS v(id, number, key, hlc, at) "
            "WHERE dispute.id = v.id"),
            {"ids": [c["_id"] for c in changes], "numbers": [c["official_number"] for c in changes],
             "keys": [c["official_key"] for c in changes], "hlcs": [c["hlc"] for c in changes],
             "ats": [c["updated_at"] for c in changes]})
        return
    conn.execute(update(_DISPUTE).where(_DISPUTE.c.id == bindparam("_id")).values(
        official_number=bindparam("official_number"), official_key=bindparam("official_key"),
        hlc=bindparam("hlc"), updated_at=bindparam("updated_at")), changes)


def series_name(court_code: str, type_code: str, year: int) -> str:
    return f"案号|{court_code}|{type_code}|{year}"


def assign_official_numbers(conn: Connection, sent: dict[str, str], clock: HybridClock, settings: dict[str, Any],
                            now: Any) -> list[dict[str, Any]]:
    """Give each listed dispute still without an official number the next one; return the changed rows."""
    dispute_ids = list(sent)
    if not dispute_ids:
        return []
    courts = {r.id: r.code for r in conn.execute(select(_COURT.c.id, _COURT.c.code))}
    series: dict[tuple[str, str, int], _Series] = {}
    counters: dict[str, int] | None = None
    taken: set[str] = set()
    assigned: list[dict[str, Any]] = []
    for start in range(0, len(dispute_ids), 1000):
        chunk = dispute_ids[start:start + 1000]
        rows = conn.execute(select(_DISPUTE).where(
            among(conn, _DISPUTE.c.id, chunk), _DISPUTE.c.official_number.is_(None), ~_DISPUTE.c.deleted,
        ).order_by(_DISPUTE.c.registered_on, _DISPUTE.c.provisional_number)).mappings().all()
        changes = []
        keys = [(code, type_code_for(row["category"], settings), row["registered_on"].year)
                if (code := courts.get(row["court_id"])) else None for row in rows]
        wanted = Tally(key for key in keys if key is not None)
        for new in wanted:
            if new not in series:
                if counters is None:  # every series' counter in one query
                    counters = {r[0]: int(r[1]) for r in conn.execute(select(_COUNTER.c.name, _COUNTER.c.value).where(
                        _COUNTER.c.name.like("案号|%")))}
                series[new] = _Series(conn, *new, taken, stored=counters.get(series_name(*new)))
        _look_ahead(conn, taken, [n for k, count in wanted.items() for n in series[k].unchecked(count)])
        for row, key in zip(rows, keys, strict=True):
            if key is None:
                continue
            number = series[key].next(conn)
            stamp = clock.observe(row["hlc"])
            changes.append({"_id": row["id"], "official_number": number, "official_key": number_search_key(number),
                            "hlc": stamp, "updated_at": now})
            assigned.append({**dict(row), "official_number": number, "official_key": number_search_key(number),
                             "hlc": stamp, "updated_at": now, "_sent_hlc": sent[row["id"]]})
        if changes:
            from fuyuan_desktop.hub.merge import keep_versions
            from fuyuan_desktop.sync.rows import to_json_line

            # The version the device sent stays on file: its next change was made on it.
            numbered = {c["_id"] for c in changes}
            keep_versions(conn, "dispute", "", [(r["id"], r["hlc"], to_json_line(dict(r))) for r in rows
                                                if r["id"] in numbered])
            _number_rows(conn, changes)
    _save(conn, list(series.values()))
    return assigned
