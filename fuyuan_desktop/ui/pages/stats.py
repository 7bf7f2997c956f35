"""统计 page: the published figures and charts (QtCharts) for a period, court and tribunal; the white paper."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.linkage import percent
from fuyuan_desktop.services.causes import SHORT_TITLES
from fuyuan_desktop.services.changes import AGREEMENT, CASE, LINKAGE, REFERENCE, SESSION
from fuyuan_desktop.services.linkage.stats import (
    Count,
    GroupedStats,
    GroupFigures,
    Stats,
    grouped_statistics,
    statistics,
)
from fuyuan_desktop.services.linkage.white_paper import print_white_paper
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.changes import ChangeWatch
from fuyuan_desktop.ui.file_dialogs import in_documents, save_file_name
from fuyuan_desktop.ui.fit import compact_combo
from fuyuan_desktop.ui.tasks import run_quietly, run_task
from fuyuan_desktop.ui.white_paper_editor import WhitePaperEditor

BLUE = QColor("#3a66a6")


def _bar_chart(title: str, counts: list[Count], *, horizontal: bool = False, limit: int = 10,
               short: Callable[[str], str] = str) -> QChart:
    """A bar chart of counts (largest on top when horizontal; in order otherwise), values at the bar ends."""
    shown = [Count(short(c.label), c.count, c.success) for c in counts[:limit]]
    small = QFont()
    small.setPointSizeF(8)
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    bars = QBarSet(title)
    bars.setColor(BLUE)
    bars.setLabelColor(QColor("#1f1f1f"))
    bars.append([float(c.count) for c in (reversed(shown) if horizontal else shown)])
    series: QBarSeries | QHorizontalBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([c.label for c in (reversed(shown) if horizontal else shown)] or [""])
    categories.setLabelsFont(small)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setLabelsFont(small)
    values.setRange(0, max([c.count for c in shown] + [1]) * 1.15)
    values.applyNiceNumbers()
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        categories.setLabelsAngle(-60 if len(shown) > 12 else 0)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart


def short_category(label: str) -> str:
    """行政争议（征收补偿） → 行政（征收补偿）; 土地承包经营权流转纠纷 → 土地承包经营权流转 (axis labels stay short)."""
    shown = QCoreApplication.translate("Enums", label)  # English mode: the category's English name
    return shown if shown != label else label.replace("行政争议", "行政").removesuffix("纠纷")


def short_place(label: str) -> str:
    return label.replace("吉林松原经济开发区", "松原经开区").replace("松原石油化学工业循环经济园区", "石化园区")


class StatsPage(QWidget):
    """Filters on top, the figures the courts publish, then charts; statistics run off the GUI thread."""

    computed = Signal()

    PERIODS = (("all", QT_TRANSLATE_NOOP("StatsPage", "全部期间")), ("year", QT_TRANSLATE_NOOP("StatsPage", "本年度")),
               ("last_year", QT_TRANSLATE_NOOP("StatsPage", "上一年度")),
               ("twelve", QT_TRANSLATE_NOOP("StatsPage", "近 12 个月")))
    CAUSE_LEVELS = ((1, str(QT_TRANSLATE_NOOP("StatsPage", "一级案由"))), (2, str(QT_TRANSLATE_NOOP("StatsPage", "二级案由"))),
                    (3, str(QT_TRANSLATE_NOOP("StatsPage", "三级案由"))), (4, str(QT_TRANSLATE_NOOP("StatsPage", "四级案由"))))

    GROUPINGS = (("mediator", QT_TRANSLATE_NOOP("StatsPage", "按调解员")),
                 ("organisation", QT_TRANSLATE_NOOP("StatsPage", "按调解组织")),
                 ("method", QT_TRANSLATE_NOOP("StatsPage", "按调解方式")))

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: Stats | None = None
        self.grouped: GroupedStats | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<h2>统计</h2>")))
        bar.addStretch(1)
        self.period = QComboBox()
        for key, label in self.PERIODS:
            self.period.addItem(self.tr(str(label)), key)
        self.court = QComboBox()
        self.tribunal = QComboBox()
        self.court.addItem(self.tr("全部法院"), "")
        self.tribunal.addItem(self.tr("全部法庭"), "")
        courts: dict[str, str] = {}
        for row in courts_and_tribunals(ctx):
            courts.setdefault(row["court_code"], row["court"])
            self.tribunal.addItem(row["tribunal"], row["tribunal_id"])
        for code, name in courts.items():
            self.court.addItem(name, code)
        self.cause_level = QComboBox()
        self.cause_level.setObjectName("cause_level")
        for level, label in self.CAUSE_LEVELS:
            self.cause_level.addItem(self.tr(label), level)
        self.cause_level.setCurrentIndex(2)
        for label, combo in ((self.tr("期间(&P)"), self.period), (self.tr("法院(&C)"), self.court),
                             (self.tr("法庭(&T)"), self.tribunal), (self.tr("案由(&Y)"), self.cause_level)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addWidget(caption)
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
            compact_combo(combo, 7)
        outer.addLayout(bar)
        # The note under the filters shares its row with the white paper's buttons (the filter row is full at 1366).
        papers = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        papers.addWidget(self.note, 1)
        self.text_button = QPushButton(self.tr("白皮书正文(&N)…"))
        self.text_button.clicked.connect(self.open_white_paper_text)
        papers.addWidget(self.text_button)
        self.paper_button = QPushButton(self.tr("生成白皮书(&W)…"))
        self.paper_button.clicked.connect(self.ask_white_paper)
        papers.addWidget(self.paper_button)
        self.text_editor: WhitePaperEditor | None = None
        outer.addLayout(papers)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.figures = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        for i, (key, title) in enumerate(self._captions()):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            value = self.figure_labels[key] = QLabel("—")
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1d3f73;")
            inner.addWidget(value)
            caption_label = QLabel(title)
            caption_label.setWordWrap(True)
            inner.addWidget(caption_label)
            self.figures.addWidget(box, i // 6, i % 6)
        self.body.addLayout(self.figures)
        charts = QGridLayout()
        self.chart_views: dict[str, QChartView] = {}
        for i, key in enumerate(("category", "month", "place", "tribunal")):
            view = self.chart_views[key] = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(340)
            charts.addWidget(view, i // 2, i % 2)
        self.body.addLayout(charts)
        self.cause_title = QLabel()
        self.body.addWidget(self.cause_title)
        self.cause_table = QTableWidget(0, 4)
        self.cause_table.setObjectName("cause_table")
        self.cause_table.setHorizontalHeaderLabels([self.tr("案由"), self.tr("代码"), self.tr("件数"),
                                                    self.tr("调解成功")])
        self.cause_table.verticalHeader().setVisible(False)
        self.cause_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cause_table.horizontalHeader().setStretchLastSection(True)
        self.cause_table.setColumnWidth(0, 320)
        self.cause_table.setColumnWidth(1, 200)
        self.cause_table.setMinimumHeight(240)
        self.body.addWidget(self.cause_table)
        self._build_groups()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(lambda: self.refresh())
        self._generation = 0
        # The figures count cases, sittings, agreements and every ledger: a change to any of them is counted
        # again off the GUI thread, quietly (no progress dialog), while the page is visible or when next shown.
        self.watch = ChangeWatch(self, ctx, (CASE, SESSION, AGREEMENT, LINKAGE, REFERENCE),
                                 lambda _stale: self.refresh(quietly=True))
        self.refresh()

    def _captions(self) -> list[tuple[str, str]]:
        return [
            ("disputes", self.tr("登记纠纷（件）")), ("success", self.tr("调解成功率")), ("days", self.tr("平均化解用时（日）")),
            ("admin", self.tr("行政争议化解（件）")), ("admin_rate", self.tr("化解率（化解÷受理）")),
            ("appearance", self.tr("负责人出庭应诉率")), ("recommendations", self.tr("发出司法建议（份）")),
            ("reply", self.tr("司法建议反馈率")), ("training", self.tr("以庭代训观摩（人次）")),
            ("villages", self.tr("无讼村屯（已达标）")), ("projects", self.tr("重大项目研判涉诉案件（件）")),
            ("cluster", self.tr("类案建议所涉最大类案（件）")),
            ("chief", self.tr("正职负责人出庭率")), ("spoke", self.tr("出庭又出声率")),
            ("key_chief", self.tr("重点案件正职出庭率")), ("performance", self.tr("协议自动履行率")),
        ]

    def period_bounds(self) -> tuple[date | None, date | None]:
        today = self.ctx.today()
        key = self.period.currentData()
        if key == "year":
            return date(today.year, 1, 1), date(today.year, 12, 31)
        if key == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if key == "twelve":
            return today - timedelta(days=365), today
        return None, None

    def refresh(self, *, quietly: bool = False) -> None:
        """Count again for the chosen period, court and tribunal, off the GUI thread (a progress dialog appears
        after 0.6 s unless ``quietly``: a change made elsewhere is counted again without interrupting)."""
        self.watch.fresh()
        self._generation += 1
        generation = self._generation
        start, end = self.period_bounds()
        court = str(self.court.currentData() or "") or None
        tribunal = str(self.tribunal.currentData() or "") or None
        level = int(self.cause_level.currentData() or 3)
        ctx = self.ctx

        by = str(self.grouping.currentData() or "mediator")

        def count() -> tuple[Stats, GroupedStats]:
            return (statistics(ctx, start, end, court=court, tribunal=tribunal, cause_level=level),
                    grouped_statistics(ctx, by, start, end, court=court, tribunal=tribunal))

        def done(result: Any) -> None:
            if generation == self._generation and shiboken6.isValid(self):  # else a newer count is on its way
                stats, grouped = result
                self.grouped = grouped
                self.show_groups(grouped)
                self.show_stats(stats)

        if quietly:
            run_quietly(count, owner=self, on_done=done,
                        on_error=lambda exc, _details: logging.getLogger("fuyuan.ui").error(
                            "statistics not counted: %s", type(exc).__name__))
        else:
            run_task(self, self.tr("正在统计…"), lambda _progress, _cancel: count(), on_done=done)

    def show_stats(self, stats: Any) -> None:
        assert isinstance(stats, Stats)
        self.stats = stats
        h = stats.headline
        values = {
            "disputes": str(stats.disputes), "success": percent(stats.success_rate) or "—",
            "days": "—" if stats.average_days is None else f"{stats.average_days:.1f}",
            "admin": f"{stats.admin_resolved}/{stats.admin_accepted}", "admin_rate": percent(stats.admin_rate) or "—",
            "appearance": percent(stats.appearance_rate) or "—", "recommendations": str(stats.recommendations_sent),
            "reply": percent(stats.recommendation_reply_rate) or "—", "training": str(stats.training_attendees),
            "villages": str(h.villages_achieved), "projects": str(h.project_cases_studied),
            "cluster": str(h.largest_cluster_with_recommendation),
            "chief": percent(stats.chief_rate) or "—", "spoke": percent(stats.spoke_rate) or "—",
            "key_chief": percent(stats.key_chief_rate) or "—", "performance": percent(stats.performance_rate) or "—",
        }
        for key, shown in values.items():
            self.figure_labels[key].setText(shown)
        level = self.tr(self.CAUSE_LEVELS[stats.cause_level - 1][1])
        self.chart_views["category"].setChart(_bar_chart(self.tr("{level}（前 10 位）").format(level=level),
                                                         stats.by_cause, horizontal=True, short=short_category))
        self.chart_views["month"].setChart(_bar_chart(self.tr("按月份（近 12 个月）"), stats.by_month[-12:], limit=12,
                                                      short=lambda m: m[2:].replace("-", ".")))
        self.chart_views["place"].setChart(_bar_chart(self.tr("按乡镇（园区）（前 10 位）"), stats.by_place,
                                                      horizontal=True, short=short_place))
        self.chart_views["tribunal"].setChart(_bar_chart(self.tr("按法庭（前 10 位）"), stats.by_tribunal,
                                                         horizontal=True))
        self.show_causes(stats)
        self.note.setText(self.tr(
            "已结 {closed} 件，其中调解成功 {ok} 件；行政争议受理 {acc} 件；开庭审理的行政案件 {heard} 件，负责人出庭 {app} 件（正职 "
            "{chief} 件）；司法建议已反馈 {replied} 份，按期 {in_time} 份。").format(
            closed=stats.closed, ok=stats.successful, acc=stats.admin_accepted, heard=stats.hearings_heard,
            app=stats.hearings_appeared, chief=stats.hearings_chief, replied=stats.recommendations_replied,
            in_time=stats.recommendations_in_time)
            + self.tr("出庭又出声 {spoke} 件；重点案件 {key} 件，正职出庭 {key_chief} 件（重点案件：应当通知负责人出庭或"
                      "重大案件协调的案件，推定）。").format(spoke=stats.hearings_spoke, key=stats.key_heard,
                                                key_chief=stats.key_chief))
        self.computed.emit()

    def show_causes(self, stats: Stats) -> None:
        """The disputes by official 案由 at the chosen level (those without one last, as 未定案由)."""
        self.cause_title.setText(self.tr("<b>按案由统计</b>（{level}，共 {n} 件；未定案由的列在最后）").format(
            level=self.tr(self.CAUSE_LEVELS[stats.cause_level - 1][1]), n=stats.disputes))
        self.cause_table.setRowCount(len(stats.by_cause))
        for row, c in enumerate(stats.by_cause):
            catalogue_id, _, code = c.key.partition(":")
            where = f"{SHORT_TITLES.get(catalogue_id, catalogue_id)} {code}" if code else ""
            for column, text in enumerate((c.label, where, str(c.count), str(c.success))):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.cause_table.setItem(row, column, item)

    def _build_groups(self) -> None:
        """The disputes by mediator, 调解组织 or 调解方式 (the combo above the table), with 受理 … 平均用时."""
        row = QHBoxLayout()
        self.group_title = QLabel(self.tr("<b>分组统计</b>"))
        row.addWidget(self.group_title)
        self.grouping = QComboBox()
        self.grouping.setObjectName("grouping")
        for key, label in self.GROUPINGS:
            self.grouping.addItem(self.tr(str(label)), key)
        caption = QLabel(self.tr("分组(&G)"))
        caption.setBuddy(self.grouping)
        row.addWidget(caption)
        row.addWidget(self.grouping)
        compact_combo(self.grouping, 7)
        row.addStretch(1)
        self.body.addLayout(row)
        self.group_table = QTableWidget(0, 8)
        self.group_table.setObjectName("group_table")
        self.group_table.verticalHeader().setVisible(False)
        self.group_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.group_table.horizontalHeader().setStretchLastSection(True)
        self.group_table.setColumnWidth(0, 280)
        self.group_table.setColumnWidth(1, 140)
        self.group_table.setMinimumHeight(240)
        self.body.addWidget(self.group_table)
        self.group_note = QLabel()
        self.group_note.setWordWrap(True)
        self.body.addWidget(self.group_note)
        self.grouping.currentIndexChanged.connect(lambda _index: self.refresh())

    def show_groups(self, grouped: GroupedStats) -> None:
        """One row per group and the total last (each case once); an empty rate or average shows as —."""
        first = {"mediator": self.tr("调解员"), "organisation": self.tr("调解组织"), "method": self.tr("调解方式")}
        detail = {"mediator": self.tr("角色"), "organisation": self.tr("类型"), "method": ""}
        self.group_table.setHorizontalHeaderLabels([
            first[grouped.by], detail[grouped.by], self.tr("受理"), self.tr("已结"), self.tr("调解成功"),
            self.tr("调解不成"), self.tr("成功率"), self.tr("平均用时（日）")])
        self.group_table.setColumnHidden(1, grouped.by == "method")
        rows = [*grouped.groups, grouped.total]
        self.group_table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, g in enumerate(rows):
            cells = (self._group_label(grouped.by, g, total=g is grouped.total),
                     QCoreApplication.translate("Enums", g.detail) if g.detail else "",
                     str(g.accepted), str(g.closed), str(g.successful), str(g.failed),
                     percent(g.success_rate) or "—", "—" if g.average_days is None else f"{g.average_days:.1f}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if g is grouped.total:
                    item.setFont(bold)
                self.group_table.setItem(r, column, item)
        notes = {
            "mediator": self.tr("一案有两名以上调解员的，每名调解员各计一次；合计按案件计，各行之和可能大于合计。"),
            "organisation": self.tr("一案的调解员分属两个调解组织的，每个组织各计一次，同一组织只计一次；合计按案件计。"),
            "method": self.tr("调解方式为登记时所选（人民调解、行政调解、律师调解、特邀调解、法官主持调解）。"),
        }
        self.group_note.setText(notes[grouped.by] + self.tr(
            "成功率 = 调解成功 ÷ 已结；平均用时为调解成功案件自登记至结案的平均日数。"))

    def _group_label(self, by: str, g: GroupFigures, *, total: bool) -> str:
        if total:
            return self.tr("合计")
        if by == "method":
            return QCoreApplication.translate("Enums", g.label)
        if g.key == "":
            return self.tr("（未指派调解员）")
        if by == "organisation" and g.key == "unregistered":
            return self.tr("（调解组织未登记）")
        return g.label

    def open_white_paper_text(self) -> WhitePaperEditor:
        """The narrative sections and the litigation totals of this year's white paper, for the chosen court."""
        if self.text_editor is not None and shiboken6.isValid(self.text_editor) and self.text_editor.isVisible():
            self.text_editor.raise_()
            return self.text_editor
        court = str(self.court.currentData() or "") or None
        editor = self.text_editor = WhitePaperEditor(self.ctx, self.ctx.today().year, court, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def ask_white_paper(self) -> None:
        year = self.ctx.today().year
        name = save_file_name(self, self.tr("生成白皮书"), in_documents(
            self.tr("{year}年度行政审判白皮书.pdf").format(year=year)), "PDF (*.pdf)")
        if name:
            self.write_white_paper(year, Path(name))

    def write_white_paper(self, year: int, path: Path) -> None:
        court = str(self.court.currentData() or "") or None
        ctx = self.ctx
        run_task(self, self.tr("正在生成白皮书…"), lambda _p, _c: print_white_paper(ctx, year, path, court=court),
                 on_done=lambda r: self.note.setText(self.tr("已生成 {path}（{pages} 页）").format(path=r.path,
                                                                                               pages=r.pages)))
