"""Intake (收案登记): validate a dispute and its parties, reuse known parties, give a provisional number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.capacity import AUTHORITIES, SPECIAL, authority_of, join_powers
from fuyuan_desktop.domain.case_numbers import ProvisionalNumber, number_search_key
from fuyuan_desktop.domain.cause_refs import (
    ambiguous_legacy,
    cause_ref,
    legacy_category_for,
    resolve_cause,
    resolve_mediation_type,
)
from fuyuan_desktop.domain.causes import Cause
from fuyuan_desktop.domain.characters import describe_unsafe, unsafe_in
from fuyuan_desktop.domain.dates import FIRST_YEAR, parse_date
from fuyuan_desktop.domain.enums import DisputeCategory, DisputeSource, MediationKind, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.domain.identifiers import parse_credit_code, parse_id_number, parse_phone
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.causes import refuse_retired, suggested_mediation_type, use_catalogues
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.places import link_typed_place
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import CaseParty, Counter, Device, Dispute, Party, Tribunal

_GROUPED = re.compile(r"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
MAX_NAME = 100
MAX_TEXT = 20000


@dataclass
class PartyInput:
    """One party as typed at intake (CLI JSON or the wizard)."""

    role: str
    kind: str
    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    credit_code: str = ""
    representative: str = ""
    representative_title: str = ""
    sex: str = ""
    ethnicity: str = ""
    occupation: str = ""
    party_id: str | None = None  # an existing party the user chose to reuse
    represents: int | None = None  # for an agent or a 法定代理人: index of the party represented
    authority: str = ""  # an agent's 一般授权 / 特别授权
    powers: tuple[str, ...] = ()  # the special authority's powers
    relation: str = ""  # a 法定代理人's relation to the ward


@dataclass
class IntakeInput:
    category: str
    summary: str
    parties: list[PartyInput]
    source: str = DisputeSource.PARTY_APPLICATION.label
    place: str = ""
    claims: str = ""
    mediation_kind: str = MediationKind.INVITED.label
    amount: str | None = None
    tribunal: str | None = None
    registered_on: date | None = None
    act_name: str = ""
    act_number: str = ""
    act_date: date | None = None
    # The official 案由 (code, name or "civil_2020:4.10.84"); ``category`` is read as one when this is empty, so
    # old intake files with the 17 home-made categories still work where the mapping has a single target.
    cause: str = ""
    mediation_type: str = ""  # 人民调解纠纷类型 (people mediation only); suggested from the 案由 when empty


@dataclass(frozen=True)
class PartySuggestion:
    index: int
    party_id: str
    name: str
    reason: str


@dataclass(frozen=True)
class IntakeResult:
    id: str
    number: str
    linked: tuple[PartySuggestion, ...] = ()
    suggestions: tuple[PartySuggestion, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass
class _CleanParty:
    source: PartyInput
    role: PartyRole
    kind: PartyKind
    values: dict[str, Any] = field(default_factory=dict)


_PARTY_KEYS = {
    "role",
    "kind",
    "name",
    "id_number",
    "phone",
    "address",
    "credit_code",
    "representative",
    "representative_title",
    "head",
    "head_title",
    "sex",
    "ethnicity",
    "occupation",
    "party_id",
    "represents",
    "authority",
    "powers",
    "relation",
}
_INTAKE_KEYS = {
    "category",
    "cause",
    "mediation_type",
    "place",
    "source",
    "summary",
    "claims",
    "parties",
    "mediation_kind",
    "amount",
    "tribunal",
    "registered_on",
    "disputed_act",
}


def _powers_of(raw: Any, where: str, errors: list[ValidationError]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        errors.append(ValidationError(f"{where}powers", "应为授权事项的文本数组"))
        return ()
    return tuple(raw)


def intake_from_json(data: Any) -> IntakeInput:
    """Turn the documented JSON intake format into an ``IntakeInput``; shape errors name the key."""
    errors: list[ValidationError] = []
    if not isinstance(data, dict):
        raise InputErrors([ValidationError("根对象", "应为一个 JSON 对象（{…}）")])
    for key in sorted(set(data) - _INTAKE_KEYS):
        errors.append(ValidationError(key, f"未知字段；可用字段：{', '.join(sorted(_INTAKE_KEYS))}"))

    def text_of(obj: dict[str, Any], key: str, where: str) -> str:
        value = obj.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            errors.append(ValidationError(f"{where}{key}", "应为文本（字符串）"))
            return ""
        return value

    parties_raw = data.get("parties")
    parties: list[PartyInput] = []
    if not isinstance(parties_raw, list):
        errors.append(ValidationError("parties", "缺少当事人列表（parties 应为数组）"))
        parties_raw = []
    for i, raw in enumerate(parties_raw):
        where = f"parties[{i}]."
        if not isinstance(raw, dict):
            errors.append(ValidationError(f"parties[{i}]", "应为一个对象"))
            continue
        for key in sorted(set(raw) - _PARTY_KEYS):
            errors.append(ValidationError(f"{where}{key}", "未知字段"))
        represents = raw.get("represents")
        if represents is not None and not isinstance(represents, int):
            errors.append(ValidationError(f"{where}represents", "应为被代理当事人的序号（从 0 开始的整数）"))
            represents = None
        head = text_of(raw, "head", where)
        parties.append(
            PartyInput(
                role=text_of(raw, "role", where),
                kind=text_of(raw, "kind", where),
                name=text_of(raw, "name", where),
                id_number=text_of(raw, "id_number", where),
                phone=text_of(raw, "phone", where),
                address=text_of(raw, "address", where),
                credit_code=text_of(raw, "credit_code", where),
                representative=head or text_of(raw, "representative", where),
                representative_title=text_of(raw, "head_title", where) or text_of(raw, "representative_title", where),
                sex=text_of(raw, "sex", where),
                ethnicity=text_of(raw, "ethnicity", where),
                occupation=text_of(raw, "occupation", where),
                party_id=text_of(raw, "party_id", where) or None,
                represents=represents,
                authority=text_of(raw, "authority", where),
                powers=_powers_of(raw.get("powers"), where, errors),
                relation=text_of(raw, "relation", where),
            )
        )
    registered: date | None = None
    if data.get("registered_on"):
        try:
            registered = parse_date(data["registered_on"], "registered_on")
        except ValidationError as exc:
            errors.append(exc)
    amount = data.get("amount")
    if amount is not None and not isinstance(amount, int | float | str):
        errors.append(ValidationError("amount", '应为金额（元），如 12000 或 "12000.50"'))
        amount = None
    act = data.get("disputed_act") or {}
    act_date: date | None = None
    if not isinstance(act, dict):
        errors.append(ValidationError("disputed_act", '应为对象：{"name": …, "number": …, "date": "YYYY-MM-DD"}'))
        act = {}
    elif act.get("date"):
        try:
            act_date = parse_date(act["date"], "disputed_act.date")
        except ValidationError as exc:
            errors.append(exc)
    result = IntakeInput(
        category=text_of(data, "category", ""),
        summary=text_of(data, "summary", ""),
        parties=parties,
        source=text_of(data, "source", "") or DisputeSource.PARTY_APPLICATION.label,
        place=text_of(data, "place", ""),
        claims=text_of(data, "claims", ""),
        mediation_kind=text_of(data, "mediation_kind", "") or MediationKind.INVITED.label,
        amount=None if amount is None else str(amount),
        tribunal=text_of(data, "tribunal", "") or None,
        registered_on=registered,
        act_name=text_of(act, "name", "disputed_act."),
        act_number=text_of(act, "number", "disputed_act."),
        act_date=act_date,
        cause=text_of(data, "cause", ""),
        mediation_type=text_of(data, "mediation_type", ""),
    )
    if errors:
        raise InputErrors(errors)
    return result


def check_text(value: str, field: str, *, required: bool, limit: int, key: str = ""
               ) -> tuple[str, ValidationError | None]:
    """Trim a free-text field and check it for presence, length and control characters.

    ``field`` is the field's label; ``key`` its machine-readable name, where the caller has one.
    """
    text = value.strip()
    if required and not text:
        return text, ValidationError(field, "必填，不能为空", field=key, code="required")
    if len(text) > limit:
        return text, ValidationError(field, f"过长：{len(text)} 个字符，最多 {limit} 个", field=key, code="too_long")
    found = unsafe_in(text, allow_newlines=True)
    if found:  # controls, direction overrides, invisible joiners, lone surrogates: refused, never stored
        return text, ValidationError(field, describe_unsafe(found), field=key, code="unsafe_characters")
    return text, None


def parse_amount_fen(raw: str | None, field: str) -> int | None:
    """Yuan text → integer fen; negative, non-numeric or sub-fen amounts are refused."""
    if raw is None or str(raw).strip() == "":
        return None
    text = str(raw).strip().replace("，", ",")
    if "," in text and not _GROUPED.match(text):  # "1,2,3" is no amount; "12,000.50" is
        raise ValidationError(field, f"「{raw}」不是有效金额：千位分隔符只能每三位一个，如 12,000.50")
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValidationError(field, f"「{raw}」不是有效金额，应为数字（元）") from None
    if not value.is_finite():
        raise ValidationError(field, f"「{raw}」不是有效金额，应为数字（元）")
    if value < 0:
        raise ValidationError(field, "金额不能为负数")
    # Checked before quantize(), which cannot represent huge values and would raise InvalidOperation.
    if value > Decimal("100000000000"):
        raise ValidationError(field, "金额过大，请核对")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, "金额最多精确到分（两位小数）")
    return int(value * 100)


def _clean_party(
    ctx: Workspace, index: int, party: PartyInput, errors: list[ValidationError]
) -> _CleanParty | None:
    # The path stays contiguous (parties[0].id_number), as in intake_from_json, so users and tools can find it.
    label = f"parties[{index}]"
    start = len(errors)
    try:
        role = PartyRole.parse(party.role)
    except KeyError:
        errors.append(
            ValidationError(f"{label}.role", f"「{party.role}」不是有效地位；可选：{'、'.join(PartyRole.labels())}")
        )
        role = PartyRole.APPLICANT
    try:
        kind = PartyKind.parse(party.kind)
    except KeyError:
        errors.append(
            ValidationError(
                f"{label}.kind",
                f"「{party.kind}」不是有效类型；可选：person（自然人）、organization（法人或非法人组织）、agency（行政机关）",
            )
        )
        return None
    values: dict[str, Any] = {"kind": kind.value}
    if party.authority.strip() and (role is not PartyRole.AGENT or not authority_of(party.authority)):
        errors.append(ValidationError(f"{label}.authority", f"代理权限只能是{'或'.join(AUTHORITIES)}，且只用于代理人"))
    if party.powers and authority_of(party.authority) != SPECIAL:
        errors.append(ValidationError(f"{label}.powers", "授权事项只用于特别授权"))
    if len(join_powers(party.powers)) > 200:
        errors.append(ValidationError(f"{label}.powers", "授权事项合计不能超过200字"))
    if party.relation.strip() and role is not PartyRole.GUARDIAN:
        errors.append(ValidationError(f"{label}.relation", "与当事人关系只用于法定代理人"))
    if len(party.relation.strip()) > 32:
        errors.append(ValidationError(f"{label}.relation", "过长，最多 32 个字符"))
    name, err = check_text(party.name, f"{label}.name 姓名/名称", required=True, limit=MAX_NAME)
    if err:
        errors.append(err)
    values["name"] = name
    for key, limit in (
        ("address", 200),
        ("representative", 64),
        ("representative_title", 32),
        ("ethnicity", 16),
        ("occupation", 64),
    ):
        text, err = check_text(getattr(party, key), f"{label}.{key}", required=False, limit=limit)
        if err:
            errors.append(err)
        values[key] = text
    if party.id_number.strip():
        if kind is not PartyKind.PERSON:
            errors.append(ValidationError(f"{label}.id_number", "只有自然人才填写身份证号码；单位请填 credit_code"))
        else:
            try:
                info = parse_id_number(
                    party.id_number,
                    today=ctx.today(),
                    field=f"{label}.id_number 身份证号码",
                    known_regions=ctx.reference.divisions,
                )
                values.update(id_number=info.number, sex=info.sex, birth_date=info.birth_date)
                if party.sex.strip() and party.sex.strip() != info.sex:
                    errors.append(
                        ValidationError(f"{label}.sex", f"填写的性别「{party.sex}」与身份证号码（{info.sex}）不符")
                    )
            except ValidationError as exc:
                errors.append(exc)
    if party.credit_code.strip():
        if kind is PartyKind.PERSON:
            errors.append(ValidationError(f"{label}.credit_code", "自然人不填统一社会信用代码；请填 id_number"))
        else:
            try:
                values["credit_code"] = parse_credit_code(
                    party.credit_code, field=f"{label}.credit_code 统一社会信用代码"
                ).code
            except ValidationError as exc:
                errors.append(exc)
    elif kind is PartyKind.ORGANIZATION:
        errors.append(ValidationError(f"{label}.credit_code 统一社会信用代码", "法人或非法人组织必填"))
    if kind is PartyKind.AGENCY and not values["representative"]:
        errors.append(ValidationError(f"{label}.head 负责人", "行政机关必须填写负责人姓名"))
    if party.phone.strip():
        try:
            values["phone"] = parse_phone(party.phone, field=f"{label}.phone 联系电话").number
        except ValidationError as exc:
            errors.append(exc)
    if len(errors) > start:
        return None
    return _CleanParty(party, role, kind, values)


def _match_existing(session: Session, cleaned: _CleanParty) -> tuple[Party | None, list[Party]]:
    """The party with the same ID number/credit code (same person), and weaker name+phone candidates."""
    values = cleaned.values
    exact: Party | None = None
    if values.get("id_number"):
        exact = session.scalars(
            select(Party).where(col(Party.id_number) == values["id_number"], ~col(Party.deleted))
        ).first()
    elif values.get("credit_code"):
        exact = session.scalars(
            select(Party).where(col(Party.credit_code) == values["credit_code"], ~col(Party.deleted))
        ).first()
    candidates: list[Party] = []
    if exact is None and values.get("phone"):
        candidates = list(
            session.scalars(
                select(Party)
                .where(col(Party.name) == values["name"], col(Party.phone) == values["phone"], ~col(Party.deleted))
                .limit(5)
            )
        )
    return exact, candidates


def suggest_parties(ctx: Workspace, party: PartyInput) -> list[PartySuggestion]:
    """Existing parties that may be the one being typed (by ID number, credit code, or name + phone)."""
    errors: list[ValidationError] = []
    cleaned = _clean_party(ctx, 0, party, errors)
    if cleaned is None:
        return []
    with ctx.db.read() as session:
        exact, candidates = _match_existing(session, cleaned)
    out = [PartySuggestion(0, exact.id, exact.name, "证件号码相同")] if exact else []
    out += [PartySuggestion(0, c.id, c.name, "姓名和电话相同") for c in candidates]
    return out


def _next_provisional(session: Session, ctx: Workspace, tribunal: Tribunal, year: int) -> str:
    device = session.scalars(select(Device).where(col(Device.is_self))).first()
    tag = device.tag if device else "0000"
    counter_name = f"provisional:{tribunal.id}:{year}"
    counter = session.get(Counter, counter_name)
    if counter is None:
        counter = Counter(name=counter_name, value=0)
        session.add(counter)
    counter.value += 1
    return str(ProvisionalNumber(tribunal=tribunal.short_name, year=year, device_tag=tag, seq=counter.value))


def _resolve_tribunal(session: Session, name: str | None) -> Tribunal | None:
    if name:
        return session.scalars(
            select(Tribunal).where(
                (col(Tribunal.short_name) == name) | (col(Tribunal.name) == name) | (col(Tribunal.id) == name)
            )
        ).first()
    device = session.scalars(select(Device).where(col(Device.is_self))).first()
    if device is not None and device.tribunal_id:
        return session.get(Tribunal, device.tribunal_id)
    return session.scalars(select(Tribunal).order_by(col(Tribunal.name))).first()


def known_places(ctx: Workspace) -> list[str]:
    """The registry places in force, as the labels a completer offers (prefer ``services.places.search_places``)."""
    from fuyuan_desktop.services.places import list_places

    return [p.display_name for p in list_places(ctx, include_retired=False, limit=100_000)]


def default_tribunal_id(ctx: Workspace) -> str | None:
    """The tribunal a case is registered at when none is named: this device's (as ``intake_dispute`` does)."""
    with ctx.db.read() as session:
        tribunal = _resolve_tribunal(session, None)
        return tribunal.id if tribunal else None


