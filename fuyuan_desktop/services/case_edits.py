"""Changes after intake: a party's name spelling, ID number, phone and address (编辑当事人); the mediators of a
case (add, remove, replace); a sitting moved or cancelled; the case's place.

Checked with the same rules and messages as intake (``services/intake.py``); each write goes through
``db.write``, so it is audited and stamped for sync like every other change, and the change notice reaches the
pages that show it. Rows are never hard-deleted: a mediator taken off a case is a tombstone on the assignment
(put back, the same row comes alive again), and a cancelled sitting keeps its row with the status 已取消.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.domain.enums import DisputeStatus, ParticipantRole, PartyKind, SessionStatus
from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.identifiers import parse_id_number, parse_phone
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.domain.workflow import check_transition
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import MAX_NAME, check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.places import link_typed_place
from fuyuan_desktop.services.workflow import find_mediator
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute, DisputeMediator, MediationSession, Mediator, Party


@dataclass(frozen=True)
class PartyEdit:
    """The new values; ``None`` leaves a field as it is, ``""`` clears it (the name cannot be cleared)."""

    name: str | None = None
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None


def edit_party(ctx: Workspace, party_id: str, edit: PartyEdit) -> list[str]:
    """Correct one party; returns the names of the fields that changed (empty: nothing to save).

    Every error is collected and raised together (``InputErrors``), each naming its field; nothing is written then.
    """
    require(ctx, "case.edit")
    errors: list[ValidationError] = []
    values: dict[str, object] = {}
    with ctx.db.write(ctx.actor, "修改当事人信息") as session:
        party = session.get(Party, party_id)
        if party is None or party.deleted:
            raise NotFoundError(f"没有这个当事人：{party_id}")
        if edit.name is not None:
            name, err = check_text(edit.name, "name 姓名/名称", required=True, limit=MAX_NAME)
            if err:
                errors.append(err)
            values["name"] = name
        if edit.address is not None:
            address, err = check_text(edit.address, "address 住址/住所", required=False, limit=200)
            if err:
                errors.append(err)
            values["address"] = address
        if edit.phone is not None:
            if edit.phone.strip():
                try:
                    values["phone"] = parse_phone(edit.phone, field="phone 联系电话").number
                except ValidationError as exc:
                    errors.append(exc)
            else:
                values["phone"] = ""
        if edit.id_number is not None and edit.id_number.strip() != party.id_number:
            if party.kind != PartyKind.PERSON.value:
                errors.append(ValidationError("id_number 身份证号码", "只有自然人才填写身份证号码"))
            elif not edit.id_number.strip():
                values.update(id_number="", id_number_rev="", sex="", birth_date=None)
            else:
                try:
                    info = parse_id_number(edit.id_number, today=ctx.today(), field="id_number 身份证号码",
                                           known_regions=ctx.reference.divisions)
                except ValidationError as exc:
                    errors.append(exc)
                else:
                    other = session.scalars(select(Party).where(
                        col(Party.id_number) == info.number, col(Party.id) != party.id,
                        col(Party.deleted).is_(False))).first()
                    if other is not None:
                        errors.append(ValidationError(
                            "id_number 身份证号码", f"这个号码已登记在当事人「{other.name}」名下；请核对身份证原件"))
                    values.update(id_number=info.number, id_number_rev=info.number[::-1], sex=info.sex,
                                  birth_date=info.birth_date)
        if errors:
            raise errors[0] if len(errors) == 1 else InputErrors(errors)
        changed = [key for key, value in values.items() if getattr(party, key) != value]
        for key in changed:
            setattr(party, key, values[key])
        if "name" in changed:
            party.name_pinyin, party.name_initials = name_keys(party.name, person=party.kind == PartyKind.PERSON.value)
        return [key for key in changed if key in ("name", "id_number", "phone", "address")]


# --- the mediators of a case -----------------------------------------------------------------------------------

# While a case is in these states its mediators may change; afterwards they are named on signed papers.
MEDIATORS_EDITABLE = (DisputeStatus.REGISTERED.value, DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value)
# A case past these states is over: no sitting is moved or cancelled, and its place stays as it was.
FINAL_STATUSES = (DisputeStatus.CLOSED.value, DisputeStatus.RETURNED.value, DisputeStatus.DOCKETED.value)


@dataclass(frozen=True)
class MediatorChange:
    """What a change of a case's mediators did: the names added and removed, who leads now, the case's status."""

    added: list[str]
    removed: list[str]
    lead: str
    mediators: list[str]
    status: str


def _case(session: Session, case_ref: str) -> Dispute:
    dispute = session.get(Dispute, resolve_case_id(session, case_ref))
    assert dispute is not None
    return dispute


def mediator_of_roster(session: Session, ref: str, *, field: str = "调解员") -> Mediator:
    """A roster member by id or name who may mediate: court staff, agency heads and deputies take part in a
    sitting but are not its mediators."""
    mediator = find_mediator(session, ref)
    if mediator.deleted or not mediator.active:
        raise ValidationError(field, f"「{mediator.name}」已不在调解员名册中")
    try:
        role = ParticipantRole.of(mediator.role)
    except ValueError:
        role = None
    if role is None or not role.is_mediator:
        label = role.label if role is not None else mediator.role
        raise ValidationError(field, f"「{mediator.name}」是{label}，不是调解员；只能指派人民调解员、行政调解员、"
                                     "律师调解员或特邀调解员")
    return mediator


def _change_mediators(ctx: Workspace, case_ref: str, action: str,
                      want: Callable[[Session, list[Mediator]], list[Mediator]], *,
                      accepted_on: date | None = None) -> MediatorChange:
    """One change of a case's mediators in one unit of work: ``want`` gets the current ones (lead first) and
    returns the new list (lead first)."""
    require(ctx, "case.assign")
    today = ctx.today()
    if accepted_on and accepted_on > today:
        raise ValidationError("接受委派日期", f"{accepted_on.isoformat()} 晚于今天")
    with ctx.db.write(ctx.actor, action) as session:
        dispute = _case(session, case_ref)
        if dispute.status not in MEDIATORS_EDITABLE:
            raise ValidationError("调解员", f"案件状态为「{DisputeStatus.of(dispute.status).label}」，不能再更换调解员"
                                         "（调解员已写入协议或结案文书）")
        rows = session.scalars(select(DisputeMediator).where(col(DisputeMediator.dispute_id) == dispute.id)
                               .order_by(col(DisputeMediator.created_at))).all()
        by_mediator: dict[str, DisputeMediator] = {}
        for row in rows:  # one assignment row per person (a second one, from a merge, follows the first)
            if row.mediator_id not in by_mediator or (by_mediator[row.mediator_id].deleted and not row.deleted):
                by_mediator[row.mediator_id] = row
        live = sorted((r for r in by_mediator.values() if not r.deleted), key=lambda r: not r.is_lead)
        current = [m for m in (session.get(Mediator, r.mediator_id) for r in live) if m is not None]
        wanted: list[Mediator] = []
        for mediator in want(session, current):
            if mediator.id not in {m.id for m in wanted}:
                wanted.append(mediator)
        if not wanted and dispute.status != DisputeStatus.REGISTERED.value:
            raise ValidationError("调解员", "案件已指派调解员，至少要保留一名；要换人请用“替换”")
        wanted_ids = [m.id for m in wanted]
        added, removed = [], []
        for mediator_id, row in by_mediator.items():
            if mediator_id not in wanted_ids and not row.deleted:
                row.deleted = True
                row.is_lead = False
                gone = session.get(Mediator, mediator_id)
                removed.append(gone.name if gone is not None else mediator_id)
        for position, mediator in enumerate(wanted):
            found = by_mediator.get(mediator.id)
            if found is None:
                session.add(DisputeMediator(dispute_id=dispute.id, mediator_id=mediator.id, is_lead=position == 0,
                                            assigned_on=today))
                added.append(mediator.name)
                continue
            if found.deleted:
                found.deleted = False
                found.assigned_on = today
                added.append(mediator.name)
            if found.is_lead != (position == 0):
                found.is_lead = position == 0
        if wanted and dispute.status == DisputeStatus.REGISTERED.value:
            check_transition(DisputeStatus.REGISTERED, DisputeStatus.ASSIGNED)
            dispute.status = DisputeStatus.ASSIGNED.value
        if accepted_on and wanted:
            ref = ctx.reference
            dispute.accepted_on = accepted_on
            dispute.due_on = mediation_deadline(accepted_on, ref.calendar, ref.deadline_rules,
                                                extension_days=dispute.extension_days,
                                                paused_days=dispute.paused_days)
        return MediatorChange(added, removed, wanted[0].name if wanted else "", [m.name for m in wanted],
                              DisputeStatus.of(dispute.status).label)


def _names(mediators: list[Mediator]) -> str:
    return "、".join(m.name for m in mediators) or "（无）"


def set_case_mediators(ctx: Workspace, case_ref: str, mediators: list[str], *,
                       accepted_on: date | None = None) -> MediatorChange:
    """The case's mediators become exactly ``mediators`` (ids or names; the first leads): the ones not named are
    taken off, the new ones added. What the case page's 调解员 dialog saves. With ``accepted_on`` (指派 on a
    registered case) the mediation period starts that day, as with ``assign_mediators``."""
    return _change_mediators(ctx, case_ref, "指派调解员" if accepted_on else "更换调解员",
                             lambda session, _current: [mediator_of_roster(session, m) for m in mediators],
                             accepted_on=accepted_on)


def add_case_mediator(ctx: Workspace, case_ref: str, mediator: str) -> MediatorChange:
    """Add one mediator; the case's first mediator leads."""
    def want(session: Session, current: list[Mediator]) -> list[Mediator]:
        new = mediator_of_roster(session, mediator)
        if new.id in {m.id for m in current}:
            raise ValidationError("调解员", f"「{new.name}」已是本案的调解员")
        return [*current, new]
    return _change_mediators(ctx, case_ref, "增加调解员", want)


