"""The recovery key's printed page: made from a real protected store's key, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from fuyuan_desktop.services.accounts import create_protected_store, reset_password, write_recovery_key_pdf
from fuyuan_desktop.store.paths import DataPaths


def test_the_recovery_key_page_carries_the_key_that_unlocks_the_store(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    made = create_protected_store(paths, "管理员", "管理员的密码-2026")
    assert made.encrypted
    pdf = write_recovery_key_pdf(tmp_path / "恢复密钥.pdf", made.recovery_key, admin="管理员",
                                 where="长山人民法庭", made_on=date(2026, 12, 7))
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    printed = "".join(line.strip() for line in text.splitlines() if set(line.strip()) <= set(made.recovery_key))
    assert printed.replace("-", "") == made.recovery_key.replace("-", "")
    assert "恢复密钥" in text and "管理员" in text and "长山人民法庭" in text and "2026-12-07" in text
    # the printed key (as printed, read back from the page) is the one that resets the password
    reset_password(paths, "管理员", printed, "新的密码-2027年")
