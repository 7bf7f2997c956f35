"""What the hub checks on every received row before applying it; a failure quarantines that row only."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import BigInteger, String, Table, Text, TypeDecorator

from fuyuan_desktop.domain.enums import DisputeCategory, DisputeStatus
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.hlc import parse_stamp
from fuyuan_desktop.domain.identifiers import parse_credit_code, parse_id_number
from fuyuan_desktop.store.types import UTCDateTime

_ID = re.compile(r"^[0-9a-f]{32}$")


def _party(row: dict[str, Any], today: date) -> str | None:
    if row.get("id_number"):
        parse_id_number(str(row["id_number"]), today=today, field="身份证号码")
    if row.get("credit_code"):
        parse_credit_code(str(row["credit_code"]))
    return None


_CATEGORIES = frozenset(c.value for c in DisputeCategory)
_STATUSES = frozenset(s.value for s in DisputeStatus)


def _dispute(row: dict[str, Any], _today: date) -> str | None:
    if row.get("category") not in _CATEGORIES:
        return f"纠纷类型「{row.get('category')}」无效"
    if row.get("status") not in _STATUSES:
        return f"案件状态「{row.get('status')}」无效"
    return None


DOMAIN_RULES = {"party": _party, "dispute": _dispute}


@lru_cache(maxsize=128)
def _column_checks(table: Table) -> tuple[tuple[str, bool, type | None, int, int, bool], ...]:
    """Per column: (name, nullable, python type, max length or 0, integer bound or 0, is a UTC timestamp),
    worked out once."""
    checks = []
    for column in table.columns:
        kind = _sql_type(column)
        python_type = _python_type(column)
        length = kind.length if isinstance(kind, String) and kind.length else 0
        bound = (2**63 if isinstance(kind, BigInteger) else 2**31) if python_type is int else 0
        checks.append((column.name, bool(column.nullable), python_type, length, bound,
                       isinstance(column.type, UTCDateTime)))
    return tuple(checks)


def check_row(table: Table, row: dict[str, Any], today: date) -> str | None:
    """The reason this row may not be applied, or ``None``. Generic checks first, then the table's own rules."""
    if not isinstance(row.get("id"), str) or not _ID.match(row["id"]):
        return "记录编号格式不对"
    try:
        parse_stamp(str(row.get("hlc", "")))
    except ValueError:
        return "修改时间戳（HLC）格式不对"
    for name, nullable, python_type, length, bound, stamp in _column_checks(table):
        value = row.get(name)
        if value is None:
            if not nullable:
                return f"字段 {name} 不能为空"
            continue
        if python_type is str:  # the common case first; same checks, same order as below
            if type(value) is not str and not isinstance(value, str):
                return f"字段 {name} 类型不对"
            if length and len(value) > length:
                return f"字段 {name} 超长（{len(value)} > {length}）"
            if "\x00" in value:
                return f"字段 {name} 含有空字符"
            continue
        if stamp:
            if getattr(value, "tzinfo", None) is None:
                return f"字段 {name} 的时间缺少时区"
            continue
        if python_type is not None and not isinstance(value, python_type):
            return f"字段 {name} 类型不对"
        if bound and not isinstance(value, bool) and not -bound <= value < bound:
            return f"字段 {name} 数值超出范围"
    rule = DOMAIN_RULES.get(table.name)
    if rule is None:
        return None
    try:
        return rule(row, today)
    except ValidationError as exc:
        return str(exc)


def _sql_type(column: Any) -> Any:
    """The underlying SQL type (SQLModel wraps strings in a TypeDecorator)."""
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _python_type(column: Any) -> type | None:
    if isinstance(_sql_type(column), String | Text):
        return str
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    if kind is int:
        return int
    if kind is str:
        return str
    if kind is bool:
        return bool
    return None
