"""The 案件 page with real widgets: debounced search through the store, filters, SQL sorting, masking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import organization, person
from PySide6.QtCore import Qt

from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.case_model import COLUMNS
from fuyuan_desktop.ui.pages.cases import CasesPage


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user: ASCII by key clicks, Chinese by an input-method commit (as a pinyin IME sends it)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def loaded(qtbot: Any, page: CasesPage) -> CasesPage:
    """Wait for the list's ids, which are read on a worker."""
    qtbot.waitUntil(lambda: not page.model.loading(), timeout=60000)
    return page


def _cells(page: CasesPage) -> list[list[str]]:
    model = page.model
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]


def _column(page: CasesPage, header: str) -> list[str]:
    index = [c[0] for c in COLUMNS].index(header)
    return [row[index] for row in _cells(page)]


def _cases(register: Callable[..., IntakeResult]) -> list[IntakeResult]:
    return [
        register(person("张三", seq=1, phone="13812345678"), person("李四", "被申请人", seq=2)),
        register(person("王五", seq=3), organization("松原市金穗农业发展有限公司"), category="土地承包经营权流转纠纷"),
        register(person("赵䶮", seq=4), person("钱七", "被申请人", seq=5)),
    ]


def test_typing_searches_after_a_pause_and_shows_ranked_rows(qtbot: Any, ctx: Workspace,
                                                             register: Callable[..., IntakeResult]) -> None:
    _cases(register)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    assert page.model.total() == 3
    qtbot.keyClicks(page.ui.search_edit, "zs")
    # nothing happens per keystroke; the debounce timer fires once typing pauses
    qtbot.waitUntil(lambda: page.model.total() == 1, timeout=3000)
    assert "张三" in _column(page, "当事人")[0]
    assert "检索到 1 件" in page.ui.count_label.text()
    page.ui.search_edit.clear()
    type_text(qtbot, page.ui.search_edit, "金穗农业")
    qtbot.waitUntil(lambda: page.model.total() == 1 and "王五" in _column(page, "当事人")[0], timeout=3000)
    page.ui.search_edit.clear()
    type_text(qtbot, page.ui.search_edit, "赵䶮")  # a rare character in the name
    qtbot.waitUntil(lambda: page.model.total() == 1 and "赵䶮" in _column(page, "当事人")[0], timeout=3000)


def test_id_numbers_never_appear_in_the_list(qtbot: Any, ctx: Workspace,
                                             register: Callable[..., IntakeResult]) -> None:
    from conftest import make_id_number

    _cases(register)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    text = "".join("".join(row) for row in _cells(page))
    for seq in range(1, 6):
        assert make_id_number(seq) not in text
    assert "13812345678" not in text


