"""The committed ui_*.py modules are exactly what pyside6-uic makes of forms/*.ui (CI fails on drift)."""

from __future__ import annotations

import pytest

from fuyuan_desktop.ui.compile_forms import FORMS, compile_form, target_of


def _code(text: str) -> list[str]:
    # The header comment names the uic version; everything else must match to the letter.
    return [line for line in text.splitlines() if not line.startswith("#")]


@pytest.mark.subprocess
@pytest.mark.parametrize("ui", sorted(FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui) -> None:  # type: ignore[no-untyped-def]
    target = target_of(ui)
    assert target.exists(), f"{target} missing: run python -m fuyuan_desktop.ui.compile_forms"
    assert _code(compile_form(ui)) == _code(target.read_text(encoding="utf-8")), (
        f"{target.name} is stale: run python -m fuyuan_desktop.ui.compile_forms")


def test_every_form_has_snake_case_object_names() -> None:
    import re
    import xml.etree.ElementTree as ET

    for ui in FORMS.glob("*.ui"):
        root = ET.parse(ui).getroot()
        top = root.find("widget")
        for widget in root.iter("widget"):
            name = widget.get("name", "")
            if widget is top:
                continue
            assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{ui.name}: {name} is not snake_case"
