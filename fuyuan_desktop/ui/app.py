"""``fuyuan-desktop``: start the workbench on the embedded SQLite store (created and migrated on first run)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from fuyuan_desktop import __version__
from fuyuan_desktop.services.workspace import DataPaths, resolve_data_paths

# Nothing here imports the store (SQLAlchemy, SQLModel) at module level: the window paints first, and the
# store is imported and opened on a worker thread afterwards (services/workspace.py keeps its own imports light
# for this; tests/test_import_contract.py checks it).
if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from fuyuan_desktop.services.workspace import Workspace
    from fuyuan_desktop.ui.first_run import FirstRunDialog
    from fuyuan_desktop.ui.login import IdleLock, LoginDialog
    from fuyuan_desktop.ui.main_window import MainWindow
    from fuyuan_desktop.ui.session_state import Unfinished

APP_TITLE = "府院联动·诉前调解工作台"


def app_title() -> str:
    """The program's name in the window's language (message box titles)."""
    return QCoreApplication.translate("MainWindow", "府院联动·诉前调解工作台")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fuyuan-desktop", description=APP_TITLE)
    parser.add_argument("--data-dir", help="数据目录（默认按系统惯例；也可用 FUYUAN_DATA_DIR）")
    parser.add_argument("--demo", type=int, nargs="?", const=2000, metavar="N",
                        help="打开演示工作区（数据目录下的 demo/，与正式数据分开，标题栏标“演示”）；"
                             "其中没有案件时先生成 N 件演示案件（默认 2000）")
    parser.add_argument("--hub", metavar="DIR",
                        help="中院数据中心模式（导入数据包、设备、缺漏、隔离、冲突，全市案件与统计）：DIR 是中院目录"
                             "（hub init 建的、内有 hub.json 的文件夹），或内含 hub 子目录的数据目录；"
                             "数据库取自 hub.json。DIR 还不是中院端时先问是否在此新建")
    parser.add_argument("--hub-db", metavar="URL",
                        help="只在新建中院端时需要：数据库地址（默认 DIR/hub.sqlite3；如 postgresql+psycopg://用户@主机/库），"
                             "记入 hub.json，此后不必再给")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认用“设置”中选的语言，初始为 zh_CN）")
    parser.add_argument("--version", action="version", version=f"Fuyuan Desktop {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="自检（离屏）：迁移数据库的临时副本、打印含生僻字的协议、打开主窗口；通过退出码 0，否则 1")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)  # bench: cold start
    # Tests only: open this case and its first sitting's 笔录, then die of a real segmentation fault (crash recovery).
    parser.add_argument("--crash-test-case", metavar="ID", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    if args.hub_db and not args.hub:
        parser.error("--hub-db 需与 --hub DIR 一起使用")
    if args.hub and args.demo:
        parser.error("--demo 不能用于中院数据中心模式")
    return args


def setup_logging(paths: DataPaths) -> None:
    """A rotating log in the platformdirs log folder; personal data never goes into it (scrubbed on the way)."""
    from fuyuan_desktop.diagnostics.logs import enable_fault_log
    from fuyuan_desktop.diagnostics.logs import setup_logging as start_log

    start_log(paths)
    enable_fault_log(paths)


def settings_for(paths: DataPaths) -> QSettings:
    """The workbench's settings file (window state, preferences) in the data folder."""
    return QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat)


def demo_paths_for(paths: DataPaths) -> DataPaths:
    """The data folder's demo workspace; a new one starts with the user's language and font size."""
    from fuyuan_desktop.ui.preferences import FONT_SIZE, LANGUAGE

    new = not (paths.root / "demo" / "ui.ini").exists() and not paths.is_demo
    demo = paths.demo_workspace()
    if new:
        mine, theirs = settings_for(paths), settings_for(demo)
        for preference in (LANGUAGE, FONT_SIZE):
            preference.write(theirs, preference.read(mine))
        theirs.sync()
    return demo


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (buttons, dialogs) and the workbench's in the chosen language; zh_CN is the source."""
    translators: list[QTranslator] = []
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    if lang != "zh_CN":
        ours = QTranslator(app)
        folder = resources.files("fuyuan_desktop.resources") / "i18n"
        if ours.load(f"fuyuan_{lang}", str(folder)):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            logging.getLogger("fuyuan.ui").warning("no translation file for %s", lang)
    # Qt ends every window's title with this name (unless the title already ends with it): in the chosen language,
    # and the same words as the main window's own title, so that title is not doubled.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", APP_TITLE))
    return translators


