"""Parties as the law sees them (docs/domain.md §7.5): civil capacity, 法定代理人, agents' authority.

``law_problems`` is the one check: finalizing an agreement and printing a 司法确认申请书 refuse with its
problems (so the CLI and the GUI refuse alike), and the 当事人 tab shows them before anyone tries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain import capacity as law
from fuyuan_desktop.domain.enums import PartyKind, PartyRole
from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.identifiers import parse_id_number, parse_phone
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.printing import case_parties, cite
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import CaseParty, Party

__all__ = [
    "GuardianInput",
    "LawView",
    "PartyLaw",
    "law_problems",
    "party_law",
    "set_agent_authority",
    "set_capacity",
    "set_guardian",
]


@dataclass(frozen=True)
class GuardianInput:
    """A 法定代理人 as the dialog or ``fuyuan case guardian`` gives it."""

    name: str
    relation: str
    id_number: str
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class PartyLaw:
    """One party of a case as the law sees it on ``on``: capacity, guardian, agents (name, authority, powers)."""

    party_id: str
    role: str
    kind: str
    name: str
    capacity: str  # full | limited | none
    capacity_text: str  # 11周岁，限制民事行为能力人
    recorded: str
    recorded_basis: str
    guardian: str  # 王大明（父亲）
    agents: tuple[tuple[str, str, str], ...]  # (agent party id, name, 特别授权：…)
    problems: tuple[str, ...]


@dataclass(frozen=True)
class LawView:
    on: date
    parties: tuple[PartyLaw, ...]

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(p for party in self.parties for p in party.problems)


def _label(role: str) -> str:
    return PartyRole.of(role).label


def _check(session: Session, dispute_id: str, on: date) -> list[PartyLaw]:
    rows = case_parties(session, dispute_id)
    acting: dict[str, list[tuple[CaseParty, Party]]] = {}
    for cp, party in rows:
        if PartyRole.of(cp.role).acts_for_another and cp.represents_id:
            acting.setdefault(cp.represents_id, []).append((cp, party))
    out: list[PartyLaw] = []
    for cp, party in rows:
        if PartyRole.of(cp.role).acts_for_another:
            continue
        who = f"{_label(cp.role)}「{party.name}」"
        problems: list[str] = []
        guardians = [(g, p) for g, p in acting.get(party.id, []) if g.role == PartyRole.GUARDIAN.value]
        agents = [(a, p) for a, p in acting.get(party.id, []) if a.role == PartyRole.AGENT.value]
        text = ""
        code = law.FULL
        if party.kind == PartyKind.PERSON.value:
            state = law.capacity_on(party.birth_date, on, party.capacity or "")
            code, text = state.code, state.describe()
            if not state.full and not guardians:
                problems.append(
                    f"{who}签署时{state.describe()}（{cite(state.rule)}），不能自己签署：须登记法定代理人"
                    f"（姓名、与当事人关系、身份证号码），由其代为签署（{cite('civil.legal_agent')}、{cite('cpl.legal_agent')}）"
                )
            for g, gp in guardians:
                gstate = law.capacity_on(gp.birth_date, on, gp.capacity or "")
                if not gstate.full:
                    problems.append(f"{who}的法定代理人「{gp.name}」本人是{gstate.describe()}，不能担任法定代理人")
                if not gp.id_number:
                    problems.append(f"{who}的法定代理人「{gp.name}」缺少身份证号码")
                if not g.relation:
                    problems.append(f"{who}的法定代理人「{gp.name}」未写明与当事人的关系")
        elif not party.representative and not any(law.may_settle(a.agent_authority, law.split_powers(a.agent_powers)) for a, _ in agents):
            label = "负责人" if party.kind == PartyKind.AGENCY.value else "法定代表人"
            problems.append(f"{who}须由其{label}或有特别授权的委托代理人签署；请登记{label}或代理人的特别授权")
        agent_lines = []
        for a, ap in agents:
            authority = law.authority_of(a.agent_authority)
            powers = law.split_powers(a.agent_powers)
            agent_lines.append((ap.id, ap.name, _authority_text(authority, powers)))
            if not law.may_settle(a.agent_authority, powers):
                why = (
                    "未登记代理权限" if not authority
                    else "仅有一般授权" if authority == law.GENERAL
                    else "特别授权中没有“签署调解协议”“进行和解”或“代为承认、放弃、变更调解请求”"
                )
                problems.append(
                    f"{who}的委托代理人「{ap.name}」{why}：代为承认、放弃、变更请求，进行和解，须有委托人的特别授权"
                    f"（{cite('cpl.special_authority')}），不能代为签署调解协议。请登记特别授权，"
                    "或将该代理人从本案当事人中移除、由当事人本人签署"
                )
        out.append(
            PartyLaw(
                party.id, _label(cp.role), party.kind, party.name, code, text, party.capacity, party.capacity_basis,
                "、".join(f"{gp.name}（{g.relation}）" for g, gp in guardians),
                tuple(agent_lines), tuple(problems),
            )
        )
    return out


def _authority_text(authority: str, powers: tuple[str, ...]) -> str:
    if not authority:
        return "未登记代理权限"
    return f"{authority}：{'、'.join(powers)}" if powers and authority == law.SPECIAL else authority


def law_problems(session: Session, dispute_id: str, on: date) -> list[str]:
    """Everything about the parties that stops an agreement signed on ``on`` (each names the party and the rule)."""
    return [p for party in _check(session, dispute_id, on) for p in party.problems]


def party_law(ctx: Workspace, case_ref: str, *, on: date | None = None) -> LawView:
    """The case's parties as the law sees them on ``on`` (default today): what the 当事人 tab shows."""
    day = on or ctx.today()
    with ctx.db.read() as session:
        return LawView(day, tuple(_check(session, resolve_case_id(session, case_ref), day)))


