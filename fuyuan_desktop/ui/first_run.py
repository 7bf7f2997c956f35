"""First run: an empty store offers demo data to try things out, or setting up this tribunal to start for real."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.cases import count_cases
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.setup import device_info, set_device_tribunal
from fuyuan_desktop.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from fuyuan_desktop.ui.pages.settings import demo_task
from fuyuan_desktop.ui.preferences import SETUP_DONE
from fuyuan_desktop.ui.tasks import Task, run_task

PROBLEM_RED = "#b42318"


def needs_first_run(ctx: ServiceContext, settings: QSettings) -> bool:
    """No cases yet, and nobody has set up this tribunal on this device."""
    return not SETUP_DONE.read(settings) and count_cases(ctx) == 0


class FirstRunDialog(QDialog):
    """Accepted after demo data is written (``outcome`` "demo") or the tribunal is set up ("setup")."""

    def __init__(self, ctx: ServiceContext, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.outcome = ""
        self.task: Task | None = None
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
        self.ui.setup_button.clicked.connect(self.set_up_tribunal)
        self.ui.skip_button.clicked.connect(self.reject)
        self.ui.setup_button.setDefault(True)
        self.ui.message_label.setVisible(False)

    def _fill_tribunals(self) -> None:
        self.ui.tribunal_combo.clear()
        for row in self._tribunals.get(self.ui.court_combo.currentData(), []):
            self.ui.tribunal_combo.addItem(row["tribunal"], row["tribunal_id"])

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.ui.message_label.setStyleSheet(f"color: {PROBLEM_RED};" if problem else "")
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # --- (a) demo data ------------------------------------------------------------------------------

    def generate_demo(self) -> Task:
        disputes = self.ui.demo_count_spin.value()
        self.ui.demo_box.setEnabled(False)
        self.ui.setup_box.setEnabled(False)
        self._say(self.tr("正在生成 {count} 件演示案件……").format(count=disputes))

        def done(_summary: Any) -> None:
            self.outcome = "demo"
            self.accept()

        def failed(exc: BaseException, details: str) -> None:
            from fuyuan_desktop.services.demo import DemoCancelledError

            self.ui.demo_box.setEnabled(True)
            self.ui.setup_box.setEnabled(True)
            if isinstance(exc, DemoCancelledError):
                self._say(self.tr("已取消，没有写入任何数据。"))
            else:
                self._say(self.tr("生成失败，没有写入任何数据：{error}").format(error=str(exc) or type(exc).__name__), problem=True)

        self.task = run_task(self, self.tr("正在生成演示数据……"), demo_task(self.ctx, disputes),
                             on_done=done, on_error=failed)
        return self.task

    # --- (b) this tribunal ---------------------------------------------------------------------------

    def set_up_tribunal(self) -> None:
        tribunal_id = self.ui.tribunal_combo.currentData()
        judge = self.ui.judge_edit.text().strip()
        clerk = self.ui.clerk_edit.text().strip()
        if not tribunal_id:
            self._say(self.tr("请选择法庭。"), problem=True)
            return
        if not judge:
            self._say(self.tr("请填写承办法官的姓名。"), problem=True)
            self.ui.judge_edit.setFocus()
            return
        # Imported here: intake brings its pinyin dictionaries, which a normal start does not need.
        from fuyuan_desktop.services.intake import check_text
        from fuyuan_desktop.services.workflow import add_mediator

        for name, field in ((judge, "法官姓名"), (clerk, "书记员姓名")):
            _clean, err = check_text(name, field, required=False, limit=64)
            if err is not None:  # checked before anything is written, so a retry never adds anyone twice
                self._say(str(err), problem=True)
                return
        try:
            set_device_tribunal(self.ctx, str(tribunal_id))
            add_mediator(self.ctx, judge, "法官", tribunal_id=str(tribunal_id))
            if clerk:
                add_mediator(self.ctx, clerk, "书记员", tribunal_id=str(tribunal_id))
        except FuyuanError as exc:
            self._say(str(exc), problem=True)
            return
        SETUP_DONE.write(self.settings, 1)
        self.outcome = "setup"
        self.accept()
