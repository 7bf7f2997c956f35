"""The line-breaking rules of Chinese typesetting (禁则) on their own: glyphs of width 1 on lines of a given
width, so each case shows exactly where a line may and may not end."""

from __future__ import annotations

from fuyuan_desktop.documents.linebreak import may_break, split_lines


def lines(text: str, width: int) -> list[str]:
    glyphs = list(text)
    return ["".join(glyphs[a:b]) for a, b, _ in split_lines(glyphs, [1.0] * len(glyphs), [float(width)])]


def test_a_closing_mark_that_would_start_a_line_hangs_in_the_margin() -> None:
    assert lines("一二三四五：六七八九十", 5) == ["一二三四五：", "六七八九十"]
    assert lines("一二三四五。」六七", 5) == ["一二三四", "五。」六七"]  # two marks: the character comes down


def test_an_opening_bracket_never_ends_a_line() -> None:
    assert lines("一二三四（五六七八九", 5) == ["一二三四", "（五六七八", "九"]
    assert lines("一二三四《法》", 5)[0] == "一二三四"


def test_numbers_ids_and_amounts_stay_whole() -> None:
    assert lines("金额为12,000.00元整", 12) == ["金额为", "12,000.00元整"]
    assert lines("身份号码220702********1234。", 20) == ["身份号码", "220702********1234。"]
    assert lines("联系电话0438-1234567", 12) == ["联系电话", "0438-1234567"]


def test_a_run_longer_than_the_line_is_cut_where_the_line_is_full() -> None:
    assert lines("号220702199001011234", 10) == ["号", "2207021990", "01011234"]


def test_a_handwriting_blank_stays_with_its_words() -> None:
    nb = "\u00a0"
    text = f"请于{nb * 4}月{nb * 4}日前告知"
    out = lines(text, 12)
    assert any(f"于{nb * 4}月{nb * 4}日" in line for line in out), out


def test_may_break_pairs() -> None:
    assert may_break("一", "二")
    assert not may_break("一", "，") and not may_break("（", "一")
    assert not may_break("1", "2") and not may_break("0", "元")
    assert not may_break("—", "—") and not may_break("…", "…")
