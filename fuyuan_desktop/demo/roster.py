"""The demo's roster: a judge and a clerk per tribunal, and people's, administrative, lawyer and invited mediators."""

from __future__ import annotations

import random
from dataclasses import dataclass

from fuyuan_desktop.demo.people import People
from fuyuan_desktop.demo.places import Places
from fuyuan_desktop.demo.run import DemoRun
from fuyuan_desktop.domain.enums import ParticipantRole
from fuyuan_desktop.services.bulk_intake import TribunalRecord

# The kind of 调解组织 a mediator of each role belongs to (judges, clerks and lawyers' firms are not registered).
_ORGANISATION_KINDS = {ParticipantRole.PEOPLE_MEDIATOR: "people_committee",
                       ParticipantRole.ADMIN_MEDIATOR: "administrative",
                       ParticipantRole.INVITED_MEDIATOR: "invited"}


@dataclass(slots=True)
class RosterMember:
    id: str
    name: str


class Roster:
    """About sixty mediators and court staff; the same names whatever the seed, reused when the store has them."""

    def __init__(self, run: DemoRun, places: Places, people: People) -> None:
        self.run, self.people = run, people
        self.known = run.existing.mediators
        self.by_role: dict[tuple[str, str], list[RosterMember]] = {}
        self._used: set[str] = set()
        self._organisations: dict[str, str] = dict(run.existing.organisations)
        self._rng = random.Random("fuyuan-demo-roster")
        self._build(places)

    def _add(self, role: ParticipantRole, org: str, key: str, tribunal: TribunalRecord, roster: str = "") -> None:
        rng = self._rng
        name = ""
        while not name or name in self._used:
            name = self.people.name(rng, rng.choice("男女"), 1975, False)
        self._used.add(name)
        phone = self.people.mobile(rng)  # drawn even when reused, so the next names stay the same
        known = self.known.get((name, org))
        member = RosterMember(known or self.run.id(), name)
        if known is None:
            organisation_id = self._organisation(org, _ORGANISATION_KINDS.get(role))
            self.run.emit(
                "mediator",
                {
                    "id": member.id,
                    "name": name,
                    "role": role.value,
                    "organization": org,
                    "roster_number": roster,
                    "phone": phone,
                    "tribunal_id": tribunal.id,
                    "active": True,
                    "organisation_id": organisation_id,
                },
            )
        self.by_role.setdefault((role.value, key), []).append(member)

    def _organisation(self, name: str, kind: str | None) -> str | None:
        """The demo's 调解组织 are registered under the names its mediators carry (papers print them from there)."""
        if kind is None:
            return None
        found = self._organisations.get(name)
        if found is None:
            found = self._organisations[name] = self.run.id()
            self.run.emit("organisation", {"id": found, "name": name, "kind": kind, "place_id": None,
                                           "invited": kind != "people_committee", "valid_from": None,
                                           "valid_to": None, "note": "演示数据"})
        return found

    def _build(self, places: Places) -> None:
        add = self._add
        tribunals = places.tribunals
        for tribunal in tribunals.values():
            add(ParticipantRole.JUDGE, tribunal.name, tribunal.short_name, tribunal)
            add(ParticipantRole.CLERK, tribunal.name, tribunal.short_name, tribunal)
        firms = {f["county"]: f["name"] for f in self.run.names["law_firms"]}
        for n, county in enumerate(places.counties.values(), start=1):
            home = (places.county_tribunals.get(county.code) or list(tribunals.values()))[0]
            hot = next((v for v in county.villages if v.hot), county.villages[0])
            add(ParticipantRole.PEOPLE_MEDIATOR, f"{hot.township}{hot.name}人民调解委员会", county.code, hot.tribunal)
            last = county.villages[-1]
            add(ParticipantRole.PEOPLE_MEDIATOR, f"{last.township}人民调解委员会", county.code, last.tribunal)
            add(ParticipantRole.ADMIN_MEDIATOR, f"{county.name}司法局", county.code, home)
            add(
                ParticipantRole.LAWYER_MEDIATOR,
                firms.get(county.code, "吉林松江律师事务所"),
                county.code,
                home,
                f"律调{2023 + n % 2}第{n * 7:03d}号",
            )
            for k in range(2 if n <= 2 else 1):
                add(
                    ParticipantRole.INVITED_MEDIATOR,
                    f"{county.name}人民调解协会",
                    county.code,
                    home,
                    f"{home.court_code}特邀{2024 - k}第{n * 11 + k:03d}号",
                )
        centre = tribunals.get("中院诉调") or next(iter(tribunals.values()))
        add(ParticipantRole.ADMIN_MEDIATOR, "松原市行政争议协调化解中心", "city", centre)

    def first(self, role: ParticipantRole, key: str) -> RosterMember:
        return self.by_role[(role.value, key)][0]