def open_for_window(paths: DataPaths, *, demo: int | None = None,
                    progress: Callable[[int], None] | None = None,
                    cancel: threading.Event | None = None,
                    credentials: tuple[str, str] | None = None) -> Workspace:
    """The workbench's opening: the shared ``open_workspace``, then demo data if asked — only ever into an
    empty demo workspace (``start_workbench`` opens ``<data>/demo`` for ``--demo``)."""
    from fuyuan_desktop.services.cases import count_cases
    from fuyuan_desktop.services.workspace import WORKBENCH, name_this_program, open_workspace

    name_this_program(WORKBENCH)
    # the daily backup is taken in the background once the window is usable (``_StoreOpener.opened``)
    ctx = open_workspace(paths, actor="workbench", credentials=credentials, backup=False)
    if demo and count_cases(ctx) == 0:
        from fuyuan_desktop.demo import generate_demo
        from fuyuan_desktop.services.setup import check_demo_target

        check_demo_target(ctx, into_this_store=False)

        generate_demo(ctx, disputes=demo, progress=progress, cancel=cancel)
    return ctx


def start_workbench(app: QApplication, args: argparse.Namespace) -> MainWindow:
    """Fonts, language and the shown main window; the store opens on a worker once the window has painted.

    The window's ``ready`` signal fires when its pages are there; if the store cannot be opened the user is
    told why and the application exits with status 1.
    """
    from fuyuan_desktop.ui.crash import install_excepthook
    from fuyuan_desktop.ui.main_window import MainWindow
    from fuyuan_desktop.ui.preferences import FONT_SIZE, LANGUAGE
    from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

    paths = resolve_data_paths(args.data_dir).ensure()
    if args.demo:  # its own store, blobs and settings: the demo never touches the data folder's own store
        paths = demo_paths_for(paths)
    settings = settings_for(paths)
    load_bundled_fonts(app, point_size=FONT_SIZE.read(settings))
    install_translations(app, args.lang or LANGUAGE.read(settings))
    install_excepthook(paths)
    if args.hub:
        hub_root = Path(args.hub).expanduser().resolve()
        window = MainWindow(None, DataPaths(hub_root), settings=settings, hub_mode=True)
        opener: _StoreOpener = _HubOpener(app, window, paths, settings, hub_root, args.hub_db)
    else:
        from fuyuan_desktop.services.workspace import other_workbenches
        from fuyuan_desktop.ui.session_state import mark_running, read_unfinished

        if other_workbenches(paths):  # a second window on the folder: the first one's mark is not a crash
            unfinished = None
        else:
            unfinished = read_unfinished(settings, paths)  # the last run's state, read before this run overwrites it
            mark_running(settings)
        window = MainWindow(None, paths, settings=settings)
        opener = _StoreOpener(app, window, paths, settings, demo=args.demo)
        opener.unfinished = unfinished
        opener.crash_test_case = getattr(args, "crash_test_case", None)
    window.first_painted.connect(opener.start)
    QTimer.singleShot(500, opener.start)  # a window that never paints (minimised) still opens its store
    window.show()
    return window


