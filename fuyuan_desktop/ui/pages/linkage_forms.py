"""Entry forms of the 府院联动 page: who appeared at a hearing, a recommendation's reply, an item done, a training."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
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

from fuyuan_desktop.domain.enums import PartyKind, PartyRole
from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.domain.linkage import (
    AbsenceReason,
    Adoption,
    Appearance,
    ContentType,
    Instance,
    IntakeSource,
    OralOccasion,
    ProcedureState,
    RiskLevel,
    Triage,
    VillageStatus,
)
from fuyuan_desktop.services.cases import CaseSummary, get_case
from fuyuan_desktop.services.linkage.admin import (
    AdminCaseInput,
    open_admin_case,
    triage_admin_case,
    update_admin_outcome,
)
from fuyuan_desktop.services.linkage.community import (
    ItemInput,
    add_meeting,
    add_project,
    complete_item,
    override_village,
    set_village_status,
    village_year,
)
from fuyuan_desktop.services.linkage.followup import follow_up_log, mark_excellent, record_follow_up, record_reply
from fuyuan_desktop.services.linkage.hearings import record_appearance, schedule_hearing
from fuyuan_desktop.services.linkage.outreach import (
    JointTrainingInput,
    JointTrainingView,
    OralInput,
    OralView,
    add_joint_training,
    add_oral,
    organiser_choices,
    parse_participants,
    respond_oral,
    training_input,
    update_joint_training,
    update_oral,
)
from fuyuan_desktop.services.linkage.programmes import (
    TrainingInput,
    add_training,
    apply_relief,
    decide_relief,
    fund_income,
    pay_relief,
)
from fuyuan_desktop.services.recommendations import issue_recommendation, mark_sent
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.case_picker import CasePicker
from fuyuan_desktop.ui.crash import error_text

Field = tuple[str, str, QWidget]


def _case_picker(ctx: Workspace, agency: QLineEdit | None = None, *, applicant: QLineEdit | None = None) -> CasePicker:
    """A case field with type-ahead; picking a case fills the organ (its respondent agency) or the applicant
    when that field is still empty."""
    picker = CasePicker(ctx)

    def picked(summary: CaseSummary) -> None:
        try:
            parties = get_case(ctx, summary.id).parties
        except FuyuanError:
            return
        if agency is not None and not agency.text().strip():
            organs = [p.name for p in parties if p.kind_code == PartyKind.AGENCY.value
                      and p.role_code == PartyRole.RESPONDENT.value]
            agency.setText(organs[0] if organs else "")
        if applicant is not None and not applicant.text().strip():
            first = [p.name for p in parties if p.role_code == PartyRole.APPLICANT.value]
            applicant.setText(first[0] if first else "")

    picker.picked.connect(picked)
    return picker


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _combo(labels: list[str]) -> QComboBox:
    """Enum labels shown in the window's language (ui/enum_labels); the value read back is the label itself."""
    combo = QComboBox()
    for label in labels:
        combo.addItem(QCoreApplication.translate("Enums", label) if label else "", label)
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
                data = widget.currentData()
                out[key] = data if isinstance(data, str) else widget.currentText()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit | CasePicker):
                out[key] = widget.text()
        return out

    def accept(self) -> None:
        try:
            result = self.save(self.values())
        except FuyuanError as exc:  # the field and the reason, in the user's words; nothing was saved
            self.error.setText(error_text(exc))
            self.error.setVisible(True)
            return
        self.message = result if isinstance(result, str) else ""
        super().accept()


def appearance_dialog(ctx: Workspace, hearing_id: str, parent: QWidget) -> EntryDialog:
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


def reply_dialog(ctx: Workspace, recommendation_id: str, parent: QWidget) -> EntryDialog:
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


def item_done_dialog(ctx: Workspace, item_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [("on", QCoreApplication.translate("LinkageForms", "完成日期"), _date_edit(ctx.today())),
                           ("result", QCoreApplication.translate("LinkageForms", "落实情况"), QPlainTextEdit())]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "落实事项办结"), fields,
                       lambda v: complete_item(ctx, item_id, v["on"], v["result"]), parent)


