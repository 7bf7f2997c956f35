"""The demo's hearings ledger names the official who appeared in the name column (出庭人) and the post in the post
column (职务): a title such as 副局长 is never a name."""

from __future__ import annotations

import re

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.services.linkage.hearings import hearings
from fuyuan_desktop.services.workspace import Workspace

TITLE = re.compile(r"(局长|长$|负责人|主任|书记|县长|市长|科长)")


def test_appearers_are_names_and_posts_are_posts(ctx: Workspace) -> None:
    generate_demo(ctx, disputes=400, seed=9)
    rows = hearings(ctx)
    appeared = [h for h in rows if h.appearer_post]
    assert len(appeared) >= 5, len(rows)
    for h in appeared:
        assert h.appearer, f"{h.case_number}: someone appeared ({h.appearer_post}) but the name column is empty"
        assert not TITLE.search(h.appearer), f"{h.case_number}: a title in the name column: {h.appearer}"
        assert re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", h.appearer), h.appearer
    assert any(h.appearer_post == "副职负责人" for h in appeared)
