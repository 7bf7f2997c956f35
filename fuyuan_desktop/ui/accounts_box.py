"""设置's 账户 section (administrators of a protected store): the accounts of this device, 添加账户… and 停用.

The checks are the ``fuyuan user add`` command's (services/accounts.py): the same name and password-strength rules,
the password typed twice; a refusal is shown in place, in the dialog or under the list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.court_time import court_clock
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.accounts import (
    AccountView,
    add_user,
    check_new_admin,
    disable_user,
    enable_user,
    list_users,
    locked_accounts,
)
from fuyuan_desktop.services.permissions import Role, allowed, role_label
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text

PROBLEM_RED = "#b42318"
OK_GREEN = "#1a7f37"
ROLES = (Role.JUDGE, Role.CLERK, Role.MEDIATOR, Role.ADMIN)
# The account roles' labels (resources/reference/security.json), for the translation file.
_ROLE_WORDS = (QT_TRANSLATE_NOOP("Enums", "法官"), QT_TRANSLATE_NOOP("Enums", "书记员"),
               QT_TRANSLATE_NOOP("Enums", "调解员"), QT_TRANSLATE_NOOP("Enums", "管理员"))


def shown_role(role: str) -> str:
    """An account role's label (security.json) in the window's language."""
    return QCoreApplication.translate("Enums", role_label(role))


def may_manage_accounts(ctx: Workspace) -> bool:
    """An administrator of a protected store (a store without accounts has none to manage)."""
    return ctx.role is not None and allowed(ctx.role, "user.manage")


class AddAccountDialog(QDialog):
    """Name, role, password twice; 添加 adds the account (``added`` is its view) or says in place why not."""

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, name: str = "",
                 role: Role = Role.JUDGE, intro: str = "", enabling: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enabling = enabling  # 启用: a disabled account back, with a new password (its old key copy is gone)
        self.added: AccountView | None = None
        self.setObjectName("enable_account_dialog" if enabling else "add_account_dialog")
        self.setWindowTitle(self.tr("启用账户") if enabling else self.tr("添加账户"))
        if enabling and not intro:
            intro = self.tr("重新启用账户「{name}」：设置新密码（至少 8 个字符），再告诉本人；旧密码已不能使用。").format(
                name=name)
        self.setModal(True)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro or self.tr("新账户用自己的密码登录本机；密码至少 8 个字符，不要与他人共用。"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("account_name")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("account_role")
        for each in ROLES:
            self.role_combo.addItem(shown_role(each.value), each.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("account_password")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("account_password_again")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for text, widget in ((self.tr("账户名(&N)："), self.name_edit), (self.tr("角色(&R)："), self.role_combo),
                             (self.tr("密码(&P)："), self.password_edit),
                             (self.tr("再输一次(&A)："), self.again_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        if enabling:
            self.name_edit.setReadOnly(True)
            self.role_combo.setEnabled(False)  # the account keeps its role
        self.message = QLabel("", self)
        self.message.setObjectName("account_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {PROBLEM_RED};")
        self.message.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("启用(&E)") if enabling else self.tr("添加(&D)"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("account_add")
        self.add_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("account_cancel")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password_edit if name else self.name_edit).setFocus()

    def submit(self) -> None:
        password = self.password_edit.text()
        try:
            name = check_new_admin(self.name_edit.text(), password, self.again_edit.text())
            if self.enabling:
                self.added = enable_user(self.ctx, name, password)
            else:
                self.added = add_user(self.ctx, name, str(self.role_combo.currentData()), password)
        except FuyuanError as exc:
            self.message.setText(error_text(exc))
            self.password_edit.clear()
            self.again_edit.clear()
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.again_edit.clear()
        self.accept()


class AccountsBox(QGroupBox):
    """The list of accounts with 添加账户…, 停用… and 启用…; ``switch_requested`` asks the window for 切换账户."""

    changed = Signal()
    switch_requested = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("accounts_box")
        self.setTitle(self.tr("账户"))
        self.add_dialog: AddAccountDialog | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("accounts_table")
        self.table.setHorizontalHeaderLabels([self.tr("账户"), self.tr("角色"), self.tr("状态"), self.tr("上次登录（北京时间）")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.table.setMaximumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加账户(&U)…"), self)
        self.add_button.setObjectName("accounts_add")
        self.add_button.clicked.connect(lambda: self.add_account())
        self.disable_button = QPushButton(self.tr("停用…"), self)
        self.disable_button.setObjectName("accounts_disable")
        self.disable_button.clicked.connect(self.ask_disable)
        self.enable_button = QPushButton(self.tr("启用…"), self)
        self.enable_button.setObjectName("accounts_enable")
        self.enable_button.clicked.connect(lambda: self.enable_account())
        self.switch_button = QPushButton(self.tr("切换账户…"), self)
        self.switch_button.setObjectName("accounts_switch")
        self.switch_button.clicked.connect(self.switch_requested.emit)
        for button in (self.add_button, self.disable_button, self.enable_button, self.switch_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel("", self)
        self.message.setObjectName("accounts_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet(f"color: {PROBLEM_RED};" if problem else f"color: {OK_GREEN};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        try:
            rows = list_users(self.ctx)
            locked = locked_accounts(self.ctx)
        except FuyuanError as exc:
            self._say(error_text(exc), problem=True)
            return
        self.table.setRowCount(len(rows))
        for at, view in enumerate(rows):
            if view.disabled:
                state = self.tr("已停用")
            elif view.name in locked:
                state = self.tr("暂时锁定（至 {time}）").format(time=court_clock(locked[view.name]))
            else:
                state = self.tr("正常")
            last = court_clock(view.last_login_at) if view.last_login_at else self.tr("从未登录")
            for column, text in enumerate((view.name, shown_role(view.role), state, last)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.name)
                if view.disabled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(at, column, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def names(self) -> list[str]:
        """The account names as listed (tests, and whoever wants to know who is there)."""
        return [self._text(r, 0) for r in range(self.table.rowCount())]

    def state_of(self, name: str) -> str:
        return self._text(self.names().index(name), 2)

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._text(rows[0].row(), 0)

    def select(self, name: str) -> None:
        self.table.selectRow(self.names().index(name))

    def _selection_changed(self) -> None:
        name = self.selected_name()
        disabled = name is not None and self.state_of(name) == self.tr("已停用")
        self.disable_button.setEnabled(name is not None and name != self.ctx.actor and not disabled)
        self.enable_button.setEnabled(disabled)

    def add_account(self, name: str = "", role: Role = Role.JUDGE) -> AddAccountDialog:
        """Open 添加账户 (not waiting for it: tests and the first run drive it while it is up)."""
        dialog = self.add_dialog = AddAccountDialog(self.ctx, self, name=name, role=role)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def enable_account(self, name: str | None = None) -> AddAccountDialog | None:
        """Open 启用账户 for the selected disabled account: a new password, the role kept."""
        name = name or self.selected_name()
        if name is None:
            return None
        view_role = next((r for r in ROLES if shown_role(r.value) == self._text(self.names().index(name), 1)),
                         Role.JUDGE)
        dialog = self.add_dialog = AddAccountDialog(self.ctx, self, name=name, role=view_role, enabling=True)
        dialog.accepted.connect(lambda: self._enabled(dialog))
        dialog.open()
        return dialog

    def _enabled(self, dialog: AddAccountDialog) -> None:
        if dialog.added is not None:
            self.refresh()
            self.select(dialog.added.name)
            self._say(self.tr("已重新启用账户：{name}（请把新密码告诉本人）").format(name=dialog.added.name))
            self.changed.emit()

    def _added(self, dialog: AddAccountDialog) -> None:
        if dialog.added is not None:
            self.refresh()
            self.select(dialog.added.name)
            self._say(self.tr("已添加账户：{name}（{role}）").format(name=dialog.added.name,
                                                                  role=shown_role(dialog.added.role)))
            self.changed.emit()

    def ask_disable(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("停用账户"), self.tr(
            "停用账户「{name}」？\n其密钥副本随即删除，此后不能再用它登录；由其经手的案件和记录保持不变。"
            "以后可由管理员重新启用并设置新密码。").format(name=name), parent=self)
        box.setObjectName("disable_account_box")
        yes = box.addButton(self.tr("停用(&D)"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("disable_account_confirm")
        back = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is yes:
            self.disable(name)

    def disable(self, name: str) -> bool:
        try:
            disable_user(self.ctx, name)
        except FuyuanError as exc:
            self._say(error_text(exc), problem=True)
            return False
        self.refresh()
        self._say(self.tr("已停用账户：{name}（其密钥副本已删除）").format(name=name))
        self.changed.emit()
        return True
