"""案由 for the frontends: type-ahead ranked by this tribunal's use, the catalogue listing, the review of migrated cases.

The catalogues themselves are shipped reference data (``domain/causes.py``); a case stores its 案由 as
``"civil_2020:4.10.84"`` (``domain/cause_refs.py``). Changing a case's 案由 goes through ``db.write``, so it is
audited, stamped for sync and announced like every other edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import col

from fuyuan_desktop.domain.cause_refs import (
    CASE_CATALOGUES,
    cause_of,
    cause_ref,
    legacy_category_for,
    resolve_cause,
)
from fuyuan_desktop.domain.causes import (
    ADMINISTRATIVE_2020,
    CATALOGUES,
    CIVIL_2020,
    Cause,
    catalogue,
    legacy_mappings,
    search_all,
    suggest_people_mediation_type,
)
from fuyuan_desktop.domain.enums import MediationKind
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute

SHORT_TITLES = {CIVIL_2020: "民事", ADMINISTRATIVE_2020: "行政", "people_mediation": "人民调解"}
_CATALOGUE_ALIASES = {"civil": CIVIL_2020, "民事": CIVIL_2020, "admin": ADMINISTRATIVE_2020, "行政": ADMINISTRATIVE_2020,
                      "people": "people_mediation", "人民调解": "people_mediation"}


@dataclass(frozen=True)
class CauseChoice:
    """One 案由 as a picker shows it."""

    ref: str  # "civil_2020:4.10.84"
    catalogue: str
    code: str
    name: str
    level: int
    number: str
    path: str  # "第四部分 合同、准合同纠纷 / 合同纠纷 / 买卖合同纠纷"
    uses: int  # cases of this tribunal with this 案由

    @property
    def display(self) -> str:
        """What the type-ahead lists: "买卖合同纠纷　〔民事·三级 84〕"."""
        number = f" {self.number.strip('.、 ')}" if self.number else ""
        return f"{self.name}　〔{SHORT_TITLES[self.catalogue]}·{'一二三四'[self.level - 1]}级{number}〕"


def _choice(cause: Cause, uses: int) -> CauseChoice:
    path = " / ".join(c.name for c in catalogue(cause.catalogue).path(cause.code))
    return CauseChoice(cause_ref(cause), cause.catalogue, cause.code, cause.name, cause.level, cause.number or "",
                       path, uses)


def cause_usage(ctx: Workspace, tribunal_id: str | None = None) -> dict[str, int]:
    """How many cases (of this tribunal, or all) carry each 案由."""
    stmt = select(col(Dispute.cause), func.count()).where(~col(Dispute.deleted), col(Dispute.cause) != "")
    if tribunal_id:
        stmt = stmt.where(col(Dispute.tribunal_id) == tribunal_id)
    with ctx.db.read() as session:
        return {ref: int(n) for ref, n in session.execute(stmt.group_by(col(Dispute.cause))).all()}


def search_causes(ctx: Workspace, query: str, *, tribunal_id: str | None = None, limit: int = 30,
                  usage: dict[str, int] | None = None) -> list[CauseChoice]:
    """案由 of both catalogues matching ``query`` (characters, pinyin initials or full pinyin, number, code).

    The ones this tribunal has used come first, most used first; the rest follow in the catalogue's ranking.
    An empty query lists the tribunal's most used 案由. ``usage`` may be passed to avoid re-reading it per key.
    """
    usage = cause_usage(ctx, tribunal_id) if usage is None else usage
    if not query.strip():
        used = sorted(usage.items(), key=lambda item: -item[1])
        found = [(cause, n) for ref, n in used if (cause := cause_of(ref)) is not None]
        return [_choice(cause, n) for cause, n in found[:limit]]
    matches = search_all(query, catalogues=CASE_CATALOGUES)
    ordered = sorted(enumerate(matches), key=lambda item: (-usage.get(cause_ref(item[1]), 0), item[0]))
    return [_choice(cause, usage.get(cause_ref(cause), 0)) for _, cause in ordered[:limit]]


def choice_for(text: str) -> CauseChoice:
    """The 案由 ``text`` names (code, name or stored reference), or a ``ValidationError`` naming the field."""
    return _choice(resolve_cause(text), 0)


def suggested_mediation_type(cause: Cause | str) -> str:
    """The 人民调解 type code suggested for a civil 案由 ("" for an administrative or procedural one)."""
    found = cause_of(cause) if isinstance(cause, str) else cause
    if found is None or found.catalogue != CIVIL_2020:
        return ""
    suggestion = suggest_people_mediation_type(found.code)
    return suggestion.type.code if suggestion else ""


def mediation_type_choices() -> list[tuple[str, str]]:
    """(code, name) of every 人民调解 dispute type, for a picker."""
    return [(c.code, c.name if c.level == 1 else f"　{c.name}") for c in catalogue("people_mediation")]


@dataclass(frozen=True)
class CatalogueRow:
    catalogue: str
    code: str
    number: str
    name: str
    level: int
    parent: str


def list_catalogue(catalogue_name: str = "", *, level: int | None = None, search: str = "") -> list[CatalogueRow]:
    """The shipped catalogue(s) in document order, or the entries matching ``search`` best first."""
    wanted = _CATALOGUE_ALIASES.get(catalogue_name.strip(), catalogue_name.strip())
    if wanted and wanted not in CATALOGUES:
        raise ValidationError("目录", f"「{catalogue_name}」不是案由目录；可选：civil（民事）、admin（行政）、"
                              "people（人民调解）", field="catalogue")
    if level is not None and not 1 <= level <= 4:
        raise ValidationError("层级", f"{level} 无效，应为 1–4（一级至四级案由）", field="level")
    ids = (wanted,) if wanted else CATALOGUES
    levels = None if level is None else [level]
    if search.strip():
        causes = [c for c in search_all(search, catalogues=ids) if levels is None or c.level in levels]
    else:
        causes = [c for cid in ids for c in catalogue(cid) if levels is None or c.level in levels]
    return [CatalogueRow(c.catalogue, c.code, c.number or "", c.name, c.level, c.parent or "") for c in causes]


def catalogue_editions() -> list[str]:
    """"民事案件案由规定（2020年修正，法〔2020〕347号）" for each catalogue shipped."""
    lines = []
    for cid in CATALOGUES:
        header = catalogue(cid).header
        parts = [str(header.get(k)) for k in ("edition", "issuing_document") if header.get(k)]
        lines.append(f"{header.get('title', cid)}（{'，'.join(parts)}）" if parts else str(header.get("title", cid)))
    return lines


# --- the cases the migration gave a default 案由 to -----------------------------------------------------------


@dataclass(frozen=True)
class CauseReview:
    case_id: str
    number: str
    old_category: str  # the old label, e.g. 企业合同纠纷
    cause: str  # the 案由 the migration picked
    candidates: tuple[CauseChoice, ...]
    note: str
    summary: str


def review_causes(ctx: Workspace) -> list[CauseReview]:
    """Cases whose old category maps to several 案由: the migration chose the default; a person should confirm."""
    mappings = legacy_mappings()
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Dispute).where(~col(Dispute.deleted), col(Dispute.cause_review) != "")
            .order_by(col(Dispute.registered_on), col(Dispute.provisional_number))
        ).all()
        found = []
        for d in rows:
            mapping = mappings.get(d.cause_review)
            candidates = tuple(_choice(t, 0) for t in mapping.targets) if mapping else ()
            found.append(CauseReview(d.id, d.official_number or d.provisional_number,
                                     mapping.label if mapping else d.cause_review, d.cause, candidates,
                                     mapping.note if mapping else "", d.summary[:80]))
        return found


def set_case_cause(ctx: Workspace, case_ref: str, cause_text: str, *, mediation_type: str | None = None) -> CauseChoice:
    """Give a case its 案由 (and clears its review mark); the old category rules read follows the 案由."""
    from fuyuan_desktop.domain.cause_refs import resolve_mediation_type
    from fuyuan_desktop.services.cases import resolve_case_id

    require(ctx, "case.edit")
    cause = resolve_cause(cause_text)
    with ctx.db.write(ctx.actor, "确定案由") as session:
        dispute = session.get(Dispute, resolve_case_id(session, case_ref))
        assert dispute is not None
        dispute.cause = cause_ref(cause)
        dispute.category = legacy_category_for(cause).value
        dispute.cause_review = ""
        if mediation_type is not None:
            dispute.mediation_type = resolve_mediation_type(mediation_type).code if mediation_type.strip() else ""
        elif dispute.mediation_kind == MediationKind.PEOPLE.value:
            dispute.mediation_type = suggested_mediation_type(cause) or dispute.mediation_type
        session.add(dispute)
    return _choice(cause, 0)


# --- statistics by 案由 level ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CauseCount:
    catalogue: str
    code: str
    name: str
    level: int
    cases: int


def count_by_cause(ctx: Workspace, level: int, *, tribunal_id: str | None = None,
                   registered_from: date | None = None, registered_to: date | None = None) -> list[CauseCount]:
    """Cases per 案由 at ``level`` (1–4): a case counts under its 案由's ancestor at that level; a case whose 案由 is
    above that level (e.g. 合同纠纷 asked at level 3) counts under its own 案由, marked by its lower level."""
    if not 1 <= level <= 4:
        raise ValidationError("层级", f"{level} 无效，应为 1–4（一级至四级案由）", field="level")
    stmt = select(col(Dispute.cause), func.count()).where(~col(Dispute.deleted), col(Dispute.cause) != "")
    if tribunal_id:
        stmt = stmt.where(col(Dispute.tribunal_id) == tribunal_id)
    if registered_from:
        stmt = stmt.where(col(Dispute.registered_on) >= registered_from)
    if registered_to:
        stmt = stmt.where(col(Dispute.registered_on) <= registered_to)
    with ctx.db.read() as session:
        rows = session.execute(stmt.group_by(col(Dispute.cause))).all()
    totals: dict[tuple[str, str], int] = {}
    for ref, n in rows:
        cause = cause_of(ref)
        if cause is None:
            continue
        path = catalogue(cause.catalogue).path(cause.code)
        at = path[min(level, len(path)) - 1]
        totals[(at.catalogue, at.code)] = totals.get((at.catalogue, at.code), 0) + int(n)
    counted = [CauseCount(cid, code, catalogue(cid).get(code).name, catalogue(cid).get(code).level, n)
               for (cid, code), n in totals.items()]
    return sorted(counted, key=lambda c: (-c.cases, c.catalogue, c.code))
