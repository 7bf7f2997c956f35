"""The project stands on its own: nothing tracked cites guidance files outside the repository, and every
``docs/domain.md §N`` pointer names a section that docs/domain.md has."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOMAIN_DOC = "docs/domain.md"

#: Guidance files that live outside the repository; no tracked file may cite them. (Spelled in pieces so that
#: this file, which must name them, does not cite them either.)
OUTSIDE_GUIDANCE = tuple(f"{name}.md" for name in ("DOM" + "AIN", "DES" + "IGN", "STY" + "LE"))
SELF = "tests/test_docs.py"
EXEMPT = {SELF}

_HEADING = re.compile(r"^#{2,4} §(\d+(?:\.\d+)*) ", re.MULTILINE)
# "docs/domain.md §4.5", "docs/domain.md §3.1–§3.3", "docs/domain.md §10.3, §8.3" (a run of § numbers).
_POINTER = re.compile(r"docs/domain\.md((?:\s*(?:,|，|、|;|–|-|and)?\s*§\d+(?:\.\d+)*)+)")
_INNER = re.compile(r"§(\d+(?:\.\d+)*)")


def _tracked_text_files() -> dict[str, str]:
    """Every file git tracks in this checkout that reads as text, by repository path."""
    try:
        listing = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no list of tracked files")
    files: dict[str, str] = {}
    for raw in listing.split(b"\0"):
        if not raw:
            continue
        name = raw.decode("utf-8")
        path = ROOT / name
        if not path.is_file():  # deleted in the work tree but not yet in the index
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue
        try:
            files[name] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return files


def _sections() -> set[str]:
    return set(_HEADING.findall((ROOT / DOMAIN_DOC).read_text(encoding="utf-8")))


def _citations(files: dict[str, str], names: tuple[str, ...]) -> list[str]:
    found = []
    for path, text in sorted(files.items()):
        if path in EXEMPT:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            for name in names:
                if name in line:
                    found.append(f"{path}:{number}: {name}: {line.strip()[:100]}")
    return found


def test_nothing_cites_guidance_outside_the_repository() -> None:
    found = _citations(_tracked_text_files(), OUTSIDE_GUIDANCE)
    assert not found, "cite docs/domain.md §N (or another file in docs/) instead:\n" + "\n".join(found)


def test_domain_doc_sections_are_numbered_once() -> None:
    text = (ROOT / DOMAIN_DOC).read_text(encoding="utf-8")
    numbers = _HEADING.findall(text)
    assert numbers, f"{DOMAIN_DOC} has no '## §N Title' headings"
    assert len(numbers) == len(set(numbers)), sorted(n for n in numbers if numbers.count(n) > 1)
    for number in numbers:
        parent = number.rpartition(".")[0]
        assert not parent or parent in numbers, f"§{number} has no parent section §{parent}"


def test_every_domain_pointer_names_a_section() -> None:
    sections = _sections()
    files = _tracked_text_files()
    pointers = 0
    missing = []
    for path, text in sorted(files.items()):
        if path == SELF:  # its examples are not pointers
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            for run in _POINTER.findall(line):
                for section in _INNER.findall(run):
                    pointers += 1
                    if section not in sections:
                        missing.append(f"{path}:{number}: §{section}")
    assert pointers > 0, "no docs/domain.md pointers found: is the pattern still right?"
    assert not missing, f"pointers to sections {DOMAIN_DOC} does not have:\n" + "\n".join(missing)


def test_domain_doc_cross_references_exist() -> None:
    sections = _sections()
    text = (ROOT / DOMAIN_DOC).read_text(encoding="utf-8")
    body = _HEADING.sub("", text)
    missing = sorted({ref for ref in _INNER.findall(body) if ref not in sections})
    assert not missing, f"{DOMAIN_DOC} refers to sections it does not have: " + ", ".join(f"§{m}" for m in missing)


def test_the_pointer_pattern_reads_runs_and_ranges() -> None:
    line = "see docs/domain.md §3.1–§3.3 and docs/domain.md §10.3, §8.3; not §99"
    assert [_INNER.findall(run) for run in _POINTER.findall(line)] == [["3.1", "3.3"], ["10.3", "8.3"]]
