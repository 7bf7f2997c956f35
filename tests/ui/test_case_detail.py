"""The case page, the recorder and the agreement composer, one behaviour at a time, on real widgets and a real store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import make_id_number, person
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout
from test_mediation_flow import Host, type_text

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, agreements_of, draft_agreement
from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.documents import PRINTERS
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import attendance_of, record_of, save_record, schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui import recorder as recorder_module
from fuyuan_desktop.ui.agreement_composer import AgreementComposer
from fuyuan_desktop.ui.case_detail import CaseDetailPage
from fuyuan_desktop.ui.mediator_picker import MediatorsDialog
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts
from fuyuan_desktop.ui.recorder import RecorderWindow

Register = Callable[..., IntakeResult]


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


@pytest.fixture
def mediating(ctx: Workspace, register: Register) -> IntakeResult:
    """A case under mediation: two applicants, one respondent, a mediator assigned and accepted."""
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区新城乡人民调解委员会")
    case = register(person("张桂芝", seq=1, phone="13904381234"), person("张桂兰", seq=3),
                    person("刘长海", "被申请人", seq=2), category="劳动争议", summary="拖欠工资")
    assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=date(2026, 11, 20))
    start_mediation(ctx, case.id)
    return case


def _page(qtbot: Any, ctx: Workspace, paths: DataPaths, case_id: str) -> tuple[Host, CaseDetailPage]:
    host = Host()
    qtbot.addWidget(host)
    page = CaseDetailPage(ctx, paths, case_id, host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1200, 780)
    host.show()
    qtbot.waitExposed(host)
    return host, page


def _recorder(qtbot: Any, ctx: Workspace, paths: DataPaths, case_id: str, **kwargs: Any) -> RecorderWindow:
    session_id = schedule_session(ctx, case_id, datetime(2026, 11, 21, 9, 0, tzinfo=COURT_TZ))
    window = RecorderWindow(ctx, paths, case_id, session_id, **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.record_edit.setFocus()
    return window


# --- the case page ---------------------------------------------------------------------------------------

def test_parties_are_masked_until_asked_and_asking_is_audited(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                               mediating: IntakeResult) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    table = page.ui.parties_table

    def cells() -> str:
        return " ".join(table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount()))

    assert table.rowCount() == 3 and "张桂芝" in cells()
    assert make_id_number(1) not in cells() and "13904381234" not in cells() and "139****1234" in cells()
    qtbot.mouseClick(page.ui.unmask_button, Qt.MouseButton.LeftButton)
    assert make_id_number(1) in cells() and "13904381234" in cells()
    assert any(e.action == "查看未遮蔽的个人信息" for e in case_history(ctx, mediating.id))
    qtbot.mouseClick(page.ui.unmask_button, Qt.MouseButton.LeftButton)
    assert make_id_number(1) not in cells()


def test_status_buttons_offer_only_the_allowed_moves(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                      register: Register) -> None:
    case = register()
    add_mediator(ctx, "王秀兰", "特邀调解员")
    _host, page = _page(qtbot, ctx, paths, case.id)

    def moves() -> list[str]:
        QApplication.processEvents()  # new buttons show once the layout has placed them
        return sorted(b.objectName() for b in page.ui.moves_group.findChildren(QPushButton) if not b.isHidden())

    assert moves() == ["move_assigned", "move_returned"]
    assert "自调解员接受委派起算" in page.ui.deadlines_label.text()
    qtbot.mouseClick(page.findChild(QPushButton, "move_assigned"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(MediatorsDialog)  # the roster's mediators, ticked and saved
    assert dialog is not None and dialog.isVisible()
    dialog.roster.tick(next(i for i, name in dialog.roster.names.items() if name == "王秀兰"))
    dialog.save()
    assert page.ui.status_badge.text() == "已指派调解员"
    assert page.case is not None and page.case.accepted_on == ctx.today()  # the period starts on 指派
    assert moves() == ["move_extend", "move_mediating", "move_returned", "move_suspend",
                       "move_terminated"]  # the period runs: 中止 and 延长 offered
    page.ask_outcome = lambda: "当事人无法联系"  # type: ignore[method-assign]
    qtbot.mouseClick(page.findChild(QPushButton, "move_terminated"), Qt.MouseButton.LeftButton)
    assert page.ui.status_badge.text() == "调解终结" and "当事人无法联系" in page.ui.outcome_value.text()
    assert moves() == ["move_closed", "move_docketed"]


def test_the_documents_tab_prints_every_kind_it_can_and_says_why_not_otherwise(
        qtbot: Any, ctx: Workspace, paths: DataPaths, mediating: IntakeResult, tmp_path: Path) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    combo = page.ui.kind_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(PRINTERS)
    page.ui.tabs.setCurrentWidget(page.ui.documents_tab)
    for kind in ("notice", "service_proof", "address_confirmation", "cover"):
        combo.setCurrentIndex(combo.findData(kind))
        out = tmp_path / f"{kind}.pdf"
        page.ask_save_path = lambda _s, out=out: str(out)  # type: ignore[method-assign]
        with qtbot.waitSignal(page.document_printed, timeout=60000) as printed:
            qtbot.mouseClick(page.ui.print_button, Qt.MouseButton.LeftButton)
        assert printed.args[0].kind == kind and out.read_bytes().startswith(b"%PDF")
        assert page.document_pdf.pageCount() == printed.args[0].pages
    assert page.ui.documents_table.rowCount() == 4
    errors: list[str] = []
    import fuyuan_desktop.ui.case_detail as case_detail

    case_detail.show_error = lambda _parent, message, _details="": errors.append(message)  # type: ignore[assignment]
    try:
        page.print_document("agreement", tmp_path / "none.pdf")
        qtbot.waitUntil(lambda: bool(errors), timeout=60000)
    finally:
        from fuyuan_desktop.ui.crash import show_error

        case_detail.show_error = show_error
    assert "还没有调解协议" in errors[0] and "未能生成" in page.ui.print_status.text()


def test_the_documents_tab_prints_the_rights_notice_and_the_proof_of_a_served_paper(
        qtbot: Any, ctx: Workspace, paths: DataPaths, mediating: IntakeResult, tmp_path: Path) -> None:
    """The clerk prints the 告知书, then picks it as the paper served, the respondent and 邮寄: the 送达回证 names it."""
    from pypdf import PdfReader

    _host, page = _page(qtbot, ctx, paths, mediating.id)
    combo = page.ui.kind_combo
    page.ui.tabs.setCurrentWidget(page.ui.documents_tab)

    def print_current(name: str) -> Any:
        out = tmp_path / name
        page.ask_save_path = lambda _s, out=out: str(out)  # type: ignore[method-assign]
        with qtbot.waitSignal(page.document_printed, timeout=60000) as printed:
            qtbot.mouseClick(page.ui.print_button, Qt.MouseButton.LeftButton)
        return printed.args[0], "".join("".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)

    combo.setCurrentIndex(combo.findData("rights_notice"))
    assert page.service_box.isHidden()  # the 送达 choices belong to the 送达回证 only
    rights, text = print_current("rights.pdf")
    assert rights.kind == "rights_notice" and "诉前调解告知书" in text and "本案调解员：王秀兰。" in text
    combo.setCurrentIndex(combo.findData("service_proof"))
    assert not page.service_box.isHidden()
    served = page.served_combo
    assert not page.recipient_combo.isEnabled()  # the generic form has no recipient or method to choose
    served.setCurrentIndex(served.findData(rights.document_id))
    assert rights.verification_code in served.currentText() and page.recipient_combo.isEnabled()
    recipients = [page.recipient_combo.itemText(i) for i in range(page.recipient_combo.count())]
    assert recipients == ["每位当事人（各一页）", "申请人：张桂芝", "申请人：张桂兰", "被申请人：刘长海"]
    page.recipient_combo.setCurrentIndex(3)
    page.method_combo.setCurrentIndex(page.method_combo.findData("邮寄"))
    proof, text = print_current("proof.pdf")
    assert proof.kind == "service_proof" and proof.pages == 1
    assert f"诉前调解告知书（第1版，验证码{rights.verification_code}）一份" in text
    assert "受送达人刘长海" in text and "■邮寄" in text and "张桂芝" not in text
    assert served.currentData() == rights.document_id  # the list was read again; the choice stayed


def test_dropped_files_become_attachments_with_thumbnails(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                           mediating: IntakeResult, tmp_path: Path) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    photo = tmp_path / "现场.png"
    image = QImage(2400, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    image.save(str(photo))
    scan = tmp_path / "工资条.pdf"
    scan.write_bytes(b"%PDF-1.4 not really")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(scan))])
    tab = page.attachments
    page.ui.tabs.setCurrentWidget(page.ui.attachments_tab)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(tab.attached, timeout=60000):
        QApplication.sendEvent(tab, drop)
    qtbot.waitUntil(lambda: not tab.thumbnails_pending())  # pictures are decoded on a worker
    items = [tab.ui.attachment_list.item(i) for i in range(tab.ui.attachment_list.count())]
    assert [i.text().split("\n")[0] for i in items] == ["现场.png", "工资条.pdf"]
    thumb = items[0].icon().pixmap(128, 128).toImage()
    assert thumb.width() == 128 and thumb.height() == 64  # scaled, aspect kept
    assert thumb.pixelColor(64, 32).name() == "#3a7d44"
    assert BlobStore(paths.blobs).verify(items[0].data(Qt.ItemDataRole.UserRole).sha256)


def test_esc_saves_an_unsaved_draft_and_returns_to_the_case_list(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                  mediating: IntakeResult) -> None:
    host, page = _page(qtbot, ctx, paths, mediating.id)
    page.ui.tabs.setCurrentWidget(page.ui.agreement_tab)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    page.composer.ui.facts_edit.setFocus()
    type_text(page.composer.ui.facts_edit, "拖欠2026年8月至10月工资。")
    assert page.composer.is_dirty()
    QTest.keyClick(page.composer.ui.facts_edit, Qt.Key.Key_Escape)
    assert host.pages_shown == ["cases"]
    (draft,) = agreements_of(ctx, mediating.id)
    assert draft.status == "草稿" and draft.facts == "拖欠2026年8月至10月工资。"


# --- the recorder -----------------------------------------------------------------------------------------

def test_speaker_keys_insert_real_names_and_repeat_to_cycle(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                           mediating: IntakeResult) -> None:
    window = _recorder(qtbot, ctx, paths, mediating.id, clock=lambda: datetime(2026, 11, 21, 1, 5, tzinfo=UTC))
    editor = window.ui.record_edit
    QTest.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.text() == "申请人张桂芝："
    QTest.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # again: the other applicant
    assert window.text() == "申请人张桂兰："
    type_text(editor, "同意。")
    QTest.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # no third party in this case
    QTest.keyClick(editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.text() == "申请人张桂兰：同意。[09:05]\n被申请人刘长海：\n第三人：\n调解员王秀兰："


@pytest.mark.slow
def test_autosave_every_two_seconds_and_on_focus_loss(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                      mediating: IntakeResult) -> None:
    window = _recorder(qtbot, ctx, paths, mediating.id)
    assert window.timer.interval() == 2000 and window.timer.isActive()
    assert "尚未保存" in window.ui.save_status.text()
    type_text(window.ui.record_edit, "第一段。")
    with qtbot.waitSignal(window.saved, timeout=3000) as first:
        pass  # the tick
    assert first.args == [1] and record_of(ctx, window.session_id).text == "第一段。"
    assert window.ui.save_status.text().endswith("（第1版）")
    type_text(window.ui.record_edit, "第二段。")
    with qtbot.waitSignal(window.saved, timeout=500):
        window.ui.attendance_list.setFocus()  # leaving the editor saves at once
    assert record_of(ctx, window.session_id).text == "第一段。第二段。"


def test_a_conflicting_save_keeps_both_texts(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                            mediating: IntakeResult) -> None:
    window = _recorder(qtbot, ctx, paths, mediating.id)
    type_text(window.ui.record_edit, "本机记录。")
    assert window.save_now()
    save_record(ctx, window.session_id, "另一台电脑的记录。", base_revision=1)  # someone else saved version 2
    type_text(window.ui.record_edit, "继续记录。")
    assert not window.save_now()
    dialog = window.conflict_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.mine_edit.toPlainText() == "本机记录。继续记录。"
    assert dialog.ui.theirs_edit.toPlainText() == "另一台电脑的记录。"
    assert window.text() == "本机记录。继续记录。"  # nothing changed under the user's hands
    assert not window.save_now()  # waits for the choice
    qtbot.mouseClick(dialog.ui.keep_both_button, Qt.MouseButton.LeftButton)
    saved = record_of(ctx, window.session_id)
    assert saved.revision == 3 and saved.text.startswith("本机记录。继续记录。") and "另一台电脑的记录。" in saved.text


@pytest.mark.slow
def test_a_failing_save_keeps_the_text_warns_and_retries(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                         mediating: IntakeResult, monkeypatch: Any) -> None:
    window = _recorder(qtbot, ctx, paths, mediating.id)

    def disk_full(*_args: Any, **_kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    real_save = recorder_module.save_record
    monkeypatch.setattr(recorder_module, "save_record", disk_full)
    type_text(window.ui.record_edit, "不能丢的话。")
    window.timer.timeout.emit()
    assert window.ui.warning_label.isVisible() and "disk is full" in window.ui.warning_label.text()
    assert window.text() == "不能丢的话。" and window.is_dirty() and record_of(ctx, window.session_id).revision == 0
    monkeypatch.setattr(recorder_module, "save_record", real_save)  # the disk has room again
    with qtbot.waitSignal(window.saved, timeout=3000):
        pass  # the next tick retries by itself
    assert not window.ui.warning_label.isVisible() and record_of(ctx, window.session_id).text == "不能丢的话。"


def test_closing_saves_and_an_unsavable_close_leaves_a_recovery_file(qtbot: Any, ctx: Workspace,
                                                                     paths: DataPaths, mediating: IntakeResult,
                                                                     monkeypatch: Any) -> None:
    window = _recorder(qtbot, ctx, paths, mediating.id)
    type_text(window.ui.record_edit, "关窗前最后一句。")
    monkeypatch.setattr(recorder_module, "save_record",
                        lambda *_a, **_k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    asked: list[str] = []
    window.confirm_close = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    window.close()
    assert window.isVisible() and "文字已另存到" in asked[0]
    (recovery,) = (paths.root / "recovery").iterdir()
    assert recovery.read_text(encoding="utf-8") == "关窗前最后一句。"
    monkeypatch.undo()
    window.close()
    assert not window.isVisible() and record_of(ctx, window.session_id).text == "关窗前最后一句。"


def test_check_in_and_the_read_back_view(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                          mediating: IntakeResult) -> None:
    window = _recorder(qtbot, ctx, paths, mediating.id)
    window.check_in_person("刘长海")
    window.check_in_person("王秀兰")
    assert [(a.name, a.role) for a in attendance_of(ctx, window.session_id)] == [
        ("刘长海", "respondent"), ("王秀兰", "invited_mediator")]
    type_text(window.ui.record_edit, "请双方核对。")
    QTest.keyClick(window.ui.record_edit, Qt.Key.Key_F11)
    readback = window.readback
    assert readback is not None and readback.isFullScreen()
    assert readback.ui.readback_edit.isReadOnly() and readback.ui.readback_edit.font().pointSize() >= 24
    assert readback.ui.readback_edit.toPlainText() == "请双方核对。"
    type_text(window.ui.record_edit, "补充一句。")
    qtbot.waitUntil(lambda: readback.ui.readback_edit.toPlainText() == "请双方核对。补充一句。", timeout=2000)
    QTest.keyClick(readback.ui.readback_edit, Qt.Key.Key_Escape)
    assert not readback.isFullScreen()


# --- the agreement composer -------------------------------------------------------------------------------

def _composer(qtbot: Any, ctx: Workspace, paths: DataPaths, case_id: str) -> AgreementComposer:
    composer = AgreementComposer(ctx, paths, case_id)
    qtbot.addWidget(composer)
    composer.resize(1200, 720)
    composer.show()
    composer.activateWindow()
    qtbot.waitUntil(composer.isActiveWindow)
    return composer


def test_clauses_are_added_from_snippets_reordered_by_keyboard_and_removed(
        qtbot: Any, ctx: Workspace, paths: DataPaths, mediating: IntakeResult) -> None:
    composer = _composer(qtbot, ctx, paths, mediating.id)
    ui = composer.ui
    # a labour case offers the wage snippets first
    assert ui.snippet_combo.itemData(0) in ("unpaid_wages", "wage_compensation")
    for key in ("unpaid_wages", "wage_compensation", "no_further_claims"):
        ui.snippet_combo.setCurrentIndex(ui.snippet_combo.findData(key))
        qtbot.mouseClick(ui.insert_snippet_button, Qt.MouseButton.LeftButton)
    assert [c.obligor for c in composer.clauses] == ["刘长海", "刘长海", "张桂芝"]
    assert composer.clauses[0].text.startswith("向张桂芝支付拖欠的") and composer.clauses[0].deadline is not None
    assert ui.clause_list.item(2).text().startswith("三、张桂芝放弃其他请求")
    ui.clause_list.setFocus()
    ui.clause_list.setCurrentRow(2)
    QTest.keyClick(ui.clause_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(ui.clause_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.obligor for c in composer.clauses] == ["张桂芝", "刘长海", "刘长海"]
    assert ui.clause_list.currentRow() == 0 and not ui.up_button.isEnabled()
    QTest.keyClick(ui.clause_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [c.obligor for c in composer.clauses] == ["刘长海", "张桂芝", "刘长海"]
    qtbot.mouseClick(ui.remove_clause_button, Qt.MouseButton.LeftButton)
    assert len(composer.clauses) == 2 and ui.clause_list.item(1).text().startswith("二、刘长海")
    # editing the form edits the selected clause
    ui.clause_list.setCurrentRow(0)
    ui.amount_edit.clear()
    type_text(ui.amount_edit, "12800.50")
    assert composer.clauses[0].amount == "12800.50" and "¥12800.50" in ui.clause_list.item(0).text()


@pytest.mark.slow
def test_problems_are_checked_as_you_type_after_a_pause(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                         mediating: IntakeResult) -> None:
    composer = _composer(qtbot, ctx, paths, mediating.id)
    ui = composer.ui

    def problems() -> list[str]:
        return [ui.problems_list.item(i).text() for i in range(ui.problems_list.count())]

    assert any("纠纷主要事实" in p for p in problems()) and any("至少需要一条条款" in p for p in problems())
    type_text(ui.facts_edit, "拖欠工资三个月。")
    assert any("纠纷主要事实" in p for p in problems())  # not yet: the check waits for a pause
    qtbot.waitUntil(lambda: not any("纠纷主要事实" in p for p in problems()), timeout=2000)
    qtbot.mouseClick(ui.add_clause_button, Qt.MouseButton.LeftButton)
    type_text(ui.amount_edit, "12,0x")
    qtbot.waitUntil(lambda: any("不是有效金额" in p for p in problems()), timeout=2000)
    assert any("第1条 协议内容" in p for p in problems()) and any("第1条缺少履行方式" in p for p in problems())
    ui.amount_edit.clear()
    type_text(ui.clause_text_edit, "向张桂芝、张桂兰支付拖欠工资")
    ui.method_combo.setCurrentText("银行转账")
    # a clause that pays wages is not complete without the sum
    qtbot.waitUntil(lambda: "⚠ 第1条写明支付款项，但没有填写金额" in problems(), timeout=2000)
    type_text(ui.amount_edit, "12000")
    qtbot.waitUntil(lambda: problems() == ["✓ 内容完整，可以定稿"], timeout=2000)


def test_a_final_agreement_is_read_only_and_a_correction_supersedes_it(
        qtbot: Any, ctx: Workspace, paths: DataPaths, mediating: IntakeResult, tmp_path: Path) -> None:
    draft_agreement(ctx, mediating.id, AgreementInput(
        kind="invited", facts="拖欠工资三个月。",
        clauses=[ClauseInput("刘长海", "向张桂芝支付拖欠工资", "银行转账", date(2026, 12, 31), "9000")]))
    composer = _composer(qtbot, ctx, paths, mediating.id)
    ui = composer.ui
    assert "第 1 版 · 草稿" in ui.version_label.text() and not ui.correct_button.isVisible()
    composer.confirm = lambda *_a: True  # type: ignore[method-assign]
    with qtbot.waitSignal(composer.pdf_ready, timeout=60000):
        assert composer.finalize()
    assert ui.facts_edit.isReadOnly() and not ui.add_clause_button.isEnabled() and not ui.amount_edit.isEnabled()
    assert ui.correct_button.isVisible() and "已定稿" in ui.version_label.text()
    # print to a PDF printer: the file is the archived original, byte for byte
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "copy.pdf"))
    with qtbot.waitSignal(composer.printed, timeout=60000):
        composer.print_to(printer)
    printed = composer.last_pdf
    assert printed is not None and printed.final
    assert (tmp_path / "copy.pdf").read_bytes() == BlobStore(paths.blobs).path_of(printed.pdf_sha256).read_bytes()
    # a correction: version 2 as an editable draft with the same clauses; finalising it supersedes version 1
    qtbot.mouseClick(ui.correct_button, Qt.MouseButton.LeftButton)
    assert "第 2 版 · 草稿</b>（更正版本）" in ui.version_label.text() and not ui.facts_edit.isReadOnly()
    assert [c.amount for c in composer.clauses] == ["9000"]
    ui.clause_list.setCurrentRow(0)
    ui.amount_edit.clear()
    type_text(ui.amount_edit, "9600")
    with qtbot.waitSignal(composer.pdf_ready, timeout=60000):
        assert composer.finalize()
    assert [(a.version, a.status) for a in agreements_of(ctx, mediating.id)] == [
        (1, "已被更正版本取代"), (2, "已定稿")]
