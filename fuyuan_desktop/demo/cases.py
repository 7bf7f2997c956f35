"""The demo's disputes: numbers, texts and lifecycle of each planned dispute, with its mediators, sittings and agreement.

How a dispute goes depends on its age (old ones are finished, recent ones still open) and on its kind
(agency disputes end more often with the agency correcting its act).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from fuyuan_desktop.demo.agreements import add_agreement, add_follow_up
from fuyuan_desktop.demo.organisations import Agency, Organisations
from fuyuan_desktop.demo.parties import Parties
from fuyuan_desktop.demo.people import People
from fuyuan_desktop.demo.places import County, Places
from fuyuan_desktop.demo.plan import Plan, plan_disputes
from fuyuan_desktop.demo.roster import Roster, RosterMember
from fuyuan_desktop.demo.run import DemoRun, Words, weighted, yuan
from fuyuan_desktop.demo.sessions import add_sessions
from fuyuan_desktop.domain.capacity import POWERS, SPECIAL
from fuyuan_desktop.domain.case_numbers import CaseNumber, ProvisionalNumber, number_search_key
from fuyuan_desktop.domain.cause_refs import cause_ref
from fuyuan_desktop.domain.causes import legacy_mappings
from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.domain.enums import (
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    MediationKind,
    Outcome,
    ParticipantRole,
    PartyRole,
)
from fuyuan_desktop.services.causes import suggested_mediation_type

_RESPONDENT, _AGENT, _GUARDIAN = PartyRole.RESPONDENT.value, PartyRole.AGENT.value, PartyRole.GUARDIAN.value
#: What a demo agent's 特别授权 lists: the settling powers (民诉法第六十二条) and applying for 司法确认.
_SIGNING_POWERS = "；".join(POWERS[:4])
_S, _O, _C = DisputeStatus, Outcome, DisputeCategory

# (log-mean, log-sd) of the amount in yuan.
_AMOUNTS = {
    "labor": (9.6, 0.7),
    "enterprise_contract": (11.5, 1.0),
    "private_lending": (10.6, 0.9),
    "personal_injury": (10.0, 0.8),
    "traffic_accident": (10.3, 0.9),
    "property_service": (8.1, 0.5),
    "expropriation": (12.2, 0.6),
    "neighbor": (8.0, 0.6),
    "admin_penalty": (9.5, 1.0),
    "admin_expropriation": (12.3, 0.6),
    "admin_agreement": (11.5, 0.9),
}
_OUTCOMES = {
    False: {
        _O.AGREEMENT: 62,
        _O.SETTLED_WITHDRAWN: 8,
        _O.NO_AGREEMENT: 13,
        _O.PARTY_REFUSED: 6,
        _O.UNREACHABLE: 4,
        _O.PERIOD_EXPIRED: 4,
        _O.REFUSED_TO_SIGN: 3,
    },
    True: {
        _O.AGENCY_CORRECTED: 22,
        _O.SETTLED_WITHDRAWN: 25,
        _O.AGREEMENT: 36,
        _O.NO_AGREEMENT: 10,
        _O.PARTY_REFUSED: 3,
        _O.PERIOD_EXPIRED: 4,
    },
}
_SOURCES = {
    "admin": {
        DisputeSource.AGENCY_TRANSFER: 30,
        DisputeSource.PETITION_TRANSFER: 25,
        DisputeSource.COURT_REFERRAL: 30,
        DisputeSource.PARTY_APPLICATION: 15,
    },
    "civil": {
        DisputeSource.COURT_REFERRAL: 55,
        DisputeSource.PARTY_APPLICATION: 22,
        DisputeSource.GRID_REPORT: 12,
        DisputeSource.PETITION_TRANSFER: 6,
        DisputeSource.AGENCY_TRANSFER: 5,
    },
    "grassroots": {
        DisputeSource.COURT_REFERRAL: 40,
        DisputeSource.PARTY_APPLICATION: 22,
        DisputeSource.GRID_REPORT: 25,
        DisputeSource.PETITION_TRANSFER: 8,
        DisputeSource.AGENCY_TRANSFER: 5,
    },
}
_NOTES = {
    _O.NO_AGREEMENT: "双方对数额分歧较大，未能达成一致",
    _O.PARTY_REFUSED: "被申请人明确表示不同意调解",
    _O.UNREACHABLE: "多次电话联系被申请人未果",
    _O.PERIOD_EXPIRED: "调解期限届满，当事人不同意延长",
    _O.REFUSED_TO_SIGN: "被申请人对协议内容反悔，拒绝签字",
}
_MEDIATOR_ROLE = {
    MediationKind.PEOPLE: ParticipantRole.PEOPLE_MEDIATOR.value,
    MediationKind.INVITED: ParticipantRole.INVITED_MEDIATOR.value,
    MediationKind.LAWYER: ParticipantRole.LAWYER_MEDIATOR.value,
    MediationKind.ADMINISTRATIVE: ParticipantRole.ADMIN_MEDIATOR.value,
}
_DOC_KINDS = {
    _C.ADMIN_PENALTY: "罚",
    _C.ADMIN_EXPROPRIATION: "征补",
    _C.ADMIN_LICENSING: "许",
    _C.ADMIN_INFO_DISCLOSURE: "信复",
}
_ACT_NAMES = {
    _C.ADMIN_PENALTY: "行政处罚决定书",
    _C.ADMIN_EXPROPRIATION: "房屋征收补偿决定",
    _C.ADMIN_LICENSING: "不予行政许可决定书",
    _C.ADMIN_INFO_DISCLOSURE: "政府信息公开申请答复书",
}
_OFFICIAL_RE = re.compile(r"^（(\d{4})）(.+?)(民诉前调|行诉前调)([1-9]\d*)号$")


@dataclass(slots=True)
class Life:
    status: DisputeStatus
    outcome: Outcome | None = None
    accepted: date | None = None
    extension: int = 0
    due: date | None = None
    end: date | None = None


class Caseload:
    """Plans the run's disputes and writes each one with its parties, mediators, sittings and agreement."""

    def __init__(
        self,
        run: DemoRun,
        places: Places,
        people: People,
        organisations: Organisations,
        roster: Roster,
        *,
        disputes: int,
    ) -> None:
        self.run, self.places, self.people, self.orgs, self.roster = run, places, people, organisations, roster
        self.n = disputes
        self.rnd, self.ch, self.between, self.pick = run.rnd, run.ch, run.between, run.pick
        self.outcomes = {admin: weighted(table) for admin, table in _OUTCOMES.items()}
        self.sources = {name: weighted(table) for name, table in _SOURCES.items()}
        self.parties = Parties(run, places, people, organisations)
        self._deadlines: dict[tuple[date, int], date] = {}
        self._key_is_number: dict[str, bool] = {}
        self.places_used: set[str] = set()  # registry places the run's disputes are linked to
        self.official_seq: dict[tuple[str, str, int], int] = {}
        for number in run.existing.official_numbers:
            if match := _OFFICIAL_RE.match(number):
                key = (match.group(2), match.group(3), int(match.group(1)))
                self.official_seq[key] = max(self.official_seq.get(key, 0), int(match.group(4)))

    def plan(self) -> list[Plan]:
        """Category, place and registration day of every dispute, sorted by registration."""
        return plan_disputes(self.run, self.places, self.orgs, self.n)

    def _deadline(self, accepted: date, extension: int) -> date:
        due = self._deadlines.get((accepted, extension))
        if due is None:
            due = self._deadlines[(accepted, extension)] = mediation_deadline(
                accepted, self.run.calendar, self.run.rules, extension_days=extension
            )
        return due

    def _lifecycle(self, registered: date, admin: bool) -> Life:
        """Status, outcome and dates by age: old cases are finished, recent ones still open."""
        r, today = self.rnd, self.run.today
        age = (today - registered).days
        if age > 5 and r() < 0.02:
            return Life(_S.RETURNED, end=registered + timedelta(days=min(age, self.between(1, 4))))
        if age <= 2 or (age <= 6 and r() < 0.35):
            return Life(_S.REGISTERED)
        accepted = registered + timedelta(days=min(age, self.between(1, 4)))
        outcome: Outcome = self.pick(self.outcomes[admin])
        days = 1 + int(self.run.rng.expovariate(0.1))
        extension = 0
        if days > 30:
            if r() < 0.6:
                extension = 30 if days > 45 else 15
            else:
                outcome = _O.PERIOD_EXPIRED
        due = self._deadline(accepted, extension)
        if outcome is _O.PERIOD_EXPIRED:
            end = due + timedelta(days=self.between(1, 10))  # closed some days late, so a few open cases are overdue
        elif outcome is _O.UNREACHABLE or outcome is _O.PARTY_REFUSED:
            end = accepted + timedelta(days=self.between(2, 12))
        else:
            end = min(accepted + timedelta(days=days), due)
        if end > today:
            return Life(_S.MEDIATING if (today - accepted).days >= 3 else _S.ASSIGNED, None, accepted, extension, due)
        if outcome is _O.AGREEMENT:
            status = _S.AGREED  # refined once the follow-up is known
        elif outcome.is_success:
            status = _S.CLOSED
        else:
            status = _S.DOCKETED if (today - end).days > 15 and r() < 0.45 else _S.TERMINATED
        return Life(status, outcome, accepted, extension, due, end)

    def _amount(self, category: DisputeCategory, words: Words) -> int:
        r = self.rnd
        if category is _C.LAND_TRANSFER:
            return int(words["mu"]) * int(words["fee"]) * (2 if r() < 0.33 else 1) * 100
        log_mean, log_sd = _AMOUNTS.get(category.value, (9.5, 0.8))
        yuan_ = max(200, round(self.run.rng.lognormvariate(log_mean, log_sd), -2))
        if r() < 0.2:
            yuan_ += self.between(1, 99)
        return int(yuan_) * 100 + (self.between(1, 99) if r() < 0.05 else 0)

    def _source_and_kind(self, category: DisputeCategory, money: bool) -> tuple[DisputeSource, MediationKind]:
        if category.is_administrative:
            kind = MediationKind.ADMINISTRATIVE if self.rnd() < 0.85 else MediationKind.JUDGE
            return self.pick(self.sources["admin"]), kind
        source: DisputeSource = self.pick(
            self.sources["grassroots" if category is _C.LAND_TRANSFER or category is _C.NEIGHBOR else "civil"]
        )
        draw = self.rnd()
        if source in (DisputeSource.GRID_REPORT, DisputeSource.PETITION_TRANSFER, DisputeSource.AGENCY_TRANSFER):
            kind = MediationKind.PEOPLE if draw < 0.85 else MediationKind.INVITED
        elif source is DisputeSource.COURT_REFERRAL:
            kind = (
                MediationKind.INVITED
                if draw < 0.6
                else MediationKind.JUDGE
                if draw < 0.75
                else MediationKind.LAWYER
                if draw < 0.85 and money
                else MediationKind.PEOPLE
            )
        else:
            kind = (
                MediationKind.PEOPLE
                if draw < 0.5
                else MediationKind.INVITED
                if draw < 0.8 or not money
                else MediationKind.LAWYER
            )
        return source, kind

    def _mediators(self, kind: MediationKind, tribunal: str, county: County, agency: Agency | None) -> list[RosterMember]:
        by_role = self.roster.by_role
        judge = by_role[(ParticipantRole.JUDGE.value, tribunal)][0]
        if kind is MediationKind.JUDGE:
            return [judge, by_role[(ParticipantRole.CLERK.value, tribunal)][0]]
        role = _MEDIATOR_ROLE[kind]
        key = "city" if agency is not None and agency.county is None and self.rnd() < 0.5 else county.code
        lead: RosterMember = self.ch(by_role.get((role, key)) or by_role[(role, county.code)])
        return [lead, judge] if self.rnd() < 0.25 else [lead]

    def add_dispute(self, plan: Plan) -> None:
        run = self.run
        r, today, rows = self.rnd, run.today, run.rows
        category, place, registered = plan.category, plan.place, plan.registered_on
        tribunal = place.tribunal
        self.places_used.add(place.id)
        counter = f"provisional:{tribunal.id}:{registered.year}"
        seq = run.next_number(counter)
        number = str(ProvisionalNumber(tribunal.short_name, registered.year, run.existing.device_tag, seq))
        same = self._key_is_number.get(counter)
        if same is None:  # the search key of a well-formed provisional number is the number itself
            same = self._key_is_number[counter] = number_search_key(number) == number
        provisional_key = number if same else number_search_key(number)
        cases = run.texts["cases"][category.value]
        template_index = int(r() * len(cases))
        template = cases[template_index]
        remedy: str = template["remedy"]
        life = self._lifecycle(registered, category.is_administrative)
        parties = self.parties.for_dispute(plan, template_index)
        respondent = next(p for role, p, _, _ in parties if role == _RESPONDENT)
        y1 = registered.year if registered.month > 2 else registered.year - 1
        words = Words(self.ch, run.texts["words"])
        words.update(
            a=parties[0][1].name,
            b=respondent.name,
            place=place.name,
            y1=str(y1),
            m1=str(self.between(1, registered.month if y1 == registered.year else 12)),
            y0=str(y1 - self.between(1, 5)),
            mu=str(self.between(5, 80)),
            fee=str(500 + 50 * self.between(0, 8)),
            term=str(self.ch((3, 5, 10))),
            months=str(self.between(3, 24)),
            alimony=str(100 * self.between(5, 20)),
            what=template.get("what", ""),
            fix=template.get("fix", ""),
        )
        act: tuple[str, str, date | None] = ("", "", None)
        if plan.agency is not None:
            words["doc_no"] = f"{plan.agency.abbr}{_DOC_KINDS.get(category, '决')}〔{y1}〕{self.between(1, 300)}号"
            act = self._act(category, words, registered)
        amount_fen = agreed_fen = None
        if "{amount}" in template["summary"] or "{amount}" in template["claims"]:
            amount_fen = self._amount(category, words)
            agreed_fen = max(10000, min(amount_fen, round(amount_fen * (0.6 + 0.4 * r()) / 10000) * 10000))
            words["amount"], words["agreed"] = yuan(amount_fen), yuan(agreed_fen)
        summary = template["summary"].format_map(words)
        claims = template["claims"].format_map(words)
        source, kind = self._source_and_kind(category, remedy in ("money", "admin_money"))
        dispute_id = run.id()
        case_party = rows["caseparty"]
        # A final agreement is signed for a party by its agents too: the law (and finalize) wants special authority
        # that settles, so the demo gives it; agents in cases that end otherwise keep the authority drawn.
        signs = life.outcome is _O.AGREEMENT
        for position, (role, party, represents, detail) in enumerate(parties):
            guardian = role == _GUARDIAN
            authority = "" if guardian else SPECIAL if signs and role == _AGENT else detail
            case_party.append(
                {
                    "id": run.id(),
                    "dispute_id": dispute_id,
                    "party_id": self.people.use(party),
                    "role": role,
                    "position": position,
                    "agent_authority": authority,
                    "agent_powers": _SIGNING_POWERS if authority == SPECIAL else "",
                    "relation": detail if guardian else "",
                    "represents_id": None if represents is None else parties[represents][1].id,
                }
            )
        status = life.status
        if life.accepted is not None:
            mediators = self._mediators(kind, tribunal.short_name, place.county, plan.agency)
            assigned = max(registered, life.accepted - timedelta(days=1))
            for i, mediator in enumerate(mediators):
                rows["disputemediator"].append(
                    {
                        "id": run.id(),
                        "dispute_id": dispute_id,
                        "mediator_id": mediator.id,
                        "is_lead": i == 0,
                        "assigned_on": assigned,
                    }
                )
            clerk = self.roster.first(ParticipantRole.CLERK, tribunal.short_name).name
            add_sessions(run, dispute_id, life, plan, parties, template, words, claims, mediators[0].name, clerk)
            final = life.outcome is _O.AGREEMENT
            if final or (status is _S.MEDIATING and r() < 0.1):  # an agreement, or a draft in progress
                first = add_agreement(
                    run,
                    dispute_id,
                    category,
                    kind,
                    remedy,
                    words,
                    parties,
                    summary,
                    life.end or today,
                    clerk if final else None,
                    agreed_fen,
                )
                if final:
                    status = add_follow_up(run, dispute_id, life, first)
        official = None
        if (
            run.tribunal is None  # a laptop's demo case gets its 案号 from the hub, as a real one does
            and status is not _S.REGISTERED and status is not _S.RETURNED and (today - registered).days > 45 and r() < 0.33
        ):  # the court's case-management system has given its 案号
            type_code = "行诉前调" if category.is_administrative else "民诉前调"
            key = (tribunal.court_code, type_code, registered.year)
            self.official_seq[key] = self.official_seq.get(key, 0) + 1
            official = str(CaseNumber(registered.year, tribunal.court_code, "", type_code, self.official_seq[key]))
        outcome = life.outcome
        rows["dispute"].append(
            {
                "id": dispute_id,
                "provisional_number": number,
                "official_number": official,
                "provisional_key": provisional_key,
                "official_key": number_search_key(official) if official else "",
                "court_id": tribunal.court_id,
                "tribunal_id": tribunal.id,
                "place_id": place.id,
                "place_text": place.text,
                "category": category.value,
                # The official 案由: the reviewed mapping's first (best-fitting) entry for the texts of this category.
                "cause": cause_ref(legacy_mappings()[category.value].default),
                "mediation_type": suggested_mediation_type(cause_ref(legacy_mappings()[category.value].default))
                if kind is MediationKind.PEOPLE else "",
                "source": source.value,
                "mediation_kind": kind.value,
                "summary": summary,
                "claims": claims,
                "amount_fen": amount_fen,
                "status": status.value,
                "outcome": outcome.value if outcome else None,
                "outcome_note": _NOTES.get(outcome, "") if outcome else "",
                "registered_on": registered,
                "accepted_on": life.accepted,
                "extension_days": life.extension,
                "due_on": life.due,
                "closed_on": life.end,
                "owner_device": run.device_id,
                "act_name": act[0],
                "act_number": act[1],
                "act_date": act[2],
            }
        )

    def _act(self, category: DisputeCategory, words: Words, registered: date) -> tuple[str, str, date | None]:
        """The disputed administrative act: name, 文号 (none for a contract or for inaction) and date."""
        signed = category is _C.ADMIN_AGREEMENT
        year = int(words["y0"] if signed else words["y1"])
        month = self.between(1, 12) if signed else int(words["m1"])
        day = min(date(year, month, self.between(1, 28)), registered - timedelta(days=self.between(5, 40)))
        if category is _C.ADMIN_INACTION:
            return f"对“{words['duty']}”申请逾期未予答复", "", day
        if signed:
            return f"《{words['contract']}》", "", day
        name = _ACT_NAMES.get(category) or words["act"]
        return name, words["doc_no"], day
