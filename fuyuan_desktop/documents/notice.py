"""The mediation notice (诉前调解通知书): one page to each party, with the time, place and what to bring."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from fuyuan_desktop.documents.common import (
    Typesetter,
    body_in_size,
    cn_date,
    cn_datetime,
    kind_values,
    ordinal,
    signature_date,
)
from fuyuan_desktop.documents.data import Addressee, NoticeDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import SectionStart, Styles
from fuyuan_desktop.documents.templates import Template

BLANK = "　" * 8


def _intro(ts: Typesetter, doc: NoticeDoc, to: Addressee) -> str:
    you = ts.fill("you_person" if to.kind == "person" else "you_organization")
    others = {
        "applicants": "、".join(n for n in doc.applicants if n != to.name) or you,
        "respondents": "、".join(n for n in doc.respondents if n != to.name) or you,
    }
    if to.role == "申请人":
        return ts.fill("intro_applicant", you=you, **others)
    if to.role == "被申请人":
        return ts.fill("intro_respondent", you=you, **others)
    return ts.fill("intro_third_party", you=you, **others)


def _page(ts: Typesetter, doc: NoticeDoc, to: Addressee) -> list[Flowable]:
    st = ts.styles
    referral = ts.fill("referral_known" if doc.referred_on else "referral_pending")
    due_on = cn_date(doc.due_on) + ("（推定）" if doc.due_presumed else "") if doc.due_on else ""
    due = ts.fill("period_due", due_on=due_on) if doc.due_on else ""
    story: list[Flowable] = [
        SectionStart(),
        ts.key("header", st.court, "文书抬头", title=True),
        ts.key("title", st.title, "文书标题", title=True),
        ts.key("number_line", st.number, "案号"),
        ts.key("salutation", st.plain, f"受通知人「{to.name}」", name=to.name),
        ts.text(_intro(ts, doc, to) + referral + ts.fill("basis_line"), st.body, f"通知正文（{to.name}）"),
        ts.key("period", st.body, "调解期限", due=due),
        ts.key("session_line", st.body, "调解时间"),
        ts.key("place_line", st.body, "调解地点"),
        ts.key("bring_line", st.body, "携带材料"),
        ts.key("voluntary", st.body, "自愿原则"),
        *([ts.key("limitation_line", st.body, "起诉期限告知")] if ts.values.get("limitation_notice") else []),
        # A notice that spills over takes its last lines along, never a seal alone on page 2.
        KeepTogether(
            [
                ts.key("contact_line", st.body, "联系人"),
                ts.key("address_line", st.body, "联系地址"),
                ts.key("attachments_line", st.plain, "附件"),
                ts.key("seal", st.right, "印章"),
                ts.text(signature_date(None, ts.template), st.right, "日期"),
            ]
        ),
    ]
    return story


def build_notice(doc: NoticeDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """One notice per addressee, each starting a page numbered on its own (第 1 页 共 1 页)."""
    template = template.for_case(doc.header.case_kind)
    styles = body_in_size(styles, 14, 24)  # 四号: one sheet
    values: dict[str, object] = {
        **kind_values(doc.header),
        "committee_address": BLANK,
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "number": doc.header.number,
        "category": doc.header.category,
        "referred_on": cn_date(doc.referred_on),
        "entrusted_to": doc.entrusted_to or template.raw("entrusted_unknown"),
        "days": ordinal(doc.period_days) if 0 < doc.period_days < 100 else str(doc.period_days),
        "session_at": cn_datetime(doc.session_at),
        "place": doc.session_place or BLANK,
        "reply_by": "　　月　　日",  # inline in justified text: a short blank rarely splits over lines
        "contact": doc.contact or BLANK,
        "phone": doc.contact_phone or doc.header.tribunal_phone or BLANK,
        "address": doc.header.tribunal_address or BLANK,
    }
    ts = Typesetter(fonts, styles, template, values)
    story: list[Flowable] = []
    for i, to in enumerate(doc.addressees):
        if i:
            story.append(PageBreak())
        story += _page(ts, doc, to)
    return story