def _case_party(session: Session, dispute_id: str, ref: str, *, roles: tuple[str, ...]) -> tuple[CaseParty, Party]:
    """A party of the case by its id or its name (the CLI passes names)."""
    matches = [
        (cp, p) for cp, p in case_parties(session, dispute_id) if cp.role in roles and ref.strip() in (p.id, p.name)
    ]
    if not matches:
        wanted = "、".join(_label(r) for r in roles)
        raise NotFoundError(f"本案没有名为「{ref}」的{wanted}")
    if len(matches) > 1:
        raise ValidationError("当事人", f"本案有 {len(matches)} 个名为「{ref}」的当事人，请用当事人 ID 指定")
    return matches[0]


PRINCIPALS = (PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value, PartyRole.THIRD_PARTY.value)


def set_guardian(ctx: Workspace, case_ref: str, ward: str, data: GuardianInput) -> PartyLaw:
    """Record (or replace) the 法定代理人 of a natural-person party: name, relation, ID number; nothing on error."""
    require(ctx, "case.edit")
    errors: list[ValidationError] = []
    name, err = check_text(data.name, "法定代理人姓名", required=True, limit=100)
    errors += [err] if err else []
    relation, err = check_text(data.relation, "与当事人关系", required=True, limit=32)
    errors += [err] if err else []
    address, err = check_text(data.address, "法定代理人住址", required=False, limit=200)
    errors += [err] if err else []
    info = None
    try:
        info = parse_id_number(data.id_number, today=ctx.today(), field="法定代理人身份证号码")
    except ValidationError as exc:
        errors.append(exc)
    phone = ""
    if data.phone.strip():
        try:
            phone = parse_phone(data.phone, field="法定代理人联系电话").number
        except ValidationError as exc:
            errors.append(exc)
    expected = "男" if relation in law.MALE_RELATIONS else "女" if relation in law.FEMALE_RELATIONS else ""
    if info is not None and expected and info.sex != expected:
        errors.append(ValidationError("与当事人关系", f"身份证号码显示为{info.sex}性，与“{relation}”不符，请核对"))
    if info is not None:
        state = law.capacity_on(info.birth_date, ctx.today())
        if not state.full:
            errors.append(ValidationError("法定代理人身份证号码", f"按此号码，法定代理人{state.describe()}，不能担任法定代理人"))
    if errors:
        raise InputErrors(errors)
    assert info is not None
    with ctx.db.write(ctx.actor, "登记法定代理人") as session:
        dispute_id = resolve_case_id(session, case_ref)
        _cp, ward_party = _case_party(session, dispute_id, ward, roles=PRINCIPALS)
        if ward_party.kind != PartyKind.PERSON.value:
            raise ValidationError("当事人", f"「{ward_party.name}」不是自然人；单位由法定代表人或负责人代表")
        if info.number == ward_party.id_number:
            raise ValidationError("法定代理人身份证号码", "与被代理的当事人本人的号码相同")
        person = session.scalars(select(Party).where(col(Party.id_number) == info.number, ~col(Party.deleted))).first()
        if person is not None and person.name != name:
            raise ValidationError("法定代理人姓名", f"身份证号码与已登记的「{person.name}」相同，但姓名不同，请核对")
        if person is None:
            full, initials = name_keys(name, person=True)
            person = Party(
                kind=PartyKind.PERSON.value, name=name, name_pinyin=full, name_initials=initials,
                id_number=info.number, id_number_rev=info.number[::-1], sex=info.sex, birth_date=info.birth_date,
                phone=phone, address=address or ward_party.address,
            )
            session.add(person)
            session.flush()
        existing = session.scalars(
            select(CaseParty).where(
                col(CaseParty.dispute_id) == dispute_id,
                col(CaseParty.role) == PartyRole.GUARDIAN.value,
                col(CaseParty.represents_id) == ward_party.id,
            )
        ).all()
        kept = None
        for row in existing:
            if row.party_id == person.id:
                kept = row
                row.deleted = False
                row.relation = relation
            elif not row.deleted:
                row.deleted = True
        if kept is None:
            after = max((cp.position for cp, _p in case_parties(session, dispute_id)), default=0)
            session.add(
                CaseParty(
                    dispute_id=dispute_id, party_id=person.id, role=PartyRole.GUARDIAN.value,
                    position=after + 1, represents_id=ward_party.id, relation=relation,
                )
            )
        session.flush()
        return next(p for p in _check(session, dispute_id, ctx.today()) if p.party_id == ward_party.id)


