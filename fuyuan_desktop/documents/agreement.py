"""The mediation agreement (调解协议书) in its three kinds: people's, court-invited pre-litigation, administrative."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from fuyuan_desktop.documents.common import cn_date, gap, ordinal, parties_block, signature_table
from fuyuan_desktop.documents.data import AgreementDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.templates import Template
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.domain.money import yuan_figures, yuan_in_words

__all__ = ["build_agreement", "check_agreement", "ordinal"]


def check_agreement(doc: AgreementDoc) -> None:
    """Refuse to print an agreement a court would reject (DOMAIN.md §7), naming every gap."""
    errors: list[ValidationError] = []
    signers = [p for p in doc.parties if p.role != "代理人"]
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


def build_agreement(doc: AgreementDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """The story of one agreement; the signature block is kept with the last clause."""
    check_agreement(doc)
    values: dict[str, object] = {
        "court_name": doc.header.court_name,
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "committee_name": doc.committee_name or f"{doc.header.place}人民调解委员会",
        "centre_name": doc.centre_name or f"{doc.header.court_name.removesuffix('人民法院')}行政争议协调化解中心",
        "number": doc.header.number,
        "organization": doc.organization or "—",
        "mediators": "、".join(doc.mediators),
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
        body = f"{ordinal(c.position)}、{c.obligor}{c.text}{money}"
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
    tail.append(para("effect_notice", styles.body, "生效条款"))
    signers = [p for p in doc.parties if p.role != "代理人"]
    values["copies"] = len(signers) + int(template.data.get("copies_extra", 1))
    tail.append(para("copies_line", styles.body, "份数"))
    tail.append(gap(3))
    labels = template.data.get("signature", {})
    party_rows = []
    for p in signers:
        hint = labels.get("agency", labels.get("party", "")) if p.kind == "agency" else labels.get("party", "")
        party_rows.append((f"{p.role}：{p.name}", hint))
    staff_rows = [(f"{labels.get('mediator', '调解员（签名）')}", name) for name in doc.mediators]
    if doc.recorder:
        staff_rows.append((labels.get("recorder", "记录人（签名）"), doc.recorder))
    # Never a signature block alone on a page: the last clause travels with its first signature row;
    # the remaining rows may flow on (an 8-party block is taller than a page).
    tail.append(signature_table(party_rows[:1], fonts, styles, fingerprint=True))
    story.append(KeepTogether(tail))
    if party_rows[1:]:
        story.append(signature_table(party_rows[1:], fonts, styles, fingerprint=True))
    # The seal and date stay with the mediators' rows, never alone on a last page.
    story.append(
        KeepTogether(
            [
                signature_table(staff_rows, fonts, styles, fingerprint=False),
                para(labels.get("seal", ""), styles.right, "印章", literal=True),
                para(cn_date(None), styles.right, "日期", literal=True),
            ]
        )
    )
    return story