def intake_dispute(ctx: Workspace, data: IntakeInput) -> IntakeResult:
    """Register a dispute with its parties. All input is checked first; bad input writes nothing."""
    require(ctx, "case.intake")
    errors: list[ValidationError] = []
    cause: Cause | None = None
    use_catalogues(ctx)
    try:
        cause = resolve_cause(data.cause or data.category, field="cause", label="cause 案由", legacy_default=True)
        refuse_retired(cause, label="cause 案由")
    except ValidationError as exc:
        errors.append(exc)
    category = legacy_category_for(cause) if cause else DisputeCategory.OTHER_CIVIL
    try:
        source = DisputeSource.parse(data.source)
    except KeyError:
        errors.append(
            ValidationError("source 案件来源", f"「{data.source}」无效；可选：{'、'.join(DisputeSource.labels())}")
        )
        source = DisputeSource.PARTY_APPLICATION
    try:
        kind = MediationKind.parse(data.mediation_kind)
    except KeyError:
        errors.append(
            ValidationError(
                "mediation_kind 调解方式", f"「{data.mediation_kind}」无效；可选：{'、'.join(MediationKind.labels())}"
            )
        )
        kind = MediationKind.INVITED
    mediation_type = ""
    if data.mediation_type.strip():
        try:
            mediation_type = resolve_mediation_type(data.mediation_type, label="mediation_type 人民调解纠纷类型").code
        except ValidationError as exc:
            errors.append(exc)
        if kind is not MediationKind.PEOPLE:
            errors.append(ValidationError("mediation_type 人民调解纠纷类型", "只有人民调解的案件才填写人民调解纠纷类型",
                                          field="mediation_type"))
    elif kind is MediationKind.PEOPLE and cause is not None:
        mediation_type = suggested_mediation_type(cause)
    summary, err = check_text(data.summary, "summary 纠纷主要事实", required=True, limit=MAX_TEXT)
    errors += [err] if err else []
    claims, err = check_text(data.claims, "claims 调解请求", required=False, limit=MAX_TEXT)
    errors += [err] if err else []
    place_text, err = check_text(data.place, "place 地点", required=False, limit=200)
    errors += [err] if err else []
    act_name, err = check_text(data.act_name, "disputed_act.name 争议行政行为", required=False, limit=200)
    errors += [err] if err else []
    act_number, err = check_text(data.act_number, "disputed_act.number 文号", required=False, limit=100)
    errors += [err] if err else []
    if data.act_date and data.act_date > ctx.today():
        errors.append(ValidationError("disputed_act.date 作出日期", f"{data.act_date.isoformat()} 晚于今天"))
    if (act_name or act_number) and not category.is_administrative:
        errors.append(ValidationError("disputed_act", "只有行政争议才填写争议行政行为"))
    amount_fen: int | None = None
    try:
        amount_fen = parse_amount_fen(data.amount, "amount 标的额")
    except ValidationError as exc:
        errors.append(exc)
    today = ctx.today()
    registered_on = data.registered_on or today
    if registered_on > today:
        errors.append(ValidationError("registered_on 登记日期", f"{registered_on.isoformat()} 晚于今天，不能预先登记"))
    elif registered_on.year < FIRST_YEAR:
        errors.append(ValidationError("registered_on 登记日期", f"年份应不早于 {FIRST_YEAR} 年"))
        registered_on = today
    cleaned = [_clean_party(ctx, i, p, errors) for i, p in enumerate(data.parties)]
    roles = [c.role for c in cleaned if c]
    if not data.parties:
        errors.append(ValidationError("parties 当事人", "至少需要一名申请人和一名被申请人"))
    elif len(roles) == len(data.parties):
        if PartyRole.APPLICANT not in roles:
            errors.append(ValidationError("parties 当事人", "缺少申请人"))
        if PartyRole.RESPONDENT not in roles:
            errors.append(ValidationError("parties 当事人", "缺少被申请人"))
        if category.is_administrative and not any(
            c and c.kind is PartyKind.AGENCY and c.role is PartyRole.RESPONDENT for c in cleaned
        ):
            errors.append(ValidationError("parties 当事人", "行政争议的被申请人应为行政机关（kind: agency）"))
    sides: dict[str, set[PartyRole]] = {}
    for c in cleaned:
        key = c and (c.values.get("id_number") or c.values.get("credit_code") or c.source.party_id)
        if c and key and c.role in (PartyRole.APPLICANT, PartyRole.RESPONDENT):
            sides.setdefault(str(key), set()).add(c.role)
    if any(len(found) > 1 for found in sides.values()):
        errors.append(ValidationError("parties 当事人", "同一当事人（证件号码或所选的已登记当事人相同）不能既是申请人又是被申请人"))
    for i, c in enumerate(cleaned):
        if c and c.source.represents is not None and not 0 <= c.source.represents < len(data.parties):
            errors.append(ValidationError(f"parties[{i}].represents", "指向的当事人序号不存在"))
    place_id: str | None = None
    if place_text and registered_on is not None:
        with ctx.db.read() as session:
            try:
                found = link_typed_place(session, place_text, on=registered_on)
                place_id = found.record_id if found else None
            except ValidationError as exc:
                errors.append(exc)
    if errors:
        raise InputErrors(errors)

    linked: list[PartySuggestion] = []
    suggestions: list[PartySuggestion] = []
    warnings: list[str] = []
    with ctx.db.write(ctx.actor, "案件登记") as session:
        tribunal = _resolve_tribunal(session, data.tribunal)
        if tribunal is None:
            raise InputErrors([ValidationError("tribunal 法庭", f"找不到法庭「{data.tribunal}」")])
        number = _next_provisional(session, ctx, tribunal, registered_on.year)
        dispute = Dispute(
            provisional_number=number,
            provisional_key=number_search_key(number),
            court_id=tribunal.court_id,
            tribunal_id=tribunal.id,
            place_id=place_id,
            place_text=place_text,
            category=category.value,
            cause=cause_ref(cause) if cause else "",
            cause_review=ambiguous_legacy(data.cause or data.category),
            mediation_type=mediation_type,
            source=source.value,
            mediation_kind=kind.value,
            summary=summary,
            claims=claims,
            amount_fen=amount_fen,
            registered_on=registered_on,
            owner_device=ctx.db.device_id,
            act_name=act_name,
            act_number=act_number,
            act_date=data.act_date,
        )
        session.add(dispute)
        party_rows: list[Party] = []
        for i, c in enumerate(cleaned):
            assert c is not None
            party = _party_for(session, i, c, linked, suggestions, errors)
            party_rows.append(party)
        if errors:
            raise InputErrors(errors)
        session.flush()
        for i, (c, party) in enumerate(zip(cleaned, party_rows, strict=True)):
            assert c is not None
            represents = c.source.represents
            session.add(
                CaseParty(
                    dispute_id=dispute.id,
                    party_id=party.id,
                    role=c.role.value,
                    position=i,
                    represents_id=party_rows[represents].id if represents is not None else None,
                    agent_authority=authority_of(c.source.authority),
                    agent_powers=join_powers(c.source.powers),
                    relation=c.source.relation.strip(),
                )
            )
        dispute_id = dispute.id
    return IntakeResult(dispute_id, number, tuple(linked), tuple(suggestions), tuple(warnings))


