"""Case search over a small hand-built store: names, enterprise names, ID numbers, phones, case numbers,
pinyin initials and places; ranking; tombstones; LIKE metacharacters."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import intake_input, make_id_number, organization, person
from sqlalchemy import select

from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.workflow import set_official_number
from fuyuan_desktop.store.models import Dispute, Party, Place
from fuyuan_desktop.store.search import classify

OFFICIAL = "（2026）吉0702民诉前调15号"


@dataclass(frozen=True)
class Dataset:
    zhang_wei: str
    zhang_wei_ming: str
    ouyang_zhang_wei: str
    zhang_san: str
    enterprise: str
    percent: str
    tombstoned_party: str
    tombstoned_dispute: str
    numbers: dict[str, str]
    brand: str = ""


@pytest.fixture
def data(ctx: ServiceContext) -> Dataset:
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        _full, initials = name_keys("前进村")
        session.add(Place(name="前进村", kind="village", township="伯都乡", name_initials=initials))
        session.add(Place(name="前七号镇", kind="township", name_initials=name_keys("前七号镇")[1]))

    def add(*parties, **extra):  # type: ignore[no-untyped-def]
        return intake_dispute(ctx, intake_input(*parties, **extra))

    zw = add(person("张伟", seq=11, phone="13843812345"), person("孙甲", "被申请人", seq=12))
    zwm = add(person("张伟明", seq=21, phone="0438-6221234"), person("孙乙", "被申请人", seq=22))
    ozw = add(person("欧阳张伟", seq=31), person("孙丙", "被申请人", seq=32))
    zs = add(person("张三", seq=41), person("孙丁", "被申请人", seq=42), place="伯都乡前进村三组")
    ent = add(person("周工人", seq=51, phone="0431 8555 1234"), organization("松原市恒达建材有限公司"), category="劳动争议")
    pct = add(person("王%五", seq=61), person("孙戊", "被申请人", seq=62))
    brand = add(person("吴工人", seq=91), organization("长岭县老字号酒坊", org_body="MA0Y5678"), category="劳动争议",
                place="长岭县前七号镇")
    gone_party = add(person("赵六", seq=71), person("孙己", "被申请人", seq=72))
    gone_dispute = add(person("钱七", seq=81), person("孙庚", "被申请人", seq=82))
    set_official_number(ctx, ent.number, "(2026) 吉0702民诉前调15")
    with ctx.db.write(ctx.actor, "删除") as session:
        party = session.scalars(select(Party).where(Party.name == "赵六")).one()
        party.deleted = True
        tombstoned = session.get(Dispute, gone_dispute.id)
        assert tombstoned is not None
        tombstoned.deleted = True
    return Dataset(zw.id, zwm.id, ozw.id, zs.id, ent.id, pct.id, gone_party.id, gone_dispute.id,
                   {r.id: r.number for r in (zw, zwm, ozw, zs, ent, pct, gone_party, gone_dispute, brand)},
                   brand.id)


def ids(ctx: ServiceContext, query: str) -> list[str]:
    return [row.id for row in search_cases(ctx, query)]


def test_two_character_name_ranks_exact_above_prefix_above_substring(ctx: ServiceContext, data: Dataset) -> None:
    assert classify("张伟") == "name"
    hits = search_cases(ctx, "张伟")
    assert [h.id for h in hits] == [data.zhang_wei, data.zhang_wei_ming, data.ouyang_zhang_wei]
    assert hits[0].score > hits[1].score > hits[2].score


def test_longer_exact_name_ranks_above_trigram_substring(ctx: ServiceContext, data: Dataset) -> None:
    # 3+ characters take the FTS trigram path; the exact name still comes first.
    assert ids(ctx, "张伟明") == [data.zhang_wei_ming]
    hits = search_cases(ctx, "阳张伟")
    assert [h.id for h in hits] == [data.ouyang_zhang_wei]


def test_enterprise_name_substring_uses_trigram_index(ctx: ServiceContext, data: Dataset) -> None:
    assert ids(ctx, "恒达建材") == [data.enterprise]
    assert ids(ctx, "建材有限") == [data.enterprise]
    assert ids(ctx, "松原市恒达建材有限公司") == [data.enterprise]
    assert ids(ctx, "恒达水泥") == []


def test_full_id_number_and_its_tail(ctx: ServiceContext, data: Dataset) -> None:
    number = make_id_number(11)
    assert classify(number) == "id"
    assert ids(ctx, number) == [data.zhang_wei]
    assert ids(ctx, number[-4:]) == [data.zhang_wei]
    assert ids(ctx, number[-6:]) == [data.zhang_wei]
    # Lower-case x and full-width digits are typed too.
    tail = number[-6:].replace("X", "x").translate({ord(str(d)): chr(0xFF10 + d) for d in range(10)})
    assert ids(ctx, tail) == [data.zhang_wei]
    assert ids(ctx, make_id_number(999)) == []


@pytest.mark.parametrize("typed", ["13843812345", "138 4381 2345", "+86 138 4381 2345", "+8613843812345",
                                   "0086-138-4381-2345"])
def test_phone_in_the_forms_people_type(ctx: ServiceContext, data: Dataset, typed: str) -> None:
    assert classify(typed) == "phone"
    assert ids(ctx, typed) == [data.zhang_wei]


@pytest.mark.parametrize(("typed", "who"), [("0438-6221234", "zhang_wei_ming"), ("04386221234", "zhang_wei_ming"),
                                             ("0431-85551234", "enterprise"), ("0431 8555 1234", "enterprise")])
def test_landline_numbers(ctx: ServiceContext, data: Dataset, typed: str, who: str) -> None:
    assert classify(typed) == "phone"
    assert ids(ctx, typed) == [getattr(data, who)]


def test_provisional_number_with_and_without_brackets_and_hao(ctx: ServiceContext, data: Dataset) -> None:
    number = data.numbers[data.zhang_san]
    assert number.startswith("临-开发区-2026-")
    tag = number.split("-")[3]
    for typed in (number, f"{number}号", f"({number})", f"（{number}）号", number.replace(tag, tag.lower()),
                  f" {number} "):
        assert ids(ctx, typed) == [data.zhang_san], typed


def test_provisional_number_prefix_lists_the_series(ctx: ServiceContext, data: Dataset) -> None:
    prefix = data.numbers[data.zhang_san].rsplit("-", 1)[0]
    found = set(ids(ctx, prefix))
    live = set(data.numbers) - {data.tombstoned_dispute}
    assert found == live


def test_official_number_typed_with_half_width_brackets(ctx: ServiceContext, data: Dataset) -> None:
    for typed in ("(2026)吉0702民诉前调15号", "（2026）吉0702民诉前调15号", "2026吉0702民诉前调15",
                  "〔2026〕吉0702民诉前调15号"):
        hits = search_cases(ctx, typed)
        assert [h.id for h in hits] == [data.enterprise], typed
        assert hits[0].number == OFFICIAL
    assert ids(ctx, "(2026)吉0702民诉前调16号") == []


def test_pinyin_initials(ctx: ServiceContext, data: Dataset) -> None:
    assert classify("zs") == "pinyin"
    assert ids(ctx, "zs") == [data.zhang_san]
    assert ids(ctx, "ZS") == [data.zhang_san]
    # Full pinyin prefix works too.
    assert ids(ctx, "zhangsan") == [data.zhang_san]


def test_place_name(ctx: ServiceContext, data: Dataset) -> None:
    assert ids(ctx, "前进村") == [data.zhang_san]
    assert ids(ctx, "前进") == [data.zhang_san]
    assert ids(ctx, "qjc") == [data.zhang_san]


def test_names_and_places_containing_hao_are_not_taken_for_case_numbers(ctx: ServiceContext,
                                                                          data: Dataset) -> None:
    assert classify("前七号") == classify("老字号") == "name"
    assert ids(ctx, "前七号") == [data.brand]
    assert ids(ctx, "老字号") == [data.brand]
    assert ids(ctx, "长岭县老字号酒坊") == [data.brand]


def test_tombstoned_party_is_not_found(ctx: ServiceContext, data: Dataset) -> None:
    assert ids(ctx, "赵六") == []
    assert ids(ctx, make_id_number(71)) == []
    # The dispute itself is still live and found through its other party.
    assert ids(ctx, "孙己") == [data.tombstoned_party]


def test_tombstoned_dispute_is_not_found(ctx: ServiceContext, data: Dataset) -> None:
    assert ids(ctx, data.numbers[data.tombstoned_dispute]) == []
    assert ids(ctx, "钱七") == []
    assert ids(ctx, make_id_number(81)[-4:]) == []
    assert ids(ctx, "qianqi") == []


@pytest.mark.parametrize("typed", ["%", "_", "%%", "__", "%%%", "张%", "_伟", "%_%"])
def test_like_metacharacters_do_not_match_everything(ctx: ServiceContext, data: Dataset, typed: str) -> None:
    found = ids(ctx, typed)
    # Only the party whose name really contains "%" may match a query that contains only it.
    assert set(found) <= {data.percent}
    if typed in ("%", "%%"):
        assert found == ([data.percent] if typed == "%" else [])


def test_blank_query_finds_nothing(ctx: ServiceContext, data: Dataset) -> None:
    assert ids(ctx, "") == []
    assert ids(ctx, "   ") == []