class _StoreOpener:
    """Opens the store off the GUI thread, then runs the first-run dialog and hands the store to the window."""

    def __init__(self, app: QApplication, window: MainWindow, paths: DataPaths, settings: QSettings, *,
                 demo: int | None) -> None:
        self.app, self.window, self.paths, self.settings, self.demo = app, window, paths, settings, demo
        self.started = False
        self.credentials: tuple[str, str] | None = None
        self.login: LoginDialog | None = None
        self.idle_lock: IdleLock | None = None
        self.first_run: FirstRunDialog | None = None
        self.unfinished: Unfinished | None = None  # the last run ended without closing: offer to reopen
        self.crash_test_case: str | None = None
        self.backup_task: object | None = None  # the daily backup's worker, once started (tests wait on it)
        window.opener = self  # type: ignore[attr-defined]  # lives as long as the window

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        setup_logging(self.paths)  # after the first paint: the log's set-up (platform probe, handlers) can wait
        if self.paths.keyring.exists() and self.credentials is None:
            self._ask_login()
            return
        self._open()

    def _ask_login(self, message: str = "") -> None:
        """A protected store: the data key comes from the password, so the login precedes the opening."""
        from fuyuan_desktop.ui.login import LoginDialog

        if self.login is None:
            self.login = LoginDialog(self.window, name=os.environ.get("FUYUAN_USER", ""))
            self.login.credentials.connect(self._logged_in)
            self.login.rejected.connect(lambda: (self.window.close(), self.app.exit(0)))
        if message:
            self.login.failed(message)
        self.login.open()

    def _logged_in(self, name: str, password: str) -> None:
        self.credentials = (name, password)
        self._open()

    def _open(self) -> None:
        from fuyuan_desktop.ui.tasks import Task, keep_running

        if self.demo and self.window.opening is not None:
            self.window.opening.say(QCoreApplication.translate("MainWindow", "正在打开案件库；库为空时先生成 {n} 件演示案件…")
                                    .format(n=self.demo))
        credentials = self.credentials
        task = Task(lambda progress, cancel: open_for_window(self.paths, demo=self.demo, cancel=cancel,
                                                            credentials=credentials))
        task.signals.finished.connect(self.opened)
        task.signals.failed.connect(self.failed)
        keep_running(task)

    def opened(self, ctx: Workspace) -> None:
        if self.login is not None:
            self.login.accept()
        self.credentials = None  # the password is not kept once the store is open
        for warning in ctx.warnings:
            QMessageBox.warning(self.window, app_title(), warning)
        if not self.demo and not self.paths.is_demo:
            from fuyuan_desktop.ui.first_run import FirstRunDialog, needs_first_run

            if needs_first_run(ctx, self.settings):
                first_run = self.first_run = FirstRunDialog(ctx, self.settings, self.window)
                first_run.finished.connect(self._first_run_done)
                first_run.open()  # like the login: the window goes on painting behind it
                return
        self._attach(ctx)

    def _first_run_done(self) -> None:
        first_run, self.first_run = self.first_run, None
        if first_run is None:
            return
        ctx = first_run.ctx  # set up with an administrator: the encrypted store, logged in as them
        judge = first_run.ui.judge_edit.text().strip() if first_run.outcome == "setup" else ""
        first_run.deleteLater()
        self._attach(ctx)
        if judge:  # an administrator may not register cases: the judge's own account, at once
            self.window.offer_judge_account(judge)

    def _attach(self, ctx: Workspace) -> None:
        if ctx.role is not None:
            self.lock_when_idle(ctx)
        self.window.attach(ctx)
        self._back_up_in_background(ctx)
        if self.unfinished is not None:
            from fuyuan_desktop.ui.session_state import offer_recovery

            unfinished, self.unfinished = self.unfinished, None
            offer_recovery(self.window, self.paths, unfinished)
        if self.crash_test_case:
            self._crash_for_test(self.crash_test_case)

    def _back_up_in_background(self, ctx: Workspace) -> None:
        """The daily backup, copied in steps on a worker while the user works; a failure is a warning."""
        from fuyuan_desktop.services.workspace import take_daily_backup
        from fuyuan_desktop.ui.tasks import Task, keep_running

        task = Task(lambda progress, cancel: take_daily_backup(ctx, in_steps=True))
        window = self.window

        def done(problem: object) -> None:
            if isinstance(problem, str) and isValid(window):
                QMessageBox.warning(window, app_title(), problem)

        def failed(exc: BaseException, trace: str) -> None:
            logging.getLogger("fuyuan.ui").error("background backup failed\n%s", trace)

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        self.backup_task = task
        keep_running(task)

    def lock_when_idle(self, ctx: Workspace) -> None:
        """A logged-in account: the window locks after the set minutes without input."""
        from fuyuan_desktop.ui.login import IdleLock
        from fuyuan_desktop.ui.preferences import IDLE_LOCK_MINUTES

        if self.idle_lock is not None:
            self.idle_lock.timer.stop()
            self.idle_lock.deleteLater()
        self.idle_lock = IdleLock(self.window, self.paths, ctx.actor, IDLE_LOCK_MINUTES.read(self.settings))

    def _crash_for_test(self, case_id: str) -> None:
        """The hidden --crash-test-case: open the case and its 笔录 as a user would, then a real native crash."""
        import faulthandler

        from fuyuan_desktop.ui.case_detail import CaseDetailPage

        self.window.open_case(case_id)
        detail = self.window.case_detail
        assert isinstance(detail, CaseDetailPage)
        detail.ui.tabs.setCurrentWidget(detail.ui.sessions_tab)
        detail.open_recorder()
        QTimer.singleShot(200, faulthandler._sigsegv)  # type: ignore[attr-defined]  # after the state is written

    def failed(self, exc: BaseException, details: str) -> None:
        from fuyuan_desktop.domain.errors import AuthenticationError, FuyuanError
        from fuyuan_desktop.ui.crash import error_text

        if isinstance(exc, AuthenticationError) and self.login is not None:
            self.credentials = None
            self._ask_login(error_text(exc))
            return

        if isinstance(exc, FuyuanError):
            QMessageBox.critical(self.window, app_title(), error_text(exc))
        else:
            from fuyuan_desktop.ui.crash import show_error

            logging.getLogger("fuyuan.ui").error("the store did not open: %s", type(exc).__name__)
            message = QCoreApplication.translate("MainWindow", "无法打开案件库：{error}")
            show_error(self.window, message.format(error=str(exc) or type(exc).__name__), details)
        self.window.close()
        self.app.exit(1)


