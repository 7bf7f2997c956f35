"""Entry forms of the 府院联动 page: who appeared at a hearing, a recommendation's reply, an item done, a training."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.domain.linkage import (
    AbsenceReason,
    Adoption,
    Appearance,
    Instance,
    RiskLevel,
    Triage,
    VillageStatus,
)
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.admin import triage_admin_case
from fuyuan_desktop.services.linkage.community import (
    ItemInput,
    add_meeting,
    add_project,
    complete_item,
    set_village_status,
)
from fuyuan_desktop.services.linkage.followup import mark_excellent, record_reply
from fuyuan_desktop.services.linkage.hearings import record_appearance, schedule_hearing
from fuyuan_desktop.services.linkage.programmes import (
    TrainingInput,
    add_training,
    apply_relief,
    decide_relief,
    fund_income,
    pay_relief,
)

Field = tuple[str, str, QWidget]


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _combo(labels: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.addItems(labels)
    return combo


class EntryDialog(QDialog):
    """A form of labelled fields; OK runs ``save`` with the values and closes only if it succeeds."""

    def __init__(self, title: str, fields: list[Field], save: Callable[[dict[str, Any]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = {key: widget for key, _label, widget in fields}
        self.save = save
        self.message = ""  # what the form's save had to say (a warning), shown by the page after it closes
        layout = QVBoxLayout(self)
        form = QFormLayout()
        for _key, label, widget in fields:
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QDateEdit):
                out[key] = widget.date().toPython()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def accept(self) -> None:
        try:
            result = self.save(self.values())
        except FuyuanError as exc:  # the field and the reason, in the user's words; nothing was saved
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.message = result if isinstance(result, str) else ""
        super().accept()


def appearance_dialog(ctx: ServiceContext, hearing_id: str, parent: QWidget) -> EntryDialog:
    reasons = ["", *AbsenceReason.labels()]
    fields: list[Field] = [
        ("kind", QCoreApplication.translate("LinkageForms", "出庭情况"), _combo(Appearance.labels())),
        ("name", QCoreApplication.translate("LinkageForms", "出庭负责人"), QLineEdit()),
        ("post", QCoreApplication.translate("LinkageForms", "职务"), QLineEdit()),
        ("reason", QCoreApplication.translate("LinkageForms", "未出庭理由"), _combo(reasons)),
        ("proof", QCoreApplication.translate("LinkageForms", "已提交盖章或签字的书面证明"), QCheckBox()),
        ("left_early", QCoreApplication.translate("LinkageForms", "未经许可中途退庭"), QCheckBox()),
        ("refused", QCoreApplication.translate("LinkageForms", "拒绝就实质性解决争议发表意见"), QCheckBox()),
        ("spoke", QCoreApplication.translate("LinkageForms", "就实质性解决争议发表了意见"), QCheckBox()),
    ]

    def save(v: dict[str, Any]) -> None:
        record_appearance(ctx, hearing_id, v["kind"], appearer=v["name"], post=v["post"], absence_reason=v["reason"],
                          absence_proof=v["proof"], left_early=v["left_early"], refused_to_explain=v["refused"],
                          spoke_on_resolution=v["spoke"])

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记负责人出庭情况"), fields, save, parent)


def reply_dialog(ctx: ServiceContext, recommendation_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "反馈日期"), _date_edit(ctx.today())),
        ("adoption", QCoreApplication.translate("LinkageForms", "采纳情况"), _combo(Adoption.labels())),
        ("text", QCoreApplication.translate("LinkageForms", "反馈内容"), QPlainTextEdit()),
        ("excellent", QCoreApplication.translate("LinkageForms", "优秀司法建议"), QCheckBox()),
    ]

    def save(v: dict[str, Any]) -> None:
        record_reply(ctx, recommendation_id, v["on"], v["text"], v["adoption"])
        if v["excellent"]:
            mark_excellent(ctx, recommendation_id)

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记司法建议书反馈"), fields, save, parent)


def item_done_dialog(ctx: ServiceContext, item_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [("on", QCoreApplication.translate("LinkageForms", "完成日期"), _date_edit(ctx.today())),
                           ("result", QCoreApplication.translate("LinkageForms", "落实情况"), QPlainTextEdit())]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "落实事项办结"), fields,
                       lambda v: complete_item(ctx, item_id, v["on"], v["result"]), parent)


def training_dialog(ctx: ServiceContext, parent: QWidget) -> EntryDialog:
    attendees = QSpinBox()
    attendees.setRange(0, 10000)
    deputies = QSpinBox()
    deputies.setRange(0, 10000)
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "日期"), _date_edit(ctx.today())),
        ("case_number", QCoreApplication.translate("LinkageForms", "案号"), QLineEdit()),
        ("agency", QCoreApplication.translate("LinkageForms", "被诉机关"), QLineEdit()),
        ("orgs", QCoreApplication.translate("LinkageForms", "观摩单位（顿号分隔）"), QLineEdit()),
        ("attendees", QCoreApplication.translate("LinkageForms", "观摩人数"), attendees),
        ("deputies", QCoreApplication.translate("LinkageForms", "其中人大代表、政协委员"), deputies),
        ("head", QCoreApplication.translate("LinkageForms", "负责人出庭"), QCheckBox()),
        ("lecturer", QCoreApplication.translate("LinkageForms", "授课/点评法官"), QLineEdit()),
        ("discussion", QCoreApplication.translate("LinkageForms", "座谈要点"), QPlainTextEdit()),
        ("feedback", QCoreApplication.translate("LinkageForms", "反馈"), QPlainTextEdit()),
    ]

    def save(v: dict[str, Any]) -> None:
        add_training(ctx, TrainingInput(held_on=v["on"], observer_orgs=v["orgs"], attendees=v["attendees"],
                                        case_number=v["case_number"], agency=v["agency"], head_appeared=v["head"],
                                        deputies=v["deputies"], lecturer=v["lecturer"], discussion=v["discussion"],
                                        feedback=v["feedback"]))

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记以庭代训"), fields, save, parent)


def _t(text: str) -> str:
    return QCoreApplication.translate("LinkageForms", text)


def _money() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("LinkageForms", "元，如 30000"))
    return edit


def triage_dialog(ctx: ServiceContext, case_number: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("decision", QCoreApplication.translate("LinkageForms", "分流"), _combo(Triage.labels())),
        ("reason", QCoreApplication.translate("LinkageForms", "理由"), QPlainTextEdit()),
        ("on", QCoreApplication.translate("LinkageForms", "分流日期"), _date_edit(ctx.today())),
    ]
    return EntryDialog(_t("行政争议分流"), fields,
                       lambda v: triage_admin_case(ctx, case_number, v["decision"], v["reason"], v["on"]), parent)


def hearing_dialog(ctx: ServiceContext, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("case_number", QCoreApplication.translate("LinkageForms", "案号"), QLineEdit()),
        ("agency", QCoreApplication.translate("LinkageForms", "被诉机关"), QLineEdit()),
        ("on", QCoreApplication.translate("LinkageForms", "开庭日期"), _date_edit(ctx.today())),
        ("served", QCoreApplication.translate("LinkageForms", "出庭通知书送达日期"), _date_edit(ctx.today())),
        ("instance", QCoreApplication.translate("LinkageForms", "审级"), _combo(Instance.labels())),
        ("mandatory", QCoreApplication.translate("LinkageForms", "属应当通知负责人出庭的案件"), QCheckBox()),
    ]

    def save(v: dict[str, Any]) -> str:
        view = schedule_hearing(ctx, v["case_number"], v["agency"], v["on"], notice_served_on=v["served"],
                                instance=v["instance"], mandatory=v["mandatory"])
        return "\n".join(view.warnings)  # shown under the table once the form closes

    return EntryDialog(_t("登记开庭"), fields, save, parent)


def relief_apply_dialog(ctx: ServiceContext, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("case_number", QCoreApplication.translate("LinkageForms", "原案案号"), QLineEdit()),
        ("applicant", QCoreApplication.translate("LinkageForms", "申请人"), QLineEdit()),
        ("on", QCoreApplication.translate("LinkageForms", "申请日期"), _date_edit(ctx.today())),
        ("requested", QCoreApplication.translate("LinkageForms", "申请金额"), _money()),
        ("reason", QCoreApplication.translate("LinkageForms", "申请理由"), QPlainTextEdit()),
    ]
    return EntryDialog(_t("登记司法救助申请"), fields, lambda v: apply_relief(
        ctx, v["case_number"], v["applicant"], v["on"], reason=v["reason"], requested=v["requested"] or None), parent)


def relief_decide_dialog(ctx: ServiceContext, relief_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("grant", QCoreApplication.translate("LinkageForms", "决定"), _combo([_t("决定救助"), _t("不予救助")])),
        ("amount", QCoreApplication.translate("LinkageForms", "救助金额"), _money()),
        ("on", QCoreApplication.translate("LinkageForms", "决定日期"), _date_edit(ctx.today())),
        ("number", QCoreApplication.translate("LinkageForms", "救助案号"), QLineEdit()),
        ("note", QCoreApplication.translate("LinkageForms", "审查意见"), QPlainTextEdit()),
    ]
    return EntryDialog(_t("司法救助审查决定"), fields, lambda v: decide_relief(
        ctx, relief_id, granted=v["grant"] == _t("决定救助"), amount=v["amount"] or None, decided_on=v["on"],
        note=v["note"], relief_number=v["number"]), parent)


def relief_pay_dialog(ctx: ServiceContext, relief_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "发放日期"), _date_edit(ctx.today())),
        ("fund", QCoreApplication.translate("LinkageForms", "从慈善救助基金支出"), QCheckBox()),
    ]
    return EntryDialog(_t("发放司法救助金"), fields,
                       lambda v: pay_relief(ctx, relief_id, v["on"], from_fund=v["fund"]), parent)


def fund_dialog(ctx: ServiceContext, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "入账日期"), _date_edit(ctx.today())),
        ("source", QCoreApplication.translate("LinkageForms", "资金来源"), QLineEdit()),
        ("amount", QCoreApplication.translate("LinkageForms", "金额"), _money()),
        ("note", QCoreApplication.translate("LinkageForms", "说明"), QLineEdit()),
    ]
    return EntryDialog(_t("救助基金入账"), fields,
                       lambda v: fund_income(ctx, v["on"], v["source"], v["amount"], note=v["note"]), parent)


def project_dialog(ctx: ServiceContext, parent: QWidget) -> EntryDialog:
    cases = QSpinBox()
    cases.setRange(0, 100000)
    fields: list[Field] = [
        ("name", QCoreApplication.translate("LinkageForms", "项目名称"), QLineEdit()),
        ("unit", QCoreApplication.translate("LinkageForms", "项目单位"), QLineEdit()),
        ("risk", QCoreApplication.translate("LinkageForms", "风险等级"), _combo(RiskLevel.labels())),
        ("on", QCoreApplication.translate("LinkageForms", "评估日期"), _date_edit(ctx.today())),
        ("cases", QCoreApplication.translate("LinkageForms", "研判涉诉案件"), cases),
        ("opinion", QCoreApplication.translate("LinkageForms", "法律风险提示"), QPlainTextEdit()),
    ]
    return EntryDialog(_t("登记重大项目风险评估"), fields, lambda v: add_project(
        ctx, v["name"], v["risk"], v["on"], unit=v["unit"], cases_studied=v["cases"], court_opinion=v["opinion"]),
        parent)


def meeting_dialog(ctx: ServiceContext, parent: QWidget) -> EntryDialog:
    items = QPlainTextEdit()
    items.setPlaceholderText(_t("每行一项：事项|责任单位|YYYY-MM-DD"))
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "会议日期"), _date_edit(ctx.today())),
        ("title", QCoreApplication.translate("LinkageForms", "会议名称"), QLineEdit()),
        ("participants", QCoreApplication.translate("LinkageForms", "参会单位"), QLineEdit()),
        ("decisions", QCoreApplication.translate("LinkageForms", "决定事项"), QPlainTextEdit()),
        ("items", QCoreApplication.translate("LinkageForms", "落实事项"), items),
    ]

    def save(v: dict[str, Any]) -> None:
        parsed = []
        for i, line in enumerate(x for x in v["items"].splitlines() if x.strip()):
            parts = [p.strip() for p in line.split("|")]
            try:
                parsed.append(ItemInput(parts[0], parts[1], date.fromisoformat(parts[2])))
            except (IndexError, ValueError):
                raise ValidationError(_t("落实事项"), _t("第 {n} 行应为 事项|责任单位|YYYY-MM-DD").format(n=i + 1)) from None
        add_meeting(ctx, v["on"], v["title"], participants=v["participants"], decisions=v["decisions"],
                    items=tuple(parsed))

    return EntryDialog(_t("登记联席会议"), fields, save, parent)


def village_status_dialog(ctx: ServiceContext, village: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("status", QCoreApplication.translate("LinkageForms", "状态"), _combo(VillageStatus.labels())),
        ("on", QCoreApplication.translate("LinkageForms", "日期"), _date_edit(ctx.today())),
    ]
    return EntryDialog(_t("无讼村屯状态"), fields,
                       lambda v: set_village_status(ctx, village, v["status"], v["on"]), parent)
