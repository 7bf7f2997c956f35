"""The README's command examples run as written and print what the README shows.

A fenced block after ``<!-- 示例：运行 -->`` is run in a fresh data folder, in the order the README gives them:
its ``$ fuyuan …`` lines are commands, the lines after each are what it prints (stdout, then stderr). A block after
``<!-- 示例文件：名称 -->`` is first saved under that name in the folder the commands run in. In the shown output
``……`` stands for anything (a line of its own: any number of lines); dates, times, the device code in provisional
numbers (and their year) and 32-character ids differ on every run and are replaced by placeholders on both sides first.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

import cli_runner
import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(r"<!-- 示例(文件：(?P<file>[^ ]+)|：运行) -->\n```[a-z]*\n(?P<body>.*?)\n```", re.S)
_VARYING = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "<日期>"),
    (re.compile(r"\d{2}:\d{2}(:\d{2})?"), "<时刻>"),
    (re.compile(r"(临-[^-\s]+)-\d{4}-[A-Z0-9]{4}-"), r"\1-<年>-<设备>-"),
    (re.compile(r"\b[0-9a-f]{32}\b"), "<ID>"),
)


def examples(text: str) -> list[tuple[str, str, str]]:
    """("file", name, content) and ("run", "", block) in README order."""
    return [("file", m["file"], m["body"] + "\n") if m["file"] else ("run", "", m["body"])
            for m in _BLOCK.finditer(text)]


def _normal(line: str) -> str:
    for pattern, placeholder in _VARYING:
        line = pattern.sub(placeholder, line)
    return line.rstrip()


def _line_matches(shown: str, printed: str) -> bool:
    pattern = ".*".join(re.escape(part) for part in _normal(shown).split("……"))
    return re.fullmatch(pattern, _normal(printed)) is not None


def output_matches(shown: list[str], printed: list[str]) -> bool:
    """Whether ``printed`` is what ``shown`` shows (a line ``……`` of its own: any number of lines)."""
    if not shown:
        return not printed
    if shown[0].strip() == "……":
        return any(output_matches(shown[1:], printed[i:]) for i in range(len(printed) + 1))
    return bool(printed) and _line_matches(shown[0], printed[0]) and output_matches(shown[1:], printed[1:])


def _commands(block: str) -> list[tuple[list[str], list[str]]]:
    steps: list[tuple[list[str], list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((shlex.split(line[2:]), []))
        else:
            assert steps, f"output before any command in a runnable README block:\n{block}"
            steps[-1][1].append(line)
    return steps


def test_the_comparison_allows_only_what_varies() -> None:
    assert output_matches(["已登记：临-开发区-2026-X8NA-0001"], ["已登记：临-开发区-2027-AB12-0001"])
    assert not output_matches(["已登记：临-开发区-2026-X8NA-0001"], ["已登记：临-伯都-2026-X8NA-0001"])
    assert output_matches(["a……", "……", "z"], ["abc", "1", "2", "z"])
    assert not output_matches(["a", "b"], ["a", "b", "c"])
    assert not output_matches(["  parties[0]（当事人1）.id_number 错"], ["  parties[0].id_number 错"])


@pytest.mark.slow
def test_readme_examples_run_and_print_what_the_readme_shows(tmp_path: Path) -> None:
    found = examples(README.read_text(encoding="utf-8"))
    assert sum(kind == "run" for kind, _, _ in found) >= 2, "the README's runnable examples are marked"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="书记员", FUYUAN_DATA_DIR=str(tmp_path / "数据"))
    for kind, name, body in found:
        if kind == "file":
            (tmp_path / name).write_text(body, encoding="utf-8")
            continue
        for argv, shown in _commands(body):
            assert argv[0] == "fuyuan", argv
            done = cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", *argv[1:]], cwd=tmp_path, env=env,
                                  capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)
            printed = (done.stdout + done.stderr).splitlines()
            assert output_matches(shown, printed), (
                f"README: $ {shlex.join(argv)}\n--- shown ---\n" + "\n".join(shown) + "\n--- printed ---\n"
                + "\n".join(printed))
