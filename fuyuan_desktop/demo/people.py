"""The demo's people: names (Han, Mongolian, rare characters), valid unused 身份证号, phones and home addresses."""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from fuyuan_desktop.demo.places import County, Place
from fuyuan_desktop.demo.run import COMMUNITY, PERSON, DemoRun, Row, weighted
from fuyuan_desktop.domain.identifiers import id_check_char

_NUMERALS = "一二三四五六七八九十"


@dataclass(slots=True, eq=False)
class DemoParty:
    """A person, organisation or agency of the demo, as its cases and agreements name it."""

    id: str
    name: str
    kind: str
    id_number: str = ""
    credit_code: str = ""
    address: str = ""
    representative: str = ""
    row: Row | None = None  # written on first use; None once written or when the store already has it


class People:
    """Makes people; each ID number and mobile number is used once across the store."""

    def __init__(self, run: DemoRun) -> None:
        self.run = run
        names = run.names
        self.surnames = weighted(names["surnames"])
        self.mongol_surnames = weighted(names["mongolian"]["surnames"])
        self.occupations = {kind: weighted(table) for kind, table in names["occupations"].items()}
        self.minorities = weighted(names["ethnic_minorities"])
        self.rare = [(r["name"], r["sex"]) for r in names["rare_names"]]
        self.used_ids = set(run.existing.id_number_heads)
        self.used_phones = set(run.existing.phones)
        self.count = 0
        self.by_county: dict[str, list[DemoParty]] = {}

    def use(self, party: DemoParty) -> str:
        """The party's id, writing its row the first time a case names it."""
        if party.row is not None:
            self.run.rows["party"].append(party.row)
            party.row = None
        return party.id

    def name(self, rng: random.Random, sex: str, born: int, mongolian: bool, surname: str | None = None) -> str:
        names = self.run.names
        if mongolian and surname is None:
            mongol = names["mongolian"]
            given: str = rng.choice(mongol["male"] if sex == "男" else mongol["female"])
            if rng.random() < mongol["bare_share"]:
                return given
            population, cum = self.mongol_surnames
            return str(population[bisect.bisect(cum, rng.random() * cum[-1])]) + given
        if surname is None:
            population, cum = self.surnames
            surname = population[bisect.bisect(cum, rng.random() * cum[-1])]
        pool = names["given"][f"{'male' if sex == '男' else 'female'}_{'modern' if born >= 1985 else 'classic'}"]
        return f"{surname}{pool[int(rng.random() * len(pool))]}"

    def mobile(self, rng: random.Random) -> str:
        prefixes = self.run.names["mobile_prefixes"]
        while True:
            phone = f"{prefixes[int(rng.random() * len(prefixes))]}{int(rng.random() * 1e8):08d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _address(self, rng: random.Random, place: Place) -> str:
        r = rng.random
        prefix = place.county.prefix + place.township + place.name
        if place.kind == COMMUNITY:
            estate = self.run.texts["words"]["estate"]
            return (
                f"{prefix}{estate[int(r() * len(estate))]}{1 + int(r() * 30)}号楼"
                f"{1 + int(r() * 6)}单元{1 + int(r() * 6)}0{1 + int(r() * 4)}室"
            )
        return f"{prefix}{_NUMERALS[int(r() * 10)]}组"

    def person(
        self,
        county: County,
        place: Place,
        *,
        sex: str | None = None,
        born: tuple[int, int] = (1940, 2004),
        surname: str | None = None,
        occupation: str = "",
        rng: random.Random | None = None,
        address: str = "",
    ) -> DemoParty:
        """A new person with a valid, unused ID number; a rare-character name every 89th person."""
        run = self.run
        rng = rng or run.rng
        r = rng.random
        self.count += 1
        mongolian = county.mongolian > 0 and r() < county.mongolian
        free = sex is None and surname is None and rng is run.rng  # may take one of the rare names
        sex = sex or ("男" if r() < 0.55 else "女")
        year = int(rng.triangular(born[0], born[1] + 0.999, min(max(1972, born[0]), born[1])))
        birth = date.fromordinal(date(year, 1, 1).toordinal() + int(r() * 365))
        if free and self.rare and self.count % 89 == 7:
            (name, sex), mongolian = self.rare.pop(0), False
        else:
            name = self.name(rng, sex, year, mongolian, surname)
        region = county.old_code if county.old_code and year < 2010 and r() < 0.25 else county.code
        head = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}"
        odd = 1 if sex == "男" else 0
        while True:
            first17 = f"{head}{int(r() * 100):02d}{int(r() * 5) * 2 + odd}"
            if first17 not in self.used_ids:
                self.used_ids.add(first17)
                break
        number = first17 + id_check_char(first17)
        draw = r()
        landline = f"0438-{2 + int(r() * 7)}{int(r() * 1e6):06d}"
        phone = self.mobile(rng) if draw < 0.92 else "" if draw > 0.97 else landline
        if not occupation:
            population, cum = self.occupations["urban" if place.kind == COMMUNITY else "rural"]
            occupation = population[bisect.bisect(cum, r() * cum[-1])]
        ethnicity = "蒙古族" if mongolian else "汉族"
        if not mongolian and r() < 0.07:
            population, cum = self.minorities
            ethnicity = population[bisect.bisect(cum, r() * cum[-1])]
        home = address or self._address(rng, place)
        full, initials = run.keys_of(name)
        party = DemoParty(run.id(), name, PERSON, id_number=number, address=home)
        party.row = {
            "id": party.id,
            "kind": PERSON,
            "name": name,
            "name_pinyin": full,
            "name_initials": initials,
            "id_number": number,
            "id_number_rev": number[::-1],
            "sex": sex,
            "birth_date": birth,
            "ethnicity": ethnicity,
            "occupation": occupation,
            "credit_code": "",
            "representative": "",
            "representative_title": "",
            "phone": phone,
            "address": home,
            "service_address": home if r() < 0.6 else "",
        }
        return party

    def local(self, county: County, place: Place, avoid: Sequence[DemoParty] = ()) -> DemoParty:
        """Someone from ``place``: now and then a person already in another case, usually a new one."""
        rnd = self.run.rnd
        known = self.by_county.setdefault(county.code, [])
        if known and rnd() < 0.03:
            party: DemoParty = known[-1 - int(rnd() * min(200, len(known)))]
            if party not in avoid:
                return party
        party = self.person(county, place)
        known.append(party)
        return party
