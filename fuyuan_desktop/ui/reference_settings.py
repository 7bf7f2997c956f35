"""The 设置 page's 参考数据 section (administrators only): thresholds and amounts with their unit, the 推定 marker,
version and where each value came from (set here, or sent by the intermediate court with a receipt); edit one,
with the validation error shown under the field; import or export the list as .xlsx/.csv."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.services import reference as reference_service
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.error_words import error_reason
from fuyuan_desktop.ui.file_dialogs import in_documents

# The Chinese names, units and notes of the reference-data keys (domain/settings.py) as the window shows them, through
# context "ReferenceData": English mode reads English; an administrator's own note is not listed and stays as typed.
REFERENCE_WORDS = (
    QT_TRANSLATE_NOOP("ReferenceData", "类案预警阈值"),
    QT_TRANSLATE_NOOP("ReferenceData", "同一类纠纷出自同一乡镇（园区）或针对同一行政机关达到此数即预警；10 件为本软件的建议值，待中院确认"),
    QT_TRANSLATE_NOOP("ReferenceData", "类案预警时间窗"),
    QT_TRANSLATE_NOOP("ReferenceData", "统计类案的时间范围（默认近 12 个月）；本软件的建议值，待中院确认"),
    QT_TRANSLATE_NOOP("ReferenceData", "负责人多次未出庭标记次数"),
    QT_TRANSLATE_NOOP("ReferenceData", "同一行政机关在时间窗内负责人未依法出庭达到此数即标记；本软件的建议值"),
    QT_TRANSLATE_NOOP("ReferenceData", "负责人未出庭统计时间窗"),
    QT_TRANSLATE_NOOP("ReferenceData", "统计负责人未出庭的时间范围；本软件的建议值"),
    QT_TRANSLATE_NOOP("ReferenceData", "司法救助上限月数"),
    QT_TRANSLATE_NOOP("ReferenceData", "一般不超过上一年度职工月平均工资的 36 个月（司法救助的通行规定）"),
    QT_TRANSLATE_NOOP("ReferenceData", "上年度职工月平均工资"),
    QT_TRANSLATE_NOOP("ReferenceData", "6500 元为占位值：请按各县（市、区）公布的数字填写，未列出的县区用“默认”"),
    QT_TRANSLATE_NOOP("ReferenceData", "司法建议书编号地名简称"),
    QT_TRANSLATE_NOOP("ReferenceData", "编号为 简称+法建〔年度〕序号号；简称按地名推定，未经各院核对"),
    QT_TRANSLATE_NOOP("ReferenceData", "联席会议事项提前提醒"),
    QT_TRANSLATE_NOOP("ReferenceData", "事项到期前多少天起在工作台提醒；本软件的建议值"),
    QT_TRANSLATE_NOOP("ReferenceData", "司法建议反馈提前提醒"),
    QT_TRANSLATE_NOOP("ReferenceData", "司法建议反馈期限届满前多少天起在工作台提醒；本软件的建议值"),
    QT_TRANSLATE_NOOP("ReferenceData", "设备久未同步提醒"),
    QT_TRANSLATE_NOOP("ReferenceData", "中院端把在用但这么多天没有送来数据的设备标为久未同步；本软件的建议值"),
    QT_TRANSLATE_NOOP("ReferenceData", "个月"),
    QT_TRANSLATE_NOOP("ReferenceData", "件"),
    QT_TRANSLATE_NOOP("ReferenceData", "元"),
    QT_TRANSLATE_NOOP("ReferenceData", "天"),
    QT_TRANSLATE_NOOP("ReferenceData", "整数"),
    QT_TRANSLATE_NOOP("ReferenceData", "按县区的金额（元）"),
    QT_TRANSLATE_NOOP("ReferenceData", "按法院的简称"),
    QT_TRANSLATE_NOOP("ReferenceData", "全市（中院统一）"),
    QT_TRANSLATE_NOOP("ReferenceData", "本机"),
)


def ref_words(text: str) -> str:
    """A key's name, unit, kind, scope or default note in the window's language (unlisted text comes back as is)."""
    return QCoreApplication.translate("ReferenceData", text) if text else ""


def _range(view: reference_service.SettingView) -> str:
    """"2–1000件" → "2–1000 cases": the range with its unit translated (or the kind of value, translated)."""
    if view.unit and view.range.endswith(view.unit) and view.range[:1].isdigit():
        return QCoreApplication.translate("ReferenceData", "{span}{unit}").format(
            span=view.range[:-len(view.unit)], unit=ref_words(view.unit))
    return ref_words(view.range)


OK_GREEN = "#1a7f37"
PROBLEM_RED = "#b42318"


class ReferenceSettingsBox(QGroupBox):
    """One row per setting; the editor below acts on the selected row. Saved at once, audited by the service."""

    changed = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reference_box")
        self.setTitle(self.tr("参考数据（阈值与金额，管理员）"))
        self.ctx = ctx
        self.views: list[reference_service.SettingView] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“推定”是本软件的建议值或占位值，尚待法院确认。标为“全市”的项由中院统一设置，"
                               "随同步回执下发到本机；本机改动在中院再次修改该项时被覆盖。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("reference_table")
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("值"), self.tr("推定"), self.tr("适用"),
                                              self.tr("来源")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)

        self.key_label = QLabel(self)
        self.key_label.setObjectName("reference_key_label")
        self.key_label.setWordWrap(True)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("reference_value_edit")
        self.value_edit.returnPressed.connect(self.save)
        self.unit_label = QLabel(self)
        self.inferred_check = QCheckBox(self.tr("推定"), self)
        self.inferred_check.setToolTip(self.tr("仍是尚待确认的值"))
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.unit_label)
        row.addWidget(self.inferred_check)
        layout.addLayout(row)
        note_row = QHBoxLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("reference_note_edit")
        self.note_edit.setPlaceholderText(self.tr("来源说明，如 发文号"))
        self.save_button = QPushButton(self.tr("保存(&S)"), self)
        self.save_button.setObjectName("reference_save_button")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("恢复默认"), self)
        self.default_button.setObjectName("reference_default_button")
        self.default_button.clicked.connect(self.restore_default)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.save_button)
        note_row.addWidget(self.default_button)
        layout.addLayout(note_row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("reference_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {PROBLEM_RED};")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reference_status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        files = QHBoxLayout()
        self.import_button = QPushButton(self.tr("从表格导入…"), self)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = QPushButton(self.tr("导出为表格…"), self)
        self.export_button.clicked.connect(self._ask_export)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addStretch(1)
        layout.addLayout(files)
        self.refresh()

    # --- showing ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the settings again (a receipt may have brought the court's) and keep the selected row."""
        current = self.current_key()
        self.views = reference_service.list_settings(self.ctx)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.views))
        for i, view in enumerate(self.views):
            value = self.tr("{value} {unit}").format(value=view.value, unit=ref_words(view.unit)).strip()
            cells = [ref_words(view.label), value, self.tr("推定") if view.inferred else "",
                     ref_words(view.scope_label), self._where(view)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{view.key}\n{view.source_note}" if j == 0 else text)
                self.table.setItem(i, j, item)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(480, self.table.horizontalHeader().height() + rows + 4))
        keys = [v.key for v in self.views]
        self.table.selectRow(keys.index(current) if current in keys else 0)
        self._selected()

    def current_key(self) -> str:
        row = self.table.currentRow()
        return self.views[row].key if 0 <= row < len(self.views) else ""

    def select_key(self, key: str) -> None:
        self.table.selectRow([v.key for v in self.views].index(key))

    def _selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.views):
            return
        view = self.views[row]
        self.key_label.setText(self.tr("{label}（{key}）：范围 {range}。{note}").format(
            label=ref_words(view.label), key=view.key, range=_range(view), note=ref_words(view.source_note)))
        self.value_edit.setText(view.value)
        self.unit_label.setText(ref_words(view.unit))
        self.inferred_check.setChecked(view.inferred)
        self.note_edit.setText("" if view.is_default else view.source_note)
        self._show_error("")
        self.status_label.setText(self._history(view))
        self.status_label.setStyleSheet("")

    def _where(self, view: reference_service.SettingView) -> str:
        """SettingView.where in the window's language: 默认值, 中院下发 (version, when), or 管理员设置 (version)."""
        if view.is_default:
            return self.tr("默认值")
        if view.origin == "hub":
            return self.tr("中院下发（中院第 {v} 版，{at} 收到）").format(v=view.hub_version, at=view.received_at)
        return self.tr("管理员设置（第 {v} 版）").format(v=view.version)

    def _history(self, view: reference_service.SettingView) -> str:
        if view.is_default:
            return self.tr("现为默认值。")
        if view.origin == "hub":
            text = self.tr("中院第 {v} 版，{at} 随回执收到（{by}）。").format(
                v=view.hub_version, at=view.received_at, by=view.updated_by)
        else:
            text = self.tr("第 {v} 版，{by} 于 {at} 修改。").format(v=view.version, by=view.updated_by,
                                                                at=view.updated_at)
        if view.previous and view.previous != view.value:
            text += self.tr("原为 {old}。").format(old=view.previous)
        return text

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.value_edit.setStyleSheet(f"border: 1px solid {PROBLEM_RED};" if text else "")

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {OK_GREEN};")

    # --- changing ---------------------------------------------------------------------------------------

    def save(self) -> bool:
        return self._set(self.value_edit.text())

    def restore_default(self) -> bool:
        return self._set(None)

    def _set(self, text: str | None) -> bool:
        from fuyuan_desktop.domain.errors import FuyuanError, ValidationError

        key = self.current_key()
        if not key:
            return False
        try:
            change = reference_service.set_setting(self.ctx, key, text, inferred=self.inferred_check.isChecked(),
                                                   note=self.note_edit.text())
        except ValidationError as exc:
            self._show_error(error_reason(exc) if exc.field == "value" else error_text(exc))
            self.value_edit.setFocus()
            return False
        except FuyuanError as exc:
            self._show_error(error_text(exc))
            return False
        self.refresh()
        self._say(self.tr("已保存：{change}").format(change=change.sentence) if change else self.tr("值未变，没有修改。"))
        if change is not None:
            self.changed.emit()
        return change is not None

    def import_file(self, path: Path) -> bool:
        from fuyuan_desktop.domain.errors import FuyuanError, InputErrors

        try:
            result = reference_service.import_settings(self.ctx, path)
        except InputErrors as exc:
            self._show_error(self.tr("未导入（整份文件未改动）：\n{problems}").format(
                problems="\n".join(error_text(e) for e in exc.errors[:12])))
            return False
        except FuyuanError as exc:
            self._show_error(error_text(exc))
            return False
        self.refresh()
        self._say(self.tr("已导入 {name}：修改 {n} 项，{same} 项未变。").format(
            name=path.name, n=len(result.changes), same=result.unchanged))
        if result.changes:
            self.changed.emit()
        return True

    def export_file(self, path: Path) -> bool:
        from fuyuan_desktop.domain.errors import FuyuanError

        try:
            n = reference_service.export_settings(self.ctx, path)
        except FuyuanError as exc:
            self._show_error(error_text(exc))
            return False
        self._say(self.tr("已导出 {n} 项到 {path}").format(n=n, path=path))
        return True

    def _ask_import(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("导入参考数据"), in_documents(),
                                               self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.import_file(Path(name))

    def _ask_export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("导出参考数据"), str(Path(in_documents()) / self.tr("参考数据.xlsx")),
                                               self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.export_file(Path(name))


def may_edit(ctx: Workspace) -> bool:
    """Whether the logged-in role may change reference settings (administrators; everyone without accounts)."""
    from fuyuan_desktop.services.permissions import allowed

    return allowed(ctx.role, reference_service.EDIT_ACTION)

