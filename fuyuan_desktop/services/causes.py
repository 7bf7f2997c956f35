"""案由 for the frontends: type-ahead ranked by this tribunal's use, the catalogue listing, the review of migrated cases.

The catalogues themselves are shipped reference data (``domain/causes.py``); a case stores its 案由 as
``"civil_2020:4.10.84"`` (``domain/cause_refs.py``). Changing a case's 案由 goes through ``db.write``, so it is
audited, stamped for sync and announced like every other edit.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.cause_refs import (
    CASE_CATALOGUES,
    cause_of,
    cause_ref,
    legacy_category_for,
    resolve_cause,
)
from fuyuan_desktop.domain.causes import (
    ADD,
    ADMINISTRATIVE_2020,
    CATALOGUES,
    CIVIL_2020,
    RENAME,
    RETIRE,
    Amendment,
    Catalogue,
    Cause,
    catalogue,
    install_amendments,
    installed_amendments,
    legacy_mappings,
    search_all,
    shipped,
    suggest_people_mediation_type,
)
from fuyuan_desktop.domain.enums import MediationKind
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import CauseAmendment, Dispute

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
                  usage: dict[str, int] | None = None, include_retired: bool = False) -> list[CauseChoice]:
    """案由 of both catalogues matching ``query`` (characters, pinyin initials or full pinyin, number, code).

    The ones this tribunal has used come first, most used first; the rest follow in the catalogue's ranking.
    An empty query lists the tribunal's most used 案由. ``usage`` may be passed to avoid re-reading it per key.
    Retired 案由 are left out unless ``include_retired`` (a filter looking for the cases that have one).
    """
    use_catalogues(ctx)
    usage = cause_usage(ctx, tribunal_id) if usage is None else usage
    if not query.strip():
        used = sorted(usage.items(), key=lambda item: -item[1])
        found = [(cause, n) for ref, n in used if (cause := cause_of(ref)) is not None
                 and (include_retired or not retired_reason(cause))]
        return [_choice(cause, n) for cause, n in found[:limit]]
    # a retired 案由 is not offered for a new case (cases that have it keep it)
    matches = [c for c in search_all(query, catalogues=CASE_CATALOGUES) if include_retired or not retired_reason(c)]
    ordered = sorted(enumerate(matches), key=lambda item: (-usage.get(cause_ref(item[1]), 0), item[0]))
    return [_choice(cause, usage.get(cause_ref(cause), 0)) for _, cause in ordered[:limit]]


def choice_for(text: str, ctx: Workspace | None = None, *, include_retired: bool = False) -> CauseChoice:
    """The 案由 ``text`` names (code, name or stored reference), or a ``ValidationError`` naming the field. With
    ``ctx`` (a picker choosing for a case) in that store's catalogue, and a retired 案由 is refused with its reason."""
    if ctx is None:
        return _choice(resolve_cause(text), 0)
    use_catalogues(ctx)
    cause = resolve_cause(text)
    if not include_retired:
        refuse_retired(cause)
    return _choice(cause, 0)


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
    retired: str = ""  # why it was retired ("" while in use)
    amended: bool = False  # added or renamed by an administrator


def list_catalogue(catalogue_name: str = "", *, level: int | None = None, search: str = "",
                   ctx: Workspace | None = None) -> list[CatalogueRow]:
    """The catalogue(s) in force (with ``ctx``, its store's amendments) in document order, or the entries matching
    ``search`` best first. Retired entries are listed, with the reason."""
    if ctx is not None:
        use_catalogues(ctx)
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
    return [CatalogueRow(c.catalogue, c.code, c.number or "", c.name, c.level, c.parent or "",
                         catalogue(c.catalogue).retired_reason(c.code), c.amended) for c in causes]


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
    use_catalogues(ctx)
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
    use_catalogues(ctx)
    cause = resolve_cause(cause_text)
    refuse_retired(cause)
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
    use_catalogues(ctx)
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


# --- an administrator's amendments to the shipped catalogues (docs/catalogues.md, "目录的修订") -------------------

EDIT_ACTION = "catalogue.edit"
KIND_LABELS = {ADD: "增补", RENAME: "更名", RETIRE: "停用"}
AMENDMENT_COLUMNS = ("目录", "操作", "代码", "上级代码", "名称", "编号", "原因", "版本")
_COLUMN_OF_FIELD = {"catalogue": "目录", "kind": "操作", "code": "代码", "parent": "上级代码", "name": "名称",
                    "number": "编号", "reason": "原因", "edition": "版本"}
_SEGMENT_RE = re.compile(r"[0-9A-Za-z]{1,8}")
_in_force: weakref.WeakKeyDictionary[Database, tuple[int, tuple[Amendment, ...]]] = weakref.WeakKeyDictionary()


