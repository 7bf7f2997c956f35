"""Place fields pick from the registry (地名库): type-ahead by characters or pinyin initials, duplicates shown with
their parent, and the explicit, audited "添加地点…" dialog for a place the registry lacks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.places import NewPlace, PlaceView, add_place, search_places
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text

PICK_ROLE = Qt.ItemDataRole.UserRole + 1  # the unique label a row puts into the field


class PlaceList(QListWidget):
    """The registry places matching what is typed in a place field, shown under it (not a pop-up window): each row
    says the place, its level and its parent (新立村 told apart by 长山镇 and 巨宝山镇). Down arrow from the field
    enters the list; Enter or a double click puts the place's unique label (长山镇新立村) into the field."""

    def __init__(self, ctx: Workspace, edit: QLineEdit, *, limit: int = 12) -> None:
        super().__init__()
        self.ctx, self.field, self.limit = ctx, edit, limit
        self._picking = False
        self.setObjectName("place_list")
        self.setVisible(False)
        self.setMaximumHeight(edit.fontMetrics().height() * 7 + 8)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("PlacePicker", "地名库中的地点"))
        edit.textEdited.connect(self.refill)
        edit.installEventFilter(self)
        owner = edit.parentWidget()
        self.combo = owner if isinstance(owner, QComboBox) else None  # an editable combo gets the keys first
        if self.combo is not None:
            self.combo.installEventFilter(self)
        self.itemActivated.connect(self.pick)

    def refill(self, text: str) -> None:
        self.clear()
        if self._picking:
            self.setVisible(False)
            return
        found = search_places(self.ctx, text, limit=self.limit) if text.strip() else []
        if len(found) == 1 and found[0].display_name == text.strip():
            found = []  # already exactly one place: nothing to pick
        for view in found:
            item = QListWidgetItem(view.label)
            item.setData(PICK_ROLE, view.display_name)
            item.setToolTip(f"{view.display_name}（{view.code}）")
            self.addItem(item)
        self.setVisible(bool(found))
        if found:
            self.setCurrentRow(0)

    def pick(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.currentItem()
        if item is None:
            return
        chosen = str(item.data(PICK_ROLE))
        self._picking = True
        try:
            self.clear()
            self.field.setText(chosen)
            self.field.textEdited.emit(self.field.text())  # the page re-checks the field as if typed
        finally:
            self._picking = False
        self.setVisible(False)
        holder = self.parentWidget()
        box = holder.layout() if holder is not None else None
        if box is not None:
            box.activate()  # close the gap the list left at once
        self.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.field, self.combo) and event.type() == QEvent.Type.KeyPress and self.isVisible():
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down:
                self.setFocus()
                return True
            if key == Qt.Key.Key_Escape:
                self.setVisible(False)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setVisible(False)
            self.field.setFocus()
            return
        super().keyPressEvent(event)


class AddPlaceDialog(QDialog):
    """添加地点: name, level, parent (picked from the registry), aliases, basis; audited by the service."""

    LEVELS = ((QT_TRANSLATE_NOOP("AddPlaceDialog", "村（社区）"), "village"),
              (QT_TRANSLATE_NOOP("AddPlaceDialog", "乡镇（街道）"), "township"),
              (QT_TRANSLATE_NOOP("AddPlaceDialog", "园区"), "park"))

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added: PlaceView | None = None
        self.setWindowTitle(self.tr("添加地点"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("地名库（统计用区划代码）中没有的地点，在此登记后即可在登记案件时选用。"
                               "添加记入审计日志，并随同步交中院。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.level_combo = QComboBox()
        for label, value in self.LEVELS:
            self.level_combo.addItem(self.tr(str(label)), value)
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(self.tr("所属乡镇、县区或园区，输入几个字或拼音首字母"))
        self.parent_list = PlaceList(ctx, self.parent_edit)
        self.alias_edit = QLineEdit()
        self.alias_edit.setPlaceholderText(self.tr("其他叫法，用顿号分隔"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("依据，如 区政府文件文号"))
        form.addRow(self.tr("名称(&N)"), self.name_edit)
        form.addRow(self.tr("级别(&L)"), self.level_combo)
        form.addRow(self.tr("上级(&P)"), self.parent_edit)
        form.addRow("", self.parent_list)
        form.addRow(self.tr("别名(&A)"), self.alias_edit)
        form.addRow(self.tr("依据(&B)"), self.note_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("添加"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        aliases = tuple(a for a in self.alias_edit.text().replace("，", "、").replace(",", "、").split("、") if a.strip())
        try:
            self.added = add_place(self.ctx, NewPlace(
                name=self.name_edit.text(), level=str(self.level_combo.currentData()), parent=self.parent_edit.text(),
                aliases=aliases, note=self.note_edit.text()))
        except FuyuanError as exc:  # bad input: say which field and why, keep what was typed
            self.error_label.setText(error_text(exc))
            return
        super().accept()
