"""The mediator roster as a table: export it to .xlsx/.csv and import it back (or on another device).

Columns (:data:`COLUMNS`, the same both ways): 姓名, 角色 (调解员角色: 特邀调解员, 人民调解员…; 特邀 is the role
特邀调解员 with its 名册编号), 调解组织 (a registered 调解组织's full name, or blank), 单位 (free text for those outside
the registry, such as a judge's court), 电话, 名册编号, 法庭 (short or full name, or blank), 在册 (是/否).

An existing mediator is matched — and updated, never doubled — by 名册编号, else by name and phone, else by a name
that only one mediator has. Any bad row refuses the whole file, each problem named by row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.enums import ParticipantRole
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.places import read_table, write_table
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Mediator, Organisation, Tribunal

COLUMNS = ("姓名", "角色", "调解组织", "单位", "电话", "名册编号", "法庭", "在册")
_YES = {"", "是", "Y", "y", "yes", "true", "1", "√", "在册"}
_NO = {"否", "N", "n", "no", "false", "0", "不在册", "停用"}


@dataclass(frozen=True)
class RosterImportResult:
    added: int
    updated: int
    unchanged: int
    rows: int


def _tribunal_names(tribunals: list[Tribunal]) -> dict[str, str]:
    return {t.id: t.short_name or t.name for t in tribunals}


def export_mediators(ctx: Workspace, out: Path) -> int:
    """Every mediator on the roster (those no longer 在册 too) with the import's columns."""
    with ctx.db.read() as session:
        rows = session.scalars(select(Mediator).where(~col(Mediator.deleted)).order_by(col(Mediator.name))).all()
        orgs = {o.id: o.name for o in session.scalars(select(Organisation))}
        tribunals = _tribunal_names(list(session.scalars(select(Tribunal))))
        table = []
        for m in rows:
            org = orgs.get(m.organisation_id or "", "")
            try:
                role = ParticipantRole.of(m.role).label
            except ValueError:
                role = m.role
            table.append([m.name, role, org, "" if m.organization == org else m.organization, m.phone,
                          m.roster_number, tribunals.get(m.tribunal_id or "", ""), "是" if m.active else "否"])
    write_table(out, COLUMNS, table, title="调解员名册")
    return len(table)


def _text(cells: dict[str, str], column: str, limit: int, *, required: bool = False) -> str:
    value = " ".join(cells[column].split())
    if required and not value:
        raise ValidationError(column, "不能为空")
    if len(value) > limit:
        raise ValidationError(column, f"不能超过 {limit} 个字，现为 {len(value)} 个字")
    return value


def import_mediators(ctx: Workspace, path: Path) -> RosterImportResult:
    """Add or update the mediators of a .csv/.xlsx table (columns :data:`COLUMNS`); nothing is removed."""
    require(ctx, "mediator.edit")
    table = read_table(path, COLUMNS)
    errors: list[ValidationError] = []
    added = updated = unchanged = 0
    today = ctx.today()
    with ctx.db.write(ctx.actor, f"调解员名册：导入 {path.name}") as session:
        roster = list(session.scalars(select(Mediator).where(~col(Mediator.deleted))))
        orgs = {o.name: o for o in session.scalars(select(Organisation).where(~col(Organisation.deleted)))}
        tribunals = list(session.scalars(select(Tribunal).where(~col(Tribunal.deleted))))
        claimed: dict[str, int] = {}
        planned: list[tuple[Mediator | None, dict[str, object]]] = []
        for i, cells in enumerate(table, start=2):
            try:
                name = _text(cells, "姓名", 64, required=True)
                try:
                    role = ParticipantRole.parse(cells["角色"]).value
                except KeyError:
                    raise ValidationError("角色", f"「{cells['角色']}」无效；可选：{'、'.join(ParticipantRole.labels())}"
                                          ) from None
                org_name = _text(cells, "调解组织", 100)
                unit = _text(cells, "单位", 100)
                phone = _text(cells, "电话", 20)
                roster_number = _text(cells, "名册编号", 32)
                tribunal_text = _text(cells, "法庭", 64)
                active_text = cells["在册"].strip()
                if active_text not in _YES | _NO:
                    raise ValidationError("在册", f"「{active_text}」应为 是 或 否")
                org = orgs.get(org_name) if org_name else None
                if org_name and org is None:
                    near = [n for n in orgs if org_name in n or n in org_name][:3]
                    raise ValidationError("调解组织", f"调解组织名录中没有「{org_name}」"
                                          + (f"；名称相近的有：{'、'.join(near)}" if near else "；请先登记该调解组织"))
                if org is None and unit in orgs:
                    org = orgs[unit]  # typed exactly as registered: linked, as 添加调解员 does
                tribunal_id = None
                if tribunal_text:
                    found = [t for t in tribunals if tribunal_text in (t.short_name, t.name)]
                    if not found:
                        raise ValidationError("法庭", f"没有法庭「{tribunal_text}」")
                    tribunal_id = found[0].id
                match = _match(roster, name, phone, roster_number)
                key = match.id if match is not None else f"{name}/{phone}/{roster_number}"
                if key in claimed:
                    raise ValidationError("姓名", f"与第 {claimed[key]} 行是同一位调解员")
                claimed[key] = i
                if org is not None and org.valid_to is not None and org.valid_to < today and (
                        match is None or match.organisation_id != org.id):
                    raise ValidationError("调解组织", f"「{org.name}」已于 {org.valid_to} 停用，不能再加入")
            except ValidationError as exc:
                errors.append(ValidationError(f"第 {i} 行「{exc.label}」列", exc.reason))
                continue
            planned.append((match, {
                "name": name, "role": role, "organization": unit or (org.name if org else ""),
                "organisation_id": org.id if org else None, "phone": phone, "roster_number": roster_number,
                "tribunal_id": tribunal_id, "active": active_text in _YES}))
        if errors:
            raise InputErrors(errors)
        for match, values in planned:
            if match is None:
                session.add(Mediator(**values))  # type: ignore[arg-type]
                added += 1
            elif any(getattr(match, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(match, k, v)
                session.add(match)
                updated += 1
            else:
                unchanged += 1
    return RosterImportResult(added, updated, unchanged, len(table))


def _match(roster: list[Mediator], name: str, phone: str, roster_number: str) -> Mediator | None:
    """The roster's mediator this row means: by 名册编号, else name and phone, else a name only one has."""
    if roster_number:
        found = [m for m in roster if m.roster_number == roster_number]
        if found:
            return found[0]
    same = [m for m in roster if m.name == name]
    if phone:
        by_phone = [m for m in same if m.phone == phone]
        if by_phone:
            return by_phone[0]
    if len(same) == 1 and (not phone or not same[0].phone):
        return same[0]
    if len(same) > 1 and not phone and not roster_number:
        raise ValidationError("姓名", f"名册中有 {len(same)} 位「{name}」，请填写电话或名册编号以区分")
    return None

