"""工具 → 核验文书 driven as a clerk at the counter uses it: the QR of a printed agreement is read off the rendered
PDF page (as a scanner reads paper) and typed into the field with Enter → 与存档一致; after a correction the same
paper reads 已被替代; a draft PDF has no QR and reads as a draft, never as issued; a PDF whose words differ says
where. And the 司法确认 dialog of the case page records the application and the ruling, showing the period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from fuyuan_desktop.services.agreements import (
    AgreementInput,
    ClauseInput,
    correct_agreement,
    draft_agreement,
    finalize_agreement,
    update_draft,
)
from fuyuan_desktop.services.documents import print_agreement
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage
from fuyuan_desktop.ui.main_window import MainWindow
from fuyuan_desktop.ui.verify_dialog import VerifyDialog

SHOTS = Path("/tmp/confirm-shots")


def scan_qr(pdf_path: Path) -> str:
    """The QR payload on page 1, decoded from the page rendered at 600 dpi (what a scanner reads off paper)."""
    pdf = QPdfDocument()
    pdf.load(str(pdf_path))
    size = pdf.pagePointSize(0)
    rendered = pdf.render(0, QSize(int(size.width() * 600 / 72), int(size.height() * 600 / 72)))
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    gray = page.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()]
    corner = np.ascontiguousarray(pixels[int(gray.height() * 0.85):, int(gray.width() * 0.6):])
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(corner)
    return str(text)


def _agreement(amount: str = "3000") -> AgreementInput:
    return AgreementInput(kind="invited", facts="楼上卫生间漏水致楼下受损",
                          clauses=[ClauseInput("李四", "赔偿张三维修费", "银行转账", date(2026, 12, 1), amount,
                                               kind="给付金钱")])


def _final_case(ctx: Workspace, register: Callable[..., IntakeResult]) -> tuple[IntakeResult, str]:
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    case = register()
    assign_mediators(ctx, case.number, ["王秀兰"], accepted_on=date(2026, 11, 18))
    draft = draft_agreement(ctx, case.number, _agreement())
    finalize_agreement(ctx, draft.id, signed_on=date(2026, 11, 19))
    return case, draft.id


@pytest.mark.slow
def test_a_scanner_typing_the_qr_of_a_printed_agreement(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                        tmp_path: Path,
                                                        register: Callable[..., IntakeResult]) -> None:
    case, agreement_id = _final_case(ctx, register)
    printed = print_agreement(ctx, case.number, out=tmp_path / "协议v1.pdf")
    payload = scan_qr(tmp_path / "协议v1.pdf")
    assert payload.startswith("FYDOC/1;") and f"doc={printed.document_id}" in payload

    window = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.verify_action is not None and window.verify_action.isEnabled()
    window.verify_action.trigger()
    dialog = window.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.code_edit, payload)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.headline_text() == "与存档一致"
    assert case.number in dialog.detail.text() and "现行有效" in dialog.detail.text()
    assert dialog.code_edit.selectedText() == payload  # the next scan replaces it

    # The code typed by hand from the footer, in lower case with a space, reads the same.
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, printed.verification_code.lower().replace("-", " "))
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.headline_text() == "与存档一致"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "verify_match.png"))

    # Corrected: the first paper is now superseded, by the same scan.
    v2 = correct_agreement(ctx, agreement_id)
    update_draft(ctx, v2.id, _agreement(amount="3500"))
    # A draft is never issued: it carries no QR, and its PDF reads as a draft.
    draft_pdf = tmp_path / "协议v2草稿.pdf"
    draft_doc = print_agreement(ctx, case.number, version=2, out=draft_pdf)
    assert not draft_doc.final and scan_qr(draft_pdf) == ""
    dialog.check_pdf(draft_pdf)
    assert dialog.headline_text() == "草稿，不是已出具的文书" and dialog.report is not None
    assert dialog.report.status == "draft" and not dialog.report.ok
    dialog.grab().save(str(SHOTS / "verify_draft.png"))

    finalize_agreement(ctx, v2.id, signed_on=date(2026, 11, 20))
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, payload)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.headline_text() == "已被替代" and "已被第 2 版取代" in dialog.detail.text()

    # A PDF that claims to be the first paper but reads as the second: 不一致, and where.
    print_agreement(ctx, case.number, out=tmp_path / "协议v2.pdf")
    forged = tmp_path / "forged.pdf"
    writer = PdfWriter(clone_from=tmp_path / "协议v2.pdf")
    meta = PdfReader(tmp_path / "协议v1.pdf").metadata
    assert meta is not None
    writer.add_metadata({"/Keywords": str(meta["/Keywords"])})
    with forged.open("wb") as handle:
        writer.write(handle)
    dialog.check_pdf(forged)
    assert dialog.headline_text() == "不一致"
    assert "起不同：存档为“" in dialog.detail.text()

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "ZZZZZ-ZZZZY")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.headline_text() == "查无此文书"


def test_the_case_page_shows_the_period_and_records_the_application(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    case, _ = _final_case(ctx, register)  # signed 2026-11-19 → due Saturday 12-19 → Monday 2026-12-21
    page = CaseDetailPage(ctx, paths, case.id)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    assert "司法确认申请期限：2026-12-21" in page.ui.deadlines_label.text()
    assert "还剩 31 天" in page.ui.deadlines_label.text()

    page.ui.tabs.setCurrentWidget(page.ui.agreement_tab)
    assert page.confirmation_button.isVisibleTo(page)
    dialog = page.confirmation()
    assert dialog.isVisible() and dialog.apply_button.isEnabled() and not dialog.ruling_button.isEnabled()
    dialog.applied_edit.setDate(dialog.applied_edit.date().addDays(-1))
    assert dialog.apply()
    assert "2026-11-19 申请，待裁定" in dialog.state_label.text()
    dialog.ruling_combo.setCurrentIndex(dialog.ruling_combo.findText("确认有效"))
    assert not dialog.rule()  # no 案号: refused beside the form, nothing lost
    assert "法院案号" in dialog.error_label.text()
    dialog.ruling_number_edit.setText("（2026）吉0702民特15号")  # CJK is not typed by QTest key events
    assert dialog.rule()
    assert "裁定确认有效" in dialog.state_label.text() and dialog.error_label.text() == ""
    assert not dialog.apply_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "confirmation_dialog.png"))
    dialog.accept()
    qtbot.waitUntil(lambda: "裁定确认有效" in page.ui.deadlines_label.text())
    page.ui.tabs.setCurrentIndex(0)
    qtbot.wait(100)  # the summary's layout follows the longer text
    page.grab().save(str(SHOTS / "case_page.png"))


def test_the_new_dialogs_fit_the_small_screens(qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult]
                                               ) -> None:
    from test_screen_fit import assert_fits, minimum

    from fuyuan_desktop.ui.confirmation_dialog import ConfirmationDialog

    case, _ = _final_case(ctx, register)
    verify = VerifyDialog(ctx)
    qtbot.addWidget(verify)
    assert_fits("核验文书", minimum(verify))
    confirmation = ConfirmationDialog(ctx, case.id)
    qtbot.addWidget(confirmation)
    assert_fits("司法确认", minimum(confirmation))
