"""收案登记 wizard: dispute, parties (checked as typed, known parties offered), mediators, review; Finish registers."""

from __future__ import annotations

import html
import itertools
from dataclasses import asdict, fields
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import DisputeSource, MediationKind, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import FuyuanError, InputErrors, ValidationError
from fuyuan_desktop.services.causes import mediation_type_choices, suggested_mediation_type
from fuyuan_desktop.services.drafts import form_draft, intake_key
from fuyuan_desktop.services.intake import (
    IntakeInput,
    IntakeResult,
    PartyInput,
    default_tribunal_id,
    intake_dispute,
)
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.places import link_place_view
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.workflow import assign_mediators, list_mediators, mediation_period_days
from fuyuan_desktop.services.workspace import DataPaths, Workspace
from fuyuan_desktop.ui.cause_picker import CausePicker
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.enum_labels import enum_label
from fuyuan_desktop.ui.error_words import error_reason
from fuyuan_desktop.ui.fit import fit_to_screen
from fuyuan_desktop.ui.form_drafts import DraftAutosaver
from fuyuan_desktop.ui.forms.ui_intake_dispute_page import Ui_IntakeDisputePage
from fuyuan_desktop.ui.forms.ui_intake_mediators_page import Ui_IntakeMediatorsPage
from fuyuan_desktop.ui.forms.ui_intake_review_page import Ui_IntakeReviewPage
from fuyuan_desktop.ui.intake_fields import (
    BAD,
    COLORS,
    ERROR_PATH,
    FIELD_STATE_CSS,
    HINT,
    OK,
    OPTIONAL_FIELDS,
    FieldState,
    amount_state,
    field_label,
    mark_field,
    show_state,
    to_date,
)
from fuyuan_desktop.ui.intake_parties import PartiesPage, PartyDraft
from fuyuan_desktop.ui.mediator_picker import AddMediatorDialog, RosterList, mediators_only
from fuyuan_desktop.ui.place_picker import AddPlaceDialog, PlaceList
from fuyuan_desktop.ui.qt_dates import qdate
from fuyuan_desktop.ui.recorder import autosave_interval_ms

DEFAULT_AUTOSAVE_MS = 2000

# --- page 1: the dispute -----------------------------------------------------------------------------


