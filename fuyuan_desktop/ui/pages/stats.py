"""统计 page: the published figures and charts (QtCharts) for a period, court and tribunal; the white paper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

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
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.linkage import percent
from fuyuan_desktop.reports.stats import Count, Stats
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import print_white_paper
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.ui.tasks import run_task

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
    return label.replace("行政争议", "行政").removesuffix("纠纷")


def short_place(label: str) -> str:
    return label.replace("吉林松原经济开发区", "松原经开区").replace("松原石油化学工业循环经济园区", "石化园区")


class StatsPage(QWidget):
    """Filters on top, the figures the courts publish, then charts; statistics run off the GUI thread."""

    computed = Signal()

    PERIODS = (("all", "全部期间"), ("year", "本年度"), ("last_year", "上一年度"), ("twelve", "近 12 个月"))

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: Stats | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<h2>统计</h2>")))
        bar.addStretch(1)
        self.period = QComboBox()
        for key, label in self.PERIODS:
            self.period.addItem(self.tr(label), key)
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
        for label, combo in ((self.tr("期间(&P)"), self.period), (self.tr("法院(&C)"), self.court),
                             (self.tr("法庭(&T)"), self.tribunal)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addWidget(caption)
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        self.paper_button = QPushButton(self.tr("生成白皮书(&W)…"))
        self.paper_button.clicked.connect(self.ask_white_paper)
        bar.addWidget(self.paper_button)
        outer.addLayout(bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        outer.addWidget(self.note)

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
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(self.refresh)
        self._shown_once = False
        self.refresh()

    def _captions(self) -> list[tuple[str, str]]:
        return [
            ("disputes", self.tr("登记纠纷（件）")), ("success", self.tr("调解成功率")), ("days", self.tr("平均化解用时（日）")),
            ("admin", self.tr("行政争议化解（件）")), ("admin_rate", self.tr("化解率（化解÷受理）")),
            ("appearance", self.tr("负责人出庭应诉率")), ("recommendations", self.tr("发出司法建议（份）")),
            ("reply", self.tr("司法建议反馈率")), ("training", self.tr("以庭代训观摩（人次）")),
            ("villages", self.tr("无讼村屯（已达标）")), ("projects", self.tr("重大项目研判涉诉案件（件）")),
            ("cluster", self.tr("类案建议所涉最大类案（件）")),
        ]

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

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

    def refresh(self) -> None:
        start, end = self.period_bounds()
        court = str(self.court.currentData() or "") or None
        tribunal = str(self.tribunal.currentData() or "") or None
        ctx = self.ctx
        run_task(self, self.tr("正在统计…"), lambda _progress, _cancel: statistics(ctx, start, end, court=court,
                                                                                  tribunal=tribunal),
                 on_done=self.show_stats)

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
        }
        for key, shown in values.items():
            self.figure_labels[key].setText(shown)
        self.chart_views["category"].setChart(_bar_chart(self.tr("纠纷类型（前 10 类）"), stats.by_category,
                                                         horizontal=True, short=short_category))
        self.chart_views["month"].setChart(_bar_chart(self.tr("按月份（近 12 个月）"), stats.by_month[-12:], limit=12,
                                                      short=lambda m: m[2:].replace("-", ".")))
        self.chart_views["place"].setChart(_bar_chart(self.tr("按乡镇（园区）（前 10 位）"), stats.by_place,
                                                      horizontal=True, short=short_place))
        self.chart_views["tribunal"].setChart(_bar_chart(self.tr("按法庭（前 10 位）"), stats.by_tribunal,
                                                         horizontal=True))
        self.note.setText(self.tr(
            "已结 {closed} 件，其中调解成功 {ok} 件；行政争议受理 {acc} 件；开庭审理的行政案件 {heard} 件，负责人出庭 {app} 件（正职 "
            "{chief} 件）；司法建议已反馈 {replied} 份，按期 {in_time} 份。").format(
            closed=stats.closed, ok=stats.successful, acc=stats.admin_accepted, heard=stats.hearings_heard,
            app=stats.hearings_appeared, chief=stats.hearings_chief, replied=stats.recommendations_replied,
            in_time=stats.recommendations_in_time))
        self.computed.emit()

    def ask_white_paper(self) -> None:
        year = self.ctx.today().year
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("生成白皮书"), self.tr("{year}年度行政审判白皮书.pdf")
                                                    .format(year=year), "PDF (*.pdf)")
        if name:
            self.write_white_paper(year, Path(name))

    def write_white_paper(self, year: int, path: Path) -> None:
        court = str(self.court.currentData() or "") or None
        ctx = self.ctx
        run_task(self, self.tr("正在生成白皮书…"), lambda _p, _c: print_white_paper(ctx, year, path, court=court),
                 on_done=lambda r: self.note.setText(self.tr("已生成 {path}（{pages} 页）").format(path=r.path,
                                                                                               pages=r.pages)))
