"""A demo laptop syncs its demo like real work: the README's sync walk-through, run as its commands on fresh data
folders, imports every laptop's demo with nothing quarantined.

Laptops set up for a tribunal of one court (开发区), a tribunal of another court (查干花) and a second
laptop of the same tribunal (开发区 again) each make a demo in their own store (``demo --into-this-store``),
enroll with the hub for their tribunal, export, and the hub imports: no case, party or ledger row of one laptop
falls outside its scope or collides with another's (provisional numbers, official numbers, ids, 无讼村屯).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import cli_runner
import pytest
from chinese_text import english_words

LAPTOPS = (("a", "开发区"), ("b", "查干花"), ("c", "开发区"))


def _fuyuan(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A ``fuyuan`` command as the README writes it; the machine's data folder comes from FUYUAN_DATA_DIR."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="书记员", FUYUAN_DATA_DIR=str(data))
    done = cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300, check=False)
    assert done.returncode == 0, f"fuyuan {' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_demo_laptops_of_several_tribunals_sync_with_nothing_quarantined(tmp_path: Path) -> None:
    hub, usb = tmp_path / "中院", tmp_path / "U盘"
    _fuyuan(hub, "hub", "init")
    numbers: set[str] = set()
    for name, tribunal in LAPTOPS:
        laptop, stick = tmp_path / f"笔记本{name}", usb / name
        stick.mkdir(parents=True)
        _fuyuan(laptop, "init", "--tribunal", tribunal)
        _fuyuan(laptop, "demo", "--into-this-store", "--disputes", "40")
        cases = json.loads(_fuyuan(laptop, "case", "list", "--json", "--limit", "100").stdout)
        assert len(cases) == 40 and {c["tribunal"] for c in cases} == {tribunal}
        assert not any(c["official_number"] for c in cases), "a laptop's demo case gets its 案号 from the hub"
        assert not numbers & {c["number"] for c in cases}
        numbers |= {c["number"] for c in cases}
        # 一次性登记, then the USB exchange, as the README's sync section writes them
        _fuyuan(laptop, "device", "request", "--out", str(tmp_path / f"登记申请{name}.json"))
        _fuyuan(hub, "hub", "approve", str(tmp_path / f"登记申请{name}.json"), "--out", str(tmp_path / f"授权{name}.json"),
                "--tribunal", tribunal)
        _fuyuan(laptop, "device", "enroll", str(tmp_path / f"授权{name}.json"))
        _fuyuan(laptop, "bundle", "export", "--to", str(stick))
        bundles = sorted(str(p) for p in stick.glob("*.fyb"))
        assert bundles
        printed = [_fuyuan(hub, "hub", "import", *bundles, "--receipts", str(stick))]
        receipts = sorted(stick.glob("*.fyr"))
        assert receipts
        printed.append(_fuyuan(laptop, "bundle", "receipt", str(receipts[0])))
        printed += [_fuyuan(hub, "hub", "devices"), _fuyuan(hub, "hub", "bundles"), _fuyuan(laptop, "device", "status")]
        for text in printed:  # the receipt's summary and the hub's lists are Chinese through and through
            assert english_words(text.stdout + text.stderr, names=[platform.node()]) == [], text.stdout + text.stderr
        quarantined = json.loads(_fuyuan(hub, "hub", "quarantine", "--json").stdout)
        assert quarantined == [], f"laptop {name} ({tribunal}): {quarantined[:5]}"
        synced = json.loads(_fuyuan(laptop, "case", "list", "--json", "--limit", "100").stdout)
        assert len(synced) == 40
    assert len(numbers) == 40 * len(LAPTOPS)
