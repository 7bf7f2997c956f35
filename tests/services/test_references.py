"""References that cannot miss: a blank reference, or one that normalises to nothing, acts on no case —
in the services (every lookup goes through ``resolve_case_id``) and in the ``fuyuan`` command (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import cli_runner
import pytest
from conftest import audit_length
from hypothesis import given, settings
from hypothesis import strategies as st

from fuyuan_desktop.domain.case_numbers import case_reference, number_search_key
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.followup import record_reply
from fuyuan_desktop.services.recommendations import mark_sent
from fuyuan_desktop.services.workflow import set_status
from fuyuan_desktop.services.workspace import Workspace

BLANK = ["", " ", "\u3000", "号", "()", "（）", "（ ）号", "\t\n", "-", "()号"]


@pytest.mark.parametrize("ref", BLANK)
def test_blank_references_are_refused_before_any_lookup(ctx: Workspace, register: Callable[..., IntakeResult],
                                                       ref: str) -> None:
    made = register()
    events = audit_length(ctx.db)
    with pytest.raises(ValidationError) as refused:
        set_status(ctx, ref, "已退回")
    assert refused.value.field == "案件编号"
    with pytest.raises(ValidationError):
        get_case(ctx, ref)
    with pytest.raises(ValidationError):
        mark_sent(ctx, ref, ctx.today())
    with pytest.raises(ValidationError):
        record_reply(ctx, ref, ctx.today(), "已整改", "采纳")
    assert audit_length(ctx.db) == events
    assert get_case(ctx, made.number).summary.status != "已退回"


@given(st.text(max_size=12))
@settings(max_examples=300, deadline=None)
def test_a_reference_is_accepted_only_if_something_of_it_remains(text: str) -> None:
    key = number_search_key(text.strip())
    if any(ch.isalnum() for ch in key):
        assert case_reference(text) == text.strip()
    else:
        with pytest.raises(ValidationError):
            case_reference(text)


@pytest.mark.slow
def test_cli_case_status_with_an_empty_reference_exits_2_and_changes_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER="书记员", PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def fuyuan(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(tmp_path / "d"), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)

    assert fuyuan("demo", "--disputes", "5").returncode == 0
    before = fuyuan("case", "list", "--json").stdout
    history = fuyuan("audit", "verify", "--json").stdout
    for ref in ("", " ", "号", "()"):
        done = fuyuan("case", "status", ref, "已退回")
        assert done.returncode == 2, done.stderr
        assert "案件编号" in done.stderr and "不能为空" in done.stderr
    assert fuyuan("case", "list", "--json").stdout == before
    assert fuyuan("audit", "verify", "--json").stdout == history