def remove_case_mediator(ctx: Workspace, case_ref: str, mediator: str) -> MediatorChange:
    """Take one mediator off the case (the next one then leads); the last one cannot go once assigned."""
    def want(session: Session, current: list[Mediator]) -> list[Mediator]:
        old = find_mediator(session, mediator)
        if old.id not in {m.id for m in current}:
            raise ValidationError("调解员", f"「{old.name}」不是本案的调解员；本案调解员：{_names(current)}")
        return [m for m in current if m.id != old.id]
    return _change_mediators(ctx, case_ref, "撤换调解员", want)


def replace_case_mediator(ctx: Workspace, case_ref: str, old: str, new: str) -> MediatorChange:
    """``new`` takes ``old``'s place on the case (leading if ``old`` led)."""
    def want(session: Session, current: list[Mediator]) -> list[Mediator]:
        leaving = find_mediator(session, old)
        if leaving.id not in {m.id for m in current}:
            raise ValidationError("原调解员", f"「{leaving.name}」不是本案的调解员；本案调解员：{_names(current)}")
        coming = mediator_of_roster(session, new, field="新调解员")
        if coming.id in {m.id for m in current}:
            raise ValidationError("新调解员", f"「{coming.name}」已是本案的调解员")
        return [coming if m.id == leaving.id else m for m in current]
    return _change_mediators(ctx, case_ref, "替换调解员", want)