class DisputePage(QWizardPage):
    """案由, place, facts, claims, amount; the disputed act for an administrative 案由; the 人民调解 type."""

    def __init__(self, ctx: Workspace) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_IntakeDisputePage()
        self.ui.setupUi(self)
        ui = self.ui
        # The official 案由 replaces the form's old category combo in its row (the .ui keeps it, hidden).
        self.cause_picker = CausePicker(ctx, self)
        ui.dispute_form.removeWidget(ui.category_combo)
        ui.category_combo.hide()
        ui.dispute_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cause_picker)
        ui.category_label.setText(self.tr("案由(&T)"))
        self.setSubTitle(self.tr("案由和主要事实为必填；案由可输入汉字或拼音首字母后从列表中选择（↑↓、Enter）。"
                                 "行政争议另填争议的行政行为。多行文字中 Enter 换行，Ctrl+Enter 进入下一步。"))
        ui.category_label.setBuddy(self.cause_picker.edit)
        self.mediation_type_label = QLabel(self.tr("人民调解纠纷类型(&Y)"), self)
        self.mediation_type_combo = QComboBox(self)
        self.mediation_type_combo.setObjectName("mediation_type_combo")
        self.mediation_type_combo.addItem(self.tr("（按案由建议）"), "")
        for code, name in mediation_type_choices():
            self.mediation_type_combo.addItem(name, code)
        self.mediation_type_label.setBuddy(self.mediation_type_combo)
        ui.dispute_form.addRow(self.mediation_type_label, self.mediation_type_combo)
        self.mediation_type_touched = False
        chain = [self.cause_picker.edit, ui.act_name_edit, ui.act_number_edit, ui.act_date_check, ui.act_date_edit,
                 ui.place_combo, ui.summary_edit, ui.claims_edit, ui.amount_edit, ui.source_combo, ui.kind_combo,
                 self.mediation_type_combo, ui.tribunal_combo]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for source in DisputeSource:
            ui.source_combo.addItem(enum_label(source), source.value)
        ui.source_combo.setCurrentIndex(ui.source_combo.findData(DisputeSource.PARTY_APPLICATION.value))
        for kind in MediationKind:
            ui.kind_combo.addItem(enum_label(kind), kind.value)
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(MediationKind.INVITED.value))
        for row in courts_and_tribunals(ctx):
            ui.tribunal_combo.addItem(f"{row['short_name']}（{row['court']}）", row["tribunal_id"])
        ui.tribunal_combo.setCurrentIndex(max(ui.tribunal_combo.findData(default_tribunal_id(ctx)), 0))
        # The place is picked from the registry (地名库): type-ahead by characters or pinyin initials (bd → 伯都乡),
        # every row with its level and parent; a place it lacks is added only through 添加地点….
        ui.place_combo.setCurrentIndex(-1)
        ui.place_combo.setEditText("")
        place_edit = ui.place_combo.lineEdit()
        assert place_edit is not None  # the combo is editable in the form
        place_edit.setPlaceholderText(self.tr("村（社区）、乡镇或园区：输入几个字或拼音首字母（如 bd）后从列表选择"))
        self.place_list = PlaceList(ctx, place_edit)
        self.add_place_button = QPushButton(self.tr("添加地点…"))
        self.add_place_button.setToolTip(self.tr("地名库中没有的地点，登记后再选（记入审计日志）"))
        self.add_place_button.clicked.connect(self._add_place)
        place_row = QHBoxLayout()
        ui.place_box.removeWidget(ui.place_combo)
        place_row.addWidget(ui.place_combo, 1)
        place_row.addWidget(self.add_place_button)
        ui.place_box.insertLayout(0, place_row)
        ui.place_box.insertWidget(1, self.place_list)
        self._place_checked: tuple[str, FieldState | None] = ("", None)
        today = qdate(ctx.today())
        ui.act_date_edit.setMaximumDate(today)
        ui.act_date_edit.setDate(today)
        ui.act_date_check.toggled.connect(ui.act_date_edit.setEnabled)
        ui.act_group.setVisible(False)
        self.server_errors: dict[str, str] = {}
        self.widgets: dict[str, QWidget] = {
            "category": self.cause_picker.edit, "cause": self.cause_picker.edit,
            "mediation_type": self.mediation_type_combo, "source": ui.source_combo, "mediation_kind": ui.kind_combo,
            "place": ui.place_combo, "tribunal": ui.tribunal_combo, "summary": ui.summary_edit,
            "claims": ui.claims_edit, "amount": ui.amount_edit, "disputed_act": ui.act_name_edit,
            "disputed_act.name": ui.act_name_edit, "disputed_act.number": ui.act_number_edit,
            "disputed_act.date": ui.act_date_edit,
        }
        self.cause_picker.changed.connect(self._cause_changed)
        self.mediation_type_combo.activated.connect(self._mediation_type_chosen)
        ui.kind_combo.currentIndexChanged.connect(lambda: self._changed("mediation_kind"))
        ui.place_combo.editTextChanged.connect(lambda: self._changed("place"))
        ui.summary_edit.textChanged.connect(lambda: self._changed("summary"))
        ui.claims_edit.textChanged.connect(lambda: self._changed("claims"))
        ui.amount_edit.textChanged.connect(lambda: self._changed("amount"))
        ui.act_name_edit.textChanged.connect(lambda: self._changed("disputed_act.name"))
        ui.act_number_edit.textChanged.connect(lambda: self._changed("disputed_act.number"))
        ui.act_date_edit.dateChanged.connect(lambda: self._changed("disputed_act.date"))
        ui.tribunal_combo.currentIndexChanged.connect(lambda: self._changed("tribunal"))
        ui.tribunal_combo.currentIndexChanged.connect(
            lambda: self.cause_picker.set_tribunal(ui.tribunal_combo.currentData()))
        self.cause_picker.set_tribunal(ui.tribunal_combo.currentData())
        self._changed("")

    def first_field(self) -> QWidget:
        return self.cause_picker.edit

    def is_administrative(self) -> bool:
        chosen = self.cause_picker.chosen
        return bool(chosen and chosen.catalogue == "administrative_2020")

    def is_people_mediation(self) -> bool:
        return bool(self.ui.kind_combo.currentData() == MediationKind.PEOPLE.value)

    def _cause_changed(self) -> None:
        chosen = self.cause_picker.chosen
        if chosen is not None and not self.mediation_type_touched:
            suggested = suggested_mediation_type(chosen.ref)
            self.mediation_type_combo.setCurrentIndex(max(0, self.mediation_type_combo.findData(suggested)))
        self._changed("cause")

    def _mediation_type_chosen(self) -> None:
        self.mediation_type_touched = True
        self._changed("mediation_type")

    def _changed(self, key: str) -> None:
        ui = self.ui
        related = [k for k in self.server_errors if key and (k == key or k.startswith(f"{key}.") or key.startswith(f"{k}."))]
        for stale in related:
            del self.server_errors[stale]
            mark_field(self.widgets.get(stale, ui.act_name_edit), "")
        ui.act_group.setVisible(self.is_administrative())
        people = self.is_people_mediation()
        self.mediation_type_label.setVisible(people)
        self.mediation_type_combo.setVisible(people)
        show_state(ui.amount_status, amount_state(ui.amount_edit.text()), ui.amount_edit)
        show_state(ui.place_status, self._place_state(ui.place_combo.currentText().strip()))
        self._show_messages()
        self.completeChanged.emit()

    def _place_state(self, text: str) -> FieldState | None:
        """What the registry makes of the typed place: the place with its level and parent, or why not."""
        if not text:
            return None
        if self.place_list.count():
            return FieldState(HINT, self.tr("请从下方列表选择（↓ 进入列表，回车选定）；列表中没有的地点用“添加地点…”"))
        if self._place_checked[0] == text:
            return self._place_checked[1]
        try:
            view = link_place_view(self.ctx, text)
            state = FieldState(OK, view.label) if view else None
        except FuyuanError as exc:
            reason = error_reason(exc) if isinstance(exc, ValidationError) else error_text(exc)
            state = FieldState(HINT, reason)
        self._place_checked = (text, state)
        return state

    def _add_place(self) -> None:
        typed = self.ui.place_combo.currentText().strip()
        dialog = AddPlaceDialog(self.ctx, self, name=typed)
        if dialog.exec() and dialog.added is not None:
            self._place_checked = ("", None)
            self.ui.place_combo.setEditText(dialog.added.display_name)
            self._changed("place")

    def missing(self) -> list[str]:
        missing = []
        if self.cause_picker.chosen is None:
            missing.append(self.tr("案由（从列表中选择）"))
        if not self.ui.summary_edit.toPlainText().strip():
            missing.append(self.tr("纠纷主要事实"))
        return missing

    def _show_messages(self) -> None:
        lines = [f"<span style='color:{COLORS[BAD]}'>✗ {html.escape(m)}</span>" for m in self.server_errors.values()]
        if self.missing():
            needed = self.tr("还需填写：{fields}").format(fields="、".join(self.missing()))
            lines.append(f"<span style='color:{COLORS[HINT]}'>{html.escape(needed)}</span>")
        self.ui.error_label.setText("<br>".join(lines))

    def isComplete(self) -> bool:
        amount = amount_state(self.ui.amount_edit.text())
        return not self.missing() and not (amount and amount.state == BAD)

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() does not ask isComplete() itself

    def intake_fields(self) -> dict[str, Any]:
        ui = self.ui
        admin = self.is_administrative()
        chosen = self.cause_picker.chosen
        people = self.is_people_mediation()
        return {
            "category": "",
            "cause": chosen.ref if chosen else "",
            "mediation_type": (self.mediation_type_combo.currentData() or "") if people else "",
            "summary": ui.summary_edit.toPlainText(),
            "source": ui.source_combo.currentText(),
            "place": ui.place_combo.currentText(),
            "claims": ui.claims_edit.toPlainText(),
            "mediation_kind": ui.kind_combo.currentText(),
            "amount": ui.amount_edit.text() or None,
            "tribunal": ui.tribunal_combo.currentData(),
            # Hidden fields are kept on the form (switching back restores them) but never submitted.
            "act_name": ui.act_name_edit.text() if admin else "",
            "act_number": ui.act_number_edit.text() if admin else "",
            "act_date": to_date(ui.act_date_edit.date()) if admin and ui.act_date_check.isChecked() else None,
        }

    def show_server_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Mark the named fields and list the reasons; returns the widget to focus."""
        self.server_errors = dict(errors)
        for key in errors:
            mark_field(self.widgets.get(key, self.ui.act_name_edit), BAD)
        self._show_messages()
        return next((self.widgets[k] for k in errors if k in self.widgets), self.first_field()) if errors else None


# --- page 2: the parties -----------------------------------------------------------------------------

# --- page 3: mediators -------------------------------------------------------------------------------


class MediatorsPage(QWizardPage):
    """Optional: who mediates (first checked leads) and the day the mediation was accepted. Only mediators are
    offered (judges and clerks on the roster do not mediate); a filter box narrows a long roster, and someone not
    on it yet is added on the spot."""

    def __init__(self, ctx: Workspace) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_IntakeMediatorsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("mediator_filter_edit")
        ui.page_layout.insertWidget(1, self.filter_edit)
        self.roster = RosterList(self.filter_edit, ui.mediator_list)
        self.add_button = QPushButton(self.tr("添加调解员(&A)…"), self)
        self.add_button.setVisible(allowed(ctx.role, "mediator.edit"))
        self.add_button.clicked.connect(lambda: self.add_to_roster())
        ui.page_layout.insertWidget(3, self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.roster.listeners.append(self._checked)
        for first, second in ((self.filter_edit, ui.mediator_list), (ui.mediator_list, ui.accepted_check),
                              (ui.accepted_check, ui.accepted_date_edit), (ui.accepted_date_edit, self.add_button)):
            self.setTabOrder(first, second)
        self.reload()
        today = qdate(ctx.today())
        ui.accepted_date_edit.setMaximumDate(today)
        ui.accepted_date_edit.setDate(today)
        ui.accepted_check.toggled.connect(ui.accepted_date_edit.setEnabled)
        ui.accepted_check.toggled.connect(lambda: ui.error_label.clear())
        ui.accepted_note.setText(self.tr("{days} 日调解期限自接受委派之日起计算；不勾选则登记后在案件中填写。").format(
            days=mediation_period_days(ctx)))

    @property
    def order(self) -> list[str]:
        """The checked mediator ids, in the order they were checked."""
        return self.roster.order

    @property
    def names(self) -> dict[str, str]:
        return self.roster.names

    def reload(self, ticked: list[str] | None = None) -> None:
        self.roster.fill(mediators_only(list_mediators(self.ctx)), self.order if ticked is None else ticked)
        ui = self.ui
        empty = not self.names
        for widget in (ui.mediator_list, ui.accepted_check, self.filter_edit):
            widget.setEnabled(not empty)
        self._checked()
        if empty:
            ui.roster_note.setText(self.tr("调解员名册中还没有调解员；可点“添加调解员”，或先登记，之后在案件页指派。"))

    def add_to_roster(self) -> AddMediatorDialog:
        dialog = AddMediatorDialog(self.ctx, self, self.filter_edit.text().strip())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def added() -> None:
            if dialog.created_id:
                self.filter_edit.clear()
                self.reload([*self.order, dialog.created_id])

        dialog.accepted.connect(added)
        dialog.open()
        return dialog

    def first_field(self) -> QWidget | None:
        return self.filter_edit if self.names else None  # nothing to choose: Enter goes on

    def _checked(self) -> None:
        lead = self.roster.lead()
        self.ui.roster_note.setText(self.tr("主持调解：{name}").format(name=lead) if lead else "")
        self.ui.error_label.clear()

    def choice(self) -> tuple[list[str], date | None]:
        accepted = to_date(self.ui.accepted_date_edit.date()) if self.ui.accepted_check.isChecked() else None
        return list(self.order), accepted

    def validatePage(self) -> bool:
        mediators, accepted = self.choice()
        if accepted and not mediators:
            message = html.escape(self.tr("填写接受委派日期时，请至少勾选一名调解员"))
            self.ui.error_label.setText(f"<span style='color:{COLORS[BAD]}'>✗ {message}</span>")
            return False
        return True


# --- page 4: review ----------------------------------------------------------------------------------


class ReviewPage(QWizardPage):
    """Everything once more, as it will be registered; Finish registers it."""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.intake = wizard
        self.ui = Ui_IntakeReviewPage()
        self.ui.setupUi(self)
        self.setFinalPage(True)

    def first_field(self) -> QWidget | None:
        return None

    def initializePage(self) -> None:
        self.ui.review_text.setHtml(self.intake.review_html())

    def validatePage(self) -> bool:
        return self.intake.submit()

    def show_errors(self, messages: list[str]) -> None:
        self.ui.error_label.setText("<br>".join(f"<span style='color:{COLORS[BAD]}'>✗ {html.escape(m)}</span>"
                                                for m in messages))


# --- the wizard --------------------------------------------------------------------------------------


class IntakeWizard(QWizard):
    """登记新案件. After ``exec()`` returns true, ``created_id`` is the new case's id."""

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, paths: DataPaths | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: str | None = None
        self.intake_result: IntakeResult | None = None
        self.setWindowTitle(self.tr("登记新案件"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("上一步(&B)")),
                             (QWizard.WizardButton.NextButton, self.tr("下一步(&N)")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成登记(&F)")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        self.dispute_page = DisputePage(ctx)
        self.parties_page = PartiesPage(ctx, self.dispute_page)
        self.mediators_page = MediatorsPage(ctx)
        self.review_page = ReviewPage(self)
        self.pages: list[DisputePage | PartiesPage | MediatorsPage | ReviewPage] = [
            self.dispute_page, self.parties_page, self.mediators_page, self.review_page]
        for page in self.pages:
            self.addPage(page)
        self.setStyleSheet(FIELD_STATE_CSS)
        fit_to_screen(self, 900, 720)
        self.currentIdChanged.connect(self._focus_first_field)
        for date_edit in (self.dispute_page.ui.act_date_edit, self.mediators_page.ui.accepted_date_edit):
            date_edit.installEventFilter(self)
        # Enter in a multi-line field makes a new line; Ctrl+Enter moves on from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.advance)
        # What is typed is autosaved as this user's registration draft every few seconds, and offered back
        # (恢复草稿 / 放弃草稿) when the wizard is opened again after a crash or a flat battery.
        paths = paths or ctx.paths
        interval = autosave_interval_ms(paths) if paths is not None else DEFAULT_AUTOSAVE_MS
        self.autosaver = DraftAutosaver(ctx, intake_key(ctx.actor), self.draft_payload, interval, self)
        self.autosaver.paused = True  # until the user has chosen what to do with an earlier draft
        self._draft_offered = False

    # --- the autosaved draft ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._draft_offered:
            self._draft_offered = True
            QTimer.singleShot(0, self.offer_draft)

    def offer_draft(self) -> None:
        """If an earlier registration was left unfinished (a crash, a flat battery), ask: restore or discard."""
        draft = form_draft(self.ctx, self.autosaver.key)
        if draft is not None and not self.has_input():
            when = draft.saved_at.astimezone(COURT_TZ)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("恢复草稿"), self.tr(
                "发现{when}自动保存的未完成登记（程序意外关闭或断电时留下）。\n恢复草稿继续登记，还是放弃草稿？").format(
                when=when.strftime(self.tr("%m月%d日 %H:%M:%S"))), parent=self)
            restore = box.addButton(self.tr("恢复草稿(&R)"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("放弃草稿"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(restore)
            box.setEscapeButton(restore)  # closing the question loses nothing
            box.exec()
            if box.clickedButton() is discard:
                self.autosaver.discard()
            else:
                self.restore_draft(draft.payload)
        self.autosaver.paused = False

    def draft_payload(self) -> dict[str, Any] | None:
        """Everything typed so far as plain data (what the autosaver keeps), or None when there is nothing."""
        if self.created_id is not None or not self.has_input():
            return None
        d = self.dispute_page.ui
        mediators, accepted = self.mediators_page.choice()
        return {
            "dispute": {
                "cause": chosen.ref if (chosen := self.dispute_page.cause_picker.chosen) else None,
                "cause_text": self.dispute_page.cause_picker.edit.text(),
                "source": d.source_combo.currentData(),
                "kind": d.kind_combo.currentData(), "tribunal": d.tribunal_combo.currentData(),
                "place": d.place_combo.currentText(), "summary": d.summary_edit.toPlainText(),
                "claims": d.claims_edit.toPlainText(), "amount": d.amount_edit.text(),
                "act_name": d.act_name_edit.text(), "act_number": d.act_number_edit.text(),
                "act_date": to_date(d.act_date_edit.date()).isoformat() if d.act_date_check.isChecked() else None,
            },
            "parties": [asdict(draft.data) for draft in self.parties_page.drafts],
            "mediators": mediators,
            "accepted": accepted.isoformat() if accepted else None,
            "page": self.currentId(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        d = self.dispute_page.ui
        dispute = payload.get("dispute", {})
        picker = self.dispute_page.cause_picker
        if dispute.get("cause"):
            try:
                picker.choose_text(str(dispute["cause"]))
            except ValidationError:  # the catalogue changed since: keep what was typed, to choose again
                picker.edit.setText(str(dispute.get("cause_text", "")))
        else:
            picker.edit.setText(str(dispute.get("cause_text", "")))
        for combo, key in ((d.source_combo, "source"), (d.kind_combo, "kind"), (d.tribunal_combo, "tribunal")):
            index = combo.findData(dispute.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        d.place_combo.setEditText(str(dispute.get("place", "")))
        d.summary_edit.setPlainText(str(dispute.get("summary", "")))
        d.claims_edit.setPlainText(str(dispute.get("claims", "")))
        d.amount_edit.setText(str(dispute.get("amount", "")))
        d.act_name_edit.setText(str(dispute.get("act_name", "")))
        d.act_number_edit.setText(str(dispute.get("act_number", "")))
        d.act_date_check.setChecked(bool(dispute.get("act_date")))
        if dispute.get("act_date"):
            d.act_date_edit.setDate(qdate(date.fromisoformat(dispute["act_date"])))
        page = self.parties_page
        known = {f.name for f in fields(PartyInput)}
        page.drafts = [PartyDraft(PartyInput(**{k: v for k, v in p.items() if k in known}))
                       for p in payload.get("parties", []) if isinstance(p, dict)]
        page.ui.party_list.clear()
        for row in range(len(page.drafts)):
            page.ui.party_list.addItem(QListWidgetItem())
            page._relabel(row)
        page.ui.party_list.setCurrentRow(0 if page.drafts else -1)
        m = self.mediators_page.ui
        for mediator_id in payload.get("mediators", []):
            for row in range(m.mediator_list.count()):
                item = m.mediator_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == mediator_id:
                    item.setCheckState(Qt.CheckState.Checked)
        if payload.get("accepted"):
            m.accepted_check.setChecked(True)
            m.accepted_date_edit.setDate(qdate(date.fromisoformat(payload["accepted"])))
        # Back on the page where the typing stopped (each step is checked as Next would check it).
        target = min(int(payload.get("page", 0) or 0), self.pages.index(self.mediators_page))
        while self.currentId() < target and self.currentPage().validatePage():
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break
        self.autosaver.forget_last()

    def reject(self) -> None:
        """Esc or Cancel: ask before throwing away what was typed (field work is not typed twice)."""
        if self.created_id is None and self.has_input():
            answer = QMessageBox.question(self, self.tr("放弃登记"), self.tr("已填写的内容尚未登记，确定放弃吗？"),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.autosaver.stop()
        self.autosaver.discard()
        super().reject()

    def has_input(self) -> bool:
        fields = self.dispute_page.intake_fields()
        typed = [fields[k] for k in ("summary", "claims", "place", "amount", "act_name", "act_number")]
        for draft in self.parties_page.drafts:
            typed += [getattr(draft.data, k) for k in ("name", *OPTIONAL_FIELDS, "address")]
        return any(str(value or "").strip() for value in typed)

    def advance(self) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
            button = self.button(which)
            if button.isVisible() and button.isEnabled():
                button.click()
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A date edit uses Tab to step through year/month/day; here Tab leaves the field, like every
        # other field (typing "2026-10-15" fills the sections anyway).
        if isinstance(watched, QDateEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.focusNextPrevChild(forward)
                return True
        return super().eventFilter(watched, event)

    def _focus_first_field(self, page_id: int) -> None:
        page = self.page(page_id)
        target = getattr(page, "first_field", lambda: None)()
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def intake_input(self) -> IntakeInput:
        return IntakeInput(parties=self.parties_page.submitted(), **self.dispute_page.intake_fields())

    def submit(self) -> bool:
        """Register the case; on refusal show each reason beside its field, keep the form, jump there."""
        try:
            result = intake_dispute(self.ctx, self.intake_input())
        except InputErrors as exc:
            self.show_errors(exc.errors)
            return False
        except ValidationError as exc:
            self.show_errors([exc])
            return False
        self.intake_result = result
        self.created_id = result.id
        self.autosaver.stop()
        self.autosaver.discard()
        mediators, accepted = self.mediators_page.choice()
        if mediators:
            try:
                assign_mediators(self.ctx, result.id, mediators, accepted_on=accepted)
            except FuyuanError as exc:
                from fuyuan_desktop.ui.crash import show_error

                show_error(self, self.tr("案件已登记（{number}），但指派调解员未成功：{reason}\n请在案件中重新指派。").format(
                    number=result.number, reason=exc))
        return True

    def show_errors(self, errors: list[ValidationError]) -> None:
        dispute: dict[str, str] = {}
        parties: dict[int, dict[str, str]] = {}
        general_parties: list[str] = []
        other: list[str] = []
        for error in errors:
            path = error.field.partition(" ")[0]
            match = ERROR_PATH.fullmatch(path)
            if match:
                parties.setdefault(int(match[1]), {})[match[2]] = error_reason(error)
            elif path.startswith("parties"):
                general_parties.append(error_reason(error))
            elif path in self.dispute_page.widgets:
                dispute[path] = f"{field_label(error.field, path)}：{error_reason(error)}"
            else:
                other.append(error_text(error))
        dispute_focus = self.dispute_page.show_server_errors(dispute)
        party_focus = self.parties_page.show_server_errors(parties, general_parties)
        self.review_page.show_errors(other)
        if dispute_focus is not None:
            self._jump(self.pages.index(self.dispute_page), dispute_focus)
        elif party_focus is not None:
            self._jump(self.pages.index(self.parties_page), party_focus)

    def _jump(self, page_id: int, focus: QWidget) -> None:
        def go() -> None:
            while self.currentId() > page_id:
                self.back()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, go)

    # --- review --------------------------------------------------------------------------------------

    def review_html(self) -> str:
        data = self.intake_input()
        e = html.escape

        def row(label: str, value: str) -> str:
            return f"<tr><th align='left' valign='top' style='padding-right:12px'>{e(label)}</th><td>{value}</td></tr>"

        chosen = self.dispute_page.cause_picker.chosen
        rows = [row(self.tr("案由"), e(chosen.path if chosen else ""))]
        if data.mediation_type:
            rows.append(row(self.tr("人民调解纠纷类型"), e(self.dispute_page.mediation_type_combo.currentText())))
        if data.act_name or data.act_number or data.act_date:
            act = [data.act_name, data.act_number, data.act_date.isoformat() if data.act_date else ""]
            rows.append(row(self.tr("争议行政行为"), e("，".join(x for x in act if x))))
        rows.append(row(self.tr("纠纷地点"), e(data.place.strip() or self.tr("（未填）"))))
        rows.append(row(self.tr("主要事实"), e(data.summary.strip()).replace("\n", "<br>")))
        if data.claims.strip():
            rows.append(row(self.tr("调解请求"), e(data.claims.strip()).replace("\n", "<br>")))
        amount = amount_state(data.amount or "")
        if amount:
            rows.append(row(self.tr("标的额"), e(amount.text)))
        tribunal = self.dispute_page.ui.tribunal_combo.currentText()
        rows.append(row(self.tr("来源／方式／法庭"), e(f"{data.source}／{data.mediation_kind}／{tribunal}")))
        dispute_heading, parties_heading = self.tr("纠纷"), self.tr("当事人")
        parts = [f"<h3>{e(dispute_heading)}</h3><table>{''.join(rows)}</table><h3>{e(parties_heading)}</h3><ol>"]
        for draft, party in zip(self.parties_page.drafts, data.parties, strict=True):
            facts = [e(enum_label(PartyRole.of(party.role))), e(enum_label(PartyKind.of(party.kind))), f"<b>{e(party.name)}</b>"]
            facts += [e(x) for x in (party.id_number, party.credit_code, party.phone, party.address, party.ethnicity,
                                     party.occupation) if x.strip()]
            if party.representative.strip():
                title = f"（{party.representative_title}）" if party.representative_title.strip() else ""
                facts.append(e(party.representative + title))
            note = ""
            if party.party_id:
                note = self.tr("关联已登记的当事人「{name}」，其资料不修改").format(name=draft.linked_name)
            elif any(s.reason == "证件号码相同" for s in draft.suggestions):
                note = self.tr("证件号码与已登记的当事人相同：登记时关联该当事人，其资料不修改")
            parts.append(f"<li>{' · '.join(facts)}{f'<br><i>{e(note)}</i>' if note else ''}</li>")
        mediators_heading = self.tr("调解员")
        parts.append(f"</ol><h3>{e(mediators_heading)}</h3>")
        mediators, accepted = self.mediators_page.choice()
        names = [self.mediators_page.names[m] for m in mediators]
        lead = self.tr("{name}（主持）").format(name=names[0]) if names else ""
        parts.append(e("、".join([lead, *names[1:]]) if names else self.tr("暂不指派")))
        if accepted:
            parts.append(e(self.tr("；{day} 接受委派，自该日起计算调解期限").format(day=accepted.isoformat())))
        return "".join(parts)
