"""The judicial recommendation letter (司法建议书), laid out after annex 2 of the 2023 rule."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from fuyuan_desktop.documents.common import Typesetter, gap, ordinal, signature_date
from fuyuan_desktop.documents.data import RecommendationDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.templates import Template


def months_in_words(n: int) -> str:
    """2 → 两 (两个月, never 二个月), otherwise the plain numeral."""
    return "两" if n == 2 else ordinal(n) if 0 < n < 100 else str(n)


def build_recommendation(doc: RecommendationDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """Header (title, number), body (addressee, background, problems, suggestions, reply), tail."""
    st = styles
    values: dict[str, object] = {
        "court_name": doc.court_name,
        "subject": doc.subject,
        "number": doc.number,
        "recipient": doc.recipient,
        "source": doc.source,
        "months": months_in_words(doc.reply_months),
        "attachments": doc.attachments_note,
        "contact": doc.contact or "　" * 8,
        "copy_to": doc.copy_to,
    }
    ts = Typesetter(fonts, styles, template, values)
    # A 22 pt line holds about 19 characters: a long subject breaks before 司法建议书, never inside it.
    subject_line = ts.fill("title_subject")
    head, tail_word = subject_line[: -len("司法建议书")], "司法建议书"
    title_lines = [head, tail_word] if len(subject_line) > 19 and subject_line.endswith(tail_word) else [subject_line]
    story: list[Flowable] = [
        ts.key("title_court", st.title, "司法建议书标题", title=True),
        *(ts.text(line, st.title, "司法建议书标题", title=True) for line in title_lines),
        ts.key("number_line", st.centre, "司法建议书编号"),
        gap(2),
        ts.key("salutation", st.plain, "被建议单位"),
        *ts.lines(doc.background, st.body, "背景"),
        ts.key("found_in_case" if doc.source else "found_in_work", st.body, "问题来源"),
        *ts.lines(doc.problems, st.body, "发现的问题"),
        ts.key("suggest_lead", st.body, "建议"),
        *ts.lines(doc.suggestions, st.body, "建议内容"),
        ts.key("reply", st.body, "反馈期限"),
    ]
    # The signing block never stands alone on a page: the last paragraph travels with it.
    tail: list[Flowable] = [ts.key("support", st.body, "支持配合")]
    if doc.attachments_note.strip():
        tail += [gap(2), ts.key("attachments_line", st.body, "附件")]
    tail += [
        gap(3),
        ts.key("seal", st.right, "印章"),
        ts.key("signer_line", st.right, "落款"),
        ts.text(signature_date(doc.signed_on, template), st.right, "签发日期"),
        gap(2),
        ts.key("contact_line", st.cell, "联系人"),
    ]
    if doc.copy_to.strip():
        tail.append(ts.key("copy_line", st.cell, "抄送"))
    story.append(KeepTogether(tail))
    return story
