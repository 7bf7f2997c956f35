"""The workbench's preferences, declared once with their defaults; they live in QSettings (``ui.ini``).

Kept apart from the 设置 page so that start-up reads them without importing the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Preference:
    """One setting: its QSettings key, type, default and (for numbers) the range it is held to."""

    key: str
    kind: type
    default: Any
    limits: tuple[Any, Any] | None = None

    def read(self, settings: QSettings) -> Any:
        try:
            value = self.kind(settings.value(self.key, self.default))
        except (TypeError, ValueError):
            return self.default
        if self.limits is not None:
            low, high = self.limits
            value = max(low, min(value, high))
        return value

    def write(self, settings: QSettings, value: Any) -> None:
        settings.setValue(self.key, self.kind(value))
        settings.sync()


LANGUAGE = Preference("ui/language", str, "zh_CN")
FONT_SIZE = Preference("ui/font_point_size", float, 10.5)
# How often the recorder saves the 笔录 (seconds): the most a killed process can lose.
AUTOSAVE_SECONDS = Preference("recorder/autosave_seconds", int, 2, limits=(1, 60))
SETUP_DONE = Preference("setup/done", int, 0)
IDLE_LOCK_MINUTES = Preference("security/idle_lock_minutes", int, 10)  # 0: never (protected stores only)
# The day the user chose, at first run, to go on without accounts and encryption ("" when they did not).
PROTECTION_DECLINED = Preference("security/protection_declined_on", str, "")
PREFERENCES = (LANGUAGE, FONT_SIZE, AUTOSAVE_SECONDS, SETUP_DONE, IDLE_LOCK_MINUTES, PROTECTION_DECLINED)
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