class _HubOpener(_StoreOpener):
    """Hub mode: opens (and migrates) the hub database on a worker; offers to initialise a new hub folder."""

    def __init__(self, app: QApplication, window: MainWindow, paths: DataPaths, settings: QSettings,
                 hub_root: Path, url: str | None) -> None:
        super().__init__(app, window, paths, settings, demo=None)
        self.hub_root, self.url = hub_root, url

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        setup_logging(self.paths)
        if self.window.opening is not None:
            self.window.opening.say(QCoreApplication.translate("MainWindow", "正在打开中院数据中心…"))
        from fuyuan_desktop.ui.tasks import Task, keep_running

        hub_root, url = self.hub_root, self.url

        def probe(_progress: object, _cancel: object) -> bool:
            from fuyuan_desktop.services.hub import is_initialized

            return is_initialized(hub_root, url)

        task = Task(probe)
        task.signals.finished.connect(self._probed)
        task.signals.failed.connect(self.failed)
        keep_running(task)

    def _probed(self, initialized: bool) -> None:
        if not initialized:
            where = self.url or str(self.hub_root)
            answer = QMessageBox.question(self.window, app_title(), QCoreApplication.translate(
                "MainWindow", "{where} 还不是中院数据中心。\n要在这里新建一个吗？（生成中院的加密与签名密钥、建库；"
                              "已有的中院端请改选其文件夹）").format(where=where))
            if answer != QMessageBox.StandardButton.Yes:
                self.window.close()
                self.app.exit(0)
                return
        from fuyuan_desktop.ui.tasks import Task, keep_running

        hub_root, url, create = self.hub_root, self.url, not initialized

        def open_it(_progress: object, _cancel: object) -> Workspace:
            from fuyuan_desktop.services.hub import open_hub_workspace

            return open_hub_workspace(hub_root, url, create=create)

        task = Task(open_it)
        task.signals.finished.connect(self.hub_opened)
        task.signals.failed.connect(self.failed)
        keep_running(task)

    def hub_opened(self, ctx: Workspace) -> None:
        from fuyuan_desktop.services.hub import hub_of

        self.window.attach(ctx, hub_of(ctx))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_check:
        from fuyuan_desktop.ui.self_check import run_self_check

        return run_self_check(args)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("fuyuan-desktop")
    app.setApplicationDisplayName(APP_TITLE)
    app.setWindowIcon(QIcon(str(resources.files("fuyuan_desktop.resources") / "icons" / "fuyuan.png")))
    window = start_workbench(app, args)
    if args.quit_after_paint:
        from fuyuan_desktop.ui.bench_probe import quit_after_first_paint

        quit_after_first_paint(app, window)
    code = int(app.exec())
    QThreadPool.globalInstance().waitForDone(10_000)  # a store still opening (or a page still reading) ends first
    del window
    return code


if __name__ == "__main__":
    raise SystemExit(main())
