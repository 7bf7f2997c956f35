"""收案登记 wizard: dispute, parties (checked as typed, known parties offered), mediators, review; Finish registers."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from fuyuan_desktop.domain.enums import DisputeCategory, DisputeSource, MediationKind, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import FuyuanError, InputErrors, ValidationError
from fuyuan_desktop.domain.identifiers import (
    CREDIT_CODE_CHARSET,
    ID_KIND_CITIZEN,
    age_on,
    ascii_upper,
    normalize_text_digits,
    parse_credit_code,
    parse_id_number,
    parse_phone,
)
from fuyuan_desktop.domain.money import yuan_figures, yuan_in_words
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import (
    IntakeInput,
    IntakeResult,
    PartyInput,
    PartySuggestion,
    default_tribunal_id,
    intake_dispute,
    known_places,
    parse_amount_fen,
    suggest_parties,
)
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.workflow import assign_mediators, list_mediators
from fuyuan_desktop.ui.forms.ui_intake_dispute_page import Ui_IntakeDisputePage
from fuyuan_desktop.ui.forms.ui_intake_mediators_page import Ui_IntakeMediatorsPage
from fuyuan_desktop.ui.forms.ui_intake_parties_page import Ui_IntakePartiesPage
from fuyuan_desktop.ui.forms.ui_intake_review_page import Ui_IntakeReviewPage
from fuyuan_desktop.ui.qt_dates import qdate

OK, BAD, HINT = "ok", "bad", "hint"
COLORS = {OK: "#2e7d32", BAD: "#c62828", HINT: "#616161"}
MARKS = {OK: "✓ ", BAD: "✗ ", HINT: ""}
FIELD_STATE_CSS = """
QLineEdit[state="bad"], QPlainTextEdit[state="bad"], QComboBox[state="bad"], QDateEdit[state="bad"] {
    border: 1px solid #c62828; border-radius: 2px; padding: 2px; }
QLineEdit[state="ok"] { border: 1px solid #2e7d32; border-radius: 2px; padding: 2px; }
"""
LOOKUP_DEBOUNCE_MS = 250
# suggest_parties checks the whole party; a placeholder name lets an ID typed before the name be looked up.
PROBE_NAME = "待定"
ETHNICITIES = ("汉族", "蒙古族", "满族", "朝鲜族", "回族", "锡伯族")
KIND_FIELDS = {
    "person": ("name", "id_number", "phone", "address", "ethnicity", "occupation"),
    "organization": ("name", "credit_code", "representative", "representative_title", "phone", "address"),
    "agency": ("name", "representative", "representative_title", "credit_code", "address"),
}
OPTIONAL_FIELDS = ("id_number", "credit_code", "representative", "representative_title", "phone", "ethnicity",
                   "occupation")
KIND_SHORT = {
    "person": QT_TRANSLATE_NOOP("IntakeWizard", "自然人"),
    "organization": QT_TRANSLATE_NOOP("IntakeWizard", "单位"),
    "agency": QT_TRANSLATE_NOOP("IntakeWizard", "行政机关"),
}
PARTY_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("IntakeWizard", "姓名/名称"),
    "id_number": QT_TRANSLATE_NOOP("IntakeWizard", "身份证号码"),
    "credit_code": QT_TRANSLATE_NOOP("IntakeWizard", "统一社会信用代码"),
    "representative": QT_TRANSLATE_NOOP("IntakeWizard", "负责人/法定代表人"),
    "head": QT_TRANSLATE_NOOP("IntakeWizard", "负责人"),
    "representative_title": QT_TRANSLATE_NOOP("IntakeWizard", "职务"),
    "phone": QT_TRANSLATE_NOOP("IntakeWizard", "联系电话"),
    "address": QT_TRANSLATE_NOOP("IntakeWizard", "地址"),
    "ethnicity": QT_TRANSLATE_NOOP("IntakeWizard", "民族"),
    "occupation": QT_TRANSLATE_NOOP("IntakeWizard", "职业"),
    "role": QT_TRANSLATE_NOOP("IntakeWizard", "地位"),
    "kind": QT_TRANSLATE_NOOP("IntakeWizard", "类型"),
    "sex": QT_TRANSLATE_NOOP("IntakeWizard", "身份证号码"),
    "party_id": QT_TRANSLATE_NOOP("IntakeWizard", "已登记当事人"),
    "represents": QT_TRANSLATE_NOOP("IntakeWizard", "被代理人"),
}
ERROR_PATH = re.compile(r"parties\[(\d+)\]\.(\w+)")


# --- shared helpers -------------------------------------------------------------------------------------


def translated(text: object) -> str:
    """A string listed for translation where it is defined (QT_TRANSLATE_NOOP), translated when shown."""
    return QCoreApplication.translate("IntakeWizard", str(text))


@dataclass(frozen=True)
class FieldState:
    state: str  # OK, BAD or HINT (still typing)
    text: str


def show_state(label: QLabel, state: FieldState | None, edit: QWidget | None = None) -> None:
    """Colour and text next to a field; the mark (✓/✗) carries the meaning without colour too."""
    label.setVisible(state is not None)
    label.setText(MARKS[state.state] + state.text if state else "")
    label.setStyleSheet(f"color: {COLORS[state.state]}" if state else "")
    if edit is not None:
        mark_field(edit, state.state if state and state.state in (OK, BAD) else "")


def mark_field(edit: QWidget, state: str) -> None:
    if edit.property("state") != state:
        edit.setProperty("state", state)
        edit.style().unpolish(edit)
        edit.style().polish(edit)


def _still_typing(text: str, allowed: str, full: int) -> bool:
    return 0 < len(text) < full and all(ch in allowed for ch in text)


def id_number_state(raw: str, ctx: ServiceContext) -> FieldState | None:
    if not raw.strip():
        return None
    number = ascii_upper(normalize_text_digits(raw))
    if len(number) != 15 and _still_typing(number, "0123456789", 18):
        return FieldState(HINT, QCoreApplication.translate("IntakeWizard", "已输入 {n} 位，应为 18 位").format(
            n=len(number)))
    try:
        info = parse_id_number(raw, today=ctx.today(), field="", known_regions=ctx.reference.divisions)
    except ValidationError as exc:
        return FieldState(BAD, exc.reason)
    born = info.birth_date
    parts = [QCoreApplication.translate("IntakeWizard", "{sex}，{y}年{m}月{d}日出生（{age}岁）").format(
        sex=info.sex, y=born.year, m=born.month, d=born.day, age=age_on(born, ctx.today()))]
    if info.kind != ID_KIND_CITIZEN:
        parts.append(info.kind)
    return FieldState(OK, "；".join(parts + list(info.warnings)))


def credit_code_state(raw: str) -> FieldState | None:
    if not raw.strip():
        return None
    code = ascii_upper(normalize_text_digits(raw))
    if _still_typing(code, CREDIT_CODE_CHARSET, 18):
        return FieldState(HINT, QCoreApplication.translate("IntakeWizard", "已输入 {n} 位，应为 18 位").format(
            n=len(code)))
    try:
        info = parse_credit_code(raw, field="")
    except ValidationError as exc:
        return FieldState(BAD, exc.reason)
    about = "·".join(x for x in (info.authority, info.org_type) if x) or QCoreApplication.translate(
        "IntakeWizard", "代码有效")
    return FieldState(OK, "；".join([about, *info.warnings]))


def phone_state(raw: str) -> FieldState | None:
    if not raw.strip():
        return None
    number = normalize_text_digits(raw)
    if number.startswith("1") and _still_typing(number, "0123456789", 11):
        return FieldState(HINT, QCoreApplication.translate("IntakeWizard", "已输入 {n} 位，手机号码应为 11 位").format(
            n=len(number)))
    try:
        info = parse_phone(raw, field="")
    except ValidationError as exc:
        return FieldState(BAD, exc.reason)
    if info.kind == "mobile":
        about = QCoreApplication.translate("IntakeWizard", "手机") + (f"·{info.carrier}" if info.carrier else "")
    else:
        about = QCoreApplication.translate("IntakeWizard", "固定电话 {number}").format(number=info.number)
    return FieldState(OK, "；".join([about, *info.warnings]))


def amount_state(raw: str) -> FieldState | None:
    if not raw.strip():
        return None
    try:
        fen = parse_amount_fen(raw, "")
    except ValidationError as exc:
        return FieldState(BAD, exc.reason)
    assert fen is not None
    return FieldState(OK, f"{yuan_figures(fen)}（{yuan_in_words(fen)}）")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _field_label(path: str, fallback: str) -> str:
    """``summary 纠纷主要事实`` → ``纠纷主要事实``: the service names the field in both forms."""
    _code, _sep, label = path.partition(" ")
    return label or fallback


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

    def __init__(self, ctx: ServiceContext, dispute_page: DisputePage) -> None:
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
            ui.role_combo.addItem(role.label, role.value)
        for kind in PartyKind:
            ui.kind_combo.addItem(kind.label, kind.value)
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
        role = PartyRole.of(data.role).label
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
                dispute[path] = f"{_field_label(error.field, path)}：{error.reason}"
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
        parts = [f"<h3>{e(self.tr('纠纷'))}</h3><table>{''.join(rows)}</table><h3>{e(self.tr('当事人'))}</h3><ol>"]
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
        parts.append(f"</ol><h3>{e(self.tr('调解员'))}</h3>")
        mediators, accepted = self.mediators_page.choice()
        names = [self.mediators_page.names[m] for m in mediators]
        lead = self.tr("{name}（主持）").format(name=names[0]) if names else ""
        parts.append(e("、".join([lead, *names[1:]]) if names else self.tr("暂不指派")))
        if accepted:
            parts.append(e(self.tr("；{day} 接受委派，自该日起计算调解期限").format(day=accepted.isoformat())))
        return "".join(parts)