def _stored_amendments(session: Session) -> tuple[Amendment, ...]:
    rows = session.scalars(select(CauseAmendment).where(~col(CauseAmendment.deleted))
                           .order_by(col(CauseAmendment.created_at), col(CauseAmendment.hlc))).all()
    return tuple(_amendment(r) for r in rows)


def _amendment(row: CauseAmendment) -> Amendment:
    return Amendment(row.catalogue, row.kind, row.code, row.name, row.parent, row.number, row.reason, row.edition)


def use_catalogues(ctx: Workspace | Database) -> None:
    """Make the catalogues in force those of this store: the shipped files with its amendments. Cheap when nothing
    changed (the store's reference-data version is the key); called by every service that reads a 案由."""
    db = ctx if isinstance(ctx, Database) else ctx.db
    from fuyuan_desktop.services.changes import feed_of

    version = feed_of(db).reference_version
    known = _in_force.get(db)
    if known is None or known[0] != version:
        with db.read() as session:
            known = (version, _stored_amendments(session))
        _in_force[db] = known
    install_amendments(known[1])


def catalogue_id_of(text: str) -> str:
    wanted = _CATALOGUE_ALIASES.get(text.strip(), text.strip())
    if wanted not in CATALOGUES:
        raise ValidationError("目录", f"「{text}」不是案由目录；可选：civil（民事）、admin（行政）、people（人民调解）",
                              field="catalogue")
    return wanted


def edition_of(catalogue_id: str) -> str:
    return str(shipped(catalogue_id).header.get("edition") or "")[:64]


@dataclass(frozen=True)
class AmendmentView:
    """One amendment as the settings page and ``fuyuan cause list-amendments`` show it."""

    id: str
    catalogue: str
    kind: str
    code: str
    parent: str
    number: str
    name: str  # added: its name; renamed: the new name; retired: the entry's name
    before: str  # renamed: the name before; else ""
    reason: str
    edition: str
    made_by: str
    made_at: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def what(self) -> str:
        """"增补 4.10.84.9 网络直播买卖合同纠纷（上级 4.10.84）", "更名 … 旧名 → 新名", "停用 … ：原因"."""
        if self.kind == ADD:
            return f"增补 {self.code} {self.name}（上级 {self.parent}）"
        if self.kind == RENAME:
            return f"更名 {self.code} {self.before} → {self.name}"
        return f"停用 {self.code} {self.name}：{self.reason}"


def list_amendments(ctx: Workspace, catalogue_name: str = "") -> list[AmendmentView]:
    """Every live amendment, in the order made (the order they are laid over the shipped files)."""
    from fuyuan_desktop.domain.court_time import court_clock

    wanted = catalogue_id_of(catalogue_name) if catalogue_name.strip() else ""
    with ctx.db.read() as session:
        rows = session.scalars(select(CauseAmendment).where(~col(CauseAmendment.deleted))
                               .order_by(col(CauseAmendment.created_at), col(CauseAmendment.hlc))).all()
    views = []
    names: dict[tuple[str, str], str] = {}
    for row in rows:
        if row.catalogue not in CATALOGUES:
            continue  # a newer version's catalogue: kept, not shown
        key = (row.catalogue, row.code)
        found = shipped(row.catalogue).find(row.code)
        current = names.get(key, found.name if found else "")
        before = current if row.kind == RENAME else ""
        name = row.name if row.kind in (ADD, RENAME) else current
        if row.kind in (ADD, RENAME):
            names[key] = row.name
        if wanted and row.catalogue != wanted:
            continue
        views.append(AmendmentView(row.id, row.catalogue, row.kind, row.code, row.parent, row.number, name, before,
                                   row.reason, row.edition, row.made_by, court_clock(row.created_at)))
    return views


def _text(value: str, label: str, field: str, limit: int) -> str:
    cleaned = " ".join(value.split())
    if len(cleaned) > limit:
        raise ValidationError(label, f"不能超过 {limit} 个字，现为 {len(cleaned)} 个字", field=field)
    return cleaned


