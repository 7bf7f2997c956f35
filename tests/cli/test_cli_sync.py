"""``fuyuan device/hub/bundle`` as real subprocesses: the USB exchange end to end, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cli_runner
import pytest

USER = "测试书记员"


def _runner(data_dir: Path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=USER, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(data_dir), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=180, check=False)

    return run


@pytest.mark.slow
def test_usb_exchange_through_the_command_line(tmp_path: Path) -> None:
    laptop, court = _runner(tmp_path / "laptop"), _runner(tmp_path / "court")
    usb = tmp_path / "usb"
    assert laptop("init").returncode == 0
    assert laptop("demo", "--into-this-store", "--disputes", "25", "--seed", "3").returncode == 0
    refused = laptop("bundle", "export", "--to", str(usb))
    assert refused.returncode == 2 and "尚未在中院登记" in refused.stderr

    init = court("hub", "init")
    assert init.returncode == 0 and "age1" in init.stdout
    assert laptop("device", "request", "--out", str(tmp_path / "req.json")).returncode == 0
    approved = court("hub", "approve", str(tmp_path / "req.json"), "--out", str(tmp_path / "grant.json"),
                     "--court", "吉07")
    assert approved.returncode == 0, approved.stderr
    assert laptop("device", "enroll", str(tmp_path / "grant.json")).returncode == 0

    exported = laptop("bundle", "export", "--to", str(usb), "--volume-mb", "0.1")
    assert exported.returncode == 0, exported.stderr
    volumes = sorted(usb.glob("*.fyb*"))
    assert len(volumes) >= 2 and "待发送" in exported.stdout
    [first] = list(usb.glob("*.fyb"))

    imported = court("hub", "import", str(first), "--receipts", str(usb))
    assert imported.returncode == 0, imported.stderr
    assert "已导入设备" in imported.stdout and "分配正式案号" in imported.stdout
    again = court("--json", "hub", "import", str(first), "--receipts", str(usb))
    assert again.returncode == 0
    assert json.loads(again.stdout)[0]["status"] == "already"

    [receipt] = list(usb.glob("*.fyr"))
    applied = laptop("bundle", "receipt", str(receipt))
    assert applied.returncode == 0 and "→" in applied.stdout
    # A summary on the terminal, every number in the file it names; each case's history says where its number came from.
    assert applied.stdout.count("→") <= 5 and "见完整清单" in applied.stdout
    listed = Path(applied.stdout.split("完整清单（每个正式案号、每条被隔离的记录）：")[1].splitlines()[0].strip())
    numbers = [line.split(",") for line in listed.read_text(encoding="utf-8-sig").splitlines()[1:]]
    numbers = [n for n in numbers if n[0] == "正式案号"]
    assert f"正式案号 {len(numbers)} 个" in applied.stdout and len(numbers) > 5
    history = laptop("case", "history", numbers[0][2])
    assert history.returncode == 0 and "中院分配正式案号" in history.stdout, history.stdout
    status = laptop("--json", "device", "status")
    assert json.loads(status.stdout)["pending"] == {}
    listed = laptop("case", "list", "--limit", "50")
    assert "民诉前调" in listed.stdout

    cut = tmp_path / "cut.fyb"
    cut.write_bytes(first.read_bytes()[:1000])
    broken = court("hub", "import", str(cut))
    assert broken.returncode == 2 and "拒收" in broken.stderr and "不完整" in broken.stderr

    devices = court("hub", "devices")
    assert devices.returncode == 0 and "在用" in devices.stdout
    [kept] = json.loads(court("--json", "hub", "bundles").stdout)
    assert kept["seq"] == 1 and kept["rows"] > 0 and Path(kept["stored_path"]).exists(), "the hub keeps the bundle"
    tag = json.loads(court("--json", "hub", "devices").stdout)[0]["tag"]
    revoked = court("hub", "revoke", tag, "--reason", "笔记本遗失")
    assert revoked.returncode == 0 and "已停用" in revoked.stdout
    assert laptop("mediator", "add", "迟到的调解员").returncode == 0  # something new to send
    assert laptop("bundle", "export", "--to", str(tmp_path / "usb2")).returncode == 0
    [late] = list((tmp_path / "usb2").glob("*.fyb"))
    refused_revoked = court("hub", "import", str(late))
    assert refused_revoked.returncode == 2 and "已被停用" in refused_revoked.stderr
