"""The rights-and-duties notice (诉前调解告知书): one per case, handed to every party with the mediation notice."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from fuyuan_desktop.documents.common import (
    FormRow,
    Typesetter,
    body_in_size,
    cn_date,
    form_table,
    gap,
    kind_values,
    ordinal,
    signature_date,
)
from fuyuan_desktop.documents.data import RightsNoticeDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import SectionStart, Styles
from fuyuan_desktop.documents.templates import Template

BLANK = "　" * 8


def build_rights_notice(doc: RightsNoticeDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """Header, the numbered items of the case's kind, the parties' acknowledgement lines, seal and date."""
    template = template.for_case(doc.header.case_kind)
    styles = body_in_size(styles, 14, 22)  # 四号, as the notice it travels with
    values: dict[str, object] = {
        **kind_values(doc.header),
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "number": doc.header.number,
        "category": doc.header.category,
        "applicants": "、".join(doc.applicants) or BLANK,
        "respondents": "、".join(doc.respondents) or BLANK,
        "entrusted_to": doc.entrusted_to,
        "mediators": "、".join(doc.mediators) or template.raw("mediators_unknown"),
        "days": ordinal(doc.period_days) if 0 < doc.period_days < 100 else str(doc.period_days),
        "confirm_days": ordinal(doc.confirmation_days) if 0 < doc.confirmation_days < 100 else str(doc.confirmation_days),
    }
    ts = Typesetter(fonts, styles, template, values)
    st = ts.styles
    referral = ts.fill("referral_known" if doc.entrusted_to else "referral_pending")
    items = [
        ts.text(f"{ordinal(i)}、" + ts.fill(f"item_{key}"), st.body, f"告知事项（{key}）")
        for i, key in enumerate(template.items("items"), start=1)
    ]
    rows: list[FormRow] = [
        ([ts.text(name, st.label, f"签收栏「{name}」"), [gap(6), ts.key("receipt_line", st.right, "签收日期",
                                                             date=cn_date(None))]], 16)
        for name in (*doc.applicants, *doc.respondents)
    ]
    return [
        SectionStart(),
        ts.key("header", st.court, "文书抬头", title=True),
        ts.key("title", st.title, "文书标题", title=True),
        ts.key("number_line", st.number, "案号"),
        ts.key("salutation", st.plain, "受告知人"),
        ts.key("intro", st.body, "告知书正文", referral=referral),
        *items,
        ts.key("closing", st.body, "结语"),
        # The seal and the parties' acknowledgement never stand alone on a page: the last lines go with them.
        KeepTogether(
            [
                ts.key("seal", st.right, "印章"),
                ts.text(signature_date(None, ts.template), st.right, "日期"),
                gap(2),
                ts.key("receipt", st.plain, "签收说明"),
                form_table(rows, font=ts.fonts.body, label_width=48 * mm),
            ]
        ),
    ]