def training_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
    attendees = QSpinBox()
    attendees.setRange(0, 10000)
    deputies = QSpinBox()
    deputies.setRange(0, 10000)
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "日期"), _date_edit(ctx.today())),
        ("case_number", QCoreApplication.translate("LinkageForms", "案号"), _case_picker(ctx, agency := QLineEdit())),
        ("agency", QCoreApplication.translate("LinkageForms", "被诉机关"), agency),
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


def _text_box(placeholder: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def joint_training_dialog(ctx: Workspace, parent: QWidget, view: JointTrainingView | None = None) -> EntryDialog:
    """同堂培训: date, organiser (the court or one of its tribunals), place, topic, lecturers, each participating
    agency with its head-count, the materials. With ``view``: that record, to correct."""
    organiser = QComboBox()
    organiser.addItem(QCoreApplication.translate("LinkageForms", "本院"), "")
    for name in organiser_choices(ctx):
        organiser.addItem(name, name)
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "培训日期"), _date_edit(view.held_on if view else ctx.today())),
        ("organiser", QCoreApplication.translate("LinkageForms", "组织单位"), organiser),
        ("place", QCoreApplication.translate("LinkageForms", "地点"), QLineEdit(view.place if view else "")),
        ("topic", QCoreApplication.translate("LinkageForms", "培训主题"), QLineEdit(view.topic if view else "")),
        ("lecturers", QCoreApplication.translate("LinkageForms", "授课人（顿号分隔）"),
         QLineEdit(view.lecturers if view else "")),
        ("agencies", QCoreApplication.translate("LinkageForms", "参训单位"), _text_box(QCoreApplication.translate(
            "LinkageForms", "每行一个单位：单位 人数 其中负责人数\n如：宁江区司法局 12 2"))),
        ("materials", QCoreApplication.translate("LinkageForms", "培训材料"), _text_box(
            QCoreApplication.translate("LinkageForms", "每行一份材料的名称"), 3)),
        ("note", QCoreApplication.translate("LinkageForms", "备注"), QLineEdit(view.note if view else "")),
    ]
    if view is not None:
        inputs = training_input(view)
        at = organiser.findData(inputs.organiser)
        organiser.setCurrentIndex(max(at, 0))
        agencies, materials = fields[5][2], fields[6][2]
        assert isinstance(agencies, QPlainTextEdit) and isinstance(materials, QPlainTextEdit)
        agencies.setPlainText("\n".join(f"{p.agency} {p.people} {p.heads}" for p in view.participants))
        materials.setPlainText(view.materials)

    def save(v: dict[str, Any]) -> None:
        data = JointTrainingInput(
            held_on=v["on"], place=v["place"], topic=v["topic"], participants=parse_participants(v["agencies"]),
            lecturers=v["lecturers"], organiser=v["organiser"], materials=v["materials"], note=v["note"])
        if view is None:
            add_joint_training(ctx, data)
        else:
            update_joint_training(ctx, view.id, data)

    title = (QCoreApplication.translate("LinkageForms", "登记同堂培训") if view is None
             else QCoreApplication.translate("LinkageForms", "修改同堂培训"))
    return EntryDialog(title, fields, save, parent)


