"""The registry of 调解组织: people's mediation committees, administrative mediation bodies, lawyer mediation
studios and other 特邀调解组织, each with its registered full name, kind, place, 特邀 flag and validity.

Mediators belong to an organisation (``Mediator.organisation_id``); papers print the organisation's registered
name (:func:`case_organisation_name`), never a name made from the case's place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.organisations import KINDS, kind_code, kind_label
from fuyuan_desktop.domain.organisations import UNREGISTERED as UNREGISTERED
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.places import read_table, resolve_in
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import DisputeMediator, Mediator, Organisation, Place

COLUMNS = ("名称", "类型", "地点", "特邀", "启用日期", "停用日期", "备注")
_COLUMN_OF = {"name": "名称", "kind": "类型", "place": "地点", "invited": "特邀", "valid_from": "启用日期",
              "valid_to": "停用日期", "note": "备注"}
_YES = {"是", "Y", "y", "yes", "true", "1", "特邀", "√"}
_NO = {"", "否", "N", "n", "no", "false", "0"}


@dataclass(frozen=True)
class OrganisationView:
    """One registered organisation as lists and the CLI show it."""

    id: str
    name: str
    kind: str
    kind_label: str
    place: str
    invited: bool
    valid_from: date | None
    valid_to: date | None
    note: str
    mediators: tuple[str, ...] = field(default_factory=tuple)

    @property
    def retired(self) -> bool:
        return self.valid_to is not None

    @property
    def label(self) -> str:
        parts = [self.name, self.kind_label]
        if self.invited:
            parts.append("特邀")
        if self.retired:
            parts.append(f"已于{self.valid_to}停用")
        return " · ".join(parts)


@dataclass(frozen=True)
class NewOrganisation:
    name: str
    kind: str
    place: str = ""
    invited: bool = False
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    rows: int


def _place_name(session: Session, place_id: str | None) -> str:
    row = session.get(Place, place_id) if place_id else None
    if row is None:
        return ""
    if row.township and row.township != row.name:
        return f"{row.township}{row.name}"
    return row.short_name or row.name


def _view(session: Session, row: Organisation, *, with_mediators: bool = False) -> OrganisationView:
    names: tuple[str, ...] = ()
    if with_mediators:
        names = tuple(session.scalars(select(col(Mediator.name)).where(col(Mediator.organisation_id) == row.id,
                                                                  ~col(Mediator.deleted)).order_by(col(Mediator.name))))
    return OrganisationView(row.id, row.name, row.kind, kind_label(row.kind), _place_name(session, row.place_id),
                            row.invited, row.valid_from, row.valid_to, row.note, names)


def _live(session: Session) -> list[Organisation]:
    return list(session.scalars(select(Organisation).where(~col(Organisation.deleted)).order_by(
        col(Organisation.name))))


def find_in(session: Session, ref: str, *, field_name: str = "organisation 调解组织") -> Organisation:
    """An organisation by its id or registered full name."""
    text = ref.strip()
    if not text:
        raise ValidationError(field_name, "请填写调解组织")
    row = session.get(Organisation, text)
    if row is not None and not row.deleted:
        return row
    for row in _live(session):
        if row.name == text:
            return row
    near = [r.name for r in _live(session) if text in r.name][:5]
    hint = f"；名称相近的有：{'、'.join(near)}" if near else "；可先登记该调解组织"
    raise NotFoundError(f"调解组织名录中没有「{text}」{hint}", code="unknown_organisation")


def list_organisations(ctx: Workspace, query: str = "", *, include_retired: bool = True,
                       invited_only: bool = False) -> list[OrganisationView]:
    with ctx.db.read() as session:
        rows = [r for r in _live(session)
                if (not query or query.strip() in r.name or query.strip() in kind_label(r.kind))
                and (include_retired or r.valid_to is None or r.valid_to >= ctx.today())
                and (not invited_only or r.invited)]
        return [_view(session, r) for r in rows]


def show_organisation(ctx: Workspace, ref: str) -> OrganisationView:
    with ctx.db.read() as session:
        return _view(session, find_in(session, ref), with_mediators=True)


def _check(session: Session, item: NewOrganisation, *, taken: set[str]) -> dict[str, object]:
    name = " ".join(item.name.split())
    if not name:
        raise ValidationError("name 名称", "请填写调解组织的登记全称")
    if len(name) > 100:
        raise ValidationError("name 名称", f"不能超过 100 个字，现为 {len(name)} 个字")
    if name in taken:
        raise ValidationError("name 名称", f"「{name}」已在调解组织名录中")
    kind = kind_code(item.kind)
    if kind is None:
        raise ValidationError("kind 类型", f"「{item.kind}」不是调解组织类型；可选：{'、'.join(KINDS.values())}")
    place_id = None
    if item.place.strip():
        place_id = resolve_in(session, item.place, on=date.max, field_name="place 地点").record_id
    if item.valid_from and item.valid_to and item.valid_to < item.valid_from:
        raise ValidationError("valid_to 停用日期", "不能早于启用日期")
    if len(item.note) > 500:
        raise ValidationError("note 备注", "不能超过 500 个字")
    return {"name": name, "kind": kind, "place_id": place_id, "invited": item.invited,
            "valid_from": item.valid_from, "valid_to": item.valid_to, "note": item.note.strip()}


def add_organisation(ctx: Workspace, item: NewOrganisation) -> OrganisationView:
    """Register an organisation under its full name (audited, synced)."""
    require(ctx, "registry.edit")
    with ctx.db.write(ctx.actor, "调解组织名录：登记调解组织") as session:
        values = _check(session, item, taken={r.name for r in _live(session)})
        row = Organisation(**values)  # type: ignore[arg-type]
        session.add(row)
        session.flush()
        return _view(session, row)


def retire_organisation(ctx: Workspace, ref: str, *, on: date | None = None, note: str = "") -> OrganisationView:
    """Retire an organisation from ``on`` (default today): old cases keep it, new mediators cannot join it."""
    require(ctx, "registry.edit")
    day = on or ctx.today()
    with ctx.db.write(ctx.actor, "调解组织名录：停用调解组织") as session:
        row = find_in(session, ref)
        if row.valid_to is not None:
            raise ValidationError("organisation 调解组织", f"「{row.name}」已于 {row.valid_to} 停用")
        if row.valid_from and day < row.valid_from:
            raise ValidationError("停用日期", f"不能早于启用日期 {row.valid_from}", field="on")
        row.valid_to = day
        if note.strip():
            row.note = (f"{row.note}；{note.strip()}" if row.note else note.strip())[:500]
        session.add(row)
        session.flush()
        return _view(session, row)


def _bool_cell(text: str) -> bool:
    cleaned = text.strip()
    if cleaned in _YES:
        return True
    if cleaned in _NO:
        return False
    raise ValidationError("invited 特邀", f"「{text}」应为 是 或 否")


def _date_cell(text: str, key: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ValidationError(key, f"「{text}」不是日期（YYYY-MM-DD）") from None


def import_organisations(ctx: Workspace, path: Path) -> ImportResult:
    """Register the organisations of a .csv/.xlsx table (columns :data:`COLUMNS`); a row whose name is already
    registered with the same kind is skipped. Any bad row refuses the whole file, each problem named by row and
    column."""
    require(ctx, "registry.edit")
    table = read_table(path, COLUMNS)
    errors: list[ValidationError] = []
    added = skipped = 0
    with ctx.db.write(ctx.actor, f"调解组织名录：导入 {path.name}") as session:
        existing = {r.name: r for r in _live(session)}
        taken = set(existing)
        for i, cells in enumerate(table, start=2):
            where = f"第 {i} 行"
            name = " ".join(cells["名称"].split())
            known = existing.get(name)
            if known is not None and kind_code(cells["类型"]) == known.kind:
                skipped += 1
                continue
            try:
                item = NewOrganisation(
                    name=cells["名称"], kind=cells["类型"], place=cells["地点"],
                    invited=_bool_cell(cells["特邀"]),
                    valid_from=_date_cell(cells["启用日期"], "valid_from"),
                    valid_to=_date_cell(cells["停用日期"], "valid_to"), note=cells["备注"])
                values = _check(session, item, taken=taken)
            except (ValidationError, NotFoundError) as exc:
                label = getattr(exc, "label", "") or getattr(exc, "field", "")
                key = str(label).split(" ")[0]
                column = _COLUMN_OF.get(key, _COLUMN_OF.get(getattr(exc, "field", ""), "名称"))
                reason = exc.reason if isinstance(exc, ValidationError) else str(exc)
                errors.append(ValidationError(f"{where}「{column}」列", reason))
                continue
            taken.add(str(values["name"]))
            session.add(Organisation(**values))  # type: ignore[arg-type]
            added += 1
        if errors:
            session.rollback()
            raise InputErrors(errors)
    return ImportResult(added, skipped, len(table))


def export_organisations(ctx: Workspace, out: Path) -> int:
    """The whole registry (retired organisations too, with their 停用日期) as a .xlsx/.csv table with the import's
    columns: a court keeps its list in its spreadsheet and imports it back, or on another device."""
    from fuyuan_desktop.services.places import write_table

    views = list_organisations(ctx, include_retired=True)
    rows = [[v.name, v.kind_label, v.place, "是" if v.invited else "否",
             v.valid_from.isoformat() if v.valid_from else "", v.valid_to.isoformat() if v.valid_to else "", v.note]
            for v in views]
    write_table(out, COLUMNS, rows, title="调解组织名录")
    return len(rows)


def link_mediator(ctx: Workspace, mediator: str, organisation: str | None) -> OrganisationView | None:
    """Put a mediator (id or name) in a registered organisation (None or "" takes them out of any)."""
    from fuyuan_desktop.services.workflow import find_mediator

    require(ctx, "mediator.edit")
    with ctx.db.write(ctx.actor, "调解员所属调解组织") as session:
        row_m = find_mediator(session, mediator)
        if organisation:
            row = find_in(session, organisation)
            if row.valid_to is not None and row.valid_to < ctx.today():
                raise ValidationError("organisation 调解组织", f"「{row.name}」已于 {row.valid_to} 停用，不能再加入")
            row_m.organisation_id, row_m.organization = row.id, row.name
            session.add(row_m)
            session.flush()
            return _view(session, row, with_mediators=True)
        row_m.organisation_id = None
        session.add(row_m)
        return None


def registered_id(session: Session, text: str) -> str | None:
    """The id of the live organisation registered under exactly ``text`` (None when none is)."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    return next((r.id for r in _live(session) if r.name == cleaned), None)


def case_organisations(session: Session, dispute_id: str) -> list[Organisation]:
    """The registered organisations of a case's mediators, in the order the mediators were assigned."""
    rows = session.execute(
        select(Organisation)
        .join(Mediator, col(Mediator.organisation_id) == col(Organisation.id))
        .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
        .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
        .order_by(col(DisputeMediator.created_at))
    ).scalars().all()
    seen: dict[str, Organisation] = {}
    for row in rows:
        seen.setdefault(row.id, row)
    return list(seen.values())


def case_organisation_name(session: Session, dispute_id: str, *, committee: bool = False) -> str:
    """The registered full name papers print for the case's mediating organisation: with ``committee``, a
    people's mediation committee first. :data:`UNREGISTERED` when no mediator of the case belongs to one."""
    found = case_organisations(session, dispute_id)
    if committee:
        found = sorted(found, key=lambda r: r.kind != "people_committee")
    return found[0].name if found else UNREGISTERED
