"""The one place a court's or tribunal's name comes from: papers, reports, lists and the 案号 check all ask here.

The names are the store's ``court`` and ``tribunal`` rows, seeded from ``resources/reference/courts.json`` (full
name 松原市宁江区人民法院, short name 宁江区法院, 法院代字 吉0702, tribunals with their seats) and editable by the
court; papers print the full names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
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


# --- the list of courts and tribunals: shown, exported and imported as one table -------------------------------
#
# Courts live in the store's ``court`` and ``tribunal`` rows (seeded once from courts.json; the file is never read
# again for a store that has them), so what a court imports is kept there, overrides the shipped names and travels
# like any shared reference row: imported at the hub (``--hub``), it reaches every laptop with its next receipt.
# One row per court or tribunal; a tribunal's row carries its court's 法院代字 (a tribunal has no code of its own).

COURT_COLUMNS = ("类别", "法院代字", "全称", "简称", "上级法院代字", "行政区划代码", "驻地", "地址", "电话")
KIND_LABELS = {"intermediate": "中级法院", "basic": "基层法院", "tribunal": "法庭"}
_KIND_OF = {label: code for code, label in KIND_LABELS.items()} | {
    "中级人民法院": "intermediate", "中院": "intermediate", "基层人民法院": "basic", "人民法庭": "tribunal"}


@dataclass(frozen=True)
class TribunalView:
    id: str
    name: str
    short_name: str
    seat: str
    address: str
    phone: str


@dataclass(frozen=True)
class CourtView:
    """A court with its tribunals, as ``fuyuan court list|show`` and the hub's page show it."""

    id: str
    code: str
    name: str
    short_name: str
    level: str
    level_label: str
    parent_code: str
    division_code: str
    tribunals: tuple[TribunalView, ...] = ()


@dataclass(frozen=True)
class CourtImportResult:
    added: int
    updated: int
    unchanged: int
    rows: int


def _courts(session: Session) -> list[Court]:
    rows = session.scalars(select(Court).where(~col(Court.deleted))).all()
    return sorted(rows, key=lambda c: (c.level != "intermediate", c.code))


def _court_views(session: Session) -> list[CourtView]:
    courts = _courts(session)
    code_of = {c.id: c.code for c in courts}
    tribunals = session.scalars(select(Tribunal).where(~col(Tribunal.deleted)).order_by(col(Tribunal.name))).all()
    by_court: dict[str, list[TribunalView]] = {}
    for t in tribunals:
        by_court.setdefault(t.court_id, []).append(TribunalView(t.id, t.name, t.short_name, t.seat, t.address, t.phone))
    return [CourtView(c.id, c.code, c.name, c.short_name, c.level, KIND_LABELS.get(c.level, c.level),
                      code_of.get(c.parent_id or "", ""), c.division_code, tuple(by_court.get(c.id, [])))
            for c in courts]


def list_courts(ctx: Any) -> list[CourtView]:
    """Every court with its tribunals (the intermediate court first, then by 法院代字)."""
    with ctx.db.read() as session:
        return _court_views(session)


def show_court(ctx: Any, ref: str) -> CourtView:
    """One court by its 法院代字, full name or short name."""
    text = ref.strip()
    views = list_courts(ctx)
    for view in views:
        if text in (view.code, view.name, view.short_name, view.id):
            return view
    raise NotFoundError(f"法院名录中没有「{text}」；现有：{'、'.join(v.code + ' ' + v.short_name for v in views)}",
                        code="unknown_court")


def export_courts(ctx: Any, out: Path) -> int:
    """Every court and tribunal as a .xlsx/.csv table with the import's columns (:data:`COURT_COLUMNS`)."""
    from fuyuan_desktop.services.places import write_table

    rows: list[list[str]] = []
    for view in list_courts(ctx):
        rows.append([view.level_label, view.code, view.name, view.short_name, view.parent_code, view.division_code,
                     "", "", ""])
        rows.extend([KIND_LABELS["tribunal"], view.code, t.name, t.short_name, "", "", t.seat, t.address, t.phone]
                    for t in view.tribunals)
    write_table(out, COURT_COLUMNS, rows, title="法院和法庭")
    return len(rows)


def _text(cells: dict[str, str], column: str, limit: int, *, required: bool = False) -> str:
    value = " ".join(cells[column].split())
    if required and not value:
        raise ValidationError(column, "不能为空")
    if len(value) > limit:
        raise ValidationError(column, f"不能超过 {limit} 个字，现为 {len(value)} 个字")
    return value


