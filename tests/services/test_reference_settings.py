"""Thresholds and amounts (参考数据项) on a fresh store: set, validate, audit, version; import and export as
.csv/.xlsx with a bad row changing nothing; the services read the values in force."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import TODAY, person
from openpyxl import load_workbook
from sqlalchemy import select

from fuyuan_desktop.domain import settings as domain
from fuyuan_desktop.domain.errors import InputErrors, PermissionDeniedError, ValidationError
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.recommendations import recommendation_prefixes
from fuyuan_desktop.services.reference import (
    COLUMNS,
    export_settings,
    import_settings,
    list_settings,
    set_setting,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AuditEvent, ReferenceSetting

THRESHOLD = "linkage.cluster.min_cases"


def _value(ctx: Workspace, key: str) -> str:
    return next(v.value for v in list_settings(ctx) if v.key == key)


def _events(ctx: Workspace) -> list[AuditEvent]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.entity == "referencesetting")))


def test_every_default_reads_back_from_its_own_text() -> None:
    for spec in domain.DEFINITIONS.values():
        assert domain.check_value(spec, spec.default) == spec.default
        assert domain.parse_text(spec, domain.show_text(spec, spec.default)) == spec.default, spec.key
    assert domain.definition("类案预警阈值").key == THRESHOLD


def test_a_fresh_store_shows_the_defaults_marked_inferred(ctx: Workspace) -> None:
    views = {v.key: v for v in list_settings(ctx)}
    assert set(views) == set(domain.DEFINITIONS)
    threshold = views[THRESHOLD]
    assert (threshold.value, threshold.unit, threshold.label, threshold.inferred, threshold.is_default,
            threshold.version, threshold.where) == ("10", "件", "类案预警阈值", True, True, 0, "默认值")
    assert views["linkage.relief.cap_months"].inferred is False  # the 36 months is a rule, not the app's guess
    assert ctx.reference.settings.number(THRESHOLD) == 10


def test_set_validates_audits_and_versions(ctx: Workspace) -> None:
    change = set_setting(ctx, "类案预警阈值", "8", note="中院通知")
    assert change is not None and change.sentence == "类案预警阈值 10 → 8"
    assert ctx.reference.settings.number(THRESHOLD) == 8  # re-read after the write
    assert linkage_rules(ctx).cluster_min_cases == 8
    view = next(v for v in list_settings(ctx) if v.key == THRESHOLD)
    assert (view.value, view.version, view.inferred, view.source_note, view.updated_by, view.previous) == (
        "8", 1, False, "中院通知", ctx.actor, "10")
    assert set_setting(ctx, THRESHOLD, "8", note="中院通知") is None  # same value: nothing written
    set_setting(ctx, THRESHOLD, "9", inferred=True)
    [first, second] = _events(ctx)
    assert first.action == "修改参考数据项" and first.actor == ctx.actor
    assert json.loads(first.before_json)["value"] == 10 and json.loads(first.after_json)["value"] == 8
    assert {"value": 9, "version": 2, "inferred": True}.items() <= json.loads(second.after_json).items()
    assert next(v for v in list_settings(ctx) if v.key == THRESHOLD).marker == "推定"

    for key, bad, words in [
        (THRESHOLD, "1", "超出允许范围 2–1000件"), (THRESHOLD, "十", "不是整数"), (THRESHOLD, "8.5", "不是整数"),
        (THRESHOLD, "", "不能为空"), ("linkage.cluster.window_days", "5000", "超出允许范围"),
        ("linkage.relief.average_monthly_wage", "220702=7000", "须有“默认”一项"),
        ("linkage.relief.average_monthly_wage", "默认=6500；2207=7000", "不是县区代码"),
        ("linkage.relief.average_monthly_wage", "默认=-1", "金额应大于 0"),
        ("linkage.relief.average_monthly_wage", "默认=6500.001", "最多到分"),
        ("recommendations.prefixes", "吉0702=Ning", "1 至 4 个汉字"),
        ("recommendations.prefixes", "0702=宁", "不是法院代字"),
    ]:
        with pytest.raises(ValidationError, match=words) as caught:
            set_setting(ctx, key, bad)
        assert caught.value.label == domain.DEFINITIONS[key].label and caught.value.field == "value"
    with pytest.raises(ValidationError, match="不是可设置的参考数据项"):
        set_setting(ctx, "linkage.nothing", "3")
    assert ctx.reference.settings.number(THRESHOLD) == 9 and len(_events(ctx)) == 2  # refused ones wrote nothing

    set_setting(ctx, THRESHOLD, None)  # back to the default, still a row (the hub sends it like any other value)
    view = next(v for v in list_settings(ctx) if v.key == THRESHOLD)
    assert (view.value, view.version, view.inferred) == ("10", 3, True)


def test_amounts_and_prefixes_reach_their_services(ctx: Workspace) -> None:
    set_setting(ctx, "上年度职工月平均工资", "默认=6800；220702=7100.50")
    set_setting(ctx, "linkage.relief.cap_months", "24")
    rules = linkage_rules(ctx)
    assert rules.wage_fen("220702") == 710050 and rules.wage_fen("220721") == 680000 and rules.relief_cap_months == 24
    set_setting(ctx, "recommendations.prefixes", "吉07=松中；吉0702=宁江")
    assert recommendation_prefixes(ctx)["prefixes"] == {"吉07": "松中", "吉0702": "宁江"}
    assert recommendation_prefixes(ctx)["format"] == "{prefix}法建〔{year}〕{seq}号"


def test_only_an_administrator_may_change_them(ctx: Workspace) -> None:
    with pytest.raises(PermissionDeniedError, match="管理员"):
        set_setting(ctx.as_actor("书记员甲", role="clerk"), THRESHOLD, "8")
    set_setting(ctx.as_actor("管理员甲", role="admin"), THRESHOLD, "8")
    assert ctx.reference.settings.number(THRESHOLD) == 8


def test_nine_cases_warn_at_threshold_nine_not_at_ten(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    for i in range(9):
        register(person(f"农户{i}", seq=100 + i), person(f"承包方{i}", "被申请人", seq=200 + i),
                 category="土地承包经营权流转纠纷", summary="土地流转费拖欠", place="伯都乡",
                 registered_on=TODAY - timedelta(days=300 - 30 * i))
    ctx.today = lambda: TODAY
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]
    set_setting(ctx, THRESHOLD, "9")
    assert [w.ref["key"] for w in linkage_warnings(ctx) if w.kind == "cluster"] == ["伯都乡"]
    set_setting(ctx, "linkage.cluster.window_days", "200")  # the window too: only six of them are that recent
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips_and_a_bad_row_changes_nothing(ctx: Workspace, tmp_path: Path,
                                                                       suffix: str) -> None:
    set_setting(ctx, THRESHOLD, "8")
    out = tmp_path / f"参考数据{suffix}"
    assert export_settings(ctx, out) == len(domain.DEFINITIONS)
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        rows = [["" if c is None else str(c) for c in r] for r in load_workbook(out).active.iter_rows(values_only=True)]
    assert rows[0] == COLUMNS
    assert rows[1][:7] == [THRESHOLD, "类案预警阈值", "8", "件", "2–1000件", "全市（中院统一）", "否"]
    again = import_settings(ctx, out)
    assert (again.changes, again.rows, again.unchanged) == ([], len(domain.DEFINITIONS), len(domain.DEFINITIONS))

    before = list_settings(ctx)
    events = len(_events(ctx))
    rows[1][2] = "7"  # good
    rows[2][2] = "abc"  # bad: window days
    rows[3][6] = "也许"  # bad: inferred flag
    rows.append(["linkage.nothing", "", "3", "", "", "", "否", "", "", "", ""])
    edited = tmp_path / f"改过{suffix}"
    if suffix == ".csv":
        with edited.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    else:
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(edited)
    with pytest.raises(InputErrors) as caught:
        import_settings(ctx, edited)
    said = [str(e) for e in caught.value.errors]
    assert said[0].startswith("第 3 行「值」列：类案预警时间窗「abc」不是整数")
    assert said[1].startswith("第 4 行「推定」列") and said[2].startswith(f"第 {len(domain.DEFINITIONS) + 2} 行「参考数据项」列")
    assert list_settings(ctx) == before and len(_events(ctx)) == events  # the good row was not applied either

    rows = rows[:-1]
    rows[2][2], rows[3][6] = "180", "否"  # and the 案由 level confirmed: no longer inferred
    if suffix == ".csv":
        with edited.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    else:
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(edited)
    done = import_settings(ctx, edited)
    assert [c.sentence for c in done.changes] == ["类案预警阈值 8 → 7", "类案预警时间窗 365 → 180",
                                                  "类案预警案由级别 3（仅改了推定标记或来源说明）"]
    with ctx.db.read() as session:
        level = session.get(ReferenceSetting, "linkage.cluster.cause_level")
    assert level is not None and level.inferred is False and level.value_json == "3"
