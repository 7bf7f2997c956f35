"""Chinese output names records as users know them: every synced table has a Chinese label (quarantine lists,
conflicts, receipts showed internal names such as ``jointmeeting``)."""

from __future__ import annotations

import re

from fuyuan_desktop.services.hub import table_label
from fuyuan_desktop.sync.rows import synced_tables
from fuyuan_desktop.sync.status import TABLE_LABELS


def test_every_synced_table_has_a_chinese_label() -> None:
    names = [t.name for t in synced_tables()]
    assert [n for n in names if n not in TABLE_LABELS] == []
    for name in names:
        assert not re.search(r"[A-Za-z]", TABLE_LABELS[name]), (name, TABLE_LABELS[name])
        assert table_label(name) == TABLE_LABELS[name]
    assert table_label("nosuchtable") == "其他记录"