def test_filters_narrow_the_list(qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    results = _cases(register)
    add_mediator(ctx, "刘堃", "特邀调解员")
    assign_mediators(ctx, results[0].number, ["刘堃"])
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    page.ui.category_filter.setCurrentIndex(page.ui.category_filter.findData("land_transfer"))
    assert loaded(qtbot, page).model.total() == 1 and "王五" in _column(page, "当事人")[0]
    assert page.ui.count_label.text() == "共 1 件"
    page.ui.category_filter.setCurrentIndex(0)
    page.ui.status_filter.setCurrentIndex(page.ui.status_filter.findData("assigned"))
    assert loaded(qtbot, page).model.total() == 1 and "张三" in _column(page, "当事人")[0]
    page.ui.status_filter.setCurrentIndex(0)
    type_text(qtbot, page.ui.mediator_filter, "刘堃")
    qtbot.waitUntil(lambda: page.model.total() == 1, timeout=3000)


def test_sorting_happens_in_sql_and_toggles(qtbot: Any, ctx: Workspace,
                                            register: Callable[..., IntakeResult]) -> None:
    _cases(register)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    number_column = [c[0] for c in COLUMNS].index("案件编号")
    page._sort_by(number_column)  # first click: ascending
    ascending = _column(loaded(qtbot, page), "案件编号")
    assert ascending == sorted(ascending)
    page._sort_by(number_column)
    assert _column(loaded(qtbot, page), "案件编号") == sorted(ascending, reverse=True)


def test_enter_on_a_row_asks_to_open_that_case(qtbot: Any, ctx: Workspace,
                                               register: Callable[..., IntakeResult]) -> None:
    results = _cases(register)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    page.show()
    table = page.ui.case_table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.open_case, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args[0] in {r.id for r in results}


def test_a_newer_search_overtakes_an_older_one_still_on_its_way(qtbot: Any, ctx: Workspace,
                                                                register: Callable[..., IntakeResult]) -> None:
    _cases(register)
    page = loaded(qtbot, CasesPage(ctx))
    qtbot.addWidget(page)
    flt = page.current_filter()
    page.model.set_filter(flt, "zs")  # two reads in flight; only the last one's rows may show
    page.model.set_filter(flt, "王五")
    assert page.model.loading()
    loaded(qtbot, page)
    qtbot.wait(300)  # the older read's answer (张三) arrives too, and must be ignored
    assert page.model.total() == 1 and "王五" in _column(page, "当事人")[0]


def test_keyboard_enter_opens_the_top_hit_down_enters_the_list_esc_returns(
        qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    results = _cases(register)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    loaded(qtbot, page)
    search, table = page.ui.search_edit, page.ui.case_table
    page.focus_search()
    qtbot.keyClicks(search, "zs")
    # Enter before the pause is over: the search runs now, and its top hit opens when it is in
    with qtbot.waitSignal(page.open_case, timeout=3000) as opened:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert opened.args[0] == results[0].id
    search.clear()
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.total() == 3, timeout=3000)
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    second = page.model.case_id(1)
    with qtbot.waitSignal(page.open_case, timeout=2000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args[0] == second
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert search.hasFocus()
    with qtbot.waitSignal(page.open_case, timeout=2000) as opened:  # the list is loaded: opens at once
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert opened.args[0] == page.model.case_id(0)


def test_the_row_cache_stays_bounded_while_scrolling_and_rows_read_again_are_right(
        qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult], monkeypatch: Any) -> None:
    from fuyuan_desktop.ui import case_model

    monkeypatch.setattr(case_model, "BATCH", 4)  # the same logic as 200/5,000 at 1,000,000 rows, on 30 cases
    monkeypatch.setattr(case_model, "CACHE_LIMIT", 8)
    made = [register(person(f"当事人{n}", seq=n), person("李四", "被申请人", seq=90 + n)) for n in range(1, 31)]
    page = loaded(qtbot, CasesPage(ctx))
    qtbot.addWidget(page)
    model = page.model
    number = [c[0] for c in COLUMNS].index("案件编号")
    first_pass = [str(model.index(r, number).data()) for r in range(model.rowCount())]
    assert model.cached_rows() <= 8  # scrolled through every row, held at most the limit
    assert sorted(first_pass) == sorted(r.number for r in made)
    second_pass = [str(model.index(r, number).data()) for r in range(model.rowCount())]
    assert second_pass == first_pass and model.cached_rows() <= 8  # evicted rows come back from the store


def test_the_sort_arrow_shows_the_order_that_is_applied(qtbot: Any, ctx: Workspace,
                                                        register: Callable[..., IntakeResult]) -> None:
    _cases(register)
    page = loaded(qtbot, CasesPage(ctx))
    qtbot.addWidget(page)
    header = page.ui.case_table.horizontalHeader()
    headers = [c[0] for c in COLUMNS]
    registered = headers.index("登记日期")
    # the list opens newest first, and the arrow says so (not "case number ascending")
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == registered
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    page._sort_by(headers.index("当事人"))  # a column SQL cannot sort: nothing changes, nor does the arrow
    assert header.sortIndicatorSection() == registered and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    page._sort_by(registered)  # the same column again: toggles
    dates = _column(loaded(qtbot, page), "登记日期")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder and dates == sorted(dates)
    type_text(qtbot, page.ui.search_edit, "张")
    qtbot.waitUntil(lambda: not header.isSortIndicatorShown(), timeout=60000)  # ranked hits: no arrow
