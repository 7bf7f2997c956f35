"""数据中心 page (hub mode): the intermediate court's staff import the tribunals' bundles from a stick or a folder,
see the enrolled devices with their counters and gaps, the bundles received, approve enrollment requests,
revoke a device, and review conflicts and quarantined records — on the hub's own database."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services import hub as hub_service
from fuyuan_desktop.services.hub import Hub
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import in_documents, open_file_name, save_file_name
from fuyuan_desktop.ui.pages.sync import OK_GREEN, PROBLEM_RED, ConflictsPanel, QuarantinePanel, removable_drives
from fuyuan_desktop.ui.tasks import Task, run_task

WARN_AMBER = "#9a6700"


def _table(headers: tuple[object, ...], translate: Callable[[str], str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate(str(h)) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], *, colour: Callable[[int], str | None] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        tint = colour(r) if colour is not None else None
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if tint:
                item.setForeground(QColor(tint))
            table.setItem(r, c, item)


class ApproveDialog(QDialog):
    """Approve an enrollment request file: whose it is, for which court or tribunal, where the grant goes."""

    def __init__(self, hub: Hub, request: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批准设备登记"))
        body = hub_service.request_details(request)
        form = QFormLayout(self)
        form.addRow(self.tr("申请文件："), QLabel(str(request)))
        form.addRow(self.tr("设备："), QLabel(f"{body.get('device_tag', '')}  {body.get('device_name', '')}"))
        self.scope = QComboBox()
        for label, ref in hub_service.court_choices(hub):
            self.scope.addItem(label, ref)
        asked = str(body.get("tribunal_id", ""))
        if asked:
            found = self.scope.findData(f"tribunal:{asked}")
            if found >= 0:
                self.scope.setCurrentIndex(found)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("如 https://10.22.1.5:8443（可不填，只用 U 盘）"))
        form.addRow(self.tr("所属法院/法庭(&S)："), self.scope)
        form.addRow(self.tr("中院端网络地址(&U)："), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class HubPage(QWidget):
    """Tabs: 导入数据包, 设备, 已收数据包, 冲突复核, 隔离记录."""

    data_changed = Signal()
    imported = Signal()  # an import run ended (done, refused or failed) and its lines are on the page

    DEVICE_HEADERS = (
        QT_TRANSLATE_NOOP("HubPage", "设备"), QT_TRANSLATE_NOOP("HubPage", "名称"), QT_TRANSLATE_NOOP("HubPage", "法院"),
        QT_TRANSLATE_NOOP("HubPage", "法庭"), QT_TRANSLATE_NOOP("HubPage", "状态"),
        QT_TRANSLATE_NOOP("HubPage", "已收包序号"), QT_TRANSLATE_NOOP("HubPage", "最近到达时间（北京时间）"),
        QT_TRANSLATE_NOOP("HubPage", "缺漏与说明"))
    BUNDLE_HEADERS = (
        QT_TRANSLATE_NOOP("HubPage", "到达时间（北京时间）"), QT_TRANSLATE_NOOP("HubPage", "设备"), QT_TRANSLATE_NOOP("HubPage", "序号"),
        QT_TRANSLATE_NOOP("HubPage", "记录数"), QT_TRANSLATE_NOOP("HubPage", "大小 (MB)"),
        QT_TRANSLATE_NOOP("HubPage", "数据包"))
    PENDING_HEADERS = (
        QT_TRANSLATE_NOOP("HubPage", "核对码"), QT_TRANSLATE_NOOP("HubPage", "设备"), QT_TRANSLATE_NOOP("HubPage", "名称"),
        QT_TRANSLATE_NOOP("HubPage", "申请的法院/法庭"), QT_TRANSLATE_NOOP("HubPage", "收到时间（北京时间）"))
    IMPORT_HEADERS = (
        QT_TRANSLATE_NOOP("HubPage", "文件"), QT_TRANSLATE_NOOP("HubPage", "结果"), QT_TRANSLATE_NOOP("HubPage", "说明"),
        QT_TRANSLATE_NOOP("HubPage", "回执"))

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.ctx = hub_service.hub_workspace(hub)
        self.task: Task | None = None
        self.import_lines: list[hub_service.ImportLine] = []
        self.device_rows: list[Any] = []
        self.pending_rows: list[Any] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>中院数据中心</h2>")))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gap_label = QLabel()
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet(f"color: {PROBLEM_RED}")
        layout.addWidget(self.summary_label)
        layout.addWidget(self.gap_label)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_import_tab(), self.tr("导入数据包(&I)"))
        self.tabs.addTab(self._build_devices_tab(), self.tr("设备(&D)"))
        self.tabs.addTab(self._build_bundles_tab(), self.tr("已收数据包(&B)"))
        self.conflicts = ConflictsPanel(self.ctx)
        self.conflicts.resolved.connect(self._say)
        self.conflicts.problem.connect(lambda text: self._say(text, ok=False))
        self.tabs.addTab(self.conflicts, self.tr("冲突复核(&C)"))
        self.quarantine = QuarantinePanel(self.ctx, device_tags=self._device_tags)
        self.tabs.addTab(self.quarantine, self.tr("隔离记录(&Q)"))
        # The regional thresholds and amounts: what is saved here goes to every laptop with its next receipt.
        from fuyuan_desktop.ui.fit import scrolling
        from fuyuan_desktop.ui.reference_settings import ReferenceSettingsBox

        self.reference_box = ReferenceSettingsBox(self.ctx)
        self.reference_box.setTitle(self.tr("全市参考数据（保存后随各设备的下一份回执下发；“本机”项只对中院端有效）"))
        self.tabs.addTab(scrolling(self.reference_box), self.tr("参考数据(&R)"))
        # The holiday schedules, 调解组织 and courts kept here for the whole city, and what goes down next.
        from fuyuan_desktop.ui.hub_lists import HubListsPanel

        self.lists = HubListsPanel(hub)
        self.lists.changed.connect(self.data_changed)
        self.tabs.addTab(scrolling(self.lists), self.tr("名录与日历(&L)"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build_import_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        hint = QLabel(self.tr("各法庭带来的 U 盘插上后选“从 U 盘导入”，或选择数据包文件（.fyb，分卷 .fyb.002… 放在同一文件夹）。"
                              "每个数据包单独导入：签名、登记、校验值或版本不符的整包拒收，中院库不变；"
                              "同一数据包再导入一次不会重复写入。"))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        source = QGroupBox(self.tr("数据包来源"))
        row = QHBoxLayout(source)
        self.drive_combo = QComboBox()
        self.drive_combo.setMinimumWidth(320)
        self.drive_button = QPushButton(self.tr("从 U 盘导入(&U)"))
        self.files_button = QPushButton(self.tr("选择数据包文件(&F)…"))
        row.addWidget(QLabel(self.tr("移动磁盘：")))
        row.addWidget(self.drive_combo, 1)
        row.addWidget(self.drive_button)
        row.addWidget(self.files_button)
        outer.addWidget(source)
        receipts = QHBoxLayout()
        self.beside_check = QCheckBox(self.tr("回执写回数据包所在的文件夹（U 盘带回法庭）(&W)"))
        self.beside_check.setChecked(True)
        self.receipts_button = QPushButton(self.tr("回执文件夹…"))
        self.receipts_label = QLabel()
        receipts.addWidget(self.beside_check)
        receipts.addWidget(self.receipts_button)
        receipts.addWidget(self.receipts_label, 1)
        outer.addLayout(receipts)
        self.receipts_folder: Path = self.hub.root / "receipts"
        self.import_table = _table(self.IMPORT_HEADERS, self.tr)
        outer.addWidget(self.import_table, 1)
        self.drive_button.clicked.connect(self._import_from_drive)
        self.files_button.clicked.connect(self._ask_files)
        self.receipts_button.clicked.connect(self._ask_receipts_folder)
        self.beside_check.toggled.connect(self._show_receipts_choice)
        self._show_receipts_choice()
        return tab

    def _build_devices_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        pending = QGroupBox(self.tr("待批准的登记申请（经网络送达）"))
        box = QVBoxLayout(pending)
        self.key_code_label = QLabel()
        self.key_code_label.setWordWrap(True)
        self.key_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.key_code_label)
        self.pending_table = _table(self.PENDING_HEADERS, self.tr)
        self.pending_table.setMaximumHeight(150)
        box.addWidget(self.pending_table)
        actions = QHBoxLayout()
        self.pending_scope = QComboBox()
        for label, ref in hub_service.court_choices(self.hub):
            self.pending_scope.addItem(label, ref)
        self.approve_pending_button = QPushButton(self.tr("批准所选(&P)"))
        self.reject_pending_button = QPushButton(self.tr("驳回所选(&J)…"))
        actions.addWidget(QLabel(self.tr("所属法院/法庭：")))
        actions.addWidget(self.pending_scope, 1)
        actions.addWidget(self.approve_pending_button)
        actions.addWidget(self.reject_pending_button)
        box.addLayout(actions)
        outer.addWidget(pending)
        self.pending_table.itemSelectionChanged.connect(self._pending_selected)
        self.approve_pending_button.clicked.connect(self._approve_selected_pending)
        self.reject_pending_button.clicked.connect(self._ask_reject_pending)
        outer.addWidget(QLabel(self.tr("已登记的设备：")))
        self.device_table = _table(self.DEVICE_HEADERS, self.tr)
        buttons = QHBoxLayout()
        self.approve_file_button = QPushButton(self.tr("批准登记申请文件(&A)…"))
        self.revoke_button = QPushButton(self.tr("停用所选设备(&R)…"))
        buttons.addWidget(self.approve_file_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        outer.addWidget(self.device_table, 1)
        outer.addLayout(buttons)
        self.approve_file_button.clicked.connect(self._ask_approve_file)
        self.revoke_button.clicked.connect(self._ask_revoke)
        return tab

    def _build_bundles_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        hint = QLabel(self.tr("中院保留收到的每一个数据包（加密原件），最近的在前。"))
        outer.addWidget(hint)
        self.bundle_table = _table(self.BUNDLE_HEADERS, self.tr)
        outer.addWidget(self.bundle_table, 1)
        return tab

    # --- state ---------------------------------------------------------------------------------

    def _device_tags(self) -> dict[str, str]:
        return {d.device_id: d.tag for d in self.device_rows}

    def refresh(self) -> None:
        o = hub_service.overview(self.hub)
        self.summary_label.setText(self.tr(
            "数据库：{backend} {store}　·　在用设备 {devices} 台，已停用 {revoked} 台　·　已收数据包 {bundles} 个{last}"
            "　·　待复核冲突 {conflicts} 条，隔离记录 {held} 条").format(
            backend=o.backend, store=o.store, devices=o.devices, revoked=o.revoked, bundles=o.bundles,
            last=self.tr("（最近 {at}）").format(at=o.last_bundle_at) if o.last_bundle_at else "",
            conflicts=o.open_conflicts, held=o.quarantined))
        self.gap_label.setText(self.tr("有 {n} 台设备缺少更早的数据包（见“设备”页的缺漏说明）：回执已请这些设备重新发送。")
                               .format(n=o.gaps) if o.gaps else "")
        self.gap_label.setVisible(bool(o.gaps))
        self.device_rows = hub_service.devices(self.hub)
        quiet = hub_service.quiet_devices(self.device_rows, days=hub_service.quiet_device_days(self.hub))
        tribunals = hub_service.tribunal_names(self.hub)

        def note(d: Any) -> str:
            if d.gap_note:
                return str(d.gap_note)
            if d.revoked_reason:
                return self.tr("停用原因：{reason}").format(reason=d.revoked_reason)
            if d.device_id in quiet:
                return self.tr("长时间没有数据包到达：请与该法庭联系") if d.last_bundle_at else self.tr(
                    "登记后还没有数据包到达：请与该法庭联系")
            return ""

        _fill(self.device_table, [
            (d.tag, d.name, d.court, tribunals.get(d.tribunal_id, ""),
             self.tr(hub_service.STATUS_LABELS.get(d.status, d.status)), str(d.last_seq),
             hub_service.local_time(d.last_bundle_at), note(d)) for d in self.device_rows],
            colour=lambda r: PROBLEM_RED if self.device_rows[r].gap_note else (
                WARN_AMBER if self.device_rows[r].status != "active" or self.device_rows[r].device_id in quiet
                else None))
        self.revoke_button.setEnabled(any(d.status == "active" for d in self.device_rows))
        self.key_code_label.setText(self.tr(
            "书记员读出的核对码与下表一致才批准。设备取回授权后会显示中院密钥码 {code}，请书记员与此核对。").format(
            code=self.hub.key_code()))
        self.pending_rows = hub_service.pending(self.hub)
        _fill(self.pending_table, [(v.code, v.tag, v.name, " · ".join(filter(None, (v.court, v.tribunal))),
                                    hub_service.local_time(v.requested_at)) for v in self.pending_rows])
        self._pending_selected()
        bundles = hub_service.bundles(self.hub)
        _fill(self.bundle_table, [(b.received_at, b.device_tag, str(b.seq), str(b.rows), f"{b.size_mb:.2f}",
                                   b.bundle_id[-12:]) for b in bundles])
        self.conflicts.refresh()
        self.quarantine.refresh()
        self.drive_combo.clear()
        for label, root in removable_drives():
            self.drive_combo.addItem(label, root)
        if not self.drive_combo.count():
            self.drive_combo.addItem(self.tr("（未发现 U 盘，可用“选择数据包文件”）"), "")
        self.drive_button.setEnabled(bool(self.drive_combo.currentData()))

    def _show_receipts_choice(self) -> None:
        beside = self.beside_check.isChecked()
        self.receipts_button.setEnabled(not beside)
        self.receipts_label.setText("" if beside else str(self.receipts_folder))

    def _say(self, text: str, *, ok: bool = True) -> None:
        self.result_label.setStyleSheet(f"color: {OK_GREEN if ok else PROBLEM_RED}")
        self.result_label.setText(text)

    # --- actions -------------------------------------------------------------------------------

    def import_files(self, files: list[Path]) -> Task | None:
        """Import in a worker (each bundle in its own transaction), then list what happened to each file."""
        if not files:
            self._say(self.tr("没有找到数据包文件（.fyb）。"), ok=False)
            return None
        hub = self.hub
        receipts = None if self.beside_check.isChecked() else self.receipts_folder
        self.drive_button.setEnabled(False)
        self.files_button.setEnabled(False)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return hub_service.import_files(hub, files, receipts=receipts, progress=progress, cancel=cancel)

        def done(lines: list[hub_service.ImportLine]) -> None:
            self.import_lines = lines
            labels = {"applied": self.tr("已导入"), "already": self.tr("已导入过"), "refused": self.tr("拒收")}
            _fill(self.import_table, [(Path(x.path).name, labels.get(x.status, x.status), x.message, x.receipt)
                                      for x in lines],
                  colour=lambda r: None if lines[r].ok else PROBLEM_RED)
            refused = sum(1 for x in lines if not x.ok)
            skipped = len(files) - len(lines)
            text = self.tr("处理了 {n} 个数据包：导入 {applied} 个，已导入过 {already} 个，拒收 {refused} 个。").format(
                n=len(lines), applied=sum(1 for x in lines if x.status == "applied"),
                already=sum(1 for x in lines if x.status == "already"), refused=refused)
            if skipped:
                text += self.tr("已取消，其余 {n} 个未导入。").format(n=skipped)
            self._say(text, ok=not refused and not skipped)
            self.files_button.setEnabled(True)
            self.refresh()
            self.data_changed.emit()
            self.imported.emit()

        def failed(exc: BaseException, _details: str) -> None:
            self._say(error_text(exc), ok=False)
            self.files_button.setEnabled(True)
            self.refresh()
            self.imported.emit()

        self.task = run_task(self, self.tr("正在导入数据包……"), work, on_done=done, on_error=failed)
        return self.task

    def approve_file(self, request: Path, grant: Path, scope: str, url: str = "") -> None:
        try:
            tag = hub_service.approve_request_file(self.hub, request, grant, scope=scope, url=url)
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
        else:
            self._say(self.tr("已批准设备 {tag} 的登记，授权文件写入 {path}：请交回该设备安装。").format(tag=tag, path=grant))
        self.refresh()

    def _selected_pending(self) -> Any:
        rows = self.pending_table.selectionModel().selectedRows()
        return self.pending_rows[rows[0].row()] if rows else None

    def _pending_selected(self) -> None:
        chosen = self._selected_pending()
        self.approve_pending_button.setEnabled(chosen is not None)
        self.reject_pending_button.setEnabled(chosen is not None)
        if chosen is not None and chosen.tribunal_id:
            found = self.pending_scope.findData(f"tribunal:{chosen.tribunal_id}")
            if found >= 0:
                self.pending_scope.setCurrentIndex(found)

    def approve_pending(self, scope: str | None = None) -> None:
        """Approve the selected network request for ``scope`` (default: the court/tribunal chosen beside it)."""
        chosen = self._selected_pending()
        if chosen is None:
            self._say(self.tr("请先在列表中选一份申请。"), ok=False)
            return
        try:
            hub_service.approve_pending_request(self.hub, chosen.device_id, scope=scope or str(
                self.pending_scope.currentData()))
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
        else:
            self._say(self.tr("已批准设备 {tag}（核对码 {code}）：该设备按“取回中院授权”即可安装。").format(
                tag=chosen.tag, code=chosen.code))
        self.refresh()

    def reject_pending(self, reason: str) -> None:
        chosen = self._selected_pending()
        if chosen is None:
            self._say(self.tr("请先在列表中选一份申请。"), ok=False)
            return
        try:
            hub_service.reject_pending_request(self.hub, chosen.device_id, reason)
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
        else:
            self._say(self.tr("已驳回设备 {tag} 的申请；该设备取回授权时会看到原因。").format(tag=chosen.tag))
        self.refresh()

    def revoke_selected(self, reason: str) -> None:
        rows = self.device_table.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("请先在列表中选一台设备。"), ok=False)
            return
        device = self.device_rows[rows[0].row()]
        try:
            hub_service.revoke_device(self.hub, device.device_id, reason)
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
        else:
            self._say(self.tr("设备 {tag} 已停用：其数据包今后一律拒收，下一份回执会告知各设备。").format(tag=device.tag))
        self.refresh()

    # --- dialogs -------------------------------------------------------------------------------

    def _import_from_drive(self) -> None:
        root = self.drive_combo.currentData()
        if root:
            self.import_files(hub_service.bundle_files(Path(root)))

    def _ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择数据包"), str(self.drive_combo.currentData() or ""),
                                                self.tr("数据包 (*.fyb)"))
        if names:
            self.import_files([Path(n) for n in names])

    def _ask_receipts_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("回执写入哪个文件夹"), str(self.receipts_folder))
        if name:
            self.receipts_folder = Path(name)
            self._show_receipts_choice()

    def _ask_approve_file(self) -> None:
        name = open_file_name(self, self.tr("选择设备的登记申请"), "JSON (*.json)", in_documents())
        if not name:
            return
        try:
            dialog = ApproveDialog(self.hub, Path(name), self)
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
            return
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        scope, url = str(dialog.scope.currentData()), dialog.url.text().strip()
        dialog.deleteLater()
        if not accepted:
            return
        grant = save_file_name(self, self.tr("保存授权文件"), str(Path(name).with_name("授权.json")), "JSON (*.json)")
        if grant:
            self.approve_file(Path(name), Path(grant), scope, url)

    def _approve_selected_pending(self) -> None:
        self.approve_pending()

    def _ask_reject_pending(self) -> None:
        chosen = self._selected_pending()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("驳回登记申请"), self.tr(
            "驳回设备 {tag}（核对码 {code}）的申请。\n原因（会向该设备的使用者显示）：").format(tag=chosen.tag,
                                                                                    code=chosen.code))
        if ok:
            self.reject_pending(reason)

    def _ask_revoke(self) -> None:
        rows = self.device_table.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("请先在列表中选一台设备。"), ok=False)
            return
        device = self.device_rows[rows[0].row()]
        reason, ok = QInputDialog.getText(self, self.tr("停用设备"), self.tr(
            "停用设备 {tag} 后，它的数据包一律拒收，设备收到回执后停止导出。\n停用原因（会向该设备的使用者显示）：").format(
            tag=device.tag))
        if ok:
            self.revoke_selected(reason)
