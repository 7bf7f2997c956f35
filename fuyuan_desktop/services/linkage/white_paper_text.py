"""What the white paper prints besides the store's own figures: the court's narrative sections (前言, 主要做法 …, the
list in reference data ``linkage.json`` → ``white_paper``) and the administrative litigation totals (收案, 结案,
判决败诉, 撤诉) imported from the court's case-management export (docs/domain.md §11.2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.linkage.common import linkage_rules, resolve_court
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import LitigationTotals, WhitePaperNarrative
from fuyuan_desktop.store.models import Court

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_TEXT = 20000
GENERATED = ("overview", "caseload", "appearance", "coordination", "other_work")
LITIGATION_SOURCE = "导入自案件管理系统"
# The columns of the case-management export (README "Reference data"; docs/domain.md §11.2), in this order.
LITIGATION_COLUMNS = ("年度", "法院", "收案", "结案", "判决败诉", "撤诉")


# --- narrative sections ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NarrativeSection:
    """One section the court writes: its key (前言 …), the heading printed, where it goes, and its default."""

    key: str
    heading: str
    after: str  # a generated section (GENERATED) it follows; "" for the top
    numbered: bool
    default: str  # "problems": the generated problem sentences while empty; "": left out while empty


def narrative_sections(ctx: Workspace) -> list[NarrativeSection]:
    """The narrative sections in force (shipped ``linkage.json``, overridable by the court's reference row)."""
    raw = linkage_rules(ctx).raw.get("white_paper", {}).get("narrative_sections", [])
    out = []
    for item in raw:
        after = str(item.get("after", ""))
        out.append(NarrativeSection(str(item["key"]), str(item.get("heading") or item["key"]),
                                    after if after in GENERATED else "", bool(item.get("numbered", True)),
                                    str(item.get("default", ""))))
    return out


@dataclass(frozen=True)
class NarrativeView:
    year: int
    court: str  # the court's name; "" for every court in the store
    section: str
    heading: str
    text: str
    updated_at: datetime | None


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("年度", f"应在 {MIN_YEAR}–{MAX_YEAR} 之间", field="year", code="out_of_range")


def _section(ctx: Workspace, key: str) -> NarrativeSection:
    sections = narrative_sections(ctx)
    for s in sections:
        if key.strip() in (s.key, s.heading):
            return s
    raise ValidationError("章节", f"「{key}」不是白皮书的正文章节；可选：{'、'.join(s.key for s in sections)}",
                          field="section", code="unknown")


def _scope(session: Session, court: str | None) -> tuple[str, str]:
    if not court:
        return "", ""
    row = resolve_court(session, court)
    return row.id, row.name


def _current(session: Session, year: int, court_id: str, section: str) -> WhitePaperNarrative | None:
    """The live row of (year, court, section); of two written on two devices, the later (by HLC)."""
    return session.scalars(select(WhitePaperNarrative).where(
        col(WhitePaperNarrative.year) == year, col(WhitePaperNarrative.court_id) == court_id,
        col(WhitePaperNarrative.section) == section, ~col(WhitePaperNarrative.deleted))
        .order_by(col(WhitePaperNarrative.hlc).desc())).first()


def clean_narrative(text: str) -> str:
    """The text as stored: line ends unified, trailing spaces and blank lines at either end dropped."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def set_narrative(ctx: Workspace, year: int, section: str, text: str, court: str | None = None) -> NarrativeView:
    """Store the court's text of one section (empty text empties it); unchanged text writes nothing. Audited."""
    require(ctx, "report.view")
    _check_year(year)
    spec = _section(ctx, section)
    body = clean_narrative(text)
    if len(body) > MAX_TEXT:
        raise ValidationError(spec.key, f"超过 {MAX_TEXT} 字", field="text", code="too_long")
    with ctx.db.read() as session:
        court_id, court_name = _scope(session, court)
        row = _current(session, year, court_id, spec.key)
        if (row.text if row is not None else "") == body:
            return NarrativeView(year, court_name, spec.key, spec.heading, body, row.updated_at if row else None)
    with ctx.db.write(ctx.actor, f"白皮书正文：{year}年{spec.key}") as session:
        row = _current(session, year, court_id, spec.key)
        if row is None:
            row = WhitePaperNarrative(year=year, court_id=court_id, section=spec.key, text=body)
        row.text = body
        session.add(row)
        session.flush()
        return NarrativeView(year, court_name, spec.key, spec.heading, body, row.updated_at)


def narratives(ctx: Workspace, year: int, court: str | None = None) -> list[NarrativeView]:
    """Every narrative section of the year's white paper (one court, or all courts: ``court`` None), in order;
    a section nobody wrote has empty text."""
    _check_year(year)
    sections = narrative_sections(ctx)
    with ctx.db.read() as session:
        court_id, court_name = _scope(session, court)
        out = []
        for s in sections:
            row = _current(session, year, court_id, s.key)
            out.append(NarrativeView(year, court_name, s.key, s.heading, row.text if row else "",
                                     row.updated_at if row else None))
    return out


# --- administrative litigation totals -------------------------------------------------------------------------


@dataclass(frozen=True)
class LitigationView:
    year: int
    court: str  # the court's name; "全部法院" for a sum over several
    received: int
    closed: int
    lost: int
    withdrawn: int
    source: str

    @property
    def loss_rate(self) -> float | None:
        """败诉率 = 判决败诉 ÷ 结案."""
        return self.lost / self.closed if self.closed else None

    @property
    def withdrawal_rate(self) -> float | None:
        """撤诉率 = 撤诉 ÷ 结案."""
        return self.withdrawn / self.closed if self.closed else None


@dataclass(frozen=True)
class LitigationImport:
    rows: int
    added: int
    replaced: int
    unchanged: int


def _count_cell(text: str) -> int:
    cleaned = text.strip().replace(",", "")
    if cleaned.endswith(".0"):  # a number cell from Excel
        cleaned = cleaned[:-2]
    if not cleaned.isdigit():
        raise ValueError(f"「{text}」不是非负整数" if text.strip() else "不能为空")
    return int(cleaned)


def _find_court(session: Session, text: str) -> Court:
    """A court by 代字, name or short name, as the case-management export writes it."""
    try:
        return resolve_court(session, text.strip())
    except NotFoundError:
        raise ValueError(f"本库没有法院「{text}」（可写法院代字或名称）") from None


def import_litigation(ctx: Workspace, path: Path) -> LitigationImport:
    """Read the totals of a .xlsx/.csv export (columns :data:`LITIGATION_COLUMNS`); a (year, court) already
    imported is replaced. Every row is checked first: any bad row refuses the whole file, each problem named by
    row and column, and nothing is written."""
    from fuyuan_desktop.services.places import read_table

    require(ctx, "report.view")
    table = read_table(path, LITIGATION_COLUMNS)
    errors: list[ValidationError] = []
    parsed: list[dict[str, Any]] = []
    seen: dict[tuple[int, str], int] = {}
    with ctx.db.read() as session:
        for number, cells in enumerate(table, start=2):
            values: dict[str, Any] = {}
            for column in LITIGATION_COLUMNS:
                try:
                    if column == "法院":
                        values[column] = _find_court(session, cells[column]).id if cells[column].strip() else None
                        if values[column] is None:
                            raise ValueError("不能为空")
                    else:
                        values[column] = _count_cell(cells[column])
                        if column == "年度" and not MIN_YEAR <= values[column] <= MAX_YEAR:
                            raise ValueError(f"应在 {MIN_YEAR}–{MAX_YEAR} 之间")
                except ValueError as exc:
                    errors.append(ValidationError(f"第 {number} 行「{column}」列", str(exc)))
            if len(values) != len(LITIGATION_COLUMNS):
                continue
            if values["判决败诉"] + values["撤诉"] > values["结案"]:
                errors.append(ValidationError(f"第 {number} 行「判决败诉」列", "判决败诉与撤诉之和不能多于结案数"))
                continue
            key = (values["年度"], values["法院"])
            if key in seen:
                errors.append(ValidationError(f"第 {number} 行「法院」列", f"与第 {seen[key]} 行重复（同一年度同一法院）"))
                continue
            seen[key] = number
            parsed.append(values)
    if errors:
        raise InputErrors(errors)
    added = replaced = unchanged = 0
    source = f"{LITIGATION_SOURCE}（{path.name}）"[:200]
    with ctx.db.write(ctx.actor, f"导入行政诉讼收结案数：{path.name}"[:64]) as session:
        for values in parsed:
            row = _totals_row(session, values["年度"], values["法院"])
            numbers = (values["收案"], values["结案"], values["判决败诉"], values["撤诉"])
            if row is not None and (row.received, row.closed, row.lost, row.withdrawn) == numbers:
                unchanged += 1
                continue
            if row is None:
                row = LitigationTotals(year=values["年度"], court_id=values["法院"])
                added += 1
            else:
                replaced += 1
            row.received, row.closed, row.lost, row.withdrawn = numbers
            row.source = source
            session.add(row)
    return LitigationImport(len(parsed), added, replaced, unchanged)


def _totals_row(session: Session, year: int, court_id: str) -> LitigationTotals | None:
    return session.scalars(select(LitigationTotals).where(
        col(LitigationTotals.year) == year, col(LitigationTotals.court_id) == court_id,
        ~col(LitigationTotals.deleted)).order_by(col(LitigationTotals.hlc).desc())).first()


def litigation_totals(ctx: Workspace, year: int | None = None, court: str | None = None) -> list[LitigationView]:
    """The imported totals, one row per year and court (newest year first)."""
    with ctx.db.read() as session:
        query = (select(LitigationTotals, col(Court.name)).join(Court, col(Court.id) == col(LitigationTotals.court_id))
                 .where(~col(LitigationTotals.deleted)))
        if year is not None:
            query = query.where(col(LitigationTotals.year) == year)
        if court:
            query = query.where(col(LitigationTotals.court_id) == resolve_court(session, court).id)
        rows = session.execute(query.order_by(col(LitigationTotals.year).desc(), col(Court.code),
                                              col(LitigationTotals.hlc).desc())).all()
    out: dict[tuple[int, str], LitigationView] = {}
    for r, name in rows:  # of two rows for one (year, court) written on two devices, the later
        out.setdefault((r.year, r.court_id), LitigationView(r.year, str(name), r.received, r.closed, r.lost,
                                                           r.withdrawn, r.source))
    return list(out.values())


def litigation_summary(ctx: Workspace, year: int, court: str | None = None) -> LitigationView | None:
    """The year's totals for one court, or summed over every court imported (``court`` None); None if none."""
    rows = litigation_totals(ctx, year, court)
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0]
    return LitigationView(year, "全部法院", sum(r.received for r in rows), sum(r.closed for r in rows),
                          sum(r.lost for r in rows), sum(r.withdrawn for r in rows), LITIGATION_SOURCE)
