"""The places registry (地名库) as use cases: pick, resolve, add, alias, retire, import, export, review legacy places.

Intake and every place field resolve what the user typed against the registry (``store/places.py``): a name, an
alias (伯都 = 伯都乡), a name qualified by its ancestors (长山镇新立村) or a code; a name that several places share
is refused with every candidate named by its parent, and a name the registry lacks is refused with the way to add
it. A new place enters only through :func:`add_place` (or an import), audited, by a role allowed ``place.edit``.
Free-text places from before the registry are mapped by :func:`automap_legacy` (exact or alias matches) and
:func:`map_legacy` (the rest, after review).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain import places as domain_places
from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store import places as store_places
from fuyuan_desktop.store.models import Counter, Dispute, Place

LEVEL_LABELS = domain_places.LEVEL_LABELS
LEVEL_CODES = {"county": "county", "township": "township", "village": "village", "park": "park",
               "县": "county", "区": "county", "县区": "county", "县（市、区）": "county", "乡镇": "township",
               "乡镇（街道）": "township", "街道": "township", "村": "village", "社区": "village", "村（社区）": "village",
               "村屯": "village", "园区": "park"}
# The parent a level may hang under.
PARENT_LEVELS = {"county": ("city",), "township": ("county",), "village": ("township", "park"),
                 "park": ("county", "city")}
COLUMNS = ("代码", "名称", "级别", "上级代码", "别名", "启用日期", "停用日期", "备注")
AUTOMAP_COUNTER = "places.automap_seen"
FIELD = "place 地点"
# The characters a place's name ends with; a typed place is split into place + detail only after one of them.
_NAME_ENDS = frozenset("市区县旗乡镇道村屯会场园")
_COLUMN_OF = {"name": "名称", "level": "级别", "parent": "上级代码", "code": "代码", "aliases": "别名",
              "valid_from": "启用日期", "valid_to": "停用日期"}


@dataclass(frozen=True)
class PlaceView:
    """One registry place as the GUI and the CLI show it."""

    id: str
    code: str
    name: str
    display_name: str
    level: str
    level_label: str
    parent: str
    county: str
    aliases: tuple[str, ...]
    valid_to: date | None
    source: str = "shipped"
    inferred: bool = False
    kind: str = ""  # village, community, community_like, town, subdistrict, industrial_park…
    parent_code: str = ""

    @property
    def retired(self) -> bool:
        return self.valid_to is not None

    @property
    def label(self) -> str:
        """For a list: the unique label, its level and its parent (伯都村 · 村（社区） · 宁江区伯都乡)."""
        parts = [self.display_name, self.level_label]
        if self.parent:
            parts.append(self.parent)
        if self.retired:
            parts.append(f"已于{self.valid_to}停用")
        return " · ".join(parts)


def _view(book: domain_places.Gazetteer, place: domain_places.Place, source: str = "", inferred: bool = False
          ) -> PlaceView:
    chain = book.ancestors(place.code)
    parent = "".join(p.short_name for p in chain)
    county = next((p.short_name for p in chain if p.level == "county"), "")
    return PlaceView(place.record_id, place.code, place.short_name, place.display_name, place.level,
                     LEVEL_LABELS.get(place.level, place.level), parent, county, place.aliases,
                     date.fromisoformat(place.valid_to) if place.valid_to else None, source, inferred, place.kind,
                     place.parent or "")


def _book(session: Session) -> domain_places.Gazetteer:
    return store_places.registry(session)


def _in_force(place: domain_places.Place, on: date) -> bool:
    return place.valid_to is None or date.fromisoformat(place.valid_to) >= on


# -- search and resolve ------------------------------------------------------------------------------------

def search_places(ctx: Workspace, query: str, *, limit: int = 20, level: str | None = None,
                  include_retired: bool = False) -> list[PlaceView]:
    """Registry places for a type-ahead box: characters (伯都, 长山镇新立) or pinyin initials (bd)."""
    with ctx.db.read() as session:
        book = _book(session)
        found = book.search(query, limit=limit * 3 + 10, level=level)
        today = ctx.today()
        views = [_view(book, p) for p in found if include_retired or _in_force(p, today)]
    return views[:limit]


def _choose(candidates: list[domain_places.Place]) -> list[domain_places.Place]:
    """A park and its own official unit are one place to a user: keep the park."""
    parks = {p.code for p in candidates if p.level == "park"}
    if len(parks) == 1:
        park = next(iter(parks))
        if all(p.level == "park" or p.park_code == park for p in candidates):
            return [p for p in candidates if p.level == "park"]
    return candidates


LONGEST_NAME = 60  # characters; the longest full name in the shipped registry is far shorter


def _quoted(text: str) -> str:
    """The typed text as a message quotes it: a pasted paragraph is cut, not repeated in full."""
    return text if len(text) <= LONGEST_NAME else text[:LONGEST_NAME] + "…"


def resolve_in(session: Session, text: str, *, on: date, field_name: str = FIELD) -> domain_places.Place:
    """The one registry place ``text`` names, in force on ``on``; a clear error otherwise."""
    book = _book(session)
    cleaned = domain_places.normalize(text)
    if not cleaned:
        raise ValidationError(field_name, "请填写地点")
    direct = book.get(cleaned)
    if direct is not None and direct.level != "city":
        candidates = [direct]
    else:
        candidates = _choose([p for p in book.by_name(cleaned) if p.level != "city"])
        by_label = [p for p in candidates if p.display_name == cleaned]
        if by_label:
            candidates = by_label
    live = [p for p in candidates if _in_force(p, on)]
    if not live and candidates:
        gone = candidates[0]
        raise ValidationError(field_name, f"「{_quoted(text)}」（{gone.display_name}）已于 {gone.valid_to} 停用，不能再选用")
    if not live:
        raise ValidationError(
            field_name, f"地名库中没有「{_quoted(text)}」。请从列表中选择（可输入几个字或拼音首字母，如 bd），"
                        "或由有权限的人员用“添加地点”登记后再选", code="unknown_place", details={"place": text})
    if len(live) > 1:
        names = "、".join(f"{p.display_name}（{''.join(a.short_name for a in book.ancestors(p.code))}）"
                         for p in live[:8])
        more = f"等 {len(live)} 处" if len(live) > 8 else f"共 {len(live)} 处"
        raise ValidationError(field_name, f"「{_quoted(text)}」有多处：{names}{more}；请写明上级乡镇或从列表中选择")
    return live[0]


def link_typed_place(session: Session, text: str, *, on: date, field_name: str = FIELD) -> domain_places.Place | None:
    """The registry place a typed place names, for intake: the whole text (宁江区伯都乡, bd's pick 伯都乡) or its
    longest start that names one place, the rest being detail (宁江区伯都乡新立村三组 → 伯都乡). A name several places
    share, or a text that names none, is refused (the message lists the candidates or says how to add a place)."""
    if not domain_places.normalize(text):
        return None
    try:
        return resolve_in(session, text, on=on, field_name=field_name)
    except ValidationError as first:
        if "地名库中没有" not in first.reason:
            raise
        cleaned = domain_places.normalize(text)
        # a registry name plus its detail: no place's full name is near LONGEST_NAME characters, so longer
        # starts are not tried (a pasted page of text would otherwise cost one lookup per character)
        for cut in range(min(len(cleaned) - 1, LONGEST_NAME), 1, -1):
            if cleaned[cut - 1] not in _NAME_ENDS:
                continue  # a start that ends mid-name (幸福屯 → 幸福) is not a place plus detail
            try:
                return resolve_in(session, cleaned[:cut], on=on, field_name=field_name)
            except ValidationError as exc:
                if "地名库中没有" in exc.reason:
                    continue
                raise
        raise first from None


def link_place_view(ctx: Workspace, text: str) -> PlaceView | None:
    """What intake will link a typed place to (see :func:`link_typed_place`), for the field's live hint."""
    with ctx.db.read() as session:
        found = link_typed_place(session, text, on=ctx.today())
        return _view(_book(session), found) if found else None


def resolve_place(ctx: Workspace, text: str, *, field_name: str = FIELD) -> PlaceView:
    with ctx.db.read() as session:
        book = _book(session)
        return _view(book, resolve_in(session, text, on=ctx.today(), field_name=field_name))


def place_view(ctx: Workspace, place_id: str) -> PlaceView | None:
    with ctx.db.read() as session:
        book = _book(session)
        row = session.get(Place, place_id)
        if row is None or not row.code:
            return None
        found = book.get(row.code)
        return _view(book, found, row.source, row.inferred) if found else None


def list_places(ctx: Workspace, query: str = "", *, level: str | None = None, under: str | None = None,
                include_retired: bool = True, limit: int = 200) -> list[PlaceView]:
    """Registry places: those matching ``query`` (all when empty), optionally of one level or under a place."""
    with ctx.db.read() as session:
        book = _book(session)
        sources = {r.id: (r.source, r.inferred) for r in session.scalars(
            select(Place).where(col(Place.source) != store_places.LEGACY))}
        if query.strip():
            found = book.search(query, limit=limit * 3, level=level)
        else:
            found = sorted((p for p in book if p.level != "city" and (level is None or p.level == level)),
                           key=lambda p: p.code)
        if under:
            top = resolve_in(session, under, on=date.max, field_name="上级地点")
            found = [p for p in found if top.code in {a.code for a in book.ancestors(p.code, include_city=True)}]
        today = ctx.today()
        views = [_view(book, p, *sources.get(p.record_id, ("", False))) for p in found
                 if include_retired or _in_force(p, today)]
    return views[:limit]


# -- add, alias, retire ------------------------------------------------------------------------------------

def level_of(text: str) -> str:
    level = LEVEL_CODES.get(text.strip())
    if level is None:
        raise ValidationError("level 级别", f"「{text}」不是地点级别；可用：乡镇、村、社区、园区、县区")
    return level


def _next_code(session: Session, book: domain_places.Gazetteer, level: str, parent: domain_places.Place) -> str:
    """A code the court makes for a place the statistical codes lack (a range the NBS does not use)."""
    if level == "park":
        used = {p.code for p in book if p.code.startswith("YQ2207-")}
        n = 1
        while f"YQ2207-{n:02d}" in used:
            n += 1
        return f"YQ2207-{n:02d}"
    used = {p.code for p in book}
    if level == "village":
        base = (parent.code if parent.level == "township" else
                (book.get(parent.code) or parent).code)
        stem = base[:9] if base.isdigit() else ""
        if not stem:
            raise ValidationError("parent 上级", f"园区「{parent.display_name}」没有统计区划代码，村（社区）请挂在其所在乡镇下")
        candidates = (f"{stem}{n:03d}" for n in range(901, 1000))
    elif level == "township":
        candidates = (f"{parent.code[:6]}{n:03d}000" for n in range(901, 1000))
    else:
        candidates = (f"{parent.code[:4]}{n:02d}000000" for n in range(91, 100))
    for code in candidates:
        if code not in used:
            return code
    raise ValidationError("代码", "自编代码已用完，请指定代码", field="code")


def _ancestor_codes(book: domain_places.Gazetteer, parent: domain_places.Place, level: str, code: str
                    ) -> tuple[str, str, str]:
    chain = [*book.ancestors(parent.code, include_city=True), parent]
    county = next((p.code[:6] for p in chain if p.level == "county"), "")
    township = code if level == "township" else next((p.code for p in chain if p.level == "township"), "")
    park = code if level == "park" else next((p.park_code for p in reversed(chain) if p.park_code), "")
    return county, township, park


def _check_name(name: str, label: str) -> str:
    cleaned = domain_places.normalize(name)
    if not cleaned:
        raise ValidationError(label, "不能为空")
    if len(cleaned) > 64:
        raise ValidationError(label, f"不能超过 64 个字，现为 {len(cleaned)} 个字")
    return cleaned


@dataclass(frozen=True)
class NewPlace:
    """What "add place" and an import row carry."""

    name: str
    level: str
    parent: str
    code: str = ""
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""
    row: int = 0  # the import row, for messages


def _prepare(session: Session, book: domain_places.Gazetteer, item: NewPlace, *, pending: dict[str, str],
             source: str, where: str = "") -> dict[str, Any]:
    name = _check_name(item.name, f"{where}name 名称")
    level = level_of(item.level) if item.level not in PARENT_LEVELS else item.level
    parent_text = item.parent.strip()
    if not parent_text:
        raise ValidationError(f"{where}parent 上级", "请填写上级地点（乡镇、县区或园区）")
    parent = book.get(parent_text) or resolve_in(session, parent_text, on=date.max, field_name=f"{where}parent 上级")
    if parent.level not in PARENT_LEVELS[level]:
        allowed = "、".join(LEVEL_LABELS[x] for x in PARENT_LEVELS[level])
        raise ValidationError(f"{where}parent 上级",
                              f"{LEVEL_LABELS[level]}的上级应为{allowed}，「{parent.display_name}」是{LEVEL_LABELS[parent.level]}")
    siblings = [c for c in book.children(parent.code) if name in {c.short_name, c.name}]
    if siblings:
        raise ValidationError(f"{where}name 名称", f"{parent.display_name}已有「{siblings[0].display_name}」"
                              f"（代码 {siblings[0].code}）；同名地点可用“别名”补充叫法")
    code = item.code.strip() or _next_code(session, book, level, parent)
    if book.get(code) is not None or code in pending:
        raise ValidationError(f"{where}code 代码", f"代码 {code} 已被「{(book.get(code) or parent).display_name}」使用")
    if level != "park":
        if not (code.isdigit() and len(code) == 12):
            raise ValidationError(f"{where}code 代码", f"应为 12 位数字（如 220702202901），实为「{code}」")
        digits = {"village": 9, "township": 6, "county": 4}[level]
        anchor = parent.code if parent.level != "park" else ""
        if anchor and anchor.isdigit() and code[:digits] != anchor[:digits]:
            raise ValidationError(f"{where}code 代码", f"应以上级「{parent.display_name}」的代码 {anchor[:digits]} 开头")
    aliases = tuple(dict.fromkeys([name, *(_check_name(a, f"{where}aliases 别名") for a in item.aliases if a.strip())]))
    if item.valid_from and item.valid_to and item.valid_to < item.valid_from:
        raise ValidationError(f"{where}valid_to 停用日期", "不能早于启用日期")
    county, township, park = _ancestor_codes(book, parent, level, code)
    pending[code] = code
    township_row = book.get(township) if township and township != code else None
    return {
        "id": store_places.place_id_for(code), "name": name, "kind": level if level != "park" else "industrial_park",
        "township": name if level == "township" else (township_row.short_name if township_row else ""),
        "county_code": county, "division_code": code if code.isdigit() else "", "tribunal_id": None,
        "name_initials": name_keys(name, person=False)[1][:64], "code": code, "level": level, "short_name": name,
        "parent_id": parent.record_id or store_places.place_id_for(parent.code),
        "aliases_json": json.dumps(list(aliases), ensure_ascii=False), "township_code": township,
        "park_code": park, "valid_from": item.valid_from, "valid_to": item.valid_to, "source": source,
        "edition": 0, "inferred": False, "note": item.note.strip()[:500], "mapped_to_id": None,
    }


def add_place(ctx: Workspace, item: NewPlace) -> PlaceView:
    """Add one place the statistical codes lack (a new village, a park, a renamed unit); audited."""
    require(ctx, "place.edit")
    with ctx.db.write(ctx.actor, "地名库：添加地点") as session:
        values = _prepare(session, _book(session), item, pending={}, source=store_places.ADDED)
        session.add(Place(**values))
    return resolve_place(ctx, str(values["code"]))


def add_alias(ctx: Workspace, place: str, alias: str) -> PlaceView:
    """Teach the registry another name for a place (伯都乡人民政府所在地, 海勃日戈镇)."""
    require(ctx, "place.edit")
    cleaned = _check_name(alias, "alias 别名")
    with ctx.db.write(ctx.actor, "地名库：添加别名") as session:
        found = resolve_in(session, place, on=date.max, field_name="place 地点")
        row = session.get(Place, found.record_id)
        assert row is not None
        aliases = json.loads(row.aliases_json or "[]")
        if cleaned in aliases or cleaned == row.name:
            raise ValidationError("alias 别名", f"「{found.display_name}」已有别名「{cleaned}」")
        row.aliases_json = json.dumps([*aliases, cleaned], ensure_ascii=False)
    return resolve_place(ctx, found.code)


def retire_place(ctx: Workspace, place: str, *, on: date | None = None, note: str = "") -> PlaceView:
    """Retire a place from ``on`` (merged, renamed, abolished): old cases keep it, intake no longer offers it."""
    require(ctx, "place.edit")
    day = on or ctx.today()
    with ctx.db.write(ctx.actor, "地名库：停用地点") as session:
        found = resolve_in(session, place, on=date.min, field_name="place 地点")
        row = session.get(Place, found.record_id)
        assert row is not None
        if row.valid_to is not None:
            raise ValidationError("place 地点", f"「{found.display_name}」已于 {row.valid_to} 停用")
        if row.valid_from and day < row.valid_from:
            raise ValidationError("停用日期", f"不能早于启用日期 {row.valid_from}", field="on")
        row.valid_to = day
        if note.strip():
            row.note = (row.note + "；" if row.note else "") + note.strip()[:200]
    return resolve_place(ctx, found.code) if day >= ctx.today() else _retired_view(ctx, found.code)


def _retired_view(ctx: Workspace, code: str) -> PlaceView:
    with ctx.db.read() as session:
        book = _book(session)
        return _view(book, book.place(code))


# -- import and export -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    rows: int
    problems: tuple[str, ...] = field(default_factory=tuple)


def read_table(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    """The rows of a .csv (UTF-8, with or without BOM) or .xlsx file as dicts by header; headers must match."""
    if not path.exists():
        raise ValidationError("文件", f"找不到文件 {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = [[cell.strip() for cell in row] for row in csv.reader(handle)]
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        table = [["" if v is None else (v.isoformat()[:10] if isinstance(v, date) else str(v)).strip() for v in row]
                 for row in sheet.iter_rows(values_only=True)]
        book.close()
    else:
        raise ValidationError("文件", f"只接受 .csv 或 .xlsx 文件，实为「{path.suffix or path.name}」")
    table = [row for row in table if any(row)]
    if not table:
        raise ValidationError("文件", "文件是空的")
    header = table[0]
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValidationError("第 1 行（表头）", f"缺少列：{'、'.join(missing)}；应有：{'、'.join(columns)}")
    index = {name: header.index(name) for name in columns}
    return [{name: (row[i] if i < len(row) else "") for name, i in index.items()} for row in table[1:]]


def write_table(path: Path, columns: Sequence[str], rows: Sequence[Sequence[str]], *, title: str) -> Path:
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = title[:31]
        sheet.append(list(columns))
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
        for i, name in enumerate(columns):
            sheet.column_dimensions[chr(ord("A") + i)].width = max(10, 3 * len(name))
        book.save(path)
    else:
        raise ValidationError("文件", f"只能导出为 .csv 或 .xlsx，实为「{path.suffix or path.name}」", field="out")
    return path


def _date_cell(text: str, label: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError as exc:
        raise ValidationError(label, f"「{text}」不是日期（YYYY-MM-DD）") from exc


def export_places(ctx: Workspace, out: Path, *, only_own: bool = False) -> int:
    """Every registry place (or only those the court added) as a table with the import's columns."""
    with ctx.db.read() as session:
        book = _book(session)
        rows = list(session.scalars(select(Place).where(col(Place.source) != store_places.LEGACY,
                                                        ~col(Place.deleted)).order_by(col(Place.code))))
        code_of = {r.id: r.code for r in rows}
        table = [[r.code, r.short_name or r.name, LEVEL_LABELS.get(r.level, r.level), code_of.get(r.parent_id or "", ""),
                  "；".join(a for a in json.loads(r.aliases_json or "[]") if a != (r.short_name or r.name)),
                  r.valid_from.isoformat() if r.valid_from else "", r.valid_to.isoformat() if r.valid_to else "",
                  r.note] for r in rows if r.level != "city" and (not only_own or r.source != store_places.SHIPPED)]
    del book
    write_table(out, COLUMNS, table, title="地名库")
    return len(table)


def import_places(ctx: Workspace, path: Path) -> ImportResult:
    """Add the places of a table (the export's columns); rows already in the registry with the same code, name and
    parent are skipped. Any bad row refuses the whole file, every problem named by row and column."""
    require(ctx, "place.edit")
    table = read_table(path, COLUMNS)
    errors: list[ValidationError] = []
    skipped = 0
    with ctx.db.write(ctx.actor, f"地名库：导入 {path.name}") as session:
        book = _book(session)
        pending: dict[str, str] = {}
        new_rows: list[dict[str, Any]] = []
        for i, cells in enumerate(table, start=2):
            where = f"第 {i} 行"
            code = cells["代码"].strip()
            existing = book.get(code) if code else None
            if existing is not None:
                parent_code = existing.parent or ""
                if (existing.short_name == domain_places.normalize(cells["名称"]) and
                        cells["上级代码"].strip() in ("", parent_code)):
                    skipped += 1
                    continue
                errors.append(ValidationError(f"{where}「代码」列", f"代码 {code} 已是「{existing.display_name}」，名称或上级不同"))
                continue
            try:
                item = NewPlace(
                    name=cells["名称"], level=level_of(cells["级别"]) if cells["级别"].strip() else "",
                    parent=cells["上级代码"], code=code,
                    aliases=tuple(a for a in cells["别名"].replace(";", "；").replace("、", "；").split("；")),
                    valid_from=_date_cell(cells["启用日期"], f"{where}「启用日期」列"),
                    valid_to=_date_cell(cells["停用日期"], f"{where}「停用日期」列"), note=cells["备注"], row=i)
                if not item.level:
                    raise ValidationError("level 级别", "不能为空")
                values = _prepare(session, book, item, pending=pending, source=store_places.IMPORTED)
            except ValidationError as exc:
                if "列" in exc.field:
                    errors.append(exc)
                else:
                    key = exc.field.split(" ")[0]
                    errors.append(ValidationError(f"{where}「{_COLUMN_OF.get(key, exc.field)}」列", exc.reason))
                continue
            new_rows.append(values)
            # Later rows may hang under this one: make it visible to the next rows' look-ups.
            session.add(Place(**values))
            session.flush()
            store_places.forget_cache()
            book = _book(session)
        if errors:
            session.rollback()
            store_places.forget_cache()
            raise InputErrors(errors)
    store_places.forget_cache()
    return ImportResult(len(new_rows), skipped, len(table))


# -- legacy free-text places -------------------------------------------------------------------------------

@dataclass(frozen=True)
class LegacyPlace:
    """A place from before the registry (a legacy row, or a case's typed place text) not yet mapped."""

    key: str  # the legacy row's id, or "text:<place text>"
    text: str
    cases: int
    candidates: tuple[str, ...]  # display names of the registry places it could mean


def _legacy_text(row: Place) -> str:
    return f"{row.township}{row.name}" if row.township and row.township != row.name else row.name


def _candidates(book: domain_places.Gazetteer, text: str) -> list[domain_places.Place]:
    cleaned = domain_places.normalize(text)
    if not cleaned:
        return []
    found = _choose([p for p in book.by_name(cleaned) if p.level != "city"])
    return found


def automap_legacy(ctx: Workspace, *, force: bool = False) -> int:
    """Map every legacy place whose text names exactly one registry place (by name or alias, qualified by its
    township when it has one); returns how many cases moved. The rest wait for :func:`map_legacy`."""
    with ctx.db.read() as session:
        legacy = list(session.scalars(select(Place).where(col(Place.source) == store_places.LEGACY,
                                                          col(Place.mapped_to_id).is_(None), ~col(Place.deleted))))
        loose = session.scalar(select(func.count()).select_from(Dispute).where(
            col(Dispute.place_id).is_(None), col(Dispute.place_text) != "", ~col(Dispute.deleted))) or 0
        seen = session.get(Counter, AUTOMAP_COUNTER)
        stamp = len(legacy) * 1_000_000 + int(loose)
        if not force and (seen is not None and seen.value == stamp):
            return 0
        book = _book(session)
    moved = 0
    with ctx.db.write(ctx.actor, "地名库：旧地点自动对应（名称或别名唯一匹配）") as session:
        for stale in legacy:
            matches = _candidates(book, _legacy_text(stale))
            row = session.get(Place, stale.id)
            if len(matches) == 1 and row is not None:
                moved += _move(session, row, matches[0])
        texts = session.execute(select(col(Dispute.place_text), func.count()).where(
            col(Dispute.place_id).is_(None), col(Dispute.place_text) != "", ~col(Dispute.deleted))
            .group_by(col(Dispute.place_text))).all()
        for text, _n in texts:
            matches = _candidates(book, str(text))
            if len(matches) == 1:
                moved += _move_text(session, str(text), matches[0])
        counter = session.get(Counter, AUTOMAP_COUNTER) or Counter(name=AUTOMAP_COUNTER)
        remaining = session.scalar(select(func.count()).select_from(Place).where(
            col(Place.source) == store_places.LEGACY, col(Place.mapped_to_id).is_(None), ~col(Place.deleted))) or 0
        loose_left = session.scalar(select(func.count()).select_from(Dispute).where(
            col(Dispute.place_id).is_(None), col(Dispute.place_text) != "", ~col(Dispute.deleted))) or 0
        counter.value = int(remaining) * 1_000_000 + int(loose_left)
        session.add(counter)
    return moved


def _move(session: Session, row: Place, target: domain_places.Place) -> int:
    disputes = list(session.scalars(select(Dispute).where(col(Dispute.place_id) == row.id)))
    for d in disputes:
        d.place_id = target.record_id
    row.mapped_to_id = target.record_id
    return len(disputes)


def _move_text(session: Session, text: str, target: domain_places.Place) -> int:
    disputes = list(session.scalars(select(Dispute).where(col(Dispute.place_id).is_(None),
                                                          col(Dispute.place_text) == text, ~col(Dispute.deleted))))
    for d in disputes:
        d.place_id = target.record_id
    return len(disputes)


def legacy_review(ctx: Workspace) -> list[LegacyPlace]:
    """What the automatic mapping could not decide: each legacy place with its cases and the candidates."""
    with ctx.db.read() as session:
        book = _book(session)
        counts = dict(session.execute(select(col(Dispute.place_id), func.count()).where(~col(Dispute.deleted))
                                      .group_by(col(Dispute.place_id))).all())
        out = [LegacyPlace(row.id, _legacy_text(row), int(counts.get(row.id, 0)),
                           tuple(p.display_name for p in _candidates(book, _legacy_text(row)) or
                                 _candidates(book, row.name)))
               for row in session.scalars(select(Place).where(col(Place.source) == store_places.LEGACY,
                                                              col(Place.mapped_to_id).is_(None), ~col(Place.deleted))
                                          .order_by(col(Place.township), col(Place.name)))]
        texts = session.execute(select(col(Dispute.place_text), func.count()).where(
            col(Dispute.place_id).is_(None), col(Dispute.place_text) != "", ~col(Dispute.deleted))
            .group_by(col(Dispute.place_text)).order_by(col(Dispute.place_text))).all()
        out += [LegacyPlace(f"text:{t}", str(t), int(n), tuple(p.display_name for p in _candidates(book, str(t))))
                for t, n in texts]
    return sorted(out, key=lambda item: (-item.cases, item.text))


def map_legacy(ctx: Workspace, key: str, target: str) -> int:
    """Map one reviewed legacy place (its id, ``text:…`` or its text) to a registry place; returns cases moved."""
    require(ctx, "place.edit")
    with ctx.db.write(ctx.actor, "地名库：旧地点人工对应") as session:
        place = resolve_in(session, target, on=date.max, field_name="target 对应的地名库地点")
        if key.startswith("text:"):
            moved = _move_text(session, key[5:], place)
            if not moved:
                raise NotFoundError(f"没有地点写作「{key[5:]}」且尚未对应的案件")
            return moved
        row = session.get(Place, key)
        if row is None:
            rows = [r for r in session.scalars(select(Place).where(col(Place.source) == store_places.LEGACY,
                                                                    col(Place.mapped_to_id).is_(None)))
                    if key in (_legacy_text(r), r.name)]
            if len(rows) > 1:
                raise ValidationError("旧地点", f"「{key}」有 {len(rows)} 条旧地点，请用待对应列表中的 ID", field="legacy",
                                      code="ambiguous_legacy_place")
            row = rows[0] if rows else None
        if row is None or row.source != store_places.LEGACY:
            moved = _move_text(session, key, place)
            if moved:
                return moved
            raise NotFoundError(f"找不到旧地点「{key}」；请查看待对应的地点", code="unknown_legacy_place")
        if row.mapped_to_id:
            raise ValidationError("legacy 旧地点", f"「{_legacy_text(row)}」已对应到地名库")
        return _move(session, row, place)


def place_labels(ctx: Workspace, codes: Sequence[str]) -> dict[str, str]:
    """Display names for registry codes (for reports that group by code)."""
    with ctx.db.read() as session:
        book = _book(session)
        return {code: found.display_name for code in codes if (found := book.get(code)) is not None}
