"""Roles and privacy: demo data, statistics, white papers and ledgers are checked against the role; a mediator
(who may not unmask) prints a 送达地址确认书 with the phone masked while a judge's shows it whole; and the
``fuyuan`` command writes the same scrubbed log as the workbench, naming the command but never its arguments."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import cli_runner
import pytest
from conftest import TODAY, intake_input, make_id_number, person
from pypdf import PdfReader

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.errors import PermissionDeniedError
from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.case_papers import print_address_confirmation
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.linkage.ledgers import build_ledger, export_ledger
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import print_white_paper
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

PASSWORD = "password-of-2026"
PHONE = "13904381234"


@pytest.fixture
def store(paths: DataPaths) -> DataPaths:
    made = accounts.create_protected_store(paths, "管理员", PASSWORD)
    for name, role in (("王法官", "judge"), ("赵调解员", "mediator")):
        accounts.add_user(made.ctx, name, role, PASSWORD)
    made.ctx.db.close()
    return paths


def _as(paths: DataPaths, name: str) -> Workspace:
    ctx = accounts.login(paths, name, PASSWORD)
    ctx.today = lambda: TODAY
    return ctx


@pytest.mark.slow
def test_demo_reports_and_ledgers_follow_the_roles(store: DataPaths, tmp_path: Path) -> None:
    mediator = _as(store, "赵调解员")
    with pytest.raises(PermissionDeniedError, match="生成演示数据"):
        generate_demo(mediator, disputes=3)
    with pytest.raises(PermissionDeniedError):
        statistics(mediator)
    with pytest.raises(PermissionDeniedError):
        build_ledger(mediator, "admin")
    with pytest.raises(PermissionDeniedError):
        export_ledger(mediator, "admin", tmp_path / "台账.xlsx")
    with pytest.raises(PermissionDeniedError):
        print_white_paper(mediator, 2026, tmp_path / "白皮书.pdf")
    assert not (tmp_path / "台账.xlsx").exists() and not (tmp_path / "白皮书.pdf").exists()
    judge = _as(store, "王法官")
    with pytest.raises(PermissionDeniedError):
        generate_demo(judge, disputes=3)
    assert statistics(judge) is not None
    export_ledger(judge, "admin", tmp_path / "台账.xlsx")
    assert generate_demo(_as(store, "管理员"), disputes=3, seed=1).disputes == 3


def _text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.slow
def test_a_mediator_prints_the_address_confirmation_with_the_phone_masked(store: DataPaths, tmp_path: Path) -> None:
    judge = _as(store, "王法官")
    case = intake_dispute(judge, intake_input(person("张三", seq=1, phone=PHONE), person("李四", "被申请人", seq=2)))
    mediator = _as(store, "赵调解员")
    masked = print_address_confirmation(mediator, case.number, out=tmp_path / "mediator.pdf")
    text = _text(masked.path)
    assert PHONE not in text and "139****1234" in text
    whole = print_address_confirmation(judge, case.number, out=tmp_path / "judge.pdf")
    assert PHONE in _text(whole.path)


@pytest.mark.slow
def test_the_command_line_logs_like_the_workbench_without_personal_data(tmp_path: Path) -> None:
    root = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="书记员")
    intake = tmp_path / "case.json"
    wrong_id = make_id_number(7, birth="19880606")[:-1] + ("0" if make_id_number(7)[-1] != "0" else "1")
    intake.write_text('{"category": "邻里纠纷", "summary": "漏水", "parties": ['
                      f'{{"role": "申请人", "kind": "person", "name": "张三", "id_number": "{wrong_id}",'
                      f' "phone": "{PHONE}"}}, {{"role": "被申请人", "kind": "person", "name": "李四"}}]}}',
                      encoding="utf-8")
    for argv in (("case", "list"), ("case", "intake", "--from", str(intake)), ("case", "search", PHONE)):
        cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(root), *argv], env=env,
                       capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    log = (root / "logs" / "fuyuan.log").read_text(encoding="utf-8")
    assert "command fuyuan case list" in log and "command fuyuan case search" in log
    assert "refused: InputErrors" in log
    assert PHONE not in log and wrong_id not in log and "张三" not in log
    assert date.today().year > 2000  # the log carries its own timestamps; nothing else to check here
