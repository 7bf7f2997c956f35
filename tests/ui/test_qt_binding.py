"""The Qt binding we ship must not corrupt Python's reference counts (PySide6 6.12.0 on 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_into_qt_do_not_leak_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("x")
    # a leaking binding loses one reference per call (20,000 here); a sound one stays put
    assert abs(sys.getrefcount(None) - before) < 100
