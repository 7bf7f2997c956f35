"""Page layout after GB/T 9704: A4 margins, styles, footer 第 X 页 共 Y 页, QR code and verification line."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
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
    )


@dataclass(frozen=True)
class Stamp:
    """What each page carries to tie paper to record: a QR payload and the short verification code."""

    qr_payload: str
    code: str
    draft: bool = False


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def numbered_canvas(fonts: FontSet, stamp: Stamp | None) -> type[Canvas]:
    """A canvas class that knows the page count when it saves, so every page says 第 X 页 共 Y 页."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def _page_size(self) -> tuple[float, float]:
            width, height = self._pagesize  # type: ignore[attr-defined]
            return float(width), float(height)

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._page_size()
            self.setFont(fonts.body, 12)
            self.drawCentredString(width / 2, 18 * mm, f"第 {number} 页 共 {total} 页")
            if stamp is None:
                return
            if stamp.draft:
                self.saveState()
                self.setFillGray(0.85)
                self.setFont(fonts.title, 90)
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, 0, "草 稿")
                self.restoreState()
                self.setFont(fonts.body, 9)
                self.drawString(MARGIN_LEFT, 12 * mm, "草稿，未定稿，不具效力")
                return
            size = 20 * mm
            _draw_qr(self, stamp.qr_payload, width - MARGIN_RIGHT - size, 8 * mm, size)
            self.setFont(fonts.body, 9)
            self.drawString(MARGIN_LEFT, 12 * mm, f"验证码 {stamp.code}　可用“fuyuan verify-document --code”核验")

    return NumberedCanvas


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
