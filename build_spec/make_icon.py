"""Draw the app icon (a red court seal with 调) with Qt and write resources/icons/fuyuan.png and fuyuan.ico.

Run once when the icon changes: ``python build_spec/make_icon.py``; the outputs are committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

ICONS = Path(__file__).resolve().parents[1] / "fuyuan_desktop" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = QColor("#b5161b")
    margin = size * 0.06
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setBrush(QColor("#fff8f0"))
    painter.setPen(QPen(red, max(1.0, size * 0.07)))
    painter.drawRoundedRect(box, size * 0.14, size * 0.14)
    font = QFont("WenQuanYi Zen Hei")
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(red)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "调")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, images: list[bytes]) -> None:
    """An .ico holding one PNG per size (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(SIZES, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

    app = QApplication(sys.argv[:1])
    load_bundled_fonts(app)
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [png_bytes(draw(size)) for size in SIZES]
    (ICONS / "fuyuan.png").write_bytes(images[-1])
    write_ico(ICONS / "fuyuan.ico", images)
    print(f"wrote {ICONS / 'fuyuan.png'} and {ICONS / 'fuyuan.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
