"""设置 page: this device's tribunal and data folder, language, font size, recorder autosave, demo data, audit check,
and for administrators the accounts (ui/accounts_box.py) and the thresholds and amounts (ui/reference_settings.py).

The workbench's preferences are declared once in ``ui/preferences.py``; they live in the main window's
QSettings (``ui.ini`` in the data folder).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QWidget

from fuyuan_desktop.services.setup import device_info
from fuyuan_desktop.services.workspace import DataPaths, Workspace
from fuyuan_desktop.ui.file_dialogs import in_documents
from fuyuan_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from fuyuan_desktop.ui.preferences import AUTOSAVE_SECONDS, FONT_SIZE, IDLE_LOCK_MINUTES, LANGUAGE, LANGUAGES
from fuyuan_desktop.ui.protection_banner import UnprotectedBanner, is_unprotected
from fuyuan_desktop.ui.tasks import Task, run_task

OK_GREEN = "#1a7f37"
PROBLEM_RED = "#b42318"


def apply_font_size(app: QApplication, point_size: float) -> None:
    """Change the UI font size now (widgets with their own style sheet size keep theirs)."""
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)


def hub_mode_command(folder: Path, paths: DataPaths) -> tuple[str, list[str]]:
    """The command line that opens the workbench in hub mode on ``folder``: the packaged program itself, or
    this Python running the GUI module; the staff member's own settings folder is kept."""
    import sys

    tail = ["--data-dir", str(paths.root), "--hub", str(folder)]
    if getattr(sys, "frozen", False):
        return sys.executable, tail
    return sys.executable, ["-m", "fuyuan_desktop.ui.app", *tail]


def demo_window_command(paths: DataPaths, disputes: int) -> tuple[str, list[str]]:
    """The command line that opens the workbench on this data folder's demo workspace (made, with ``disputes``
    demo cases, if new)."""
    import sys

    tail = ["--data-dir", str(paths.root), "--demo", str(disputes)]
    if getattr(sys, "frozen", False):
        return sys.executable, tail
    return sys.executable, ["-m", "fuyuan_desktop.ui.app", *tail]


