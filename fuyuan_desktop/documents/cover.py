"""The case file's cover, its index of materials (卷宗目录) and the back cover (封底)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from fuyuan_desktop.documents.common import Typesetter, cn_date, gap, kind_values
from fuyuan_desktop.documents.data import CoverDoc, FileItem
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.templates import Template
from fuyuan_desktop.domain.organisations import UNREGISTERED

BLANK = "　" * 8


def _cover_table(ts: Typesetter, doc: CoverDoc) -> Table:
    labels = dict(ts.template.data.get("cover_fields", {}))
    label = str(ts.values.get("number_label", "案号"))
    labels["number"] = {"案号": "案　　号", "编号": "编　　号"}.get(label, label)
    entries = [
        ("number", doc.header.number, "案号"),
        ("category", doc.header.category, "案由"),
        *(("parties" if i == 0 else "", line, "当事人") for i, line in enumerate(doc.parties or ("",))),
        ("mediators", "、".join(doc.mediators), "调解员"),
        ("registered_on", cn_date(doc.registered_on), "收案日期"),
        ("closed_on", cn_date(doc.closed_on), "结案日期"),
        ("outcome", doc.outcome, "调解结果"),
        ("archived_on", cn_date(None), "归档日期"),
        ("keeper", "", "立卷人"),
        ("retention", "", "保管期限"),
    ]
    data = [
        [ts.cell(str(labels.get(key, "")) if key else "", "封面栏目"), ts.cell(value, field)]
        for key, value, field in entries
    ]
    table = Table(data, colWidths=[34 * mm, 110 * mm], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ts.fonts.body),  # not Helvetica, which no paper embeds
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _mark(template: Template, item: FileItem) -> str:
    if item.present is None:
        return template.raw("present_na", "—")
    return template.raw("present_yes" if item.present else "present_no", "有" if item.present else "无")


def _index_table(ts: Typesetter, doc: CoverDoc) -> Table:
    st = ts.styles
    heads = ts.template.items("index_headers")
    data: list[list[object]] = [[ts.cell(h, "目录表头", st.label) for h in heads]]
    for item in doc.items:
        requirement = ts.template.raw("required_mark" if item.required else "optional_mark")
        data.append(
            [
                ts.cell(str(item.position), "序号", st.label),
                ts.cell(item.name, "材料名称"),
                ts.cell(requirement, "要求", st.label),
                ts.cell(_mark(ts.template, item), "本卷", st.label),
                Spacer(0, 0),  # a "" cell would be drawn in Helvetica, which no paper embeds
                ts.cell(item.note, f"备注（{item.name}）", st.small),
            ]
        )
    widths = [13 * mm, 54 * mm, 15 * mm, 13 * mm, 15 * mm, 46 * mm]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ts.fonts.body),  # not Helvetica, which no paper embeds
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row, item in enumerate(doc.items, start=1):
        if item.required and item.present is False:
            style.append(("BACKGROUND", (3, row), (3, row), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle(style))
    return table


def build_cover(doc: CoverDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """Page 1 the cover, page 2 the index (page counts blank for the archivist), last page the back cover."""
    st = styles
    template = template.for_case(doc.header.case_kind or ("people" if doc.people_mediation else "invited"))
    values: dict[str, object] = {
        **kind_values(doc.header),
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "committee_name": doc.committee_name or doc.header.committee_name or (UNREGISTERED if doc.people_mediation else doc.header.court_name),
    }
    ts = Typesetter(fonts, styles, template, values)
    story: list[Flowable] = [
        gap(10),
        ts.key("header", st.court, "卷宗抬头", title=True),
        gap(4),
        ts.key("title", st.title, "卷宗名称", title=True),
        gap(14),
        _cover_table(ts, doc),
        PageBreak(),
        ts.key("index_title", st.title, "目录标题", title=True),
        ts.text(doc.header.number, st.number, "案号"),
        _index_table(ts, doc),
        PageBreak(),
        gap(60),
        ts.key("back_title", st.title, "封底", title=True),
        gap(10),
    ]
    story += [ts.text(line, st.centre, "封底") for line in template.items("back_lines")]
    return story
