"""Files shipped inside the package (reference data, templates, fonts), read through importlib.resources."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_text(*parts: str) -> str:
    """Return the text of a bundled file, e.g. ``read_text("reference", "courts.json")``."""
    node = resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def read_json(*parts: str) -> Any:
    """Return the parsed JSON of a bundled file."""
    return json.loads(read_text(*parts))
