"""The mediation agreement (调解协议书) in its three kinds: people's, court-invited pre-litigation, administrative."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from fuyuan_desktop.documents.common import (
    ACTING_ROLES,
    clause_text,
    cn_date,
    gap,
    keep_with_signatures,
    kind_values,
    ordinal,
    parties_block,
    signature_date,
    signature_table,
    signer_rows,
)
from fuyuan_desktop.documents.data import AgreementDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.linebreak import Paragraph
from fuyuan_desktop.documents.templates import Template
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.domain.money import yuan_figures, yuan_in_words
from fuyuan_desktop.domain.organisations import UNREGISTERED

__all__ = ["build_agreement", "check_agreement", "ordinal"]


def check_agreement(doc: AgreementDoc) -> None:
    """Refuse to print an agreement a court would reject (docs/domain.md §7.2), naming every gap."""
    errors: list[ValidationError] = []
    signers = [p for p in doc.parties if p.role not in ACTING_ROLES]
    if not signers:
        errors.append(ValidationError("当事人", "协议没有任何当事人的签名栏"))
    for p in signers:
        where = f"{p.role}「{p.name}」"
        if p.kind == "person" and not p.id_number:
            errors.append(ValidationError(where, "缺少公民身份号码"))
        if p.kind == "organization" and not p.credit_code:
            errors.append(ValidationError(where, "缺少统一社会信用代码"))
        if p.kind != "person" and not p.representative:
            errors.append(ValidationError(where, "缺少法定代表人或负责人"))
        if not p.address:
            errors.append(ValidationError(where, "缺少住址或住所地"))
    if not doc.facts.strip():
        errors.append(ValidationError("纠纷主要事实", "不能为空"))
    if not doc.clauses:
        errors.append(ValidationError("协议条款", "至少需要一条"))
    for c in doc.clauses:
        if c.deadline is None:
            errors.append(ValidationError(f"第{ordinal(c.position)}条", "没有履行期限"))
        if not c.performance_method.strip():
            errors.append(ValidationError(f"第{ordinal(c.position)}条", "没有履行方式"))
        if not c.obligor.strip():
            errors.append(ValidationError(f"第{ordinal(c.position)}条", "没有写明义务人"))
    if not doc.mediators:
        errors.append(ValidationError("调解员", "没有调解员，无法留出调解员签名栏"))
    if errors:
        raise InputErrors(errors)


def _roles(doc: AgreementDoc) -> tuple[str, ...]:
    """Each mediator's role label ("" where a paper frozen before roles were recorded has none)."""
    roles = doc.mediator_roles
    return roles if len(roles) == len(doc.mediators) else ("",) * len(doc.mediators)


