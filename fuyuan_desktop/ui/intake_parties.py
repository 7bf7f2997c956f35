"""Intake, page 2: the parties — one editor, checked and looked up as typed, known parties offered, never merged."""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QListWidgetItem,
    QWidget,
    QWizardPage,
)

from fuyuan_desktop.domain.enums import PartyKind, PartyRole
from fuyuan_desktop.services.intake import (
    PartyInput,
    PartySuggestion,
    suggest_parties,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.enum_labels import enum_label
from fuyuan_desktop.ui.forms.ui_intake_parties_page import Ui_IntakePartiesPage
from fuyuan_desktop.ui.intake_fields import (
    BAD,
    COLORS,
    ETHNICITIES,
    HINT,
    KIND_FIELDS,
    KIND_SHORT,
    LOOKUP_DEBOUNCE_MS,
    MARKS,
    OK,
    OPTIONAL_FIELDS,
    PARTY_FIELD_LABELS,
    PROBE_NAME,
    FieldState,
    credit_code_state,
    id_number_state,
    mark_field,
    phone_state,
    show_state,
    translated,
)

if TYPE_CHECKING:
    from fuyuan_desktop.ui.intake_wizard import DisputePage


@dataclass
class PartyDraft:
    """One party as typed; widgets only show it (the wizard's data, not the widgets, is the truth)."""

    data: PartyInput
    suggestions: list[PartySuggestion] = field(default_factory=list)
    linked_name: str = ""
    errors: dict[str, str] = field(default_factory=dict)  # from the service, by PartyInput field name

    def submitted(self) -> PartyInput:
        """The input without the fields its kind does not use (they stay in the draft)."""
        keep = KIND_FIELDS.get(self.data.kind, ())
        blank: dict[str, Any] = {key: "" for key in OPTIONAL_FIELDS if key not in keep}
        return replace(self.data, **blank)


class PartiesPage(QWizardPage):
    """A list of parties and one editor; ID numbers and credit codes are checked and looked up as typed."""

    def __init__(self, ctx: Workspace, dispute_page: DisputePage) -> None:
        super().__init__()
        self.ctx = ctx
        self.dispute_page = dispute_page
        self.ui = Ui_IntakePartiesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.drafts: list[PartyDraft] = []
        self.problems: list[tuple[str, str]] = []  # (state, text) that block Next
        self._loading = False
        for role in PartyRole:
            if role is not PartyRole.GUARDIAN:  # recorded on the case's 当事人 tab (ui/party_law.py), with relation
                ui.role_combo.addItem(enum_label(role), role.value)
        for kind in PartyKind:
            ui.kind_combo.addItem(enum_label(kind), kind.value)
        self.edits = {
            "name": ui.name_edit, "id_number": ui.id_number_edit, "credit_code": ui.credit_code_edit,
            "representative": ui.representative_edit, "representative_title": ui.representative_title_edit,
            "phone": ui.phone_edit, "address": ui.address_edit, "ethnicity": ui.ethnicity_edit,
            "occupation": ui.occupation_edit,
        }
        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda text, key=key: self._edited(key, text))
        ui.ethnicity_edit.setCompleter(QCompleter(list(ETHNICITIES), self))
        ui.role_combo.currentIndexChanged.connect(lambda: self._edited("role", ui.role_combo.currentData()))
        ui.kind_combo.currentIndexChanged.connect(lambda: self._edited("kind", ui.kind_combo.currentData()))
        ui.party_list.currentRowChanged.connect(self._load)
        ui.add_party_button.clicked.connect(self.add_party)
        ui.remove_party_button.clicked.connect(self.remove_party)
        ui.use_existing_button.clicked.connect(self._toggle_link)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the page is shown
        shortcut.activated.connect(self.add_party)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DEBOUNCE_MS)
        self._lookup.timeout.connect(lambda: self.refresh_suggestions(self._lookup_draft))
        self._lookup_draft: PartyDraft | None = None
        # The label column keeps the width of its longest label, so fields do not jump when the kind changes.
        ui.role_label.setMinimumWidth(ui.credit_code_label.sizeHint().width())
        self._load(-1)

    def initializePage(self) -> None:
        if not self.drafts:
            self.add_party()
        self._revalidate()

    def first_field(self) -> QWidget:
        return self.ui.name_edit if self.current() else self.ui.add_party_button

    def current(self) -> PartyDraft | None:
        row = self.ui.party_list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    # --- the list ------------------------------------------------------------------------------------

    def add_party(self) -> None:
        roles = {d.data.role for d in self.drafts}
        role = PartyRole.APPLICANT if PartyRole.APPLICANT.value not in roles else PartyRole.RESPONDENT
        admin_respondent = role is PartyRole.RESPONDENT and self.dispute_page.is_administrative()
        kind = PartyKind.AGENCY if admin_respondent else PartyKind.PERSON
        self.drafts.append(PartyDraft(PartyInput(role=role.value, kind=kind.value, name="")))
        self.ui.party_list.addItem(QListWidgetItem())
        self._relabel(len(self.drafts) - 1)
        self.ui.party_list.setCurrentRow(len(self.drafts) - 1)
        self.ui.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._revalidate()

    def remove_party(self) -> None:
        row = self.ui.party_list.currentRow()
        if not 0 <= row < len(self.drafts):
            return
        del self.drafts[row]
        self.ui.party_list.takeItem(row)
        for i in range(len(self.drafts)):
            self._relabel(i)
        self._load(self.ui.party_list.currentRow())
        self._revalidate()

    def _relabel(self, row: int) -> None:
        draft = self.drafts[row]
        data = draft.data
        role = enum_label(PartyRole.of(data.role))
        linked = self.tr("（已关联）") if data.party_id else self.tr("（可能已登记）") if draft.suggestions else ""
        name = data.name.strip() or self.tr("（未填姓名/名称）")
        text = f"{row + 1}. {role} · {translated(KIND_SHORT[data.kind])}{linked}\n{name}"
        self.ui.party_list.item(row).setText(text)

    # --- the editor ----------------------------------------------------------------------------------

    def _load(self, row: int) -> None:
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else None
        self._loading = True
        try:
            for widget in (self.ui.role_combo, self.ui.kind_combo, *self.edits.values()):
                widget.setEnabled(draft is not None)
            self.ui.remove_party_button.setEnabled(draft is not None)
            data = draft.data if draft else PartyInput(role="applicant", kind="person", name="")
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(data.role))
            self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(data.kind))
            for key, edit in self.edits.items():
                edit.setText(getattr(data, key))
        finally:
            self._loading = False
        self._apply_kind(data.kind)
        self._show_field_states()
        self._show_suggestion()

    def _apply_kind(self, kind: str) -> None:
        ui, form = self.ui, self.ui.party_form
        shown = KIND_FIELDS[kind]
        ui.name_label.setText(self.tr("姓名(&M)") if kind == "person" else self.tr("名称(&M)"))
        ui.representative_label.setText(self.tr("负责人(&D)") if kind == "agency" else self.tr("法定代表人(&D)"))
        ui.address_label.setText(self.tr("住址(&S)") if kind == "person" else self.tr("住所地(&S)"))
        ui.credit_code_edit.setPlaceholderText(self.tr("选填，18位") if kind == "agency"
                                               else self.tr("18位，营业执照上的代码"))
        form.setRowVisible(ui.id_number_box, "id_number" in shown)
        form.setRowVisible(ui.credit_code_box, "credit_code" in shown)
        form.setRowVisible(ui.representative_row, "representative" in shown)
        form.setRowVisible(ui.phone_box, "phone" in shown)
        form.setRowVisible(ui.ethnicity_edit, "ethnicity" in shown)
        form.setRowVisible(ui.occupation_edit, "occupation" in shown)

    def _edited(self, key: str, value: str) -> None:
        draft = self.current()
        if self._loading or draft is None:
            return
        setattr(draft.data, key, value)
        draft.errors.pop(key, None)
        if key == "representative":
            draft.errors.pop("head", None)
        if key == "id_number":
            draft.errors.pop("sex", None)
        if key == "kind":
            self._apply_kind(value)
        if key in ("name", "id_number", "credit_code", "phone", "kind"):
            self._lookup_draft = draft
            self._lookup.start()
        self._relabel(self.ui.party_list.currentRow())
        self._show_field_states()
        self._revalidate()

    def _show_field_states(self) -> None:
        ui = self.ui
        draft = self.current()
        data = draft.data if draft else PartyInput(role="applicant", kind="person", name="")
        errors = draft.errors if draft else {}
        shown = KIND_FIELDS[data.kind]
        for key, status, edit, state in (
            ("id_number", ui.id_number_status, ui.id_number_edit, id_number_state(data.id_number, self.ctx)),
            ("credit_code", ui.credit_code_status, ui.credit_code_edit, credit_code_state(data.credit_code)),
            ("phone", ui.phone_status, ui.phone_edit, phone_state(data.phone)),
        ):
            message = errors.get(key) or (errors.get("sex") if key == "id_number" else None)
            state = FieldState(BAD, message) if message else state
            show_state(status, state, edit)
            status.setVisible(key in shown and state is not None)
        show_state(ui.name_status, FieldState(BAD, errors["name"]) if "name" in errors else None, ui.name_edit)
        for key in ("representative", "representative_title", "address", "ethnicity", "occupation"):
            failed = key in errors or (key == "representative" and "head" in errors)
            mark_field(self.edits[key], BAD if failed else "")

    # --- known parties -------------------------------------------------------------------------------

    def refresh_suggestions(self, draft: PartyDraft | None = None) -> None:
        """Ask the store who a party may be (same ID / credit code, or same name and phone)."""
        draft = draft or self.current()
        if draft is None or draft not in self.drafts:
            return
        data = draft.data
        probe = PartyInput(role="applicant", kind=data.kind, name=data.name.strip() or PROBE_NAME,
                           representative=PROBE_NAME if data.kind == "agency" else "")
        id_state = id_number_state(data.id_number, self.ctx) if data.kind == "person" else None
        code_state = credit_code_state(data.credit_code) if data.kind != "person" else None
        tel_state = phone_state(data.phone) if data.kind != "agency" else None
        if id_state and id_state.state == OK:
            probe.id_number = data.id_number
        if code_state and code_state.state == OK:
            probe.credit_code = data.credit_code
        if tel_state and tel_state.state == OK:
            probe.phone = data.phone
        if data.kind == "organization" and not probe.credit_code:
            probe.kind = "person"  # an organisation without its code can still be matched by name and phone
        useful = probe.id_number or probe.credit_code or (probe.phone and data.name.strip())
        draft.suggestions = suggest_parties(self.ctx, probe) if useful else []
        if data.party_id and data.party_id not in {s.party_id for s in draft.suggestions}:
            data.party_id = None  # what was typed no longer points at the linked party
            draft.linked_name = ""
        self._relabel(self.drafts.index(draft))
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        ui = self.ui
        draft = self.current()
        if draft is not None and draft.data.party_id:
            ui.suggestion_label.setText(html.escape(self.tr(
                "已关联已登记的当事人「{name}」：登记时使用其已有资料，不修改、不合并。").format(name=draft.linked_name)))
            ui.use_existing_button.setText(self.tr("取消关联(&U)"))
        elif draft is not None and draft.suggestions:
            first = draft.suggestions[0]
            more = self.tr("；另有 {n} 个同名同电话的记录").format(n=len(draft.suggestions) - 1) \
                if len(draft.suggestions) > 1 else ""
            ui.suggestion_label.setText(self.tr("已登记的当事人：<b>{name}</b>（{reason}）").format(
                name=html.escape(first.name), reason=html.escape(first.reason + more)))
            ui.use_existing_button.setText(self.tr("使用已登记的当事人(&U)"))
        ui.suggestion_frame.setVisible(bool(draft and (draft.data.party_id or draft.suggestions)))
        ui.suggestion_label.setStyleSheet("")
        if draft and draft.errors.get("party_id"):
            ui.suggestion_label.setText(f"✗ {html.escape(draft.errors['party_id'])}")
            ui.suggestion_label.setStyleSheet(f"color: {COLORS[BAD]}")
            ui.suggestion_frame.setVisible(True)

    def _toggle_link(self) -> None:
        draft = self.current()
        if draft is None:
            return
        draft.errors.pop("party_id", None)
        if draft.data.party_id:
            draft.data.party_id = None
            draft.linked_name = ""
        elif draft.suggestions:
            chosen = draft.suggestions[0]
            draft.data.party_id = chosen.party_id
            draft.linked_name = chosen.name
            if draft.data.name.strip() != chosen.name:
                self.ui.name_edit.setText(chosen.name)  # the registered record is what the case will show
        self._relabel(self.ui.party_list.currentRow())
        self._show_suggestion()
        self._revalidate()

    # --- checks --------------------------------------------------------------------------------------

    def _party_problems(self, draft: PartyDraft) -> list[tuple[str, str]]:
        data = draft.data
        shown = KIND_FIELDS[data.kind]
        out: list[tuple[str, str]] = []
        if not data.name.strip():
            out.append((HINT, self.tr("姓名/名称未填")))
        checks = (
            ("id_number", id_number_state(data.id_number, self.ctx) if "id_number" in shown else None),
            ("credit_code", credit_code_state(data.credit_code) if "credit_code" in shown else None),
            ("phone", phone_state(data.phone) if "phone" in shown else None),
        )
        out += [(s.state, f"{translated(PARTY_FIELD_LABELS[key])}：{s.text}") for key, s in checks if s and s.state != OK]
        if data.kind == "organization" and not data.credit_code.strip():
            out.append((HINT, self.tr("统一社会信用代码未填（单位必填）")))
        if data.kind == "agency" and not data.representative.strip():
            out.append((HINT, self.tr("负责人未填（行政机关必填）")))
        return out

    def _revalidate(self) -> None:
        problems: list[tuple[str, str]] = []
        for i, draft in enumerate(self.drafts):
            who = self.tr("第{n}位当事人").format(n=i + 1)
            problems += [(state, f"{who}{text}") for state, text in self._party_problems(draft)]
        roles = [(d.data.role, d.data.kind) for d in self.drafts]
        if PartyRole.APPLICANT.value not in {r for r, _k in roles}:
            problems.append((HINT, self.tr("还需要一名申请人")))
        if PartyRole.RESPONDENT.value not in {r for r, _k in roles}:
            problems.append((HINT, self.tr("还需要一名被申请人（Ctrl+Shift+A 添加）")))
        elif self.dispute_page.is_administrative() and (PartyRole.RESPONDENT.value, "agency") not in roles:
            problems.append((BAD, self.tr("行政争议的被申请人应为行政机关（类型选“行政机关”）")))
        self.problems = problems
        server = [(BAD, self.tr("第{n}位当事人{field}：{reason}").format(
                    n=i + 1, field=translated(PARTY_FIELD_LABELS.get(k, k)), reason=m))
                  for i, d in enumerate(self.drafts) for k, m in d.errors.items()]
        lines = [f"<span style='color:{COLORS[s]}'>{MARKS[s]}{html.escape(t)}</span>"
                 for s, t in server + problems]
        self.ui.problems_label.setText("<br>".join(lines[:6] + (["……"] if len(lines) > 6 else [])))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.drafts) and not self.problems

    def validatePage(self) -> bool:
        return self.isComplete()

    def submitted(self) -> list[PartyInput]:
        return [d.submitted() for d in self.drafts]

    def show_server_errors(self, errors: dict[int, dict[str, str]], general: list[str]) -> QWidget | None:
        """Attach the service's reasons to the parties they name; select the first and return its field."""
        for i, draft in enumerate(self.drafts):
            draft.errors = dict(errors.get(i, {}))
            if draft.errors:
                self.refresh_suggestions(draft)  # a refused ID often belongs to a party already registered
        if errors:
            row = min(errors)
            self.ui.party_list.setCurrentRow(row)
        self._load(self.ui.party_list.currentRow())
        self._revalidate()
        if general:
            extra = "<br>".join(f"<span style='color:{COLORS[BAD]}'>✗ {html.escape(g)}</span>" for g in general)
            current = self.ui.problems_label.text()
            self.ui.problems_label.setText(f"{extra}<br>{current}" if current else extra)
        if not errors:
            return self.ui.party_list if general else None
        key = next(iter(errors[min(errors)]))
        key = {"head": "representative", "sex": "id_number"}.get(key, key)
        widgets = {**self.edits, "role": self.ui.role_combo, "kind": self.ui.kind_combo,
                   "party_id": self.ui.use_existing_button}
        return widgets.get(key, self.ui.name_edit)
