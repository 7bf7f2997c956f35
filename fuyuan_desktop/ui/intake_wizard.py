"""收案登记 wizard: dispute, parties (checked as typed, known parties offered), mediators, review; Finish registers."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QListWidgetItem,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from fuyuan_desktop.domain.enums import DisputeCategory, DisputeSource, MediationKind, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import FuyuanError, InputErrors, ValidationError
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import (
    IntakeInput,
    IntakeResult,
    default_tribunal_id,
    intake_dispute,
    known_places,
)
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.workflow import assign_mediators, list_mediators
from fuyuan_desktop.ui.forms.ui_intake_dispute_page import Ui_IntakeDisputePage
from fuyuan_desktop.ui.forms.ui_intake_mediators_page import Ui_IntakeMediatorsPage
from fuyuan_desktop.ui.forms.ui_intake_review_page import Ui_IntakeReviewPage
from fuyuan_desktop.ui.intake_fields import (
    BAD,
    COLORS,
    ERROR_PATH,
    FIELD_STATE_CSS,
    HINT,
    OPTIONAL_FIELDS,
    FieldState,
    amount_state,
    field_label,
    mark_field,
    show_state,
    to_date,
)
from fuyuan_desktop.ui.intake_parties import PartiesPage
from fuyuan_desktop.ui.qt_dates import qdate

# --- page 1: the dispute -----------------------------------------------------------------------------


class DisputePage(QWizardPage):
    """Category, place, facts, claims, amount; the disputed act for administrative categories."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_IntakeDisputePage()
        self.ui.setupUi(self)
        ui = self.ui
        for category in DisputeCategory:
            ui.category_combo.addItem(category.label, category.value)
        ui.category_combo.setCurrentIndex(-1)
        for source in DisputeSource:
            ui.source_combo.addItem(source.label, source.value)
        ui.source_combo.setCurrentIndex(ui.source_combo.findData(DisputeSource.PARTY_APPLICATION.value))
        for kind in MediationKind:
            ui.kind_combo.addItem(kind.label, kind.value)
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(MediationKind.INVITED.value))
        for row in courts_and_tribunals(ctx):
            ui.tribunal_combo.addItem(f"{row['short_name']}（{row['court']}）", row["tribunal_id"])
        ui.tribunal_combo.setCurrentIndex(max(ui.tribunal_combo.findData(default_tribunal_id(ctx)), 0))
        self.places = known_places(ctx)
        ui.place_combo.addItems(self.places)
        ui.place_combo.setCurrentIndex(-1)
        ui.place_combo.setEditText("")
        place_edit = ui.place_combo.lineEdit()
        assert place_edit is not None  # the combo is editable in the form
        place_edit.setPlaceholderText(self.tr("村屯、社区或园区，输入几个字可补全"))
        completer = QCompleter(self.places, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.place_combo.setCompleter(completer)
        today = qdate(ctx.today())
        ui.act_date_edit.setMaximumDate(today)
        ui.act_date_edit.setDate(today)
        ui.act_date_check.toggled.connect(ui.act_date_edit.setEnabled)
        ui.act_group.setVisible(False)
        self.server_errors: dict[str, str] = {}
        self.widgets: dict[str, QWidget] = {
            "category": ui.category_combo, "source": ui.source_combo, "mediation_kind": ui.kind_combo,
            "place": ui.place_combo, "tribunal": ui.tribunal_combo, "summary": ui.summary_edit,
            "claims": ui.claims_edit, "amount": ui.amount_edit, "disputed_act": ui.act_name_edit,
            "disputed_act.name": ui.act_name_edit, "disputed_act.number": ui.act_number_edit,
            "disputed_act.date": ui.act_date_edit,
        }
        ui.category_combo.currentIndexChanged.connect(lambda: self._changed("category"))
        ui.place_combo.editTextChanged.connect(lambda: self._changed("place"))
        ui.summary_edit.textChanged.connect(lambda: self._changed("summary"))
        ui.claims_edit.textChanged.connect(lambda: self._changed("claims"))
        ui.amount_edit.textChanged.connect(lambda: self._changed("amount"))
        ui.act_name_edit.textChanged.connect(lambda: self._changed("disputed_act.name"))
        ui.act_number_edit.textChanged.connect(lambda: self._changed("disputed_act.number"))
        ui.act_date_edit.dateChanged.connect(lambda: self._changed("disputed_act.date"))
        ui.tribunal_combo.currentIndexChanged.connect(lambda: self._changed("tribunal"))
        self._changed("")

    def first_field(self) -> QWidget:
        return self.ui.category_combo

    def category(self) -> DisputeCategory | None:
        value = self.ui.category_combo.currentData()
        return DisputeCategory.of(value) if value else None

    def is_administrative(self) -> bool:
        category = self.category()
        return bool(category and category.is_administrative)

    def _changed(self, key: str) -> None:
        ui = self.ui
        related = [k for k in self.server_errors if key and (k == key or k.startswith(f"{key}.") or key.startswith(f"{k}."))]
        for stale in related:
            del self.server_errors[stale]
            mark_field(self.widgets.get(stale, ui.act_name_edit), "")
        ui.act_group.setVisible(self.is_administrative())
        show_state(ui.amount_status, amount_state(ui.amount_edit.text()), ui.amount_edit)
        place = ui.place_combo.currentText().strip()
        unknown = place and place not in self.places and not any(p and p in place for p in self.places)
        show_state(ui.place_status, FieldState(HINT, self.tr("不在已登记的村屯、社区、园区中，将按所填文字保存"))
                   if unknown else None)
        self._show_messages()
        self.completeChanged.emit()

    def missing(self) -> list[str]:
        missing = []
        if self.category() is None:
            missing.append(self.tr("纠纷类型"))
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
        category = self.category()
        return {
            "category": category.label if category else "",
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
    """Optional: who mediates (first checked leads) and the day the mediation was accepted."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_IntakeMediatorsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.order: list[str] = []  # checked mediator ids, in the order they were checked
        self.names: dict[str, str] = {}
        for mediator in list_mediators(ctx):
            organization = f"·{mediator.organization}" if mediator.organization else ""
            item = QListWidgetItem(f"{mediator.name}（{mediator.role}{organization}）")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, mediator.id)
            ui.mediator_list.addItem(item)
            self.names[mediator.id] = mediator.name
        if not self.names:
            ui.roster_note.setText(self.tr("调解员名册中还没有人；可以先登记，之后在案件中指派。"))
            for widget in (ui.mediator_list, ui.accepted_check):
                widget.setEnabled(False)
        ui.mediator_list.itemChanged.connect(self._checked)
        if ui.mediator_list.count():
            ui.mediator_list.setCurrentRow(0)
        today = qdate(ctx.today())
        ui.accepted_date_edit.setMaximumDate(today)
        ui.accepted_date_edit.setDate(today)
        ui.accepted_check.toggled.connect(ui.accepted_date_edit.setEnabled)
        ui.accepted_check.toggled.connect(lambda: ui.error_label.clear())

    def first_field(self) -> QWidget | None:
        return self.ui.mediator_list if self.names else None  # nothing to choose: Enter goes on

    def _checked(self, item: QListWidgetItem) -> None:
        mediator_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and mediator_id not in self.order:
            self.order.append(mediator_id)
        elif item.checkState() != Qt.CheckState.Checked and mediator_id in self.order:
            self.order.remove(mediator_id)
        lead = self.names[self.order[0]] if self.order else ""
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

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
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
        self.resize(900, 720)
        self.currentIdChanged.connect(self._focus_first_field)
        for date_edit in (self.dispute_page.ui.act_date_edit, self.mediators_page.ui.accepted_date_edit):
            date_edit.installEventFilter(self)
        # Enter in a multi-line field makes a new line; Ctrl+Enter moves on from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.advance)

    def reject(self) -> None:
        """Esc or Cancel: ask before throwing away what was typed (field work is not typed twice)."""
        if self.created_id is None and self.has_input():
            answer = QMessageBox.question(self, self.tr("放弃登记"), self.tr("已填写的内容尚未登记，确定放弃吗？"),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
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
                parties.setdefault(int(match[1]), {})[match[2]] = error.reason
            elif path.startswith("parties"):
                general_parties.append(error.reason)
            elif path in self.dispute_page.widgets:
                dispute[path] = f"{field_label(error.field, path)}：{error.reason}"
            else:
                other.append(str(error))
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

        rows = [row(self.tr("纠纷类型"), e(data.category))]
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
            facts = [e(PartyRole.of(party.role).label), e(PartyKind.of(party.kind).label), f"<b>{e(party.name)}</b>"]
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
