"""Who is in a demo dispute: applicants, respondents and third parties as the category makes likely, then agents."""

from __future__ import annotations

from fuyuan_desktop.demo.organisations import Organisations
from fuyuan_desktop.demo.people import DemoParty, People
from fuyuan_desktop.demo.places import Places
from fuyuan_desktop.demo.plan import Plan
from fuyuan_desktop.demo.run import PERSON, DemoRun
from fuyuan_desktop.domain.enums import DisputeCategory, PartyRole

# role, party, index represented, and an agent's authority (一般授权/特别授权) or a 法定代理人's relation (父亲…)
CaseParties = list[tuple[str, DemoParty, int | None, str]]

_APPLICANT, _RESPONDENT = PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value
_THIRD, _AGENT, _GUARDIAN = PartyRole.THIRD_PARTY.value, PartyRole.AGENT.value, PartyRole.GUARDIAN.value
#: Share of personal-injury disputes brought for an injured child, by a parent as 法定代理人.
_CHILD_SHARE = 0.2
_C = DisputeCategory


class Parties:
    """Chooses each dispute's parties: mostly new local people, now and then someone already in another case."""

    def __init__(self, run: DemoRun, places: Places, people: People, organisations: Organisations) -> None:
        self.places, self.people, self.orgs = places, people, organisations
        self.rnd, self.ch, self.pick = run.rnd, run.ch, run.pick
        self.today = run.today
        self.lenders: dict[str, list[DemoParty]] = {}

    def for_dispute(self, plan: Plan, template: int) -> CaseParties:
        """Applicants, respondents, third parties, then agents, as the category makes likely."""
        r, cat, place = self.rnd, plan.category, plan.place
        people, orgs, places = self.people, self.orgs, self.places
        county = place.county
        third: list[DemoParty] = []
        guardian: tuple[DemoParty, str] | None = None
        if plan.agency is not None:
            if r() < 0.8:
                applicants = [people.local(county, place)]
            else:
                applicants = [
                    self.ch(
                        orgs.enterprises[self.ch(places.parks_by_county.get(county.code) or places.weighted_parks[0]).id]
                    )
                ]
            respondents = [plan.agency.party]
        elif cat is _C.LAND_TRANSFER:
            applicants = [people.local(county, place)]
            coops = orgs.coops.get(place.township)
            respondents = [self.ch(coops) if coops and r() < 0.3 else people.local(county, place, applicants)]
        elif cat is _C.LABOR or cat is _C.ENTERPRISE_CONTRACT:
            # A park's firms; in an area without a park (a laptop's demo), the firms of the county's park.
            park = place if place.id in orgs.enterprises else self.ch(
                places.parks_by_county.get(county.code) or places.weighted_parks[0])
            pool = orgs.enterprises[park.id]
            employer = pool[int(len(pool) * r() ** 2.5)]  # a few big employers recur in many disputes
            home = self.ch(county.communities) if r() < 0.4 else self.ch(county.villages)
            if cat is _C.LABOR:
                applicants = [people.person(county, home, born=(1962, 2002), occupation=self.ch(("务工人员", "职工")))]
            elif r() < 0.6:
                supplier = self.ch(orgs.enterprises[self.pick(places.weighted_parks).id])
                applicants = [supplier if supplier is not employer else people.person(county, home)]
            else:
                applicants = [people.person(county, home, occupation="个体经营者")]
            respondents = [employer]
        elif cat is _C.PRIVATE_LENDING:
            lenders = self.lenders.setdefault(county.code, [])
            if r() < 0.25:
                if len(lenders) < 5:
                    lenders.append(people.person(county, place, born=(1955, 1985)))
                applicants = [self.ch(lenders)]
            else:
                applicants = [people.local(county, place)]
            respondents = [people.local(county, place, applicants)]
            if r() < 0.1:
                third = [people.person(county, place)]  # guarantor
        elif cat is _C.MARRIAGE_FAMILY and template == 1:  # an elderly parent against a grown child
            parent = people.person(county, place, born=(1938, 1955))
            surname = parent.name[0] if len(parent.name) in (2, 3) else None
            applicants = [parent]
            respondents = [people.person(county, place, born=(1962, 1985), surname=surname)]
        elif cat is _C.MARRIAGE_FAMILY:
            wife = people.person(county, place, sex="女", born=(1965, 2000))
            husband = people.person(county, place, sex="男", born=(1963, 1998))
            applicants, respondents = ([wife], [husband]) if r() < 0.65 else ([husband], [wife])
        elif cat is _C.TRAFFIC_ACCIDENT:
            applicants = [people.local(county, place)]
            respondents = [people.local(county, place, applicants)]
            if r() < 0.7:
                (respondents if r() < 0.7 else third).append(self.ch(orgs.insurers))
        elif cat is _C.PROPERTY_SERVICE:
            applicants = [self.ch(orgs.property_cos[county.code])]
            respondents = [people.local(county, place)]
        elif cat is _C.EXPROPRIATION:
            applicants = [people.local(county, place)]
            respondents = [self.ch(orgs.developers[county.code])]
        elif cat is _C.PERSONAL_INJURY and r() < _CHILD_SHARE:  # a child hurt, the claim brought by a parent
            year = self.today.year
            father = r() < 0.6
            parent = people.person(county, place, sex="男" if father else "女", born=(1975, year - 30))
            surname = parent.name[0] if father and len(parent.name) in (2, 3) else None
            child = people.person(
                county, place, born=(year - 15, year - 9), surname=surname, occupation="学生", address=parent.address
            )
            if child.row is not None:
                child.row["phone"] = ""  # reached through the parent
            guardian = (parent, "父亲" if father else "母亲")
            applicants = [child]
            respondents = [people.local(county, place, [child, parent])]
        else:  # neighbours, personal injury
            applicants = [people.local(county, place)]
            respondents = [people.local(county, place, applicants)]
        out: CaseParties = [(_APPLICANT, p, None, "") for p in applicants]
        out += [(_RESPONDENT, p, None, "") for p in respondents]
        out += [(_THIRD, p, None, "") for p in third]
        everyone = applicants + respondents + third
        for index in (0, len(applicants)):
            person = out[index][1].kind == PERSON
            chance = (0.12 if index == 0 else 0.05) if person else (0.4 if index == 0 else 0.3)
            draw = r()
            if draw < chance:
                pool = orgs.lawyers.get(county.code) or next(iter(orgs.lawyers.values()))
                agent, authority = pool[int(len(pool) * r() ** 1.5)], "特别授权" if r() < 0.7 else "一般授权"
            elif person and index == 0 and draw < chance + 0.06:  # a relative
                agent, authority = people.person(county, place, born=(1960, 2000)), "一般授权"
            else:
                continue
            if agent not in everyone:
                everyone.append(agent)
                out.append((_AGENT, agent, index, authority))
        if guardian is not None:  # the ward is the first applicant
            out.append((_GUARDIAN, guardian[0], 0, guardian[1]))
        return out