def import_courts(ctx: Any, path: Path) -> CourtImportResult:
    """Add or update the courts and tribunals of a .csv/.xlsx table (columns :data:`COURT_COLUMNS`).

    A court is matched by its 法院代字, a tribunal by its court and short name (or full name); nothing is removed.
    Any bad row refuses the whole file, each problem named by row and column; nothing is half-imported.
    """
    from fuyuan_desktop.domain.errors import InputErrors
    from fuyuan_desktop.services.permissions import require
    from fuyuan_desktop.services.places import read_table
    from fuyuan_desktop.store.installation import _shipped_id

    require(ctx, "registry.edit")
    table = read_table(path, COURT_COLUMNS)
    errors: list[ValidationError] = []
    added = updated = unchanged = 0

    def problem(row: int, exc: ValidationError) -> None:
        errors.append(ValidationError(f"第 {row} 行「{exc.label}」列", exc.reason))

    with ctx.db.write(ctx.actor, f"法院名录：导入 {path.name}") as session:
        # a court removed earlier (its code is still taken) comes back when the table names it again
        courts = {c.code: c for c in session.scalars(select(Court))}
        parsed: list[tuple[int, str, dict[str, str]]] = []
        file_codes: dict[str, int] = {}
        file_tribunals: dict[tuple[str, str], int] = {}
        for i, cells in enumerate(table, start=2):
            kind = _KIND_OF.get(cells["类别"].strip())
            if kind is None:
                problem(i, ValidationError("类别", f"「{cells['类别']}」应为 {'、'.join(KIND_LABELS.values())}"))
                continue
            try:
                values = {"code": _text(cells, "法院代字", 16, required=True),
                          "name": _text(cells, "全称", 64, required=True),
                          "short_name": _text(cells, "简称", 16, required=True),
                          "parent": _text(cells, "上级法院代字", 16),
                          "division_code": _text(cells, "行政区划代码", 6),
                          "seat": _text(cells, "驻地", 64), "address": _text(cells, "地址", 200),
                          "phone": _text(cells, "电话", 32)}
                if kind == "tribunal":
                    if values["parent"] or values["division_code"]:
                        column = "上级法院代字" if values["parent"] else "行政区划代码"
                        raise ValidationError(column, "法庭行不填此列（法庭用所属法院的法院代字）")
                else:
                    for column, key in (("驻地", "seat"), ("地址", "address"), ("电话", "phone")):
                        if values[key]:
                            raise ValidationError(column, "法院行不填此列（只有法庭有驻地、地址、电话）")
                    if values["division_code"] and not (values["division_code"].isdigit()
                                                        and len(values["division_code"]) == 6):
                        raise ValidationError("行政区划代码", f"「{values['division_code']}」应为 6 位数字")
                    if values["code"] in file_codes:
                        raise ValidationError("法院代字", f"与第 {file_codes[values['code']]} 行重复")
                    if values["parent"] == values["code"]:
                        raise ValidationError("上级法院代字", "不能是本院")
                    file_codes[values["code"]] = i
                if kind == "tribunal":
                    pair = (values["code"], values["short_name"])
                    if pair in file_tribunals:
                        raise ValidationError("简称", f"与第 {file_tribunals[pair]} 行是同一法院的同一法庭")
                    file_tribunals[pair] = i
            except ValidationError as exc:
                problem(i, exc)
                continue
            parsed.append((i, kind, values))
        known = set(courts) | set(file_codes)
        for i, kind, values in parsed:
            if kind == "tribunal" and values["code"] not in known:
                problem(i, ValidationError("法院代字", f"「{values['code']}」不在法院名录中，也不在本表的法院行里"))
            if kind != "tribunal" and values["parent"] and values["parent"] not in known:
                problem(i, ValidationError("上级法院代字", f"「{values['parent']}」不在法院名录中，也不在本表的法院行里"))
        if errors:
            raise InputErrors(errors)
        # the courts first (a tribunal's court may be a row further down), parents before children
        for _i, kind, values in sorted((p for p in parsed if p[1] != "tribunal"), key=lambda p: p[1] != "intermediate"):
            row = courts.get(values["code"])
            fields = {"name": values["name"], "short_name": values["short_name"], "level": kind,
                      "division_code": values["division_code"]}
            if row is None:
                wanted = _shipped_id("court", values["code"])
                row = Court(code=values["code"], **fields)  # type: ignore[arg-type]
                if session.get(Court, wanted) is None:  # the same id on every device that imports it
                    row.id = wanted
                courts[row.code] = row
                added += 1
            elif row.deleted or any(getattr(row, k) != v for k, v in fields.items()):
                for k, v in fields.items():
                    setattr(row, k, v)
                row.deleted = False
                updated += 1
            else:
                unchanged += 1
            session.add(row)
        session.flush()
        for _i, kind, values in parsed:
            if kind == "tribunal":
                continue
            row = courts[values["code"]]
            parent_id = courts[values["parent"]].id if values["parent"] else None
            if row.parent_id != parent_id:
                row.parent_id = parent_id
                session.add(row)
        tribunals = session.scalars(select(Tribunal).where(~col(Tribunal.deleted))).all()
        for _i, kind, values in parsed:
            if kind != "tribunal":
                continue
            court = courts[values["code"]]
            mine = [t for t in tribunals if t.court_id == court.id]
            found = (next((t for t in mine if t.short_name == values["short_name"]), None)
                     or next((t for t in mine if t.name == values["name"]), None))
            fields = {"name": values["name"], "short_name": values["short_name"], "seat": values["seat"],
                      "address": values["address"], "phone": values["phone"]}
            if found is None:
                new = Tribunal(court_id=court.id, **fields)  # type: ignore[arg-type]
                wanted = _shipped_id("tribunal", court.code, values["short_name"])
                if session.get(Tribunal, wanted) is None:
                    new.id = wanted
                session.add(new)
                tribunals = [*tribunals, new]
                added += 1
            elif any(getattr(found, k) != v for k, v in fields.items()):
                for k, v in fields.items():
                    setattr(found, k, v)
                session.add(found)
                updated += 1
            else:
                unchanged += 1
    return CourtImportResult(added, updated, unchanged, len(table))
