"""The 案由 field: type a few characters, pinyin initials, a number or a code; pick from the list.

The list comes from both official catalogues (``services.causes.search_causes``), the 案由 this tribunal uses
most first; each row shows the name, the catalogue and the level, and the chosen 案由's full path is shown under
the field, so 合同纠纷 (level 2) and 买卖合同纠纷 (level 3) are never confused.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.causes import CauseChoice, cause_usage, choice_for, search_causes
from fuyuan_desktop.services.workspace import Workspace


class _CauseEdit(QLineEdit):
    focused = Signal()
    key_for_list = Signal(int)  # Up, Down or Enter while the list is open; the picker answers

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.list_open = lambda: False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (event.key() in keys and self.list_open()) or event.key() == Qt.Key.Key_Down:
            self.key_for_list.emit(event.key())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()


class CausePicker(QWidget):
    """A line edit with a type-ahead list of 案由 and, under it, the chosen 案由's place in the catalogue."""

    changed = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, show_path: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_path = show_path  # False in a filter bar: the path goes to the field's tooltip instead
        self.for_new_case = show_path  # a filter bar may look for a retired 案由; a case may not take one
        self.tribunal_id: str | None = None
        self.usage: dict[str, int] = {}
        self.choices: list[CauseChoice] = []
        self.chosen: CauseChoice | None = None
        self.edit = _CauseEdit(self)
        self.edit.setObjectName("cause_edit")
        self.edit.setPlaceholderText(self.tr("输入汉字或拼音首字母（如 买卖、mmht）；↓ 列出本庭常用案由"))
        self.edit.setClearButtonEnabled(True)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("cause_path")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # The matches in a list under the field (not a popup window: nothing steals the keyboard or the window).
        self.list = QListWidget(self)
        self.list.setObjectName("cause_list")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = self.fontMetrics().height() + 4
        self.list.setMinimumHeight(row * 3 + 4)  # at 150 % the form would squeeze it to one row
        self.list.setMaximumHeight(row * 7 + 4)
        self.list.hide()
        self.list.installEventFilter(self)
        self.list.itemClicked.connect(lambda item: self._take(self.list.row(item)))
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.path_label)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)
        self.edit.list_open = self._list_open
        self.edit.key_for_list.connect(self._list_key)
        self.setFocusProxy(self.edit)
        self.path_label.setVisible(show_path)
        self.set_tribunal(None)
        self._show_path()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the list is open it takes the path line's place (the 150 % form has no height to spare).
        if watched is self.list and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.path_label.setVisible(event.type() == QEvent.Type.Hide and self.show_path)
        return super().eventFilter(watched, event)

    def set_tribunal(self, tribunal_id: str | None) -> None:
        """Rank by this tribunal's use from now on."""
        self.tribunal_id = tribunal_id
        self.usage = cause_usage(self.ctx, tribunal_id)

    def _refresh(self, text: str) -> None:
        self.choices = search_causes(self.ctx, text, tribunal_id=self.tribunal_id, usage=self.usage,
                                     include_retired=not self.for_new_case)
        self.list.clear()
        for choice in self.choices:
            item = QListWidgetItem(self._row(choice))
            item.setToolTip(choice.path)
            self.list.addItem(item)
        if self.choices:
            self.list.setCurrentRow(0)

    def _row(self, choice: CauseChoice) -> str:
        used = self.tr("（本庭 {n} 件）").format(n=choice.uses) if choice.uses else ""
        return f"{choice.display}{used}"

    def _edited(self, text: str) -> None:
        if self.chosen is not None and text != self.chosen.name:
            self.chosen = None
            self._show_path()
            self.changed.emit()
        self._refresh(text)
        self.list.setVisible(bool(self.choices) and bool(text.strip()))

    def _list_open(self) -> bool:
        return self.list.isVisible() and bool(self.choices)

    def _list_key(self, key: int) -> None:
        """Up, Down, Enter typed in the field while the list is open; Down on a closed list opens it."""
        if not self._list_open():  # the matches, or (field empty) this tribunal's most used
            self._refresh(self.edit.text() if self.chosen is None else "")
            self.list.setVisible(bool(self.choices))
            return
        row = self.list.currentRow()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take(max(row, 0))
            return
        step = 1 if key == Qt.Key.Key_Down else -1
        self.list.setCurrentRow(min(max(row + step, 0), len(self.choices) - 1))

    def _take(self, row: int) -> None:
        if 0 <= row < len(self.choices):
            self.list.hide()
            self.choose(self.choices[row])

    def _finished(self) -> None:
        """Leaving the field with an exact name or code typed counts as choosing it."""
        text = self.edit.text().strip()
        if self.chosen is None and text:
            with contextlib.suppress(ValidationError):
                self.choose(choice_for(text, self.ctx, include_retired=not self.for_new_case))

    def choose(self, choice: CauseChoice | None) -> None:
        self.chosen = choice
        self.edit.setText(choice.name if choice else "")
        self._show_path()
        self.changed.emit()

    def choose_text(self, text: str) -> None:
        """Choose the 案由 ``text`` names exactly (raises ``ValidationError`` if it names none)."""
        self.choose(choice_for(text, self.ctx, include_retired=not self.for_new_case))

    def _show_path(self) -> None:
        self.edit.setToolTip(self.chosen.path if self.chosen is not None else "")
        if self.chosen is not None:
            self.path_label.setText(self.chosen.path)
        elif self.edit.text().strip():
            self.path_label.setText(self.tr("请从列表中选择一个案由"))
        else:
            self.path_label.setText(self.tr("《民事案件案由规定》（2020）或《行政案件案由暂行规定》（2020）"))
