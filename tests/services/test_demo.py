"""Demo data: valid identifiers, the courts' story (宁江 land-transfer cluster, agency disputes), search, audit."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fuyuan_desktop.domain.case_numbers import number_search_key, parse_case_number, parse_provisional_number
from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.domain.identifiers import parse_credit_code, parse_id_number, parse_phone
from fuyuan_desktop.services.agreements import canonical_content, content_hash
from fuyuan_desktop.services.audit import verify_audit
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.demo import (
    TABLE_ORDER,
    DemoCancelledError,
    DemoSummary,
    demo_batches,
    generate_demo,
)
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.models import Agreement
from fuyuan_desktop.store.paths import DataPaths

SYNC_COLUMNS = {"origin_device", "hlc", "created_at", "updated_at", "deleted"}


def _rows(ctx: ServiceContext, sql: str, **params: object) -> list[tuple[object, ...]]:
    with ctx.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _count(ctx: ServiceContext, table: str) -> int:
    return int(_rows(ctx, f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[ServiceContext, DemoSummary, list[int]]:
    ctx = initialize(DataPaths(tmp_path_factory.mktemp("demo")))
    seen: list[int] = []
    summary = generate_demo(ctx, disputes=1000, seed=2025, progress=seen.append)
    return ctx, summary, seen


def test_generates_a_thousand_disputes_with_everything_around_them(
    demo: tuple[ServiceContext, DemoSummary, list[int]],
) -> None:
    ctx, summary, progress = demo
    assert summary.disputes == _count(ctx, "dispute") == 1000
    assert summary.parties == _count(ctx, "party") > 1000
    assert summary.sessions == _count(ctx, "mediationsession") > 500
    assert summary.agreements == _count(ctx, "agreement") > 300
    assert summary.places == _count(ctx, "place") > 150
    assert 40 <= summary.mediators == _count(ctx, "mediator") <= 70
    assert progress == [1000]
    roles = {r[0] for r in _rows(ctx, "SELECT DISTINCT role FROM mediator")}
    assert roles == {"judge", "clerk", "people_mediator", "admin_mediator", "lawyer_mediator", "invited_mediator"}
    kinds = {r[0] for r in _rows(ctx, "SELECT DISTINCT kind FROM place")}
    assert {"village", "community", "industrial_park", "township"} <= kinds
    assert _count(ctx, "recordrevision") == int(
        _rows(ctx, "SELECT count(*) FROM mediationsession WHERE record_text <> ''")[0][0]
    )
    assert _rows(ctx, "SELECT count(*) FROM place WHERE tribunal_id IS NULL OR county_code = ''") == [(0,)]


def test_every_id_number_and_credit_code_is_valid_and_unique(
    demo: tuple[ServiceContext, DemoSummary, list[int]],
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
        assert date(1938, 1, 1) <= info.birth_date <= date(2004, 12, 31)
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


def test_rare_characters_and_mongolian_names_are_present(demo: tuple[ServiceContext, DemoSummary, list[int]]) -> None:
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


def test_land_transfer_cluster_in_one_ningjiang_township(demo: tuple[ServiceContext, DemoSummary, list[int]]) -> None:
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


def test_administrative_disputes_have_an_agency_respondent(demo: tuple[ServiceContext, DemoSummary, list[int]]) -> None:
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


def test_numbers_statuses_and_dates_are_consistent(demo: tuple[ServiceContext, DemoSummary, list[int]]) -> None:
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
    demo: tuple[ServiceContext, DemoSummary, list[int]],
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


def test_search_finds_demo_parties(demo: tuple[ServiceContext, DemoSummary, list[int]]) -> None:
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


def test_audit_chain_verifies_after_the_bulk_load(demo: tuple[ServiceContext, DemoSummary, list[int]]) -> None:
    ctx, _, _ = demo
    report = verify_audit(ctx)
    assert report.ok, report.problems
    assert _rows(ctx, "SELECT count(*) FROM auditevent WHERE action = '生成演示数据'") == [(1,)]


def _fresh(path: Path) -> ServiceContext:
    return initialize(DataPaths(path))


def test_same_seed_same_data(tmp_path: Path) -> None:
    first, second, other = _fresh(tmp_path / "a"), _fresh(tmp_path / "b"), _fresh(tmp_path / "c")
    summaries = [generate_demo(ctx, disputes=300, seed=7) for ctx in (first, second)]
    assert summaries[0] == summaries[1]
    generate_demo(other, disputes=300, seed=8)

    def fingerprint(ctx: ServiceContext) -> list[tuple[object, ...]]:
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


def test_second_run_adds_disputes_and_reuses_places_roster_and_organisations(tmp_path: Path) -> None:
    ctx = _fresh(tmp_path)
    first = generate_demo(ctx, disputes=200, seed=1)
    second = generate_demo(ctx, disputes=200, seed=1)
    assert (first.places, first.mediators) != (0, 0)
    assert (second.places, second.mediators, second.disputes) == (0, 0, 200)
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
    events = _count(ctx, "auditevent")
    cancel = threading.Event()

    def progress(done: int) -> None:
        cancel.set()

    with pytest.raises(DemoCancelledError, match="已取消，未写入任何演示数据"):
        generate_demo(ctx, disputes=3000, seed=3, progress=progress, cancel=cancel)
    assert (_count(ctx, "dispute"), _count(ctx, "party"), _count(ctx, "place")) == (0, 0, 0)
    assert _count(ctx, "auditevent") == events
    assert generate_demo(ctx, disputes=50, seed=3).disputes == 50


def test_batches_carry_every_column_parents_first(tmp_path: Path) -> None:
    ctx = _fresh(tmp_path)
    seen: set[str] = set()
    order = [model.__tablename__ for model in TABLE_ORDER]
    written: list[str] = []
    for model, rows in demo_batches(ctx, disputes=120, seed=5, batch_size=50):
        table = model.__table__  # type: ignore[attr-defined]
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
