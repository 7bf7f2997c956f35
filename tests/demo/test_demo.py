"""Demo data: valid identifiers, the courts' story (宁江 land-transfer cluster, agency disputes), search, audit."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fuyuan_desktop.demo import (
    TABLE_ORDER,
    DemoCancelledError,
    DemoSummary,
    demo_batches,
    generate_demo,
)
from fuyuan_desktop.domain.case_numbers import number_search_key, parse_case_number, parse_provisional_number
from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.domain.identifiers import parse_credit_code, parse_id_number, parse_phone
from fuyuan_desktop.services.agreements import canonical_content, content_hash
from fuyuan_desktop.services.audit import verify_audit
from fuyuan_desktop.services.bulk_intake import TABLES
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.linkage.clusters import similar_clusters
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.parties import law_problems
from fuyuan_desktop.services.places import link_typed_place
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Agreement
from fuyuan_desktop.store.paths import DataPaths

SYNC_COLUMNS = {"origin_device", "hlc", "created_at", "updated_at", "deleted"}


def _rows(ctx: Workspace, sql: str, **params: object) -> list[tuple[object, ...]]:
    with ctx.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _count(ctx: Workspace, table: str) -> int:
    return int(_rows(ctx, f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, DemoSummary, list[int]]:
    ctx = initialize(DataPaths(tmp_path_factory.mktemp("demo")))
    seen: list[int] = []
    summary = generate_demo(ctx, disputes=1000, seed=2025, progress=seen.append)
    return ctx, summary, seen


def test_generates_a_thousand_disputes_with_everything_around_them(
    demo: tuple[Workspace, DemoSummary, list[int]],
) -> None:
    ctx, summary, progress = demo
    assert summary.disputes == _count(ctx, "dispute") == 1000
    assert summary.parties == _count(ctx, "party") > 1000
    assert summary.sessions == _count(ctx, "mediationsession") > 500
    assert summary.agreements == _count(ctx, "agreement") > 300
    assert summary.places == int(_rows(ctx, "SELECT count(DISTINCT place_id) FROM dispute")[0][0]) > 150
    assert 40 <= summary.mediators == _count(ctx, "mediator") <= 70
    assert progress == [1000]
    roles = {r[0] for r in _rows(ctx, "SELECT DISTINCT role FROM mediator")}
    assert roles == {"judge", "clerk", "people_mediator", "admin_mediator", "lawyer_mediator", "invited_mediator"}
    kinds = {r[0] for r in _rows(ctx, "SELECT DISTINCT pl.kind FROM dispute d JOIN place pl ON pl.id = d.place_id")}
    assert {"village", "community", "industrial_park"} <= kinds
    assert _count(ctx, "recordrevision") == int(
        _rows(ctx, "SELECT count(*) FROM mediationsession WHERE record_text <> ''")[0][0]
    )
    # Every case is linked to a registry place (none of the demo's own): the places registry is all there is.
    assert _rows(ctx, "SELECT count(*) FROM place WHERE source = 'legacy' OR code = ''") == [(0,)]
    assert _rows(
        ctx,
        "SELECT count(*) FROM dispute d LEFT JOIN place pl ON pl.id = d.place_id "
        "WHERE pl.id IS NULL OR pl.code = '' OR pl.source <> 'shipped' OR pl.level NOT IN ('village', 'park')",
    ) == [(0,)]


def test_every_case_place_links_the_way_intake_links_it(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    """The place text of each demo case is what intake would store, and intake links it to the same place."""
    ctx, _, _ = demo
    pairs = {(str(t), str(p)) for t, p in _rows(ctx, "SELECT place_text, place_id FROM dispute")}
    with ctx.db.read() as session:
        for place_text, place_id in sorted(pairs):
            found = link_typed_place(session, place_text, on=ctx.today())
            assert found is not None and found.record_id == place_id, place_text


def test_statistics_list_each_township_once_and_the_warning_counts_every_case(
    demo: tuple[Workspace, DemoSummary, list[int]],
) -> None:
    ctx, _, _ = demo
    labels = [c.label for c in statistics(ctx).by_place]
    assert "伯都乡" in labels and len(labels) == len(set(labels)), labels
    cluster = next(c for c in similar_clusters(ctx) if c.key == "伯都乡" and c.category == "civil_2020:4.10.135")
    cases = int(str(_rows(
        ctx,
        "SELECT count(*) FROM dispute d JOIN place pl ON pl.id = d.place_id WHERE d.category = 'land_transfer' "
        "AND pl.township = '伯都乡' AND d.registered_on BETWEEN :first AND :last",
        first=cluster.first_on, last=cluster.last_on,
    )[0][0]))
    assert cluster.count == cases >= cluster.threshold
    # Every case of the township is counted: none is filed under a free-text place outside the registry.
    assert _rows(ctx, "SELECT count(*) FROM dispute WHERE place_id IS NULL") == [(0,)]


def test_every_id_number_and_credit_code_is_valid_and_unique(
    demo: tuple[Workspace, DemoSummary, list[int]],
) -> None:
    ctx, _, _ = demo
    today = ctx.today()
    people = _rows(ctx, "SELECT id_number, sex, birth_date, id_number_rev FROM party WHERE kind = 'person'")
    assert len({p[0] for p in people}) == len(people)
    counties = {"220702", "220721", "220722", "220723", "220781", "220724"}
    for number, sex, birth, reverse in people:
        info = parse_id_number(str(number), today=today, known_regions=ctx.reference.divisions)
        assert info.warnings == ()
        assert info.region_code in counties
        assert (info.sex, info.birth_date.isoformat()) == (sex, birth)
        assert date(1938, 1, 1) <= info.birth_date <= date(today.year - 9, 12, 31)  # children with a parent
        assert reverse == str(number)[::-1]
    codes = [str(r[0]) for r in _rows(ctx, "SELECT credit_code FROM party WHERE kind <> 'person'")]
    assert len(set(codes)) == len(codes) > 30
    for code in codes:
        assert parse_credit_code(code).warnings == ()
    phones = [str(r[0]) for r in _rows(ctx, "SELECT phone FROM party WHERE phone <> ''")]
    for phone in phones:
        parse_phone(phone)
    mobiles = [p for p in phones if "-" not in p]
    assert len(set(mobiles)) == len(mobiles)


def test_rare_characters_and_mongolian_names_are_present(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    names = [str(r[0]) for r in _rows(ctx, "SELECT name FROM party WHERE kind = 'person'")]
    for char in ("䶮", "\U00020000", "冼", "邝", "昇", "堃", "喆"):
        assert any(char in name for name in names), char
    assert any(len(n) == 2 for n in names) and any(len(n) == 3 for n in names)
    mongolian = _rows(
        ctx,
        "SELECT p.name, pl.county_code FROM party p JOIN caseparty cp ON cp.party_id = p.id "
        "JOIN dispute d ON d.id = cp.dispute_id JOIN place pl ON pl.id = d.place_id "
        "WHERE p.ethnicity = '蒙古族'",
    )
    assert mongolian and {county for _, county in mongolian} == {"220721"}


def test_land_transfer_cluster_in_one_ningjiang_township(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    rows = _rows(
        ctx,
        "SELECT pl.township, d.registered_on FROM dispute d JOIN place pl ON pl.id = d.place_id "
        "WHERE d.category = 'land_transfer' AND pl.county_code = '220702'",
    )
    by_township: dict[str, list[date]] = defaultdict(list)
    for township, day in rows:
        by_township[str(township)].append(date.fromisoformat(str(day)))
    best = 0
    for days in by_township.values():
        days.sort()
        for i, start in enumerate(days):
            best = max(best, sum(1 for d in days[i:] if d < start + timedelta(days=365)))
    assert best >= 10


def test_administrative_disputes_have_an_agency_respondent(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    admin = _rows(
        ctx, "SELECT d.id, d.official_number, d.mediation_kind FROM dispute d WHERE d.category LIKE 'admin_%'"
    )
    assert len(admin) >= 40
    respondents = dict(
        _rows(
            ctx,
            "SELECT cp.dispute_id, p.kind || '|' || p.representative || '|' || "
            "p.representative_title FROM caseparty cp JOIN party p ON p.id = cp.party_id "
            "JOIN dispute d ON d.id = cp.dispute_id "
            "WHERE cp.role = 'respondent' AND d.category LIKE 'admin_%'",
        )
    )
    for dispute_id, official, _ in admin:
        kind, head, title = str(respondents[dispute_id]).split("|")
        assert kind == "agency" and head and title
        assert official is None or "行诉前调" in str(official)
    acts = _rows(
        ctx, "SELECT act_name, act_number, act_date, registered_on, category FROM dispute WHERE category LIKE 'admin_%'"
    )
    for name, number, when, registered, category in acts:
        assert name and when and str(when) < str(registered)
        assert bool(number) == (category not in ("admin_agreement", "admin_inaction"))
    assert _rows(ctx, "SELECT count(*) FROM dispute WHERE category NOT LIKE 'admin_%' AND act_name <> ''") == [(0,)]
    agencies = Counter(
        r[0]
        for r in _rows(
            ctx, "SELECT p.name FROM caseparty cp JOIN party p ON p.id = cp.party_id WHERE p.kind = 'agency'"
        )
    )
    assert max(agencies.values()) >= 2  # the same agency meets several disputes


def test_numbers_statuses_and_dates_are_consistent(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    today, ref = ctx.today(), ctx.reference
    tag = str(_rows(ctx, "SELECT tag FROM device WHERE is_self")[0][0])
    rows = _rows(
        ctx,
        "SELECT d.provisional_number, d.provisional_key, d.official_number, d.official_key, t.short_name, "
        "d.registered_on, d.accepted_on, d.due_on, d.closed_on, d.extension_days, d.status, d.outcome, "
        "d.tribunal_id FROM dispute d JOIN tribunal t ON t.id = d.tribunal_id",
    )
    last_seq: dict[tuple[str, int], int] = defaultdict(int)
    officials = 0
    for number, key, official, official_key, tribunal, reg, acc, due, closed, ext, status, outcome, tid in rows:
        parsed = parse_provisional_number(str(number))
        registered = date.fromisoformat(str(reg))
        assert (parsed.tribunal, parsed.device_tag, parsed.year) == (tribunal, tag, registered.year)
        assert key == number_search_key(str(number))
        last_seq[(str(tid), parsed.year)] = max(last_seq[(str(tid), parsed.year)], parsed.seq)
        if official is not None:
            officials += 1
            assert parse_case_number(str(official), reference=ref.case_numbers, today=today).year == registered.year
            assert official_key == number_search_key(str(official))
        if acc is not None:
            accepted = date.fromisoformat(str(acc))
            assert registered <= accepted <= today
            assert date.fromisoformat(str(due)) == mediation_deadline(
                accepted, ref.calendar, ref.deadline_rules, extension_days=int(str(ext))
            )
        if closed is not None:
            assert date.fromisoformat(str(closed)) <= today
        if (today - registered).days > 120:
            assert status not in ("registered", "assigned", "mediating")
        assert (outcome is None) == (status in ("registered", "assigned", "mediating", "returned"))
    assert 200 <= officials <= 450
    counters = dict(_rows(ctx, "SELECT name, value FROM counter WHERE name LIKE 'provisional:%'"))
    assert counters == {f"provisional:{t}:{y}": seq for (t, y), seq in last_seq.items()}
    assert len({r[0] for r in rows}) == len(rows)


def test_final_agreements_hash_as_the_agreement_service_does(
    demo: tuple[Workspace, DemoSummary, list[int]],
) -> None:
    ctx, _, _ = demo
    with ctx.db.read() as session:
        finals = session.scalars(select(Agreement).where(Agreement.status == "final").limit(25)).all()
        assert finals
        for agreement in finals:
            assert agreement.content_sha256 == content_hash(canonical_content(session, agreement))
    clauses = _rows(ctx, "SELECT obligor, performance_method, deadline FROM agreementclause")
    assert all(obligor and method and deadline for obligor, method, deadline in clauses)
    stale = _rows(
        ctx,
        "SELECT count(*) FROM followup WHERE status = 'pending' AND due_on < :day",
        day=(ctx.today() - timedelta(days=45)).isoformat(),
    )
    assert stale == [(0,)]
    follow_ups = _rows(ctx, "SELECT count(*) FROM followup")[0][0]
    assert follow_ups == _rows(ctx, "SELECT count(*) FROM agreement WHERE status = 'final'")[0][0]


def test_search_finds_demo_parties(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    name, id_number, initials, dispute_id = _rows(
        ctx,
        "SELECT p.name, p.id_number, p.name_initials, cp.dispute_id FROM party p "
        "JOIN caseparty cp ON cp.party_id = p.id AND cp.role = 'applicant' "
        "WHERE p.kind = 'person' AND length(p.name) = 2 ORDER BY p.id LIMIT 1",
    )[0]
    by_name = search_cases(ctx, str(name), limit=1000)
    assert dispute_id in {hit.id for hit in by_name}
    assert any(str(name) in hit.parties for hit in by_name)
    assert dispute_id in {hit.id for hit in search_cases(ctx, str(id_number)[-6:], limit=1000)}
    assert dispute_id in {hit.id for hit in search_cases(ctx, str(initials), limit=5000)}
    assert search_cases(ctx, "伯都")


def test_audit_chain_verifies_after_the_bulk_load(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    report = verify_audit(ctx)
    assert report.ok, report.problems
    assert _rows(ctx, "SELECT count(*) FROM auditevent WHERE action = '生成演示数据'") == [(1,)]


def _fresh(path: Path) -> Workspace:
    return initialize(DataPaths(path))


@pytest.mark.slow
def test_same_seed_same_data(tmp_path: Path) -> None:
    first, second, other = _fresh(tmp_path / "a"), _fresh(tmp_path / "b"), _fresh(tmp_path / "c")
    summaries = [generate_demo(ctx, disputes=300, seed=7) for ctx in (first, second)]
    assert summaries[0] == summaries[1]
    generate_demo(other, disputes=300, seed=8)

    def fingerprint(ctx: Workspace) -> list[tuple[object, ...]]:
        tag = str(_rows(ctx, "SELECT tag FROM device WHERE is_self")[0][0])
        rows = _rows(
            ctx,
            "SELECT d.provisional_number, d.official_number, d.category, d.status, p.name, p.id_number "
            "FROM dispute d JOIN caseparty cp ON cp.dispute_id = d.id AND cp.position = 0 "
            "JOIN party p ON p.id = cp.party_id ORDER BY d.registered_on, d.provisional_number",
        )
        return [(str(r[0]).replace(tag, "TAG"), *r[1:]) for r in rows]

    assert fingerprint(first) == fingerprint(second)
    assert fingerprint(first) != fingerprint(other)


@pytest.mark.slow
def test_second_run_adds_disputes_and_reuses_places_roster_and_organisations(tmp_path: Path) -> None:
    ctx = _fresh(tmp_path)
    first = generate_demo(ctx, disputes=200, seed=1)
    assert (first.places, first.mediators) != (0, 0)
    places = _count(ctx, "place")
    second = generate_demo(ctx, disputes=200, seed=1)
    assert second.places > 0 and (second.mediators, second.disputes) == (0, 200)
    assert _count(ctx, "place") == places  # the registry's places, used again, none added
    assert _count(ctx, "dispute") == 400
    organisations = _rows(
        ctx, "SELECT count(*), count(DISTINCT credit_code), count(DISTINCT name) FROM party WHERE kind <> 'person'"
    )[0]
    assert organisations[0] == organisations[1] == organisations[2]
    reused = _rows(
        ctx,
        "SELECT count(*) FROM (SELECT cp.party_id FROM caseparty cp JOIN party p ON p.id = cp.party_id "
        "WHERE p.kind <> 'person' GROUP BY cp.party_id HAVING count(*) > 1)",
    )[0][0]
    assert int(str(reused)) > 0
    numbers = [str(r[0]) for r in _rows(ctx, "SELECT id_number FROM party WHERE kind = 'person'")]
    assert len(set(numbers)) == len(numbers)
    assert verify_audit(ctx).ok


def test_cancel_writes_nothing(tmp_path: Path) -> None:
    ctx = _fresh(tmp_path)
    events, places = _count(ctx, "auditevent"), _count(ctx, "place")
    cancel = threading.Event()

    def progress(done: int) -> None:
        cancel.set()

    with pytest.raises(DemoCancelledError, match="已取消，未写入任何演示数据"):
        generate_demo(ctx, disputes=3000, seed=3, progress=progress, cancel=cancel)
    assert (_count(ctx, "dispute"), _count(ctx, "party"), _count(ctx, "place")) == (0, 0, places)
    assert _count(ctx, "auditevent") == events
    assert generate_demo(ctx, disputes=50, seed=3).disputes == 50


def test_batches_carry_every_column_parents_first(tmp_path: Path) -> None:
    ctx = _fresh(tmp_path)
    seen: set[str] = set()
    order = list(TABLE_ORDER)
    written: list[str] = []
    for name, rows in demo_batches(ctx, disputes=120, seed=5, batch_size=50):
        table = TABLES[name].__table__  # type: ignore[attr-defined]
        columns = {c.name for c in table.columns} - SYNC_COLUMNS
        assert 0 < len(rows) <= 50
        for row in rows:
            assert set(row) == columns, (table.name, columns ^ set(row))
            assert row["id"] not in seen
            seen.add(row["id"])
        written.append(table.name)
    assert written.index("party") < written.index("caseparty")
    assert written.index("agreement") < written.index("agreementclause")
    assert set(written) <= set(order)


def test_every_final_agreement_passes_the_party_law_check_finalize_uses(
    demo: tuple[Workspace, DemoSummary, list[int]],
) -> None:
    """Minors sign through a 法定代理人, agents of a signed agreement hold 特别授权 to sign: finalize would accept each."""
    ctx, _, _ = demo
    with ctx.db.read() as session:
        finals = session.scalars(select(Agreement).where(Agreement.status == "final")).all()
        assert len(finals) > 300
        refused = {
            a.dispute_id: problems
            for a in finals
            if (problems := law_problems(session, a.dispute_id, a.effective_on or ctx.today()))
        }
    assert refused == {}
    signing_agents = _rows(
        ctx,
        "SELECT cp.agent_authority, cp.agent_powers FROM caseparty cp JOIN agreement a ON a.dispute_id = cp.dispute_id "
        "WHERE a.status = 'final' AND cp.role = 'agent'",
    )
    assert signing_agents and {r[0] for r in signing_agents} == {"特别授权"}
    assert all("签署调解协议" in str(r[1]) for r in signing_agents)
    # Agents of cases that ended otherwise keep the authority drawn, general authority included.
    assert _rows(ctx, "SELECT count(*) FROM caseparty WHERE role = 'agent' AND agent_authority = '一般授权'")[0][0]
    wards = _rows(
        ctx,
        "SELECT p.birth_date, a.effective_on, g.relation, gp.id_number FROM agreement a "
        "JOIN caseparty cp ON cp.dispute_id = a.dispute_id JOIN party p ON p.id = cp.party_id "
        "JOIN caseparty g ON g.dispute_id = a.dispute_id AND g.role = 'guardian' AND g.represents_id = p.id "
        "JOIN party gp ON gp.id = g.party_id WHERE a.status = 'final'",
    )
    assert wards, "the demo has children's cases settled through a parent"
    for birth, signed, relation, id_number in wards:
        born, on = date.fromisoformat(str(birth)), date.fromisoformat(str(signed))
        assert (on.year - born.year - ((on.month, on.day) < (born.month, born.day))) < 18
        assert relation in ("父亲", "母亲") and id_number


def test_the_party_law_check_refuses_a_demo_agreement_once_an_agent_has_only_general_authority(tmp_path: Path) -> None:
    """The check above can fail: the same demo case with its agent's authority cut back is refused."""
    ctx = _fresh(tmp_path)
    generate_demo(ctx, disputes=300, seed=4)
    row = _rows(
        ctx,
        "SELECT cp.id, a.dispute_id, a.effective_on FROM caseparty cp JOIN agreement a ON a.dispute_id = cp.dispute_id "
        "WHERE a.status = 'final' AND cp.role = 'agent' LIMIT 1",
    )[0]
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE caseparty SET agent_authority = '一般授权', agent_powers = '' WHERE id = :id"),
                     {"id": row[0]})
    with ctx.db.read() as session:
        problems = law_problems(session, str(row[1]), date.fromisoformat(str(row[2])))
    assert any("仅有一般授权" in p for p in problems), problems


