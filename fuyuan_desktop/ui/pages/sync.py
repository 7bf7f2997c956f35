"""同步 page: enrollment, last sync, what is pending, export to a USB stick (removable drives offered), receipts,
network sync, and the review of merge conflicts and quarantined records. Plain words for every problem."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStorageInfo,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.services import sync as sync_service
from fuyuan_desktop.services.workspace import DataPaths, Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import in_documents, open_file_name, save_file_name
from fuyuan_desktop.ui.tasks import Task, run_task

# The store's sync problems the service words without values, listed for translation (shown through tr()).
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "SyncPage", "本机尚未在中院登记：生成登记申请文件交中院批准后安装授权文件，或有网络时“经网络申请登记”。")
PROBLEM_RED = "#b42318"
OK_GREEN = "#1a7f37"
_Index = QModelIndex | QPersistentModelIndex


def removable_drives() -> list[tuple[str, str]]:
    """Mounted, writable volumes that look like USB sticks: (label, root path)."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        removable = root.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/")) or (
            len(root) <= 3 and root[:1].upper() not in ("", "C") and root[1:2] == ":")
        if removable:
            free = volume.bytesAvailable() / 1024**3
            found.append((QCoreApplication.translate("SyncPage", "{name}（{root}，可用 {free} GB）").format(
                name=volume.displayName() or root, root=root, free=f"{free:.1f}"), root))
    return found


def permitted(ctx: Workspace, action: str, *buttons: QPushButton) -> bool:
    """Whether the logged-in role may do ``action``; if not, the buttons' tooltips say who may."""
    from fuyuan_desktop.services.permissions import Role, action_label, allowed, role_label

    if allowed(ctx.role, action):
        return True
    who = "、".join(role_label(r) for r in Role if allowed(r.value, action))
    tip = QCoreApplication.translate("SyncPage", "只有{who}可以{action}").format(who=who, action=action_label(action))
    for button in buttons:
        button.setToolTip(tip)
    return False


class ConflictModel(QAbstractTableModel):
    """The open conflicts (a short list: one row per losing field value)."""

    HEADERS = (QT_TRANSLATE_NOOP("ConflictsPanel", "类型"), QT_TRANSLATE_NOOP("ConflictsPanel", "记录"),
               QT_TRANSLATE_NOOP("ConflictsPanel", "字段"), QT_TRANSLATE_NOOP("ConflictsPanel", "保留的值"),
               QT_TRANSLATE_NOOP("ConflictsPanel", "落选的值"), QT_TRANSLATE_NOOP("ConflictsPanel", "落选方设备"),
               QT_TRANSLATE_NOOP("ConflictsPanel", "发现时间（北京时间）"), QT_TRANSLATE_NOOP("ConflictsPanel", "状态"))

    def __init__(self) -> None:
        super().__init__()
        self.items: list[sync_service.ConflictView] = []

    def reset(self, items: list[sync_service.ConflictView]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ConflictsPanel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.items[index.row()]
        field = c.field_label if role == Qt.ItemDataRole.DisplayRole else f"{c.field_label}（{c.field}）"
        values = (c.kind_label, f"{c.table_label} {c.row_id[-8:]}", field, c.kept_value, c.lost_value,
                  c.lost_device, c.detected_at, c.status_label)
        return values[index.column()]


class ConflictsPanel(QWidget):
    """冲突复核: the open conflicts of this database (a laptop's or the hub's), keep or restore one."""

    resolved = Signal(str)  # what was done, in words
    problem = Signal(str)

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("两台设备从同一版本出发改了同一字段时，按修改时间戳（HLC）保留较晚的值，落选的值记在这里。"
                              "可确认保留，或恢复落选的值（恢复也会同步到各设备）。定稿文书从不合并，另存为新版本。"))
        hint.setWordWrap(True)
        self.model = ConflictModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("确认保留(&K)"))
        self.restore_button = QPushButton(self.tr("恢复落选值(&V)"))
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.empty_label = QLabel(self.tr("没有待复核的冲突。"))
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.keep_button.clicked.connect(lambda: self.resolve_selected(restore=False))
        self.restore_button.clicked.connect(lambda: self.resolve_selected(restore=True))

    def refresh(self) -> None:
        self.model.reset(sync_service.conflicts(self.ctx))
        empty = not self.model.items
        self.empty_label.setVisible(empty)
        may = permitted(self.ctx, "sync.resolve", self.keep_button, self.restore_button)
        self.keep_button.setEnabled(not empty and may)
        self.restore_button.setEnabled(not empty and may)

    def resolve_selected(self, *, restore: bool) -> None:
        from fuyuan_desktop.domain.errors import FuyuanError

        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.problem.emit(self.tr("请先在列表中选一条冲突。"))
            return
        conflict = self.model.items[rows[0].row()]
        try:
            done = sync_service.resolve(self.ctx, conflict.id, restore=restore)
        except FuyuanError as exc:
            self.problem.emit(error_text(exc))
        else:
            self.resolved.emit(self.tr("冲突已处理：{status}。").format(status=done.status_label))
        self.refresh()