def build_agreement(doc: AgreementDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """The story of one agreement; the signature block is kept with the last clause."""
    check_agreement(doc)
    template = template.for_case(doc.kind)
    values: dict[str, object] = {
        **kind_values(replace(doc.header, case_kind=doc.header.case_kind or doc.kind)),
        "court_name": doc.header.court_name,
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "committee_name": doc.committee_name or doc.header.committee_name or UNREGISTERED,
        "centre_name": doc.centre_name or f"{doc.header.court_name.removesuffix('人民法院')}行政争议协调化解中心",
        "number": doc.header.number,
        "organization": doc.organization or "—",
        "mediators": "、".join(doc.mediators),
        "mediator_list": "、".join(
            f"{name}（{role}）" if role else name
            for name, role in zip(doc.mediators, _roles(doc), strict=True)
        ),
        "place": doc.header.place or "—",
        "category": doc.header.category,
        "confirmation_court": doc.confirmation_court or doc.header.court_name,
        "act_name": doc.act_name,
        "act_number": doc.act_number or "无文号",
        "act_date": cn_date(doc.act_date),
    }

    def para(key_or_text: str, style: ParagraphStyle, field: str, *, literal: bool = False, title: bool = False) -> Paragraph:
        text = key_or_text if literal else template.text(key_or_text, **values)
        return Paragraph(fonts.markup(text, field=field, title=title), style)

    story: list[Flowable] = [
        para("header", styles.court, "文书抬头", title=True),
        para("title", styles.title, "文书标题", title=True),
        para("number_line", styles.number, "编号"),
    ]
    for line in template.items("meta"):
        story.append(Paragraph(fonts.markup(template.fill(line, values, "meta"), field="基本信息"), styles.plain))
    if template.raw("case_line"):
        story.append(para("case_line", styles.plain, "案由"))
    story += parties_block(doc.parties, fonts, styles)
    if doc.kind == "administrative" and doc.act_name:
        story.append(para("act_heading", styles.heading, "争议行政行为"))
        story.append(para("act_line", styles.body, "争议行政行为"))
    story.append(para("facts_heading", styles.heading, "纠纷事实"))
    story += [
        Paragraph(fonts.markup(line, field="纠纷主要事实"), styles.body)
        for line in doc.facts.splitlines()
        if line.strip()
    ]
    if doc.responsibilities.strip():
        story.append(para("responsibilities_heading", styles.heading, "各方责任"))
        story.append(para(doc.responsibilities, styles.body, "各方责任", literal=True))
    story.append(para("lead", styles.plain, "协议引语"))

    clause_flows: list[list[Flowable]] = []
    for c in doc.clauses:
        money = f"（{yuan_figures(c.amount_fen)}，{yuan_in_words(c.amount_fen)}）" if c.amount_fen else ""
        body = f"{ordinal(c.position)}、{clause_text(c.obligor, c.text)}{money}"
        perform = template.text("performance_line", method=c.performance_method, deadline=cn_date(c.deadline))
        clause_flows.append(
            [
                Paragraph(fonts.markup(body, field=f"第{ordinal(c.position)}条"), styles.clause),
                Paragraph(fonts.markup(perform, field=f"第{ordinal(c.position)}条履行方式"), styles.body),
            ]
        )
    for flows in clause_flows[:-1]:
        story += flows

    tail: list[Flowable] = list(clause_flows[-1])
    if doc.breach_terms.strip():
        tail.append(para("breach_heading", styles.heading, "违约责任"))
        tail.append(para(doc.breach_terms, styles.body, "违约责任", literal=True))
    if doc.confirmation_clause and template.raw("confirmation_clause"):
        tail.append(para("confirmation_clause", styles.body, "司法确认条款"))
    if template.raw("settlement_clause"):
        tail.append(para("settlement_clause", styles.body, "纠纷了结声明"))
    if template.raw("legality_notice"):
        tail.append(para("legality_notice", styles.body, "合法性声明"))
    if template.raw("limitation_notice") and values["limitation_notice"]:
        tail.append(para("limitation_notice", styles.body, "起诉期限告知"))
    tail.append(para("effect_notice", styles.body, "生效条款"))
    signers = [p for p in doc.parties if p.role not in ACTING_ROLES]
    values["copies"] = ordinal(len(signers) + int(template.data.get("copies_extra", 1)))
    tail.append(para("copies_line", styles.body, "份数"))
    tail.append(gap(3))
    labels = template.data.get("signature", {})
    party_rows = signer_rows(
        doc.parties,
        lambda p: labels.get("agency", labels.get("party", "")) if p.kind == "agency" else labels.get("party", ""),
    )
    default_label = labels.get("mediator", "调解员（签名）")
    staff_rows = [
        (template.fill(labels.get("mediator_role", default_label), {"role": role}) if role else default_label, name)
        for name, role in zip(doc.mediators, _roles(doc), strict=True)
    ]
    if doc.recorder:
        staff_rows.append((labels.get("recorder", "记录人（签名）"), doc.recorder))
    staff_block: list[Flowable] = [
        signature_table(staff_rows, fonts, styles, fingerprint=False),
        para(labels.get("seal", ""), styles.right, "印章", literal=True),
        para(signature_date(None, template), styles.right, "日期", literal=True),
    ]
    # Never a page of signatures alone: the last clause (and what follows it) travels with the block.
    rows = [signature_table([row], fonts, styles, fingerprint=True) for row in party_rows]
    story += keep_with_signatures(tail, [*rows, *staff_block])
    return story
