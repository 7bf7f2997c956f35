"""What the main listing and show commands print in Chinese has no English in it: no English words, table or
column names, enum codes or reasons left untranslated (codes such as ID or PDF, units, file names, paths and
hashes excepted; see tests/chinese_text.py). Run as the user runs them, on a fresh store with one case, as
subprocesses; the sync commands' output is checked the same way in tests/sync/test_demo_laptops_sync.py."""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

import cli_runner
import pytest
from chinese_text import english_words

INTAKE = {
    "category": "土地承包经营权流转纠纷", "place": "宁江区伯都乡新立村", "source": "诉前委派",
    "summary": "申请人将承包地流转给被申请人耕种，被申请人拖欠2024年度流转费。", "claims": "支付流转费12000元",
    "amount": "12000",
    "parties": [
        {"role": "申请人", "kind": "person", "name": "张三", "id_number": "11010519491231002X",
         "phone": "138 1234 5678", "address": "松原市宁江区伯都乡新立村"},
        {"role": "被申请人", "kind": "organization", "name": "松原市金穗农业发展有限公司",
         "credit_code": "91330109699830509X", "representative": "李四", "phone": "0438-6123456"},
        {"role": "第三人", "kind": "agency", "name": "宁江区农业农村局", "head": "王五", "head_title": "局长"},
    ],
}


def _fuyuan(data: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="书记员")
    done = cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, check=False)
    assert done.returncode == 0, f"fuyuan {' '.join(args)}\n{done.stderr}"
    return done.stdout + done.stderr


def test_the_checker_finds_what_it_should() -> None:
    assert english_words("对象：dispute（done）") == ["dispute", "done"]
    assert english_words("原因 auto，表 jointmeeting") == ["auto", "jointmeeting"]
    assert english_words("身份证号 ID、PDF 文书 /tmp/a/b.pdf、案由代码 civil_2020:4.10.84、用 `fuyuan case list`、"
                         "--data-dir、设备 2BDW、12 MB") == []


@pytest.mark.slow
def test_listing_and_show_commands_print_no_english(tmp_path: Path) -> None:
    laptop = tmp_path / "笔记本"
    form = tmp_path / "登记.json"
    form.write_text(json.dumps(INTAKE, ensure_ascii=False), encoding="utf-8")
    printed = {"init": _fuyuan(laptop, "init", "--tribunal", "开发区"),
               "intake": _fuyuan(laptop, "case", "intake", "--from", str(form))}
    number = json.loads(_fuyuan(laptop, "case", "list", "--json"))[0]["number"]
    for command in (("case", "list"), ("case", "show", number), ("case", "history", number),
                    ("case", "performance", number), ("report", "stats"), ("report", "stats", "--by", "mediator"),
                    ("report", "stats", "--by", "organisation"), ("report", "stats", "--by", "method"),
                    ("device", "status"), ("backup", "list")):
        printed[" ".join(command)] = _fuyuan(laptop, *command)
    hub = tmp_path / "中院"
    printed["hub init"] = _fuyuan(hub, "hub", "init")
    for command in (("hub", "devices"), ("hub", "bundles")):
        printed[" ".join(command)] = _fuyuan(hub, *command)
    machine = [platform.node()]  # a device is called by its machine's name
    leaks = {command: words for command, text in printed.items() if (words := english_words(text, names=machine))}
    assert leaks == {}, "\n".join(f"{c}: {w}\n{printed[c]}" for c, w in leaks.items())