class QuarantinePanel(QWidget):
    """隔离记录: received records that broke a domain rule, with the reason and where they came from."""

    HEADERS = (QT_TRANSLATE_NOOP("QuarantinePanel", "时间（北京时间）"), QT_TRANSLATE_NOOP("QuarantinePanel", "来自设备"),
               QT_TRANSLATE_NOOP("QuarantinePanel", "类型"), QT_TRANSLATE_NOOP("QuarantinePanel", "记录"),
               QT_TRANSLATE_NOOP("QuarantinePanel", "原因"))

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *,
                 device_tags: Callable[[], dict[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.device_tags = device_tags or dict
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("违反业务规则的记录不会写入案件库，原样隔离在这里，同一数据包的其余记录照常导入。"
                              "请与发送设备的法庭核实后在该设备上更正，更正后的记录随下一个数据包到达。"))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("没有被隔离的记录。"))
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.items: list[sync_service.QuarantineView] = []

    def refresh(self) -> None:
        from fuyuan_desktop.services.sync import TABLE_LABELS

        self.items = sync_service.quarantine(self.ctx)
        tags = self.device_tags()
        self.table.setRowCount(len(self.items))
        for row, q in enumerate(self.items):
            cells = (q.at, tags.get(q.device_id, q.device_id[-8:]), TABLE_LABELS.get(q.table_name, q.table_name),
                     q.row_id[-8:], q.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.items)

    def text(self) -> str:
        """The list as lines (for tests and for copying)."""
        from fuyuan_desktop.services.sync import TABLE_LABELS

        return "\n".join(f"{q.at}  {TABLE_LABELS.get(q.table_name, q.table_name)} {q.row_id[-8:]}：{q.reason}"
                         for q in self.items)


