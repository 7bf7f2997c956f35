"""``fuyuan init --admin``, ``--user``, ``fuyuan user`` and ``fuyuan backup`` as real subprocesses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import cli_runner
import pytest
from conftest import make_id_number

ADMIN_PW = "管理员的密码-2026"
JUDGE_PW = "judge-password-1"


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {k: v for k, v in os.environ.items()
                    if k not in {"FUYUAN_DATA_DIR", "FUYUAN_USER", "FUYUAN_PASSWORD"}}
        self.env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(self.data_dir), *args],
                              capture_output=True, text=True, encoding="utf-8", env={**self.env, **env},
                              timeout=120, check=False, stdin=subprocess.DEVNULL)

    def json(self, *args: str, **env: str) -> Any:
        done = self(*args, "--json", **env)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


def _intake(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({
        "category": "邻里纠纷", "summary": "楼上漏水",
        "parties": [
            {"role": "申请人", "kind": "person", "name": "张三", "id_number": make_id_number(1), "phone": "13843800001"},
            {"role": "被申请人", "kind": "person", "name": "李四", "id_number": make_id_number(2)},
        ],
    }, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.slow
def test_init_admin_then_every_command_logs_in(cli: Cli, tmp_path: Path) -> None:
    done = cli("init", "--admin", "管理员", FUYUAN_PASSWORD=ADMIN_PW)
    assert done.returncode == 0, done.stderr
    assert "数据库已加密" in done.stdout
    key = re.search(r"恢复密钥.*\n\s+([A-Z0-9]{4}(?:-[A-Z0-9]{4}){7})", done.stdout)
    assert key, done.stdout
    assert ADMIN_PW not in done.stdout + done.stderr
    # no user named: a clear refusal, exit 3
    done = cli("case", "list")
    assert done.returncode == 3 and "--user" in done.stderr
    # wrong password
    done = cli("case", "list", "--user", "管理员", FUYUAN_PASSWORD="wrong-password")
    assert done.returncode == 3 and "不正确" in done.stderr
    # the admin adds a judge; the judge takes in a case; the admin may not
    done = cli("user", "add", "王法官", "--role", "法官", "--user", "管理员",
               FUYUAN_PASSWORD=ADMIN_PW, FUYUAN_NEW_PASSWORD=JUDGE_PW)
    assert done.returncode == 0, done.stderr
    done = cli("case", "intake", "--from", str(_intake(tmp_path)), "--user", "管理员", FUYUAN_PASSWORD=ADMIN_PW)
    assert done.returncode == 4 and "无权登记案件" in done.stderr
    made = cli.json("case", "intake", "--from", str(_intake(tmp_path)), FUYUAN_USER="王法官", FUYUAN_PASSWORD=JUDGE_PW)
    found = cli.json("case", "search", "张三", FUYUAN_USER="王法官", FUYUAN_PASSWORD=JUDGE_PW)
    assert [r["number"] for r in found] == [made["number"]]
    users = cli.json("user", "list", "--user", "管理员", FUYUAN_PASSWORD=ADMIN_PW)
    assert {u["name"]: u["role"] for u in users} == {"管理员": "admin", "王法官": "judge"}
    done = cli("user", "disable", "王法官", "--user", "管理员", FUYUAN_PASSWORD=ADMIN_PW)
    assert done.returncode == 0, done.stderr
    done = cli("case", "list", FUYUAN_USER="王法官", FUYUAN_PASSWORD=JUDGE_PW)
    assert done.returncode == 3
    verify = cli.json("audit", "verify", "--user", "管理员", FUYUAN_PASSWORD=ADMIN_PW)
    assert verify["ok"]


@pytest.mark.slow
def test_backup_create_list_restore_round_trip(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "--admin", "管理员", FUYUAN_PASSWORD=ADMIN_PW).returncode == 0
    login = {"FUYUAN_USER": "管理员", "FUYUAN_PASSWORD": ADMIN_PW}
    assert cli("user", "add", "王法官", "--role", "judge", FUYUAN_NEW_PASSWORD=JUDGE_PW, **login).returncode == 0
    usb = tmp_path / "usb"
    made = cli.json("backup", "create", "--to", str(usb), **login)
    assert made["encrypted"] and Path(made["path"]).parent == usb
    assert b"SQLite format 3" not in Path(made["path"]).read_bytes()[:16]
    judge = {"FUYUAN_USER": "王法官", "FUYUAN_PASSWORD": JUDGE_PW}
    cli.json("case", "intake", "--from", str(_intake(tmp_path)), **judge)
    assert len(cli.json("case", "list", **judge)) == 1
    listed = cli.json("backup", "list", "--folder", str(usb))
    assert [b["path"] for b in listed] == [made["path"]]
    # a judge may back up but not restore
    done = cli("backup", "restore", made["path"], **judge)
    assert done.returncode == 4, done.stderr
    # a damaged file is refused before anything changes
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(Path(made["path"]).read_bytes()[:4096])
    done = cli("backup", "restore", str(bad), **login)
    assert done.returncode == 2 and "完整性" in done.stderr
    assert len(cli.json("case", "list", **judge)) == 1
    restored = cli.json("backup", "restore", made["path"], **login)
    assert Path(restored["previous_state"]).exists()
    assert cli.json("case", "list", **judge) == []
    reasons = [b["reason"] for b in cli.json("backup", "list")]
    assert "before-restore" in reasons
    assert cli.json("audit", "verify", **login)["ok"]


@pytest.mark.slow
def test_sync_commands_follow_the_roles(cli: Cli, tmp_path: Path) -> None:
    """On a protected laptop the administrator enrolls it; a judge exports and applies receipts; a mediator may
    do neither — each refusal names who may (exit 4), and nothing is written."""
    assert cli("init", "--admin", "管理员", FUYUAN_PASSWORD=ADMIN_PW).returncode == 0
    admin = {"FUYUAN_USER": "管理员", "FUYUAN_PASSWORD": ADMIN_PW}
    for name, role in (("王法官", "judge"), ("赵调解员", "mediator")):
        assert cli("user", "add", name, "--role", role, FUYUAN_NEW_PASSWORD=JUDGE_PW, **admin).returncode == 0
    judge = {"FUYUAN_USER": "王法官", "FUYUAN_PASSWORD": JUDGE_PW}
    mediator = {"FUYUAN_USER": "赵调解员", "FUYUAN_PASSWORD": JUDGE_PW}
    hub = ["--home", str(tmp_path / "hub")]
    done = cli("device", "request", "--out", str(tmp_path / "req.json"), **judge)
    assert done.returncode == 4 and "无权办理设备登记" in done.stderr and not (tmp_path / "req.json").exists()
    assert cli("device", "request", "--out", str(tmp_path / "req.json"), **admin).returncode == 0
    assert cli("hub", "init", *hub).returncode == 0
    assert cli("hub", "approve", str(tmp_path / "req.json"), "--out", str(tmp_path / "grant.json"), "--court", "吉07",
               *hub).returncode == 0
    assert cli("device", "enroll", str(tmp_path / "grant.json"), **admin).returncode == 0
    cli.json("case", "intake", "--from", str(_intake(tmp_path)), **judge)
    done = cli("bundle", "export", "--to", str(tmp_path / "usb"), **mediator)
    assert done.returncode == 4 and "无权导出同步数据" in done.stderr and not (tmp_path / "usb").exists()
    exported = cli.json("bundle", "export", "--to", str(tmp_path / "usb"), **judge)
    assert exported["counts"]["dispute"] == 1
    assert cli("hub", "import", *[str(p) for p in (tmp_path / "usb").glob("*.fyb")], "--receipts",
               str(tmp_path / "usb"), *hub).returncode == 0
    [receipt] = list((tmp_path / "usb").glob("*.fyr"))
    done = cli("bundle", "receipt", str(receipt), **mediator)
    assert done.returncode == 4 and "无权应用中院回执" in done.stderr
    assert cli("bundle", "receipt", str(receipt), **judge).returncode == 0


@pytest.mark.slow
def test_init_admin_can_write_the_recovery_key_page(cli: Cli, tmp_path: Path) -> None:
    from pypdf import PdfReader

    done = cli.json("init", "--admin", "管理员", "--recovery-pdf", str(tmp_path / "rk.pdf"), FUYUAN_PASSWORD=ADMIN_PW)
    assert done["recovery_pdf"] == str(tmp_path / "rk.pdf")
    text = PdfReader(str(tmp_path / "rk.pdf")).pages[0].extract_text().replace("\n", "-")
    assert done["recovery_key"] in text
