"""附件 tab: photos, scans and sign-in sheets of a case — dropped in or chosen, stored by hash, shown as thumbnails."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QStyle, QWidget

from fuyuan_desktop.services.attachments import AttachmentView, attach_file, attachments_of, safe_filename
from fuyuan_desktop.services.workspace import BlobStore, DataPaths, Workspace
from fuyuan_desktop.ui.file_dialogs import in_documents
from fuyuan_desktop.ui.forms.ui_case_attachments import Ui_AttachmentsTab
from fuyuan_desktop.ui.tasks import TaskFn, run_quietly, run_task

THUMB = QSize(128, 128)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def _decoded(blobs: BlobStore, sha256: str, scratch: Path) -> QImage | None:
    """A thumbnail of a (possibly sealed) blob: plaintext goes to a scratch file only while it is decoded."""
    try:
        return thumbnail(blobs.export(sha256, scratch))
    finally:
        scratch.unlink(missing_ok=True)


def thumbnail(path: Path) -> QImage | None:
    """A small picture of an image file, decoded at thumbnail size (a 12-megapixel photo stays cheap).

    A QImage, not a QPixmap, so that it can be made on a worker thread; the GUI thread turns it into a pixmap.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    if not reader.canRead():
        return None
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class AttachmentsTab(QWidget):
    """Files go into the blob store in a worker (they may be large); the list refreshes when they are in."""

    attached = Signal(int)  # how many files were just added

    def __init__(self, ctx: Workspace, paths: DataPaths, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.blobs = ctx.blobs
        self.ui = Ui_AttachmentsTab()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        # The list is the drop target users aim at; route its drops here.
        self.ui.attachment_list.setAcceptDrops(False)
        self.ui.add_attachment_button.clicked.connect(self.choose_files)
        self.ui.attachment_list.itemActivated.connect(self._open)
        self._scratch = tempfile.TemporaryDirectory(prefix="fuyuan-attachments-")
        self._thumbnails: dict[str, QIcon] = {}  # by SHA-256: a blob never changes
        self.refresh()

    def refresh(self) -> None:
        """List the files at once with their icons; pictures get their thumbnails when a worker has decoded them."""
        rows = attachments_of(self.ctx, self.case_id)
        self.ui.attachment_list.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        to_decode: dict[str, Path] = {}
        for row in rows:
            item = QListWidgetItem(f"{row.filename}\n{human_size(row.size)}")
            item.setToolTip(f"{row.filename}（{row.media_type}，{human_size(row.size)}）\nSHA-256 {row.sha256}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setIcon(self._thumbnails.get(row.sha256, file_icon))
            if row.media_type.startswith("image/") and row.sha256 not in self._thumbnails:
                to_decode[row.sha256] = Path(self._scratch.name) / f"thumb-{row.sha256}"
            self.ui.attachment_list.addItem(item)
        self.ui.attachment_status.setText(self.tr("共 {n} 个附件").format(n=len(rows)) if rows else self.tr("还没有附件"))
        if to_decode:
            blobs = self.blobs  # sealed blobs are decrypted into the scratch folder, then decoded there
            run_quietly(lambda: {sha: _decoded(blobs, sha, path) for sha, path in to_decode.items()},
                        owner=self, on_done=self._show_thumbnails, on_error=lambda _exc, _details: None)  # icons stay plain

    def thumbnails_pending(self) -> bool:
        """Some picture in the list still shows the plain file icon (its thumbnail is being decoded)."""
        for i in range(self.ui.attachment_list.count()):
            row = self.ui.attachment_list.item(i).data(Qt.ItemDataRole.UserRole)
            if isinstance(row, AttachmentView) and row.media_type.startswith("image/") \
                    and row.sha256 not in self._thumbnails:
                return True
        return False

    def _show_thumbnails(self, images: dict[str, QImage | None]) -> None:
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for sha, image in images.items():
            self._thumbnails[sha] = QIcon(QPixmap.fromImage(image)) if image is not None else file_icon
        for i in range(self.ui.attachment_list.count()):
            item = self.ui.attachment_list.item(i)
            row = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(row, AttachmentView) and row.sha256 in images:
                item.setIcon(self._thumbnails[row.sha256])

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("添加附件"), in_documents(), self.tr("所有文件 (*)"))
        self.attach([Path(n) for n in names])

    def attach(self, files: list[Path]) -> None:
        """Copy ``files`` into the store off the GUI thread, then refresh."""
        files = [f for f in files if f.is_file()]
        if not files:
            return
        ctx, case_id = self.ctx, self.case_id

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> list[AttachmentView]:
            added: list[AttachmentView] = []
            for i, path in enumerate(files):
                if cancel.is_set():
                    break
                progress(i, len(files))
                added.append(attach_file(ctx, case_id, path))
            return added

        def done(added: list[AttachmentView]) -> None:
            self.refresh()
            self.ui.attachment_status.setText(self.tr("已添加 {n} 个附件；共 {total} 个").format(
                n=len(added), total=self.ui.attachment_list.count()))
            self.attached.emit(len(added))

        self.ui.attachment_status.setText(self.tr("正在添加 {n} 个文件…").format(n=len(files)))
        self._start(self.tr("正在添加附件…"), work, done)

    def _start(self, label: str, fn: TaskFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None] | None = None) -> None:
        run_task(self, label, fn, on_done=on_done, on_error=on_error)  # run_task keeps the task alive

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.attach(files)

    def _open(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(row, AttachmentView):
            return
        # Open a copy under its own name: the blob store's files are named by hash and must stay untouched.
        # The stored name is made a bare name again: a row that came by sync must not reach outside the folder.
        copy = Path(self._scratch.name) / safe_filename(row.filename)
        self.blobs.export(row.sha256, copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