class SyncPage(QWidget):
    """Tabs: 同步 (status and actions), 冲突复核, 隔离记录."""

    data_changed = Signal()
    answered = Signal()  # a network action (enrollment request, grant, sync) ended and its words are shown

    def __init__(self, ctx: Workspace, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.paths = ctx, paths
        self.task: Task | None = None
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>同步</h2>")))
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._build_status_tab(), self.tr("数据交换(&S)"))
        self.tabs.addTab(self._build_conflicts_tab(), self.tr("冲突复核(&C)"))
        self.tabs.addTab(self._build_quarantine_tab(), self.tr("隔离记录(&Q)"))
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build_status_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        box = QGroupBox(self.tr("本机与中院"))
        form = QFormLayout(box)
        self.hub_value, self.acked_value = QLabel(), QLabel()
        self.last_export_value, self.last_receipt_value = QLabel(), QLabel()
        self.pending_value = QLabel()
        self.pending_detail = QLabel()
        self.pending_detail.setWordWrap(True)
        form.addRow(self.tr("中院："), self.hub_value)
        form.addRow(self.tr("上次导出："), self.last_export_value)
        form.addRow(self.tr("上次回执："), self.last_receipt_value)
        form.addRow(self.tr("待发送："), self.pending_value)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_RED}")
        outer.addWidget(box)
        outer.addWidget(self.pending_detail)
        outer.addWidget(self.problem_label)

        enroll = QGroupBox(self.tr("设备登记"))
        row = QHBoxLayout(enroll)
        self.request_button = QPushButton(self.tr("生成登记申请(&R)…"))
        self.grant_button = QPushButton(self.tr("安装中院授权(&G)…"))
        self.net_request_button = QPushButton(self.tr("经网络申请登记(&W)…"))
        self.net_fetch_button = QPushButton(self.tr("取回中院授权(&F)"))
        row.addWidget(self.request_button)
        row.addWidget(self.grant_button)
        row.addWidget(self.net_request_button)
        row.addWidget(self.net_fetch_button)
        row.addStretch(1)
        outer.addWidget(enroll)
        self.enroll_url = ""  # the hub address typed for a network request, for fetching the grant later

        usb = QGroupBox(self.tr("U 盘交换"))
        usb_layout = QVBoxLayout(usb)
        drives = QHBoxLayout()
        self.drive_combo = QComboBox()
        self.drive_combo.setMinimumWidth(320)
        self.export_button = QPushButton(self.tr("导出到 U 盘(&E)"))
        self.export_other_button = QPushButton(self.tr("导出到其他文件夹…"))
        drives.addWidget(QLabel(self.tr("移动磁盘：")))
        drives.addWidget(self.drive_combo, 1)
        drives.addWidget(self.export_button)
        drives.addWidget(self.export_other_button)
        usb_layout.addLayout(drives)
        receipt_row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("应用中院回执(&A)…"))
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addStretch(1)
        usb_layout.addLayout(receipt_row)
        outer.addWidget(usb)

        net = QGroupBox(self.tr("法院网络"))
        net_row = QHBoxLayout(net)
        self.network_button = QPushButton(self.tr("经网络同步(&N)"))
        net_row.addWidget(self.network_button)
        net_row.addStretch(1)
        outer.addWidget(net)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.result_label)
        outer.addStretch(1)

        self.request_button.clicked.connect(self._ask_request)
        self.grant_button.clicked.connect(self._ask_grant)
        self.net_request_button.clicked.connect(self._ask_network_request)
        self.net_fetch_button.clicked.connect(lambda: self.fetch_grant(self.enroll_url))
        self.export_button.clicked.connect(self._export_to_drive)
        self.export_other_button.clicked.connect(self._ask_export_folder)
        self.receipt_button.clicked.connect(self._ask_receipt)
        self.network_button.clicked.connect(self.network_sync)
        return tab

    def _build_conflicts_tab(self) -> QWidget:
        self.conflicts = ConflictsPanel(self.ctx)
        self.conflicts.resolved.connect(self._say)
        self.conflicts.problem.connect(lambda text: self._say(text, ok=False))
        self.conflict_model, self.conflict_view = self.conflicts.model, self.conflicts.view
        self.keep_button, self.restore_button = self.conflicts.keep_button, self.conflicts.restore_button
        return self.conflicts

    def _build_quarantine_tab(self) -> QWidget:
        self.quarantine = QuarantinePanel(self.ctx)
        return self.quarantine

    # --- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        status = sync_service.status(self.ctx)
        self.hub_value.setText(status.hub_name if status.enrolled else self.tr("未登记"))
        self.last_export_value.setText(status.last_export or "—")
        self.last_receipt_value.setText(status.last_receipt or "—")
        self.pending_value.setText(self.tr("{n} 条").format(n=status.pending_rows))
        self.pending_detail.setText(self.tr("待发送明细：{text}").format(text=status.pending_text)
                                    if status.pending_text else "")
        self.pending_detail.setVisible(bool(status.pending_text))
        self.problem_label.setText(self.tr(status.problem))  # the known problems are listed in NOT_ENROLLED
        self.problem_label.setVisible(bool(status.problem))
        may_export = permitted(self.ctx, "sync.export", self.export_button, self.export_other_button,
                               self.network_button)
        can_export = status.enrolled and not status.revoked and may_export
        for button in (self.export_button, self.export_other_button, self.network_button):
            button.setEnabled(can_export)
        self.receipt_button.setEnabled(status.enrolled and permitted(self.ctx, "sync.receipt", self.receipt_button))
        may_enroll = permitted(self.ctx, "sync.enroll", self.request_button, self.grant_button,
                               self.net_request_button, self.net_fetch_button)
        for button in (self.request_button, self.grant_button, self.net_request_button):
            button.setEnabled(may_enroll)
        self.net_fetch_button.setEnabled(may_enroll and bool(self.enroll_url))
        if may_export:
            self.network_button.setToolTip(status.url or self.tr("授权中没有中院端网络地址"))
        self.drive_combo.clear()
        for label, root in removable_drives():
            self.drive_combo.addItem(label, root)
        if not self.drive_combo.count():
            self.drive_combo.addItem(self.tr("（未发现 U 盘，可用“导出到其他文件夹”）"), "")
        self.export_button.setEnabled(can_export and bool(self.drive_combo.currentData()))
        self.conflicts.refresh()
        self.quarantine.refresh()

    def _network_failed(self, exc: BaseException, _details: str) -> None:
        """A network action failed: its message in red, the page read again, ``answered`` as after success."""
        self._say(error_text(exc), ok=False)
        self.refresh()
        self.answered.emit()

    def _say(self, text: str, *, ok: bool = True) -> None:
        self.result_label.setStyleSheet(f"color: {OK_GREEN if ok else PROBLEM_RED}")
        self.result_label.setText(text)

    def _guarded(self, action: Callable[[], str]) -> None:
        from fuyuan_desktop.domain.errors import FuyuanError

        try:
            self._say(action())
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
        self.refresh()

    # --- actions -------------------------------------------------------------------------------

    def write_request(self, path: Path) -> None:
        self._guarded(lambda: self.tr("已生成登记申请 {path}（设备 {tag}），请交中院批准。").format(
            path=path, tag=sync_service.write_request(self.ctx, path)))

    def request_over_network(self, url: str) -> Task | None:
        """Send the enrollment request to the hub (a worker: the network may be slow) and show the code."""
        from fuyuan_desktop.domain.errors import FuyuanError

        ctx = self.ctx
        try:
            url = sync_service.checked_url(url)
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
            return None
        self.net_request_button.setEnabled(False)

        def done(answer: Any) -> None:
            self.enroll_url = url.strip()
            if answer.status == "approved":
                self._say(self.tr("中院已批准本机：请按“取回中院授权”。"))
            else:
                self._say(self.tr("登记申请已送达中院。请把核对码 {code} 告诉中院工作人员（电话或当面），"
                                  "中院批准后按“取回中院授权”。").format(code=answer.code))
            self.refresh()
            self.answered.emit()

        self.task = run_task(self, self.tr("正在向中院发送登记申请……"),
                             lambda _p, _c: sync_service.request_over_network(ctx, url), on_done=done,
                             on_error=self._network_failed)
        return self.task

    def fetch_grant(self, url: str) -> Task:
        """Ask the hub once whether it approved; an approved grant is verified and installed."""
        ctx = self.ctx

        def done(answer: Any) -> None:
            if answer.status == "pending":
                self._say(self.tr("中院尚未批准，核对码 {code}。批准后再按“取回中院授权”。").format(code=answer.code),
                          ok=False)
            elif answer.status == "rejected":
                self._say(self.tr("中院驳回了本机的登记申请：{reason}").format(reason=answer.reason), ok=False)
            else:
                self._say(self.tr("已安装授权：本机可向「{hub}」同步。请与中院工作人员核对中院密钥码 {code}，"
                                  "不符请勿同步并报告中院。").format(hub=answer.result.hub_name,
                                                                code=answer.result.hub_key_code))
                self.data_changed.emit()
            self.refresh()
            self.answered.emit()

        self.task = run_task(self, self.tr("正在向中院取回授权……"),
                             lambda _p, _c: sync_service.fetch_grant_over_network(ctx, url), on_done=done,
                             on_error=self._network_failed)
        return self.task

    def install_grant(self, path: Path) -> None:
        self._guarded(lambda: self.tr("已安装授权：本机可向「{hub}」同步。").format(
            hub=sync_service.install_grant_file(self.ctx, path).hub_name))

    def apply_receipt(self, path: Path) -> None:
        def run() -> str:
            result = sync_service.apply_receipt_file(self.ctx, path)
            self.data_changed.emit()
            lines = [self.tr("已应用回执：正式案号 {n} 个，更新记录 {m} 条。").format(
                n=len(result.official_numbers), m=result.rows_applied)]
            lines += [f"{i['provisional_number']} → {i['official_number']}" for i in result.official_numbers[:20]]
            lines += [self.tr("被隔离：{reason}").format(reason=q["reason"]) for q in result.quarantined[:10]]
            lines += [self.tr("参考数据更新：{change}").format(change=c["text"]) for c in result.settings_changed]
            if result.revoked:
                lines.append(self.tr("本机已被中院停用：{reason}").format(reason=result.revoked))
            return "\n".join(lines)

        self._guarded(run)

    def export_to(self, folder: Path, *, volume_size: int | None = None) -> Task:
        ctx = self.ctx
        self.export_button.setEnabled(False)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return sync_service.export_to(ctx, folder, volume_size=volume_size, progress=progress, cancel=cancel)

        def done(result: sync_service.ExportResult) -> None:
            self._say(self.tr("已导出第 {seq} 个数据包：{rows} 条记录、{blobs} 个附件，写入 {folder}（{n} 个文件）。"
                              "中院回执导入之前，这些数据仍算待发送。").format(
                seq=result.seq, rows=result.rows, blobs=result.blobs, folder=folder, n=len(result.files)))
            self.refresh()

        def failed(exc: BaseException, _details: str) -> None:
            from fuyuan_desktop.services.sync import Cancelled

            self._say(self.tr("已取消，U 盘上没有留下文件。") if isinstance(exc, Cancelled) else error_text(exc), ok=False)
            self.refresh()

        self.task = run_task(self, self.tr("正在加密导出……"), work, on_done=done, on_error=failed)
        return self.task

    def network_sync(self) -> Task:
        ctx = self.ctx
        self.network_button.setEnabled(False)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return sync_service.network_sync(ctx, progress=progress, cancel=cancel).message

        def done(message: str) -> None:
            self._say(message)
            self.data_changed.emit()
            self.refresh()
            self.answered.emit()

        self.task = run_task(self, self.tr("正在与中院同步……"), work, on_done=done,
                             on_error=self._network_failed)
        return self.task

    def resolve_selected(self, *, restore: bool) -> None:
        self.conflicts.resolve_selected(restore=restore)

    # --- dialogs -------------------------------------------------------------------------------

    def _ask_request(self) -> None:
        name = save_file_name(self, self.tr("保存登记申请"), in_documents("登记申请.json"), "JSON (*.json)")
        if name:
            self.write_request(Path(name))

    def _ask_network_request(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(self, self.tr("经网络申请登记"), self.tr(
            "中院端地址（中院信息技术部门提供，如 https://10.22.1.5:8443）："), text=self.enroll_url or "https://")
        if ok and url.strip():
            self.request_over_network(url)

    def _ask_grant(self) -> None:
        name = open_file_name(self, self.tr("选择中院授权文件"), "JSON (*.json)", in_documents())
        if name:
            self.install_grant(Path(name))

    def _ask_receipt(self) -> None:
        name = open_file_name(self, self.tr("选择中院回执"), self.tr("回执 (*.fyr)"),
                              str(self.drive_combo.currentData() or ""))
        if name:
            self.apply_receipt(Path(name))

    def _export_to_drive(self) -> None:
        root = self.drive_combo.currentData()
        if root:
            self.export_to(Path(root) / "fuyuan")

    def _ask_export_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("选择导出文件夹"), in_documents())
        if name:
            self.export_to(Path(name))
