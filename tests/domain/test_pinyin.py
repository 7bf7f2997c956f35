"""Tests for the pinyin search keys of party names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuyuan_desktop.domain.pinyin import SURNAME_READINGS, name_keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("张三", ("zhangsan", "zs")),
        ("单田芳", ("shantianfang", "stf")),
        ("曾国藩", ("zengguofan", "zgf")),
        ("解缙", ("xiejin", "xj")),
        ("仇英", ("qiuying", "qy")),
        ("区小平", ("ouxiaoping", "oxp")),
        ("单于明", ("chanyuming", "cym")),
        ("尉迟恭", ("yuchigong", "ycg")),
        ("吕布", ("lvbu", "lb")),
        ("阿依古丽·买买提", ("ayigulimaimaiti", "ayglmmt")),
        ("  王 五 ", ("wangwu", "ww")),
    ],
)
def test_person_names(name: str, keys: tuple[str, str]) -> None:
    assert name_keys(name) == keys


def test_organisation_names_keep_ordinary_readings() -> None:
    assert name_keys("查干湖旅游有限公司") == ("chaganhulvyouyouxiangongsi", "cghlyyxgs")
    assert name_keys("解放村股份经济合作社")[1] == "jfcgfjjhzs"
    assert name_keys("区政府", person=False) == ("quzhengfu", "qzf")
    assert name_keys("查", person=True) == ("zha", "z")


def test_latin_digits_and_unknown_characters() -> None:
    assert name_keys("TCL科技有限公司") == ("tclkejiyouxiangongsi", "tclkjyxgs")
    assert name_keys("ＡＢＣ（松原）2号店") == ("abcsongyuan2haodian", "abcsy2hd")
    assert name_keys("\U0002b81d三") == ("\U0002b81dsan", "\U0002b81ds")
    assert name_keys("") == ("", "")
    assert name_keys("·—、") == ("", "")


@given(st.sampled_from(sorted(SURNAME_READINGS)), st.text(alphabet="明华国强丽", min_size=1, max_size=2))
def test_every_surname_reading_applies_to_person_names(surname: str, given_name: str) -> None:
    full, initials = name_keys(surname + given_name)
    assert full.startswith(SURNAME_READINGS[surname])
    assert initials[0] == SURNAME_READINGS[surname][0]
    assert len(initials) == 1 + len(given_name)


@given(st.text(min_size=0, max_size=12))
def test_keys_are_lowercase_without_spaces(name: str) -> None:
    full, initials = name_keys(name)
    assert full == full.lower() and initials == initials.lower()
    assert not any(ch.isspace() for ch in full + initials)
    assert len(initials) <= len(full)
