"""The 统计 page's 白皮书正文 editor: typing is autosaved as a form draft on the real timer, a reopened editor offers it
back (恢复草稿), closing stores the sections, and the printed white paper carries them; the litigation import shows
the totals or names the bad row and column. The 同堂培训 and 口头建议 tabs edit and delete their records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fuyuan_desktop.services.drafts import form_draft, white_paper_key
from fuyuan_desktop.services.linkage.outreach import (
    JointTrainingInput,
    OralInput,
    Participant,
    add_joint_training,
    add_oral,
    joint_trainings,
    oral_recommendations,
)
from fuyuan_desktop.services.linkage.white_paper import print_white_paper
from fuyuan_desktop.services.linkage.white_paper_text import litigation_summary, narratives
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.pages.linkage import LedgerTab, LinkagePage
from fuyuan_desktop.ui.pages.linkage_forms import EntryDialog
from fuyuan_desktop.ui.pages.stats import StatsPage
from fuyuan_desktop.ui.white_paper_editor import WhitePaperEditor


def _text(ctx: Workspace, year: int, section: str) -> str:
    return next(n.text for n in narratives(ctx, year) if n.section == section)


@pytest.mark.slow
def test_narrative_autosaves_comes_back_after_a_crash_and_is_printed(qtbot: Any, ctx: Workspace,
                                                                    tmp_path: Path) -> None:
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_white_paper_text()
    assert isinstance(editor, WhitePaperEditor) and editor.isVisible()
    year = ctx.today().year
    assert [editor.list.item(i).text() for i in range(editor.list.count())] == [
        "前言", "主要做法和成效", "存在的问题和建议", "下一步工作"]
    editor.list.setCurrentRow(1)
    editor.text.setPlainText("一是坚持府院联席会议制度。\n二是推行行政机关负责人出庭应诉。")
    key = white_paper_key(year, None)
    qtbot.waitUntil(lambda: form_draft(ctx, key) is not None, timeout=10000)  # the autosave timer, not a call
    assert form_draft(ctx, key).payload["texts"] == {  # type: ignore[union-attr]
        "主要做法": "一是坚持府院联席会议制度。\n二是推行行政机关负责人出庭应诉。"}
    assert "已自动留存草稿" in editor.status.text()
    assert _text(ctx, year, "主要做法") == ""  # a draft, not yet the white paper's text
    editor.autosaver.stop()  # the program dies here: no close, no save
    editor.hide()

    again = WhitePaperEditor(ctx, year, None)
    qtbot.addWidget(again)
    again.show()
    assert again.banner.isVisible() and again.text.isReadOnly()
    again.banner.restore_button.click()
    again.list.setCurrentRow(1)
    assert again.text.toPlainText() == "一是坚持府院联席会议制度。\n二是推行行政机关负责人出庭应诉。"
    again.list.setCurrentRow(0)
    again.text.setPlainText("为全面展示本院行政审判工作，特发布本白皮书。")
    again.close()  # closing stores every changed section and drops the draft
    assert _text(ctx, year, "主要做法") == "一是坚持府院联席会议制度。\n二是推行行政机关负责人出庭应诉。"
    assert _text(ctx, year, "前言") == "为全面展示本院行政审判工作，特发布本白皮书。"
    assert form_draft(ctx, key) is None

    third = WhitePaperEditor(ctx, year, None)  # reopened: the stored text, no banner
    qtbot.addWidget(third)
    third.show()
    third.list.setCurrentRow(1)
    assert not third.banner.isVisible() and "二是推行行政机关负责人出庭应诉。" in third.text.toPlainText()
    third.close()

    out = tmp_path / "白皮书.pdf"
    print_white_paper(ctx, year, out)
    printed = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "")
    assert "主要做法和成效" in printed and "二是推行行政机关负责人出庭应诉。" in printed
    assert printed.index("前言") < printed.index("一、总体情况")


@pytest.mark.slow
def test_litigation_import_from_the_editor(qtbot: Any, ctx: Workspace, tmp_path: Path) -> None:
    year = ctx.today().year
    editor = WhitePaperEditor(ctx, year, "吉0702")
    qtbot.addWidget(editor)
    assert "尚未导入" in editor.litigation.text()
    bad = tmp_path / "bad.csv"
    bad.write_text(f"年度,法院,收案,结案,判决败诉,撤诉\n{year},吉0702,10,5,4,2\n", encoding="utf-8")
    assert not editor.import_from(bad)
    assert "第 2 行「判决败诉」列" in editor.status.text() and litigation_summary(ctx, year) is None
    good = tmp_path / "good.csv"
    good.write_text(f"年度,法院,收案,结案,判决败诉,撤诉\n{year},吉0702,40,32,4,8\n", encoding="utf-8")
    assert editor.import_from(good)
    assert "收案 40 件，结案 32 件，败诉率 12.50%，撤诉率 25.00%" in editor.litigation.text()


def _tab(page: LinkagePage, kind: str) -> LedgerTab:
    tab = page.ledger_tabs[kind]
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    return tab


def _action(tab: LedgerTab, name: str) -> EntryDialog:
    tab.table.selectRow(0)
    tab.action_buttons[name].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    return dialog


@pytest.mark.slow
def test_outreach_tabs_edit_and_delete(qtbot: Any, ctx: Workspace) -> None:
    day = ctx.today()
    add_joint_training(ctx, JointTrainingInput(day, "审委会会议室", "证据规则", [Participant("宁江区司法局", 12, 2)],
                                               organiser="开发区", materials="讲义"))
    add_oral(ctx, OralInput(day, "宁江区自然资源局", "张法官", "走访", "规范告知程序"))
    page = LinkagePage(ctx)
    qtbot.addWidget(page)

    tab = _tab(page, "cotraining")
    dialog = _action(tab, "edit")
    assert dialog.fields["topic"].text() == "证据规则"
    assert dialog.fields["agencies"].toPlainText() == "宁江区司法局 12 2"
    assert dialog.fields["organiser"].currentText() == "松原市宁江区人民法院开发区人民法庭"
    dialog.fields["agencies"].setPlainText("宁江区司法局 2 3")
    dialog.accept()
    assert dialog.isVisible() and "负责人人数" in dialog.error.text()
    dialog.fields["agencies"].setPlainText("宁江区司法局 10 1\n宁江区税务局 6")
    dialog.fields["topic"].setText("行政协议审理要点")
    dialog.accept()
    assert not dialog.isVisible()
    [row] = joint_trainings(ctx)
    assert (row.topic, row.attendees, row.heads, row.materials) == ("行政协议审理要点", 16, 1, "讲义")
    dialog = _action(tab, "delete")
    dialog.fields["reason"].setText("重复登记")
    dialog.accept()
    assert joint_trainings(ctx) == [] and tab.table.model().rowCount() == 0

    tab = _tab(page, "oral")
    dialog = _action(tab, "edit")
    assert (dialog.fields["judge"].text(), dialog.fields["occasion"].currentData()) == ("张法官", "走访")
    dialog.fields["occasion"].setCurrentIndex(dialog.fields["occasion"].findData("庭审"))
    dialog.fields["content"].setPlainText("规范征收补偿告知程序")
    dialog.accept()
    assert not dialog.isVisible()
    [oral] = oral_recommendations(ctx)
    assert (oral.occasion, oral.content, oral.judge) == ("庭审", "规范征收补偿告知程序", "张法官")
    _action(tab, "delete").accept()
    assert oral_recommendations(ctx) == [] and tab.table.model().rowCount() == 0
