"""同堂培训 events (judges and agency staff trained in the same room) and the 口头建议 ledger (a judge's oral
recommendations to an agency, its response and whether adopted).

Distinct from 以庭代训 (agency staff observing a real hearing: programmes.add_training) and from the written,
numbered 司法建议书 (services/recommendations.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import Adoption, OralOccasion, case_key, person_key
from fuyuan_desktop.services.linkage.common import (
    check_text,
    in_period,
    label_of,
    not_after_today,
    parse_enum,
    resolve_court,
    resolve_tribunal,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import JointTraining, OralRecommendation
from fuyuan_desktop.store.models import Court, Dispute, Tribunal

MAX_PEOPLE = 10000

# --- 同堂培训 -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    """One participating agency: how many came, and how many of them are its 负责人 or deputies."""

    agency: str
    people: int
    heads: int = 0


_SPLIT = re.compile(r"[\s,，:：;；/]+")


def parse_participants(text: str) -> list[Participant]:
    """Lines like ``宁江区司法局 12 2`` or ``宁江区司法局：12：2`` (单位、人数、其中负责人数, the last optional).

    Raises ValidationError naming the line that cannot be read; empty lines are skipped.
    """
    out: list[Participant] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [p for p in _SPLIT.split(line.strip()) if p]
        counts: list[int] = []
        while parts and parts[-1].isdigit() and len(counts) < 2:
            counts.insert(0, int(parts.pop()))
        if not parts or not counts:
            raise ValidationError("参训单位", f"第 {number} 行「{line.strip()}」应写作：单位 人数 [其中负责人数]", code="unreadable")
        out.append(Participant(" ".join(parts), counts[0], counts[1] if len(counts) > 1 else 0))
    return out


@dataclass(frozen=True)
class JointTrainingInput:
    held_on: date
    place: str
    topic: str
    participants: list[Participant]
    lecturers: str = ""
    organiser: str = ""  # a tribunal (short name or name); empty: the court itself
    materials: str = ""  # the training materials, one title a line
    note: str = ""


@dataclass(frozen=True)
class JointTrainingView:
    id: str
    held_on: date
    court: str
    organiser: str
    place: str
    topic: str
    lecturers: str
    participants: tuple[Participant, ...]
    attendees: int
    heads: int
    materials: str
    note: str

    @property
    def agencies_text(self) -> str:
        """``宁江区司法局 12 人（负责人 2）、…`` for ledgers and lists."""
        return "、".join(f"{p.agency} {p.people} 人" + (f"（负责人 {p.heads}）" if p.heads else "")
                        for p in self.participants)


def _check_participants(items: list[Participant]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not items:
        errors.append(ValidationError("参训单位", "至少登记一个参训单位及其人数", code="required"))
    seen: set[str] = set()
    for item in items:
        name = item.agency.strip()
        if not name:
            errors.append(ValidationError("参训单位", "单位名称不能为空", code="required"))
            continue
        if len(name) > 200:
            errors.append(ValidationError("参训单位", f"「{name[:20]}…」超过 200 字", code="too_long"))
        if person_key(name) in seen:
            errors.append(ValidationError("参训单位", f"「{name}」登记了两次", code="duplicate"))
        seen.add(person_key(name))
        if not 1 <= item.people <= MAX_PEOPLE:
            errors.append(ValidationError("参训人数", f"「{name}」的人数应在 1–{MAX_PEOPLE} 之间",
                                          code="out_of_range"))
        elif not 0 <= item.heads <= item.people:
            errors.append(ValidationError("负责人人数", f"「{name}」的负责人人数不能为负，也不能多于其参训人数", code="out_of_range"))
    return errors


def _training_view(row: JointTraining, court: str, organiser: str) -> JointTrainingView:
    items = tuple(Participant(str(p["agency"]), int(p["people"]), int(p.get("heads", 0)))
                  for p in json.loads(row.agencies or "[]"))
    return JointTrainingView(row.id, row.held_on, court, organiser or court, row.place, row.topic, row.lecturers,
                             items, row.attendees, row.heads, row.materials, row.note)


def _training_fields(ctx: Workspace, data: JointTrainingInput) -> tuple[dict[str, str], list[dict[str, object]]]:
    """Every field checked before anything is written, all errors reported together."""
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, required, limit in (
        ("place", data.place, "地点", True, 200), ("topic", data.topic, "培训主题", True, 200),
        ("lecturers", data.lecturers, "授课人", False, 500), ("materials", data.materials, "培训材料", False, 20000),
        ("note", data.note, "备注", False, 1000),
    ):
        texts[key], err = check_text(value, label, required=required, limit=limit)
        errors += [err] if err else []
    errors += _check_participants(data.participants)
    try:
        not_after_today(ctx, data.held_on, "培训日期")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    return texts, [{"agency": p.agency.strip(), "people": p.people, "heads": p.heads} for p in data.participants]


def _fill_training(session: Session, row: JointTraining, court_row: Court, data: JointTrainingInput,
                   texts: dict[str, str], items: list[dict[str, object]]) -> Tribunal | None:
    tribunal = resolve_tribunal(session, data.organiser) if data.organiser.strip() else None
    if tribunal is not None and tribunal.court_id != court_row.id:
        raise ValidationError("组织单位", f"{tribunal.name}不属于{court_row.name}", field="organiser",
                              code="other_court")
    row.tribunal_id = tribunal.id if tribunal else None
    row.held_on, row.agencies = data.held_on, json.dumps(items, ensure_ascii=False)
    row.attendees = sum(p.people for p in data.participants)
    row.heads = sum(p.heads for p in data.participants)
    row.place, row.topic, row.lecturers = texts["place"], texts["topic"], texts["lecturers"]
    row.materials, row.note = texts["materials"], texts["note"]
    return tribunal


def add_joint_training(ctx: Workspace, data: JointTrainingInput, court: str | None = None) -> JointTrainingView:
    """Record a 同堂培训; every field is checked before anything is written, all errors reported together."""
    texts, items = _training_fields(ctx, data)
    with ctx.db.write(ctx.actor, "登记同堂培训") as session:
        court_row = resolve_court(session, court)
        row = JointTraining(court_id=court_row.id, held_on=data.held_on, place="", topic="")
        tribunal = _fill_training(session, row, court_row, data, texts, items)
        session.add(row)
        session.flush()
        return _training_view(row, court_row.name, tribunal.name if tribunal else "")


def _live_training(session: Session, training_id: str) -> JointTraining:
    row = session.get(JointTraining, training_id.strip())
    if row is None or row.deleted:
        raise NotFoundError(f"找不到同堂培训 {training_id}")
    return row


def update_joint_training(ctx: Workspace, training_id: str, data: JointTrainingInput) -> JointTrainingView:
    """Correct a 同堂培训 (every field, checked as when it was recorded; its court stays); audited."""
    texts, items = _training_fields(ctx, data)
    with ctx.db.write(ctx.actor, "修改同堂培训") as session:
        row = _live_training(session, training_id)
        court_row = session.get(Court, row.court_id)
        assert court_row is not None
        tribunal = _fill_training(session, row, court_row, data, texts, items)
        session.add(row)
        session.flush()
        return _training_view(row, court_row.name, tribunal.name if tribunal else "")


def delete_joint_training(ctx: Workspace, training_id: str, reason: str = "") -> None:
    """Delete a 同堂培训 recorded by mistake: a tombstone (synced, audited with the reason), never erased."""
    why, err = check_text(reason, "删除理由", required=False, limit=40)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "删除同堂培训" + (f"：{why}" if why else "")) as session:
        row = _live_training(session, training_id)
        row.deleted = True
        session.add(row)


def joint_training(ctx: Workspace, training_id: str) -> JointTrainingView:
    with ctx.db.read() as session:
        row = _live_training(session, training_id)
        court = session.get(Court, row.court_id)
        tribunal = session.get(Tribunal, row.tribunal_id) if row.tribunal_id else None
        return _training_view(row, court.name if court else "", tribunal.name if tribunal else "")


def training_input(view: JointTrainingView, **changes: object) -> JointTrainingInput:
    """The input that records ``view`` again, with ``changes`` (the edit forms start from it)."""
    from dataclasses import replace

    base = JointTrainingInput(held_on=view.held_on, place=view.place, topic=view.topic,
                              participants=list(view.participants), lecturers=view.lecturers,
                              organiser="" if view.organiser == view.court else view.organiser,
                              materials=view.materials, note=view.note)
    return replace(base, **changes)  # type: ignore[arg-type]


def organiser_choices(ctx: Workspace, court: str | None = None) -> list[str]:
    """The tribunals of the court (this device's by default) that may organise a 同堂培训, by name."""
    with ctx.db.read() as session:
        court_id = resolve_court(session, court).id
        return list(session.scalars(select(col(Tribunal.name)).where(
            col(Tribunal.court_id) == court_id, ~col(Tribunal.deleted)).order_by(col(Tribunal.name))))


def joint_trainings(ctx: Workspace, start: date | None = None, end: date | None = None,
                    court: str | None = None) -> list[JointTrainingView]:
    """同堂培训 in [start, end] (all courts in this store when ``court`` is None), earliest first."""
    with ctx.db.read() as session:
        query = (select(JointTraining, col(Court.name), col(Tribunal.name))
                 .join(Court, col(Court.id) == col(JointTraining.court_id))
                 .outerjoin(Tribunal, col(Tribunal.id) == col(JointTraining.tribunal_id))
                 .where(~col(JointTraining.deleted)))
        if court:
            query = query.where(col(JointTraining.court_id) == resolve_court(session, court).id)
        rows = session.execute(query.order_by(col(JointTraining.held_on), col(JointTraining.id))).all()
    return [_training_view(r, str(c), str(t or "")) for r, c, t in rows if in_period(r.held_on, start, end)]


# --- 口头建议 -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OralInput:
    given_on: date
    agency: str
    judge: str
    occasion: str  # 庭审、联席会议、走访、其他 (or its code)
    content: str
    case_number: str = ""


@dataclass(frozen=True)
class OralView:
    id: str
    given_on: date
    court: str
    agency: str
    judge: str
    occasion: str
    case_number: str
    case_on_file: bool
    content: str
    response: str
    responded_on: date | None
    adoption: str
    warnings: tuple[str, ...] = field(default=())


def _oral_view(row: OralRecommendation, court: str) -> OralView:
    warnings: tuple[str, ...] = ()
    if row.case_number and row.dispute_id is None:
        warnings = (f"本机没有案号为 {row.case_number} 的案件：已按所填案号登记，未关联案件",)
    return OralView(row.id, row.given_on, court, row.agency, row.judge, label_of(OralOccasion, row.occasion),
                    row.case_number, row.dispute_id is not None, row.content, row.response, row.responded_on,
                    label_of(Adoption, row.adoption) if row.adoption else "", warnings)


def _oral_fields(ctx: Workspace, data: OralInput) -> tuple[dict[str, str], str]:
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, required, limit in (
        ("agency", data.agency, "被建议单位", True, 200), ("judge", data.judge, "提出建议的法官", True, 64),
        ("content", data.content, "建议内容", True, 20000), ("case_number", data.case_number, "关联案号", False, 40),
    ):
        texts[key], err = check_text(value, label, required=required, limit=limit)
        errors += [err] if err else []
    occasion = ""
    try:
        occasion = parse_enum(OralOccasion, data.occasion, "场合").value
    except ValidationError as exc:
        errors.append(exc)
    try:
        not_after_today(ctx, data.given_on, "建议日期")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    return texts, occasion


def _fill_oral(session: Session, row: OralRecommendation, data: OralInput, texts: dict[str, str],
               occasion: str) -> None:
    dispute_id = None
    if texts["case_number"]:
        key = case_key(texts["case_number"])
        dispute_id = session.scalars(select(col(Dispute.id)).where(
            or_(col(Dispute.official_key) == key, col(Dispute.provisional_key) == key),
            ~col(Dispute.deleted))).first()
    row.given_on, row.occasion, row.dispute_id = data.given_on, occasion, dispute_id
    row.agency, row.judge, row.content = texts["agency"], texts["judge"], texts["content"]
    row.case_number = texts["case_number"]


def add_oral(ctx: Workspace, data: OralInput, court: str | None = None) -> OralView:
    """Record an oral recommendation; a case number, if given, is linked to the case on file under it."""
    texts, occasion = _oral_fields(ctx, data)
    with ctx.db.write(ctx.actor, "登记口头建议") as session:
        court_row = resolve_court(session, court)
        row = OralRecommendation(court_id=court_row.id, given_on=data.given_on, occasion=occasion, agency="",
                                 judge="")
        _fill_oral(session, row, data, texts, occasion)
        session.add(row)
        session.flush()
        return _oral_view(row, court_row.name)


def _live_oral(session: Session, oral_id: str) -> OralRecommendation:
    row = session.get(OralRecommendation, oral_id.strip())
    if row is None or row.deleted:
        raise NotFoundError(f"找不到口头建议 {oral_id}")
    return row


def update_oral(ctx: Workspace, oral_id: str, data: OralInput) -> OralView:
    """Correct an oral recommendation (its response, if any, stays; the date may not pass the response's); audited."""
    texts, occasion = _oral_fields(ctx, data)
    with ctx.db.write(ctx.actor, "修改口头建议") as session:
        row = _live_oral(session, oral_id)
        if row.responded_on is not None and data.given_on > row.responded_on:
            raise ValidationError("建议日期", f"{data.given_on.isoformat()} 晚于单位反馈日期 "
                                  f"{row.responded_on.isoformat()}", field="given_on", code="after_response")
        _fill_oral(session, row, data, texts, occasion)
        session.add(row)
        session.flush()
        return _oral_view(row, str(session.get(Court, row.court_id).name))  # type: ignore[union-attr]


def delete_oral(ctx: Workspace, oral_id: str, reason: str = "") -> None:
    """Delete an oral recommendation recorded by mistake: a tombstone (synced, audited with the reason)."""
    why, err = check_text(reason, "删除理由", required=False, limit=40)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "删除口头建议" + (f"：{why}" if why else "")) as session:
        row = _live_oral(session, oral_id)
        row.deleted = True
        session.add(row)