def _check_amendment(cat: Catalogue, item: Amendment) -> Amendment:
    """``item`` checked against the catalogue in force (``cat``), cleaned; a ``ValidationError`` naming the field."""
    if item.kind not in KIND_LABELS:
        raise ValidationError("操作", f"「{item.kind}」无效；可选：增补、更名、停用", field="kind")
    code = item.code.strip()
    name = _text(item.name, "名称", "name", 100)
    if item.kind == ADD:
        parent_code = item.parent.strip()
        parent = cat.find(parent_code) if parent_code else None
        if parent_code and parent is None:
            raise ValidationError("上级代码", f"《{cat.header.get('title', cat.id)}》中没有代码「{parent_code}」",
                                  field="parent")
        if parent is not None and cat.retired_reason(parent.code):
            raise ValidationError("上级代码", f"「{parent.name}」已停用，不能在其下增补", field="parent")
        if parent is not None and parent.level >= 4:
            raise ValidationError("上级代码", f"「{parent.name}」已是四级案由，其下不能再分", field="parent")
        if not code:
            siblings = [c.code.rsplit(".", 1)[-1] for c in (cat.children(parent.code) if parent else cat.roots())]
            numbers = [int(s) for s in siblings if s.isdigit()]
            code = f"{parent.code}." if parent else ""
            code += str(max(numbers, default=0) + 1)
        segment = code[len(parent.code) + 1:] if parent is not None and code.startswith(f"{parent.code}.") else (
            code if parent is None else "")
        if not _SEGMENT_RE.fullmatch(segment):
            expected = f"{parent.code}.n" if parent else "n"
            raise ValidationError("代码", f"「{code}」应写作 {expected}（上级代码加一段数字或字母，如 {expected.replace('n', '9')}）",
                                  field="code")
        if code in cat:
            raise ValidationError("代码", f"「{code}」已是「{cat.get(code).name}」的代码", field="code")
        if not name:
            raise ValidationError("名称", "请填写案由名称", field="name")
        if cat.by_name(name):
            raise ValidationError("名称", f"「{name}」已在目录中（{cat.by_name(name)[0].code}）", field="name")
        number = _text(item.number, "编号", "number", 16)
        return replace(item, code=code, parent=parent.code if parent else "", name=name, number=number, reason="",
                       edition=edition_of(cat.id))
    found = cat.find(code)
    if found is None:
        raise ValidationError("代码", f"《{cat.header.get('title', cat.id)}》中没有代码「{code}」", field="code")
    if item.kind == RENAME:
        if not name:
            raise ValidationError("名称", "请填写新名称", field="name")
        if name == found.name:
            raise ValidationError("名称", f"「{found.name}」已是这个名称", field="name")
        if cat.by_name(name):
            raise ValidationError("名称", f"「{name}」已在目录中（{cat.by_name(name)[0].code}）", field="name")
        return replace(item, code=code, name=name, parent="", number="", reason="", edition=edition_of(cat.id))
    reason = _text(item.reason, "原因", "reason", 500)
    if not reason:
        raise ValidationError("原因", "停用须写明原因（登记时会告诉选它的人）", field="reason")
    if found.retired:
        raise ValidationError("代码", f"「{found.name}」已停用：{found.retired}", field="code")
    return replace(item, code=code, name="", parent="", number="", reason=reason, edition=edition_of(cat.id))


def _write(ctx: Workspace, items: list[Amendment], what: str) -> None:
    with ctx.db.write(ctx.actor, what) as session:
        for item in items:
            session.add(CauseAmendment(catalogue=item.catalogue, edition=item.edition, kind=item.kind, code=item.code,
                                       parent=item.parent, number=item.number, name=item.name, reason=item.reason,
                                       made_by=ctx.actor[:64]))
    ctx.refresh_reference()
    use_catalogues(ctx)


def amend_catalogue(ctx: Workspace, item: Amendment) -> AmendmentView:
    """Add, rename or retire one entry (administrators only; audited, synced; the hub's reach every laptop)."""
    require(ctx, EDIT_ACTION)
    use_catalogues(ctx)
    item = replace(item, catalogue=catalogue_id_of(item.catalogue))
    checked = _check_amendment(catalogue(item.catalogue), item)
    _write(ctx, [checked], f"案由目录：{KIND_LABELS[checked.kind]}{checked.code}")
    return list_amendments(ctx, checked.catalogue)[-1]


def add_cause(ctx: Workspace, catalogue_name: str, parent: str, name: str, *, code: str = "", level: int | None = None,
              number: str = "") -> AmendmentView:
    """Add an entry under ``parent`` (its code); ``level``, when given, must be the parent's level plus one."""
    if level is not None:
        use_catalogues(ctx)
        cat = catalogue(catalogue_id_of(catalogue_name))
        above = cat.find(parent.strip()) if parent.strip() else None
        expected = above.level + 1 if above else 1
        if level != expected:
            raise ValidationError("层级", f"{level} 与上级不符：{'「' + above.name + '」之下' if above else '没有上级'}"
                                  f"应为 {expected} 级", field="level")
    return amend_catalogue(ctx, Amendment(catalogue_name, ADD, code, name, parent, number))


def rename_cause(ctx: Workspace, catalogue_name: str, code: str, name: str) -> AmendmentView:
    return amend_catalogue(ctx, Amendment(catalogue_name, RENAME, code, name))


def retire_cause(ctx: Workspace, catalogue_name: str, code: str, reason: str) -> AmendmentView:
    """Retire an entry: it (and what is below it) can no longer be chosen for a new case; cases keep it."""
    return amend_catalogue(ctx, Amendment(catalogue_name, RETIRE, code, reason=reason))


