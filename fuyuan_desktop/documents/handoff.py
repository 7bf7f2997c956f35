"""无争议事实记载表 (调解终结及转立案): the facts the parties agreed on when a failed mediation goes to 立案, numbered,
with a line for each party to sign (docs/domain.md §8.14)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from fuyuan_desktop.documents.common import (
    Typesetter,
    body_in_size,
    cn_date,
    gap,
    kind_values,
    ordinal,
    signature_date,
)
from fuyuan_desktop.documents.data import HandoffDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import SectionStart, Styles
from fuyuan_desktop.documents.templates import Template

BLANK = "　" * 8


def build_handoff(doc: HandoffDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """Header, title, the case, the numbered agreed facts (or the line saying there are none), what they mean in
    the lawsuit, the hand-off, and the parties' and mediators' signatures."""
    template = template.for_case(doc.header.case_kind)
    styles = body_in_size(styles, 14, 22)  # 四号 body: the record and its signatures fit one sheet
    values: dict[str, object] = {
        **kind_values(doc.header),
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "number": doc.header.number,
        "category": doc.header.category,
        "applicants": "、".join(doc.applicants) or BLANK,
        "respondents": "、".join(doc.respondents) or BLANK,
        "mediated_by": doc.mediated_by or BLANK,
        "outcome": doc.outcome or BLANK,
        "closed_on": cn_date(doc.closed_on),
        "mediators": "、".join(doc.mediators) or BLANK,
    }
    ts = Typesetter(fonts, styles, template, values)
    st = ts.styles
    facts = [ts.text(f"{ordinal(i)}、{fact}", st.body, f"无争议事实（第{i}项）")
             for i, fact in enumerate(doc.facts, start=1)] or [ts.key("no_facts", st.body, "无争议事实")]
    signers = [("申请人", name) for name in doc.applicants] + [("被申请人", name) for name in doc.respondents]
    # One row a party: who signs on the left, the date to write by hand lined up on the right.
    lines = Table([[ts.key("sign_line", st.plain, f"签名栏「{name}」", role=role, name=name),
                    ts.key("sign_date", st.right, "签名日期", date=cn_date(None))] for role, name in signers],
                  colWidths=["62%", "38%"])
    lines.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        SectionStart(),
        ts.key("header", st.court, "文书抬头", title=True),
        ts.key("title", st.title, "文书标题", title=True),
        ts.key("subtitle", st.centre, "副标题"),
        ts.key("number_line", st.number, "案号"),
        ts.key("intro", st.body, "记载表正文"),
        *facts,
        # The signatures never stand alone on a page: what the facts mean and the hand-off go with them.
        KeepTogether([
            ts.key("effect", st.body, "效力说明"),
            ts.key("handoff", st.body, "转立案说明"),
            gap(2),
            ts.key("parties_sign", st.plain, "当事人签名"),
            lines,
            gap(3),
            ts.key("mediator_sign", st.plain, "调解员签名"),
            ts.key("seal", st.right, "印章"),
            ts.text(signature_date(doc.closed_on, ts.template), st.right, "日期"),
        ]),
    ]
