"""First run: set up this tribunal with its first administrator and an encrypted store (the default), or open the
demo workspace to try things out, or — explicitly, after a second question — go on without accounts for now.

The same dialog in ``protect_only`` mode is 设置's "启用账户和加密" for a store that went on without them: it
encrypts the store in place, cases and all (services/accounts.py ``protect_open_store``, the steps of
``fuyuan init --admin``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.services.accounts import (
    ProtectedStore,
    check_new_admin,
    protect_open_store,
    write_recovery_key_pdf,
)
from fuyuan_desktop.services.cases import count_cases
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.setup import device_info, set_device_tribunal
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import save_file_name
from fuyuan_desktop.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from fuyuan_desktop.ui.pages.settings import open_demo_window
from fuyuan_desktop.ui.preferences import PROTECTION_DECLINED, SETUP_DONE
from fuyuan_desktop.ui.tasks import Task, keep_running

PROBLEM_RED = "#b42318"


def needs_first_run(ctx: Workspace, settings: QSettings) -> bool:
    """No cases yet, and nobody has set up this tribunal on this device."""
    return not SETUP_DONE.read(settings) and count_cases(ctx) == 0


def key_tail(text: str) -> str:
    """The last 4 symbols of a recovery key as typed (case, spaces and dashes do not matter)."""
    return "".join(ch for ch in text.upper() if ch.isalnum())[-4:]


class FirstRunDialog(QDialog):
    """``outcome``: "setup" (tribunal, administrator, encryption), "protected" (``protect_only``), "declined"
    (explicitly no accounts for now), "demo" once the demo workspace was opened, "" when simply closed.

    ``release`` is called just before the open store is closed for encryption (the window drops its pages);
    ``reopened`` then carries the open store: the encrypted one as the administrator (``ctx`` from then on), or
    after a failure the unchanged one.
    """

    reopened = Signal(object)

    def __init__(self, ctx: Workspace, settings: QSettings, parent: QWidget | None = None, *,
                 protect_only: bool = False, release: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.protect_only = protect_only
        self.release = release
        self.outcome = ""
        self.recovery_key = ""
        self.recovery_pdf: Path | None = None
        self._staff_recorded = False  # a retry after a failed encryption does not add the judge twice
        self.task: Task | None = None
        self.encrypting = False  # protect_open_store is running on a worker
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._tribunals: dict[str, list[dict[str, str]]] = {}
        for row in courts_and_tribunals(ctx):
            if row["court_code"] not in self._tribunals:
                self._tribunals[row["court_code"]] = []
                self.ui.court_combo.addItem(row["court"], row["court_code"])
            self._tribunals[row["court_code"]].append(row)
        self.ui.court_combo.currentIndexChanged.connect(self._fill_tribunals)
        current = device_info(ctx).tribunal_id
        court_of_device = next((code for code, rows in self._tribunals.items()
                                if any(r["tribunal_id"] == current for r in rows)), None)
        if court_of_device is not None:
            self.ui.court_combo.setCurrentIndex(self.ui.court_combo.findData(court_of_device))
        self._fill_tribunals()
        if current:
            self.ui.tribunal_combo.setCurrentIndex(max(0, self.ui.tribunal_combo.findData(current)))
        self.ui.demo_button.clicked.connect(self.generate_demo)
        self.ui.setup_button.clicked.connect(self.set_up)
        self.ui.skip_button.clicked.connect(self.decline)
        self.ui.save_pdf_button.clicked.connect(self.save_pdf)
        self.ui.confirm_edit.textChanged.connect(self._confirm_changed)
        self.ui.continue_button.clicked.connect(self.finish)
        self.ui.continue_button.setVisible(False)
        self.ui.setup_button.setDefault(True)
        self.ui.message_label.setVisible(False)
        self.ui.steps.setCurrentWidget(self.ui.setup_page)
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSizeF(max(14.0, self.font().pointSizeF() * 1.6))
        key_font.setBold(True)
        self.ui.recovery_key_label.setFont(key_font)
        self.ui.recovery_key_label.setStyleSheet("border: 2px solid #444; padding: 12px; background: white;")
        if protect_only:
            self.setWindowTitle(self.tr("启用账户和加密"))
            self.ui.intro_label.setText(self.tr(
                "为本机创建第一个管理员账户，并把案件库加密：已有的案件就地加密（先自动备份，原有备份也一并加密）。"
                "此后每次启动都要用账户登录。"))
            for widget in (self.ui.demo_box, self.ui.setup_box):
                widget.setVisible(False)
            self.ui.skip_button.setText(self.tr("取消"))
            self.ui.setup_button.setText(self.tr("加密(&E)"))
            self.ui.admin_edit.setFocus()
        else:
            self.ui.judge_edit.setFocus()

    def _fill_tribunals(self) -> None:
        self.ui.tribunal_combo.clear()
        for row in self._tribunals.get(self.ui.court_combo.currentData(), []):
            self.ui.tribunal_combo.addItem(row["tribunal"], row["tribunal_id"])

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.ui.message_label.setStyleSheet(f"color: {PROBLEM_RED};" if problem else "")
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # --- (a) demo data: in the demo workspace, never in this store ------------------------------------

    def generate_demo(self) -> bool:
        """Open the demo workspace (``<data>/demo``) in a new window; this store stays empty and this dialog open."""
        disputes = self.ui.demo_count_spin.value()
        if open_demo_window(self.ctx.data_paths, disputes):
            self.outcome = "demo"
            self._say(self.tr("已在新窗口中打开演示工作区（{folder}），其中生成 {count} 件虚构案件；"
                              "本机的正式数据不受影响。").format(folder=self.ctx.data_paths.root / "demo", count=disputes))
            return True
        self._say(self.tr("无法启动演示工作区窗口。"), problem=True)
        return False

    # --- (b) this tribunal, its administrator and the encryption -------------------------------------

    def _checked_staff(self) -> tuple[str, str, str] | None:
        """The tribunal, judge and clerk, checked before anything is written (a retry never adds anyone twice)."""
        tribunal_id = self.ui.tribunal_combo.currentData()
        judge = self.ui.judge_edit.text().strip()
        clerk = self.ui.clerk_edit.text().strip()
        if not tribunal_id:
            self._say(self.tr("请选择法庭。"), problem=True)
            return None
        if not judge:
            self._say(self.tr("请填写承办法官的姓名。"), problem=True)
            self.ui.judge_edit.setFocus()
            return None
        # Imported here: intake brings its pinyin dictionaries, which a normal start does not need.
        from fuyuan_desktop.services.intake import check_text

        for name, field in ((judge, "法官姓名"), (clerk, "书记员姓名")):
            _clean, err = check_text(name, field, required=False, limit=64)
            if err is not None:
                self._say(error_text(err), problem=True)
                return None
        return str(tribunal_id), judge, clerk

    def _record_staff(self, staff: tuple[str, str, str]) -> None:
        from fuyuan_desktop.services.workflow import add_mediator

        tribunal_id, judge, clerk = staff
        set_device_tribunal(self.ctx, tribunal_id)
        add_mediator(self.ctx, judge, "法官", tribunal_id=tribunal_id)
        if clerk:
            add_mediator(self.ctx, clerk, "书记员", tribunal_id=tribunal_id)

    def set_up(self) -> None:
        """Check everything, encrypt the store under the new administrator, record the tribunal, show the key."""
        staff = None
        if not self.protect_only:
            staff = self._checked_staff()
            if staff is None:
                return
        password = self.ui.password_edit.text()
        try:
            admin = check_new_admin(self.ui.admin_edit.text(), password, self.ui.password_again_edit.text())
        except ValidationError as exc:
            self._say(error_text(exc), problem=True)
            (self.ui.admin_edit if exc.label == "账户名" else self.ui.password_edit).setFocus()
            return
        if staff is not None and not self._staff_recorded:
            # On the open store, before the encryption: the roster is the judge's and clerk's to keep, not the
            # administrator's (services/permissions.py), and the encryption carries these rows over in place.
            try:
                self._record_staff(staff)
            except FuyuanError as exc:
                self._say(error_text(exc), problem=True)
                return
            self._staff_recorded = True
            SETUP_DONE.write(self.settings, 1)
        self._say(self.tr("正在加密案件库，请稍候…（案件多时需要几分钟，请勿关闭本机）"))
        self.ui.setup_button.setEnabled(False)
        self.ui.skip_button.setEnabled(False)
        self.encrypting = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if self.release is not None:
            self.release()  # the window lets go of the store (its pages and their reads) first
        ctx = self.ctx
        # On a worker: a store with years of cases takes a while to re-encrypt, and the window must keep painting.
        task = self.task = Task(lambda _progress, _cancel: protect_open_store(ctx, admin, password))
        task.signals.finished.connect(self._protected)
        task.signals.failed.connect(self._protect_failed)
        keep_running(task)

    def _protect_failed(self, exc: BaseException, details: str) -> None:
        self.task, self.encrypting = None, False
        QGuiApplication.restoreOverrideCursor()
        if not isinstance(exc, FuyuanError):
            from fuyuan_desktop.ui.crash import show_error

            show_error(self, self.tr("加密未完成：{error}").format(error=error_text(exc)), details)
        self._say(error_text(exc), problem=True)
        self.ui.setup_button.setEnabled(True)
        self.ui.skip_button.setEnabled(True)
        if self.release is not None:
            self.reopened.emit(self.ctx)  # the unchanged store, open again

    def _protected(self, made: ProtectedStore) -> None:
        self.task, self.encrypting = None, False
        QGuiApplication.restoreOverrideCursor()
        self.ui.skip_button.setEnabled(True)
        self.ctx = made.ctx
        self.recovery_key = made.recovery_key
        for edit in (self.ui.password_edit, self.ui.password_again_edit):
            edit.clear()
        PROTECTION_DECLINED.write(self.settings, "")
        self.reopened.emit(self.ctx)
        self._say("")
        self.outcome = "protected" if self.protect_only else "setup"
        self._show_recovery_key()

    def _show_recovery_key(self) -> None:
        self.ui.recovery_key_label.setText(self.recovery_key)
        self.ui.steps.setCurrentWidget(self.ui.recovery_page)
        self.ui.setup_button.setVisible(False)
        self.ui.skip_button.setVisible(False)
        self.ui.continue_button.setVisible(True)
        self.ui.continue_button.setEnabled(False)
        self.ui.continue_button.setDefault(True)
        self.ui.save_pdf_button.setFocus()

    def save_pdf(self) -> Path | None:
        """The recovery key as the one-page PDF ``fuyuan init --admin --recovery-pdf`` writes."""
        name = save_file_name(self, self.tr("把恢复密钥另存为 PDF"), self.tr("恢复密钥.pdf"), "PDF (*.pdf)")
        if not name:
            return None
        info = device_info(self.ctx)
        try:
            path = write_recovery_key_pdf(Path(name), self.recovery_key, admin=self.ctx.actor,
                                          where=info.tribunal or info.name)
        except OSError as exc:
            self._say(self.tr("未能保存 PDF：{error}").format(error=exc.strerror or exc), problem=True)
            return None
        self.recovery_pdf = path
        self.ui.pdf_label.setText(self.tr("已保存：{path}。打印后请删除此文件，不要留在电脑上。").format(path=path))
        self.ui.confirm_edit.setFocus()
        return path

    def _confirm_changed(self, text: str) -> None:
        self.ui.continue_button.setEnabled(len(key_tail(text)) == 4 and key_tail(text) == key_tail(self.recovery_key))

    def finish(self) -> None:
        if key_tail(self.ui.confirm_edit.text()) != key_tail(self.recovery_key):
            self._say(self.tr("请输入恢复密钥的最后 4 个字符，确认您已保存它。"), problem=True)
            return
        self.recovery_key = ""  # not kept once the user has it
        self.ui.recovery_key_label.clear()
        self.accept()

    # --- (c) not now: explicit, asked twice, remembered and shown in red -----------------------------

    def decline(self) -> None:
        if self.protect_only:
            self.reject()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("暂不加密？"), self.tr(
            "不设账户、不加密，案件库以明文保存：笔记本丢失或被借用时，当事人的身份证号、住址、电话都能被读取。\n\n"
            "以后可在“设置”中随时启用账户和加密（已有案件就地加密）。在那之前，每次启动都会以红字提醒。"), parent=self)
        box.setObjectName("decline_box")
        later = box.addButton(self.tr("暂不加密(&N)"), QMessageBox.ButtonRole.DestructiveRole)
        later.setObjectName("decline_confirm")
        back = box.addButton(self.tr("返回设置(&B)"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("decline_back")
        box.setDefaultButton(back)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is not later:
            return
        if self.ui.judge_edit.text().strip() and not self._staff_recorded:
            staff = self._checked_staff()
            if staff is None:
                return
            try:
                self._record_staff(staff)
            except FuyuanError as exc:
                self._say(error_text(exc), problem=True)
                return
            SETUP_DONE.write(self.settings, 1)
        PROTECTION_DECLINED.write(self.settings, date.today().isoformat())
        self.outcome = "declined"
        super().reject()

    def reject(self) -> None:
        """Esc or the close box: not while the store is being encrypted, nor while the recovery key is shown and not
        yet confirmed."""
        if self.encrypting:
            return
        if self.recovery_key:
            self._say(self.tr("请先保存恢复密钥，并输入它的最后 4 个字符确认。"), problem=True)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.recovery_key or self.encrypting:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
