"""Intake fields checked as typed: ID numbers, credit codes, phones and amounts, with the reason shown beside them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from fuyuan_desktop.domain.errors import ValidationError
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
from fuyuan_desktop.services.intake import (
    parse_amount_fen,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.error_words import error_reason, message_text

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


def id_number_state(raw: str, ctx: Workspace) -> FieldState | None:
    if not raw.strip():
        return None
    number = ascii_upper(normalize_text_digits(raw))
    if len(number) != 15 and _still_typing(number, "0123456789", 18):
        return FieldState(HINT, QCoreApplication.translate("IntakeWizard", "已输入 {n} 位，应为 18 位").format(
            n=len(number)))
    try:
        info = parse_id_number(raw, today=ctx.today(), field="", known_regions=ctx.reference.divisions)
    except ValidationError as exc:
        return FieldState(BAD, error_reason(exc))
    born = info.birth_date
    parts = [QCoreApplication.translate("IntakeWizard", "{sex}，{y}年{m}月{d}日出生（{age}岁）").format(
        sex=info.sex, y=born.year, m=born.month, d=born.day, age=age_on(born, ctx.today()))]
    if info.kind != ID_KIND_CITIZEN:
        parts.append(info.kind)
    return FieldState(OK, "；".join(parts + [message_text(w) for w in info.warnings]))


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
        return FieldState(BAD, error_reason(exc))
    about = "·".join(x for x in (info.authority, info.org_type) if x) or QCoreApplication.translate(
        "IntakeWizard", "代码有效")
    return FieldState(OK, "；".join([about, *(message_text(w) for w in info.warnings)]))


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
        return FieldState(BAD, error_reason(exc))
    if info.kind == "mobile":
        about = QCoreApplication.translate("IntakeWizard", "手机") + (f"·{info.carrier}" if info.carrier else "")
    else:
        about = QCoreApplication.translate("IntakeWizard", "固定电话 {number}").format(number=info.number)
    return FieldState(OK, "；".join([about, *(message_text(w) for w in info.warnings)]))


def amount_state(raw: str) -> FieldState | None:
    if not raw.strip():
        return None
    try:
        fen = parse_amount_fen(raw, "")
    except ValidationError as exc:
        return FieldState(BAD, error_reason(exc))
    assert fen is not None
    return FieldState(OK, f"{yuan_figures(fen)}（{yuan_in_words(fen)}）")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def field_label(path: str, fallback: str) -> str:
    """``summary 纠纷主要事实`` → ``纠纷主要事实``: the service names the field in both forms."""
    _code, _sep, label = path.partition(" ")
    return label or fallback
