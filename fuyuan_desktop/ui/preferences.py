"""The workbench's preferences, declared once with their defaults; they live in QSettings (``ui.ini``).

Kept apart from the 设置 page so that start-up reads them without importing the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Preference:
    """One setting: its QSettings key, type and default."""

    key: str
    kind: type
    default: Any

    def read(self, settings: QSettings) -> Any:
        try:
            return self.kind(settings.value(self.key, self.default))
        except (TypeError, ValueError):
            return self.default

    def write(self, settings: QSettings, value: Any) -> None:
        settings.setValue(self.key, self.kind(value))
        settings.sync()


LANGUAGE = Preference("ui/language", str, "zh_CN")
FONT_SIZE = Preference("ui/font_point_size", float, 10.5)
AUTOSAVE_SECONDS = Preference("recorder/autosave_seconds", int, 2)
SETUP_DONE = Preference("setup/done", int, 0)
IDLE_LOCK_MINUTES = Preference("security/idle_lock_minutes", int, 10)  # 0: never (protected stores only)
PREFERENCES = (LANGUAGE, FONT_SIZE, AUTOSAVE_SECONDS, SETUP_DONE, IDLE_LOCK_MINUTES)
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
