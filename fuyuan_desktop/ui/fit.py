"""Keep screens inside a 1366×768 laptop and 1920×1080 at 150 % (1280×720 logical), with a 14 pt font.

The budgets below are what the size tests assert against; the helpers are what the pages use to stay inside them:
combo boxes that do not grow to their longest entry (the entry is shown whole in the list and the tooltip), and a
vertical scroll area for the pages that are forms (设置, 同步) so a short screen scrolls them instead of pushing the
window's bottom edge off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget

# Available geometry of the two screens the workbench must fit (a 40 px task bar taken off), in logical pixels.
SCREENS = {"1366": QSize(1366, 728), "150": QSize(1280, 680)}
# A top-level window's frame: title bar and borders of the common window managers (Windows 10/11, GNOME, KDE).
FRAME = QSize(16, 40)


def fits(size: QSize, screen: QSize, *, frame: bool = True) -> bool:
    """Whether a window whose minimum is ``size`` fits on ``screen`` (with its frame around it)."""
    extra = FRAME if frame else QSize(0, 0)
    return size.width() + extra.width() <= screen.width() and size.height() + extra.height() <= screen.height()


def compact_combo(combo: QComboBox, chars: int = 8) -> None:
    """A combo box as wide as ``chars`` characters, not as its longest entry; the whole entry shows in the
    drop-down list and, for the chosen one, in the tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)

    def tip(_index: int = 0) -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(tip)
    tip()


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` inside a frameless scroll area that scrolls vertically when the window is shorter than the page."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry of the screen ``widget`` is on (or will open on), else of the primary screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(window: QWidget, width: int, height: int, *, anchor: QWidget | None = None) -> None:
    """Size a top-level ``window`` to ``width``×``height`` (its designed size) or the screen it opens on, whichever
    is smaller, and keep it on that screen: on a 1366×768 laptop, or at 150 %, its bottom buttons stay reachable."""
    area = available(anchor or window.parentWidget() or window)
    w = min(width, area.width() - FRAME.width())  # never below the window's minimum: Qt keeps that
    h = min(height, area.height() - FRAME.height())
    window.resize(w, h)
    frame = window.frameGeometry()
    if not area.contains(QRect(frame.topLeft(), QSize(w + FRAME.width(), h + FRAME.height()))):
        x = min(max(frame.x(), area.x()), area.right() + 1 - w - FRAME.width())
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - h - FRAME.height())
        window.move(max(x, area.x()), max(y, area.y()))
