"""``fuyuan demo`` writes into the demo workspace (``<data>/demo``); into the data folder's own store only with
``--into-this-store``, and never into a store with real cases, accounts and encryption, or an enrollment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import cli_runner
import pytest
from conftest import make_id_number

pytestmark = pytest.mark.subprocess

ADMIN_PW = "管理员的密码-2026"


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {k: v for k, v in os.environ.items()
                    if k not in {"FUYUAN_DATA_DIR", "FUYUAN_USER", "FUYUAN_PASSWORD"}}
        self.env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="测试书记员")

    def __call__(self, *args: str, data_dir: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
        folder = str(data_dir or self.data_dir)
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", folder, *args],
                              capture_output=True, text=True, encoding="utf-8", env={**self.env, **env},
                              timeout=180, check=False, stdin=subprocess.DEVNULL)

    def json(self, *args: str, **kwargs: Any) -> Any:
        done = self(*args, "--json", **kwargs)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


def _case_count(cli: Cli, *args: str, **kwargs: Any) -> int:
    return int(cli.json(*args, "case", "list", "--limit", "500", **kwargs).__len__())


@pytest.mark.slow
def test_demo_goes_into_the_demo_workspace_and_says_where(cli: Cli) -> None:
    done = cli("demo", "--disputes", "8", "--seed", "4")
    assert done.returncode == 0, done.stderr
    demo = cli.data_dir / "demo"
    assert f"写入：{demo}" in done.stdout and "演示工作区" in done.stdout and "fuyuan --demo" in done.stdout
    assert (demo / "fuyuan.sqlite3").exists() and (demo / "DEMO-WORKSPACE.txt").exists()
    assert not (cli.data_dir / "fuyuan.sqlite3").exists(), "the data folder's own store is not touched"
    # later commands reach it with the global --demo, or with the folder itself
    assert _case_count(cli, "--demo") == 8
    assert _case_count(cli, data_dir=demo) == 8
    assert _case_count(cli) == 0
    again = cli.json("demo", "--disputes", "3", "--seed", "5")  # more demo data into the demo workspace: fine
    assert again["data_dir"] == str(demo) and again["demo_workspace"] is True
    assert _case_count(cli, "--demo") == 11


@pytest.mark.slow
def test_demo_never_sends_the_demo_workspace_to_the_court(cli: Cli, tmp_path: Path) -> None:
    assert cli("demo", "--disputes", "2").returncode == 0
    refused = cli("--demo", "device", "request", "--out", str(tmp_path / "req.json"))
    assert refused.returncode != 0 and "演示工作区" in refused.stderr
    assert not (tmp_path / "req.json").exists()


@pytest.mark.slow
def test_into_this_store_only_into_an_empty_plain_store(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").returncode == 0
    made = cli("demo", "--into-this-store", "--disputes", "3")
    assert made.returncode == 0, made.stderr
    assert f"写入：{cli.data_dir}\n" in made.stdout + "\n" and _case_count(cli) == 3
    # now it holds cases: a second run is refused, however explicit
    refused = cli("demo", "--into-this-store", "--disputes", "3")
    assert refused.returncode == 2 and "已有 3 件案件" in refused.stderr and "演示工作区" in refused.stderr
    assert _case_count(cli) == 3


@pytest.mark.slow
def test_into_this_store_refuses_a_store_with_a_real_case(cli: Cli, tmp_path: Path) -> None:
    intake = tmp_path / "case.json"
    intake.write_text(json.dumps({
        "category": "邻里纠纷", "summary": "楼上漏水",
        "parties": [
            {"role": "申请人", "kind": "person", "name": "张三", "id_number": make_id_number(1)},
            {"role": "被申请人", "kind": "person", "name": "李四", "id_number": make_id_number(2)},
        ],
    }, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "intake", "--from", str(intake)).returncode == 0
    refused = cli("demo", "--into-this-store", "--disputes", "5")
    assert refused.returncode == 2 and "已有 1 件案件" in refused.stderr
    assert _case_count(cli) == 1


@pytest.mark.slow
def test_into_this_store_refuses_a_protected_store_but_the_demo_workspace_still_works(cli: Cli) -> None:
    assert cli("init", "--admin", "管理员", FUYUAN_PASSWORD=ADMIN_PW).returncode == 0
    refused = cli("demo", "--into-this-store", "--disputes", "5", "--user", "管理员", FUYUAN_PASSWORD=ADMIN_PW)
    assert refused.returncode == 2 and "加密" in refused.stderr
    assert _case_count(cli, "--user", "管理员", FUYUAN_PASSWORD=ADMIN_PW) == 0
    plain = cli("demo", "--disputes", "4")  # the demo workspace has no accounts: no login asked
    assert plain.returncode == 0, plain.stderr
    assert _case_count(cli, "--demo") == 4