def oral_dialog(ctx: Workspace, parent: QWidget, view: OralView | None = None) -> EntryDialog:
    """口头建议: date, agency, judge, occasion, the case (optional) and what was recommended. With ``view``: that
    record, to correct (its response stays)."""
    picker = _case_picker(ctx, agency := QLineEdit(view.agency if view else ""))
    occasion = _combo(OralOccasion.labels())
    content = _text_box("", 5)
    if view is not None:
        picker.setText(view.case_number)
        occasion.setCurrentIndex(max(occasion.findData(view.occasion), 0))
        content.setPlainText(view.content)
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "提出日期"), _date_edit(view.given_on if view else ctx.today())),
        ("case_number", QCoreApplication.translate("LinkageForms", "关联案号（可不填）"), picker),
        ("agency", QCoreApplication.translate("LinkageForms", "被建议单位"), agency),
        ("judge", QCoreApplication.translate("LinkageForms", "提出建议的法官"), QLineEdit(view.judge if view else "")),
        ("occasion", QCoreApplication.translate("LinkageForms", "场合"), occasion),
        ("content", QCoreApplication.translate("LinkageForms", "建议内容"), content),
    ]

    def save(v: dict[str, Any]) -> str:
        data = OralInput(given_on=v["on"], agency=v["agency"], judge=v["judge"], occasion=v["occasion"],
                         content=v["content"], case_number=v["case_number"])
        saved = add_oral(ctx, data) if view is None else update_oral(ctx, view.id, data)
        return "；".join(saved.warnings)

    title = (QCoreApplication.translate("LinkageForms", "登记口头建议") if view is None
             else QCoreApplication.translate("LinkageForms", "修改口头建议"))
    return EntryDialog(title, fields, save, parent)


def delete_dialog(title: str, what: str, delete: Callable[[str], object], parent: QWidget) -> EntryDialog:
    """Delete a record entered by mistake, with a reason (kept in the audit log); the form names the record."""
    shown = QLabel(what)
    shown.setWordWrap(True)
    fields: list[Field] = [("what", "", shown),
                           ("reason", QCoreApplication.translate("LinkageForms", "删除理由"), QLineEdit())]
    return EntryDialog(title, fields, lambda v: delete(v["reason"]), parent)


def oral_respond_dialog(ctx: Workspace, oral_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "反馈日期"), _date_edit(ctx.today())),
        ("adoption", QCoreApplication.translate("LinkageForms", "采纳情况"), _combo(Adoption.labels())),
        ("response", QCoreApplication.translate("LinkageForms", "单位反馈"), _text_box("", 5)),
    ]

    def save(v: dict[str, Any]) -> None:
        respond_oral(ctx, oral_id, v["response"], v["adoption"], v["on"])

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记口头建议反馈"), fields, save, parent)


def _money() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("LinkageForms", "元，如 30000"))
    return edit


def hearing_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
    agency = QLineEdit()
    fields: list[Field] = [
        ("case_number", QCoreApplication.translate("LinkageForms", "案号"), _case_picker(ctx, agency)),
        ("agency", QCoreApplication.translate("LinkageForms", "被诉机关"), agency),
        ("on", QCoreApplication.translate("LinkageForms", "开庭日期"), _date_edit(ctx.today())),
        ("served", QCoreApplication.translate("LinkageForms", "出庭通知书送达日期"), _date_edit(ctx.today())),
        ("instance", QCoreApplication.translate("LinkageForms", "审级"), _combo(Instance.labels())),
        ("mandatory", QCoreApplication.translate("LinkageForms", "属应当通知负责人出庭的案件"), QCheckBox()),
    ]

    def save(v: dict[str, Any]) -> str:
        view = schedule_hearing(ctx, v["case_number"], v["agency"], v["on"], notice_served_on=v["served"],
                                instance=v["instance"], mandatory=v["mandatory"])
        return "\n".join(view.warnings)  # shown under the table once the form closes

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记开庭"), fields, save, parent)


def relief_apply_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
    applicant = QLineEdit()
    fields: list[Field] = [
        ("case_number", QCoreApplication.translate("LinkageForms", "原案案号"), _case_picker(ctx, applicant=applicant)),
        ("applicant", QCoreApplication.translate("LinkageForms", "申请人"), applicant),
        ("on", QCoreApplication.translate("LinkageForms", "申请日期"), _date_edit(ctx.today())),
        ("requested", QCoreApplication.translate("LinkageForms", "申请金额"), _money()),
        ("reason", QCoreApplication.translate("LinkageForms", "申请理由"), QPlainTextEdit()),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记司法救助申请"), fields, lambda v: apply_relief(
        ctx, v["case_number"], v["applicant"], v["on"], reason=v["reason"], requested=v["requested"] or None), parent)


