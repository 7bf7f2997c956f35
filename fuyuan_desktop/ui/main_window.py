"""The workbench window: a navigation rail of pages, window geometry and last page remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.forms.ui_main_window import Ui_MainWindow

# The pages (and through them the store and SQLAlchemy) are imported when the first page is built, after the
# window has painted: start-up shows the window in the time a bare Qt window takes, then opens the store.
if TYPE_CHECKING:
    from fuyuan_desktop.hub.registry import Hub
    from fuyuan_desktop.services.context import ServiceContext


class OpeningPage(QWidget):
    """Shown for the moment between the first paint and the open store: what is happening, and that it moves."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self.tr("正在打开案件库…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy
        self.bar.setFixedWidth(300)
        self.bar.setTextVisible(False)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(self, text: str) -> None:
        self.label.setText(text)


class MainWindow(QMainWindow):
    """Rail on the left (Ctrl+1…Ctrl+7), pages on the right; a case opens as its own page.

    Made with a ``ctx`` it is usable at once (tests, tools); made without one (start-up) it paints its frame and
    an "opening" page, and fills its pages when ``attach`` hands it the opened store (then ``ready`` fires).
    """

    ready = Signal()
    first_painted = Signal()  # once, after the first frame is on screen (start-up opens the store then)

    RAIL: tuple[tuple[str, object], ...] = (
        ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "工作台")),
        ("cases", QT_TRANSLATE_NOOP("MainWindow", "案件")),
        ("calendar", QT_TRANSLATE_NOOP("MainWindow", "日程")),
        ("linkage", QT_TRANSLATE_NOOP("MainWindow", "府院联动")),
        ("stats", QT_TRANSLATE_NOOP("MainWindow", "统计")),
        ("sync", QT_TRANSLATE_NOOP("MainWindow", "同步")),
        ("settings", QT_TRANSLATE_NOOP("MainWindow", "设置")),
    )
    # Hub mode: the intermediate court's staff on the hub database — its data centre, and the cases, linkage
    # and statistics of every tribunal that has sent its bundles.
    HUB_RAIL = (
        ("hub", QT_TRANSLATE_NOOP("MainWindow", "数据中心")),
        ("cases", QT_TRANSLATE_NOOP("MainWindow", "案件")),
        ("linkage", QT_TRANSLATE_NOOP("MainWindow", "府院联动")),
        ("stats", QT_TRANSLATE_NOOP("MainWindow", "统计")),
    )

    def __init__(self, ctx: ServiceContext | None, paths: DataPaths, *, settings: QSettings | None = None,
                 hub: Hub | None = None, hub_mode: bool = False) -> None:
        super().__init__()
        self._ctx = ctx
        self.hub = hub
        self.hub_mode = hub_mode or hub is not None
        if self.hub_mode:
            self.RAIL = self.HUB_RAIL
        self.paths = paths
        self.settings = settings or QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        if self.hub_mode:
            self.setWindowTitle(self.tr("府院联动·诉前调解工作台 — 中院数据中心"))
        # Pages are built the first time they are shown (``page``): start-up pays only for the page it opens on.
        self.page_widgets: dict[str, QWidget] = {}
        self.titles: dict[str, str] = {}
        for position, (key, source_title) in enumerate(self.RAIL, start=1):
            title = self.titles[key] = self.tr(str(source_title))
            self.ui.pages.addWidget(QWidget())  # stands in until the page is built
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("{page}（Ctrl+{key}）").format(page=title, key=position))
            self.ui.nav_rail.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position}"), self)
            shortcut.activated.connect(lambda p=position - 1: self.show_page_at(p))
        self.ui.nav_rail.currentRowChanged.connect(self.show_page_at)
        self._fit_rail()
        self.case_detail: QWidget | None = None
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.opening: OpeningPage | None = None
        self._painted = False
        if ctx is None:
            self.opening = OpeningPage()
            self.ui.pages.addWidget(self.opening)
            self.ui.pages.setCurrentWidget(self.opening)
            self.ui.nav_rail.setEnabled(False)
        else:
            self._show_last_page()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after the children of this frame are drawn too

    @property
    def ctx(self) -> ServiceContext:
        if self._ctx is None:
            raise RuntimeError("the store is not open yet")
        return self._ctx

    def is_ready(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: ServiceContext, hub: Hub | None = None) -> None:
        """The store is open: build the page the user left off on and let the rail work."""
        self._ctx = ctx
        if hub is not None:
            self.hub = hub
        self.ui.nav_rail.setEnabled(True)
        self._show_last_page()
        if self.opening is not None:
            self.ui.pages.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        self.ready.emit()

    def _fit_rail(self) -> None:
        """Widen the rail when a translation's page names need it (the Chinese ones fit the designed 132 px)."""
        rail = self.ui.nav_rail
        rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rail.ensurePolished()
        widest = max(rail.fontMetrics().horizontalAdvance(title) for title in self.titles.values())
        rail.setFixedWidth(max(rail.minimumWidth(), widest + 2 * 16 + 12))  # item padding (main_window.ui) + frame

    # --- pages ---------------------------------------------------------------------------------------

    def _build_page(self, key: str) -> QWidget:
        from fuyuan_desktop.ui.pages.calendar import CalendarPage
        from fuyuan_desktop.ui.pages.cases import CasesPage
        from fuyuan_desktop.ui.pages.dashboard import DashboardPage
        from fuyuan_desktop.ui.pages.settings import SettingsPage

        if key == "cases":
            page = CasesPage(self.ctx)
            page.open_case.connect(self.open_case)
            page.new_case.connect(self.new_case)
            return page
        if key == "dashboard":
            dashboard = DashboardPage(self.ctx)
            dashboard.open_case.connect(self.open_case)
            dashboard.show_overdue.connect(lambda: self.show_cases_filtered(overdue=True))
            dashboard.show_cluster.connect(lambda category, place: self.show_cases_filtered(category=category,
                                                                                             place=place))
            return dashboard
        if key == "calendar":
            calendar = CalendarPage(self.ctx)
            calendar.open_case.connect(self.open_case)
            return calendar
        if key == "linkage":
            from fuyuan_desktop.ui.pages.linkage import LinkagePage

            return LinkagePage(self.ctx)
        if key == "stats":
            from fuyuan_desktop.ui.pages.stats import StatsPage  # QtCharts loads only when the page is opened

            return StatsPage(self.ctx)
        if key == "settings":
            settings = SettingsPage(self.ctx, self.paths, self.settings)
            settings.data_changed.connect(self.data_changed)
            return settings
        if key == "hub":
            from fuyuan_desktop.ui.pages.hub import HubPage

            if self.hub is None:
                raise RuntimeError("hub mode without a hub")
            hub_page = HubPage(self.hub)
            hub_page.data_changed.connect(self.data_changed)
            return hub_page
        if key == "sync":
            from fuyuan_desktop.ui.pages.sync import SyncPage

            sync_page = SyncPage(self.ctx, self.paths)
            sync_page.data_changed.connect(self.data_changed)
            return sync_page
        raise KeyError(f"no rail page {key!r}")

    def show_page(self, key: str) -> None:
        keys = [k for k, _t in self.RAIL]
        if key in keys:
            self.show_page_at(keys.index(key))

    def page(self, key: str) -> QWidget:
        """The rail page ``key``, built now if it has not been shown yet."""
        built = self.page_widgets.get(key)
        if built is None:
            row = [k for k, _t in self.RAIL].index(key)
            built = self.page_widgets[key] = self._build_page(key)
            stand_in = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, built)
            if stand_in is not None:
                self.ui.pages.removeWidget(stand_in)
                stand_in.deleteLater()
        return built

    def show_page_at(self, row: int) -> None:
        if not 0 <= row < len(self.RAIL) or self._ctx is None:
            return
        widget = self.page(self.RAIL[row][0])
        if self.ui.nav_rail.currentRow() != row:
            self.ui.nav_rail.setCurrentRow(row)  # comes back here through currentRowChanged
        self.ui.pages.setCurrentWidget(widget)

    def current_page_key(self) -> str:
        row = self.ui.nav_rail.currentRow()
        return self.RAIL[row][0] if 0 <= row < len(self.RAIL) else "cases"

    def open_case(self, case_id: str) -> None:
        """Show one case (its tabs) in place of the list; Esc or the rail returns."""
        from fuyuan_desktop.ui.case_detail import CaseDetailPage

        if self.case_detail is not None:
            self.ui.pages.removeWidget(self.case_detail)
            self.case_detail.deleteLater()
        self.case_detail = CaseDetailPage(self.ctx, self.paths, case_id, self)
        self.ui.pages.addWidget(self.case_detail)
        self.ui.pages.setCurrentWidget(self.case_detail)

    def new_case(self) -> None:
        from fuyuan_desktop.ui.intake_wizard import IntakeWizard

        wizard = IntakeWizard(self.ctx, self)
        if wizard.exec() and wizard.created_id:
            self.refresh_cases()
            self.open_case(wizard.created_id)

    def refresh_cases(self) -> None:
        from fuyuan_desktop.ui.pages.cases import CasesPage

        cases = self.page_widgets.get("cases")  # not built yet: it reads the store when first shown
        if isinstance(cases, CasesPage):
            cases.refresh()

    def data_changed(self) -> None:
        """Many cases changed at once (demo data): every page that lists them reads again."""
        from fuyuan_desktop.ui.pages.calendar import CalendarPage
        from fuyuan_desktop.ui.pages.dashboard import DashboardPage

        self.refresh_cases()
        for key in ("dashboard", "calendar"):
            page = self.page_widgets.get(key)
            if isinstance(page, DashboardPage | CalendarPage):
                page.refresh()

    def show_cases_filtered(self, *, category: str | None = None, place: str = "", overdue: bool = False) -> None:
        """The case list with only these filters set (from a dashboard warning)."""
        from fuyuan_desktop.ui.pages.cases import CasesPage

        cases = self.page("cases")
        if not isinstance(cases, CasesPage):
            return
        ui = cases.ui
        ui.search_edit.clear()  # a search ignores the filters
        for combo in (ui.status_filter, ui.tribunal_filter, ui.period_filter):
            combo.setCurrentIndex(0)
        ui.category_filter.setCurrentIndex(max(0, ui.category_filter.findData(category)) if category else 0)
        ui.mediator_filter.clear()
        ui.place_filter.setText(place)
        ui.overdue_filter.setChecked(overdue)
        cases.refresh()
        self.show_page("cases")

    # --- state ---------------------------------------------------------------------------------------

    def _page_setting(self) -> str:
        return "window/hub_page" if self.hub_mode else "window/page"

    def _show_last_page(self) -> None:
        first = self.RAIL[0][0]
        last = str(self.settings.value(self._page_setting(), first))
        self.show_page(last if last in dict(self.RAIL) else first)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._ctx is not None:  # closed while still opening: the last page stays what it was
            self.settings.setValue(self._page_setting(), self.current_page_key())
        self.settings.sync()
        super().closeEvent(event)
