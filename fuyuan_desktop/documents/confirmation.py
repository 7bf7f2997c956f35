"""The joint application for judicial confirmation (司法确认申请书) of a final mediation agreement."""

from __future__ import annotations

from reportlab.platypus import Flowable

from fuyuan_desktop.documents.common import (
    Typesetter,
    clause_text,
    cn_date,
    gap,
    keep_with_signatures,
    ordinal,
    parties_block,
    signature_date,
    signature_table,
    signer_rows,
)
from fuyuan_desktop.documents.data import ConfirmationDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.templates import Template
from fuyuan_desktop.domain.money import yuan_figures, yuan_in_words


def applicant_names(doc: ConfirmationDoc, template: Template) -> list[str]:
    role = template.raw("applicant_role", "申请人")
    return [p.name for p in doc.parties if p.role == role]


def build_confirmation_application(
    doc: ConfirmationDoc, fonts: FontSet, styles: Styles, template: Template
) -> list[Flowable]:
    """Applicants' blocks, request, facts and reasons, declaration, addressee, attachments, signatures."""
    st = styles
    template = template.for_case(doc.header.case_kind or ("people" if doc.people_mediation else "invited"))
    names = applicant_names(doc, template)
    values: dict[str, object] = {
        "names": "、".join(names),
        "agreed_on": cn_date(doc.agreed_on),
        "mediated_by": doc.mediated_by,
        "category": doc.header.category,
        "court_name": doc.header.court_name,
        "days": ordinal(doc.period_days) if 0 < doc.period_days < 100 else str(doc.period_days),
    }
    ts = Typesetter(fonts, styles, template, values)
    story: list[Flowable] = [ts.key("title", st.title, "文书标题", title=True), gap(2)]
    story += parties_block(doc.parties, fonts, styles)
    story += [
        ts.key("request_heading", st.heading, "请求事项"),
        ts.key("request", st.body, "请求事项"),
        ts.key("facts_heading", st.heading, "事实和理由"),
        *ts.lines(doc.facts, st.body, "纠纷主要事实"),
        ts.key("facts_intro", st.body, "事实和理由"),
    ]
    for c in doc.clauses:
        money = f"（{yuan_figures(c.amount_fen)}，{yuan_in_words(c.amount_fen)}）" if c.amount_fen else ""
        where = f"协议第{ordinal(c.position)}条"
        story.append(ts.text(f"{ordinal(c.position)}、{clause_text(c.obligor, c.text)}{money}", st.clause, where))
        story.append(
            ts.key("performance_line", st.body, f"{where}履行方式", method=c.performance_method, deadline=cn_date(c.deadline))
        )
    story += [
        ts.key("reason", st.body, "申请理由"),
        ts.key("declaration_heading", st.heading, "申请人声明"),
        ts.key("declaration", st.body, "申请人声明"),
    ]
    closing: list[Flowable] = [
        gap(2),
        ts.key("closing", st.body, "此致"),
        ts.key("court_line", st.plain, "受理法院"),
        gap(2),
        ts.key("attachments_heading", st.plain, "附件"),
    ]
    attachments = template.items("attachments")
    if doc.has_agents:
        attachments.append(template.raw("attachment_agents"))
    closing += [ts.text(f"{i}. {item}", st.plain, "附件") for i, item in enumerate(attachments, start=1)]
    hint = template.data.get("signature", {}).get("party", "")
    rows = signer_rows(doc.parties, lambda _p: hint)
    signatures: list[Flowable] = [gap(4), *(signature_table([row], fonts, st, fingerprint=True) for row in rows)]
    signatures += [gap(4), ts.text(signature_date(None, template), st.right, "日期")]
    # No page carries only signatures: the addressee and attachments travel with them.
    story += keep_with_signatures(closing, signatures)
    return story
