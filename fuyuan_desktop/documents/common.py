"""Pieces several documents share: dates in Chinese, the parties' block, signature and fingerprint boxes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from fuyuan_desktop.documents.data import CaseHeader, PartyBlock
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.linebreak import Paragraph
from fuyuan_desktop.documents.templates import Template, case_kind
from fuyuan_desktop.domain.identifiers import mask_id_number
from fuyuan_desktop.domain.organisations import UNREGISTERED

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


_DIGITS = "〇一二三四五六七八九"


def numeral_date(day: date) -> str:
    """二〇二六年十二月七日: the year digit by digit, month and day as numbers (诉讼文书样式)."""
    year = "".join(_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{ordinal(day.month)}月{ordinal(day.day)}日"


def signature_date(day: date | None, template: Template) -> str:
    """The date under a signature block in the style the paper's template names (``signature_date``:
    ``numerals`` — 二〇二六年十二月七日, the default — or ``digits`` — 2026年12月7日); a blank without a date."""
    if day is None:
        return cn_date(None)
    return cn_date(day) if template.raw("signature_date", "numerals") == "digits" else numeral_date(day)


def kind_values(header: CaseHeader) -> dict[str, object]:
    """What every paper of the header's kind of case prints (``case_kinds.json``): the issuer's name,
    the label of its number (编号 / 临时编号 / 案号), the legal basis, the seal, the limitation notice."""
    kind = case_kind(header.case_kind)
    court_full = header.tribunal_name or header.court_name
    committee = header.committee_name or UNREGISTERED  # from the registry, never made from the place
    centre = f"{header.court_name.removesuffix('人民法院')}行政争议协调化解中心"
    issuer = {"committee": committee, "centre": centre}.get(kind.issuer, court_full)
    return {
        "case_kind": kind.label,
        "issuer": issuer,
        "committee_name": committee,
        "centre_name": centre,
        "number_label": kind.provisional_label if header.provisional else kind.number_label,
        "basis": kind.basis,
        "kind_seal": kind.seal,
        "limitation_notice": kind.limitation_notice,
    }


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


def form_table(rows: Sequence[FormRow], *, font: str, label_width: float = 40 * mm) -> Table:
    """A ruled form (送达回证, 送达地址确认书): each row is (cells, minimum height in mm, 0 = fit text).

    A row has two cells (label, content spanning the width) or four (label, content, label, content);
    content may be a paragraph or a list of flowables.
    """
    width = 156 * mm
    half = (width - 2 * label_width) / 2
    data: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), font),  # else the table's own font is Helvetica, which no paper embeds
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
            data.append([cells[0], cells[1], Spacer(0, 0), Spacer(0, 0)])
            style.append(("SPAN", (1, r), (3, r)))
        else:
            # An empty string cell is drawn in reportlab's default Helvetica, which no paper embeds.
            data.append([Spacer(0, 0) if cell == "" else cell for cell in cells])
    heights = [h * mm if h else None for _cells, h in rows]
    table = Table(data, colWidths=[label_width, half, label_width, half], rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def is_mobile(phone: str) -> bool:
    """A mainland mobile number (11 digits from 13–19), as opposed to a landline such as 0438-1234567."""
    digits = "".join(ch for ch in phone if ch.isdigit()).removeprefix("86")
    return len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"


def clause_text(obligor: str, text: str) -> str:
    """A clause as printed: the obligor, then what they do — unless the text already names the obligor
    (「被申请人冼𠀀向…」 or 「冼𠀀向…」), which would print the name twice."""
    for role in ("", "申请人", "被申请人", "第三人"):
        if obligor and text.startswith(role + obligor):
            return text
    return f"{obligor}{text}"


def party_sentence(party: PartyBlock, *, full_id: bool = True) -> str:
    """The parties' block line: identity, domicile, contact, representative (docs/domain.md §8.4)."""
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
    role = party.role
    if party.role == "法定代理人" and party.represents:
        text = text.removesuffix("。") + f"，系{party.represents}的{party.relation or '监护人'}。"
    elif party.represents:
        role = "委托代理人"
        authority = f"，代理权限：{authority_text(party)}" if party.agent_authority else ""
        text = text.removesuffix("。") + f"，系{party.represents}的委托代理人{authority}。"
    return f"{role}：{text}"


def authority_text(party: PartyBlock) -> str:
    """特别授权（代为承认、放弃、变更调解请求，进行和解，签署调解协议） — or 一般授权."""
    if party.agent_powers:
        return f"{party.agent_authority}（{'，'.join(party.agent_powers)}）"
    return party.agent_authority


