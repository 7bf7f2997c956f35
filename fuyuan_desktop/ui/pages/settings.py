"""设置 page: this device's tribunal and data folder, language, font size, recorder autosave, demo data, audit check.

The workbench's preferences are declared once in ``ui/preferences.py``; they live in the main window's
QSettings (``ui.ini`` in the data folder).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget

from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.setup import device_info
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from fuyuan_desktop.ui.preferences import AUTOSAVE_SECONDS, FONT_SIZE, IDLE_LOCK_MINUTES, LANGUAGE, LANGUAGES
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


def demo_task(ctx: ServiceContext, disputes: int) -> Callable[[Callable[[int, int], None], threading.Event], Any]:
    """Demo generation as a worker function: progress in disputes, cancel leaves the store untouched."""

    def run(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
        from fuyuan_desktop.services.demo import generate_demo

        progress(0, disputes)
        return generate_demo(ctx, disputes=disputes, progress=lambda done: progress(done, disputes), cancel=cancel)

    return run


class SettingsPage(QWidget):
    """Changes are saved at once; the language applies on the next start, the font size immediately."""

    data_changed = Signal()

    def __init__(self, ctx: ServiceContext, paths: DataPaths, settings: QSettings,
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
        self.show_device()

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
            text = self.tr("未加密：笔记本丢失时案件资料可被读取。请管理员在命令行运行 "
                           "`fuyuan init --admin 姓名` 启用账户并就地加密（先自动备份）。")
            colour = PROBLEM_RED
        self.ui.protection_value.setText(text)
        self.ui.protection_value.setStyleSheet(f"color: {colour};")

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

        name = QFileDialog.getExistingDirectory(self, self.tr("选择中院端文件夹（新建中院端请选一个空文件夹）"))
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

    def generate_demo(self) -> Task:
        disputes = self.ui.demo_count_spin.value()
        self.ui.demo_button.setEnabled(False)
        self.ui.demo_result.setText(self.tr("正在生成 {count} 件演示案件……").format(count=disputes))

        def done(summary: Any) -> None:
            self.ui.demo_button.setEnabled(True)
            self.ui.demo_result.setText(self.tr("已生成 {disputes} 件演示案件、{sessions} 个调解场次。").format(
                disputes=summary.disputes, sessions=summary.sessions))
            self.data_changed.emit()

        def failed(exc: BaseException, details: str) -> None:
            from fuyuan_desktop.services.demo import DemoCancelledError

            self.ui.demo_button.setEnabled(True)
            if isinstance(exc, DemoCancelledError):
                self.ui.demo_result.setText(self.tr("已取消，没有写入任何数据。"))
                return
            from fuyuan_desktop.ui.crash import show_error

            self.ui.demo_result.setText(self.tr("生成失败，没有写入任何数据。"))
            show_error(self, str(exc) or type(exc).__name__, details)

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
            from fuyuan_desktop.ui.crash import show_error

            self.ui.audit_button.setEnabled(True)
            self.ui.audit_result.setText("")
            show_error(self, str(exc) or type(exc).__name__, details)

        self.task = run_task(self, self.tr("正在检查审计链……"), check, on_done=done, on_error=failed)
        return self.task
