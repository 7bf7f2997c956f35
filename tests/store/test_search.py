"""Case search over a small hand-built store: names, enterprise names, ID numbers, phones, case numbers,
pinyin initials and places; ranking; tombstones; LIKE metacharacters."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import intake_input, make_id_number, organization, person
from sqlalchemy import select

from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.workflow import set_official_number
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import CaseParty, Dispute, Party, Place
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
def data(ctx: Workspace) -> Dataset:
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        _full, initials = name_keys("前进村")
        session.add(Place(name="前进村", kind="village", township="伯都乡", name_initials=initials))
        session.add(Place(name="前七号镇", kind="township", name_initials=name_keys("前七号镇")[1]))

    def add(*parties, **extra):  # type: ignore[no-untyped-def]
        return intake_dispute(ctx, intake_input(*parties, **extra))

    zw = add(person("张伟", seq=11, phone="13843812345"), person("孙甲", "被申请人", seq=12))
    zwm = add(person("张伟明", seq=21, phone="0438-6221234"), person("孙乙", "被申请人", seq=22))
    ozw = add(person("欧阳张伟", seq=31), person("孙丙", "被申请人", seq=32))
    zs = add(person("张三", seq=41), person("孙丁", "被申请人", seq=42), place="前进乡前进村三组")  # 三组: detail
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


def ids(ctx: Workspace, query: str) -> list[str]:
    return [row.id for row in search_cases(ctx, query)]


@pytest.mark.slow
def test_two_character_name_ranks_exact_above_prefix_above_substring(ctx: Workspace, data: Dataset) -> None:
    assert classify("张伟") == "name"
    hits = search_cases(ctx, "张伟")
    assert [h.id for h in hits] == [data.zhang_wei, data.zhang_wei_ming, data.ouyang_zhang_wei]
    assert hits[0].score > hits[1].score > hits[2].score


def test_longer_exact_name_ranks_above_trigram_substring(ctx: Workspace, data: Dataset) -> None:
    # 3+ characters take the FTS trigram path; the exact name still comes first.
    assert ids(ctx, "张伟明") == [data.zhang_wei_ming]
    hits = search_cases(ctx, "阳张伟")
    assert [h.id for h in hits] == [data.ouyang_zhang_wei]


def test_enterprise_name_substring_uses_trigram_index(ctx: Workspace, data: Dataset) -> None:
    assert ids(ctx, "恒达建材") == [data.enterprise]
    assert ids(ctx, "建材有限") == [data.enterprise]
    assert ids(ctx, "松原市恒达建材有限公司") == [data.enterprise]
    assert ids(ctx, "恒达水泥") == []


def test_full_id_number_and_its_tail(ctx: Workspace, data: Dataset) -> None:
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
def test_phone_in_the_forms_people_type(ctx: Workspace, data: Dataset, typed: str) -> None:
    assert classify(typed) == "phone"
    assert ids(ctx, typed) == [data.zhang_wei]


@pytest.mark.parametrize(("typed", "who"), [("0438-6221234", "zhang_wei_ming"), ("04386221234", "zhang_wei_ming"),
                                             ("0431-85551234", "enterprise"), ("0431 8555 1234", "enterprise")])
def test_landline_numbers(ctx: Workspace, data: Dataset, typed: str, who: str) -> None:
    assert classify(typed) == "phone"
    assert ids(ctx, typed) == [getattr(data, who)]


def test_provisional_number_with_and_without_brackets_and_hao(ctx: Workspace, data: Dataset) -> None:
    number = data.numbers[data.zhang_san]
    assert number.startswith("临-开发区-2026-")
    tag = number.split("-")[3]
    for typed in (number, f"{number}号", f"({number})", f"（{number}）号", number.replace(tag, tag.lower()),
                  f" {number} "):
        assert ids(ctx, typed) == [data.zhang_san], typed


def test_provisional_number_prefix_lists_the_series(ctx: Workspace, data: Dataset) -> None:
    prefix = data.numbers[data.zhang_san].rsplit("-", 1)[0]
    found = set(ids(ctx, prefix))
    live = set(data.numbers) - {data.tombstoned_dispute}
    assert found == live


def test_official_number_typed_with_half_width_brackets(ctx: Workspace, data: Dataset) -> None:
    for typed in ("(2026)吉0702民诉前调15号", "（2026）吉0702民诉前调15号", "2026吉0702民诉前调15",
                  "〔2026〕吉0702民诉前调15号"):
        hits = search_cases(ctx, typed)
        assert [h.id for h in hits] == [data.enterprise], typed
        assert hits[0].number == OFFICIAL
    assert ids(ctx, "(2026)吉0702民诉前调16号") == []


def test_pinyin_initials(ctx: Workspace, data: Dataset) -> None:
    assert classify("zs") == "pinyin"
    assert ids(ctx, "zs") == [data.zhang_san]
    assert ids(ctx, "ZS") == [data.zhang_san]
    # Full pinyin prefix works too.
    assert ids(ctx, "zhangsan") == [data.zhang_san]


def test_place_name(ctx: Workspace, data: Dataset) -> None:
    assert ids(ctx, "前进村") == [data.zhang_san]
    assert ids(ctx, "前进") == [data.zhang_san]
    assert ids(ctx, "qjc") == [data.zhang_san]


def test_names_and_places_containing_hao_are_not_taken_for_case_numbers(ctx: Workspace,
                                                                          data: Dataset) -> None:
    assert classify("前七号") == classify("老字号") == "name"
    assert ids(ctx, "前七号") == [data.brand]
    assert ids(ctx, "老字号") == [data.brand]
    assert ids(ctx, "长岭县老字号酒坊") == [data.brand]


def test_tombstoned_party_is_not_found(ctx: Workspace, data: Dataset) -> None:
    assert ids(ctx, "赵六") == []
    assert ids(ctx, make_id_number(71)) == []
    # The dispute itself is still live and found through its other party.
    assert ids(ctx, "孙己") == [data.tombstoned_party]


def test_tombstoned_dispute_is_not_found(ctx: Workspace, data: Dataset) -> None:
    assert ids(ctx, data.numbers[data.tombstoned_dispute]) == []
    assert ids(ctx, "钱七") == []
    assert ids(ctx, make_id_number(81)[-4:]) == []
    assert ids(ctx, "qianqi") == []


@pytest.mark.parametrize("typed", ["%", "_", "%%", "__", "%%%", "张%", "_伟", "%_%"])
def test_like_metacharacters_do_not_match_everything(ctx: Workspace, data: Dataset, typed: str) -> None:
    found = ids(ctx, typed)
    # Only the party whose name really contains "%" may match a query that contains only it.
    assert set(found) <= {data.percent}
    if typed in ("%", "%%"):
        assert found == ([data.percent] if typed == "%" else [])


def test_blank_query_finds_nothing(ctx: Workspace, data: Dataset) -> None:
    assert ids(ctx, "") == []
    assert ids(ctx, "   ") == []


# --- The name index (0007_search): every length from one character, kept in step by the store ---------------

def _postings(ctx: Workspace) -> list[tuple[object, ...]]:
    with ctx.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT key, day, dispute, party FROM name_key ORDER BY 1, 2, 3, 4")]


def _rebuilt(ctx: Workspace) -> list[tuple[object, ...]]:
    from fuyuan_desktop.store.search import fill_name_index

    with ctx.db.engine.begin() as conn:
        fill_name_index(conn)
    return _postings(ctx)


def test_one_character_ranks_start_of_name_above_inside(ctx: Workspace, data: Dataset) -> None:
    hits = search_cases(ctx, "张")
    # 张伟, 张伟明, 张三 begin with 张 (newest registered first); 欧阳张伟 only contains it.
    assert [h.id for h in hits] == [data.zhang_san, data.zhang_wei_ming, data.zhang_wei, data.ouyang_zhang_wei]
    assert [h.score for h in hits] == [70, 70, 70, 50]
    assert ids(ctx, "伟") == [data.ouyang_zhang_wei, data.zhang_wei_ming, data.zhang_wei]
    assert ids(ctx, "赵") == []  # a tombstoned party's keys are gone


def test_one_pinyin_letter_and_two(ctx: Workspace, data: Dataset) -> None:
    with ctx.db.read() as session:
        z_cases = {cp.dispute_id for cp, p in session.execute(
            select(CaseParty, Party).where(CaseParty.party_id == Party.id, Party.name_initials.startswith("z"),
                                           ~CaseParty.deleted, ~Party.deleted))}
    z_cases.discard(data.tombstoned_dispute)
    hits = search_cases(ctx, "z")
    assert {h.id for h in hits} == z_cases and {h.score for h in hits} == {60}
    found = [h.id for h in hits]
    assert [i for i in found if i in (data.zhang_san, data.zhang_wei_ming, data.zhang_wei)] == [
        data.zhang_san, data.zhang_wei_ming, data.zhang_wei]  # newest registered first
    zw = search_cases(ctx, "zw")  # 张伟 by its whole initials, then 张伟明 by their start
    assert [(h.id, h.score) for h in zw] == [(data.zhang_wei, 75), (data.zhang_wei_ming, 60)]
    assert set(ids(ctx, "zh")) >= {data.zhang_san, data.zhang_wei_ming, data.zhang_wei}
    assert ids(ctx, "xy") == []


def test_the_index_follows_renames_tombstones_links_and_dates(ctx: Workspace, data: Dataset) -> None:
    from datetime import date

    assert _postings(ctx) == _rebuilt(ctx)
    with ctx.db.write(ctx.actor, "改名") as session:
        party = session.scalars(select(Party).where(Party.name == "张三")).one()
        party.name, (party.name_pinyin, party.name_initials) = "章山", name_keys("章山")
    assert ids(ctx, "张三") == []
    assert ids(ctx, "章") == [data.zhang_san]
    assert ids(ctx, "zs") == [data.zhang_san]
    with ctx.db.write(ctx.actor, "改登记日期") as session:
        dispute = session.get(Dispute, data.zhang_wei)
        assert dispute is not None
        dispute.registered_on = date(2020, 1, 2)
    assert ids(ctx, "张")[-2:] == [data.zhang_wei, data.ouyang_zhang_wei]  # 张伟's case is now the oldest
    with ctx.db.write(ctx.actor, "撤销当事人") as session:
        link = session.scalars(select(CaseParty).where(CaseParty.dispute_id == data.zhang_wei_ming,
                                                       CaseParty.role == "applicant")).one()
        link.deleted = True
        link_id = link.id
    assert ids(ctx, "张伟明") == []
    assert ids(ctx, "孙乙") == [data.zhang_wei_ming]
    with ctx.db.engine.begin() as conn:  # sessions hide tombstones: restore the link underneath them
        conn.exec_driver_sql("UPDATE caseparty SET deleted = 0 WHERE id = ?", (link_id,))
    assert ids(ctx, "张伟明") == [data.zhang_wei_ming]
    # Whatever the triggers did equals the index rebuilt from scratch.
    assert _postings(ctx) == _rebuilt(ctx)


QUERIES = ["张", "伟", "张伟", "孙", "欧阳张伟", "恒达建材", "建材有限", "有限公司", "阳张伟", "前七号", "z", "zw",
           "zh", "zhang", "zhangwei", "sj", "sun", "qjc", "前进", "新", "王%五", "%", "张%",
           "临-开发区", "临-开发区-2026"]


@pytest.mark.parametrize("query", QUERIES)
def test_large_paths_answer_as_the_small_ones(ctx: Workspace, data: Dataset, query: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Above SMALL matches a tier walks the name index (or the registration dates) newest first instead of
    # joining and sorting every match; with SMALL at 0 every query takes that path and must agree.
    from fuyuan_desktop.store import search

    small = search_cases(ctx, query)
    monkeypatch.setattr(search, "SMALL", 0)
    large = search_cases(ctx, query)
    assert [(h.id, h.score) for h in large] == [(h.id, h.score) for h in small]


@pytest.mark.parametrize("junk", ["\x00", "\u200b", "\t", "\ufeff"])
def test_control_and_format_characters_in_a_query_neither_fail_nor_hide_a_match(ctx: Workspace, data: Dataset,
                                                                                 junk: str) -> None:
    assert search_cases(ctx, f"00{junk}") is not None  # found by the CLI fuzz test: a NUL failed inside SQLite
    assert [h.id for h in search_cases(ctx, f"张伟{junk}")] == [h.id for h in search_cases(ctx, "张伟")]