ACTING_ROLES = ("代理人", "法定代理人")


def principals_first(parties: Sequence[PartyBlock]) -> list[PartyBlock]:
    """Each party followed by its 法定代理人 and then its agents, as court papers list them."""
    principals = [p for p in parties if not p.represents]
    out: list[PartyBlock] = []
    for p in principals:
        out.append(p)
        out += [g for g in parties if g.role == "法定代理人" and g.represents == p.name]
        out += [a for a in parties if a.role != "法定代理人" and a.represents == p.name]
    out += [p for p in parties if p not in out]
    return out


def parties_block(parties: tuple[PartyBlock, ...], fonts: FontSet, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(fonts.markup(party_sentence(p), field=f"{p.role}「{p.name}」"), styles.plain)
        for p in principals_first(parties)
    ]


def signer_rows(parties: Sequence[PartyBlock], hint: Any) -> list[tuple[str, str]]:
    """The parties' signature rows (docs/domain.md §7.5): a party without capacity is signed for by the
    法定代理人; one with limited capacity signs with them; an agent with special authority signs beside
    the party. ``hint(party)`` is the words under the line (签名 / 盖章)."""
    rows: list[tuple[str, str]] = []
    for p in parties:
        if p.represents or p.role in ACTING_ROLES:
            continue
        guardians = [g for g in parties if g.role == "法定代理人" and g.represents == p.name]
        if p.capacity != "none" or not guardians:
            rows.append((f"{p.role}：{p.name}", hint(p)))
        for g in guardians:
            rows.append((f"{p.role}{p.name}的法定代理人：{g.name}", "（签名）"))
        for a in parties:
            if a.role != "法定代理人" and a.represents == p.name and a.agent_authority.startswith("特别授权"):
                rows.append((f"{p.role}{p.name}的委托代理人：{a.name}", "（签名）"))
    return rows


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
        ("FONTNAME", (0, 0), (-1, -1), fonts.body),  # empty cells too: reportlab's default is Helvetica
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


# The body frame of every paper (layout.py: A4 less the GB/T 9704 margins).
FRAME_WIDTH = 156 * mm
FRAME_HEIGHT = 225 * mm


def _height(flows: Sequence[Flowable]) -> float:
    return sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flows)


def keep_with_signatures(text: Sequence[Flowable], signatures: Sequence[Flowable]) -> list[Flowable]:
    """The closing text and the signature block, laid out so that no page holds signatures alone.

    As much of the closing text as fits on one page with the whole block travels with it (at least the
    last paragraph — the last clause — when only that fits). A block taller than a page (many parties)
    cannot be kept whole: then the text keeps the first signature row, the last ``LAST_KEPT`` pieces of
    the block (the last party's row, the mediators', seal and date) stay together, and the rows between flow.
    """
    block = _height(signatures)
    # at least the last paragraph goes along (a trailing spacer is not text)
    last_text = max((i for i, f in enumerate(text) if not isinstance(f, Spacer)), default=len(text) - 1)
    for start in range(last_text + 1):
        if _height(text[start:]) + block <= FRAME_HEIGHT * 0.95:
            return [*text[:start], KeepTogether([*text[start:], *signatures])]
    first = _height(signatures[:1])
    start = next((i for i in range(last_text + 1) if _height(text[i:]) + first <= FRAME_HEIGHT * 0.95), last_text)
    kept, rest = signatures[:1], signatures[1:]
    last = list(rest[-LAST_KEPT:]) if len(rest) > LAST_KEPT else []
    middle = rest[: len(rest) - len(last)]
    return [*text[:start], KeepTogether([*text[start:], *kept]), *middle, *([KeepTogether(last)] if last else [])]


LAST_KEPT = 4


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def body_in_size(styles: Styles, size: float, leading: float) -> Styles:
    """The body, plain and right-aligned styles set in ``size`` pt on ``leading``: a paper that must fit one sheet
    (the notice, the 告知书) is set a size down from the default 三号, as a court's printed form is."""
    return replace(
        styles,
        body=ParagraphStyle(f"body_{size:g}", parent=styles.body, fontSize=size, leading=leading,
                            firstLineIndent=2 * size),
        plain=ParagraphStyle(f"plain_{size:g}", parent=styles.plain, fontSize=size, leading=leading),
        right=ParagraphStyle(f"right_{size:g}", parent=styles.right, fontSize=size, leading=leading),
    )
