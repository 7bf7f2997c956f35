"""File dialogs of the workbench: they open in the user's documents folder, never the program's own folder (the
working directory), and speak the interface's language throughout.

``save_file_name`` and ``open_file_name`` use Qt's own (non-native) dialog with its labels set through ``tr``: a
native dialog on a Linux desktop without the Chinese language pack, or a GTK portal, mixes English labels into the
Chinese interface; Qt's dialog takes qtbase's translation (installed by ui/app.py) and the labels set here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's documents folder (platform convention), or the home folder if there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(name: str = "") -> str:
    """``name`` (a bare file name, or nothing) placed in the documents folder; a path with a folder is kept."""
    if name and Path(name).parent != Path():
        return name
    return str(documents_folder() / name) if name else str(documents_folder())




def file_dialog(parent: QWidget | None, title: str, start: str, filters: str, *, save: bool) -> QFileDialog:
    """Qt's file dialog in the interface's language, starting at ``start`` (see ``in_documents``)."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setObjectName("file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "位置："))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialog", "文件名："))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "文件类型："))
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialog", "保存(&S)") if save else QCoreApplication.translate("FileDialog", "打开(&O)"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialog", "取消"))
    if save and Path(start).suffix:
        dialog.setDefaultSuffix(Path(start).suffix.lstrip("."))
    return dialog


def save_file_name(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """Ask where to save ``name`` (a bare name starts in the documents folder); "" when cancelled."""
    dialog = file_dialog(parent, title, in_documents(name), filters, save=True)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, title: str, filters: str, start: str = "") -> str:
    """Ask for an existing file (starting in the documents folder); "" when cancelled."""
    dialog = file_dialog(parent, title, start or in_documents(), filters, save=False)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()