def oral_recommendation(ctx: Workspace, oral_id: str) -> OralView:
    with ctx.db.read() as session:
        row = _live_oral(session, oral_id)
        return _oral_view(row, str(session.get(Court, row.court_id).name))  # type: ignore[union-attr]


def oral_input(view: OralView, **changes: object) -> OralInput:
    """The input that records ``view`` again, with ``changes``."""
    from dataclasses import replace

    base = OralInput(given_on=view.given_on, agency=view.agency, judge=view.judge, occasion=view.occasion,
                     content=view.content, case_number=view.case_number)
    return replace(base, **changes)  # type: ignore[arg-type]


def respond_oral(ctx: Workspace, oral_id: str, response: str, adoption: str, responded_on: date) -> OralView:
    """The agency's response to an oral recommendation and whether it adopted it (采纳、部分采纳、未采纳)."""
    errors: list[ValidationError] = []
    text, err = check_text(response, "单位反馈", required=True, limit=20000)
    errors += [err] if err else []
    code = ""
    try:
        code = parse_enum(Adoption, adoption, "采纳情况").value
    except ValidationError as exc:
        errors.append(exc)
    try:
        not_after_today(ctx, responded_on, "反馈日期")
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    with ctx.db.write(ctx.actor, "登记口头建议反馈") as session:
        row = _live_oral(session, oral_id)
        if responded_on < row.given_on:
            raise ValidationError("反馈日期", f"{responded_on.isoformat()} 早于提出建议的日期 "
                                  f"{row.given_on.isoformat()}", field="responded_on", code="before_given")
        row.response, row.adoption, row.responded_on = text, code, responded_on
        session.flush()
        return _oral_view(row, str(session.get(Court, row.court_id).name))  # type: ignore[union-attr]


def oral_recommendations(ctx: Workspace, start: date | None = None, end: date | None = None,
                         court: str | None = None, agency: str = "") -> list[OralView]:
    """口头建议 in [start, end], of one agency (however its name was spaced or bracketed) when ``agency`` is given."""
    with ctx.db.read() as session:
        query = (select(OralRecommendation, col(Court.name))
                 .join(Court, col(Court.id) == col(OralRecommendation.court_id))
                 .where(~col(OralRecommendation.deleted)))
        if court:
            query = query.where(col(OralRecommendation.court_id) == resolve_court(session, court).id)
        rows = session.execute(query.order_by(col(OralRecommendation.given_on), col(OralRecommendation.id))).all()
    wanted = person_key(agency) if agency.strip() else ""
    return [_oral_view(r, str(c)) for r, c in rows
            if in_period(r.given_on, start, end) and (not wanted or person_key(r.agency) == wanted)]
