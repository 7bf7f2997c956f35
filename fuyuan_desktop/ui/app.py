"""``fuyuan-desktop``: start the workbench on the embedded SQLite store (created and migrated on first run)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.store.paths import DataPaths, resolve_data_paths

if TYPE_CHECKING:
    from fuyuan_desktop.ui.main_window import MainWindow

APP_TITLE = "府院联动·诉前调解工作台"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fuyuan-desktop", description=APP_TITLE)
    parser.add_argument("--data-dir", help="数据目录（默认按系统惯例；也可用 FUYUAN_DATA_DIR）")
    parser.add_argument("--demo", type=int, nargs="?", const=2000, metavar="N",
                        help="数据库为空时先生成 N 件演示案件（默认 2000）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认用“设置”中选的语言，初始为 zh_CN）")
    parser.add_argument("--version", action="version", version=f"Fuyuan Desktop {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="自检（离屏）：迁移数据库的临时副本、打印含生僻字的协议、打开主窗口；通过退出码 0，否则 1")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)  # bench: cold start
    return parser.parse_args(list(argv))


def setup_logging(paths: DataPaths) -> None:
    """A rotating log in the platformdirs log folder; personal data never goes into it (scrubbed on the way)."""
    from fuyuan_desktop.diagnostics.logs import enable_fault_log
    from fuyuan_desktop.diagnostics.logs import setup_logging as start_log

    start_log(paths)
    enable_fault_log(paths)


def settings_for(paths: DataPaths) -> QSettings:
    """The workbench's settings file (window state, preferences) in the data folder."""
    return QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat)


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
    return translators


def open_workspace(paths: DataPaths, *, demo: int | None = None) -> ServiceContext:
    """Open (create, migrate) the store; optionally fill an empty one with demo data."""
    from fuyuan_desktop.services.cases import count_cases
    from fuyuan_desktop.services.setup import initialize

    ctx = initialize(paths, actor="workbench")
    if demo and count_cases(ctx) == 0:
        from fuyuan_desktop.services.demo import generate_demo

        generate_demo(ctx, disputes=demo)
    return ctx


def start_workbench(app: QApplication, args: argparse.Namespace) -> MainWindow | None:
    """Fonts, language, store, first-run dialog, then the shown main window (None if the store won't open)."""
    from fuyuan_desktop.ui.crash import install_excepthook
    from fuyuan_desktop.ui.pages.settings import FONT_SIZE, LANGUAGE
    from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

    paths = resolve_data_paths(args.data_dir).ensure()
    settings = settings_for(paths)
    load_bundled_fonts(app, point_size=FONT_SIZE.read(settings))
    install_translations(app, args.lang or LANGUAGE.read(settings))
    setup_logging(paths)
    install_excepthook(paths)
    try:
        ctx = open_workspace(paths, demo=args.demo)
    except FuyuanError as exc:
        QMessageBox.critical(None, APP_TITLE, str(exc))
        return None
    from fuyuan_desktop.ui.main_window import MainWindow

    if not args.demo:
        from fuyuan_desktop.ui.first_run import FirstRunDialog, needs_first_run

        if needs_first_run(ctx, settings):
            FirstRunDialog(ctx, settings).exec()
    window = MainWindow(ctx, paths, settings=settings)
    window.show()
    return window


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
    if window is None:
        return 1
    if args.quit_after_paint:
        from fuyuan_desktop.bench.frozen import quit_after_first_paint

        quit_after_first_paint(app, window)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
