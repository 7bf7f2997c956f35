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

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.domain.linkage import AbsenceReason, Adoption, Appearance
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.community import complete_item
from fuyuan_desktop.services.linkage.followup import mark_excellent, record_reply
from fuyuan_desktop.services.linkage.hearings import record_appearance
from fuyuan_desktop.services.linkage.programmes import TrainingInput, add_training

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

    def __init__(self, title: str, fields: list[Field], save: Callable[[dict[str, Any]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = {key: widget for key, _label, widget in fields}
        self.save = save
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
            self.save(self.values())
        except FuyuanError as exc:  # the field and the reason, in the user's words; nothing was saved
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
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