def _party_for(
    session: Session,
    index: int,
    cleaned: _CleanParty,
    linked: list[PartySuggestion],
    suggestions: list[PartySuggestion],
    errors: list[ValidationError],
) -> Party:
    """Reuse the party the user chose or the one with the same ID; otherwise create a new record."""
    label = f"parties[{index}]"
    if cleaned.source.party_id:
        chosen = session.get(Party, cleaned.source.party_id)
        if chosen is None:
            errors.append(ValidationError(f"{label}.party_id", f"找不到已登记当事人 {cleaned.source.party_id}"))
            return Party(kind="person", name="")
        linked.append(PartySuggestion(index, chosen.id, chosen.name, "按指定关联已登记当事人"))
        return chosen
    exact, candidates = _match_existing(session, cleaned)
    if exact is not None:
        if exact.name != cleaned.values["name"]:
            errors.append(
                ValidationError(f"{label}.name", f"证件号码与已登记当事人「{exact.name}」相同，但姓名/名称不同，请核对")
            )
        linked.append(
            PartySuggestion(index, exact.id, exact.name, "证件号码相同，已关联已登记当事人（其资料未被修改）")
        )
        return exact
    for candidate in candidates:
        suggestions.append(
            PartySuggestion(
                index, candidate.id, candidate.name, "姓名和电话与已登记当事人相同；如为同一人，请用 party_id 指定"
            )
        )
    values = dict(cleaned.values)
    full, initials = name_keys(values["name"], person=cleaned.kind is PartyKind.PERSON)
    number = values.get("id_number", "")
    party = Party(**values, name_pinyin=full, name_initials=initials, id_number_rev=number[::-1])
    session.add(party)
    return party