def relief_decide_dialog(ctx: Workspace, relief_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("grant", QCoreApplication.translate("LinkageForms", "决定"),
         _combo([QCoreApplication.translate("LinkageForms", "决定救助"),
                 QCoreApplication.translate("LinkageForms", "不予救助")])),
        ("amount", QCoreApplication.translate("LinkageForms", "救助金额"), _money()),
        ("on", QCoreApplication.translate("LinkageForms", "决定日期"), _date_edit(ctx.today())),
        ("number", QCoreApplication.translate("LinkageForms", "救助案号"), QLineEdit()),
        ("note", QCoreApplication.translate("LinkageForms", "审查意见"), QPlainTextEdit()),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "司法救助审查决定"), fields, lambda v: decide_relief(
        ctx, relief_id, granted=v["grant"] == QCoreApplication.translate("LinkageForms", "决定救助"),
        amount=v["amount"] or None, decided_on=v["on"],
        note=v["note"], relief_number=v["number"]), parent)


def relief_pay_dialog(ctx: Workspace, relief_id: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "发放日期"), _date_edit(ctx.today())),
        ("fund", QCoreApplication.translate("LinkageForms", "从慈善救助基金支出"), QCheckBox()),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "发放司法救助金"), fields,
                       lambda v: pay_relief(ctx, relief_id, v["on"], from_fund=v["fund"]), parent)


def fund_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "入账日期"), _date_edit(ctx.today())),
        ("source", QCoreApplication.translate("LinkageForms", "资金来源"), QLineEdit()),
        ("amount", QCoreApplication.translate("LinkageForms", "金额"), _money()),
        ("note", QCoreApplication.translate("LinkageForms", "说明"), QLineEdit()),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "救助基金入账"), fields,
                       lambda v: fund_income(ctx, v["on"], v["source"], v["amount"], note=v["note"]), parent)


def project_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
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
    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记重大项目风险评估"), fields, lambda v: add_project(
        ctx, v["name"], v["risk"], v["on"], unit=v["unit"], cases_studied=v["cases"], court_opinion=v["opinion"]),
        parent)


def meeting_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
    items = QPlainTextEdit()
    items.setPlaceholderText(QCoreApplication.translate("LinkageForms", "每行一项：事项|责任单位|YYYY-MM-DD"))
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
                raise ValidationError(QCoreApplication.translate("LinkageForms", "落实事项"), QCoreApplication.translate("LinkageForms", "第 {n} 行应为 事项|责任单位|YYYY-MM-DD").format(n=i + 1)) from None
        add_meeting(ctx, v["on"], v["title"], participants=v["participants"], decisions=v["decisions"],
                    items=tuple(parsed))

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记联席会议"), fields, save, parent)


def village_status_dialog(ctx: Workspace, village: str, parent: QWidget) -> EntryDialog:
    reason = QLineEdit()
    reason.setPlaceholderText(QCoreApplication.translate("LinkageForms", "未按达标标准判定达标而认定已达标的，写明理由"))
    fields: list[Field] = [
        ("status", QCoreApplication.translate("LinkageForms", "状态"), _combo(VillageStatus.labels())),
        ("on", QCoreApplication.translate("LinkageForms", "日期"), _date_edit(ctx.today())),
        ("reason", QCoreApplication.translate("LinkageForms", "人工认定理由"), reason),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "无讼村屯状态"), fields,
                       lambda v: set_village_status(ctx, village, v["status"], v["on"], reason=v["reason"]), parent)


def _year_spin(ctx: Workspace) -> QSpinBox:
    year = QSpinBox()
    year.setRange(2000, ctx.today().year)
    year.setValue(ctx.today().year)
    return year


