"""府院联动 page: the warnings and every ledger (centre, hearings, recommendations, …) as tables, exported to Excel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.domain.linkage import Triage
from fuyuan_desktop.services.changes import CASE, LINKAGE, REFERENCE
from fuyuan_desktop.services.linkage.admin import admin_case
from fuyuan_desktop.services.linkage.followup import cluster_draft_id, draft_from_cluster
from fuyuan_desktop.services.linkage.ledgers import Ledger, build_ledger, export_ledger
from fuyuan_desktop.services.linkage.outreach import delete_joint_training, delete_oral
from fuyuan_desktop.services.linkage.warnings import LinkageWarning, linkage_warnings
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.changes import ChangeWatch, Stale
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import in_documents
from fuyuan_desktop.ui.pages.linkage_forms import (
    admin_outcome_dialog,
    admin_register_dialog,
    appearance_dialog,
    delete_dialog,
    excellent_dialog,
    follow_dialog,
    fund_dialog,
    hearing_dialog,
    issue_dialog,
    item_done_dialog,
    joint_training_dialog,
    meeting_dialog,
    oral_dialog,
    oral_respond_dialog,
    project_dialog,
    relief_apply_dialog,
    relief_decide_dialog,
    relief_pay_dialog,
    reply_dialog,
    sent_dialog,
    training_dialog,
    triage_dialog,
    village_override_dialog,
    village_status_dialog,
    village_year_dialog,
)
from fuyuan_desktop.ui.recommendation_editor import RecommendationEditor
from fuyuan_desktop.ui.tasks import run_quietly

log = logging.getLogger("fuyuan.ui")

RED = QColor("#b42318")
WARNING = Qt.ItemDataRole.UserRole  # the LinkageWarning of a row of the 预警 list
# Ledger buttons that need a role's permission (services/permissions.py); the others are open to every role.
PERMISSIONS = {("recommendations", "new"): "recommendation.draft", ("recommendations", "issue"): "recommendation.issue",
               ("recommendations", "sent"): "recommendation.sent"}
# The tabs, in the order the courts work through them; each is a ledger kind of services.linkage.ledgers.
TABS = ("admin", "hearings", "recommendations", "oral", "training", "cotraining", "relief", "fund", "villages",
        "projects", "meetings", "sme")


class LedgerModel(QAbstractTableModel):
    """A ledger's rows, read cell by cell only when the view paints them."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ledger.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ledger.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.ledger.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(self.ledger.rows[index.row()])
            if value is None:
                return ""
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, float) and column.number_format == "0.00%":
                return f"{100 * value:.2f}%"
            if isinstance(value, float):
                return f"{value:,.2f}"
            return str(value)
        if role == Qt.ItemDataRole.ForegroundRole and getattr(self.ledger.rows[index.row()], "overdue", False):
            return QBrush(RED)  # a recommendation past its reply deadline with no reply
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = column.value(self.ledger.rows[index.row()])
            if isinstance(value, int | float):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.ledger.columns[section].heading
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class LedgerTab(QWidget):
    """One ledger: a count line, the table, and 导出 Excel."""

    refreshed = Signal()

    def __init__(self, ctx: Workspace, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.ledger: Ledger | None = None
        self.all_rows: list[Any] | None = None
        self.fresh_serial = 0  # the change notice this table is fresh as of
        self._generation = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("导出 Excel(&E)…"))
        self.export_button.clicked.connect(self.ask_export)
        top.addWidget(self.count_label, 1)
        self.action_buttons: dict[str, QPushButton] = {}
        self.dialog: QDialog | None = None
        actions = self._actions().get(kind, {})
        # Many steps (司法建议: 起草 … 优秀) get a row of their own under the count line.
        row = QHBoxLayout() if len(actions) > 3 else top
        for name, (label, _needs_row, _factory) in actions.items():
            button = self.action_buttons[name] = QPushButton(label)
            button.clicked.connect(lambda _checked=False, n=name: self.open_action(n))
            # What the role may not do is not offered (the services refuse it anyway): 签发 is a judge's.
            needs = PERMISSIONS.get((kind, name))
            button.setVisible(needs is None or allowed(ctx.role, needs))
            row.addWidget(button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        if row is not top:
            row.addStretch(1)
            layout.addLayout(row)
        self.filter_box: QComboBox | None = None
        self.filter_text: QLineEdit | None = None
        if kind == "admin":  # the centre's register: by triage state and by number or organ
            filters = QHBoxLayout()
            self.filter_box = QComboBox()
            self.filter_box.addItems([self.tr("全部"), self.tr("待分流"), self.tr("受理调解"), self.tr("转出"),
                                      self.tr("不予受理"), self.tr("已化解"), self.tr("未化解")])
            self.filter_text = QLineEdit()
            self.filter_text.setPlaceholderText(self.tr("按收案编号、被申请机关、被诉行政行为筛选"))
            self.filter_text.setClearButtonEnabled(True)
            filters.addWidget(QLabel(self.tr("分流：")))
            filters.addWidget(self.filter_box)
            filters.addWidget(self.filter_text, 1)
            layout.addLayout(filters)
            self.filter_box.currentIndexChanged.connect(lambda _i: self._refilter())
            self.filter_text.textChanged.connect(lambda _t: self._refilter())
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)

    def _actions(self) -> dict[str, dict[str, tuple[str, bool, Callable[[Any], QDialog]]]]:
        """Per ledger: its buttons, whether each needs a selected row, and the entry form it opens."""
        ctx = self.ctx
        return {
            "admin": {
                "register": (self.tr("登记(&N)…"), False, lambda _row: admin_register_dialog(ctx, self)),
                "triage": (self.tr("分流(&T)…"), True, lambda row: triage_dialog(ctx, row.number, self)),
                "outcome": (self.tr("化解结果(&O)…"), True, lambda row: admin_outcome_dialog(ctx, row.number, self)),
            },
            "hearings": {
                "add": (self.tr("登记开庭(&N)…"), False, lambda _row: hearing_dialog(ctx, self)),
                "appearance": (self.tr("登记出庭情况(&A)…"), True, lambda row: appearance_dialog(ctx, row.id, self)),
            },
            "recommendations": {
                "new": (self.tr("起草(&N)…"), False, lambda _row: RecommendationEditor(ctx, None, self)),
                "edit": (self.tr("修改/查看(&D)…"), True, lambda row: RecommendationEditor(ctx, row.id, self)),
                "issue": (self.tr("签发(&I)…"), True, lambda row: issue_dialog(ctx, row.id, self)),
                "sent": (self.tr("送达(&S)…"), True, lambda row: sent_dialog(ctx, row.id, row.recipient, self)),
                "reply": (self.tr("登记反馈(&R)…"), True, lambda row: reply_dialog(ctx, row.id, self)),
                "follow": (self.tr("跟踪落实(&F)…"), True, lambda row: follow_dialog(ctx, row.id, self)),
                "excellent": (self.tr("优秀(&G)…"), True,
                              lambda row: excellent_dialog(ctx, row.id, row.excellent, self)),
            },
            "training": {"add": (self.tr("登记以庭代训(&N)…"), False, lambda _row: training_dialog(ctx, self))},
            "cotraining": {
                "add": (self.tr("登记同堂培训(&N)…"), False, lambda _row: joint_training_dialog(ctx, self)),
                "edit": (self.tr("修改(&M)…"), True, lambda row: joint_training_dialog(ctx, self, row)),
                "delete": (self.tr("删除(&X)…"), True, lambda row: delete_dialog(
                    self.tr("删除同堂培训"), f"{row.held_on.isoformat()}　{row.topic}",
                    lambda reason: delete_joint_training(ctx, row.id, reason), self)),
            },
            "oral": {
                "add": (self.tr("登记口头建议(&N)…"), False, lambda _row: oral_dialog(ctx, self)),
                "edit": (self.tr("修改(&M)…"), True, lambda row: oral_dialog(ctx, self, row)),
                "respond": (self.tr("登记反馈(&R)…"), True, lambda row: oral_respond_dialog(ctx, row.id, self)),
                "delete": (self.tr("删除(&X)…"), True, lambda row: delete_dialog(
                    self.tr("删除口头建议"), f"{row.given_on.isoformat()}　{row.agency}",
                    lambda reason: delete_oral(ctx, row.id, reason), self)),
            },
            "relief": {
                "apply": (self.tr("登记申请(&N)…"), False, lambda _row: relief_apply_dialog(ctx, self)),
                "decide": (self.tr("审查决定(&J)…"), True, lambda row: relief_decide_dialog(ctx, row.id, self)),
                "pay": (self.tr("发放(&F)…"), True, lambda row: relief_pay_dialog(ctx, row.id, self)),
            },
            "fund": {"income": (self.tr("入账(&N)…"), False, lambda _row: fund_dialog(ctx, self))},
            "villages": {
                "status": (self.tr("变更状态(&S)…"), True, lambda row: village_status_dialog(ctx, row.name, self)),
                "year": (self.tr("年度数据(&Y)…"), True, lambda row: village_year_dialog(ctx, row.name, self)),
                "override": (self.tr("人工认定(&O)…"), True, lambda row: village_override_dialog(ctx, row.name, self)),
            },
            "projects": {"add": (self.tr("登记项目(&N)…"), False, lambda _row: project_dialog(ctx, self))},
            "meetings": {
                "add": (self.tr("登记会议(&N)…"), False, lambda _row: meeting_dialog(ctx, self)),
                "done": (self.tr("事项办结(&D)…"), True, lambda row: item_done_dialog(ctx, row[0].id, self)),
            },
        }

    def selected_row(self) -> Any:
        index = self.table.currentIndex()
        if self.ledger is None or not index.isValid():
            return None
        return self.ledger.rows[index.row()]

    def open_action(self, name: str) -> None:
        _label, needs_row, factory = self._actions()[self.kind][name]
        row = self.selected_row()
        if needs_row and row is None:
            self.note.setText(self.tr("请先在表中选中一行"))
            return
        dialog = self.dialog = factory(row)
        # Deleted when closed, and forgotten then: no finished dialog stays behind as a child of the tab.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget_dialog(d))
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self.note.setText(str(getattr(dialog, "message", ""))))
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def refresh(self) -> None:
        """Read the ledger again, now (after an entry form of this tab wrote to it)."""
        self.fresh_serial = self.ctx.changes.serial
        self._generation += 1
        self._show_ledger(build_ledger(self.ctx, self.kind))

    def refresh_later(self) -> None:
        """Read the ledger again off the GUI thread (it was changed elsewhere); ``refreshed`` follows."""
        self.fresh_serial = self.ctx.changes.serial
        self._generation += 1
        generation, ctx, kind = self._generation, self.ctx, self.kind

        def shown(ledger: Ledger) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self._show_ledger(ledger)

        run_quietly(lambda: build_ledger(ctx, kind), owner=self, on_done=shown,
                    on_error=lambda exc, _details: log.error("ledger not read: %s", type(exc).__name__))

    def _keep(self, row: Any) -> bool:
        """Whether a centre's register row passes the filters (other ledgers are never filtered)."""
        if self.filter_box is None or self.filter_text is None:
            return True
        group = self.filter_box.currentIndex()
        triage = str(row.triage)
        wanted = {
            0: True,
            1: not triage,
            2: triage in (Triage.MEDIATE.label, Triage.MAJOR.label),
            3: triage in (Triage.RECONSIDERATION.label, Triage.DOCKET.label, Triage.PETITION.label),
            4: triage == Triage.INADMISSIBLE.label,
            5: bool(row.outcome) and bool(row.resolved),
            6: bool(row.outcome) and not row.resolved,
        }.get(group, True)
        text = self.filter_text.text().strip()
        return wanted and (not text or any(text in str(x) for x in (row.number, row.agency, row.act)))

    def _refilter(self) -> None:
        if self.all_rows is not None and self.ledger is not None:
            self._show_ledger(replace(self.ledger, rows=self.all_rows))

    def _show_ledger(self, ledger: Ledger) -> None:
        self.all_rows = list(ledger.rows)
        shown = [r for r in ledger.rows if self._keep(r)]
        self.ledger = replace(ledger, rows=shown) if len(shown) != len(ledger.rows) else ledger
        model = LedgerModel(self.ledger, self.table)
        self.table.setModel(model)
        width = self.table.fontMetrics().averageCharWidth()
        for i, column in enumerate(self.ledger.columns):
            self.table.setColumnWidth(i, max(60, int(column.width * width * 1.6)))
        total = len(self.all_rows)
        self.count_label.setText(self.tr("{title}：{n} 条").format(title=self.ledger.title, n=total)
                                 if len(self.ledger.rows) == total else
                                 self.tr("{title}：{n} 条（共 {total} 条）").format(
                                     title=self.ledger.title, n=len(self.ledger.rows), total=total))
        if self.kind == "admin":
            self.table.selectionModel().currentRowChanged.connect(self.show_limitations)
        if self.kind == "recommendations":
            self.table.selectionModel().currentRowChanged.connect(self.show_recommendation)
        self.refreshed.emit()

    def show_limitations(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The centre's case under the cursor: its limitation dates, earliest first, and that they keep running."""
        if self.ledger is None or not current.isValid():
            return
        from fuyuan_desktop.services.calendar import marked

        view = admin_case(self.ctx, self.ledger.rows[current.row()].number)
        lines = [self.tr("{label}：{due}（{left}）").format(
            label=limit.label, due=marked(self.ctx, limit.due_on),
            left=self.tr("剩 {n} 日").format(n=limit.days_left) if limit.days_left >= 0
            else self.tr("已过 {n} 日").format(n=-limit.days_left)) for limit in view.limitations]
        self.note.setText("\n".join([f"{view.number}　{view.agency}　{view.act}", *lines, *view.warnings]))

    def show_recommendation(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The recommendation under the cursor: where it stands, and its reply deadline (overdue marked)."""
        if self.ledger is None or not current.isValid():
            return
        row = self.ledger.rows[current.row()]
        parts = [f"{row.number}　{row.status}　{row.recipient}"]
        if row.status_code == "draft":
            parts.append(self.tr("草稿：修改后签发，签发时编号"))
        elif row.sent_on is None:
            parts.append(self.tr("{on} 签发，待送达").format(on=row.signed_on))
        if row.reply_due is not None and row.reply_on is None:
            left = (row.reply_due - self.ctx.today()).days
            parts.append(self.tr("应于 {due} 前书面反馈（{left}）").format(
                due=row.reply_due.isoformat(),
                left=self.tr("剩 {n} 日").format(n=left) if left >= 0 else self.tr("已逾期 {n} 日").format(n=-left)))
        elif row.reply_on is not None:
            parts.append(self.tr("{on} 反馈，{adoption}{late}").format(
                on=row.reply_on.isoformat(), adoption=row.adoption,
                late="" if row.replied_in_time else self.tr("（逾期反馈）")))
        if row.follow_up:
            parts.append(self.tr("跟踪落实：{text}").format(text=row.follow_up))
        if row.excellent:
            parts.append(self.tr("优秀司法建议"))
        self.note.setText("　".join(parts))

    def export_to(self, path: Path) -> None:
        result = export_ledger(self.ctx, self.kind, path)
        self.note.setText(self.tr("已导出 {n} 行到 {path}").format(n=result.rows, path=result.path))

    def ask_export(self) -> None:
        title = self.ledger.title if self.ledger is not None else self.kind
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出台账"), in_documents(f"{title}.xlsx"),
                                                    self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if name:
            self.export_to(Path(name))


class LinkagePage(QWidget):
    """Tabs: 预警 first, then one per ledger; a tab reads the store when it is first shown and on F5."""

    warnings_shown = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>府院联动</h2>"))
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.warning_list = QTreeWidget()
        self.warning_list.setRootIsDecorated(False)
        self.warning_list.setAlternatingRowColors(True)
        self.warning_list.setHeaderLabels([self.tr("预警"), self.tr("内容")])
        self.warning_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        warnings_tab = QWidget()
        warnings_layout = QVBoxLayout(warnings_tab)
        warnings_layout.addWidget(self.warning_list, 1)
        draft_row = QHBoxLayout()
        self.draft_button = QPushButton(self.tr("据此起草司法建议书(&D)…"))
        self.draft_button.setEnabled(False)
        self.draft_button.setVisible(allowed(ctx.role, "recommendation.draft"))
        self.draft_button.clicked.connect(self.draft_from_selected_cluster)
        self.draft_note = QLabel()
        self.draft_note.setWordWrap(True)
        draft_row.addWidget(self.draft_button)
        draft_row.addWidget(self.draft_note, 1)
        warnings_layout.addLayout(draft_row)
        self.warning_list.currentItemChanged.connect(self._warning_selected)
        self.editor: RecommendationEditor | None = None
        self.tabs.addTab(warnings_tab, self.tr("预警"))
        self.ledger_tabs: dict[str, LedgerTab] = {}
        labels = {"admin": self.tr("协调化解中心"), "hearings": self.tr("负责人出庭"), "recommendations": self.tr("司法建议"),
                  "training": self.tr("以庭代训"), "cotraining": self.tr("同堂培训"), "oral": self.tr("口头建议"),
                  "relief": self.tr("司法救助"), "fund": self.tr("救助基金"),
                  "villages": self.tr("无讼村屯"), "projects": self.tr("重大项目"), "meetings": self.tr("联席会议"),
                  "sme": self.tr("涉企通道")}
        for kind in TABS:
            tab = self.ledger_tabs[kind] = LedgerTab(ctx, kind)
            self.tabs.addTab(tab, labels[kind])
        self._stale = set(TABS)
        self.tabs.currentChanged.connect(self._tab_shown)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(self.refresh)
        self._warnings_fresh = 0
        self._warnings_generation = 0
        # A ledger row or a case changed elsewhere: the warnings and the tab in view are read again off the GUI
        # thread while the page is visible (or when it is next shown); the other tabs when they are opened.
        self.watch = ChangeWatch(self, ctx, (LINKAGE, CASE, REFERENCE), self._changed)
        self.fill_warnings()

    def refresh(self) -> None:
        """Everything again, now (F5)."""
        self.watch.fresh()
        self._stale = set(TABS)
        self.fill_warnings()
        self._tab_shown(self.tabs.currentIndex())

    def _changed(self, stale: Stale) -> None:
        if stale.newer_than(self._warnings_fresh):
            self.fill_warnings_later()
        self._stale = set(TABS)
        current = self.tabs.currentWidget()
        if isinstance(current, LedgerTab) and stale.newer_than(current.fresh_serial):
            self._stale.discard(current.kind)
            current.refresh_later()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, LedgerTab) and widget.kind in self._stale:
            self._stale.discard(widget.kind)
            widget.refresh()

    def fill_warnings(self) -> None:
        self._warnings_fresh = self.ctx.changes.serial
        self._warnings_generation += 1
        self._show_warnings(linkage_warnings(self.ctx))

    def fill_warnings_later(self) -> None:
        self._warnings_fresh = self.ctx.changes.serial
        self._warnings_generation += 1
        generation, ctx = self._warnings_generation, self.ctx

        def shown(warnings: list[LinkageWarning]) -> None:
            if generation == self._warnings_generation and shiboken6.isValid(self):
                self._show_warnings(warnings)

        run_quietly(lambda: linkage_warnings(ctx), owner=self, on_done=shown,
                    on_error=lambda exc, _details: log.error("warnings not read: %s", type(exc).__name__))

    def _warning_selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        warning = item.data(0, WARNING) if item is not None else None
        self.draft_button.setEnabled(isinstance(warning, LinkageWarning) and warning.kind == "cluster")

    def draft_from_selected_cluster(self) -> RecommendationEditor | None:
        """Open the cluster's 司法建议书 draft in the editor: the live one if there is one, else a new one built
        from the cluster's cases (one live draft per cluster)."""
        item = self.warning_list.currentItem()
        warning = item.data(0, WARNING) if item is not None else None
        if not isinstance(warning, LinkageWarning) or warning.kind != "cluster":
            return None
        scope, category, key = warning.ref["scope"], warning.ref["category"], warning.ref["key"]
        existing = cluster_draft_id(self.ctx, scope, category, key)
        if existing is not None:
            rec_id, note = existing, self.tr("该类案已有一份司法建议书草稿（每个类案只保留一份），已打开继续修改")
        else:
            recipient = f"{key}人民政府" if scope == "township" else key
            try:
                view = draft_from_cluster(self.ctx, scope, category, key, recipient)
            except FuyuanError as exc:
                self.draft_note.setText(self.tr("未能起草：{error}").format(error=error_text(exc)))
                return None
            rec_id = view.id
            note = self.tr("已按类案起草草稿（未编号）：请核对被建议单位，补充成因分析后保存，再在“司法建议”中签发")
        editor = self.editor = RecommendationEditor(self.ctx, rec_id, self, note=note)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget_editor(e))
        editor.finished.connect(lambda _result: self.refresh())
        self.draft_note.setText(note)
        editor.open()
        return editor

    def _forget_editor(self, editor: RecommendationEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def _show_warnings(self, warnings: list[LinkageWarning]) -> None:
        self.warning_list.clear()
        self.draft_button.setEnabled(False)
        for w in warnings:
            item = QTreeWidgetItem([w.label, w.text])
            item.setData(0, WARNING, w)
            item.setToolTip(1, w.text)
            if w.kind.endswith("overdue") or w.kind == "agency_flag":
                item.setForeground(0, QBrush(RED))
                item.setForeground(1, QBrush(RED))
            self.warning_list.addTopLevelItem(item)
        if not warnings:
            self.warning_list.addTopLevelItem(QTreeWidgetItem([self.tr("暂无"), ""]))
        self.tabs.setTabText(0, self.tr("预警（{n}）").format(n=len(warnings)))
        self.warnings_shown.emit()
