"""Page layout after GB/T 9704: A4 margins, styles, footer 第 X 页 共 Y 页, QR code and verification line."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fuyuan_desktop.documents.fonts import FontSet

# GB/T 9704-2012: 天头 37 mm, 订口 28 mm; body block 156 × 225 mm.
MARGIN_TOP = 37 * mm
MARGIN_BOTTOM = 35 * mm
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 26 * mm
SIZE_TITLE = 22  # 二号
SIZE_BODY = 16  # 三号
SIZE_SMALL = 10.5  # 五号
LEADING_BODY = 28.9  # 22 lines in the 225 mm block


@dataclass(frozen=True)
class Styles:
    court: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle
    heading: ParagraphStyle
    clause: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle  # a form's field names and a table's column heads, centred
    centre: ParagraphStyle  # body size, centred (recommendation number, cover lines)


def make_styles(fonts: FontSet) -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=fonts.body,
        fontSize=SIZE_BODY,
        leading=LEADING_BODY,
        alignment=TA_JUSTIFY,
        firstLineIndent=2 * SIZE_BODY,
        wordWrap="CJK",
    )
    return Styles(
        court=ParagraphStyle(
            "court",
            parent=body,
            fontName=fonts.title,
            fontSize=SIZE_TITLE,
            leading=34,
            alignment=TA_CENTER,
            firstLineIndent=0,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.title,
            fontSize=SIZE_TITLE,
            leading=36,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=6,
        ),
        number=ParagraphStyle("number", parent=body, alignment=TA_RIGHT, firstLineIndent=0, spaceAfter=8),
        body=body,
        plain=ParagraphStyle("plain", parent=body, firstLineIndent=0, alignment=TA_LEFT),
        heading=ParagraphStyle("heading", parent=body, fontName=fonts.title, firstLineIndent=0, spaceBefore=4),
        clause=ParagraphStyle("clause", parent=body, firstLineIndent=2 * SIZE_BODY),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0),
        small=ParagraphStyle("small", parent=body, fontSize=SIZE_SMALL, leading=14, firstLineIndent=0),
        cell=ParagraphStyle("cell", parent=body, fontSize=14, leading=22, firstLineIndent=0, alignment=TA_LEFT),
        label=ParagraphStyle("label", parent=body, fontSize=14, leading=20, firstLineIndent=0, alignment=TA_CENTER),
        centre=ParagraphStyle("centre", parent=body, firstLineIndent=0, alignment=TA_CENTER),
    )


@dataclass(frozen=True)
class Stamp:
    """What each page carries to tie paper to record: a QR payload and the short verification code."""

    qr_payload: str
    code: str
    draft: bool = False
    # Later facts printed in the top margin of each paper's first page, outside the verified text.
    annotations: tuple[str, ...] = ()
    # Whom the footer sends the reader to: the court (本院) on its own papers; a people's mediation
    # committee's paper names the court, which keeps the record (see ``verify_line``).
    verify_text: str = ""


def verify_line(case_kind: str) -> str:
    """The footer's words after the code, for a paper of ``case_kind`` (documents/templates.py)."""
    if case_kind == "people":
        return "扫描二维码或凭验证码可向人民法院核验"
    return "扫描二维码或凭验证码可向本院核验"


# Every annotation line starts with this mark; verification drops such lines before comparing text.
ANNOTATION_MARK = "〔补记〕"
ANNOTATION_HEAD = "以下为签署（定稿）后的情况，不属于原件内容"


DRAFT_FOOTER = "草稿，未定稿，不具效力"  # at the foot of every draft page; verification recognises a draft by it


@lru_cache(maxsize=16)
def _qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR symbol (level M) as its module count and dark runs (row, column, length), made once per
    document: encoding and mask scoring are most of a page's render time when repeated on every page."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(qr.modules):
        c = 0
        for dark, group in itertools.groupby(map(bool, row)):
            count = len(list(group))
            if dark:
                runs.append((r, c, count))
            c += count
    return len(qr.modules), tuple(runs)


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code in a ``size`` square at (x, y) with a 4-module quiet zone, as one filled path."""
    count, runs = _qr_runs(payload)
    box = size / (count + 8)
    path = canvas.beginPath()
    for r, c, n in runs:
        path.rect(x + (c + 4) * box, y + size - (r + 5) * box, n * box, box)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class SectionStart(Flowable):
    """Marks the page it lands on as the first of a separate paper (one notice per addressee).

    Pages are then numbered within each paper — the party holding page 2 of a notice set sees
    第 1 页 共 1 页 — while all papers share one file, one record and one verification code.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        begin = getattr(self.canv, "begin_section", None)
        if begin is not None:
            begin()