def village_year_dialog(ctx: Workspace, village: str, parent: QWidget) -> EntryDialog:
    """A village's yearly figures the disputes table does not hold: lawsuits, petitions, group incidents."""
    counts = []
    for _ in range(4):
        spin = QSpinBox()
        spin.setRange(0, 100000)
        counts.append(spin)
    fields: list[Field] = [
        ("year", QCoreApplication.translate("LinkageForms", "年度"), _year_spin(ctx)),
        ("lawsuits", QCoreApplication.translate("LinkageForms", "新收诉讼"), counts[0]),
        ("petitions", QCoreApplication.translate("LinkageForms", "信访"), counts[1]),
        ("incidents", QCoreApplication.translate("LinkageForms", "群体性事件"), counts[2]),
        ("education", QCoreApplication.translate("LinkageForms", "法治宣传"), counts[3]),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "年度数据"), fields,
                       lambda v: village_year(ctx, village, v["year"], lawsuits=v["lawsuits"], petitions=v["petitions"],
                                              group_incidents=v["incidents"], education_events=v["education"]),
                       parent)


# the decisions of 人工认定, as the service reads them (the window shows their translation)
OVERRIDE_DECISIONS = (QT_TRANSLATE_NOOP("LinkageForms", "达标"), QT_TRANSLATE_NOOP("LinkageForms", "未达标"),
                      QT_TRANSLATE_NOOP("LinkageForms", "按标准"))


def village_override_dialog(ctx: Workspace, village: str, parent: QWidget) -> EntryDialog:
    """人工认定 of a year's 达标 (达标, 未达标, or 按标准 to take the criteria's judgement back), with the reason."""
    decision = QComboBox()
    for value in map(str, OVERRIDE_DECISIONS):
        decision.addItem(QCoreApplication.translate("LinkageForms", value), value)  # the service gets the Chinese
    fields: list[Field] = [
        ("year", QCoreApplication.translate("LinkageForms", "年度"), _year_spin(ctx)),
        ("decision", QCoreApplication.translate("LinkageForms", "人工认定"), decision),
        ("reason", QCoreApplication.translate("LinkageForms", "人工认定理由"), QLineEdit()),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "人工认定"), fields,
                       lambda v: override_village(ctx, village, v["year"], v["decision"], v["reason"]), parent)


# --- 司法建议: 签发, 送达, 跟踪落实, 优秀 ---------------------------------------------------------------------


def issue_dialog(ctx: Workspace, recommendation_id: str, parent: QWidget) -> EntryDialog:
    """签发: the date the president signed; the number is taken now (the court's next of that year)."""
    note = QLabel(QCoreApplication.translate("LinkageForms", "签发后取本院本年度下一个编号，内容冻结，不能再修改。"))
    note.setWordWrap(True)
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "签发日期"), _date_edit(ctx.today())),
        ("note", "", note),
    ]

    def save(v: dict[str, Any]) -> str:
        view = issue_recommendation(ctx, recommendation_id, v["on"])
        return QCoreApplication.translate("LinkageForms", "已签发：{number}").format(number=view.number)

    return EntryDialog(QCoreApplication.translate("LinkageForms", "签发司法建议书"), fields, save, parent)


def sent_dialog(ctx: Workspace, recommendation_id: str, recipient: str, parent: QWidget) -> EntryDialog:
    organ = QLineEdit(recipient)
    fields: list[Field] = [
        ("on", QCoreApplication.translate("LinkageForms", "送达日期"), _date_edit(ctx.today())),
        ("to", QCoreApplication.translate("LinkageForms", "受送达单位"), organ),
    ]

    def save(v: dict[str, Any]) -> str:
        view = mark_sent(ctx, recommendation_id, v["on"], v["to"])
        return QCoreApplication.translate("LinkageForms", "{number} 已送达{organ}，应于 {due} 前书面反馈（{months} 个月）").format(
            number=view.number, organ=view.served_to, due=view.reply_due, months=view.reply_months)

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记司法建议书送达"), fields, save, parent)


