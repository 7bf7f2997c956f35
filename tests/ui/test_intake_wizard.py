"""The intake wizard driven from the keyboard: registration, checks as typed, known parties, administrative cases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import make_credit_code, make_id_number, person, table_counts
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import add_mediator
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.intake_wizard import IntakeWizard
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "ui"
NEXT = QWizard.WizardButton.NextButton


@pytest.fixture(autouse=True, scope="module")
def cjk_fonts(qapp: Any) -> Iterator[None]:
    """The bundled CJK faces, as the app loads them, so screenshots show Chinese and not boxes."""
    before = qapp.font()
    load_bundled_fonts(qapp)
    yield
    qapp.setFont(before)


def save_screenshot(wizard: IntakeWizard, name: str) -> Path:
    """A PNG of the wizard as it looks now, in artifacts/ui/ (git-ignored), for a human to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"intake_{name}.png"
    assert wizard.grab().save(str(path))
    return path


class Keyboard:
    """A clerk at the keyboard: every key goes to whatever widget has the focus, nothing is set directly."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """ASCII by key clicks; Chinese as a pinyin input method delivers it (a commit string)."""
        if text.isascii():
            self.qtbot.keyClicks(self.focused(), text)
            return
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(self.focused(), event)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)

    def tab(self, times: int = 1) -> None:
        self.key(Qt.Key.Key_Tab, times=times)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)


def open_wizard(qtbot: Any, ctx: Workspace) -> tuple[IntakeWizard, Keyboard]:
    wizard = IntakeWizard(ctx)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.done(0))  # closing must not ask "放弃登记？"
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and wizard.isActiveWindow(), timeout=3000)
    return wizard, Keyboard(qtbot)


def pick_cause(kb: Keyboard, wizard: IntakeWizard, typed: str) -> None:
    """Type into the 案由 field and take the first entry of the type-ahead list (Enter)."""
    assert kb.focused() is wizard.dispute_page.cause_picker.edit
    kb.type(typed)
    assert wizard.dispute_page.cause_picker.list.isVisible()
    kb.enter()


def fill_dispute(kb: Keyboard, wizard: IntakeWizard, *, cause: str = "xlgx") -> None:
    pick_cause(kb, wizard, cause)  # 相邻关系纠纷 by its pinyin initials
    kb.tab()
    kb.type("宁江区民主街道")
    kb.tab()
    kb.type("楼上漏水导致楼下房屋受损，双方就赔偿数额协商未果")
    kb.tab()
    kb.type("赔偿维修费用")
    kb.tab()
    kb.type("12000")


def fill_person(kb: Keyboard, name: str, id_number: str, phone: str, address: str) -> None:
    kb.type(name)
    kb.tab()
    kb.type(id_number)
    kb.tab()
    kb.type(phone)
    kb.tab()
    kb.type(address)


def test_a_case_is_registered_from_the_keyboard_alone(qtbot: Any, ctx: Workspace) -> None:
    add_mediator(ctx, "周调解", "人民调解员", organization="民主街道人民调解委员会")
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    assert "人民币壹万贰仟元整" in wizard.dispute_page.ui.amount_status.text()
    save_screenshot(wizard, "1_dispute")
    kb.enter()
    assert wizard.currentId() == 1
    parties = wizard.parties_page
    assert kb.focused() is parties.ui.name_edit
    fill_person(kb, "张三", make_id_number(1), "13812345678", "吉林省松原市宁江区民主街1号")
    assert "男，1985年3月12日出生" in parties.ui.id_number_status.text()
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(parties.drafts) == 2 and kb.focused() is parties.ui.name_edit
    assert parties.ui.role_combo.currentText() == "被申请人"
    fill_person(kb, "李四", make_id_number(2), "0438-6123456", "吉林省松原市宁江区民主街3号")
    kb.tab()
    kb.type("汉族")
    kb.tab()
    kb.type("个体经营")
    save_screenshot(wizard, "2_parties")
    kb.enter()
    assert wizard.currentId() == 2
    assert kb.focused() is wizard.mediators_page.filter_edit  # the roster may be long: filter first
    kb.type("ztj")  # 周调解 by pinyin initials
    kb.key(Qt.Key.Key_Down)  # into the list
    assert kb.focused() is wizard.mediators_page.ui.mediator_list
    kb.key(Qt.Key.Key_Space)  # check the first mediator shown
    kb.tab()
    kb.key(Qt.Key.Key_Space)  # accepted today
    save_screenshot(wizard, "3_mediators")
    kb.enter()
    assert wizard.currentId() == 3
    review = wizard.review_page.ui.review_text.toPlainText()
    assert "张三" in review and "李四" in review and "周调解" in review
    save_screenshot(wizard, "4_review")
    kb.enter()  # Finish

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.created_id is not None
    case = get_case(ctx, wizard.created_id, unmasked=True)
    assert case.summary.cause == "相邻关系纠纷" and case.summary.cause_code == "civil_2020:3.6.53"
    assert case.summary.category == "邻里纠纷"  # the old category the rules not yet on 案由 read
    assert [(p.role, p.name, p.id_number) for p in case.parties] == [
        ("申请人", "张三", make_id_number(1)), ("被申请人", "李四", make_id_number(2))]
    assert case.parties[1].phone == "0438-6123456"
    assert case.amount_fen == 1_200_000 and case.claims == "赔偿维修费用"
    assert case.mediators and case.mediators[0].startswith("周调解")
    assert case.accepted_on == ctx.today() and case.summary.status == "已指派调解员"


def test_a_wrong_id_check_character_is_explained_and_blocks_the_wizard(qtbot: Any, ctx: Workspace) -> None:
    good = make_id_number(7)
    wrong = good[:17] + ("1" if good[17] != "1" else "2")
    before = table_counts(ctx.db)
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    kb.enter()
    kb.type("王五")
    kb.tab()
    kb.type(wrong)
    status = wizard.parties_page.ui.id_number_status.text()
    assert "校验码不符" in status and "请对照身份证" in status and "第18位" not in status
    assert wizard.parties_page.ui.id_number_edit.property("state") == "bad"
    assert not wizard.button(NEXT).isEnabled()
    assert "第1位当事人身份证号码" in wizard.parties_page.ui.problems_label.text()
    save_screenshot(wizard, "5_wrong_id")
    kb.enter()
    kb.tab()
    kb.enter()
    assert wizard.currentId() == 1
    assert not wizard.validateCurrentPage()  # even a programmatic Next is refused
    assert table_counts(ctx.db) == before

    kb.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the ID number
    assert kb.focused() is wizard.parties_page.ui.id_number_edit
    kb.key(Qt.Key.Key_End)
    kb.key(Qt.Key.Key_Backspace)  # correcting the last character clears the error
    kb.type(good[17])
    assert wizard.parties_page.ui.id_number_status.text().startswith("✓")

    def keep_typing() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "尚未登记" in box.text()
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, keep_typing)
    kb.key(Qt.Key.Key_Escape)  # a slip of the finger does not throw the form away
    assert wizard.isVisible() and wizard.parties_page.ui.id_number_edit.text() == good


def test_a_known_party_is_offered_and_linked_only_when_chosen(qtbot: Any, ctx: Workspace,
                                                              register: Callable[..., IntakeResult]) -> None:
    register(person("王五", phone="13912345678", address="宁江区伯都乡"), person("赵六", "被申请人", seq=9))
    known = get_case(ctx, register(person("钱七", seq=8), person("孙八", "被申请人", seq=10)).id).parties[0]
    parties_before = table_counts(ctx.db)["party"]
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    kb.enter()
    page = wizard.parties_page
    kb.type("王五")
    kb.tab(2)  # past the (empty) ID number to the phone
    kb.type("13912345678")
    qtbot.waitUntil(lambda: page.ui.suggestion_frame.isVisible(), timeout=3000)
    assert "王五" in page.ui.suggestion_label.text() and "姓名和电话相同" in page.ui.suggestion_label.text()
    assert page.drafts[0].data.party_id is None  # offered, never merged silently
    save_screenshot(wizard, "6_known_party")
    kb.key(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # 使用已登记的当事人(&U); a mnemonic animates the click
    qtbot.waitUntil(lambda: page.drafts[0].data.party_id is not None, timeout=3000)
    linked = page.drafts[0].data.party_id
    assert linked is not None and "已关联" in page.ui.suggestion_label.text()

    # A known ID number is offered too, by the ID alone.
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    kb.tab()
    kb.type(make_id_number(8))
    qtbot.waitUntil(lambda: page.ui.suggestion_frame.isVisible(), timeout=3000)
    assert "钱七" in page.ui.suggestion_label.text() and "证件号码相同" in page.ui.suggestion_label.text()
    kb.key(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.drafts[1].data.party_id is not None, timeout=3000)
    assert page.ui.name_edit.text() == "钱七" and page.drafts[1].data.party_id == known.id
    kb.enter()
    kb.enter()
    kb.enter()
    assert wizard.created_id is not None
    case = get_case(ctx, wizard.created_id)
    assert [p.id for p in case.parties] == [linked, known.id]
    assert table_counts(ctx.db)["party"] == parties_before


def test_an_administrative_dispute_with_an_agency_and_the_disputed_act(qtbot: Any, ctx: Workspace) -> None:
    wizard, kb = open_wizard(qtbot, ctx)
    page = wizard.dispute_page
    pick_cause(kb, wizard, "xzcf")  # 行政处罚
    assert page.cause_picker.chosen is not None and page.cause_picker.chosen.ref == "administrative_2020:1.1"
    assert page.ui.act_group.isVisible()
    kb.tab()
    kb.type("行政处罚决定")
    kb.tab()
    kb.type("松宁自然资罚〔2026〕12号")
    kb.tab()
    kb.key(Qt.Key.Key_Space)  # the act has a date: today (the date edit's default)
    kb.tab(2)
    kb.type("宁江区大洼镇")
    kb.tab()
    kb.type("申请人对责令拆除决定不服")
    save_screenshot(wizard, "7_admin_dispute")
    kb.tab(2)
    kb.enter()
    assert wizard.currentId() == 1
    parties = wizard.parties_page
    fill_person(kb, "周九", make_id_number(11), "13812340000", "宁江区大洼镇")
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert parties.ui.kind_combo.currentText() == "行政机关"  # the respondent of an administrative dispute
    assert parties.ui.name_label.text() == "名称(&M)" and parties.ui.representative_label.text() == "负责人(&D)"
    assert not parties.ui.id_number_edit.isVisible() and not parties.ui.phone_edit.isVisible()
    kb.type("松原市宁江区自然资源局")
    kb.tab()
    code = make_credit_code("MB123456", head="11220702")
    kb.type(code[:-1])  # optional for an agency, but checked as typed
    assert "已输入 17 位" in parties.ui.credit_code_status.text()
    kb.type(code[-1])
    assert parties.ui.credit_code_status.text() == "✓ 机构编制·机关"
    kb.tab()
    assert not wizard.button(NEXT).isEnabled()  # an agency needs its head
    kb.type("刘局长")
    kb.tab()
    kb.type("局长")
    kb.tab()  # an agency has no phone field: straight to the address
    kb.type("松原市宁江区建设街")
    save_screenshot(wizard, "8_agency")
    kb.enter()
    kb.enter()
    assert "行政处罚决定" in wizard.review_page.ui.review_text.toPlainText()
    kb.enter()
    assert wizard.created_id is not None
    case = get_case(ctx, wizard.created_id)
    assert case.summary.cause == "行政处罚" and case.summary.category == "行政争议（行政处罚）"
    assert "行政处罚决定" in case.disputed_act and "松宁自然资罚〔2026〕12号" in case.disputed_act
    assert ctx.today().isoformat() in case.disputed_act
    agency = case.parties[1]
    assert (agency.role, agency.kind, agency.representative, agency.representative_title) == (
        "被申请人", "行政机关", "刘局长", "局长")
    assert agency.credit_code == code


def test_a_refusal_from_the_service_is_shown_at_its_field_and_nothing_is_lost(
        qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    register(person("张三", seq=21), person("李四", "被申请人", seq=22))
    before = table_counts(ctx.db)
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    kb.enter()
    page = wizard.parties_page
    fill_person(kb, "张叁", make_id_number(21), "", "宁江区")  # the ID of 张三, typed with another name
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    fill_person(kb, "王五", make_id_number(23), "", "宁江区")
    kb.enter()
    kb.enter()
    kb.enter()  # Finish: the service refuses
    qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=3000)
    assert wizard.created_id is None and table_counts(ctx.db) == before
    assert page.ui.party_list.currentRow() == 0 and kb.focused() is page.ui.name_edit
    assert page.ui.name_edit.property("state") == "bad"
    assert "证件号码与已登记当事人「张三」相同，但姓名/名称不同" in page.ui.name_status.text()  # beside the field
    assert "证件号码与已登记当事人「张三」相同，但姓名/名称不同" in page.ui.problems_label.text()
    save_screenshot(wizard, "9_service_refusal")
    assert page.ui.name_edit.text() == "张叁" and page.drafts[1].data.name == "王五"
    assert "楼上漏水" in wizard.dispute_page.ui.summary_edit.toPlainText()
    kb.key(Qt.Key.Key_End)  # the field came back selected, ready to retype; correct just the last character
    kb.key(Qt.Key.Key_Backspace)
    kb.type("三")  # corrected: the same person as registered, so the case links to them
    assert page.ui.name_edit.property("state") != "bad"
    kb.enter()
    kb.enter()
    kb.enter()
    assert wizard.created_id is not None
    assert table_counts(ctx.db)["party"] == before["party"] + 1


def test_each_refusal_reason_finds_its_page_and_field(qtbot: Any, ctx: Workspace) -> None:
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    kb.enter()
    fill_person(kb, "张三", make_id_number(31), "", "宁江区")
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    fill_person(kb, "李四", make_id_number(32), "", "宁江区")
    kb.enter()
    kb.enter()
    assert wizard.currentId() == 3
    wizard.show_errors([
        ValidationError("place 地点", "过长：201 个字符，最多 200 个"),
        ValidationError("parties[1].address", "含有不可见的控制字符，请删除后重试"),
        ValidationError("parties 当事人", "缺少被申请人"),
        ValidationError("registered_on 登记日期", "2027-01-01 晚于今天，不能预先登记"),
    ])
    qtbot.waitUntil(lambda: wizard.currentId() == 0, timeout=3000)  # the earliest page with a reason
    dispute = wizard.dispute_page.ui
    assert kb.focused() is dispute.place_combo and dispute.place_combo.property("state") == "bad"
    assert "地点：过长：201 个字符" in dispute.error_label.text()
    save_screenshot(wizard, "10_refusal_on_dispute_page")
    parties = wizard.parties_page
    assert parties.ui.party_list.currentRow() == 1 and parties.ui.address_edit.property("state") == "bad"
    assert "第2位当事人地址：含有不可见的控制字符" in parties.ui.problems_label.text()
    assert "缺少被申请人" in parties.ui.problems_label.text()
    assert "registered_on 登记日期：2027-01-01 晚于今天" in wizard.review_page.ui.error_label.text()
    kb.type("宁江区")  # retyping the place clears its mark
    assert dispute.place_combo.property("state") == "" and "过长" not in dispute.error_label.text()


def test_the_place_is_picked_from_the_registry_by_pinyin_initials(qtbot: Any, ctx: Workspace) -> None:
    wizard, kb = open_wizard(qtbot, ctx)
    page = wizard.dispute_page
    kb.key(Qt.Key.Key_Down, times=1)
    kb.tab()
    kb.type("新立村")  # four villages of that name: each shown with its parent
    rows = [page.place_list.item(i).text() for i in range(page.place_list.count())]
    assert "长山镇新立村 · 村（社区） · 前郭尔罗斯蒙古族自治县长山镇" in rows
    assert "巨宝山镇新立村 · 村（社区） · 长岭县巨宝山镇" in rows
    assert "请从下方列表选择" in page.ui.place_status.text()
    page.ui.place_combo.setEditText("")
    kb.type("bd")
    assert page.place_list.isVisible() and page.place_list.item(0).text().startswith("伯都乡 · 乡镇（街道） · 宁江区")
    save_screenshot(wizard, "7_place_bd")
    kb.key(Qt.Key.Key_Down)  # into the list
    kb.enter()  # pick 伯都乡
    assert page.ui.place_combo.currentText() == "伯都乡" and not page.place_list.isVisible()
    assert kb.focused() in (page.ui.place_combo, page.ui.place_combo.lineEdit())
    assert page.ui.place_status.text().startswith("✓") and "宁江区" in page.ui.place_status.text()
    save_screenshot(wizard, "8_place_picked")


def test_the_cause_list_puts_this_tribunals_most_used_first(qtbot: Any, ctx: Workspace,
                                                           register: Callable[..., IntakeResult]) -> None:
    for seq in range(2):
        register(person(f"业主{seq}", seq=60 + seq), person(f"物业{seq}", "被申请人", seq=70 + seq),
                 category="物业服务合同纠纷")
    wizard, kb = open_wizard(qtbot, ctx)
    picker = wizard.dispute_page.cause_picker
    kb.key(Qt.Key.Key_Down)  # an empty field: Down lists the tribunal's most used
    assert picker.list.isVisible() and picker.list.item(0).text().startswith("物业服务合同纠纷")
    assert "本庭 2 件" in picker.list.item(0).text()
    kb.type("fwht")  # 服务合同纠纷 ranks first in the catalogue; the used one comes before it
    assert picker.list.item(0).text().startswith("物业服务合同纠纷")
    kb.key(Qt.Key.Key_Down)
    kb.enter()
    assert picker.chosen is not None and picker.chosen.name == picker.list.item(1).text().split("　")[0]
    assert "服务合同纠纷" in picker.path_label.text() and not picker.list.isVisible()
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("xyzabc")  # nothing matches: nothing chosen, the page says what is missing
    assert picker.chosen is None and "案由（从列表中选择）" in wizard.dispute_page.ui.error_label.text()
