"""The Qt half of ``fuyuan-desktop --self-check``: main window, printing and image formats, on the offscreen platform."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from fuyuan_desktop.diagnostics.self_check import CheckFailed, CheckRun, Step, self_check


def check_main_window(run: CheckRun) -> str:
    """Open the workbench's main window on the sample store, show every page, grab a frame, close it."""
    from PySide6.QtWidgets import QApplication

    from fuyuan_desktop.ui.main_window import MainWindow

    if "sample" not in run.made:
        raise CheckFailed("没有样例数据库（前一步“调解协议”失败）")
    ctx, paths = run.made["sample"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages, translators = _check_translations(app)
    window = MainWindow(ctx, paths)
    try:
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        shown = []
        for position, (key, _title) in enumerate(MainWindow.RAIL):
            window.show_page_at(position)
            _settle(app)  # pages read the store on workers (the 工作台 agenda, the case list's ids)
            shown.append(key)
        window.show_page_at(0)
        app.processEvents()
        frame = window.grab()
        if frame.isNull() or frame.width() < 100:
            raise CheckFailed("主窗口无法绘制")
        shot = os.environ.get("FUYUAN_SELF_CHECK_SCREENSHOT")  # for people checking a build by eye
        if shot:
            frame.save(shot)
        families = app.font().families()
    finally:
        _settle(app)
        window.close()
        window.deleteLater()
        app.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
    if "WenQuanYi Zen Hei" not in families:
        raise CheckFailed(f"界面没有使用随包中文字体（当前 {families}），中文可能显示为方框")
    return f"平台 {app.platformName()}，{len(shown)} 个页面均可打开，界面字体 {families[0]}，{languages}，已关闭"


def _settle(app: Any, seconds: float = 20.0) -> None:
    """Let the pages' background reads finish and report, so nothing still reads the sample store afterwards."""
    import time

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()
        if pool.activeThreadCount() == 0:
            app.processEvents()  # deliver the last reports
            return
        if time.monotonic() > deadline:
            raise CheckFailed(f"页面读取数据超过 {seconds:g} 秒仍未完成")
        pool.waitForDone(20)


def _check_translations(app: object) -> tuple[str, list[Any]]:
    """Qt's own Chinese strings (as the workbench installs them) and the English translation of ours load."""
    from importlib import resources

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from fuyuan_desktop.ui.app import install_translations

    assert isinstance(app, QApplication)
    installed = install_translations(app, "zh_CN")
    if not installed:
        raise CheckFailed("找不到 Qt 的中文译文（qtbase_zh_CN.qm），对话框按钮会显示英文")
    english = QTranslator()
    if not english.load("fuyuan_en", str(resources.files("fuyuan_desktop.resources") / "i18n")):
        raise CheckFailed("找不到英文界面译文 fuyuan_en.qm")
    return "Qt 中文译文和英文界面译文可用", installed


def check_printing(run: CheckRun) -> str:
    """Print the sample agreement through QPrinter (QtPdf renders each page) to a PDF and read it back."""
    from pypdf import PdfReader
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    source = run.made.get("agreement_pdf")
    if source is None:
        raise CheckFailed("没有可打印的调解协议（前一步“调解协议”失败）")
    document = QPdfDocument()
    if document.load(str(source)) != QPdfDocument.Error.None_:
        raise CheckFailed(f"QtPdf 无法打开调解协议：{document.status()}")
    out = run.workdir / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    painter = QPainter()
    if not painter.begin(printer):
        raise CheckFailed("打印机无法开始打印")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(page).toSize().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, QSize(size.width() // 4, size.height() // 4))
            if image.isNull():
                raise CheckFailed(f"QtPdf 无法渲染第 {page + 1} 页")
            painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        painter.end()
    pages = len(PdfReader(out).pages)
    if pages != document.pageCount():
        raise CheckFailed(f"打印结果 {pages} 页，原文 {document.pageCount()} 页")
    printers = len(QPrinterInfo.availablePrinters())
    return f"{pages} 页经 QtPdf 渲染后打印到 PDF 并读回；本机可用打印机 {printers} 台"


def check_image_formats(run: CheckRun) -> str:
    """Attachments are photos and scans: JPEG, PNG and the app icon must load and save."""
    from importlib import resources

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QImageReader

    supported = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"jpeg", "png", "ico"} - supported
    if missing:
        raise CheckFailed(f"缺少图片格式插件：{'、'.join(sorted(missing))}")
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    for fmt in ("JPEG", "PNG"):
        path = run.workdir / f"probe.{fmt.lower()}"
        if not image.save(str(path)) or QImage(str(path)).size() != image.size():
            raise CheckFailed(f"{fmt} 图片无法保存或读回")
    icon = QImage(str(resources.files("fuyuan_desktop.resources") / "icons" / "fuyuan.ico"))
    if icon.isNull():
        raise CheckFailed("程序图标无法读取")
    return f"JPEG、PNG、ICO 可读写（共支持 {len(supported)} 种格式）"


GUI_STEPS: list[Step] = [
    Step("main_window", "主窗口（离屏）", check_main_window),
    Step("printing", "打印", check_printing),
    Step("image_formats", "图片格式", check_image_formats),
]


def all_steps() -> list[Step]:
    """The core steps, then the GUI's. A later module adds its own here (the sync module: "bundle round trip")."""
    from fuyuan_desktop.diagnostics.checks import CORE_STEPS

    return [*CORE_STEPS, *GUI_STEPS]


def run_self_check(args: argparse.Namespace, steps: Sequence[Step] | None = None, out: IO[str] | None = None) -> int:
    """``fuyuan-desktop --self-check``: offscreen, on a temporary folder; the user's data is only read."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication

    from fuyuan_desktop.services.workspace import resolve_data_paths
    from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_bundled_fonts(app)
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    header = [f"Qt {qVersion()}，插件目录 {plugins}", f"数据目录（只读取）：{resolve_data_paths(args.data_dir).root}"]
    out = out or sys.stdout  # None in a windowed Windows build, which has no console
    code, report = self_check(list(steps) if steps is not None else all_steps(),
                              resolve_data_paths(args.data_dir), out=out, extra_header=header)
    if out is None:
        folder = resolve_data_paths(args.data_dir).logs
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "self-check.txt").write_text(report + "\n", encoding="utf-8")
    return code
