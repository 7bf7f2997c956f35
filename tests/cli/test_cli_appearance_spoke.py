"""出庭又出声 and the key cases' 正职出庭率 through the real commands: hearings entered with ``fuyuan linkage hearing``,
read back with ``report appearance`` and ``report stats`` (hand-computed: tests/services/test_appearance_spoke.py)."""

from __future__ import annotations

import pytest
from test_cli import Fuyuan, fuyuan  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow  # real processes, each a CLI start (≥ 1.5 s)


def _hearing(fuyuan: Fuyuan, number: str, agency: str, on: str, kind: str, *extra: str,  # noqa: F811
             mandatory: bool = False) -> None:
    added = fuyuan.json("linkage", "hearing", "add", number, "--agency", agency, "--on", on, "--notice-served",
                        "2025-01-02", "--court", "吉0702", *(["--mandatory"] if mandatory else []))
    done = fuyuan("linkage", "hearing", "appearance", added["id"], kind, *extra)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_report_appearance_and_stats_show_the_spoke_and_key_case_rates(fuyuan: Fuyuan) -> None:  # noqa: F811
    _hearing(fuyuan, "（2025）吉0702行初11号", "宁江区自然资源局", "2025-03-10", "正职负责人", "--name", "陈局长", "--spoke")
    _hearing(fuyuan, "（2025）吉0702行初12号", "宁江区自然资源局", "2025-04-10", "副职负责人", "--name", "赵副局长")
    _hearing(fuyuan, "（2025）吉0702行初13号", "宁江区人民政府", "2025-05-10", "仅工作人员", "--spoke", mandatory=True)
    _hearing(fuyuan, "（2025）吉0702行初14号", "宁江区人民政府", "2025-06-10", "正职负责人", "--name", "李区长",
             mandatory=True)
    [total] = fuyuan.json("report", "appearance", "--by", "all", "--from", "2025-01-01", "--to", "2025-12-31")["rates"]
    assert (total["heard"], total["spoke"], total["spoke_rate"], total["key_heard"], total["key_chief"],
            total["key_chief_rate"]) == (4, 1, 0.25, 2, 1, 0.5)
    human = fuyuan("report", "appearance", "--by", "agency", "--from", "2025-01-01", "--to", "2025-12-31")
    assert human.returncode == 0, human.stderr
    assert "出声率" in human.stdout and "重点案件正职出庭率" in human.stdout and "推定" in human.stdout
    line = next(row for row in human.stdout.splitlines() if "宁江区人民政府" in row)
    assert "1/2" in line and "50.00%" in line and "0.00%" in line
    stats = fuyuan.json("report", "stats", "--from", "2025-01-01", "--to", "2025-12-31")
    assert (stats["hearings_spoke"], stats["spoke_rate"], stats["key_heard"], stats["key_chief_rate"]) == (1, 0.25, 2, 0.5)
    text = fuyuan("report", "stats", "--from", "2025-01-01", "--to", "2025-12-31").stdout
    assert "出庭又出声 1 件，出声率 25.00%；重点案件 2 件，正职出庭 1 件，重点案件正职出庭率 50.00%" in text
