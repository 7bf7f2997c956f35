"""What the 府院联动 ledgers do not cover yet: administrative cases without a centre entry, places not yet in the
无讼村屯 list, enterprise disputes not flagged, and the cases a recommendation could come from.

Read inside a bulk intake (``services.bulk_intake``), so the cases it has just written count; the demo fills its
ledgers from these answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import text

from fuyuan_desktop.services.bulk_intake import TABLES, BulkIntake


class AdminCaseGap(NamedTuple):
    """An administrative dispute with no 协调化解中心 entry, and the agency it is brought against."""

    dispute_id: str
    category: str
    outcome: str | None
    registered_on: date
    closed_on: date | None
    court_id: str
    act_date: date | None
    agency: str | None
    head: str | None


class SmeGap(NamedTuple):
    """An enterprise-contract dispute with an organisation among its parties, not yet on the 涉企 list."""

    dispute_id: str
    enterprise: str
    registered_on: date


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _rows(intake: BulkIntake, sql: str, **params: Any) -> list[Any]:
    return list(intake.connection.execute(text(sql), params).all())


def admin_cases_without_entry(intake: BulkIntake) -> list[AdminCaseGap]:
    """Administrative disputes the centre's ledger lacks, by registration, with the first agency respondent."""
    rows = _rows(intake, """
        SELECT d.id, d.category, d.outcome, d.registered_on, d.closed_on, d.court_id, d.act_date,
               (SELECT p.name FROM caseparty cp JOIN party p ON p.id = cp.party_id
                 WHERE cp.dispute_id = d.id AND cp.role = 'respondent' AND p.kind = 'agency'
                 ORDER BY cp.position LIMIT 1) AS agency,
               (SELECT p.representative FROM caseparty cp JOIN party p ON p.id = cp.party_id
                 WHERE cp.dispute_id = d.id AND cp.role = 'respondent' AND p.kind = 'agency'
                 ORDER BY cp.position LIMIT 1) AS head
          FROM dispute d LEFT JOIN admincase a ON a.dispute_id = d.id
         WHERE d.category LIKE 'admin_%' AND a.id IS NULL AND NOT d.deleted
         ORDER BY d.registered_on, d.id""")
    return [
        AdminCaseGap(
            str(r[0]),
            str(r[1]),
            r[2],
            _day(r[3]),
            None if r[4] is None else _day(r[4]),
            str(r[5]),
            None if r[6] is None else _day(r[6]),
            r[7],
            r[8],
        )
        for r in rows
    ]


def court_ids(intake: BulkIntake) -> dict[str, str]:
    """法院代字 → court id."""
    return {str(r[1]): str(r[0]) for r in _rows(intake, "SELECT id, code FROM court")}


def own_device(intake: BulkIntake) -> str:
    """This store's device id (demo rows made without drawing on the id sequence are still this store's own)."""
    found = _rows(intake, "SELECT id FROM device WHERE is_self")
    return str(found[0][0]) if found else ""


def has_rows(intake: BulkIntake, table: str) -> bool:
    """Whether a ledger (``trainingevent``, ``recommendation``…) has any row yet."""
    if table not in TABLES:
        raise ValueError(f"not a bulk-intake table: {table}")
    return bool(_rows(intake, f"SELECT 1 FROM {table} LIMIT 1"))


def places_without_village_entry(
    intake: BulkIntake, candidates: Sequence[tuple[str, str, str, str]]
) -> list[tuple[str, str, str, str]]:
    """The ``candidates`` (place id, name, township, tribunal id) not yet in the 无讼村屯 list, in their order.

    Registry places carry no tribunal (the registry is the statistical codes, not a court's jurisdiction), so the
    caller names the tribunal that serves each candidate village or community.
    """
    listed = {str(r[0]) for r in _rows(intake, "SELECT place_id FROM village WHERE place_id IS NOT NULL")}
    return [c for c in candidates if c[0] not in listed and c[3]]


def enterprise_disputes_not_flagged(intake: BulkIntake) -> list[SmeGap]:
    """Enterprise-contract disputes and their organisations (one row per organisation), by registration."""
    return [
        SmeGap(str(r[0]), str(r[1]), _day(r[2]))
        for r in _rows(intake, """
            SELECT DISTINCT d.id, p.name, d.registered_on FROM dispute d JOIN caseparty cp ON cp.dispute_id = d.id
              JOIN party p ON p.id = cp.party_id LEFT JOIN smecase s ON s.dispute_id = d.id
             WHERE p.kind = 'organization' AND d.category = 'enterprise_contract' AND s.id IS NULL
             ORDER BY d.registered_on, d.id""")
    ]


def township_cluster(intake: BulkIntake, cause: str, township: str, since: date) -> tuple[tuple[str, str] | None, int]:
    """The latest (dispute id, court id) of the 案由 ``cause`` (a stored reference; the cases under it count too, as
    the similar-case warning groups them) in ``township`` since ``since``, and how many there are."""
    match = """FROM dispute d JOIN place pl ON pl.id = d.place_id
         WHERE (d.cause = :cause OR d.cause LIKE :below) AND d.cause_review = ''
           AND pl.township = :township AND d.registered_on >= :since"""
    args = {"cause": cause, "below": cause + ".%", "township": township, "since": since}
    latest = _rows(intake, f"SELECT d.id, d.court_id {match} ORDER BY d.registered_on DESC LIMIT 1", **args)
    count = _rows(intake, f"SELECT count(*) {match}", **args)[0][0]
    return ((str(latest[0][0]), str(latest[0][1])) if latest else None), int(count)


def latest_admin_disputes(intake: BulkIntake, limit: int) -> list[tuple[str, str]]:
    """The most recently registered administrative disputes: (dispute id, court id)."""
    return [
        (str(r[0]), str(r[1]))
        for r in _rows(
            intake,
            "SELECT id, court_id FROM dispute WHERE category LIKE 'admin_%' ORDER BY registered_on DESC LIMIT :limit",
            limit=limit,
        )
    ]