def set_agent_authority(ctx: Workspace, case_ref: str, agent: str, authority: str, powers: list[str] | tuple[str, ...] = ()) -> PartyLaw:
    """Record an agent's authority: 一般授权, or 特别授权 with the powers listed in the power of attorney."""
    require(ctx, "case.edit")
    chosen = law.authority_of(authority)
    if not chosen:
        raise ValidationError("代理权限", f"「{authority}」无效；可选：{'、'.join(law.AUTHORITIES)}")
    cleaned = [p.strip() for p in powers if p.strip()]
    if chosen == law.GENERAL and cleaned:
        raise ValidationError("代理权限", "一般授权不列特别授权事项；如委托书列有这些事项，请选择特别授权")
    for power in cleaned:
        if len(power) > 40 or "；" in power:
            raise ValidationError("授权事项", f"「{power[:40]}」过长或含分号；每项单独填写")
    if len(law.join_powers(cleaned)) > 200:
        raise ValidationError("授权事项", "合计不能超过200字")
    with ctx.db.write(ctx.actor, "登记代理权限") as session:
        dispute_id = resolve_case_id(session, case_ref)
        cp, _agent = _case_party(session, dispute_id, agent, roles=(PartyRole.AGENT.value,))
        if not cp.represents_id:
            raise ValidationError("代理人", "该代理人未登记代理的是哪一方当事人")
        cp.agent_authority = chosen
        cp.agent_powers = law.join_powers(cleaned)
        session.flush()
        return next(p for p in _check(session, dispute_id, ctx.today()) if p.party_id == cp.represents_id)


def set_capacity(ctx: Workspace, case_ref: str, party: str, recorded: str, basis: str = "") -> PartyLaw:
    """Record a fact about a person's capacity (a 16–17-year-old living on own labour income; an adult declared
    without, or with limited, capacity) with its basis; "" returns to capacity by age."""
    require(ctx, "case.edit")
    if recorded not in law.RECORDED:
        raise ValidationError("民事行为能力", f"「{recorded}」无效；可选：{'、'.join(k or '（按年龄）' for k in law.RECORDED)}")
    basis_text, err = check_text(basis, "认定依据", required=bool(recorded), limit=200)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "登记民事行为能力") as session:
        dispute_id = resolve_case_id(session, case_ref)
        _cp, person = _case_party(session, dispute_id, party, roles=PRINCIPALS)
        if person.kind != PartyKind.PERSON.value:
            raise ValidationError("民事行为能力", f"「{person.name}」不是自然人")
        problem = law.recorded_problem(person.birth_date, ctx.today(), recorded)
        if problem:
            raise ValidationError("民事行为能力", problem)
        person.capacity = recorded
        person.capacity_basis = basis_text
        session.flush()
        return next(p for p in _check(session, dispute_id, ctx.today()) if p.party_id == person.id)
