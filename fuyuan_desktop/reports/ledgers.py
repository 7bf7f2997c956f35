"""Ledgers (台账) to Excel with openpyxl, or CSV: real headings, column widths, a frozen header, blanks for gaps."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

Cell = str | int | float | date | None


@dataclass(frozen=True)
class LedgerColumn:
    """A column: heading, width in characters, how to read the cell from a row, and the number format."""

    heading: str
    width: int
    value: Callable[[Any], Cell]
    number_format: str = ""


@dataclass(frozen=True)
class Ledger:
    kind: str
    title: str
    columns: tuple[LedgerColumn, ...]
    rows: Sequence[Any]
    subtitle: str = ""


def cells(ledger: Ledger) -> list[list[Cell]]:
    return [[column.value(row) for column in ledger.columns] for row in ledger.rows]


def _atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_xlsx(ledger: Ledger, path: Path, *, generated_at: datetime) -> int:
    """Write one sheet: title row, subtitle, header (frozen, bold, filled), data; returns the data row count.

    Missing values stay empty cells: a date never stands in for an unknown one.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = ledger.title[:31]
    n = len(ledger.columns)
    sheet.cell(row=1, column=1, value=ledger.title).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(n, 1))
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    note = ledger.subtitle + ("　" if ledger.subtitle else "") + f"导出时间：{generated_at:%Y-%m-%d %H:%M}"
    sheet.cell(row=2, column=1, value=note)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=max(n, 1))
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="DDE5F0")
    for i, column in enumerate(ledger.columns, start=1):
        cell = sheet.cell(row=3, column=i, value=column.heading)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        sheet.column_dimensions[get_column_letter(i)].width = column.width
    for r, values in enumerate(cells(ledger), start=4):
        for i, (column, value) in enumerate(zip(ledger.columns, values, strict=True), start=1):
            if value is None or value == "":
                continue  # a blank cell, never a placeholder
            cell = sheet.cell(row=r, column=i, value=value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif column.number_format:
                cell.number_format = column.number_format
    sheet.freeze_panes = "A4"
    if ledger.rows:
        sheet.auto_filter.ref = f"A3:{get_column_letter(n)}{3 + len(ledger.rows)}"
    sheet.print_title_rows = "3:3"
    out = io.BytesIO()
    book.save(out)
    _atomic(path, out.getvalue())
    return len(ledger.rows)


def write_csv(ledger: Ledger, path: Path) -> int:
    """UTF-8 with BOM (Excel on Windows opens it as Chinese), header row first; blanks stay blank."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([c.heading for c in ledger.columns])
    for values in cells(ledger):
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in values])
    _atomic(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return len(ledger.rows)
