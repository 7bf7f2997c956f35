"""登记送达 on the case page's 文书 tab, offscreen: the selected printed paper's service is recorded in a small dialog
(a 留置送达 without a witness is refused beside the form, nothing typed lost), and the table's 送达 column then says
who has it and when."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fuyuan_desktop.services.documents import print_notice
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.service_records import services_of
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage

SHOTS = Path("/tmp/service-shots")


@pytest.mark.slow
def test_recording_a_service_from_the_documents_tab(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path,
                                                    register: Callable[..., IntakeResult]) -> None:
    from test_screen_fit import assert_fits, minimum

    case = register()
    notice = print_notice(ctx, case.number, out=tmp_path / "n.pdf")
    page = CaseDetailPage(ctx, paths, case.id)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    page.ui.tabs.setCurrentWidget(page.ui.documents_tab)
    table = page.ui.documents_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[-1] == "送达" and table.item(0, len(headers) - 1).text() == ""
    assert not page.serve_button.isEnabled()  # nothing selected yet
    table.selectRow(0)
    assert page.serve_button.isEnabled()

    dialog = page.serve_selected()
    assert dialog is not None and dialog.isVisible()
    assert_fits("登记送达", minimum(dialog))
    names = [dialog.recipient_combo.itemText(i) for i in range(dialog.recipient_combo.count())]
    respondent = next(n for n in names if n.startswith("被申请人"))
    dialog.recipient_combo.setCurrentIndex(names.index(respondent))
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findText("留置送达"))
    assert dialog.receipt_combo.currentText() == "拒收"  # 留置 is a refusal
    dialog.place_edit.setText("被申请人住所")
    assert not dialog.save()
    assert "留置送达须写明见证人" in dialog.error_label.text() and dialog.isVisible()
    assert dialog.place_edit.text() == "被申请人住所"  # nothing typed is lost
    dialog.witness_edit.setText("王村主任（村委会）")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "service_dialog.png"))
    assert dialog.save()
    assert not dialog.isVisible()
    recorded = services_of(ctx, case.number)
    assert [(r.recipient, r.method, r.receipt, r.witness, r.document_id) for r in recorded] == [
        (respondent.split("：", 1)[1], "留置送达", "拒收", "王村主任（村委会）", notice.document_id)]
    column = table.columnCount() - 1
    qtbot.waitUntil(lambda: table.item(0, column) is not None and table.item(0, column).text().startswith("已送达"))
    assert f"{respondent.split('：', 1)[1]} {ctx.today().isoformat()}（留置送达）" in table.item(0, column).text()
    page.grab().save(str(SHOTS / "case_documents.png"))
