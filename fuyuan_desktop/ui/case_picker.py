"""Picking a case by typing: the case search (name, number, ID tail, place, pinyin initials) as a list under the
field; Down enters the list, Enter or a double click puts the case's number into the field. A number typed in
full still works (the services resolve it), so the picker never stands in the way of someone who knows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fuyuan_desktop.services.cases import CaseSummary, search_cases
from fuyuan_desktop.services.workspace import Workspace

CASE_ROLE = Qt.ItemDataRole.UserRole


class CasePicker(QWidget):
    """A case field with type-ahead; ``picked`` carries the chosen case's summary."""

    picked = Signal(object)  # CaseSummary

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, limit: int = 8) -> None:
        super().__init__(parent)
        self.ctx, self.limit = ctx, limit
        self.case: CaseSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("case_picker_edit")
        self.edit.setPlaceholderText(self.tr("输入案号、当事人姓名、拼音首字母或地点查找案件"))
        self.list = QListWidget(self)
        self.list.setObjectName("case_picker_list")
        self.list.setAccessibleName(self.tr("找到的案件"))
        self.list.setMaximumHeight(self.edit.fontMetrics().height() * 6 + 8)
        self.list.setVisible(False)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textEdited.connect(self.refill)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(self.pick)
        self.list.itemDoubleClicked.connect(self.pick)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def refill(self, text: str) -> None:
        self.case = None
        self.list.clear()
        found = search_cases(self.ctx, text.strip(), limit=self.limit) if text.strip() else []
        for summary in found:
            item = QListWidgetItem(f"{summary.number}　{summary.category}　{summary.parties}　{summary.place}")
            item.setData(CASE_ROLE, summary)
            item.setToolTip(self.tr("{number}（{status}，{day} 登记）").format(
                number=summary.number, status=summary.status, day=summary.registered_on.isoformat()))
            self.list.addItem(item)
        self.list.setVisible(bool(found))
        if found:
            self.list.setCurrentRow(0)

    def pick(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.list.currentItem()
        if item is None:
            return
        summary = item.data(CASE_ROLE)
        self.case = summary
        self.edit.setText(summary.number)
        self.list.clear()
        self.list.setVisible(False)
        self.picked.emit(summary)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.list.isVisible():
                self.list.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.isVisible():
                self.pick()
                return True
        return super().eventFilter(watched, event)
