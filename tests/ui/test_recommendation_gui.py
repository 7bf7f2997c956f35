"""The whole 司法建议 workflow and the 协调化解中心's register → triage → outcome, driven through real widgets on a
fresh store (no demo data): a clerk takes a recommendation from a 类案预警 cluster to 跟踪落实 in the GUI alone (a
judge records the 签发, which clerks may not do); the number is taken at 签发; the centre's triage round trip."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, organization, person
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QTreeWidgetItem
from sqlalchemy import select
from sqlmodel import col
from test_mediation_flow import type_text

from fuyuan_desktop.domain.errors import PermissionDeniedError
from fuyuan_desktop.services.documents import verify_pdf
from fuyuan_desktop.services.drafts import form_draft, recommendation_key
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.admin import admin_ledger
from fuyuan_desktop.services.linkage.followup import follow_up_log, recommendation_ledger
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.recommendations import issue_recommendation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AuditEvent, Place
from fuyuan_desktop.ui.case_picker import CasePicker
from fuyuan_desktop.ui.pages.linkage import LedgerTab, LinkagePage
from fuyuan_desktop.ui.pages.linkage_forms import EntryDialog
from fuyuan_desktop.ui.recommendation_editor import RecommendationEditor

LAND = "土地承包经营权流转纠纷"
COMMITTEE = "松原市宁江区伯都乡新立村村民委员会"
ROOT = Path(__file__).resolve().parents[2]


def _cluster(ctx: Workspace, register: Callable[..., IntakeResult], n: int = 10) -> list[IntakeResult]:
    """``n`` land disputes in one village over the last months; the village committee answers seven of them."""
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        session.add(Place(name="新立村", kind="village", township="伯都乡", county_code="220702"))
    out = []
    for i in range(n):
        other = (organization(COMMITTEE) if i < 7
                 else person(f"承包方{i}", "被申请人", seq=200 + i))
        out.append(register(person(f"农户{i}", seq=100 + i), other, category=LAND, summary="土地流转费拖欠",
                            claims=f"要求支付拖欠的土地流转费{3000 + i * 100}元", place="宁江区伯都乡新立村",
                            registered_on=TODAY - timedelta(days=10 + 25 * i)))
    return out


def _tab(page: LinkagePage, kind: str) -> LedgerTab:
    tab = page.ledger_tabs[kind]
    page.tabs.setCurrentWidget(tab)
    return tab


def _select(tab: LedgerTab, row: int = 0) -> None:
    tab.table.setCurrentIndex(tab.table.model().index(row, 0))


def _fill(dialog: Any, **values: Any) -> EntryDialog:
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    for key, value in values.items():
        widget = dialog.fields[key]
        if isinstance(widget, QComboBox):
            assert widget.findText(value) >= 0, value
            widget.setCurrentText(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, QLineEdit | CasePicker):
            widget.setText(value)
    dialog.accept()
    return dialog


def _actions(ctx: Workspace) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [(str(a), str(b)) for a, b in session.execute(select(col(AuditEvent.actor), col(AuditEvent.action))
                                                             .order_by(col(AuditEvent.seq)))]


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")


def test_a_clerk_takes_a_cluster_recommendation_to_follow_up_in_the_gui(
        qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult], tmp_path: Path) -> None:
    cases = _cluster(ctx, register)
    clerk = ctx.as_actor("书记员小李", role="clerk")
    judge = ctx.as_actor("王法官", role="judge")
    page = LinkagePage(clerk)
    qtbot.addWidget(page)

    # 预警 → 据此起草: a draft built from the cluster's cases, no number yet.
    warnings = [page.warning_list.topLevelItem(i) for i in range(page.warning_list.topLevelItemCount())]
    [cluster_item] = [item for item in warnings if item is not None and item.text(0) == "类案预警"]
    assert not page.draft_button.isEnabled()
    page.warning_list.setCurrentItem(cluster_item)
    assert page.draft_button.isEnabled()
    page.draft_button.click()
    editor = page.editor
    assert isinstance(editor, RecommendationEditor) and editor.isVisible()
    assert editor.view is not None and editor.view.is_draft and editor.view.number == ""
    problems = editor.edits["problems"].toPlainText()  # type: ignore[union-attr]
    first, last = cases[-1], cases[0]
    assert "2026年" in problems and "-" not in problems.split("典型案例")[0]  # the period in Chinese dates
    assert "共发生土地承包经营权流转纠纷10件" in problems and "典型案例如下" in problems
    assert last.number in problems and first.number not in problems  # the latest three are typical
    assert "农某" in problems and "农户0" not in problems  # people shown as 王某某 in a letter that leaves the court
    assert f"{COMMITTEE}涉及7件" in problems  # the recurring respondent
    assert problems.count("我院") == 0  # the template's lead sentence is not repeated in the text
    assert editor.edits["recipient"].text() == "伯都乡人民政府"  # type: ignore[union-attr]
    rec_id = editor.view.id

    # Edit: typing is autosaved into the form draft, saving writes the record (audited) and drops the form draft.
    editor.edits["recipient"].setText("松原市宁江区伯都乡人民政府")  # type: ignore[union-attr]
    editor.edits["problems"].setPlainText(problems + "\n经走访，流转合同多为口头约定，未经村集体备案。")  # type: ignore[union-attr]
    editor.autosaver.flush()
    saved = form_draft(clerk, recommendation_key(rec_id))
    assert saved is not None and saved.payload["recipient"] == "松原市宁江区伯都乡人民政府"
    assert editor.save()
    assert form_draft(clerk, recommendation_key(rec_id)) is None
    assert "已保存草稿" in editor.status.text()

    # The draft paper: watermarked, the number left for 签发, and it never verifies as an issued paper.
    printed = editor.print_to(tmp_path / "draft.pdf")
    assert printed is not None and not printed.final
    text = _pdf_text(tmp_path / "draft.pdf")
    assert "不具效力" in text and "（签发时编号）" in text and "法建〔" not in text
    assert "我院在办理伯都乡" in text and "未经村集体备案" in text
    report = verify_pdf(clerk, tmp_path / "draft.pdf")
    assert not report.ok and report.status == "draft"  # a draft says it is one
    editor.close_editor()

    # One live draft per cluster: a second attempt opens the same draft, and the warning says there is one.
    page.fill_warnings()
    [cluster_item] = [page.warning_list.topLevelItem(i) for i in range(page.warning_list.topLevelItemCount())
                      if page.warning_list.topLevelItem(i).text(0) == "类案预警"]  # type: ignore[union-attr]
    assert "已有司法建议书草稿" in cluster_item.text(1)
    page.warning_list.setCurrentItem(cluster_item)
    page.draft_button.click()
    again = page.editor
    assert again is not None and again.view is not None and again.view.id == rec_id
    assert "已有一份司法建议书草稿" in again.status.text()
    again.close_editor()
    assert len(recommendation_ledger(ctx)) == 1

    # 签发: not offered to the clerk (and refused by the service); a judge records it and the number is taken then.
    tab = _tab(page, "recommendations")
    _select(tab)
    assert "草稿" in tab.note.text()
    assert tab.action_buttons["issue"].isHidden() and not tab.action_buttons["sent"].isHidden()
    with pytest.raises(PermissionDeniedError, match="法官"):
        issue_recommendation(clerk, rec_id, TODAY)
    judge_page = LinkagePage(judge)
    qtbot.addWidget(judge_page)
    judge_tab = _tab(judge_page, "recommendations")
    _select(judge_tab)
    judge_tab.action_buttons["issue"].click()
    _fill(judge_tab.dialog, on=TODAY - timedelta(days=80))
    assert "宁法建〔2026〕1号" in judge_tab.note.text()
    [row] = recommendation_ledger(ctx)
    assert (row.number, row.status, row.signed_on) == ("宁法建〔2026〕1号", "已签发", TODAY - timedelta(days=80))
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]  # answered by the signed letter
    # Signed content is frozen: the editor opens it read-only.
    page.refresh()
    tab = _tab(page, "recommendations")
    _select(tab)
    tab.action_buttons["edit"].click()
    frozen = tab.dialog
    assert isinstance(frozen, RecommendationEditor)
    assert frozen.edits["problems"].isReadOnly() and not frozen.save_button.isEnabled()
    assert "宁法建〔2026〕1号" in frozen.head.text()
    frozen.close_editor()

    # 送达 (date and the organ served), the two-month deadline shown, then overdue and marked red.
    _select(tab)
    tab.action_buttons["sent"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    assert dialog.fields["to"].text() == "松原市宁江区伯都乡人民政府"  # type: ignore[attr-defined]
    _fill(dialog, on=TODAY - timedelta(days=75))
    due = date(2026, 11, 6)  # 2026-09-06 + two months, a Friday
    assert f"应于 {due} 前书面反馈（2 个月）" in tab.note.text()
    [row] = recommendation_ledger(ctx)
    assert (row.sent_on, row.reply_due, row.served_to, row.overdue) == (TODAY - timedelta(days=75), due,
                                                                         "松原市宁江区伯都乡人民政府", True)
    _select(tab)
    assert "已逾期 14 日" in tab.note.text()
    model = tab.table.model()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None  # overdue in red
    assert any(w.kind == "recommendation_overdue" for w in linkage_warnings(ctx))

    # 反馈, 跟踪落实 (twice, both kept), 优秀.
    _select(tab)
    tab.action_buttons["reply"].click()
    _fill(tab.dialog, on=TODAY - timedelta(days=5), text="已对全乡流转合同开展专项清理", adoption="采纳")
    _select(tab)
    tab.action_buttons["follow"].click()
    _fill(tab.dialog, on=TODAY - timedelta(days=3), result="回访：已建立流转合同备案制度")
    _select(tab)
    tab.action_buttons["follow"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    assert "已建立流转合同备案制度" in dialog.fields["history"].text()  # type: ignore[attr-defined]
    _fill(dialog, on=TODAY, result="复查：本季度同类纠纷降至1件")
    _select(tab)
    tab.action_buttons["excellent"].click()
    _fill(tab.dialog, excellent=True)
    [row] = recommendation_ledger(ctx)
    assert (row.adoption, row.replied_in_time, row.overdue, row.excellent) == ("采纳", False, False, True)
    assert row.follow_up == "复查：本季度同类纠纷降至1件"
    assert [text for _day, text in follow_up_log(ctx, rec_id)] == ["回访：已建立流转合同备案制度", "复查：本季度同类纠纷降至1件"]
    _select(tab)
    assert "优秀司法建议" in tab.note.text() and "逾期反馈" in tab.note.text()

    # Every step is in the audit log, under the person who did it.
    actions = _actions(ctx)
    for who, what in (("书记员小李", "起草司法建议书（草稿）"), ("书记员小李", "司法建议书来源：类案"),
                      ("书记员小李", "修改司法建议书草稿"), ("王法官", "签发司法建议书"), ("书记员小李", "司法建议书送达"),
                      ("书记员小李", "登记司法建议书反馈"), ("书记员小李", "司法建议书跟踪落实"),
                      ("书记员小李", "标记优秀司法建议")):
        assert (who, what) in actions, (who, what)


def _new_draft(qtbot: Any, page: LinkagePage, query: str, recipient: str) -> RecommendationEditor:
    tab = _tab(page, "recommendations")
    tab.action_buttons["new"].click()
    editor = tab.dialog
    assert isinstance(editor, RecommendationEditor) and editor.view is None
    type_text(editor.case_picker.edit, query)  # type-ahead from the case search
    assert editor.case_picker.list.isVisible() and editor.case_picker.list.count() >= 1
    editor.case_picker.pick()
    editor.edits["recipient"].setText(recipient)  # type: ignore[union-attr]
    editor.edits["problems"].setPlainText("问题")  # type: ignore[union-attr]
    editor.edits["suggestions"].setPlainText("建议")  # type: ignore[union-attr]
    assert editor.save() and editor.view is not None and editor.view.number == ""
    editor.close_editor()
    return editor


def test_the_number_is_taken_at_signing_not_at_drafting(qtbot: Any, ctx: Workspace,
                                                       register: Callable[..., IntakeResult]) -> None:
    made = register(person("冼秀英", seq=1), person("王建国", "被申请人", seq=2))
    register(person("赵大海", seq=3), person("孙小梅", "被申请人", seq=4))
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    first = _new_draft(qtbot, page, "冼秀", "宁江区住房和城乡建设局")
    assert first.view is not None and first.view.case_number == made.number
    second = _new_draft(qtbot, page, "xxy", "宁江区市场监督管理局")  # pinyin initials find the same case
    dropped = _new_draft(qtbot, page, "冼秀", "重复的单位")
    assert dropped.view is not None
    tab = _tab(page, "recommendations")
    tab.refresh()
    ids = [r.id for r in tab.ledger.rows]  # type: ignore[union-attr]
    # The third draft is thrown away (with its reason); it never had a number, so none is lost.
    tab.table.setCurrentIndex(tab.table.model().index(ids.index(dropped.view.id), 0))
    tab.action_buttons["edit"].click()
    editor = tab.dialog
    assert isinstance(editor, RecommendationEditor)
    assert editor.abandon("与第一份重复")
    tab.refresh()
    assert second.view is not None and first.view is not None
    for rec, on in ((second.view, TODAY - timedelta(days=2)), (first.view, TODAY - timedelta(days=1))):
        ids = [r.id for r in tab.ledger.rows]  # type: ignore[union-attr]
        tab.table.setCurrentIndex(tab.table.model().index(ids.index(rec.id), 0))
        tab.action_buttons["issue"].click()
        _fill(tab.dialog, on=on)
    numbers = {r.id: r.number for r in recommendation_ledger(ctx)}
    assert numbers == {second.view.id: "宁法建〔2026〕1号", first.view.id: "宁法建〔2026〕2号"}
    assert ("测试书记员", "放弃司法建议书草稿：与第一份重复") in _actions(ctx)


def test_a_recommendation_from_an_administrative_judgment(qtbot: Any, ctx: Workspace) -> None:
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "recommendations")
    tab.action_buttons["new"].click()
    editor = tab.dialog
    assert isinstance(editor, RecommendationEditor)
    editor.edits["recipient"].setText("松原市宁江区自然资源局")  # type: ignore[union-attr]
    editor.edits["problems"].setPlainText("征收补偿决定未履行告知程序")  # type: ignore[union-attr]
    editor.edits["suggestions"].setPlainText("规范征收补偿程序")  # type: ignore[union-attr]
    assert not editor.save() and "来源案件" in editor.status.text()  # neither a case nor a judgment: refused
    editor.judgment.setText("（2026）吉0702行初12号")
    assert editor.save() and editor.view is not None
    assert (editor.view.origin, editor.view.judgment_number, editor.view.case_number) == (
        "judgment", "（2026）吉0702行初12号", "")
    editor.close_editor()
    [row] = recommendation_ledger(ctx)
    assert (row.origin, row.source) == ("行政判决", "（2026）吉0702行初12号")


def test_the_centre_register_triage_and_outcome_round_trip(qtbot: Any, ctx: Workspace,
                                                           register: Callable[..., IntakeResult]) -> None:
    from fuyuan_desktop.services.intake import PartyInput

    organ = PartyInput(role="被申请人", kind="agency", name="松原市宁江区自然资源局", representative="陈局长",
                       representative_title="局长", address="吉林省松原市宁江区")
    land = register(person("张桂芝", seq=5), organ, category="行政争议（征收补偿）", summary="征收补偿",
                    act_name="房屋征收补偿决定", act_number="宁政征补〔2026〕12号", act_date=TODAY - timedelta(days=40),
                    registered_on=TODAY - timedelta(days=3))
    other = register(person("刘德明", seq=6), organ, category="行政争议（征收补偿）", summary="拆除违建",
                     act_name="限期拆除决定", registered_on=TODAY - timedelta(days=2))
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "admin")
    assert tab.table.model().rowCount() == 0

    # 登记: the case picked by typing a party's name; the organ comes from the case's respondent agency.
    for name, case in (("张桂芝", land), ("刘德明", other)):
        tab.action_buttons["register"].click()
        dialog = tab.dialog
        assert isinstance(dialog, EntryDialog)
        picker = dialog.fields["case"]
        assert isinstance(picker, CasePicker)
        type_text(picker.edit, name)
        assert picker.list.isVisible()
        picker.pick()
        assert picker.text() == case.number
        _fill(dialog, content="行政补偿", source="法院移送", people=1)
        assert not dialog.isVisible(), dialog.error.text()
    assert tab.table.model().rowCount() == 2 and "行政复议申请期限" in tab.note.text()

    # 分流: one accepted to mediation, one turned away with its reason; a reason is required.
    rows = [r.number for r in tab.ledger.rows]  # type: ignore[union-attr]
    _select(tab, rows.index(land.number))
    tab.action_buttons["triage"].click()
    dialog = _fill(tab.dialog, decision="受理调解：中心协调化解", reason="")
    assert dialog.isVisible() and "分流理由" in dialog.error.text()
    _fill(dialog, reason="属行政补偿，双方同意协调")
    rows = [r.number for r in tab.ledger.rows]  # type: ignore[union-attr]
    _select(tab, rows.index(other.number))
    tab.action_buttons["triage"].click()
    _fill(tab.dialog, decision="不予受理", reason="拆除违建不属于可以协调化解的范围")
    by_number = {r.number: r for r in admin_ledger(ctx)}
    assert (by_number[land.number].triage, by_number[other.number].triage) == ("中心协调化解", "不予受理")
    assert by_number[other.number].triage_reason == "拆除违建不属于可以协调化解的范围"

    # The register's filters.
    assert tab.filter_box is not None and tab.filter_text is not None
    tab.filter_box.setCurrentText("受理调解")
    assert [r.number for r in tab.ledger.rows] == [land.number]  # type: ignore[union-attr]
    assert "共 2 条" in tab.count_label.text()
    tab.filter_box.setCurrentText("不予受理")
    assert [r.number for r in tab.ledger.rows] == [other.number]  # type: ignore[union-attr]
    tab.filter_box.setCurrentText("全部")
    tab.filter_text.setText("房屋征收")
    assert [r.number for r in tab.ledger.rows] == [land.number]  # type: ignore[union-attr]
    tab.filter_text.setText("")

    # 化解结果.
    rows = [r.number for r in tab.ledger.rows]  # type: ignore[union-attr]
    _select(tab, rows.index(land.number))
    tab.action_buttons["outcome"].click()
    _fill(tab.dialog, amount="120000", head=True)
    row = {r.number: r for r in admin_ledger(ctx)}[land.number]
    assert (row.amount_paid_fen, row.head_participated) == (12000000, True)
    actions = [what for _who, what in _actions(ctx)]
    for what in ("行政争议登记到协调化解中心", "行政争议分流", "行政争议化解结果"):
        assert what in actions


def test_hearing_relief_and_training_pick_cases_by_typing(qtbot: Any, ctx: Workspace,
                                                          register: Callable[..., IntakeResult]) -> None:
    from fuyuan_desktop.services.intake import PartyInput
    from fuyuan_desktop.services.linkage.hearings import hearings

    organ = PartyInput(role="被申请人", kind="agency", name="松原市宁江区自然资源局", representative="陈局长",
                       representative_title="局长", address="吉林省松原市宁江区")
    case = register(person("张桂芝", seq=5), organ, category="行政争议（征收补偿）", summary="征收补偿")
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "hearings")
    tab.action_buttons["add"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    picker = dialog.fields["case_number"]
    assert isinstance(picker, CasePicker)
    type_text(picker.edit, "zgz")  # 张桂芝 by pinyin initials
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.text() == case.number
    assert dialog.fields["agency"].text() == "松原市宁江区自然资源局"  # type: ignore[attr-defined]
    _fill(dialog, on=TODAY + timedelta(days=5), served=TODAY)
    assert [h.case_number for h in hearings(ctx)] == [case.number]

    tab = _tab(page, "relief")
    tab.action_buttons["apply"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    picker = dialog.fields["case_number"]
    assert isinstance(picker, CasePicker)
    type_text(picker.edit, "张桂")
    picker.pick()
    assert dialog.fields["applicant"].text() == "张桂芝"  # type: ignore[attr-defined]
    _fill(dialog, requested="5000")
    assert tab.table.model().rowCount() == 1

    tab = _tab(page, "training")
    tab.action_buttons["add"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    picker = dialog.fields["case_number"]
    assert isinstance(picker, CasePicker)
    type_text(picker.edit, "张桂")
    picker.pick()
    assert dialog.fields["agency"].text() == "松原市宁江区自然资源局"  # type: ignore[attr-defined]
    _fill(dialog, orgs="宁江区司法局", attendees=12)
    assert tab.table.model().rowCount() == 1


def test_screenshot_of_the_recommendation_editor_at_1366(qtbot: Any, ctx: Workspace,
                                                          register: Callable[..., IntakeResult], tmp_path: Path) -> None:
    # docs/images is rewritten only when regenerating (FUYUAN_UPDATE_GOLDEN=1): a test run leaves the tree clean
    images = ROOT / "docs" / "images" if os.environ.get("FUYUAN_UPDATE_GOLDEN") == "1" else tmp_path
    _cluster(ctx, register)
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    items = [page.warning_list.topLevelItem(i) for i in range(page.warning_list.topLevelItemCount())]
    page.warning_list.setCurrentItem(next(i for i in items if isinstance(i, QTreeWidgetItem) and i.text(0) == "类案预警"))
    editor = page.draft_from_selected_cluster()
    assert editor is not None
    editor.resize(1366, 768 - 40)
    qtbot.waitExposed(editor)
    out = images / "gui_recommendation_1366.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(out))
    page.resize(1366, 768 - 40)
    page.show()
    tab = _tab(page, "recommendations")
    _select(tab)
    qtbot.waitExposed(page)
    assert page.grab().save(str(images / "gui_recommendation_ledger_1366.png"))
    editor.close_editor()