def open_demo_window(paths: DataPaths, disputes: int) -> bool:
    """Start a second workbench window on the demo workspace (this window and its data stay as they are)."""
    from PySide6.QtCore import QProcess

    program, arguments = demo_window_command(paths, disputes)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def demo_task(ctx: Workspace, disputes: int) -> Callable[[Callable[[int, int], None], threading.Event], Any]:
    """Demo generation as a worker function: progress in disputes, cancel leaves the store untouched."""

    def run(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
        from fuyuan_desktop.demo import generate_demo

        progress(0, disputes)
        return generate_demo(ctx, disputes=disputes, progress=lambda done: progress(done, disputes), cancel=cancel)

    return run


class SettingsPage(QWidget):
    """Changes are saved at once; the language applies on the next start, the font size immediately."""

    data_changed = Signal()
    protect_requested = Signal()  # 立即启用账户和加密: the main window asks for the administrator (it reopens the store)
    switch_requested = Signal()  # 切换账户: the main window asks for a login and reopens the store as that account

    def __init__(self, ctx: Workspace, paths: DataPaths, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.settings = settings
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.task: Task | None = None
        for code, name in LANGUAGES:
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(LANGUAGE.read(settings))))
        self.ui.font_size_spin.setValue(FONT_SIZE.read(settings))
        self.ui.autosave_spin.setRange(*AUTOSAVE_SECONDS.limits or (1, 60))
        self.ui.autosave_spin.setValue(AUTOSAVE_SECONDS.read(settings))
        self.ui.language_combo.currentIndexChanged.connect(self._language_changed)
        self.ui.font_size_spin.valueChanged.connect(self._font_size_changed)
        self.ui.autosave_spin.valueChanged.connect(lambda v: AUTOSAVE_SECONDS.write(self.settings, v))
        self.idle_lock_spin = QSpinBox(self.ui.interface_box)
        self.idle_lock_spin.setObjectName("idle_lock_spin")
        self.idle_lock_spin.setRange(0, 240)
        self.idle_lock_spin.setSuffix(self.tr(" 分钟"))
        self.idle_lock_spin.setSpecialValueText(self.tr("从不"))
        self.idle_lock_spin.setValue(IDLE_LOCK_MINUTES.read(settings))
        self.idle_lock_spin.setToolTip(self.tr("无操作多久后自动锁定窗口（启用账户的数据；未保存的内容不会丢失）"))
        self.idle_lock_spin.valueChanged.connect(lambda v: IDLE_LOCK_MINUTES.write(self.settings, v))
        self.ui.interface_form.addRow(self.tr("自动锁定(&K)"), self.idle_lock_spin)
        self.ui.open_data_dir_button.clicked.connect(self._open_data_dir)
        self.ui.demo_button.clicked.connect(self.generate_demo)
        self.ui.audit_button.clicked.connect(self.verify_audit)
        self.ui.hub_button.clicked.connect(self._ask_hub_folder)
        self.ui.language_hint.setVisible(False)
        self.protection_banner: UnprotectedBanner | None = None
        if is_unprotected(ctx):
            self.protection_banner = UnprotectedBanner(settings, self, name="settings_unprotected_banner")
            self.protection_banner.set_up.connect(self.protect_requested.emit)
            self.ui.page_layout.insertWidget(1, self.protection_banner)  # under the title
        self.reference_box: QWidget | None = None
        from fuyuan_desktop.ui.reference_settings import ReferenceSettingsBox, may_edit

        if may_edit(ctx):  # administrators only (everyone on a store without accounts)
            box = ReferenceSettingsBox(ctx, self)
            box.changed.connect(self.data_changed)
            self.ui.page_layout.insertWidget(self.ui.page_layout.indexOf(self.ui.data_box) + 1, box)
            self.reference_box = box
        self.catalogue_box: QWidget | None = None
        from fuyuan_desktop.ui.catalogue_settings import CatalogueAmendmentsBox, may_amend

        if may_amend(ctx):  # administrators only: the 案由 catalogues' amendments
            catalogue_box = CatalogueAmendmentsBox(ctx, self)
            catalogue_box.changed.connect(self.data_changed)
            anchor = self.reference_box if self.reference_box is not None else self.ui.data_box
            self.ui.page_layout.insertWidget(self.ui.page_layout.indexOf(anchor) + 1, catalogue_box)
            self.catalogue_box = catalogue_box
        self.roster_box: QWidget | None = None
        from fuyuan_desktop.ui.roster_box import RosterBox, may_edit_roster

        if may_edit_roster(ctx):  # judges and clerks keep the roster (everyone on a store without accounts)
            roster = RosterBox(ctx, self)
            roster.changed.connect(self.data_changed)
            roster.setMaximumWidth(self.ui.device_box.maximumWidth())
            self.ui.page_layout.insertWidget(self.ui.page_layout.indexOf(self.ui.data_box) + 1, roster)
            self.roster_box = roster
        self.accounts_box: QWidget | None = None
        from fuyuan_desktop.ui.accounts_box import AccountsBox, may_manage_accounts

        if may_manage_accounts(ctx):  # administrators of a protected store: the judge's and clerk's accounts
            accounts = AccountsBox(ctx, self)
            accounts.switch_requested.connect(self.switch_requested.emit)
            accounts.setMaximumWidth(self.ui.device_box.maximumWidth())  # as wide as the page's other sections
            self.ui.page_layout.insertWidget(self.ui.page_layout.indexOf(self.ui.device_box) + 1, accounts)
            self.accounts_box = accounts
        self.show_device()

    def showEvent(self, event: Any) -> None:
        """Coming back to the page shows what a receipt brought meanwhile."""
        super().showEvent(event)
        from fuyuan_desktop.ui.reference_settings import ReferenceSettingsBox

        if isinstance(self.reference_box, ReferenceSettingsBox):
            self.reference_box.refresh()
        from fuyuan_desktop.ui.catalogue_settings import CatalogueAmendmentsBox

        if isinstance(self.catalogue_box, CatalogueAmendmentsBox):
            self.catalogue_box.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_wrapped_labels_later()

    def _fit_wrapped_labels_later(self) -> None:
        QTimer.singleShot(0, self._fit_wrapped_labels)  # once the layout has given the labels their widths

    def _fit_wrapped_labels(self) -> None:
        """A wrapped label in the page's forms gets the height its text needs at its width: the form does not ask,
        and a longer text (English, a larger font) was cut off at the bottom."""
        if not shiboken6.isValid(self):
            return
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisible():
                label.setMinimumHeight(max(label.heightForWidth(label.width()), 0))

    def show_device(self) -> None:
        info = device_info(self.ctx)
        self.ui.court_value.setText(info.court or self.tr("（未设置）"))
        self.ui.tribunal_value.setText(info.tribunal or self.tr("（未设置）"))
        self.ui.device_value.setText(self.tr("{name}（设备标识 {tag}）").format(name=info.name, tag=info.tag))
        self.ui.data_dir_value.setText(str(self.paths.root))
        self.ui.data_dir_value.setCursorPosition(0)
        self.ui.data_dir_value.setToolTip(str(self.paths.root))
        self._show_protection()

    def _show_protection(self) -> None:
        """Whether this laptop's data is encrypted, said plainly (a store set up without accounts is not)."""
        db = self.ctx.db
        if db.encrypted:
            text = self.tr("已加密（SQLCipher 整库加密，附件加密存放）；以账户「{user}」登录").format(user=self.ctx.actor)
            colour = OK_GREEN
        elif db.data_key is not None:
            text = self.tr("附件已加密，但数据库未加密（管理员明确允许不加密）")
            colour = PROBLEM_RED
        else:
            text = self.tr("未加密：笔记本丢失时案件资料可被读取。点上方的“立即启用账户和加密”创建管理员账户，"
                           "已有案件就地加密（先自动备份）。")
            colour = PROBLEM_RED
        self.ui.protection_value.setText(text)
        self.ui.protection_value.setStyleSheet(f"color: {colour};")
        self._fit_wrapped_labels_later()

    def _language_changed(self) -> None:
        LANGUAGE.write(self.settings, self.ui.language_combo.currentData())
        self.ui.language_hint.setVisible(True)

    def _font_size_changed(self, value: float) -> None:
        FONT_SIZE.write(self.settings, value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_size(app, value)

    def _open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root)))

    def _ask_hub_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(self, self.tr("选择中院端文件夹（新建中院端请选一个空文件夹）"), in_documents())
        if name:
            self.open_hub_mode(Path(name))

    def open_hub_mode(self, folder: Path) -> bool:
        """Start a second workbench window in hub mode on ``folder`` (this window stays as it is)."""
        from PySide6.QtCore import QProcess

        program, arguments = hub_mode_command(folder, self.paths)
        started, _pid = QProcess.startDetached(program, arguments)
        if started:
            self.ui.hub_result.setText(self.tr("已在新窗口中打开数据中心：{folder}").format(folder=folder))
            self.ui.hub_result.setStyleSheet(f"color: {OK_GREEN};")
        else:
            self.ui.hub_result.setText(self.tr("无法启动数据中心窗口：{program}").format(program=program))
            self.ui.hub_result.setStyleSheet(f"color: {PROBLEM_RED};")
        return bool(started)

    # --- long work ----------------------------------------------------------------------------------

    def generate_demo(self) -> Task | None:
        """Demo data lives in the demo workspace: in a demo workspace it is written here; elsewhere the user opens
        the demo workspace in a new window, or — only into an empty, unprotected, unenrolled store, and after a
        second explicit confirmation — writes it into this store."""
        from PySide6.QtWidgets import QMessageBox

        from fuyuan_desktop.services.setup import demo_refusal

        disputes = self.ui.demo_count_spin.value()
        if self.paths.is_demo:
            return self.generate_into_this_store()
        refusal = demo_refusal(self.ctx, into_this_store=True)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("演示数据"), self.tr(
            "演示数据放在单独的演示工作区（{folder}），与本机的正式数据分开，不会同步到法院。\n"
            "要在新窗口中打开演示工作区吗？").format(folder=self.paths.root / "demo"), parent=self)
        box.setObjectName("demo_choice")
        open_button = box.addButton(self.tr("打开演示工作区"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("open_demo_workspace")
        into_button = None
        if refusal is None:
            into_button = box.addButton(self.tr("写入本库…"), QMessageBox.ButtonRole.DestructiveRole)
            into_button.setObjectName("into_this_store")
        else:
            box.setInformativeText(self.tr("不能写入本库：{reason}").format(reason=refusal))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            if open_demo_window(self.paths, disputes):
                self._say_demo(self.tr("已在新窗口中打开演示工作区：{folder}").format(folder=self.paths.root / "demo"))
            else:
                self._say_demo(self.tr("无法启动演示工作区窗口。"), problem=True)
            return None
        if into_button is None or clicked is not into_button:
            return None
        sure = QMessageBox.warning(self, self.tr("写入本库"), self.tr(
            "确定把 {count} 件虚构的演示案件写入本机的案件库吗？\n它们会和正式案件混在一起；"
            "本库以后若在中院登记，演示案件也会同步到法院。通常应改用演示工作区。").format(count=disputes),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if sure != QMessageBox.StandardButton.Yes:
            return None
        return self.generate_into_this_store(confirmed=True)

    def _say_demo(self, text: str, *, problem: bool = False) -> None:
        self.ui.demo_result.setText(text)
        self._fit_wrapped_labels_later()
        self.ui.demo_result.setStyleSheet(f"color: {PROBLEM_RED};" if problem else "")

    def generate_into_this_store(self, *, confirmed: bool = False) -> Task | None:
        """Write demo data into this store: a demo workspace, or a store the guard lets through after ``confirmed``."""
        from fuyuan_desktop.services.setup import demo_refusal

        refusal = demo_refusal(self.ctx, into_this_store=confirmed)
        if refusal is not None:
            self._say_demo(refusal, problem=True)
            return None
        disputes = self.ui.demo_count_spin.value()
        self.ui.demo_button.setEnabled(False)
        self._say_demo(self.tr("正在生成 {count} 件演示案件……").format(count=disputes))

        def done(summary: Any) -> None:
            self.ui.demo_button.setEnabled(True)
            self.ui.demo_result.setText(self.tr("已生成 {disputes} 件演示案件、{sessions} 个调解场次。").format(
                disputes=summary.disputes, sessions=summary.sessions))
            self.data_changed.emit()

        def failed(exc: BaseException, details: str) -> None:
            from fuyuan_desktop.demo import DemoCancelledError

            self.ui.demo_button.setEnabled(True)
            if isinstance(exc, DemoCancelledError):
                self.ui.demo_result.setText(self.tr("已取消，没有写入任何数据。"))
                return
            from fuyuan_desktop.ui.crash import error_text, show_error

            self.ui.demo_result.setText(self.tr("生成失败，没有写入任何数据。"))
            show_error(self, error_text(exc), details)

        self.task = run_task(self, self.tr("正在生成演示数据……"), demo_task(self.ctx, disputes),
                             on_done=done, on_error=failed)
        return self.task

    def verify_audit(self) -> Task:
        self.ui.audit_button.setEnabled(False)
        self.ui.audit_result.setStyleSheet("")
        self.ui.audit_result.setText(self.tr("正在检查……"))
        ctx = self.ctx

        def check(_progress: Callable[[int, int], None], _cancel: threading.Event) -> Any:
            from fuyuan_desktop.services.audit import verify_audit

            return verify_audit(ctx)

        def done(report: Any) -> None:
            self.ui.audit_button.setEnabled(True)
            if report.ok:
                self.ui.audit_result.setStyleSheet(f"color: {OK_GREEN};")
                self.ui.audit_result.setText(self.tr("审计链完整：共 {events} 条记录，未发现改动。").format(events=report.events))
            else:
                self.ui.audit_result.setStyleSheet(f"color: {PROBLEM_RED}; font-weight: bold;")
                problems = "\n".join(p.message for p in report.problems[:5])
                more = len(report.problems) - 5
                self.ui.audit_result.setText(
                    self.tr("审计链有 {count} 处问题：").format(count=len(report.problems)) + "\n" + problems
                    + ("\n" + self.tr("……另有 {count} 处").format(count=more) if more > 0 else ""))

        def failed(exc: BaseException, details: str) -> None:
            from fuyuan_desktop.ui.crash import error_text, show_error

            self.ui.audit_button.setEnabled(True)
            self.ui.audit_result.setText("")
            show_error(self, error_text(exc), details)

        self.task = run_task(self, self.tr("正在检查审计链……"), check, on_done=done, on_error=failed)
        return self.task
