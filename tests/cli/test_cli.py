"""The ``fuyuan`` command, run as a real subprocess against its own data folder per test."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import cli_runner
import pytest
from conftest import make_id_number

USER = "测试书记员"


class Fuyuan:
    """Runs ``python -m fuyuan_desktop.cli --data-dir DIR …`` and returns the completed process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
        self.env.update(FUYUAN_USER=USER, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def _argv(self, args: tuple[str, ...]) -> list[str]:
        return [sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(self.data_dir), *args]

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run(self._argv(args), capture_output=True, text=True, encoding="utf-8", env=self.env,
                              timeout=120, check=False)

    def concurrently(self, *commands: tuple[str, ...]) -> list[subprocess.CompletedProcess[str]]:
        """Run commands that only read the store side by side (each is still its own process)."""
        procs = [subprocess.Popen(self._argv(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  encoding="utf-8", env=self.env) for args in commands]
        done = []
        for args, proc in zip(commands, procs, strict=True):
            out, err = proc.communicate(timeout=120)
            done.append(subprocess.CompletedProcess(self._argv(args), proc.returncode, out, err))
        return done

    def json(self, *args: str) -> Any:
        done = self(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture
def fuyuan(tmp_path: Path) -> Fuyuan:
    return Fuyuan(tmp_path / "data")


def _intake_file(tmp_path: Path, name: str = "good.json", **changes: Any) -> Path:
    data: dict[str, Any] = {
        "category": "邻里纠纷",
        "summary": "楼上漏水导致楼下房屋受损",
        "claims": "赔偿维修费 3000 元",
        "amount": "3000",
        "parties": [
            {"role": "申请人", "kind": "person", "name": "张三", "id_number": make_id_number(1),
             "phone": "13843800001", "address": "宁江区民主街1号"},
            {"role": "被申请人", "kind": "person", "name": "李四", "id_number": make_id_number(2),
             "address": "宁江区民主街1号楼上"},
        ],
    }
    data.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.mark.slow
def test_the_installed_command_and_python_m_start_the_real_interpreter(fuyuan: Fuyuan) -> None:
    """The other tests fork commands from a pre-imported server (tests/cli_runner.py); here the program starts as a
    user starts it: the console script and ``python -m``, each a new interpreter."""
    script = Path(sys.executable).with_name("fuyuan")
    done = subprocess.run([str(script), "--data-dir", str(fuyuan.data_dir), "init", "--json"], capture_output=True,
                          text=True, encoding="utf-8", env=fuyuan.env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    tag = json.loads(done.stdout)["device_tag"]
    done = subprocess.run(fuyuan._argv(("device", "status", "--json")), capture_output=True, text=True,
                          encoding="utf-8", env=fuyuan.env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["device_tag"] == tag
    done = subprocess.run(fuyuan._argv(("case", "show", "不存在")), capture_output=True, text=True, encoding="utf-8",
                          env=fuyuan.env, timeout=120, check=False)
    assert done.returncode == 2 and "不存在" in done.stderr


def test_init_creates_the_store_in_the_data_dir(fuyuan: Fuyuan) -> None:
    done = fuyuan("init")
    assert done.returncode == 0, done.stderr
    assert "已初始化" in done.stdout
    assert re.search(r"本机设备：.*（([0-9A-Z]{4})）", done.stdout)
    info = fuyuan.json("init")  # a second init is harmless and keeps the device
    assert Path(info["database"]) == (fuyuan.data_dir / "fuyuan.sqlite3").resolve()
    assert f"（{info['device_tag']}）" in done.stdout
    assert (fuyuan.data_dir / "backups").is_dir()


def test_case_categories(fuyuan: Fuyuan) -> None:
    rows = fuyuan.json("case", "categories")  # the official catalogues (issue 21), not the 17 home-made types
    names = [r["name"] for r in rows]
    assert "劳动争议" in names and "婚姻家庭纠纷" in names and "买卖合同纠纷" in names
    assert {r["name"] for r in rows if r["catalogue"] == "administrative_2020"} >= {"行政处罚", "不履行职责"}
    assert "企业合同纠纷" not in names
    human = fuyuan("case", "categories")
    assert human.returncode == 0 and "（3）民间借贷纠纷" in human.stdout and "目录版本：民事案件案由规定" in human.stdout


@pytest.mark.slow
def test_intake_then_list_show_search_history_and_close(fuyuan: Fuyuan, tmp_path: Path) -> None:
    created = fuyuan.json("case", "intake", "--from", str(_intake_file(tmp_path)))
    assert set(created) >= {"id", "number"}
    assert re.fullmatch(r"临-开发区-\d{4}-[0-9A-Z]{4}-0001", created["number"])

    listed = fuyuan.json("case", "list", "--status", "已登记")
    assert [(r["id"], r["number"], r["status"]) for r in listed] == [(created["id"], created["number"], "已登记")]

    shown = fuyuan("case", "show", created["number"])
    assert shown.returncode == 0, shown.stderr
    assert created["number"] in shown.stdout and "张三" in shown.stdout and "相邻关系纠纷" in shown.stdout  # 邻里纠纷 → its 案由
    assert make_id_number(1) not in shown.stdout  # masked unless --unmask
    assert "138****0001" in shown.stdout

    found = fuyuan.json("case", "search", "zs")
    assert [r["id"] for r in found] == [created["id"]]

    assert fuyuan("mediator", "add", "王调解").returncode == 0
    assigned = fuyuan("case", "assign", created["number"], "--mediator", "王调解")
    assert assigned.returncode == 0, assigned.stderr

    invalid = fuyuan("case", "close", created["id"], "--outcome", "吵架")
    assert invalid.returncode == 2
    assert "「吵架」无效" in invalid.stderr and "调解不成" in invalid.stderr

    closed = fuyuan("case", "close", created["id"], "--outcome", "调解不成")
    assert closed.returncode == 0, closed.stderr
    assert "调解终结" in closed.stdout

    history = fuyuan.json("case", "history", created["id"])
    assert history and {h["actor"] for h in history} == {USER}
    actions = [h["action"] for h in history]
    assert actions[0] == "案件登记" and "指派调解员" in actions and "结束调解：调解不成" in actions


def _audit_events(fuyuan: Fuyuan) -> int:
    report = fuyuan.json("audit", "verify")
    assert report["ok"], report
    return int(report["events"])


@pytest.mark.slow
def test_malformed_intake_files_are_refused_and_write_nothing(fuyuan: Fuyuan, tmp_path: Path) -> None:
    events = _audit_events(fuyuan)  # also initialises the store
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "category": "邻里纠纷",\n  "summary": "漏水"\n  "parties": []\n}\n', encoding="utf-8")
    bad_id = make_id_number(1)[:17] + ("0" if make_id_number(1)[-1] != "0" else "1")
    wrong = _intake_file(tmp_path, "wrong_id.json")
    data = json.loads(wrong.read_text(encoding="utf-8"))
    data["parties"][0]["id_number"] = bad_id
    wrong.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    unknown = _intake_file(tmp_path, "cat.json", category="外星纠纷")
    extra_key = _intake_file(tmp_path, "key.json", colour="red")

    invalid_json, wrong_id, bad_category, bad_key, missing = fuyuan.concurrently(
        *(("case", "intake", "--from", str(path))
          for path in (broken, wrong, unknown, extra_key, tmp_path / "missing.json")))

    assert invalid_json.returncode == 2
    assert "不是有效的 JSON：第 4 行第 3 列" in invalid_json.stderr
    assert wrong_id.returncode == 2
    assert "未作任何保存" in wrong_id.stderr
    assert "parties[0].id_number" in wrong_id.stderr
    assert "校验码不符" in wrong_id.stderr and "请对照身份证" in wrong_id.stderr
    assert bad_category.returncode == 2
    assert "「外星纠纷」不是《民事案件案由规定》" in bad_category.stderr
    assert bad_key.returncode == 2 and "colour" in bad_key.stderr
    assert missing.returncode == 2 and "文件不存在" in missing.stderr
    assert all(done.stdout == "" for done in (invalid_json, wrong_id, bad_category, bad_key, missing))

    assert fuyuan.json("case", "list") == []
    assert _audit_events(fuyuan) == events


@pytest.mark.slow
def test_audit_verify_detects_a_tampered_event(fuyuan: Fuyuan, tmp_path: Path) -> None:
    fuyuan.json("case", "intake", "--from", str(_intake_file(tmp_path)))
    done = fuyuan("audit", "verify")
    assert done.returncode == 0, done.stderr
    assert "审计链完整" in done.stdout

    raw = sqlite3.connect(fuyuan.data_dir / "fuyuan.sqlite3")
    try:
        seq = raw.execute("SELECT min(seq) FROM auditevent WHERE entity = 'party'").fetchone()[0]
        raw.execute("UPDATE auditevent SET after_json = replace(after_json, '张三', '张五') WHERE seq = ?", (seq,))
        raw.commit()
    finally:
        raw.close()

    done = fuyuan("audit", "verify")
    assert done.returncode == 1
    assert f"第 {seq} 号审计事件的内容与其哈希不符" in done.stdout


@pytest.mark.parametrize("args", [("case", "frobnicate"), ("frobnicate",)])
def test_unknown_subcommand_exits_2_in_chinese(fuyuan: Fuyuan, args: tuple[str, ...]) -> None:
    done = fuyuan(*args)
    assert done.returncode == 2
    assert "错误：" in done.stderr and "无效的选项" in done.stderr and "frobnicate" in done.stderr
    assert done.stdout == ""


def test_missing_required_argument_exits_2_in_chinese(fuyuan: Fuyuan) -> None:
    done = fuyuan("case", "close", "临-开发区-2026-AAAA-0001")
    assert done.returncode == 2
    assert "缺少必需的参数" in done.stderr and "--outcome" in done.stderr
