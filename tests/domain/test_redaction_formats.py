"""The redactor covers every format intake accepts, property-tested: any ID number or phone that the intake
parsers take (grouped with spaces or dashes, full-width digits, +86, an area code in brackets) is gone from
the redacted text — the examples the probe found included."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.identifiers import id_check_char, normalize_text_digits, parse_id_number, parse_phone
from fuyuan_desktop.domain.redaction import redact_personal

TODAY = date(2026, 11, 20)
FULL = str.maketrans("0123456789X+()", "０１２３４５６７８９Ｘ＋（）")
SEPARATORS = st.sampled_from([" ", "-", "\u3000", "－", " - ", ""])


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(["220702", "220721", "220722", "110105", "810000"]))
    born = draw(st.dates(min_value=date(1930, 1, 1), max_value=date(2008, 12, 31)))
    first17 = f"{region}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return first17 + id_check_char(first17)


mobiles = st.builds(lambda head, rest: f"1{head}{rest:09d}", st.sampled_from("3456789"), st.integers(0, 10**9 - 1))
landlines = st.builds(lambda local: f"0438{local:07d}", st.integers(1_000_000, 9_999_999))


@st.composite
def typed(draw: st.DrawFn, number: str, *, mobile: bool = False, landline: bool = False) -> str:
    """``number`` as a person might type it: grouped, with +86 or (0438), some digits full-width."""
    cuts = sorted(draw(st.sets(st.integers(1, len(number) - 1), max_size=4)))
    parts = [number[a:b] for a, b in zip([0, *cuts], [*cuts, len(number)], strict=True)]
    text = "".join(part + draw(SEPARATORS) for part in parts[:-1]) + parts[-1]
    if mobile and draw(st.booleans()):
        text = draw(st.sampled_from(["+86", "+86 ", "0086", "＋８６ "])) + text
    if landline and draw(st.booleans()):
        text = "(0438)" + number[4:]
    if draw(st.booleans()):
        text = text.translate(FULL)
    return text


def _digits(text: str) -> str:
    return "".join(ch for ch in normalize_text_digits(text).upper() if ch.isdigit() or ch == "X")


def _gone(raw: str, core: str) -> None:
    line = f"ValueError: 无法保存当事人 {raw}，请重试"
    redacted = redact_personal(line)
    assert core not in _digits(redacted), (raw, redacted)


@given(data=st.data(), number=id_numbers())
@settings(max_examples=300)
@example(data=None, number="")
def test_any_id_number_intake_accepts_is_redacted(data: st.DataObject | None, number: str) -> None:
    if data is None:
        raw, number = "220702 19880606 1231", "220702198806061231"
        number = number[:17] + id_check_char(number[:17])
        raw = f"{number[:6]} {number[6:14]} {number[14:]}"
    else:
        raw = data.draw(typed(number))
    try:
        accepted = parse_id_number(raw, today=TODAY).number
    except ValidationError:
        assume(False)
        return
    _gone(raw, accepted)


@given(data=st.data(), number=mobiles | landlines)
@settings(max_examples=300)
@example(data=None, number="")
def test_any_phone_intake_accepts_is_redacted(data: st.DataObject | None, number: str) -> None:
    if data is None:
        for raw in ("(0438)6123456", "＋８６ １３９ ０４３８ １２３４", "0438 612 3456", "+86-139-0438-1234"):
            _gone(raw, parse_phone(raw).number.replace("-", ""))
        return
    raw = data.draw(typed(number, mobile=number.startswith("1"), landline=number.startswith("0438")))
    try:
        accepted = parse_phone(raw).number.replace("-", "")
    except ValidationError:
        assume(False)
        return
    _gone(raw, accepted)