def export_amendments(ctx: Workspace, out: Path) -> int:
    """Every amendment as a .csv/.xlsx table with the import's columns; returns the number of rows."""
    from fuyuan_desktop.services.places import write_table

    rows = [[v.catalogue, v.kind_label, v.code, v.parent, v.name if v.kind != RETIRE else "", v.number, v.reason,
             v.edition] for v in list_amendments(ctx)]
    write_table(out, AMENDMENT_COLUMNS, rows, title="案由目录修订")
    return len(rows)


@dataclass(frozen=True)
class AmendmentImport:
    added: int
    skipped: int  # already in force here (the same addition, name or retirement)
    rows: int


def import_amendments(ctx: Workspace, path: Path) -> AmendmentImport:
    """Make the amendments of a table (the export's columns), in its order. Every row is checked first, against
    the catalogue as the rows before it leave it: any bad row refuses the whole file, named by row and column."""
    from fuyuan_desktop.services.places import read_table

    require(ctx, EDIT_ACTION)
    use_catalogues(ctx)
    table = read_table(path, AMENDMENT_COLUMNS)
    kinds = {label: kind for kind, label in KIND_LABELS.items()} | {k: k for k in KIND_LABELS}
    errors: list[ValidationError] = []
    planned: list[Amendment] = []
    skipped = 0
    for number, cells in enumerate(table, start=2):
        where = f"第 {number} 行"
        try:
            cid = catalogue_id_of(cells["目录"])
        except ValidationError as exc:
            errors.append(ValidationError(f"{where}「目录」列", exc.reason))
            continue
        kind = kinds.get(cells["操作"].strip())
        if kind is None:
            errors.append(ValidationError(f"{where}「操作」列", f"「{cells['操作']}」无效；可选：增补、更名、停用"))
            continue
        edition = cells["版本"].strip()
        if edition and edition != edition_of(cid):
            errors.append(ValidationError(f"{where}「版本」列", f"「{edition}」不是本机所用目录的版本「{edition_of(cid)}」"))
            continue
        cat = shipped(cid).amended([*installed_amendments(), *planned])
        item = Amendment(cid, kind, cells["代码"], cells["名称"], cells["上级代码"], cells["编号"], cells["原因"])
        found = cat.find(item.code.strip())
        # an addition already made here (perhaps renamed since), a name or a retirement already in force: skipped
        if found is not None and ((kind == ADD and (found.parent or "") == item.parent.strip()
                                   and (found.name == " ".join(item.name.split()) or "amendment" in found.sources))
                                  or (kind == RENAME and found.name == " ".join(item.name.split()))
                                  or (kind == RETIRE and found.retired)):
            skipped += 1
            continue
        try:
            planned.append(_check_amendment(cat, item))
        except ValidationError as exc:
            column = _COLUMN_OF_FIELD.get(exc.field or "", "代码")
            errors.append(ValidationError(f"{where}「{column}」列", exc.reason))
    if errors:
        raise InputErrors(errors)
    if planned:
        _write(ctx, planned, f"案由目录：导入 {path.name}")
    return AmendmentImport(len(planned), skipped, len(table))


def retired_reason(cause: Cause) -> str:
    """Why ``cause`` may not be chosen for a new case ("" when it may)."""
    return catalogue(cause.catalogue).retired_reason(cause.code)


def refuse_retired(cause: Cause, *, field: str = "cause", label: str = "案由") -> None:
    """A ``ValidationError`` with the administrator's reason when ``cause`` is retired (a new case may not take it)."""
    reason = retired_reason(cause)
    if reason:
        raise ValidationError(label, f"「{cause.name}」已停用，不能用于新案件（{reason}）", field=field,
                              code="retired_cause")


RETIRED_MARK = "（已停用）"


def shown_cause_name(ref: str) -> str:
    """A case's 案由 as lists and the case page show it: its name, marked 已停用 when an administrator retired it."""
    cause = cause_of(ref) if ref else None
    if cause is None:
        return ""
    return cause.name + (RETIRED_MARK if retired_reason(cause) else "")


def entry_path(ctx: Workspace, catalogue_name: str, code: str) -> str:
    """"第四部分 … / 买卖合同纠纷" for ``code`` in the catalogue in force ("" when it names no entry)."""
    use_catalogues(ctx)
    try:
        cat = catalogue(catalogue_id_of(catalogue_name))
    except ValidationError:
        return ""
    if code.strip() not in cat:
        return ""
    path = " / ".join(c.name for c in cat.path(code.strip()))
    reason = cat.retired_reason(code.strip())
    return f"{path}{RETIRED_MARK}" if reason else path
