"""Pieces several documents share: dates in Chinese, the parties' block, signature and fingerprint boxes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fuyuan_desktop.documents.data import PartyBlock
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.templates import Template
from fuyuan_desktop.domain.identifiers import mask_id_number

CHINESE_ORDINALS = "一二三四五六七八九十"
BLANK_TIME = "　　时　　分"


def ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 30 → 三十 (clause numbers 一、二、…, 第三次, 三十日)."""
    if n <= 10:
        return CHINESE_ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CHINESE_ORDINALS[tens - 1]
    return head + "十" + (CHINESE_ORDINALS[ones - 1] if ones else "")


def cn_date(day: date | None) -> str:
    """2026年11月27日 — or a blank to fill in by hand."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "　　　　年　　月　　日"


def cn_time(moment: datetime | None) -> str:
    """9时30分 (the caller passes court-local time) — or a blank to fill in by hand."""
    return f"{moment.hour}时{moment.minute:02d}分" if moment else BLANK_TIME


def cn_datetime(moment: datetime | None) -> str:
    """2026年11月27日9时30分, or blanks for date and time."""
    return f"{cn_date(moment.date() if moment else None)}{cn_time(moment)}"


def keep_blanks(markup: str) -> str:
    """Ideographic spaces as two no-break spaces: reportlab collapses U+3000 runs into one space,
    which would shrink 「　　年　　月　　日」 to 「年 月 日」 with no room to write."""
    return markup.replace("\u3000", "\u00a0\u00a0")


@dataclass
class Typesetter:
    """Turns template keys and user text into paragraphs, always through the font set's markup.

    ``field`` names what the text is (当事人姓名, 笔录内容…), so a character no face has stops the
    print with an error that says where it is.
    """

    fonts: FontSet
    styles: Styles
    template: Template
    values: Mapping[str, object] = field(default_factory=dict)

    def fill(self, key: str, **extra: object) -> str:
        return self.template.text(key, **{**self.values, **extra})

    def key(self, key: str, style: ParagraphStyle, field: str, *, title: bool = False, **extra: object) -> Paragraph:
        """The template wording under ``key`` with placeholders filled."""
        return self.text(self.fill(key, **extra), style, field, title=title)

    def text(self, text: str, style: ParagraphStyle, field: str, *, title: bool = False) -> Paragraph:
        """Text as given (user data or already filled); blanks for handwriting keep their width."""
        markup = self.fonts.markup(text, field=field, title=title)
        return Paragraph(markup if title else keep_blanks(markup), style)

    def lines(self, text: str, style: ParagraphStyle, field: str) -> list[Flowable]:
        """One paragraph per non-empty line of free text (records, facts, suggestions)."""
        return [self.text(line.strip(), style, field) for line in text.splitlines() if line.strip()]

    def cell(self, text: str, field: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.text(text, style or self.styles.cell, field)


FormRow = tuple[Sequence[Any], float]


def form_table(rows: Sequence[FormRow], *, label_width: float = 40 * mm) -> Table:
    """A ruled form (送达回证, 送达地址确认书): each row is (cells, minimum height in mm, 0 = fit text).

    A row has two cells (label, content spanning the width) or four (label, content, label, content);
    content may be a paragraph or a list of flowables.
    """
    width = 156 * mm
    half = (width - 2 * label_width) / 2
    data: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, (cells, _height) in enumerate(rows):
        if len(cells) == 2:
            data.append([cells[0], cells[1], "", ""])
            style.append(("SPAN", (1, r), (3, r)))
        else:
            data.append(list(cells))
    heights = [h * mm if h else None for _cells, h in rows]
    table = Table(data, colWidths=[label_width, half, label_width, half], rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def party_sentence(party: PartyBlock, *, full_id: bool = True) -> str:
    """The parties' block line: identity, domicile, contact, representative (DOMAIN.md §1.1)."""
    if party.kind == "person":
        bits = [party.name]
        bits += [
            b
            for b in (
                party.sex,
                f"{cn_date(party.birth_date)}出生" if party.birth_date else "",
                party.ethnicity,
                party.occupation,
            )
            if b
        ]
        if party.address:
            bits.append(f"住{party.address}")
        if party.id_number:
            bits.append(
                f"公民身份号码{party.id_number if full_id else mask_id_number(party.id_number)}"
            )
        if party.phone:
            bits.append(f"联系电话{party.phone}")
        text = "，".join(bits) + "。"
    else:
        bits = [party.name]
        if party.credit_code:
            bits.append(f"统一社会信用代码{party.credit_code}")
        if party.address:
            bits.append(f"住所地{party.address}")
        if party.phone:
            bits.append(f"联系电话{party.phone}")
        text = "，".join(bits) + "。"
        if party.representative:
            label = "负责人" if party.kind == "agency" else "法定代表人"
            title = f"，{party.representative_title}" if party.representative_title else ""
            text += f"{label}：{party.representative}{title}。"
    if party.service_address:
        text += f"送达地址：{party.service_address}。"
    if party.represents:
        text += f"（系{party.represents}的代理人{('，代理权限：' + party.agent_authority) if party.agent_authority else ''}）"
    return f"{party.role}：{text}"


def parties_block(parties: tuple[PartyBlock, ...], fonts: FontSet, styles: Styles) -> list[Flowable]:
    return [Paragraph(fonts.markup(party_sentence(p), field=f"{p.role}「{p.name}」"), styles.plain) for p in parties]


def signature_table(rows: list[tuple[str, str]], fonts: FontSet, styles: Styles, *, fingerprint: bool) -> Table:
    """One row per signer: who, where to sign, and (for parties) a box for the red fingerprint.

    Party rows are tall enough for a signature and a fingerprint (20 mm); staff rows are compact.
    """
    data = []
    for label, hint in rows:
        cells: list[object] = [
            Paragraph(fonts.markup(label, field="签名栏"), styles.cell),
            Paragraph(fonts.markup(hint, field="签名栏") + "<br/>__________________", styles.cell),
        ]
        if fingerprint:
            cells.append(Paragraph(fonts.markup("按指印", field="签名栏"), styles.small))
        data.append(cells)
    widths = [62 * mm, 70 * mm, 20 * mm] if fingerprint else [62 * mm, 90 * mm]
    table = Table(data, colWidths=widths, rowHeights=[21 * mm if fingerprint else 14 * mm] * len(data), hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    if fingerprint:
        # a separate red-edged square per party, with a gap between rows
        style += [("BOX", (2, i), (2, i), 0.6, colors.HexColor("#b03030")) for i in range(len(data))]
        style += [
            ("VALIGN", (2, 0), (2, -1), "BOTTOM"),
            ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ("TOPPADDING", (2, 0), (2, -1), 1),
            ("BOTTOMPADDING", (2, 0), (2, -1), 1),
        ]
    table.setStyle(TableStyle(style))
    return table


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
