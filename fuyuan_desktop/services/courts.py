"""The one place a court's or tribunal's name comes from: papers, reports, lists and the 案号 check all ask here.

The names are the store's ``court`` and ``tribunal`` rows, seeded from ``resources/reference/courts.json`` (full
name 松原市宁江区人民法院, short name 宁江区法院, 法院代字 吉0702, tribunals with their seats) and editable by the
court; papers print the full names.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.store.models import Court, Tribunal


@dataclass(frozen=True)
class CourtNames:
    """How a court (and, for a case, its tribunal) is named. Empty strings when the court is unknown."""

    code: str = ""
    full_name: str = ""
    short_name: str = ""
    # The tribunal's full name (松原市宁江区人民法院开发区人民法庭); the court's full name when there is none.
    tribunal_full_name: str = ""
    tribunal_short_name: str = ""
    seat: str = ""
    address: str = ""
    phone: str = ""


def court_names(session: Session, court_id: str | None, tribunal_id: str | None = None) -> CourtNames:
    """The names of a court and, optionally, one of its tribunals, as papers and reports print them."""
    court = session.get(Court, court_id) if court_id else None
    tribunal = session.get(Tribunal, tribunal_id) if tribunal_id else None
    if court is None and tribunal is not None:
        court = session.get(Court, tribunal.court_id)
    full = court.name if court else ""
    return CourtNames(
        code=court.code if court else "",
        full_name=full,
        short_name=(court.short_name or full) if court else "",
        tribunal_full_name=tribunal.name if tribunal else full,
        tribunal_short_name=tribunal.short_name if tribunal else "",
        seat=tribunal.seat if tribunal else "",
        address=tribunal.address if tribunal else "",
        phone=tribunal.phone if tribunal else "",
    )


def court_full_name(session: Session, court_id: str | None) -> str:
    """A court's full name (松原市宁江区人民法院), or "" for no court."""
    return court_names(session, court_id).full_name


def intermediate_court_name(session: Session) -> str:
    """The intermediate court's full name (the heading of a report over several courts)."""
    top = session.scalars(select(Court).where(col(Court.level) == "intermediate", ~col(Court.deleted))).first()
    return court_full_name(session, top.id) if top is not None else "人民法院"


def court_codes(session: Session) -> dict[str, str]:
    """法院代字 → full name of every court in the store (the 案号 check's list)."""
    return {c.code: c.name for c in session.scalars(select(Court).where(~col(Court.deleted)))}
