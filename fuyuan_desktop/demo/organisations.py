"""The demo's organisations: park enterprises, co-operatives, property and insurance companies, agencies, lawyers.

Each organisation and agency has a valid 统一社会信用代码; those the store already has (matched by code and name)
are reused, and the same seed makes the same ones again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from fuyuan_desktop.demo.people import DemoParty, People
from fuyuan_desktop.demo.places import County, Place, Places
from fuyuan_desktop.demo.run import AGENCY, ORG, PERSON, DemoRun, Weighted, weighted
from fuyuan_desktop.domain.enums import DisputeCategory
from fuyuan_desktop.domain.identifiers import CREDIT_CODE_CHARSET, credit_code_check_char, org_code_check_char


@dataclass(slots=True, eq=False)
class Agency:
    """An administrative agency (or township government), its head, and the disputes it meets where."""

    party: DemoParty
    abbr: str
    categories: tuple[DisputeCategory, ...]
    county: County | None
    places: list[Place]


class Organisations:
    """Every organisation, agency and lawyer a demo case can name, made once per run from their own seed."""

    def __init__(self, run: DemoRun, places: Places, people: People, *, disputes: int, seed: int) -> None:
        self.run, self.places, self.people, self.n = run, places, people, disputes
        self.known_codes = dict(run.existing.credit_codes)
        self.enterprises: dict[str, list[DemoParty]] = {}
        self.coops: dict[str, list[DemoParty]] = {}
        self.property_cos: dict[str, list[DemoParty]] = {}
        self.developers: dict[str, list[DemoParty]] = {}
        self.insurers: list[DemoParty] = []
        self.lawyers: dict[str, list[DemoParty]] = {}
        self.weighted_agencies: Weighted = ([], [])
        self._build(random.Random(f"{seed}:organisations"))

    def _organisation(
        self,
        rng: random.Random,
        kind: str,
        name: str,
        lead: str,
        division: str,
        address: str,
        representative: str,
        title: str,
    ) -> DemoParty:
        """An organisation or agency with a valid 统一社会信用代码 (reused if the store already has it)."""
        while True:
            body = (
                "0" + "".join(rng.choice("0123456789") for _ in range(7))
                if lead.startswith("1")
                else "MA" + "".join(rng.choice(CREDIT_CODE_CHARSET) for _ in range(6))
            )
            first17 = f"{lead}{division}{body}{org_code_check_char(body)}"
            code = first17 + credit_code_check_char(first17)
            known = self.known_codes.get(code)
            if known is None or known[1] == name:
                break
        phone = f"0438-{rng.randrange(2, 9)}{rng.randrange(10**6):06d}"  # drawn even when reused, as above
        party = DemoParty(
            known[0] if known and known[0] else self.run.id(),
            name,
            kind,
            credit_code=code,
            address=address,
            representative=representative,
        )
        if known is None:
            self.known_codes[code] = ("", name)
            full, initials = self.run.keys_of(name)
            party.row = {
                "id": party.id,
                "kind": kind,
                "name": name,
                "name_pinyin": full,
                "name_initials": initials,
                "id_number": "",
                "id_number_rev": "",
                "sex": "",
                "birth_date": None,
                "ethnicity": "",
                "occupation": "",
                "credit_code": code,
                "representative": representative,
                "representative_title": title,
                "phone": phone,
                "address": address,
                "service_address": address,
            }
        return party

    def _build(self, rng: random.Random) -> None:
        names = self.run.names
        person_name = self.people.name
        taken: set[str] = set()

        def company(template: str, county: County, township: str, address: str, division: str) -> DemoParty:
            trade = names["trade_names"]
            name, tries = "", 0
            while not name or name in taken:  # two trade names together once the single ones run short
                tries += 1
                tn = rng.choice(trade) + (rng.choice(trade) if tries > 20 else "")
                name = rng.choice(names["enterprise_templates"][template]).format(
                    tn=tn, county=county.name, township=township
                )
            taken.add(name)
            titles = names["representative_titles"]["coop" if template == "coop" else "company"]
            return self._organisation(
                rng,
                ORG,
                name,
                "93" if template == "coop" else "91",
                division,
                address,
                person_name(rng, rng.choice("男男男女"), 1970, False),
                rng.choice(titles),
            )

        parks, cum = self.places.weighted_parks
        size = max(14, min(700, self.n // 100))
        for park, low, high in zip(parks, [0.0, *cum], cum, strict=False):
            division = "220771" if park.name == "吉林松原经济开发区" else park.county.code
            self.enterprises[park.id] = [
                company(
                    rng.choice(park.industries),
                    park.county,
                    "",
                    f"{park.county.prefix}{park.name}{rng.choice(park.roads)}{rng.randrange(1, 300)}号",
                    division,
                )
                for _ in range(max(2, round(size * (high - low) / cum[-1])))
            ]
        counties = self.places.counties
        for county in counties.values():
            for v in county.villages:
                if v.hot or rng.random() < 0.25:
                    self.coops.setdefault(v.township, []).append(
                        company("coop", county, v.township, f"{county.prefix}{v.township}{v.name}", county.code)
                    )
            self.property_cos[county.code] = [
                company("property", county, "", f"{county.prefix}{c.township}", county.code)
                for c in county.communities[:3]
            ]
            self.developers[county.code] = [
                company("developer", county, "", f"{county.prefix}建设路{rng.randrange(1, 200)}号", county.code)
                for _ in range(2)
            ]
        self.insurers = [
            self._organisation(
                rng,
                ORG,
                name,
                "91",
                "220700",
                f"吉林省松原市宁江区松原大路{rng.randrange(100, 3000)}号",
                person_name(rng, "男", 1970, False),
                "总经理",
            )
            for name in names["insurers"]
        ]
        self._build_agencies(rng)
        known_lawyers = self.run.existing.lawyers
        for firm in names["law_firms"]:
            county = counties[firm["county"]]
            for _ in range(max(2, min(8, self.n // 400))):
                lawyer = self.people.person(
                    county,
                    county.communities[0],
                    born=(1965, 1992),
                    occupation="律师",
                    rng=rng,
                    address=f"{county.prefix}{firm['name']}",
                )
                if known := known_lawyers.get((lawyer.name, lawyer.address)):  # from an earlier run
                    lawyer = DemoParty(known[0], lawyer.name, PERSON, id_number=known[1], address=lawyer.address)
                self.lawyers.setdefault(county.code, []).append(lawyer)

    def _build_agencies(self, rng: random.Random) -> None:
        """City and county agencies and township governments, each with its head and the disputes it meets."""
        names = self.run.names
        counties = self.places.counties
        agencies: dict[Agency, float] = {}

        def add(
            name: str,
            kind: str,
            abbr: str,
            county: County | None,
            places: list[Place],
            title: str,
            weight: float,
            division: str,
        ) -> None:
            prefix = county.prefix if county else "吉林省松原市宁江区"
            party = self._organisation(
                rng,
                AGENCY,
                name,
                "11",
                division,
                f"{prefix}{rng.choice(('人民大街', '中华路', '建设路', '文化路'))}{rng.randrange(1, 500)}号",
                self.people.name(rng, rng.choice("男男男女"), 1968, False),
                title,
            )
            categories = tuple(DisputeCategory.parse(c) for c in names["agency_categories"][kind])
            agencies[Agency(party, abbr, categories, county, places)] = weight

        everywhere = [p for c in counties.values() for p in c.villages + c.communities]
        for a in names["city_agencies"]:
            add(
                a["name"],
                a["kind"],
                a["abbr"],
                None,
                everywhere,
                "市长" if a["kind"] == "gov" else "局长",
                a["weight"] * 1.2,
                "220700",
            )
        for county in counties.values():
            leader = {"区": "区长", "县": "县长", "市": "市长"}[county.name[-1]]
            for a in names["county_agencies"]:
                add(
                    f"{county.name}{a['suffix']}",
                    a["kind"],
                    names["county_abbr"][county.code] + a["abbr"],
                    county,
                    county.villages + county.communities,
                    leader if a["kind"] == "gov" else "局长",
                    a["weight"] * 0.5,
                    county.code,
                )
            for township in dict.fromkeys(v.township for v in county.villages):
                add(
                    f"{county.name}{township}人民政府",
                    "township",
                    township[:2] + "政",
                    county,
                    [v for v in county.villages if v.township == township],
                    "镇长" if township.endswith("镇") else "乡长",
                    0.6,
                    county.code,
                )
        self.weighted_agencies = weighted(agencies)
