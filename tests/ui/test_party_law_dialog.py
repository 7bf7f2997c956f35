"""法定代理人与代理权限 on the 当事人 tab: a child's missing guardian and an agent's general authority are shown as
what stops signing; a wrong ID number is refused in the dialog with what was typed kept; once both are set the
dialog says everyone may sign, and finalizing succeeds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import make_id_number, person

from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.intake import IntakeResult, PartyInput
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage


def test_guardian_and_special_authority_are_set_in_the_dialog(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult], tmp_path: Path) -> None:
    child = make_id_number(21, birth=f"{ctx.today().year - 11}0301")
    agent = person("冼律师", "代理人", seq=13, authority="一般授权")
    agent.represents = 1
    case = register(PartyInput("申请人", "person", "王小明", id_number=child, address="松原市宁江区伯都村"),
                    person("李四", "被申请人", seq=2), agent)
    page = CaseDetailPage(ctx, paths, case.id)
    qtbot.addWidget(page)
    page.ui.tabs.setCurrentWidget(page.ui.parties_tab)
    dialog = page.party_law()
    assert dialog.isVisible()
    text = dialog.summary.toPlainText()
    assert "11周岁，限制民事行为能力人" in text and "须登记法定代理人" in text and "仅有一般授权" in text
    assert "王小明" in dialog.ward_combo.currentText()

    dialog.guardian_name.setText("王大明")
    dialog.relation_combo.setCurrentText("父亲")
    father = make_id_number(31, birth="19800101")
    dialog.guardian_id.setText(father[:-1] + ("0" if father[-1] != "0" else "1"))
    dialog.save_guardian()
    assert "身份证号码" in dialog.guardian_error.text() and dialog.guardian_name.text() == "王大明"
    dialog.guardian_id.setText(father)
    dialog.save_guardian()
    assert dialog.guardian_error.text() == ""
    assert "法定代理人：王大明（父亲）" in dialog.summary.toPlainText()

    dialog.special_radio.setChecked(True)
    for box in dialog.power_boxes:
        box.setChecked(box.text() in ("进行和解", "签署调解协议"))
    dialog.save_agent()
    assert dialog.agent_error.text() == ""
    assert "各方均可签署" in dialog.summary.toPlainText()
    dialog.grab().save(str(tmp_path / "party_law.png"))
    draft = draft_agreement(ctx, case.number, AgreementInput(
        kind="invited", facts="踢球打碎窗玻璃",
        clauses=[ClauseInput("李四", "赔偿玻璃款", "现金", ctx.today(), "300")]))
    assert finalize_agreement(ctx, draft.id).status_code == "final"
