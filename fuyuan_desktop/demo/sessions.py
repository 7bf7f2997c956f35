"""The demo's mediation sittings: held ones with a short 调解笔录, cancelled ones, and upcoming ones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from fuyuan_desktop.demo.parties import CaseParties
from fuyuan_desktop.demo.plan import Plan
from fuyuan_desktop.demo.run import AGENCY, COMMUNITY, PARK, DemoRun, Row, Words
from fuyuan_desktop.domain.enums import DisputeStatus, Outcome, PartyRole, SessionStatus

if TYPE_CHECKING:
    from fuyuan_desktop.demo.cases import Life

_HELD, _SCHEDULED, _CANCELLED = SessionStatus.HELD.value, SessionStatus.SCHEDULED.value, SessionStatus.CANCELLED.value
_RESPONDENT = PartyRole.RESPONDENT.value
_SESSION_TIMES = ((9, 0), (9, 30), (10, 0), (13, 30), (14, 0), (14, 30), (15, 0))
_ENDINGS = {
    Outcome.AGREEMENT: "调解员：双方自愿达成协议，详见调解协议书。",
    Outcome.SETTLED_WITHDRAWN: "调解员：双方已自行和解，申请人撤回调解申请。",
    Outcome.AGENCY_CORRECTED: "调解员：被申请人同意自行纠正原行政行为，申请人撤回申请。",
}


def _session_place(run: DemoRun, plan: Plan) -> str:
    place, draw = plan.place, run.rnd()
    if draw < 0.1:
        return "线上（人民法院调解平台）"
    if plan.agency is not None and draw < 0.55:
        return "松原市行政争议协调化解中心"
    if draw < 0.5:
        return f"{place.tribunal.name}调解室"
    if place.kind == PARK:
        return f"{place.name}管委会调解室"
    return f"{place.text}{'居民委员会' if place.kind == COMMUNITY else '村民委员会'}"


def add_sessions(
    run: DemoRun,
    dispute_id: str,
    life: Life,
    plan: Plan,
    parties: CaseParties,
    template: Row,
    words: Words,
    claims: str,
    mediator: str,
    clerk: str,
) -> None:
    """Sittings: held ones (with a record and its first revision), cancelled ones and upcoming ones."""
    r, today = run.rnd, run.today
    accepted = life.accepted
    assert accepted is not None
    sittings: list[tuple[date, str]] = []
    if life.end is not None:
        if life.outcome is Outcome.UNREACHABLE or life.outcome is Outcome.PARTY_REFUSED:
            if r() < 0.3:
                sittings.append((min(life.end, accepted + timedelta(days=run.between(2, 5))), _CANCELLED))
        else:
            span = (life.end - accepted).days
            k = max(1, min(span, 1 if r() < 0.55 else 2 if r() < 0.67 else 3))
            sittings += [(accepted + timedelta(days=round(span * (i + 1) / k)), _HELD) for i in range(k)]
    else:
        span = (today - accepted).days - 1
        if life.status is DisputeStatus.MEDIATING and span >= 1:
            k = 1 if r() < 0.7 else 2
            sittings += [
                (accepted + timedelta(days=max(1, round(span * (i + 1) / (k + 1)))), _HELD) for i in range(k)
            ]
        if r() < (0.6 if life.status is DisputeStatus.MEDIATING else 0.5):
            sittings.append((today + timedelta(days=run.between(1, 10)), _SCHEDULED))
    if sittings and sittings[0][1] == _HELD and r() < 0.05 and sittings[0][0] > accepted:
        sittings.insert(0, (sittings[0][0] - timedelta(days=1), _CANCELLED))
    if not sittings:
        return
    a = f"申请人{parties[0][1].name}"
    respondent = next(p for role, p, _, _ in parties if role == _RESPONDENT)
    b = f"被申请人{respondent.name}" + (f"负责人{respondent.representative}" if respondent.kind == AGENCY else "")
    place_text = _session_place(run, plan)
    last_held = max((i for i, (_, status) in enumerate(sittings) if status == _HELD), default=-1)
    revisions, sessions = run.rows["recordrevision"], run.rows["mediationsession"]
    for i, (day, status) in enumerate(sittings):
        hour, minute = run.ch(_SESSION_TIMES)
        when = datetime(day.year, day.month, day.day, hour - 8, minute, tzinfo=UTC)
        session_id = run.id()
        record = ""
        if status == _HELD:
            ending = life.outcome if i == last_held and life.end is not None else None
            record = _record(run, mediator, clerk, a, b, claims, template, words, ending)
            revisions.append(
                {"id": run.id(), "session_id": session_id, "revision": 1, "text": record, "saved_by": clerk}
            )
        sessions.append(
            {
                "id": session_id,
                "dispute_id": dispute_id,
                "scheduled_at": when,
                "place_text": place_text,
                "status": status,
                "record_text": record,
                "record_saved_at": when + timedelta(minutes=100) if record else None,
                "record_revision": 1 if record else 0,
            }
        )


def _record(
    run: DemoRun,
    mediator: str,
    clerk: str,
    a: str,
    b: str,
    claims: str,
    template: Row,
    words: Words,
    outcome: Outcome | None,
) -> str:
    """A short 调解笔录: notices, both sides, the mediator's proposal and how the sitting ended."""
    texts, remedy = run.texts, template["remedy"]
    response = run.ch(template.get("responses") or texts["responses"][remedy])
    proposal = run.ch(template.get("proposals") or texts["proposals"][remedy]).format_map(words)
    if outcome is None:
        ending = "调解员：双方回去考虑方案，下次调解另行通知。"
    elif outcome.is_success:
        ending = f"{a}：同意。\n{b}：同意。\n{_ENDINGS[outcome]}"
    else:
        ending = f"{a}：不同意。\n调解员：双方分歧较大，未能达成协议。已告知可依法起诉。"
    return (
        f"调解员：本次调解由{mediator}主持，{clerk}记录。已告知权利义务及申请回避的权利。\n{a}：不申请回避。\n"
        f"{b}：不申请回避。\n{a}：{claims}\n{b}：{response}\n调解员：{proposal}\n{ending}"
    )