def follow_dialog(ctx: Workspace, recommendation_id: str, parent: QWidget) -> EntryDialog:
    """跟踪落实: a dated note of what the recipient did; the earlier notes are shown above it."""
    earlier = follow_up_log(ctx, recommendation_id)
    history = QLabel("\n".join(f"{day.isoformat()}　{text}" for day, text in earlier) or QCoreApplication.translate("LinkageForms", "（尚无跟踪落实记录）"))
    history.setWordWrap(True)
    fields: list[Field] = [
        ("history", QCoreApplication.translate("LinkageForms", "历次记录"), history),
        ("on", QCoreApplication.translate("LinkageForms", "跟踪日期"), _date_edit(ctx.today())),
        ("result", QCoreApplication.translate("LinkageForms", "落实情况"), QPlainTextEdit()),
    ]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "司法建议书跟踪落实"), fields,
                       lambda v: record_follow_up(ctx, recommendation_id, v["result"], v["on"]), parent)


def excellent_dialog(ctx: Workspace, recommendation_id: str, current: bool, parent: QWidget) -> EntryDialog:
    box = QCheckBox()
    box.setChecked(current)
    fields: list[Field] = [("excellent", QCoreApplication.translate("LinkageForms", "评为优秀司法建议"), box)]
    return EntryDialog(QCoreApplication.translate("LinkageForms", "优秀司法建议"), fields,
                       lambda v: mark_excellent(ctx, recommendation_id, bool(v["excellent"])), parent)


# --- 行政争议协调化解中心: 登记, 分流, 化解结果 ------------------------------------------------------------------