def test_a_hundred_dispute_demo_shows_the_boduxiang_warning_and_66_villages(tmp_path: Path) -> None:
    """README: from 100 disputes up the 伯都乡 land-transfer warning always appears; 66 无讼村屯 have reached the mark."""
    ctx = _fresh(tmp_path)
    generate_demo(ctx, disputes=100, seed=11)
    assert any(c.key == "伯都乡" and c.category == "civil_2020:4.10.135" for c in similar_clusters(ctx))
    assert _rows(ctx, "SELECT count(*) FROM village WHERE status = 'achieved'") == [(66,)]


def test_every_demo_case_has_an_official_cause(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    """Demo data uses official 案由: a code of the civil or administrative catalogue, the 人民调解 type for people
    mediation, nothing left for review (the demo chooses deliberately)."""
    from fuyuan_desktop.domain.cause_refs import cause_of

    ctx, _, _ = demo
    rows = _rows(ctx, "SELECT cause, category, mediation_kind, mediation_type, cause_review FROM dispute")
    assert rows and all(cause_of(cause) is not None for cause, *_ in rows)
    assert all(review == "" for *_, review in rows)
    admin = {cause.partition(":")[0] for cause, category, *_ in rows if category.startswith("admin_")}
    assert admin == {"administrative_2020"}
    people = [mtype for _, category, kind, mtype, _ in rows if kind == "people" and not category.startswith("admin_")]
    assert people and all(people)
    assert len({cause for cause, *_ in rows}) >= 10


def test_outreach_ledgers_have_demo_rows_in_the_statistics(demo: tuple[Workspace, DemoSummary, list[int]]) -> None:
    from fuyuan_desktop.services.linkage.outreach import joint_trainings, oral_recommendations
    from fuyuan_desktop.services.linkage.stats import statistics

    ctx = demo[0]
    trainings, orals = joint_trainings(ctx), oral_recommendations(ctx)
    assert [t.attendees for t in trainings] == [16, 19, 26]  # earliest first: 7+9, 5+10+4, 12+8+6
    assert {t.court for t in trainings} == {"松原市宁江区人民法院"}
    assert len(orals) == 4 and sum(1 for o in orals if o.adoption) == 3
    assert all(o.responded_on is None or o.given_on <= o.responded_on <= ctx.today() for o in orals)
    s = statistics(ctx)
    assert (s.joint_trainings, s.joint_training_attendees, s.joint_training_heads) == (3, 61, 9)  # heads 4+4+1
    assert (s.oral_recommendations, s.oral_responded, s.oral_adopted) == (4, 3, 3)