# --- sittings: moved or cancelled ------------------------------------------------------------------------------


def session_by_number(ctx: Workspace, case_ref: str, number: int) -> str:
    """The id of a case's ``number``-th sitting (1 = the earliest), as ``fuyuan case show`` numbers them."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        ids = list(session.scalars(select(col(MediationSession.id)).where(
            col(MediationSession.dispute_id) == dispute_id, ~col(MediationSession.deleted))
            .order_by(col(MediationSession.scheduled_at))))
    if not 1 <= number <= len(ids):
        raise ValidationError("调解场次", f"本案有 {len(ids)} 次调解，没有第 {number} 次" if ids
                              else "本案还没有安排调解", field="session")
    return ids[number - 1]


def _open_sitting(session: Session, session_id: str, verb: str) -> tuple[MediationSession, Dispute]:
    row = session.get(MediationSession, session_id)
    if row is None or row.deleted:
        raise NotFoundError(f"找不到调解场次 {session_id}")
    dispute = session.get(Dispute, row.dispute_id)
    assert dispute is not None
    if dispute.status in FINAL_STATUSES:
        raise ValidationError("调解场次", f"案件状态为「{DisputeStatus.of(dispute.status).label}」，不能再{verb}")
    if row.status != SessionStatus.SCHEDULED.value:
        raise ValidationError("调解场次", f"这次调解{SessionStatus.of(row.status).label}，不能{verb}")
    if row.record_revision:
        raise ValidationError("调解场次", f"这次调解已有笔录（第 {row.record_revision} 版），不能{verb}；"
                                      "如需再次调解，请另行安排")
    return row, dispute


def reschedule_session(ctx: Workspace, session_id: str, when: datetime, *, place: str | None = None) -> None:
    """Move a sitting that has not taken place to ``when`` (and, given, another place; "" = the case's place)."""
    require(ctx, "record.write")
    if when.tzinfo is None:
        raise ValidationError("调解时间", "缺少时区")
    clean_place = None
    if place is not None:
        clean_place, err = check_text(place, "调解地点", required=False, limit=200)
        if err:
            raise err
    with ctx.db.write(ctx.actor, "调解改期") as session:
        row, dispute = _open_sitting(session, session_id, "改期")
        if when.date() < dispute.registered_on:
            raise ValidationError("调解时间", f"{when:%Y-%m-%d} 早于登记日期 {dispute.registered_on.isoformat()}")
        row.scheduled_at = when
        if clean_place is not None:
            row.place_text = clean_place or dispute.place_text


def cancel_session(ctx: Workspace, session_id: str, *, reason: str = "") -> None:
    """Cancel a sitting that has not taken place; its row stays, marked 已取消 (the reason goes to the audit log)."""
    require(ctx, "record.write")
    clean_reason, err = check_text(reason, "取消原因", required=False, limit=100)
    if err:
        raise err
    with ctx.db.write(ctx.actor, f"取消调解：{clean_reason}" if clean_reason else "取消调解") as session:
        row, _dispute = _open_sitting(session, session_id, "取消")
        row.status = SessionStatus.CANCELLED.value


# --- the case's place ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceChange:
    place: str
    known: bool  # matched a registered 村屯/社区/园区 (then it is found by place in search and counted by place)
    sittings_moved: int  # sittings still to come that were to take place at the old place


def set_case_place(ctx: Workspace, case_ref: str, place: str) -> PlaceChange:
    """Correct where the dispute is (纠纷地点). Sittings still to come at the old place follow it."""
    require(ctx, "case.edit")
    clean, err = check_text(place, "纠纷地点", required=True, limit=200)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "修改纠纷地点") as session:
        dispute = _case(session, case_ref)
        if dispute.status in FINAL_STATUSES:
            raise ValidationError("纠纷地点",
                                  f"案件状态为「{DisputeStatus.of(dispute.status).label}」，不能再修改")
        old = dispute.place_text
        known = link_typed_place(session, clean, on=ctx.today(), field_name="纠纷地点")  # as intake links it
        dispute.place_text = clean
        dispute.place_id = known.record_id if known is not None else None
        moved = 0
        if old != clean:
            for sitting in session.scalars(select(MediationSession).where(
                    col(MediationSession.dispute_id) == dispute.id, ~col(MediationSession.deleted),
                    col(MediationSession.status) == SessionStatus.SCHEDULED.value,
                    col(MediationSession.record_revision) == 0)):
                if sitting.place_text in ("", old):
                    sitting.place_text = clean
                    moved += 1
        return PlaceChange(clean, known is not None, moved)