def _optional_date(text: str, label: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(label, QCoreApplication.translate("LinkageForms", "应为 YYYY-MM-DD，如 2026-03-01")) from None


def admin_register_dialog(ctx: Workspace, parent: QWidget) -> EntryDialog:
    """登记到中心: the case (picked), the organ (default: the case's respondent agency) and the limitation inputs."""
    agency = QLineEdit()
    agency.setPlaceholderText(QCoreApplication.translate("LinkageForms", "留空取本案被申请人中的行政机关"))
    knew = QLineEdit()
    knew.setPlaceholderText(QCoreApplication.translate("LinkageForms", "YYYY-MM-DD，可留空"))
    decision = QLineEdit()
    decision.setPlaceholderText(QCoreApplication.translate("LinkageForms", "YYYY-MM-DD，可留空"))
    people = QSpinBox()
    people.setRange(1, 100000)
    informed = QCheckBox()
    informed.setChecked(True)
    fields: list[Field] = [
        ("case", QCoreApplication.translate("LinkageForms", "案件"), _case_picker(ctx)),
        ("agency", QCoreApplication.translate("LinkageForms", "被申请机关"), agency),
        ("head", QCoreApplication.translate("LinkageForms", "机关负责人"), QLineEdit()),
        ("field", QCoreApplication.translate("LinkageForms", "领域"), QLineEdit()),
        ("act_type", QCoreApplication.translate("LinkageForms", "行为种类"), QLineEdit()),
        ("state", QCoreApplication.translate("LinkageForms", "程序状态"), _combo(ProcedureState.labels())),
        ("source", QCoreApplication.translate("LinkageForms", "来源"), _combo(IntakeSource.labels())),
        ("content", QCoreApplication.translate("LinkageForms", "调解内容"), _combo(ContentType.labels())),
        ("knew", QCoreApplication.translate("LinkageForms", "知道行政行为日期"), knew),
        ("decision", QCoreApplication.translate("LinkageForms", "收到复议决定日期"), decision),
        ("real_property", QCoreApplication.translate("LinkageForms", "涉及不动产"), QCheckBox()),
        ("informed", QCoreApplication.translate("LinkageForms", "已告知诉权或起诉期限"), informed),
        ("group", QCoreApplication.translate("LinkageForms", "群体性纠纷"), QCheckBox()),
        ("people", QCoreApplication.translate("LinkageForms", "涉及人数"), people),
    ]

    def save(v: dict[str, Any]) -> str:
        data = AdminCaseInput(
            agency=v["agency"], agency_head=v["head"], field=v["field"], act_type=v["act_type"],
            procedure_state=v["state"], intake_source=v["source"], content_type=v["content"],
            knew_on=_optional_date(v["knew"], QCoreApplication.translate("LinkageForms", "知道行政行为日期")),
            reconsideration_decision_on=_optional_date(v["decision"], QCoreApplication.translate("LinkageForms", "收到复议决定日期")),
            real_property=v["real_property"], informed_of_right=v["informed"], group_case=v["group"],
            people_count=v["people"])
        view = open_admin_case(ctx, v["case"], data)
        return "\n".join([QCoreApplication.translate("LinkageForms", "已登记 {number}（{agency}）").format(number=view.number, agency=view.agency),
                          *(f"{x.label}：{x.due_on.isoformat()}" for x in view.limitations), *view.warnings])

    return EntryDialog(QCoreApplication.translate("LinkageForms", "登记到行政争议协调化解中心"), fields, save, parent)


# The triage choices grouped as the centre decides: take it in, send it elsewhere, or turn it away.
TRIAGE_GROUPS = (
    (QT_TRANSLATE_NOOP("LinkageForms", "受理调解"), (Triage.MEDIATE, Triage.MAJOR)),
    (QT_TRANSLATE_NOOP("LinkageForms", "转出"), (Triage.RECONSIDERATION, Triage.DOCKET, Triage.PETITION)),
    (QT_TRANSLATE_NOOP("LinkageForms", "不予受理"), (Triage.INADMISSIBLE,)),
)


def triage_choices() -> list[tuple[str, Triage]]:
    """The group then the choice ("转出：…"); a group of one choice (不予受理) is shown by its name alone."""
    choices = []
    for group, items in TRIAGE_GROUPS:
        name = QCoreApplication.translate("LinkageForms", str(group))
        for t in items:
            choice = QCoreApplication.translate("Enums", t.label)
            choices.append((QCoreApplication.translate("LinkageForms", "{group}：{choice}").format(
                group=name, choice=choice) if len(items) > 1 else name, t))
    return choices


def triage_dialog(ctx: Workspace, case_number: str, parent: QWidget) -> EntryDialog:
    choices = triage_choices()
    fields: list[Field] = [
        ("decision", QCoreApplication.translate("LinkageForms", "分流"), _combo([label for label, _choice in choices])),
        ("reason", QCoreApplication.translate("LinkageForms", "理由"), QPlainTextEdit()),
        ("on", QCoreApplication.translate("LinkageForms", "分流日期"), _date_edit(ctx.today())),
    ]
    by_label = dict(choices)

    def save(v: dict[str, Any]) -> str:
        view = triage_admin_case(ctx, case_number, by_label[v["decision"]].label, v["reason"], v["on"])
        return QCoreApplication.translate("LinkageForms", "{number} 已分流：{triage}").format(number=view.number, triage=view.triage)

    return EntryDialog(QCoreApplication.translate("LinkageForms", "行政争议分流"), fields, save, parent)


def admin_outcome_dialog(ctx: Workspace, case_number: str, parent: QWidget) -> EntryDialog:
    fields: list[Field] = [
        ("amount", QCoreApplication.translate("LinkageForms", "兑付金额"), _money()),
        ("later", QCoreApplication.translate("LinkageForms", "后续诉讼案号"), QLineEdit()),
        ("head", QCoreApplication.translate("LinkageForms", "机关负责人参与化解"), QCheckBox()),
    ]

    def save(v: dict[str, Any]) -> str:
        view = update_admin_outcome(ctx, case_number, amount_paid=v["amount"] or None,
                                    later_case_number=v["later"] or None, head_participated=v["head"])
        return QCoreApplication.translate("LinkageForms", "已记录 {number} 的化解结果").format(number=view.number)

    return EntryDialog(QCoreApplication.translate("LinkageForms", "协调化解结果"), fields, save, parent)
