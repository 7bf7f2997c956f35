"""Pieces several documents share: dates in Chinese, the parties' block, signature and fingerprint boxes."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fuyuan_desktop.documents.data import PartyBlock
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles


def cn_date(day: date | None) -> str:
    """2026年11月27日 — or a blank to fill in by hand."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "　　　　年　　月　　日"


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
                f"公民身份号码{party.id_number if full_id else party.id_number[:6] + '********' + party.id_number[-4:]}"
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
