"""工具 → 核验文书: is this paper the one in the archive? A USB QR scanner types the QR's payload into the field
and presses Enter; a clerk may type the verification code instead, or choose a PDF. The answer comes from the
same service as ``fuyuan verify-document`` and is said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.services.documents import VerifyReport, verify_code, verify_pdf
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.file_dialogs import in_documents

# status → (headline, colour): the words a clerk reads out to the party at the counter.
HEADLINES = {
    "match": (QT_TRANSLATE_NOOP("VerifyDialog", "与存档一致"), "#1f6f3f"),
    "superseded": (QT_TRANSLATE_NOOP("VerifyDialog", "已被替代"), "#8a5a00"),
    "draft": (QT_TRANSLATE_NOOP("VerifyDialog", "草稿，不是已出具的文书"), "#555555"),
    "modified": (QT_TRANSLATE_NOOP("VerifyDialog", "不一致"), "#9b2c2c"),
    "unknown": (QT_TRANSLATE_NOOP("VerifyDialog", "查无此文书"), "#9b2c2c"),
    "unchecked": (QT_TRANSLATE_NOOP("VerifyDialog", "无法逐页比对"), "#8a5a00"),
}


class VerifyDialog(QDialog):
    """One field for a scanner or a typed code, one button for a PDF; the last answer shown below."""

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: VerifyReport | None = None
        self.setWindowTitle(self.tr("核验文书"))
        self.setMinimumSize(560, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "用扫码枪扫描文书右下角的二维码（扫完自动核验），或输入页脚的验证码后按回车；"
            "当事人交来的 PDF 文件可点“选择 PDF 文件”。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setPlaceholderText(self.tr("扫描二维码，或输入验证码，如 NENTQ-AXBNE"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.returnPressed.connect(self.check_code)
        row.addWidget(self.code_edit, 1)
        self.check_button = QPushButton(self.tr("核验(&C)"), self)
        self.check_button.clicked.connect(self.check_code)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.pdf_button = QPushButton(self.tr("选择 PDF 文件(&F)…"), self)
        self.pdf_button.clicked.connect(self.choose_pdf)
        layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.headline)
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(60)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check_button.setAutoDefault(False)
        self.pdf_button.setAutoDefault(False)
        self.resize(640, 320)
        self.code_edit.setFocus()

    def check_code(self) -> None:
        """Check what is in the field (a scanned payload or a typed code); the field is then selected, so the
        next scan replaces it."""
        text = self.code_edit.text().strip()
        if not text:
            self._say(self.tr("请先扫描二维码或输入验证码"), "#555555", "")
            return
        self.show_report(verify_code(self.ctx, text))
        self.code_edit.selectAll()

    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择要核验的 PDF 文件"), in_documents(),
                                              self.tr("PDF 文件 (*.pdf)"))
        if name:
            self.check_pdf(Path(name))

    def check_pdf(self, path: Path) -> None:
        if not path.is_file():
            self._say(self.tr("找不到文件"), "#9b2c2c", str(path))
            return
        self.show_report(verify_pdf(self.ctx, path))

    def show_report(self, report: VerifyReport) -> None:
        self.report = report
        words, colour = HEADLINES.get(report.status, (report.status, "#555555"))
        self._say(self.tr(str(words)), colour, report.message)

    def _say(self, headline: str, colour: str, detail: str) -> None:
        self.headline.setText(f"<span style='font-size:15pt; color:{colour}'><b>{headline}</b></span>")
        self.detail.setText(detail)

    def headline_text(self) -> str:
        """The headline as plain words (what tests and screen readers read)."""
        return self.headline.text().split("<b>")[-1].split("</b>")[0] if self.headline.text() else ""
