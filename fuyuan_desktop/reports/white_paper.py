"""The annual 行政审判白皮书 and the appearance notices as reportlab stories: headings, tables (docs/domain.md §11.2), charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles

BODY_WIDTH = 156 * mm


@dataclass(frozen=True)
class PaperTable:
    """A numbered table: caption, header and rows of text (blanks stay blank)."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class PaperChart:
    caption: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = "件"


@dataclass(frozen=True)
class PaperSection:
    heading: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[PaperTable, ...] = ()
    charts: tuple[PaperChart, ...] = ()


@dataclass(frozen=True)
class WhitePaperDoc:
    """Everything the white paper prints, already worked out by the service."""

    court_name: str
    title: str
    subtitle: str
    sections: tuple[PaperSection, ...]
    issued: str
    notes: tuple[str, ...] = field(default=())


def _cell_styles(fonts: FontSet) -> tuple[ParagraphStyle, ParagraphStyle]:
    cell = ParagraphStyle("wp_cell", fontName=fonts.body, fontSize=10.5, leading=14, wordWrap="CJK")
    head = ParagraphStyle("wp_head", parent=cell, fontName=fonts.title, alignment=1)
    return cell, head


def _table(t: PaperTable, fonts: FontSet, styles: Styles) -> list[Flowable]:
    cell, head = _cell_styles(fonts)
    data = [[Paragraph(fonts.markup(h, field=t.caption, title=True), head) for h in t.header]]
    for row in t.rows:
        data.append([Paragraph(fonts.markup(v, field=t.caption), cell) for v in row])
    widths = list(t.widths) if t.widths else [BODY_WIDTH / len(t.header)] * len(t.header)
    scale = BODY_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    caption = Paragraph(fonts.markup(t.caption, field="表题", title=True),
                        ParagraphStyle("wp_caption", parent=styles.label, keepWithNext=1))
    out: list[Flowable] = [Spacer(1, 3 * mm), caption, Spacer(1, 1.5 * mm), table]
    if t.note:
        out.append(Paragraph(fonts.markup(t.note, field="表注"), styles.small))
    return out


def _chart(c: PaperChart, fonts: FontSet, styles: Styles) -> Flowable:
    height = 62 * mm
    drawing = Drawing(BODY_WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = int(14 * mm), int(14 * mm)
    chart.width, chart.height = int(BODY_WIDTH - 20 * mm), int(height - 22 * mm)
    chart.data = [list(c.values) or [0]]
    chart.categoryAxis.categoryNames = list(c.labels) or [""]
    chart.categoryAxis.labels.fontName = fonts.body
    chart.categoryAxis.labels.fontSize = 7 if len(c.labels) > 8 else 8
    chart.categoryAxis.labels.angle = 30 if len(c.labels) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(c.labels) > 8 else "n"
    chart.valueAxis.labels.fontName = fonts.body
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(c.values, default=0)
    chart.valueAxis.valueMax = max(1.0, top * 1.15)
    chart.bars[0].fillColor = colors.Color(0.23, 0.4, 0.65)
    chart.barLabels.fontName = fonts.body
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "%d" if all(float(v).is_integer() for v in c.values) else "%.1f"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(2 * mm, height - 6 * mm, f"单位：{c.unit}", fontName=fonts.body, fontSize=8))
    caption = Paragraph(fonts.markup(c.caption, field="图题", title=True), styles.label)
    return KeepTogether([Spacer(1, 3 * mm), caption, drawing])


def white_paper_story(doc: WhitePaperDoc, fonts: FontSet, styles: Styles) -> list[Flowable]:
    """Title block, then each section: heading (kept with what follows), paragraphs, tables, charts."""
    heading = ParagraphStyle("wp_heading", parent=styles.heading, keepWithNext=1, spaceBefore=8)
    story: list[Flowable] = [
        Spacer(1, 8 * mm),
        Paragraph(fonts.markup(doc.court_name, field="法院", title=True), styles.court),
        Paragraph(fonts.markup(doc.title, field="标题", title=True), styles.title),
        Paragraph(fonts.markup(doc.subtitle, field="副标题"), styles.centre),
        Spacer(1, 8 * mm),
    ]
    for section in doc.sections:
        story.append(Paragraph(fonts.markup(section.heading, field="章节", title=True), heading))
        for text in section.paragraphs:
            story.append(Paragraph(fonts.markup(text, field=section.heading), styles.body))
        for table in section.tables:
            story.extend(_table(table, fonts, styles))
        for chart in section.charts:
            story.append(_chart(chart, fonts, styles))
        story.append(Spacer(1, 4 * mm))
    for note in doc.notes:
        story.append(Paragraph(fonts.markup(note, field="说明"), styles.small))
    story.append(KeepTogether([  # the court's name never parts from the date below it
        Spacer(1, 6 * mm),
        Paragraph(fonts.markup(doc.court_name, field="落款"), styles.right),
        Paragraph(fonts.markup(doc.issued, field="日期"), styles.right),
    ]))
    return story


def rows_of(pairs: Sequence[tuple[str, int]], total: int) -> tuple[tuple[str, ...], ...]:
    """(label, count) pairs as table rows with their share of ``total``; a 合计 row last."""
    out = [(label, str(n), f"{100 * n / total:.2f}%" if total else "") for label, n in pairs]
    out.append(("合计", str(total), "100.00%" if total else ""))
    return tuple(out)
