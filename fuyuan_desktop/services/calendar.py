"""The official calendars: the State Council's holiday arrangement of each year, imported by a court (or pushed by
the hub), and what deadlines computed on a year without one are: 推定 (presumed) until it is imported.

Import format (docs and README, 官方节假日安排): a .csv with the columns 日期, 类型 (休 or 班), 名称 — or a .json
list of ``{"date": "2027-02-06", "kind": "休", "name": "春节"}`` (also under a ``"days"`` key). Only the days that
differ from an ordinary week are listed: the holidays, and the weekend days that are working days (调休上班).
An import replaces the whole of each year it names, and moves the stored deadlines that fall in those years.
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.calendar import (
    PRESUMED,
    HolidayCalendar,
    OfficialDay,
    ScheduleError,
    days_from_json,
    days_to_json,
    parse_schedule,
    shipped_year,
)
from fuyuan_desktop.domain.deadlines import mediation_deadline, recommendation_reply_due
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute, OfficialCalendar, Recommendation

_HEADERS = {"日期": "date", "类型": "kind", "名称": "name", "date": "date", "kind": "kind", "name": "name"}
_OPEN = ("registered", "assigned", "mediating")


@dataclass(frozen=True)
class CalendarYear:
    """One year as ``calendar show`` prints it."""

    year: int
    official: bool
    source: str  # imported | hub | shipped | presumed
    source_label: str
    note: str
    days: tuple[OfficialDay, ...]


@dataclass(frozen=True)
class MovedDeadline:
    what: str  # 司法建议书 宁法建〔2026〕3号 / 案件 临-开发区-…
    old: date
    new: date


@dataclass(frozen=True)
class CalendarImport:
    years: tuple[int, ...]
    days: int
    moved: tuple[MovedDeadline, ...]


def calendar_id(year: int) -> str:
    # Every laptop and the hub give one year the same id: the same year imported twice is one row that merges.
    return uuid.uuid5(uuid.NAMESPACE_URL, f"fuyuan:calendar/{year}").hex


def _read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    if not path.exists():
        raise ValidationError("文件", f"找不到文件 {path}", field="file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = [[cell.strip() for cell in row] for row in csv.reader(handle)]
        numbered = [(i, row) for i, row in enumerate(table, start=1) if any(row)]
        if not numbered:
            raise ValidationError("文件", "文件是空的", field="file")
        header = [_HEADERS.get(h, h) for h in numbered[0][1]]
        missing = [label for label, key in (("日期", "date"), ("类型", "kind"), ("名称", "name")) if key not in header]
        if missing:
            raise ValidationError("第 1 行（表头）", f"缺少列：{'、'.join(missing)}；应有：日期、类型、名称")
        return [(i, {key: (row[j] if j < len(row) else "") for j, key in enumerate(header)}) for i, row in numbered[1:]]
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValidationError("文件", f"不是有效的 JSON：{exc}", field="file") from None
        items = data.get("days") if isinstance(data, Mapping) else data
        if not isinstance(items, list):
            raise ValidationError("文件", "JSON 应为日期条目的列表（或含 days 列表的对象）", field="file")
        rows = []
        for i, item in enumerate(items, start=1):
            if not isinstance(item, Mapping):
                item = {}
            rows.append((i, {key: str(item.get(k, "") or "") for k, key in _HEADERS.items() if k in item}))
        return rows
    raise ValidationError("文件", f"只接受 .csv 或 .json 文件，实为「{path.suffix or path.name}」", field="file")


def _error(exc: ScheduleError, json_file: bool) -> ValidationError:
    where = f"第 {exc.row} 条" if json_file else f"第 {exc.row} 行"
    return ValidationError(f"{where}「{exc.column}」列", exc.reason)


def import_calendar(ctx: Workspace, path: Path, *, note: str = "") -> CalendarImport:
    """Import the official arrangement(s) in ``path``: all years or none. Stored deadlines falling in an imported
    year (open cases' mediation periods, unanswered 司法建议 replies) are computed again on the new calendar."""
    require(ctx, "registry.edit")
    rows = _read_rows(path)
    if not rows:
        raise ValidationError("文件", "没有日期条目", field="file")
    years, problems = parse_schedule(rows)
    if problems:
        raise InputErrors([_error(p, path.suffix.lower() == ".json") for p in problems])
    ref = ctx.reference
    overrides = raw_reference(ctx.db)["holiday_overrides"]
    moved: list[MovedDeadline] = []
    with ctx.db.write(ctx.actor, f"官方节假日安排：导入 {'、'.join(str(y) for y in sorted(years))} 年") as session:
        from fuyuan_desktop.store.sync_models import SyncKey

        # imported at the hub, the schedule travels to every laptop with its receipts and reads 中院下发 there
        source = "hub" if session.get(SyncKey, "hub") is not None else "imported"
        for year, days in years.items():
            row = session.get(OfficialCalendar, calendar_id(year))
            if row is None:
                row = OfficialCalendar(id=calendar_id(year), year=year)
            row.days_json, row.source, row.note, row.deleted = days_to_json(days), source, note[:200], False
            session.add(row)
        current = {r.year: days_from_json(r.days_json)
                   for r in session.scalars(select(OfficialCalendar).where(~col(OfficialCalendar.deleted)))}
        cal = HolidayCalendar.from_dict(overrides, {**current, **years})
        start = date(min(years), 1, 1)
        for rec in session.scalars(select(Recommendation).where(
                col(Recommendation.sent_on).is_not(None), col(Recommendation.reply_on).is_(None),
                col(Recommendation.reply_due) >= start, ~col(Recommendation.deleted))):
            assert rec.sent_on is not None and rec.reply_due is not None
            rules = replace(ref.deadline_rules, recommendation_reply_months=rec.reply_months)
            new = recommendation_reply_due(rec.sent_on, cal, rules)
            if new != rec.reply_due:
                moved.append(MovedDeadline(f"司法建议书 {rec.number} 反馈期限", rec.reply_due, new))
                rec.reply_due = new
                session.add(rec)
        for case in session.scalars(select(Dispute).where(
                col(Dispute.accepted_on).is_not(None), col(Dispute.due_on) >= start,
                col(Dispute.status).in_(_OPEN), ~col(Dispute.deleted))):
            assert case.accepted_on is not None and case.due_on is not None
            new = mediation_deadline(case.accepted_on, cal, ref.deadline_rules, extension_days=case.extension_days,
                                     paused_days=case.paused_days)
            if new != case.due_on:
                moved.append(MovedDeadline(f"案件 {case.official_number or case.provisional_number} 调解期限",
                                           case.due_on, new))
                case.due_on = new
                session.add(case)
    ctx.refresh_reference()
    return CalendarImport(tuple(sorted(years)), sum(len(d) for d in years.values()), tuple(moved))


def show_calendar(ctx: Workspace, year: int) -> CalendarYear:
    """The arrangement of ``year`` in force here, and whether it is official or presumed."""
    if not 1990 <= year <= 2100:
        raise ValidationError("年份", f"「{year}」不是有效年份", field="year")
    cal = ctx.reference.calendar
    with ctx.db.read() as session:
        row = session.get(OfficialCalendar, calendar_id(year))
        row = row if row is not None and not row.deleted else None
    if row is not None:
        source = row.source
        label = f"官方（{'中院下发' if source == 'hub' else '本院导入'}，{row.updated_at:%Y-%m-%d}）"
    elif shipped_year(year):
        source, label = "shipped", "官方（随程序提供）"
    else:
        source, label = "presumed", f"{PRESUMED}：国务院安排尚未导入，按周末和通常的法定节日推算，不含调休"
    return CalendarYear(year, cal.is_official(year), source, label, row.note if row else "",
                        tuple(cal.year_days(year)))


def export_calendar(ctx: Workspace, year: int, out: Path) -> int:
    """One year's arrangement in force here as the .csv (日期、类型、名称) or .json that ``import_calendar`` reads: what
    the court imported or the hub sent, to check in a spreadsheet or carry to a device without sync. A year
    without an official arrangement is refused: a presumed schedule must not travel as if it were official."""
    shown = show_calendar(ctx, year)
    if shown.source == "presumed":
        raise ValidationError("年份", f"{year} 年的官方安排尚未导入：没有可导出的官方安排", field="year")
    suffix = out.suffix.lower()
    rows = [(d.day.isoformat(), "班" if d.workday else "休", d.name) for d in shown.days]
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(("日期", "类型", "名称"))
            writer.writerows(rows)
    elif suffix == ".json":
        days = [{"date": day, "kind": kind, "name": name} for day, kind, name in rows]
        out.write_text(json.dumps({"year": year, "note": shown.note, "days": days}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
    else:
        raise ValidationError("文件", f"只能导出为 .csv 或 .json，实为「{out.suffix or out.name}」", field="out")
    return len(rows)


def presumed(ctx: Workspace, due: date | None, since: date | None = None) -> bool:
    """Whether a deadline rests on a year without an official arrangement (shown 推定)."""
    return due is not None and ctx.reference.calendar.presumed(due, since)


def marked(ctx: Workspace, due: date | None, since: date | None = None) -> str:
    """A deadline as text, 「（推定）」 after it when it rests on a presumed year; "" for none."""
    return "" if due is None else ctx.reference.calendar.mark(due, since)