def numbered_canvas(fonts: FontSet, stamp: Stamp | None) -> type[Canvas]:
    """A canvas class that knows the page count when it saves, so every page says 第 X 页 共 Y 页."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts every page in Helvetica, which it never embeds: start in our body face.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.body
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._section_starts: set[int] = {0}

        def begin_section(self) -> None:
            self._section_starts.add(len(self._pages))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def _page_size(self) -> tuple[float, float]:
            width, height = self._pagesize  # type: ignore[attr-defined]
            return float(width), float(height)

        def save(self) -> None:
            starts = sorted(i for i in self._section_starts if i < len(self._pages))
            ends = [*starts[1:], len(self._pages)] if starts else []
            for start, end in zip(starts, ends, strict=True):
                for index in range(start, end):
                    self.__dict__.update(self._pages[index])
                    self._decorate(index - start + 1, end - start)
                    super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._page_size()
            self.setFont(fonts.body, 12)
            self.drawCentredString(width / 2, 18 * mm, f"第 {number} 页 共 {total} 页")
            if stamp is None:
                return
            if stamp.annotations and number == 1:
                self._annotate(stamp.annotations)
            if stamp.draft:
                self.saveState()
                self.setFillGray(0.85)
                self.setFont(fonts.title, 90)
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, 0, "草 稿")
                self.restoreState()
                self.setFont(fonts.body, 9)
                self.drawString(MARGIN_LEFT, 12 * mm, DRAFT_FOOTER)
                return
            size = 20 * mm
            _draw_qr(self, stamp.qr_payload, width - MARGIN_RIGHT - size, 8 * mm, size)
            self.setFont(fonts.body, 9)
            self.drawString(MARGIN_LEFT, 12 * mm, f"验证码 {stamp.code}　{stamp.verify_text or verify_line('')}")

        def _annotate(self, lines: tuple[str, ...]) -> None:
            """One canvas line per annotation (never wrapped), so each extracts as one line with its mark."""
            width, height = self._page_size()
            room = width - MARGIN_LEFT - MARGIN_RIGHT
            y = height - 12 * mm
            for text in (ANNOTATION_HEAD, *lines):
                line = ANNOTATION_MARK + text
                size = SIZE_SMALL
                while size > 6 and self.stringWidth(line, fonts.body, size) > room:
                    size -= 0.5
                self.setFont(fonts.body, size)
                self.drawString(MARGIN_LEFT, y, line)
                y -= size + 3.5

    return NumberedCanvas


def annotate(pdf: bytes, lines: Sequence[str], fonts: FontSet) -> bytes:
    """``pdf`` with annotation lines in the top margin of its first page, as ``render`` prints them — for an
    archived original handed out again with facts that came after it (its own text untouched)."""
    if not lines:
        return pdf
    from pypdf import PdfReader, PdfWriter

    overlay = io.BytesIO()
    canvas = numbered_canvas(fonts, None)(overlay, pagesize=A4, invariant=1)
    canvas._annotate(tuple(lines))  # type: ignore[attr-defined]
    Canvas.showPage(canvas)
    Canvas.save(canvas)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(overlay.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render(
    story: Sequence[Flowable], *, fonts: FontSet, title: str, stamp: Stamp | None, subject: str = "", keywords: str = ""
) -> bytes:
    """Lay the story out on A4 and return the PDF bytes (deterministic: fixed dates and ids)."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="Fuyuan Desktop",
        subject=subject,
        keywords=[keywords] if keywords else [],
        creator="Fuyuan Desktop",
        invariant=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=numbered_canvas(fonts, stamp))
    return out.getvalue()
