"""A whole mediation driven through the widgets: from a registered case to a signed-ready agreement on paper.

Assign a mediator and start (status buttons), schedule a sitting (dialog), keep the record (recorder,
shortcuts, check-in, autosave), compose two clauses (composer), finalise (confirmation), print to PDF;
then check the database and the PDF's text. Screenshots of every tab land in artifacts/ui/.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from fuyuan_desktop.services.agreements import agreements_of
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.documents import documents_of, verify_pdf
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import attendance_of, record_of
from fuyuan_desktop.services.workflow import add_mediator
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage, ScheduleDialog
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts
from fuyuan_desktop.ui.recorder import open_recorders

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "ui"


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user: ASCII key by key, Chinese as an input-method commit (what a pinyin IME sends)."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def on_next_dialog(action: Callable[[Any], None]) -> QTimer:
    """Answer the next modal dialog (the code under test opens it with exec()) as soon as it shows."""
    timer = QTimer(QApplication.instance())  # owned by the app: it outlives the caller's frame

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            timer.stop()
            timer.deleteLater()
            action(modal)

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def wait_rendered(qtbot: Any, view: QWidget) -> None:
    """QPdfView paints pages as its renderer delivers them: wait until the middle of the view shows ink."""

    def inked() -> bool:
        image = view.grab().toImage()
        middle = image.height() // 2
        return any(image.pixelColor(x, y).lightness() < 128
                   for y in range(middle - 200, middle + 200, 3) for x in range(0, image.width(), 3))

    qtbot.waitUntil(inked, timeout=60000)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


class Host(QWidget):
    """Stands in for the main window: owns the page and records where Esc sends the user."""

    def __init__(self) -> None:
        super().__init__()
        self.pages_shown: list[str] = []

    def show_page(self, key: str) -> None:
        self.pages_shown.append(key)


@pytest.fixture
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


@pytest.mark.slow
def test_a_whole_mediation_through_the_widgets(qtbot: Any, fonts: None, tmp_path: Path, ctx: Workspace,
                                               paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    from PySide6.QtCore import Qt

    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区新城乡人民调解委员会")
    case = register(person("张桂芝", seq=1, phone="13904381234", address="吉林省松原市宁江区新城乡红光村三组"),
                    person("刘长海", "被申请人", seq=2, address="吉林省松原市宁江区新城乡红光村五组"),
                    category="土地承包经营权流转纠纷", summary="被申请人流转申请人承包地 12 亩，拖欠 2025 年度流转费 8000 元。",
                    claims="支付流转费 8000 元")
    host = Host()
    qtbot.addWidget(host)
    page = CaseDetailPage(ctx, paths, case.id, host)
    from PySide6.QtWidgets import QVBoxLayout

    QVBoxLayout(host).addWidget(page)
    host.resize(1280, 820)
    host.show()
    qtbot.waitExposed(host)
    assert "已登记" in page.ui.status_badge.text()

    # 概况: assign the mediator (roster dialog) and start mediating, by the status buttons
    qtbot.mouseClick(page.findChild(QPushButton, "move_assigned"), Qt.MouseButton.LeftButton)
    from fuyuan_desktop.ui.mediator_picker import MediatorsDialog

    roster = page.findChild(MediatorsDialog)
    assert roster is not None
    qtbot.keyClicks(roster.filter_edit, "wxl")  # 王秀兰 by pinyin initials, Down into the list, Space ticks
    qtbot.keyClick(roster.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(roster.list, Qt.Key.Key_Space)
    roster.save()
    assert page.ui.status_badge.text() == "已指派调解员"
    assert "王秀兰" in page.ui.mediators_value.text() and "还剩" in page.ui.deadlines_label.text()
    qtbot.mouseClick(page.findChild(QPushButton, "move_mediating"), Qt.MouseButton.LeftButton)
    assert page.ui.status_badge.text() == "调解中"
    shot(host, "01_summary")

    # 当事人: masked by default
    page.ui.tabs.setCurrentWidget(page.ui.parties_tab)
    shot(host, "02_parties")

    # 调解记录: schedule a sitting through the dialog
    page.ui.tabs.setCurrentWidget(page.ui.sessions_tab)

    def fill_schedule(dialog: Any) -> None:
        assert isinstance(dialog, ScheduleDialog)
        dialog.ui.when_edit.setDateTime(QDateTime(QDate(2026, 11, 21), QTime(9, 30)))
        dialog.ui.place_edit.clear()
        type_text(dialog.ui.place_edit, "新城乡红光村村委会")
        dialog.accept()

    on_next_dialog(fill_schedule)
    qtbot.mouseClick(page.ui.schedule_button, Qt.MouseButton.LeftButton)
    assert page.ui.sessions_table.rowCount() == 1
    assert page.ui.sessions_table.item(0, 0).text() == "2026-11-21 09:30"

    # the recorder: check in, speakers by shortcut, a timestamp, autosave
    qtbot.mouseClick(page.ui.open_record_button, Qt.MouseButton.LeftButton)
    [recorder] = open_recorders()  # the registry of open recorders, not a walk over the window's children
    qtbot.waitExposed(recorder)
    recorder.check_in_person("张桂芝")
    recorder.check_in_person("刘长海")
    recorder.check_in_person("王秀兰")
    editor = recorder.ui.record_edit
    recorder.activateWindow()
    qtbot.waitUntil(recorder.isActiveWindow)  # the judge types in the recorder window
    editor.setFocus()
    say = [(Qt.Key.Key_3, "今天就土地流转费纠纷进行调解，请双方陈述。"),
           (Qt.Key.Key_1, "被申请人拖欠2025年度流转费8000元，我要求一次付清。"),
           (Qt.Key.Key_2, "今年减产，同意支付，但请求分两期。"),
           (Qt.Key.Key_3, "双方同意分两期支付，各4000元。")]
    with qtbot.waitSignal(recorder.saved, timeout=60000):
        for key, words in say:
            QTest.keyClick(editor, key, Qt.KeyboardModifier.ControlModifier)
            type_text(editor, words)
        QTest.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    typed = recorder.text()
    assert typed.startswith("调解员王秀兰：今天就土地流转费纠纷")
    assert "\n申请人张桂芝：被申请人拖欠2025年度" in typed and "\n被申请人刘长海：今年减产" in typed
    assert re.search(r"\[\d\d:\d\d\]$", typed)
    assert re.fullmatch(r"已保存 \d\d:\d\d:\d\d（第\d+版）", recorder.ui.save_status.text())
    shot(recorder, "08_recorder")
    readback = recorder.show_readback()
    qtbot.waitExposed(readback)
    shot(readback, "09_readback")
    readback.close()
    qtbot.mouseClick(recorder.ui.held_button, Qt.MouseButton.LeftButton)
    recorder.close()
    session_id = recorder.session_id
    saved = record_of(ctx, session_id)
    assert saved.text == typed and saved.status == "已进行"
    assert {a.name for a in attendance_of(ctx, session_id)} == {"张桂芝", "刘长海", "王秀兰"}
    shot(host, "03_sessions")

    # 协议: facts, two clauses (one from a snippet), reorder, live check, save, preview
    page.ui.tabs.setCurrentWidget(page.ui.agreement_tab)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    composer = page.composer
    ui = composer.ui
    type_text(ui.facts_edit, "2024年3月，申请人将其承包地12亩流转给被申请人耕种，约定每年流转费8000元；被申请人未付2025年度流转费。")
    type_text(ui.breach_edit, "任何一期逾期未付的，申请人可就全部未付款项申请强制执行。")
    qtbot.waitUntil(lambda: ui.problems_list.count() > 0 and "协议至少需要一条条款" in _items(ui.problems_list))
    ui.snippet_combo.setCurrentIndex(ui.snippet_combo.findData("land_transfer_fee"))
    qtbot.mouseClick(ui.insert_snippet_button, Qt.MouseButton.LeftButton)
    assert composer.clauses[0].obligor == "刘长海"
    ui.clause_text_edit.clear()
    type_text(ui.clause_text_edit, "向张桂芝支付2025年度土地承包经营权流转费（第二期）")
    type_text(ui.amount_edit, "4000")
    ui.deadline_edit.setDate(QDate(2027, 3, 31))
    qtbot.mouseClick(ui.add_clause_button, Qt.MouseButton.LeftButton)
    type_text(ui.clause_text_edit, "向张桂芝支付2025年度土地承包经营权流转费（第一期）")
    type_text(ui.amount_edit, "4000")
    ui.method_combo.setCurrentText("")
    type_text(ui.method_combo.lineEdit(), "现金当面交付")
    ui.deadline_edit.setDate(QDate(2026, 12, 31))
    ui.clause_list.setFocus()
    QTest.keyClick(ui.clause_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # first instalment first
    assert [c.text[-4:] for c in composer.clauses] == ["第一期）", "第二期）"]
    qtbot.waitUntil(lambda: _items(ui.problems_list) == "✓ 内容完整，可以定稿", timeout=3000)
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert not composer.is_dirty() and composer.agreement is not None
    with qtbot.waitSignal(composer.pdf_ready, timeout=60000) as preview:
        qtbot.mouseClick(ui.preview_button, Qt.MouseButton.LeftButton)
    assert not preview.args[0].final and composer.pdf.pageCount() >= 1
    wait_rendered(qtbot, composer.pdf_view)
    shot(host, "04_agreement_draft")
    # the preview zooms: in and out by buttons or Ctrl++/Ctrl+-, and back to the pane's width
    from PySide6.QtPdfWidgets import QPdfView

    zoom = composer.zoom_bar
    assert zoom.isVisible() and not zoom.level.text() and not zoom.fit_button.isEnabled()
    fitted = zoom.current()  # the pane is narrower than an A4 page: fitted is below 100 %, and 放大 grows from it
    assert 0.3 < fitted < 0.9
    qtbot.mouseClick(zoom.in_button, Qt.MouseButton.LeftButton)
    assert composer.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert composer.pdf_view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert zoom.level.text() == f"{fitted * 1.25:.0%}" and zoom.fit_button.isEnabled()
    composer.pdf_view.setFocus()
    QTest.keyClick(composer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(composer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert composer.pdf_view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(zoom.fit_button, Qt.MouseButton.LeftButton)
    assert composer.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth and not zoom.level.text()

    # finalise (confirmation), then read-only with a correction button
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(composer.pdf_ready, timeout=60000) as final_preview:
        qtbot.mouseClick(ui.finalize_button, Qt.MouseButton.LeftButton)
    final_pdf = final_preview.args[0]
    assert final_pdf.final and final_pdf.verification_code
    assert ui.facts_edit.isReadOnly() and not ui.save_button.isEnabled() and ui.correct_button.isVisible()
    assert page.ui.status_badge.text() == "已达成协议"
    wait_rendered(qtbot, composer.pdf_view)
    shot(host, "05_agreement_final")

    # print: no printer here, so the print path asks for a PDF file and writes the archived bytes
    out = tmp_path / "printed" / "协议.pdf"
    out.parent.mkdir()
    composer.ask_pdf_path = lambda: str(out)  # type: ignore[method-assign]
    from PySide6.QtPrintSupport import QPrinterInfo

    if QPrinterInfo.availablePrinters():  # a machine with printers: print through a PDF printer instead
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        with qtbot.waitSignal(composer.printed, timeout=60000):
            composer.print_to(printer)
    else:
        with qtbot.waitSignal(composer.printed, timeout=60000):
            qtbot.mouseClick(ui.print_button, Qt.MouseButton.LeftButton)

    # the database: agreement final, record saved, case agreed
    (agreement,) = agreements_of(ctx, case.id)
    assert agreement.status == "已定稿" and len(agreement.clauses) == 2
    assert [c["amount_fen"] for c in agreement.clauses] == [400000, 400000]
    assert agreement.clauses[0]["deadline"] == date(2026, 12, 31).isoformat()
    assert get_case(ctx, case.id).summary.status == "已达成协议"
    # the paper: parties, clauses, verification code; and it verifies against the archive
    text = "".join((p.extract_text() or "").replace("\n", "") for p in PdfReader(out).pages)
    for piece in ("张桂芝", "刘长海", "一、刘长海向张桂芝支付2025年度土地承包经营权流转费（第一期）",
                  "二、刘长海向张桂芝支付2025年度土地承包经营权流转费（第二期）", "现金当面交付",
                  f"验证码 {final_pdf.verification_code}"):
        assert piece in text, piece
    assert verify_pdf(ctx, out).ok

    # 文书: print the record (笔录) too; both papers are archived and listed
    page.ui.tabs.setCurrentWidget(page.ui.documents_tab)
    page.ui.kind_combo.setCurrentIndex(page.ui.kind_combo.findData("record"))
    with qtbot.waitSignal(page.document_printed, timeout=60000):
        page.ask_save_path = lambda _suggested: str(tmp_path / "printed" / "笔录.pdf")  # type: ignore[method-assign]
        qtbot.mouseClick(page.ui.print_button, Qt.MouseButton.LeftButton)
    record_text = "".join((p.extract_text() or "") for p in PdfReader(tmp_path / "printed" / "笔录.pdf").pages)
    assert "今年减产" in record_text.replace("\n", "")
    assert {d.kind for d in documents_of(ctx, case.id)} == {"agreement", "record"}
    assert page.ui.documents_table.rowCount() == 2
    wait_rendered(qtbot, page.document_view)
    shot(host, "06_documents")

    # 附件 and 日志
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(0x3A7D44)
    image.save(str(tmp_path / "现场照片.jpg"))
    (tmp_path / "签到表.txt").write_text("张桂芝 刘长海 王秀兰", encoding="utf-8")
    page.ui.tabs.setCurrentWidget(page.ui.attachments_tab)
    with qtbot.waitSignal(page.attachments.attached, timeout=60000):
        page.attachments.attach([tmp_path / "现场照片.jpg", tmp_path / "签到表.txt"])
    assert page.attachments.ui.attachment_list.count() == 2
    shot(host, "07_attachments")
    page.ui.tabs.setCurrentWidget(page.ui.log_tab)
    assert page.history.rowCount() > 10
    shot(host, "10_log")

    # Esc goes back to the case list
    page.ui.tabs.setCurrentWidget(page.summary_scroll)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    page.ui.tabs.setFocus()
    QTest.keyClick(page.ui.tabs, Qt.Key.Key_Escape)
    assert host.pages_shown == ["cases"]


def _items(widget: Any) -> str:
    return "\n".join(widget.item(i).text() for i in range(widget.count()))
