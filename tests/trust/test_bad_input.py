"""Bad input, proven: hostile strings, amounts and dates into every write service and the CLI give a
specific error or a clean save — never a crash, never half a write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import cli_runner
import pytest
from conftest import make_id_number, table_counts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.domain.identifiers import id_check_char
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.sessions import save_record, schedule_session
from fuyuan_desktop.services.workflow import add_mediator, close_case, set_official_number, set_status
from fuyuan_desktop.services.workspace import Workspace

MEGABYTE = "调" * (1024 * 1024 // 3 + 1)  # a little over 1 MB of UTF-8
RARE_CJK = "".join(chr(c) for c in (0x20000, 0x2A700, 0x2B740, 0x2B820, 0x2CEB0, 0x30000, 0x31350))  # Ext B–H
HOSTILE = [
    MEGABYTE, "\x00\x01\x07\x1b[31m\x7f", "😀👨‍👩‍👧‍👦🇨🇳", RARE_CJK, "שלום مرحبا \u202eevil\u202c",
    "'; DROP TABLE dispute; --", "\" OR 1=1 --", "%_\\", "\ud800"[:0] + "\ufeff\u200b", "  ", "",
    "张三\n李四\r\n", "a" * 201,
]
AMOUNTS = ["-1", "-0.01", "1e9", "NaN", "inf", "３０００", "3,000.555", "0x10", "", "99999999999999999999", "3000"]


def _impossible_id(kind: str) -> str:
    body = {"feb30": "22070219850230001", "future": "22070220991231001", "month13": "22070219851301001",
            "short": "2207021985", "letters": "22070219850312ABC"}[kind]
    return body + id_check_char(body) if len(body) == 17 and body.isdigit() else body


text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300))
amount = st.one_of(st.none(), st.sampled_from(AMOUNTS), st.text(max_size=20))
id_number = st.one_of(st.just(""), st.sampled_from(["feb30", "future", "month13", "short", "letters"]).map(
    _impossible_id), st.integers(0, 999).map(make_id_number), st.text(max_size=25))
phone = st.one_of(st.just(""), st.sampled_from(["13843800001", "1384380000", "+86 138 4380 0001", "0438-1234567",
                                                  "２３４", "138438000011111"]), st.text(max_size=20))
dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


def _must_not_half_write(ctx: Workspace, action: Any) -> Any:
    """Run ``action``: a FuyuanError leaves every table exactly as it was; anything else is a bug."""
    before = table_counts(ctx.db)
    try:
        return action()
    except FuyuanError as exc:
        assert str(exc)  # a message for the user
        assert table_counts(ctx.db) == before
        return None


@SLOW
@given(summary=text, name=text, address=text, claims=text, amount=amount, id_number=id_number, phone=phone,
       registered_on=dates, place=text)
def test_intake_takes_hostile_input_or_refuses_it_cleanly(ctx: Workspace, summary: str, name: str,
                                                          address: str, claims: str, amount: str | None,
                                                          id_number: str, phone: str, registered_on: date | None,
                                                          place: str) -> None:
    data = IntakeInput(category="邻里纠纷", summary=summary, claims=claims, amount=amount, place=place,
                       registered_on=registered_on, parties=[
                           PartyInput(role="申请人", kind="person", name=name, id_number=id_number, phone=phone,
                                      address=address),
                           PartyInput(role="被申请人", kind="person", name="李四")])
    made = _must_not_half_write(ctx, lambda: intake_dispute(ctx, data))
    if made is not None:
        assert made.number


def test_specific_messages_for_the_classic_mistakes(ctx: Workspace) -> None:
    def reasons(**party: str) -> str:
        data = IntakeInput(category="邻里纠纷", summary="漏水", parties=[
            PartyInput(role="申请人", kind="person", name=party.pop("name", "张三"), **party),
            PartyInput(role="被申请人", kind="person", name="李四")])
        with pytest.raises(FuyuanError) as caught:
            intake_dispute(ctx, data)
        return str(caught.value)

    assert "身份证" in reasons(id_number=_impossible_id("feb30"))
    assert "身份证" in reasons(id_number=_impossible_id("future"))
    assert "电话" in reasons(phone="1384380000")
    assert reasons(name=MEGABYTE)
    with pytest.raises(FuyuanError, match="金额"):
        intake_dispute(ctx, IntakeInput(category="邻里纠纷", summary="漏水", amount="-1", parties=[
            PartyInput(role="申请人", kind="person", name="张三"), PartyInput(role="被申请人", kind="person", name="李四")]))


@SLOW
@given(record=text)
def test_record_autosave_keeps_any_text_exactly(ctx: Workspace, register: Any, record: str) -> None:
    case = ctx.__dict__.setdefault("_case", register())
    sitting = ctx.__dict__.setdefault("_sitting", schedule_session(ctx, case.number, datetime(2026, 11, 20, 9, tzinfo=UTC)))
    saved = _must_not_half_write(ctx, lambda: save_record(ctx, sitting, record))
    if saved is not None:
        from fuyuan_desktop.services.sessions import record_of

        assert record_of(ctx, sitting).text == record


@pytest.mark.slow
@SLOW
@given(facts=text, clause=text, obligor=text, amount=amount, deadline=dates, method=text)
def test_agreement_drafts_take_hostile_clauses_or_refuse_cleanly(ctx: Workspace, register: Any, facts: str,
                                                                 clause: str, obligor: str, amount: str | None,
                                                                 deadline: date | None, method: str) -> None:
    case = ctx.__dict__.setdefault("_case", register())
    data = AgreementInput(kind="people", facts=facts, clauses=[
        ClauseInput(obligor=obligor, text=clause, amount=amount, performance_method=method, deadline=deadline)])
    _must_not_half_write(ctx, lambda: draft_agreement(ctx, case.number, data))


@pytest.mark.slow
@SLOW
@given(value=text)
def test_workflow_inputs_refuse_cleanly(ctx: Workspace, register: Any, value: str) -> None:
    case = ctx.__dict__.setdefault("_case", register())
    _must_not_half_write(ctx, lambda: set_official_number(ctx, case.number, value))
    _must_not_half_write(ctx, lambda: set_status(ctx, case.number, value))
    _must_not_half_write(ctx, lambda: close_case(ctx, case.number, value, note=value))
    _must_not_half_write(ctx, lambda: add_mediator(ctx, value, value, organization=value, phone=value))
    _must_not_half_write(ctx, lambda: set_status(ctx, value, "调解中"))


CLI_CASES: list[dict[str, Any]] = [
    {"category": "邻里纠纷", "summary": MEGABYTE, "parties": [{"role": "申请人", "kind": "person", "name": "张三"}]},
    {"category": "邻里纠纷", "summary": "漏水", "amount": "-5", "parties": [
        {"role": "申请人", "kind": "person", "name": "张三"}, {"role": "被申请人", "kind": "person", "name": "李四"}]},
    {"category": "'; DROP TABLE dispute; --", "summary": "漏水", "parties": []},
    {"category": "邻里纠纷", "summary": "漏水", "parties": [
        {"role": "申请人", "kind": "person", "name": "张三", "id_number": _impossible_id("future")},
        {"role": "被申请人", "kind": "person", "name": "\x00\x1b"}]},
    {"category": "邻里纠纷", "summary": "漏水", "registered_on": "2026-02-30", "parties": [
        {"role": "申请人", "kind": "person", "name": "张三"}, {"role": "被申请人", "kind": "person", "name": "李四"}]},
    [1, 2, 3],
]


@pytest.mark.slow
def test_the_cli_answers_hostile_files_with_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER="测试", PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(data), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)

    assert run("init").returncode == 0
    files = []
    for n, case in enumerate(CLI_CASES):
        path = tmp_path / f"bad{n}.json"
        path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    (tmp_path / "broken.json").write_bytes(b"{\"category\": \xff\xfe")
    files.append(tmp_path / "broken.json")
    for path in files:
        done = run("case", "intake", "--from", str(path))
        assert done.returncode == 2, (path.name, done.returncode, done.stderr[-500:])
        assert "Traceback" not in done.stderr and "内部错误" not in done.stderr
    for args in (("case", "show", "'; DROP TABLE dispute; --"), ("case", "list", "--from", "2026-02-30"),
                 ("case", "list", "--limit", "-5"), ("case", "search", "\x01\x1b[2J"), ("case", "status", "X", "😀")):
        done = run(*args)
        assert done.returncode in (0, 2), (args, done.stderr[-500:])
        assert "Traceback" not in done.stderr and "内部错误" not in done.stderr
    assert json.loads(run("case", "list", "--json").stdout) == []
