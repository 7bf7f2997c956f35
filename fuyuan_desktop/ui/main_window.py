"""The workbench window: a navigation rail of pages, window geometry and last page remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.services.workspace import DataPaths
from fuyuan_desktop.ui.fit import fit_to_screen, scrolling
from fuyuan_desktop.ui.forms.ui_main_window import Ui_MainWindow

# Pages that are long forms: on a short screen (768 px, or 1080 px at 150 %) they scroll inside the window.
SCROLLING_PAGES = ("settings", "sync", "hub")

# The pages (and through them the store and SQLAlchemy) are imported when the first page is built, after the
# window has painted: start-up shows the window in the time a bare Qt window takes, then opens the store.
if TYPE_CHECKING:
    from fuyuan_desktop.services.hub import Hub
    from fuyuan_desktop.services.workspace import Workspace
    from fuyuan_desktop.ui.accounts_box import AddAccountDialog
    from fuyuan_desktop.ui.login import LoginDialog


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

    # Pages shown only to roles that may do what they are for (services/permissions.py): a mediator, who may not
    # view the statistics, does not see that page at all instead of meeting an error on it.
    RAIL_ACTIONS: ClassVar[dict[str, str]] = {"stats": "report.view"}

    def __init__(self, ctx: Workspace | None, paths: DataPaths, *, settings: QSettings | None = None,
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
            # Qt appends the application's name (its display name) to every title: say only what this window is.
            self.setWindowTitle(self.tr("中院数据中心"))
        self.demo_banner: QLabel | None = None
        self._banners: QVBoxLayout | None = None
        self.protection_banner: QWidget | None = None
        self.protect_dialog: QWidget | None = None
        self.account_button: QPushButton | None = None  # who is logged in; a click switches the account
        self.switch_dialog: LoginDialog | None = None
        self.switch_offer: QMessageBox | None = None  # after the first run: switch to the judge's new account?
        self.judge_account_dialog: AddAccountDialog | None = None
        if not self.hub_mode and paths.is_demo:
            self._label_demo()
        # Pages are built the first time they are shown (``page``): start-up pays only for the page it opens on.
        self.page_widgets: dict[str, QWidget] = {}
        self.page_hosts: dict[str, QWidget] = {}  # the scroll area a form page is shown in (see SCROLLING_PAGES)
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
        # 工具 → 核验文书: a paper or PDF checked against the archive (a USB QR scanner types into the dialog).
        self.verify_action: QAction | None = None
        if not self.hub_mode:
            tools = self.menuBar().addMenu(self.tr("工具(&T)"))
            self.verify_action = tools.addAction(self.tr("核验文书(&V)…"))
            self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
            self.verify_action.triggered.connect(lambda: self.open_verify())
            self.verify_action.setEnabled(ctx is not None)
        self.case_detail: QWidget | None = None
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1280, 800)  # the designed size, or less on a small screen
        self.opening: OpeningPage | None = None
        self._painted = False
        if ctx is None:
            self.opening = OpeningPage()
            self.ui.pages.addWidget(self.opening)
            self.ui.pages.setCurrentWidget(self.opening)
            self.ui.nav_rail.setEnabled(False)
        else:
            self._show_last_page()
            self._show_protection_banner()
            self._show_account()

    def _label_demo(self) -> None:
        """A demo workspace says so in the title bar and in a banner above every page."""
        self.setWindowTitle(self.tr("【演示】演示工作区（虚构数据）"))
        banner = self.demo_banner = QLabel(self.tr(
            "演示工作区：这里的案件和当事人都是虚构的，只用于试用和培训；与正式数据分开存放，不会同步到法院。"
            "（{folder}）").format(folder=self.paths.root))
        banner.setObjectName("demo_banner")
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff4ce; color: #7a4b00; border-bottom: 1px solid #e0c36a; padding: 4px 8px;")
        self._banner_column().insertWidget(0, banner)

    def _banner_column(self) -> QVBoxLayout:
        """The column above the rail and the pages that banners go into (made the first time one is needed)."""
        if self._banners is None:
            pages = self.takeCentralWidget()
            assert pages is not None  # the form's central widget: the rail and the pages
            holder = QWidget(self)
            column = self._banners = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(pages, 1)
            self.setCentralWidget(holder)
            holder.show()  # a window already on screen shows it now, not at the next turn of the event loop
            pages.show()
        return self._banners

    def _show_protection_banner(self) -> None:
        """A store without accounts and encryption says so in red in the status bar, at each start."""
        from fuyuan_desktop.ui.protection_banner import UnprotectedBanner, is_unprotected

        wanted = self._ctx is not None and not self.hub_mode and is_unprotected(self._ctx)
        if wanted and self.protection_banner is None:
            # In the status bar, one line: always in sight, and no page loses height to it on a 768 px screen.
            self.protection_banner = UnprotectedBanner(self.settings, self, compact=True)
            self.protection_banner.set_up.connect(self.set_up_protection)
            self.ui.status_bar.addPermanentWidget(self.protection_banner, 1)
            self.protection_banner.show()  # now, not at the next turn of the event loop
        elif not wanted and self.protection_banner is not None:
            self.ui.status_bar.removeWidget(self.protection_banner)
            self.protection_banner.hide()
            self.protection_banner.deleteLater()
            self.protection_banner = None

    def set_up_protection(self) -> None:
        """设置's and the banner's 立即启用账户和加密: the first administrator, and the store encrypted in place.

        The dialog closes the open store only after every check passed; the pages that read it are dropped first
        (``detach``) and built again on the encrypted store (``attach``), now as the administrator.
        """
        from PySide6.QtWidgets import QMessageBox

        from fuyuan_desktop.ui.first_run import FirstRunDialog
        from fuyuan_desktop.ui.recorder import open_recorders

        if open_recorders():  # a 笔录 window writes to the store that is about to be encrypted
            QMessageBox.information(self, self.tr("启用账户和加密"),
                                    self.tr("请先关闭打开的笔录窗口（内容已自动保存），再启用账户和加密。"))
            return
        if self.protect_dialog is not None:
            self.protect_dialog.raise_()
            self.protect_dialog.activateWindow()
            return
        dialog = self.protect_dialog = FirstRunDialog(self.ctx, self.settings, self, protect_only=True,
                                                      release=self.detach)
        dialog.reopened.connect(self._reopened)
        dialog.finished.connect(self._protect_dialog_closed)
        dialog.open()  # not exec(): the page whose button asked is deleted while the dialog is up

    # --- accounts: who is logged in, switching to another account --------------------------------------

    def _show_account(self) -> None:
        """A protected store names the logged-in account in the status bar; clicking it switches the account."""
        from fuyuan_desktop.ui.accounts_box import shown_role

        ctx = self._ctx
        if ctx is None or ctx.role is None or self.hub_mode:
            if self.account_button is not None:
                self.account_button.hide()
            return
        if self.account_button is None:
            self.account_button = QPushButton(self)
            self.account_button.setObjectName("account_button")
            self.account_button.setFlat(True)
            self.account_button.clicked.connect(self.switch_account)
            self.ui.status_bar.addPermanentWidget(self.account_button)
        self.account_button.setText(self.tr("{user}（{role}）· 切换账户…").format(user=ctx.actor,
                                                                              role=shown_role(ctx.role)))
        self.account_button.setToolTip(self.tr("以另一个账户登录：窗口随即以该账户重新打开案件库"))
        self.account_button.show()

    def switch_account(self, name: str = "") -> LoginDialog | None:
        """切换账户: the login dialog; once the password is right the pages are dropped, the store is closed and
        opened again as that account (``services.workspace.open_workspace``), and the pages come back."""
        from fuyuan_desktop.ui.login import LoginDialog
        from fuyuan_desktop.ui.recorder import open_recorders

        if open_recorders():  # a 笔录 window writes as the account that opened it
            QMessageBox.information(self, self.tr("切换账户"),
                                    self.tr("请先关闭打开的笔录窗口（内容已自动保存），再切换账户。"))
            return None
        if self.switch_dialog is not None:
            self.switch_dialog.raise_()
            self.switch_dialog.activateWindow()
            return self.switch_dialog
        dialog = self.switch_dialog = LoginDialog(self, name=name)
        dialog.setWindowTitle(self.tr("切换账户"))
        dialog.credentials.connect(self._switch_to)
        dialog.finished.connect(self._switch_dialog_closed)
        dialog.open()
        return dialog

    def _switch_to(self, name: str, password: str) -> None:
        from fuyuan_desktop.domain.errors import FuyuanError
        from fuyuan_desktop.services.accounts import verify_password
        from fuyuan_desktop.services.workspace import open_workspace
        from fuyuan_desktop.ui.crash import error_text

        dialog = self.switch_dialog
        assert dialog is not None
        try:
            verify_password(self.paths, name, password)  # a wrong password leaves the window as it is
        except FuyuanError as exc:
            dialog.failed(error_text(exc))
            return
        if self._ctx is not None:
            old = self._ctx
            self.detach()
            old.db.close()
        if self.opening is not None:
            self.opening.say(self.tr("正在以「{user}」打开案件库…").format(user=name))
        try:
            ctx = open_workspace(self.paths, actor=name, credentials=(name, password), backup=False)
        except FuyuanError as exc:  # e.g. the account was disabled meanwhile: another account may log in
            dialog.failed(error_text(exc))
            return
        dialog.accept()
        self._reopened(ctx)

    def _switch_dialog_closed(self) -> None:
        dialog, self.switch_dialog = self.switch_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._ctx is None and not self.hub_mode:  # the store was let go and nobody logged in: nothing to show
            self.close()

    def offer_judge_account(self, judge: str) -> AddAccountDialog | None:
        """After the first run: an administrator may not register cases, so offer the judge's account at once,
        then to switch to it."""
        from fuyuan_desktop.services.permissions import Role
        from fuyuan_desktop.ui.accounts_box import AddAccountDialog, may_manage_accounts

        if not judge or self._ctx is None or not may_manage_accounts(self._ctx):
            return None
        dialog = self.judge_account_dialog = AddAccountDialog(
            self._ctx, self, name=judge, role=Role.JUDGE, intro=self.tr(
                "管理员账户只管理账户和设置，不能登记案件、制作笔录。现在为承办法官「{judge}」创建账户，"
                "由其本人设置密码；以后也可在“设置 → 账户”中添加。").format(judge=judge))
        dialog.setWindowTitle(self.tr("为承办法官 {judge} 创建账户").format(judge=judge))
        dialog.cancel_button.setText(self.tr("以后再说"))
        dialog.finished.connect(lambda _result: self._judge_account_done(dialog))
        dialog.open()
        return dialog

    def _judge_account_done(self, dialog: AddAccountDialog) -> None:
        self.judge_account_dialog = None
        added = dialog.added
        dialog.deleteLater()
        if added is None:
            return
        self.refresh_accounts()
        box = self.switch_offer = QMessageBox(QMessageBox.Icon.Question, self.tr("切换账户"), self.tr(
            "已为「{name}」创建账户。现在切换到这个账户吗？（切换后可登记案件、制作笔录）").format(name=added.name),
            parent=self)
        box.setObjectName("switch_offer")
        yes = box.addButton(self.tr("切换到 {name}(&S)").format(name=added.name), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("switch_offer_yes")
        later = box.addButton(self.tr("稍后"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("switch_offer_later")
        box.setDefaultButton(yes)

        def answered() -> None:
            chosen = box.clickedButton()
            self.switch_offer = None
            box.deleteLater()
            if chosen is yes:
                self.switch_account(added.name)

        box.finished.connect(answered)
        box.open()

    def refresh_accounts(self) -> None:
        """设置's account list, if built, shows an account added elsewhere."""
        from fuyuan_desktop.ui.accounts_box import AccountsBox

        page = self.page_widgets.get("settings")
        box = getattr(page, "accounts_box", None)
        if isinstance(box, AccountsBox):
            box.refresh()

    def _reopened(self, ctx: Workspace) -> None:
        self.attach(ctx)
        opener = getattr(self, "opener", None)  # ui/app.py's: it locks the window when the user is away
        if opener is not None and ctx.role is not None:
            opener.lock_when_idle(ctx)

    def _protect_dialog_closed(self) -> None:
        if self.protect_dialog is not None:
            self.protect_dialog.deleteLater()
            self.protect_dialog = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after the children of this frame are drawn too

    @property
    def ctx(self) -> Workspace:
        if self._ctx is None:
            raise RuntimeError("the store is not open yet")
        return self._ctx

    def is_ready(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: Workspace, hub: Hub | None = None) -> None:
        """The store is open: build the page the user left off on and let the rail work."""
        self._ctx = ctx
        if hub is not None:
            self.hub = hub
        self.ui.nav_rail.setEnabled(True)
        if self.verify_action is not None:
            self.verify_action.setEnabled(True)
        for row, (key, _title) in enumerate(self.RAIL):
            item = self.ui.nav_rail.item(row)
            if item is not None:
                item.setHidden(not self.may_open(key))
        self._show_last_page()
        if self.opening is not None:
            self.ui.pages.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        self._show_protection_banner()
        self._show_account()
        self.ready.emit()

    def detach(self) -> None:
        """Let go of the open store (it is about to be closed and reopened): every page that reads it goes, and the
        "opening" page stands in until ``attach`` hands over the store again."""
        from fuyuan_desktop.ui.tasks import retire

        if self.case_detail is not None:
            retire(self.case_detail)  # a read it started still finishes, but is not shown (nor read on from)
            self.ui.pages.removeWidget(self.case_detail)
            self.case_detail.deleteLater()
            self.case_detail = None
        for key, built in list(self.page_widgets.items()):
            host = self.page_hosts.pop(key, built)
            retire(host)
            retire(built)
            row = self.ui.pages.indexOf(host)
            self.ui.pages.insertWidget(row, QWidget())
            self.ui.pages.removeWidget(host)
            host.deleteLater()
        self.page_widgets.clear()
        self._ctx = None
        # reads already running (and the daily backup) finish on the store as it is, before it is replaced
        QThreadPool.globalInstance().waitForDone(120_000)
        if self.opening is None:
            self.opening = OpeningPage()
            self.ui.pages.addWidget(self.opening)
        self.opening.say(self.tr("正在加密案件库…"))
        self.ui.pages.setCurrentWidget(self.opening)
        self.ui.nav_rail.setEnabled(False)

    def open_verify(self) -> QDialog:
        """核验文书 (ui/verify_dialog.py), non-modal: it can stay open at the counter while the clerk works."""
        from fuyuan_desktop.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

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
            # A cluster is keyed by its 案由 (a reference with a colon), or by the old category for migrated cases.
            dashboard.show_cluster.connect(lambda key, place: self.show_cases_filtered(
                category=None if ":" in key else key, cause=key if ":" in key else None, place=place))
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
            settings.protect_requested.connect(self.set_up_protection)
            settings.switch_requested.connect(self.switch_account)
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
            host: QWidget = built
            if key in SCROLLING_PAGES:
                host = self.page_hosts[key] = scrolling(built)
            stand_in = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, host)
            if stand_in is not None:
                self.ui.pages.removeWidget(stand_in)
                stand_in.deleteLater()
        return built

    def may_open(self, key: str) -> bool:
        """Whether the logged-in role may see rail page ``key`` (every page without an account system)."""
        from fuyuan_desktop.services.permissions import allowed

        action = self.RAIL_ACTIONS.get(key)
        return action is None or self._ctx is None or allowed(self._ctx.role, action)

    def show_page_at(self, row: int) -> None:
        if not 0 <= row < len(self.RAIL) or self._ctx is None or not self.may_open(self.RAIL[row][0]):
            return
        widget = self.page(self.RAIL[row][0])
        if self.ui.nav_rail.currentRow() != row:
            self.ui.nav_rail.setCurrentRow(row)  # comes back here through currentRowChanged
        self.ui.pages.setCurrentWidget(self.page_hosts.get(self.RAIL[row][0], widget))
        self.remember_open()

    def current_page_key(self) -> str:
        row = self.ui.nav_rail.currentRow()
        return self.RAIL[row][0] if 0 <= row < len(self.RAIL) else "cases"

    def open_case(self, case_id: str) -> None:
        """Show one case (its tabs) in place of the list; Esc or the rail returns."""
        from fuyuan_desktop.ui.case_detail import CaseDetailPage

        if self.case_detail is not None:
            from fuyuan_desktop.ui.tasks import retire

            retire(self.case_detail)
            self.ui.pages.removeWidget(self.case_detail)
            self.case_detail.deleteLater()
        self.case_detail = CaseDetailPage(self.ctx, self.paths, case_id, self)
        self.ui.pages.addWidget(self.case_detail)
        self.ui.pages.setCurrentWidget(self.case_detail)
        self.case_detail.ui.tabs.currentChanged.connect(self.remember_open)
        self.remember_open()

    def remember_open(self, *_args: object) -> None:
        """Keep what is open in the settings file, for the next start if this one does not end cleanly."""
        from fuyuan_desktop.ui.session_state import record

        record(self)

    def new_case(self) -> None:
        from fuyuan_desktop.ui.intake_wizard import IntakeWizard

        wizard = IntakeWizard(self.ctx, self)
        accepted = bool(wizard.exec())
        created = wizard.created_id
        # The finished wizard is deleted now, not kept as a hidden child of the window for the rest of the day.
        wizard.deleteLater()
        if accepted and created:
            self.open_case(created)  # the case list reads itself again: the registration's notice says so

    def refresh_cases(self) -> None:
        from fuyuan_desktop.ui.pages.cases import CasesPage

        cases = self.page_widgets.get("cases")  # not built yet: it reads the store when first shown
        if isinstance(cases, CasesPage):
            cases.refresh()

    def data_changed(self) -> None:
        """Many cases changed at once (demo data, a hub import that bypasses the notices): every page that lists them
        reads again now, whether shown or not."""
        from fuyuan_desktop.ui.pages.calendar import CalendarPage
        from fuyuan_desktop.ui.pages.dashboard import DashboardPage

        self.refresh_cases()
        for key in ("dashboard", "calendar"):
            page = self.page_widgets.get(key)
            if isinstance(page, DashboardPage | CalendarPage):
                page.refresh()

    def show_cases_filtered(self, *, category: str | None = None, cause: str | None = None, place: str = "",
                            overdue: bool = False) -> None:
        """The case list with only these filters set (from a dashboard warning); ``cause`` a stored 案由 reference."""
        import contextlib

        from fuyuan_desktop.domain.errors import FuyuanError
        from fuyuan_desktop.ui.pages.cases import CasesPage

        cases = self.page("cases")
        if not isinstance(cases, CasesPage):
            return
        ui = cases.ui
        ui.search_edit.clear()  # a search ignores the filters
        for combo in (ui.status_filter, ui.tribunal_filter, ui.period_filter):
            combo.setCurrentIndex(0)
        ui.category_filter.setCurrentIndex(max(0, ui.category_filter.findData(category)) if category else 0)
        cases.cause_filter.choose(None)
        if cause:
            with contextlib.suppress(FuyuanError):  # a 案由 no longer in the catalogue: list without it
                cases.cause_filter.choose_text(cause)
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
        self.show_page(last if last in dict(self.RAIL) and self.may_open(last) else first)

    def closeEvent(self, event: QCloseEvent) -> None:
        from fuyuan_desktop.ui.session_state import mark_clean_exit

        mark_clean_exit(self.settings)  # a clean exit: nothing to reopen at the next start
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._ctx is not None:  # closed while still opening: the last page stays what it was
            self.settings.setValue(self._page_setting(), self.current_page_key())
        self.settings.sync()
        super().closeEvent(event)
