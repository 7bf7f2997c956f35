"""Words in their layer: what services, the hub, sync and the store say to a user names no CLI flag or command.

The command line adds ``--outcome`` or `` `fuyuan init` `` itself (cli/common.py: FLAGS and HINTS), from the
error's field key and code; the workbench shows the same message as it is. Docstrings and comments may name
commands (they are for developers); string literals may not.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "fuyuan_desktop"
# documents/ is left out: its PDF footer tells the reader how to verify the paper with the command, by design.
LAYERS = ("domain", "store", "sync", "reports", "hub", "services", "diagnostics")
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
COMMAND = re.compile(r"`fuyuan\b|\bfuyuan [a-z]")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(
                    first.value.value, str):
                found.add(id(first.value))
    return found


def cli_words(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal that is not a docstring and names a flag or a ``fuyuan`` command."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and (FLAG.search(node.value) or COMMAND.search(node.value))]


def test_the_scan_finds_flags_and_commands_but_not_docstrings_or_comments() -> None:
    source = '''
"""Module docstring naming `fuyuan init --admin`."""
def f(x):
    """Docstring: ``fuyuan hub init`` and --reason are fine here."""
    # a comment with --out is fine
    if x:
        raise ValueError("--outcome", "无效")
    message = f"请先运行 `fuyuan init`，第 {x} 版"
    plain = "先用 fuyuan recommendation draft 起草"
    return "a--b", "—", "-- SQL comment", message, plain
'''
    assert sorted(line for line, _text in cli_words(source)) == [7, 8, 9]


@pytest.mark.parametrize("layer", LAYERS)
def test_no_cli_syntax_in_user_messages(layer: str) -> None:
    found = [f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
             for path in sorted((PACKAGE / layer).rglob("*.py"))
             for line, text in cli_words(path.read_text(encoding="utf-8"))]
    assert not found, "name the field (label, field=key) or say what to do in words; the CLI adds flags:\n" + \
        "\n".join(found)
