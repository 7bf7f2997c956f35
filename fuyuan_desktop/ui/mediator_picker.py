"""Choosing mediators: the roster filtered as typed (name, pinyin initials, organisation, role), only mediators
offered, the first ticked leads; 更换调解员 on the case page, and a new roster entry added on the spot.

Judges, clerks, agency heads and deputies are on the roster because they take part in sittings, but they do not
mediate: they are not offered here (the services refuse them too, see ``services/case_edits.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.enums import ParticipantRole
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.case_edits import MediatorChange, set_case_mediators
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.workflow import MediatorView, add_mediator, list_mediators, mediators_of
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.enum_labels import enum_label
from fuyuan_desktop.ui.organisation_dialog import AddOrganisationDialog

ID_ROLE = Qt.ItemDataRole.UserRole
KEYS_ROLE = Qt.ItemDataRole.UserRole + 1
MEDIATOR_ROLES = [role for role in ParticipantRole if role.is_mediator]


def is_mediator(view: MediatorView) -> bool:
    try:
        return ParticipantRole.of(view.role_code).is_mediator
    except ValueError:
        return False


def mediators_only(roster: list[MediatorView]) -> list[MediatorView]:
    return [m for m in roster if is_mediator(m)]


def roster_label(mediator: MediatorView) -> str:
    organization = f"·{mediator.organization}" if mediator.organization else ""
    return f"{mediator.name}（{mediator.role}{organization}）"


def search_keys(mediator: MediatorView) -> str:
    pinyin, initials = name_keys(mediator.name, person=True)
    return " ".join((mediator.name, pinyin, initials, mediator.organization, mediator.role)).lower()


class RosterList:
    """A checkable roster in a ``QListWidget`` with a filter box: typing hides who does not match (a ticked
    person stays ticked while hidden); Down in the box moves into the list, Esc in the list back to the box.
    ``order`` is the ticked ids in the order they were ticked (the first leads)."""

    def __init__(self, filter_edit: QLineEdit, list_widget: QListWidget) -> None:
        self.filter_edit = filter_edit
        self.list = list_widget
        self.order: list[str] = []
        self.names: dict[str, str] = {}
        self.listeners: list[Callable[[], None]] = []  # told when the ticks or the lead change
        filter_edit.setPlaceholderText(QCoreApplication.translate("RosterList", "筛选：姓名、拼音首字母、单位或类别"))
        filter_edit.setClearButtonEnabled(True)
        filter_edit.setAccessibleName(QCoreApplication.translate("RosterList", "筛选调解员"))
        filter_edit.textChanged.connect(self.apply_filter)
        list_widget.itemChanged.connect(self._checked)
        self._keys = _Keys(self)
        filter_edit.installEventFilter(self._keys)
        list_widget.installEventFilter(self._keys)

    def fill(self, roster: list[MediatorView], ticked: Sequence[str] = ()) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.names = {m.id: m.name for m in roster}
        self.order = [m for m in ticked if m in self.names]
        for mediator in roster:
            item = QListWidgetItem(roster_label(mediator))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if mediator.id in self.order else Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, mediator.id)
            item.setData(KEYS_ROLE, search_keys(mediator))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.apply_filter(self.filter_edit.text())

    def apply_filter(self, text: str) -> None:
        words = text.strip().lower().split()
        first_shown = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = any(word not in str(item.data(KEYS_ROLE)) for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = row
        current = self.list.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.list.setCurrentRow(first_shown)

    def shown(self) -> list[str]:
        return [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    def tick(self, mediator_id: str, on: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == mediator_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def make_lead(self, mediator_id: str) -> None:
        if mediator_id in self.order:
            self.order.remove(mediator_id)
            self.order.insert(0, mediator_id)
            self._notify()

    def lead(self) -> str:
        return self.names[self.order[0]] if self.order else ""

    def _checked(self, item: QListWidgetItem) -> None:
        mediator_id = str(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked and mediator_id not in self.order:
            self.order.append(mediator_id)
        elif item.checkState() != Qt.CheckState.Checked and mediator_id in self.order:
            self.order.remove(mediator_id)
        self._notify()

    def _notify(self) -> None:
        for listener in self.listeners:
            listener()


class _Keys(QObject):
    def __init__(self, roster: RosterList) -> None:
        super().__init__(roster.list)
        self.roster = roster

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        roster = self.roster
        if watched is roster.filter_edit and event.key() == Qt.Key.Key_Down and roster.shown():
            roster.list.setFocus()
            return True
        if watched is roster.list and event.key() == Qt.Key.Key_Escape and roster.filter_edit.text():
            roster.filter_edit.setFocus()
            roster.filter_edit.selectAll()
            return True
        return False


class AddMediatorDialog(QDialog):
    """添加调解员: a new person on the roster, as a mediator (the roles that mediate only)."""

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("添加调解员"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(64)
        self.role_combo = QComboBox()
        for role in MEDIATOR_ROLES:
            self.role_combo.addItem(enum_label(role), role.value)
        self.role_combo.setCurrentIndex(MEDIATOR_ROLES.index(ParticipantRole.PEOPLE_MEDIATOR))
        # The registered organisations to pick from; a name typed as registered links the mediator to it.
        self.organization_combo = QComboBox()
        self.organization_combo.setEditable(True)
        self.organization_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization_combo.setAccessibleName(self.tr("所属调解组织"))
        self.organization_combo.setMinimumWidth(300)
        edit = self.organization_combo.lineEdit()
        assert edit is not None
        self.organization_edit = edit
        self.organization_edit.setMaxLength(100)
        self.organization_edit.setPlaceholderText(self.tr("从调解组织名录中选择"))
        self._fill_organisations()
        self.new_org_button = QPushButton(self.tr("登记调解组织(&G)…"))
        self.new_org_button.setVisible(allowed(ctx.role, "registry.edit"))
        self.new_org_button.clicked.connect(self.register_organisation)
        org_row = QHBoxLayout()
        org_row.addWidget(self.organization_combo, 1)
        org_row.addWidget(self.new_org_button)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        form.addRow(self.tr("姓名(&N)"), self.name_edit)
        form.addRow(self.tr("类别(&R)"), self.role_combo)
        org_label = QLabel(self.tr("调解组织(&O)"))
        org_label.setBuddy(self.organization_combo)
        form.addRow(org_label, org_row)
        form.addRow(self.tr("电话(&P)"), self.phone_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("加入名册(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_organisations(self, chosen: str = "") -> None:
        from fuyuan_desktop.services.organisations import list_organisations

        self.organization_combo.clear()
        for view in list_organisations(self.ctx, include_retired=False):
            self.organization_combo.addItem(view.name, view.id)
            self.organization_combo.setItemData(self.organization_combo.count() - 1, view.label,
                                                Qt.ItemDataRole.ToolTipRole)
        self.organization_combo.setCurrentIndex(-1)
        self.organization_edit.setText(chosen)

    def register_organisation(self) -> AddOrganisationDialog:
        """Open 登记调解组织; once registered, the new organisation is chosen here."""
        dialog = AddOrganisationDialog(self.ctx, self, self.organization_edit.text().strip())
        dialog.accepted.connect(lambda: self._fill_organisations(dialog.created.name if dialog.created else ""))
        dialog.open()
        return dialog

    def save(self) -> None:
        try:
            self.created_id = add_mediator(self.ctx, self.name_edit.text(), str(self.role_combo.currentData()),
                                           organization=self.organization_edit.text().strip(),
                                           phone=self.phone_edit.text().strip())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class MediatorsDialog(QDialog):
    """更换调解员: tick to add, untick to take off (untick one and tick another to replace); the first ticked leads
    (设为主持 moves the selected one first). Saved in one audited change; errors stay in the dialog."""

    def __init__(self, ctx: Workspace, case_id: str, parent: QWidget | None = None, *,
                 accepted_on: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.accepted_on = accepted_on
        self.result_change: MediatorChange | None = None
        self.setWindowTitle(self.tr("更换调解员"))
        layout = QVBoxLayout(self)
        self.current = [m.id for m in mediators_of(ctx, case_id)]
        intro = QLabel(self.tr("勾选本案的调解员：取消勾选即撤换，勾选新的即增加或替换；排在最前的主持调解。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter_edit = QLineEdit()
        label = QLabel(self.tr("筛选(&F)"))
        label.setBuddy(self.filter_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter_edit, 1)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("调解员名册"))
        self.list.setMinimumHeight(200)
        layout.addWidget(self.list, 1)
        self.roster = RosterList(self.filter_edit, self.list)
        self.lead_label = QLabel()
        self.lead_label.setWordWrap(True)
        layout.addWidget(self.lead_label)
        buttons_row = QHBoxLayout()
        self.lead_button = QPushButton(self.tr("设为主持(&L)"))
        self.lead_button.clicked.connect(self._make_lead)
        self.add_button = QPushButton(self.tr("添加到名册(&A)…"))
        self.add_button.setVisible(allowed(ctx.role, "mediator.edit"))
        self.add_button.clicked.connect(self.add_to_roster)
        buttons_row.addWidget(self.lead_button)
        buttons_row.addWidget(self.add_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.roster.listeners.append(self._show_lead)
        self.reload(self.current)
        self.filter_edit.setFocus()
        self.resize(520, 480)

    def reload(self, ticked: list[str]) -> None:
        roster = mediators_only(list_mediators(self.ctx))
        self.roster.fill(roster, ticked)
        if not roster:
            self.error_label.setText(self.tr("调解员名册中还没有调解员；请点“添加到名册”。"))
        self._show_lead()

    def _show_lead(self) -> None:
        names = [self.roster.names[m] for m in self.roster.order]
        self.lead_label.setText(self.tr("主持调解：{lead}；共 {n} 人：{names}").format(
            lead=names[0], n=len(names), names="、".join(names)) if names else self.tr("尚未勾选调解员"))
        self.error_label.clear()

    def _make_lead(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            if item.checkState() != Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Checked)
            self.roster.make_lead(str(item.data(ID_ROLE)))

    def add_to_roster(self) -> None:
        dialog = AddMediatorDialog(self.ctx, self, self.filter_edit.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id:
            self.filter_edit.clear()
            self.reload([*self.roster.order, dialog.created_id])

    def save(self) -> None:
        if self.roster.order == self.current and not self.accepted_on:
            self.reject()  # nothing changed: nothing to audit
            return
        try:
            self.result_change = set_case_mediators(self.ctx, self.case_id, list(self.roster.order),
                                                    accepted_on=self.accepted_on)
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()
