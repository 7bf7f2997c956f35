"""The README's exit-code line names every exit code the program's errors use, and no other."""

from __future__ import annotations

import re
from pathlib import Path

from fuyuan_desktop.domain import errors

ROOT = Path(__file__).resolve().parents[1]


def _codes_in_program() -> set[int]:
    found = {0, 1, 130}  # success, other errors (cli/common.run), Ctrl+C
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, errors.FuyuanError):
            found.add(value.exit_code)
    for path in (ROOT / "fuyuan_desktop").rglob("*.py"):
        found |= {int(n) for n in re.findall(r"^\s*exit_code = (\d+)", path.read_text(encoding="utf-8"), re.M)}
    return found


def test_every_exit_code_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = readme[readme.index("退出码："):]
    line = line[: line.index("。", line.index("其他错误"))]
    documented = {int(n) for n in re.findall(r"(?:^|[：；\n])(\d+) ", line)}
    assert documented == _codes_in_program(), line
