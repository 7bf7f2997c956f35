"""Load the bundled CJK fonts into Qt, so Chinese (and rare characters) never show as boxes."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# UI face first (sans, screen-friendly), then fallbacks for characters it lacks (CJK Ext-A/B).
BUNDLED = ("wqy-zenhei.ttf", "uming.ttf", "HanaMinB.ttf")


def load_bundled_fonts(app: QApplication, *, point_size: float = 10.5) -> list[str]:
    """Register the bundled faces and make the UI font fall back through them; returns the families."""
    families: list[str] = []
    for name in BUNDLED:
        path = str(resources.files("fuyuan_desktop.resources") / "fonts" / name)
        font_id = QFontDatabase.addApplicationFont(path)
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    primary = [f for f in ("WenQuanYi Zen Hei", "AR PL UMing CN", "HanaMinB") if f in families]
    if primary:
        font = QFont()
        font.setFamilies(primary)
        font.setPointSizeF(point_size)
        app.setFont(font)
    return families
