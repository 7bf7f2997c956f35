"""法定代理人与代理权限: the case's parties as the law sees them (capacity on the signing date, guardian, agents'
authority), what stops them from signing, and the two forms that clear it — opened from the 当事人 tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.capacity import GENERAL, POWERS, RELATIONS, SPECIAL
from fuyuan_desktop.domain.enums import PartyRole
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.parties import GuardianInput, LawView, party_law, set_agent_authority, set_guardian
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.enum_labels import enum_text


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# domain.capacity.POWERS, listed for translation: the boxes show them translated, the store keeps the Chinese.
POWER_WORDS = (
    QT_TRANSLATE_NOOP("PartyLawDialog", "代为承认、放弃、变更调解请求"),
    QT_TRANSLATE_NOOP("PartyLawDialog", "进行和解"),
    QT_TRANSLATE_NOOP("PartyLawDialog", "签署调解协议"),
    QT_TRANSLATE_NOOP("PartyLawDialog", "代为申请司法确认"),
    QT_TRANSLATE_NOOP("PartyLawDialog", "代为签收法律文书"),
)


class PartyLawDialog(QDialog):
    """The parties' standing on top; a guardian form and an agent-authority form below. Each save goes through the
    same service as ``fuyuan case guardian|agent``; an error stays in the dialog beside its form, nothing typed lost."""

    def __init__(self, ctx: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.saved = 0
        self.setWindowTitle(self.tr("法定代理人与代理权限"))
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
        self.summary.setMinimumHeight(150)
        layout.addWidget(self.summary)

        guardian_box = QGroupBox(self.tr("登记法定代理人（未成年人、无或限制民事行为能力人）"))
        form = QFormLayout(guardian_box)
        self.ward_combo = QComboBox()
        self.guardian_name = QLineEdit()
        self.relation_combo = QComboBox()
        self.relation_combo.setEditable(True)
        self.relation_combo.addItems(list(RELATIONS))
        self.guardian_id = QLineEdit()
        self.guardian_id.setMaxLength(18)
        self.guardian_phone = QLineEdit()
        form.addRow(self.tr("被代理的当事人(&W)"), self.ward_combo)
        form.addRow(self.tr("法定代理人姓名(&N)"), self.guardian_name)
        form.addRow(self.tr("与当事人关系(&R)"), self.relation_combo)
        form.addRow(self.tr("身份证号码(&I)"), self.guardian_id)
        form.addRow(self.tr("联系电话(&P)"), self.guardian_phone)
        self.guardian_error = QLabel()
        self.guardian_error.setWordWrap(True)
        self.guardian_error.setStyleSheet("color: #9b2c2c;")
        form.addRow(self.guardian_error)
        self.guardian_button = QPushButton(self.tr("保存法定代理人(&G)"))
        self.guardian_button.clicked.connect(self.save_guardian)
        form.addRow(self.guardian_button)
        forms = QHBoxLayout()  # side by side: the dialog stays short enough for 1366×768 and 1920×1080 at 150 %
        forms.addWidget(guardian_box, 1)

        agent_box = QGroupBox(self.tr("委托代理人的代理权限"))
        agent_form = QFormLayout(agent_box)
        self.agent_combo = QComboBox()
        agent_form.addRow(self.tr("委托代理人(&A)"), self.agent_combo)
        kinds = QHBoxLayout()
        self.general_radio = QRadioButton(self.tr("一般授权"))
        self.special_radio = QRadioButton(self.tr("特别授权"))
        self.special_radio.setChecked(True)
        kinds.addWidget(self.general_radio)
        kinds.addWidget(self.special_radio)
        kinds.addStretch(1)
        agent_form.addRow(self.tr("代理权限"), kinds)
        self.power_boxes = [QCheckBox(self.tr(power)) for power in POWERS]  # shown translated, saved as POWERS
        powers = QVBoxLayout()
        for box in self.power_boxes:
            powers.addWidget(box)
        agent_form.addRow(self.tr("授权事项"), powers)
        self.general_radio.toggled.connect(self._general_toggled)
        self.agent_error = QLabel()
        self.agent_error.setWordWrap(True)
        self.agent_error.setStyleSheet("color: #9b2c2c;")
        agent_form.addRow(self.agent_error)
        self.agent_button = QPushButton(self.tr("保存代理权限(&S)"))
        self.agent_button.clicked.connect(self.save_agent)
        agent_form.addRow(self.agent_button)
        forms.addWidget(agent_box, 1)
        layout.addLayout(forms)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.view: LawView | None = None
        self.reload()

    def _general_toggled(self, on: bool) -> None:
        for box in self.power_boxes:
            box.setEnabled(not on)

    def reload(self) -> None:
        self.view = party_law(self.ctx, self.case_id)
        self.summary.setHtml(self._html(self.view))
        ward = self.ward_combo.currentData()
        self.ward_combo.clear()
        agent = self.agent_combo.currentData()
        self.agent_combo.clear()
        for party in self.view.parties:
            if party.kind == "person":
                self.ward_combo.addItem(f"{enum_text(PartyRole, party.role)}：{party.name}（{party.capacity_text}）", party.party_id)
            for agent_id, name, authority in party.agents:
                self.agent_combo.addItem(self.tr("{name}（代理{role}{party}；现为{authority}）").format(
                    name=name, role=enum_text(PartyRole, party.role), party=party.name, authority=authority), agent_id)
        # the first party that needs a guardian is offered first
        needing = next((i for i, p in enumerate(p for p in self.view.parties if p.kind == "person")
                        if p.capacity != "full" and not p.guardian), None)
        if ward is not None and self.ward_combo.findData(ward) >= 0:
            self.ward_combo.setCurrentIndex(self.ward_combo.findData(ward))
        elif needing is not None:
            self.ward_combo.setCurrentIndex(needing)
        if agent is not None and self.agent_combo.findData(agent) >= 0:
            self.agent_combo.setCurrentIndex(self.agent_combo.findData(agent))
        self.agent_button.setEnabled(self.agent_combo.count() > 0)
        self.guardian_button.setEnabled(self.ward_combo.count() > 0)

    def _html(self, view: LawView) -> str:
        today = self.tr("按今天（{day}）计算年龄；定稿时按签署日期再查一次。").format(day=view.on.isoformat())
        lines = [f"<p>{today}</p>"]
        for p in view.parties:
            state = f"（{_esc(p.capacity_text)}）" if p.capacity_text else ""
            lines.append(f"<p><b>{_esc(enum_text(PartyRole, p.role))}：{_esc(p.name)}</b>{state}")
            if p.guardian:
                lines.append("<br/>\u3000" + self.tr("法定代理人：{name}").format(name=_esc(p.guardian)))
            for _id, name, authority in p.agents:
                lines.append("<br/>\u3000" + self.tr("委托代理人：{name}，{authority}").format(name=_esc(name), authority=_esc(authority)))
            for problem in p.problems:
                lines.append(f"<br/><span style='color:#9b2c2c'>✗ {_esc(problem)}</span>")
            lines.append("</p>")
        if view.problems:
            lines.append("<p><b>" + self.tr("以上问题解决前，调解协议不能定稿。") + "</b></p>")
        else:
            lines.append("<p style='color:#276749'>" + self.tr("各方均可签署。") + "</p>")
        return "".join(lines)

    def save_guardian(self) -> None:
        self.guardian_error.clear()
        try:
            set_guardian(self.ctx, self.case_id, str(self.ward_combo.currentData()), GuardianInput(
                self.guardian_name.text(), self.relation_combo.currentText(), self.guardian_id.text(),
                phone=self.guardian_phone.text()))
        except FuyuanError as exc:
            self.guardian_error.setText(error_text(exc))
            return
        self.saved += 1
        for edit in (self.guardian_name, self.guardian_id, self.guardian_phone):
            edit.clear()
        self.reload()

    def save_agent(self) -> None:
        self.agent_error.clear()
        special = self.special_radio.isChecked()
        powers = [p for p, b in zip(POWERS, self.power_boxes, strict=True) if b.isChecked()] if special else []
        try:
            set_agent_authority(self.ctx, self.case_id, str(self.agent_combo.currentData()),
                                SPECIAL if special else GENERAL, powers)
        except FuyuanError as exc:
            self.agent_error.setText(error_text(exc))
            return
        self.saved += 1
        self.reload()
