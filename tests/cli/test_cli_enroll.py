"""Enrollment over the network as real subprocesses: `fuyuan hub serve`, `device request/enroll --url`,
`hub requests/approve/reject`, then `bundle sync` to the address kept from enrollment."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import cli_runner
import httpx
import pytest

USER = "测试书记员"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=USER, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    return env


def _runner(data_dir: Path):  # type: ignore[no-untyped-def]
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(data_dir), *args],
                              capture_output=True, text=True, encoding="utf-8", env=_env(), timeout=180, check=False)

    return run


@pytest.fixture
def court_served(tmp_path: Path) -> Iterator[tuple[object, str]]:
    court = _runner(tmp_path / "court")
    assert court("hub", "init").returncode == 0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = subprocess.Popen([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(tmp_path / "court"),
                               "hub", "serve", "--host", "127.0.0.1", "--port", str(port)], env=_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert server.poll() is None, server.stderr.read().decode() if server.stderr else "hub serve exited"
        assert time.monotonic() < deadline, "hub serve did not start"
        time.sleep(0.1)
    try:
        yield court, url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_enrollment_over_the_network_through_the_command_line(tmp_path: Path,
                                                              court_served: tuple[object, str]) -> None:
    court, url = court_served
    assert callable(court)
    laptop, other = _runner(tmp_path / "laptop"), _runner(tmp_path / "other")
    for device in (laptop, other):
        assert device("init").returncode == 0
    assert laptop("demo", "--into-this-store", "--disputes", "6", "--seed", "5").returncode == 0

    neither = laptop("device", "request")
    assert neither.returncode == 2 and "--url" in neither.stderr

    sent = laptop("device", "request", "--url", url)
    assert sent.returncode == 0, sent.stderr
    code = json.loads(laptop("--json", "device", "request", "--url", url).stdout)["code"]
    assert code in sent.stdout and len(code) == 9
    assert other("device", "request", "--url", url).returncode == 0

    listed = court("hub", "requests")
    assert listed.returncode == 0 and code in listed.stdout and "中院密钥码" in listed.stdout
    requests = json.loads(court("--json", "hub", "requests").stdout)
    assert len(requests) == 2
    mine = next(r for r in requests if r["code"] == code)
    theirs = next(r for r in requests if r["code"] != code)
    assert json.loads(court("--json", "hub", "devices").stdout) == [], "pending requests are not devices"

    waiting = laptop("device", "enroll", "--url", url)
    assert waiting.returncode == 3 and f"仍在等待中院批准，核对码 {code}" in waiting.stdout
    refused = laptop("bundle", "sync", "--url", url)
    assert refused.returncode == 2 and "尚未在中院登记" in refused.stderr

    approved = court("hub", "approve", mine["tag"], "--court", "吉07")
    assert approved.returncode == 0, approved.stderr
    assert "已批准设备" in approved.stdout and "device enroll --url" in approved.stdout
    rejected = court("hub", "reject", theirs["tag"], "--reason", "不是本院设备")
    assert rejected.returncode == 0 and "已驳回" in rejected.stdout
    assert json.loads(court("--json", "hub", "requests").stdout) == []
    unknown = court("hub", "approve", "NOSUCHDEV")
    assert unknown.returncode == 2 and "hub requests" in unknown.stderr

    enrolled = laptop("device", "enroll", "--url", url)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "已安装中院授权" in enrolled.stdout and "中院密钥码" in enrolled.stdout
    hub_code = listed.stdout.split("中院密钥码 ", 1)[1][:9]
    assert hub_code in enrolled.stdout, "both sides show the same hub key code"
    told = other("device", "enroll", "--url", url)
    assert told.returncode == 2 and "不是本院设备" in told.stderr

    synced = laptop("bundle", "sync")  # the address was kept at enrollment
    assert synced.returncode == 0, synced.stderr
    status = json.loads(laptop("--json", "device", "status").stdout)
    assert status["pending"] == {}
    [device] = json.loads(court("--json", "hub", "devices").stdout)
    assert device["tag"] == mine["tag"] and device["last_seq"] == 1
