"""Demo data: a deterministic Songyuan caseload (places, roster, parties, disputes, sessions, agreements).

Rows are generated as plain dicts (``demo_batches``) and written by ``generate_demo`` in one bulk
transaction, so a cancel or an error leaves the store as it was. A second run on the same store adds
more disputes: places, the mediator roster and organisations already there are reused (matched by
name or credit code), new people get unused ID numbers, and case numbers continue from the store.
Names, places and texts come from ``resources/reference/demo_*.json``.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, text

from fuyuan_desktop import resources
from fuyuan_desktop.domain.case_numbers import CaseNumber, ProvisionalNumber, number_search_key
from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    MediationKind,
    Outcome,
    ParticipantRole,
    PartyKind,
    PartyRole,
    PlaceKind,
    SessionStatus,
    TaskStatus,
)
from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.domain.identifiers import (
    CREDIT_CODE_CHARSET,
    credit_code_check_char,
    id_check_char,
    org_code_check_char,
)
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.agreements import content_hash
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.store.bulk import BulkWriter, bulk_load
from fuyuan_desktop.store.models import (
    Agreement,
    AgreementClause,
    CaseParty,
    Dispute,
    DisputeMediator,
    FollowUp,
    MediationSession,
    Mediator,
    Party,
    Place,
    RecordRevision,
    SyncedRow,
)

Row = dict[str, Any]
Batch = tuple[type[SyncedRow], list[Row]]
Weighted = tuple[list[Any], list[float]]
CaseParties = list[tuple[str, "_Party", int | None, str]]  # role, party, index represented, authority

#: Parents before children: a batch is handed out only after every table its rows point to.
TABLE_ORDER: tuple[type[SyncedRow], ...] = (
    Place,
    Mediator,
    Party,
    Dispute,
    CaseParty,
    DisputeMediator,
    MediationSession,
    RecordRevision,
    Agreement,
    AgreementClause,
    FollowUp,
)
MAX_DISPUTES = 1_000_000
CANCELLED_MESSAGE = "已取消，未写入任何演示数据"

# Plain strings of the enum values used per row (enum attribute access is slow in a 1M-row loop).
_PERSON, _ORG, _AGENCY = PartyKind.PERSON.value, PartyKind.ORGANIZATION.value, PartyKind.AGENCY.value
_APPLICANT, _RESPONDENT = PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value
_THIRD, _AGENT = PartyRole.THIRD_PARTY.value, PartyRole.AGENT.value
_HELD, _SCHEDULED, _CANCELLED = SessionStatus.HELD.value, SessionStatus.SCHEDULED.value, SessionStatus.CANCELLED.value
_COMMUNITY, _VILLAGE, _PARK = PlaceKind.COMMUNITY.value, PlaceKind.VILLAGE.value, PlaceKind.INDUSTRIAL_PARK.value
_S, _O, _C = DisputeStatus, Outcome, DisputeCategory

_CIVIL_WEIGHTS = {
    _C.LAND_TRANSFER: 20,
    _C.LABOR: 12,
    _C.ENTERPRISE_CONTRACT: 8,
    _C.PRIVATE_LENDING: 14,
    _C.NEIGHBOR: 12,
    _C.MARRIAGE_FAMILY: 10,
    _C.PERSONAL_INJURY: 6,
    _C.TRAFFIC_ACCIDENT: 7,
    _C.PROPERTY_SERVICE: 5,
    _C.EXPROPRIATION: 3,
}
_URBAN_SHARE = {_C.PRIVATE_LENDING: 0.4, _C.TRAFFIC_ACCIDENT: 0.4, _C.MARRIAGE_FAMILY: 0.4, _C.EXPROPRIATION: 0.5}
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
_ENDINGS = {
    _O.AGREEMENT: "调解员：双方自愿达成协议，详见调解协议书。",
    _O.SETTLED_WITHDRAWN: "调解员：双方已自行和解，申请人撤回调解申请。",
    _O.AGENCY_CORRECTED: "调解员：被申请人同意自行纠正原行政行为，申请人撤回申请。",
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
_SESSION_TIMES = ((9, 0), (9, 30), (10, 0), (13, 30), (14, 0), (14, 30), (15, 0))
_NUMERALS = "一二三四五六七八九十"
_OFFICIAL_RE = re.compile(r"^（(\d{4})）(.+?)(民诉前调|行诉前调)([1-9]\d*)号$")


@dataclass(frozen=True)
class DemoSummary:
    """What one demo run wrote (rows it added, not rows it reused)."""

    disputes: int
    parties: int
    sessions: int
    places: int
    mediators: int
    agreements: int


class DemoCancelledError(FuyuanError):
    """The user cancelled a demo run; nothing was written."""


@cache
def _data(name: str) -> Any:
    return resources.read_json("reference", f"demo_{name}.json")


def _weighted(table: Mapping[Any, float]) -> Weighted:
    return list(table), list(itertools.accumulate(table.values()))


def _yuan(fen: int) -> str:
    return f"{fen // 100:,}" + (f".{fen % 100:02d}" if fen % 100 else "")


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(slots=True)
class _Tribunal:
    id: str
    short: str
    name: str
    court_id: str
    court_code: str


@dataclass(slots=True, eq=False)
class _County:
    code: str
    name: str
    prefix: str  # postal address prefix, 吉林省松原市…
    mongolian: float
    old_code: str
    villages: list[_Place] = field(default_factory=list)
    communities: list[_Place] = field(default_factory=list)
    weighted_villages: Weighted = field(default_factory=lambda: ([], []))


@dataclass(slots=True, eq=False)
class _Place:
    id: str
    name: str
    kind: str
    township: str
    county: _County
    tribunal: _Tribunal
    text: str
    hot: bool = False
    industries: tuple[str, ...] = ()
    roads: tuple[str, ...] = ()


@dataclass(slots=True, eq=False)
class _Party:
    id: str
    name: str
    kind: str
    id_number: str = ""
    credit_code: str = ""
    address: str = ""
    representative: str = ""
    row: Row | None = None  # emitted on first use; None once emitted or when the store already has it


@dataclass(slots=True, eq=False)
class _Agency:
    party: _Party
    abbr: str
    categories: tuple[DisputeCategory, ...]
    county: _County | None
    places: list[_Place]


@dataclass(slots=True)
class _Mediator:
    id: str
    name: str


@dataclass(slots=True)
class _Plan:
    registered_on: date
    order: int
    category: DisputeCategory
    place: _Place
    agency: _Agency | None = None


@dataclass(slots=True)
class _Life:
    status: DisputeStatus
    outcome: Outcome | None = None
    accepted: date | None = None
    extension: int = 0
    due: date | None = None
    end: date | None = None


class _Words(dict[str, str]):
    """Template values; a missing one is drawn once from the word lists, so it stays the same in one case."""

    def __init__(self, pick: Callable[[Sequence[str]], str], words: dict[str, list[str]]) -> None:
        super().__init__()
        self.pick = pick
        self.words = words

    def __missing__(self, key: str) -> str:
        value = self[key] = self.pick(self.words[key])
        return value


class _DemoBuilder:
    """Plans and generates one demo run against the current state of the store."""

    def __init__(self, ctx: ServiceContext, *, disputes: int, seed: int, batch_size: int) -> None:
        if not 1 <= disputes <= MAX_DISPUTES:
            raise ValidationError("--disputes 纠纷件数", f"应为 1 到 {MAX_DISPUTES:,} 之间的整数")
        if batch_size < 1:
            raise ValidationError("batch_size", "应为正整数")
        self.n, self.batch_size = disputes, batch_size
        self.rng = random.Random(seed)
        self.rnd = self.rng.random
        self.today = ctx.today()
        self.device_id = ctx.db.device_id
        self.calendar, self.rules = ctx.reference.calendar, ctx.reference.deadline_rules
        self.rows: dict[type[SyncedRow], list[Row]] = {model: [] for model in TABLE_ORDER}
        self.written: dict[type[SyncedRow], int] = dict.fromkeys(TABLE_ORDER, 0)
        self.names, self.texts = _data("names"), _data("texts")
        self.surnames = _weighted(self.names["surnames"])
        self.mongol_surnames = _weighted(self.names["mongolian"]["surnames"])
        self.occupations = {kind: _weighted(table) for kind, table in self.names["occupations"].items()}
        self.minorities = _weighted(self.names["ethnic_minorities"])
        self.rare = [(r["name"], r["sex"]) for r in self.names["rare_names"]]
        self.outcomes = {admin: _weighted(table) for admin, table in _OUTCOMES.items()}
        self.sources = {name: _weighted(table) for name, table in _SOURCES.items()}
        self.person_count = 0
        self.people: dict[str, list[_Party]] = {}
        self.lenders: dict[str, list[_Party]] = {}
        self._deadlines: dict[tuple[date, int], date] = {}
        self._keys: dict[str, tuple[str, str]] = {}
        self._key_is_number: dict[str, bool] = {}
        self._load_store(ctx)
        self._id = self._id_factory()
        self._build_places()
        self._build_roster()
        self._build_organisations(random.Random(f"{seed}:organisations"))

    # --- the store as it is -------------------------------------------------------------------

    def _load_store(self, ctx: ServiceContext) -> None:
        with ctx.db.engine.connect() as conn:

            def rows(sql: str) -> Sequence[Any]:
                return conn.execute(text(sql)).all()

            courts = {r[0]: (r[1], r[2]) for r in rows("SELECT id, code, division_code FROM court")}
            self.tribunals: dict[str, _Tribunal] = {}
            self.county_tribunals: dict[str, list[_Tribunal]] = {}
            for tid, short, name, court_id in rows(
                "SELECT id, short_name, name, court_id FROM tribunal WHERE NOT deleted ORDER BY name"
            ):
                code, division = courts[court_id]
                self.tribunals[short] = _Tribunal(tid, short, name, court_id, code)
                self.county_tribunals.setdefault(division, []).append(self.tribunals[short])
            self.device_tag = str(conn.execute(text("SELECT tag FROM device WHERE is_self")).scalar() or "0000")
            self.counters = {str(r[0]): int(r[1]) for r in rows("SELECT name, value FROM counter")}
            self.known_places = {
                (r[0], r[1], r[2]): str(r[3])
                for r in rows("SELECT name, township, county_code, id FROM place WHERE NOT deleted")
            }
            self.known_mediators = {
                (r[0], r[1]): str(r[2]) for r in rows("SELECT name, organization, id FROM mediator WHERE NOT deleted")
            }
            self.known_codes = {
                str(r[0]): (str(r[1]), str(r[2]))
                for r in rows("SELECT credit_code, id, name FROM party WHERE credit_code <> '' AND NOT deleted")
            }
            self.used_ids = {str(r[0])[:17] for r in rows("SELECT id_number FROM party WHERE id_number <> ''")}
            self.used_phones = {str(r[0]) for r in rows("SELECT phone FROM party WHERE phone <> ''")}
            self.known_lawyers = {
                (r[0], r[1]): (str(r[2]), str(r[3]))
                for r in rows(
                    "SELECT name, address, id, id_number FROM party WHERE occupation = '律师' AND NOT deleted"
                )
            }
            self.official_seq: dict[tuple[str, str, int], int] = {}
            for (number,) in rows("SELECT official_number FROM dispute WHERE official_number IS NOT NULL"):
                if match := _OFFICIAL_RE.match(str(number)):
                    key = (match.group(2), match.group(3), int(match.group(1)))
                    self.official_seq[key] = max(self.official_seq.get(key, 0), int(match.group(4)))
        if not self.tribunals:
            raise FuyuanError("数据库中还没有法院和法庭，请先运行 `fuyuan init`")
        self.run = self.counters.get("demo:runs", 0) + 1
        self.counters["demo:runs"] = self.run
        self.touched = {"demo:runs"}

    def _id_factory(self) -> Callable[[], str]:
        """UUIDv7-shaped ids: today's midnight (China time) as the timestamp, then run, device and counter.

        They sort in creation order, never repeat across runs or devices, and are the same for the
        same seed, day, device and run number.
        """
        midnight = datetime(self.today.year, self.today.month, self.today.day, tzinfo=UTC) - timedelta(hours=8)
        device = hashlib.sha256(self.device_id.encode()).hexdigest()[:5]
        head = f"{int(midnight.timestamp() * 1000):012x}7{self.run % 4096:03x}8{device}"
        counter = itertools.count(1)
        return lambda: f"{head}{next(counter):010x}"

    def _tribunal(self, short: str, county: str) -> _Tribunal:
        found = self.tribunals.get(short) or next(iter(self.county_tribunals.get(county, [])), None)
        if found is None:
            raise FuyuanError(f"找不到「{short}」法庭或 {county} 的任何法庭；请检查法院和法庭设置")
        return found

    # --- random draws (cheaper than random.choice/randint in the per-row loop) ----------------

    def _ch(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rnd() * len(seq))]

    def _int(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high`` inclusive."""
        return low + int(self.rnd() * (high - low + 1))

    def _pick(self, table: Weighted) -> Any:
        population, cum = table
        return population[bisect.bisect(cum, self.rnd() * cum[-1])]

    # --- fixed world: places, roster, organisations -------------------------------------------

    def _place(
        self, name: str, kind: str, township: str, county: _County, tribunal: _Tribunal, division: str
    ) -> _Place:
        key = (name, township, county.code)
        known = self.known_places.get(key)
        place_text = name if kind == _PARK else f"{county.name}{township}{'' if name == township else name}"
        place = _Place(known or self._id(), name, kind, township, county, tribunal, place_text)
        if known is None:
            self.known_places[key] = place.id
            self._emit(
                Place,
                {
                    "id": place.id,
                    "name": name,
                    "kind": kind,
                    "township": township,
                    "county_code": county.code,
                    "division_code": division,
                    "tribunal_id": tribunal.id,
                    "name_initials": self._keys_of(name)[1],
                },
            )
        return place

    def _build_places(self) -> None:
        data = _data("places")
        self.counties: dict[str, _County] = {}
        self.cluster: list[_Place] = []
        for c in data["counties"]:
            county = _County(
                c["code"], c["name"], c["address_prefix"], float(c.get("mongolian", 0)), c.get("old_code", "")
            )
            self.counties[county.code] = county
            for t in c["townships"]:
                tribunal = self._tribunal(t["tribunal"], county.code)
                if not t.get("urban"):
                    self._place(t["name"], PlaceKind.TOWNSHIP.value, t["name"], county, tribunal, county.code)
                for name in t.get("villages", []):
                    place = self._place(name, _VILLAGE, t["name"], county, tribunal, county.code)
                    place.hot = name in t.get("hot", [])
                    county.villages.append(place)
                    if t.get("cluster") and place.hot:
                        self.cluster.append(place)
                for name in t.get("communities", []):
                    county.communities.append(self._place(name, _COMMUNITY, t["name"], county, tribunal, county.code))
            county.weighted_villages = _weighted({v: 8.0 if v.hot else 1.0 for v in county.villages})
        self.weighted_counties = _weighted({self.counties[c["code"]]: c["weight"] for c in data["counties"]})
        parks: dict[_Place, float] = {}
        for p in data["parks"]:
            county = self.counties[p["county"]]
            park = self._place(
                p["name"], _PARK, "", county, self._tribunal(p["tribunal"], county.code), p["division_code"]
            )
            park.industries, park.roads = tuple(p["industries"]), tuple(p["roads"])
            parks[park] = p["weight"]
        self.weighted_parks = _weighted(parks)
        self.parks_by_county: dict[str, list[_Place]] = {}
        for park in parks:
            self.parks_by_county.setdefault(park.county.code, []).append(park)

    def _build_roster(self) -> None:
        """About sixty mediators and court staff; the same names whatever the seed."""
        rng = random.Random("fuyuan-demo-roster")
        self.by_role: dict[tuple[str, str], list[_Mediator]] = {}
        used: set[str] = set()

        def add(role: ParticipantRole, org: str, key: str, tribunal: _Tribunal, roster: str = "") -> None:
            name = ""
            while not name or name in used:
                name = self._person_name(rng, rng.choice("男女"), 1975, False)
            used.add(name)
            phone = self._mobile(rng)  # drawn even when reused, so the next names stay the same
            known = self.known_mediators.get((name, org))
            mediator = _Mediator(known or self._id(), name)
            if known is None:
                self._emit(
                    Mediator,
                    {
                        "id": mediator.id,
                        "name": name,
                        "role": role.value,
                        "organization": org,
                        "roster_number": roster,
                        "phone": phone,
                        "tribunal_id": tribunal.id,
                        "active": True,
                    },
                )
            self.by_role.setdefault((role.value, key), []).append(mediator)

        for tribunal in self.tribunals.values():
            add(ParticipantRole.JUDGE, tribunal.name, tribunal.short, tribunal)
            add(ParticipantRole.CLERK, tribunal.name, tribunal.short, tribunal)
        firms = {f["county"]: f["name"] for f in self.names["law_firms"]}
        for n, county in enumerate(self.counties.values(), start=1):
            home = (self.county_tribunals.get(county.code) or list(self.tribunals.values()))[0]
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
        centre = self.tribunals.get("中院诉调") or next(iter(self.tribunals.values()))
        add(ParticipantRole.ADMIN_MEDIATOR, "松原市行政争议协调化解中心", "city", centre)

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
    ) -> _Party:
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
        party = _Party(
            known[0] if known and known[0] else self._id(),
            name,
            kind,
            credit_code=code,
            address=address,
            representative=representative,
        )
        if known is None:
            self.known_codes[code] = ("", name)
            full, initials = self._keys_of(name)
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

    def _build_organisations(self, rng: random.Random) -> None:
        names = self.names
        taken: set[str] = set()

        def company(template: str, county: _County, township: str, address: str, division: str) -> _Party:
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
                _ORG,
                name,
                "93" if template == "coop" else "91",
                division,
                address,
                self._person_name(rng, rng.choice("男男男女"), 1970, False),
                rng.choice(titles),
            )

        parks, cum = self.weighted_parks
        size = max(14, min(700, self.n // 100))
        self.enterprises: dict[str, list[_Party]] = {}
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
        self.coops: dict[str, list[_Party]] = {}
        self.property_cos: dict[str, list[_Party]] = {}
        self.developers: dict[str, list[_Party]] = {}
        for county in self.counties.values():
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
                _ORG,
                name,
                "91",
                "220700",
                f"吉林省松原市宁江区松原大路{rng.randrange(100, 3000)}号",
                self._person_name(rng, "男", 1970, False),
                "总经理",
            )
            for name in names["insurers"]
        ]
        self._build_agencies(rng)
        self.lawyers: dict[str, list[_Party]] = {}
        for firm in names["law_firms"]:
            county = self.counties[firm["county"]]
            for _ in range(max(2, min(8, self.n // 400))):
                lawyer = self._person(
                    county,
                    county.communities[0],
                    born=(1965, 1992),
                    occupation="律师",
                    rng=rng,
                    address=f"{county.prefix}{firm['name']}",
                )
                if known := self.known_lawyers.get((lawyer.name, lawyer.address)):  # from an earlier run
                    lawyer = _Party(known[0], lawyer.name, _PERSON, id_number=known[1], address=lawyer.address)
                self.lawyers.setdefault(county.code, []).append(lawyer)

    def _build_agencies(self, rng: random.Random) -> None:
        """City and county agencies and township governments, each with its head and the disputes it meets."""
        names = self.names
        agencies: dict[_Agency, float] = {}

        def add(
            name: str,
            kind: str,
            abbr: str,
            county: _County | None,
            places: list[_Place],
            title: str,
            weight: float,
            division: str,
        ) -> None:
            prefix = county.prefix if county else "吉林省松原市宁江区"
            party = self._organisation(
                rng,
                _AGENCY,
                name,
                "11",
                division,
                f"{prefix}{rng.choice(('人民大街', '中华路', '建设路', '文化路'))}{rng.randrange(1, 500)}号",
                self._person_name(rng, rng.choice("男男男女"), 1968, False),
                title,
            )
            categories = tuple(DisputeCategory.parse(c) for c in names["agency_categories"][kind])
            agencies[_Agency(party, abbr, categories, county, places)] = weight

        everywhere = [p for c in self.counties.values() for p in c.villages + c.communities]
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
        for county in self.counties.values():
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
        self.weighted_agencies = _weighted(agencies)

    # --- people -------------------------------------------------------------------------------

    def _emit(self, model: type[SyncedRow], row: Row) -> None:
        self.rows[model].append(row)

    def _use(self, party: _Party) -> str:
        if party.row is not None:
            self.rows[Party].append(party.row)
            party.row = None
        return party.id

    def _keys_of(self, name: str) -> tuple[str, str]:
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = name_keys(name)
        return keys

    def _person_name(self, rng: random.Random, sex: str, born: int, mongolian: bool, surname: str | None = None) -> str:
        if mongolian and surname is None:
            data = self.names["mongolian"]
            given: str = rng.choice(data["male"] if sex == "男" else data["female"])
            if rng.random() < data["bare_share"]:
                return given
            population, cum = self.mongol_surnames
            return str(population[bisect.bisect(cum, rng.random() * cum[-1])]) + given
        if surname is None:
            population, cum = self.surnames
            surname = population[bisect.bisect(cum, rng.random() * cum[-1])]
        pool = self.names["given"][f"{'male' if sex == '男' else 'female'}_{'modern' if born >= 1985 else 'classic'}"]
        return f"{surname}{pool[int(rng.random() * len(pool))]}"

    def _mobile(self, rng: random.Random) -> str:
        prefixes = self.names["mobile_prefixes"]
        while True:
            phone = f"{prefixes[int(rng.random() * len(prefixes))]}{int(rng.random() * 1e8):08d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _address(self, rng: random.Random, place: _Place) -> str:
        r = rng.random
        prefix = place.county.prefix + place.township + place.name
        if place.kind == _COMMUNITY:
            estate = self.texts["words"]["estate"]
            return (
                f"{prefix}{estate[int(r() * len(estate))]}{1 + int(r() * 30)}号楼"
                f"{1 + int(r() * 6)}单元{1 + int(r() * 6)}0{1 + int(r() * 4)}室"
            )
        return f"{prefix}{_NUMERALS[int(r() * 10)]}组"

    def _person(
        self,
        county: _County,
        place: _Place,
        *,
        sex: str | None = None,
        born: tuple[int, int] = (1940, 2004),
        surname: str | None = None,
        occupation: str = "",
        rng: random.Random | None = None,
        address: str = "",
    ) -> _Party:
        """A new person with a valid, unused ID number; a rare-character name every 89th person."""
        rng = rng or self.rng
        r = rng.random
        self.person_count += 1
        mongolian = county.mongolian > 0 and r() < county.mongolian
        free = sex is None and surname is None and rng is self.rng  # may take one of the rare names
        sex = sex or ("男" if r() < 0.55 else "女")
        year = int(rng.triangular(born[0], born[1] + 0.999, min(max(1972, born[0]), born[1])))
        birth = date.fromordinal(date(year, 1, 1).toordinal() + int(r() * 365))
        if free and self.rare and self.person_count % 89 == 7:
            (name, sex), mongolian = self.rare.pop(0), False
        else:
            name = self._person_name(rng, sex, year, mongolian, surname)
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
        phone = self._mobile(rng) if draw < 0.92 else "" if draw > 0.97 else landline
        if not occupation:
            population, cum = self.occupations["urban" if place.kind == _COMMUNITY else "rural"]
            occupation = population[bisect.bisect(cum, r() * cum[-1])]
        ethnicity = "蒙古族" if mongolian else "汉族"
        if not mongolian and r() < 0.07:
            population, cum = self.minorities
            ethnicity = population[bisect.bisect(cum, r() * cum[-1])]
        home = address or self._address(rng, place)
        full, initials = self._keys_of(name)
        party = _Party(self._id(), name, _PERSON, id_number=number, address=home)
        party.row = {
            "id": party.id,
            "kind": _PERSON,
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

    def _local(self, county: _County, place: _Place, avoid: Sequence[_Party] = ()) -> _Party:
        """Someone from ``place``: now and then a person already in another case, usually a new one."""
        known = self.people.setdefault(county.code, [])
        if known and self.rnd() < 0.03:
            party: _Party = known[-1 - int(self.rnd() * min(200, len(known)))]
            if party not in avoid:
                return party
        party = self._person(county, place)
        known.append(party)
        return party

    # --- the caseload -------------------------------------------------------------------------

    def _plan(self) -> list[_Plan]:
        """Category, place and registration day of every dispute, sorted by registration."""
        rng, n, today = self.rng, self.n, self.today
        n_admin = min(round(0.05 * n), 40 + round(0.0055 * n))
        n_cluster = min(max(12, round(0.008 * n)) if n >= 100 else n // 10, n - n_admin) if self.cluster else 0
        start = today - timedelta(days=3 * 365)
        days = [start + timedelta(days=i) for i in range((today - start).days + 1)]
        workdays = [d for d in days if self.calendar.is_workday(d)] or days
        growth = [1.0 + 1.5 * i / len(workdays) for i in range(len(workdays))]
        season = {"land": {3: 1.6, 4: 2.0, 5: 1.6, 9: 1.3, 10: 1.8, 11: 1.5}, "labor": {12: 1.8, 1: 1.8}}
        profiles = {
            name: (
                workdays,
                list(
                    itertools.accumulate(
                        g * months.get(d.month, 0.8 if name == "land" else 1.0)
                        for g, d in zip(growth, workdays, strict=True)
                    )
                ),
            )
            for name, months in (("default", {}), *season.items())
        }
        # The canonical 宁江 story: one township's land-transfer cases pile up within one year.
        window_end = today - timedelta(days=75)
        window = [d for d in workdays if window_end - timedelta(days=320) <= d <= window_end] or workdays
        civil = _weighted(_CIVIL_WEIGHTS)
        plans: list[_Plan] = []
        for order in range(n):
            if order < n_admin:
                agency: _Agency = self._pick(self.weighted_agencies)
                plans.append(
                    _Plan(
                        self._pick(profiles["default"]),
                        order,
                        self._ch(agency.categories),
                        self._ch(agency.places),
                        agency,
                    )
                )
                continue
            if order < n_admin + n_cluster:
                plans.append(_Plan(self._ch(window), order, _C.LAND_TRANSFER, self._ch(self.cluster)))
                continue
            category: DisputeCategory = self._pick(civil)
            county: _County = self._pick(self.weighted_counties)
            profile = "default"
            if category in (_C.LABOR, _C.ENTERPRISE_CONTRACT):
                place: _Place = self._pick(self.weighted_parks)
                profile = "labor" if category is _C.LABOR else profile
            elif category is _C.PROPERTY_SERVICE:
                place = self._ch(county.communities)
            elif category is _C.LAND_TRANSFER:
                place, profile = self._pick(county.weighted_villages), "land"
            else:
                urban = rng.random() < _URBAN_SHARE.get(category, 0.25)
                place = self._ch(county.communities if urban else county.villages)
            plans.append(_Plan(self._pick(profiles[profile]), order, category, place))
        plans.sort(key=lambda p: (p.registered_on, p.order))
        return plans

    def _deadline(self, accepted: date, extension: int) -> date:
        due = self._deadlines.get((accepted, extension))
        if due is None:
            due = self._deadlines[(accepted, extension)] = mediation_deadline(
                accepted, self.calendar, self.rules, extension_days=extension
            )
        return due

    def _lifecycle(self, registered: date, admin: bool) -> _Life:
        """Status, outcome and dates by age: old cases are finished, recent ones still open."""
        r, today = self.rnd, self.today
        age = (today - registered).days
        if age > 5 and r() < 0.02:
            return _Life(_S.RETURNED, end=registered + timedelta(days=min(age, self._int(1, 4))))
        if age <= 2 or (age <= 6 and r() < 0.35):
            return _Life(_S.REGISTERED)
        accepted = registered + timedelta(days=min(age, self._int(1, 4)))
        outcome: Outcome = self._pick(self.outcomes[admin])
        days = 1 + int(self.rng.expovariate(0.1))
        extension = 0
        if days > 30:
            if r() < 0.6:
                extension = 30 if days > 45 else 15
            else:
                outcome = _O.PERIOD_EXPIRED
        due = self._deadline(accepted, extension)
        if outcome is _O.PERIOD_EXPIRED:
            end = due + timedelta(days=self._int(1, 10))  # closed some days late, so a few open cases are overdue
        elif outcome is _O.UNREACHABLE or outcome is _O.PARTY_REFUSED:
            end = accepted + timedelta(days=self._int(2, 12))
        else:
            end = min(accepted + timedelta(days=days), due)
        if end > today:
            return _Life(_S.MEDIATING if (today - accepted).days >= 3 else _S.ASSIGNED, None, accepted, extension, due)
        if outcome is _O.AGREEMENT:
            status = _S.AGREED  # refined once the follow-up is known
        elif outcome.is_success:
            status = _S.CLOSED
        else:
            status = _S.DOCKETED if (today - end).days > 15 and r() < 0.45 else _S.TERMINATED
        return _Life(status, outcome, accepted, extension, due, end)

    def _parties(self, plan: _Plan, template: int) -> CaseParties:
        """Applicants, respondents, third parties, then agents, as the category makes likely."""
        r, cat, place = self.rnd, plan.category, plan.place
        county = place.county
        third: list[_Party] = []
        if plan.agency is not None:
            if r() < 0.8:
                applicants = [self._local(county, place)]
            else:
                applicants = [
                    self._ch(
                        self.enterprises[self._ch(self.parks_by_county.get(county.code) or self.weighted_parks[0]).id]
                    )
                ]
            respondents = [plan.agency.party]
        elif cat is _C.LAND_TRANSFER:
            applicants = [self._local(county, place)]
            coops = self.coops.get(place.township)
            respondents = [self._ch(coops) if coops and r() < 0.3 else self._local(county, place, applicants)]
        elif cat is _C.LABOR or cat is _C.ENTERPRISE_CONTRACT:
            pool = self.enterprises[place.id]
            employer = pool[int(len(pool) * r() ** 2.5)]  # a few big employers recur in many disputes
            home = self._ch(county.communities) if r() < 0.4 else self._ch(county.villages)
            if cat is _C.LABOR:
                applicants = [self._person(county, home, born=(1962, 2002), occupation=self._ch(("务工人员", "职工")))]
            elif r() < 0.6:
                supplier = self._ch(self.enterprises[self._pick(self.weighted_parks).id])
                applicants = [supplier if supplier is not employer else self._person(county, home)]
            else:
                applicants = [self._person(county, home, occupation="个体经营者")]
            respondents = [employer]
        elif cat is _C.PRIVATE_LENDING:
            lenders = self.lenders.setdefault(county.code, [])
            if r() < 0.25:
                if len(lenders) < 5:
                    lenders.append(self._person(county, place, born=(1955, 1985)))
                applicants = [self._ch(lenders)]
            else:
                applicants = [self._local(county, place)]
            respondents = [self._local(county, place, applicants)]
            if r() < 0.1:
                third = [self._person(county, place)]  # guarantor
        elif cat is _C.MARRIAGE_FAMILY and template == 1:  # an elderly parent against a grown child
            parent = self._person(county, place, born=(1938, 1955))
            surname = parent.name[0] if len(parent.name) in (2, 3) else None
            applicants = [parent]
            respondents = [self._person(county, place, born=(1962, 1985), surname=surname)]
        elif cat is _C.MARRIAGE_FAMILY:
            wife = self._person(county, place, sex="女", born=(1965, 2000))
            husband = self._person(county, place, sex="男", born=(1963, 1998))
            applicants, respondents = ([wife], [husband]) if r() < 0.65 else ([husband], [wife])
        elif cat is _C.TRAFFIC_ACCIDENT:
            applicants = [self._local(county, place)]
            respondents = [self._local(county, place, applicants)]
            if r() < 0.7:
                (respondents if r() < 0.7 else third).append(self._ch(self.insurers))
        elif cat is _C.PROPERTY_SERVICE:
            applicants = [self._ch(self.property_cos[county.code])]
            respondents = [self._local(county, place)]
        elif cat is _C.EXPROPRIATION:
            applicants = [self._local(county, place)]
            respondents = [self._ch(self.developers[county.code])]
        else:  # neighbours, personal injury
            applicants = [self._local(county, place)]
            respondents = [self._local(county, place, applicants)]
        out: CaseParties = [(_APPLICANT, p, None, "") for p in applicants]
        out += [(_RESPONDENT, p, None, "") for p in respondents]
        out += [(_THIRD, p, None, "") for p in third]
        everyone = applicants + respondents + third
        for index in (0, len(applicants)):
            person = out[index][1].kind == _PERSON
            chance = (0.12 if index == 0 else 0.05) if person else (0.4 if index == 0 else 0.3)
            draw = r()
            if draw < chance:
                pool = self.lawyers.get(county.code) or next(iter(self.lawyers.values()))
                agent, authority = pool[int(len(pool) * r() ** 1.5)], "特别授权" if r() < 0.7 else "一般授权"
            elif person and index == 0 and draw < chance + 0.06:  # a relative
                agent, authority = self._person(county, place, born=(1960, 2000)), "一般授权"
            else:
                continue
            if agent not in everyone:
                everyone.append(agent)
                out.append((_AGENT, agent, index, authority))
        return out

    def _amount(self, category: DisputeCategory, words: _Words) -> int:
        r = self.rnd
        if category is _C.LAND_TRANSFER:
            return int(words["mu"]) * int(words["fee"]) * (2 if r() < 0.33 else 1) * 100
        log_mean, log_sd = _AMOUNTS.get(category.value, (9.5, 0.8))
        yuan = max(200, round(self.rng.lognormvariate(log_mean, log_sd), -2))
        if r() < 0.2:
            yuan += self._int(1, 99)
        return int(yuan) * 100 + (self._int(1, 99) if r() < 0.05 else 0)

    def _source_and_kind(self, category: DisputeCategory, money: bool) -> tuple[DisputeSource, MediationKind]:
        if category.is_administrative:
            kind = MediationKind.ADMINISTRATIVE if self.rnd() < 0.85 else MediationKind.JUDGE
            return self._pick(self.sources["admin"]), kind
        source: DisputeSource = self._pick(
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

    def _mediators(
        self, kind: MediationKind, tribunal: _Tribunal, county: _County, agency: _Agency | None
    ) -> list[_Mediator]:
        judge = self.by_role[(ParticipantRole.JUDGE.value, tribunal.short)][0]
        if kind is MediationKind.JUDGE:
            return [judge, self.by_role[(ParticipantRole.CLERK.value, tribunal.short)][0]]
        role = _MEDIATOR_ROLE[kind]
        key = "city" if agency is not None and agency.county is None and self.rnd() < 0.5 else county.code
        lead: _Mediator = self._ch(self.by_role.get((role, key)) or self.by_role[(role, county.code)])
        return [lead, judge] if self.rnd() < 0.25 else [lead]

    def _dispute(self, plan: _Plan) -> None:
        r, today = self.rnd, self.today
        category, place, registered = plan.category, plan.place, plan.registered_on
        tribunal = place.tribunal
        counter = f"provisional:{tribunal.id}:{registered.year}"
        self.counters[counter] = seq = self.counters.get(counter, 0) + 1
        self.touched.add(counter)
        number = str(ProvisionalNumber(tribunal.short, registered.year, self.device_tag, seq))
        same = self._key_is_number.get(counter)
        if same is None:  # the search key of a well-formed provisional number is the number itself
            same = self._key_is_number[counter] = number_search_key(number) == number
        provisional_key = number if same else number_search_key(number)
        cases = self.texts["cases"][category.value]
        template_index = int(r() * len(cases))
        template = cases[template_index]
        remedy: str = template["remedy"]
        life = self._lifecycle(registered, category.is_administrative)
        parties = self._parties(plan, template_index)
        respondent = next(p for role, p, _, _ in parties if role == _RESPONDENT)
        y1 = registered.year if registered.month > 2 else registered.year - 1
        words = _Words(self._ch, self.texts["words"])
        words.update(
            a=parties[0][1].name,
            b=respondent.name,
            place=place.name,
            y1=str(y1),
            m1=str(self._int(1, registered.month if y1 == registered.year else 12)),
            y0=str(y1 - self._int(1, 5)),
            mu=str(self._int(5, 80)),
            fee=str(500 + 50 * self._int(0, 8)),
            term=str(self._ch((3, 5, 10))),
            months=str(self._int(3, 24)),
            alimony=str(100 * self._int(5, 20)),
            what=template.get("what", ""),
            fix=template.get("fix", ""),
        )
        act: tuple[str, str, date | None] = ("", "", None)
        if plan.agency is not None:
            words["doc_no"] = f"{plan.agency.abbr}{_DOC_KINDS.get(category, '决')}〔{y1}〕{self._int(1, 300)}号"
            act = self._act(category, words, registered)
        amount_fen = agreed_fen = None
        if "{amount}" in template["summary"] or "{amount}" in template["claims"]:
            amount_fen = self._amount(category, words)
            agreed_fen = max(10000, min(amount_fen, round(amount_fen * (0.6 + 0.4 * r()) / 10000) * 10000))
            words["amount"], words["agreed"] = _yuan(amount_fen), _yuan(agreed_fen)
        summary = template["summary"].format_map(words)
        claims = template["claims"].format_map(words)
        source, kind = self._source_and_kind(category, remedy in ("money", "admin_money"))
        dispute_id = self._id()
        case_party = self.rows[CaseParty]
        for position, (role, party, represents, authority) in enumerate(parties):
            case_party.append(
                {
                    "id": self._id(),
                    "dispute_id": dispute_id,
                    "party_id": self._use(party),
                    "role": role,
                    "position": position,
                    "agent_authority": authority,
                    "represents_id": None if represents is None else parties[represents][1].id,
                }
            )
        status = life.status
        if life.accepted is not None:
            mediators = self._mediators(kind, tribunal, place.county, plan.agency)
            assigned = max(registered, life.accepted - timedelta(days=1))
            for i, mediator in enumerate(mediators):
                self.rows[DisputeMediator].append(
                    {
                        "id": self._id(),
                        "dispute_id": dispute_id,
                        "mediator_id": mediator.id,
                        "is_lead": i == 0,
                        "assigned_on": assigned,
                    }
                )
            clerk = self.by_role[(ParticipantRole.CLERK.value, tribunal.short)][0].name
            self._sessions(dispute_id, life, plan, parties, template, words, claims, mediators[0].name, clerk)
            final = life.outcome is _O.AGREEMENT
            if final or (status is _S.MEDIATING and r() < 0.1):  # an agreement, or a draft in progress
                first = self._agreement(
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
                    status = self._follow_up(dispute_id, life, first)
        official = None
        if (
            status is not _S.REGISTERED and status is not _S.RETURNED and (today - registered).days > 45 and r() < 0.33
        ):  # the court's case-management system has given its 案号
            type_code = "行诉前调" if category.is_administrative else "民诉前调"
            key = (tribunal.court_code, type_code, registered.year)
            self.official_seq[key] = self.official_seq.get(key, 0) + 1
            official = str(CaseNumber(registered.year, tribunal.court_code, "", type_code, self.official_seq[key]))
        outcome = life.outcome
        self.rows[Dispute].append(
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
                "owner_device": self.device_id,
                "act_name": act[0],
                "act_number": act[1],
                "act_date": act[2],
            }
        )

    def _act(self, category: DisputeCategory, words: _Words, registered: date) -> tuple[str, str, date | None]:
        """The disputed administrative act: name, 文号 (none for a contract or for inaction) and date."""
        signed = category is _C.ADMIN_AGREEMENT
        year = int(words["y0"] if signed else words["y1"])
        month = self._int(1, 12) if signed else int(words["m1"])
        day = min(date(year, month, self._int(1, 28)), registered - timedelta(days=self._int(5, 40)))
        if category is _C.ADMIN_INACTION:
            return f"对“{words['duty']}”申请逾期未予答复", "", day
        if signed:
            return f"《{words['contract']}》", "", day
        name = _ACT_NAMES.get(category) or words["act"]
        return name, words["doc_no"], day

    def _session_place(self, plan: _Plan) -> str:
        place, draw = plan.place, self.rnd()
        if draw < 0.1:
            return "线上（人民法院调解平台）"
        if plan.agency is not None and draw < 0.55:
            return "松原市行政争议协调化解中心"
        if draw < 0.5:
            return f"{place.tribunal.name}调解室"
        if place.kind == _PARK:
            return f"{place.name}管委会调解室"
        return f"{place.text}{'居民委员会' if place.kind == _COMMUNITY else '村民委员会'}"

    def _sessions(
        self,
        dispute_id: str,
        life: _Life,
        plan: _Plan,
        parties: CaseParties,
        template: Row,
        words: _Words,
        claims: str,
        mediator: str,
        clerk: str,
    ) -> None:
        """Sittings: held ones (with a record and its first revision), cancelled ones and upcoming ones."""
        r, today = self.rnd, self.today
        accepted = life.accepted
        assert accepted is not None
        sittings: list[tuple[date, str]] = []
        if life.end is not None:
            if life.outcome is _O.UNREACHABLE or life.outcome is _O.PARTY_REFUSED:
                if r() < 0.3:
                    sittings.append((min(life.end, accepted + timedelta(days=self._int(2, 5))), _CANCELLED))
            else:
                span = (life.end - accepted).days
                k = max(1, min(span, 1 if r() < 0.55 else 2 if r() < 0.67 else 3))
                sittings += [(accepted + timedelta(days=round(span * (i + 1) / k)), _HELD) for i in range(k)]
        else:
            span = (today - accepted).days - 1
            if life.status is _S.MEDIATING and span >= 1:
                k = 1 if r() < 0.7 else 2
                sittings += [
                    (accepted + timedelta(days=max(1, round(span * (i + 1) / (k + 1)))), _HELD) for i in range(k)
                ]
            if r() < (0.6 if life.status is _S.MEDIATING else 0.5):
                sittings.append((today + timedelta(days=self._int(1, 10)), _SCHEDULED))
        if sittings and sittings[0][1] == _HELD and r() < 0.05 and sittings[0][0] > accepted:
            sittings.insert(0, (sittings[0][0] - timedelta(days=1), _CANCELLED))
        if not sittings:
            return
        a = f"申请人{parties[0][1].name}"
        respondent = next(p for role, p, _, _ in parties if role == _RESPONDENT)
        b = f"被申请人{respondent.name}" + (f"负责人{respondent.representative}" if respondent.kind == _AGENCY else "")
        place_text = self._session_place(plan)
        last_held = max((i for i, (_, status) in enumerate(sittings) if status == _HELD), default=-1)
        for i, (day, status) in enumerate(sittings):
            hour, minute = self._ch(_SESSION_TIMES)
            when = datetime(day.year, day.month, day.day, hour - 8, minute, tzinfo=UTC)
            session_id = self._id()
            record = ""
            if status == _HELD:
                ending = life.outcome if i == last_held and life.end is not None else None
                record = self._record(mediator, clerk, a, b, claims, template, words, ending)
                self.rows[RecordRevision].append(
                    {"id": self._id(), "session_id": session_id, "revision": 1, "text": record, "saved_by": clerk}
                )
            self.rows[MediationSession].append(
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
        self,
        mediator: str,
        clerk: str,
        a: str,
        b: str,
        claims: str,
        template: Row,
        words: _Words,
        outcome: Outcome | None,
    ) -> str:
        """A short 调解笔录: notices, both sides, the mediator's proposal and how the sitting ended."""
        texts, remedy = self.texts, template["remedy"]
        response = self._ch(template.get("responses") or texts["responses"][remedy])
        proposal = self._ch(template.get("proposals") or texts["proposals"][remedy]).format_map(words)
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

    def _clauses(
        self, remedy: str, words: _Words, a: str, b: str, effective: date, agreed_fen: int | None
    ) -> list[Row]:
        """Numbered clauses, each with obligor, performance method and deadline (DOMAIN.md §7)."""
        texts = self.texts
        method = self._ch(texts["methods"][remedy])
        pay = self._ch(texts["methods"]["money"])
        first = effective + timedelta(days=self._int(7, 30))
        what = words["what"]
        clauses: list[Row] = []

        def add(obligor: str, clause: str, deadline: date, amount: int | None = None, how: str = method) -> None:
            clauses.append(
                {
                    "obligor": obligor,
                    "text": clause,
                    "amount_fen": amount,
                    "performance_method": how,
                    "deadline": deadline,
                }
            )

        if remedy in ("money", "admin_money") and agreed_fen is not None:
            parts = 1 if self.rnd() < 0.6 else self._int(2, 3)
            share = agreed_fen // parts // 10000 * 10000
            for i in range(parts):
                part = agreed_fen - share * (parts - 1) if i == parts - 1 else share
                deadline = first + timedelta(days=30 * i)
                add(b, f"被申请人{b}于{_cn(deadline)}前向申请人{a}支付{what}{_yuan(part)}元。", deadline, part)
        elif remedy == "land":
            add(b, f"被申请人{b}于{_cn(first)}前将{words['mu']}亩承包地交还申请人{a}。", first)
            if agreed_fen is not None:
                add(
                    a,
                    f"申请人{a}于{_cn(first)}前一次性补偿被申请人{b}{what}{_yuan(agreed_fen)}元。",
                    first,
                    agreed_fen,
                    pay,
                )
        elif remedy == "family":
            monthly = int(words["alimony"]) * 100
            add(b, f"被申请人{b}自{_cn(first)}起每月十日前向申请人{a}支付{what}{_yuan(monthly)}元。", first, monthly)
        else:  # put something right: a wall, a ditch, an administrative act
            add(b, f"被申请人{b}于{_cn(first)}前{words['fix']}。", first)
            if agreed_fen is not None:
                add(b, f"被申请人{b}于{_cn(first)}前赔偿申请人{a}损失{_yuan(agreed_fen)}元。", first, agreed_fen, pay)
        if remedy.startswith("admin"):
            withdraw_by = clauses[-1]["deadline"] + timedelta(days=10)
            add(a, texts["admin_withdraw"].format(a=a), withdraw_by, None, "书面申请撤回")
        elif remedy != "family" and self.rnd() < 0.5:
            add(a, texts["waiver"].format(a=a), effective, None, "签订本协议时确认")
        return clauses

    def _agreement(
        self,
        dispute_id: str,
        category: DisputeCategory,
        kind: MediationKind,
        remedy: str,
        words: _Words,
        parties: CaseParties,
        facts: str,
        effective: date,
        finalized_by: str | None,
        agreed_fen: int | None,
    ) -> date:
        """Version 1 of the agreement (final, or a draft without ``finalized_by``); returns the first deadline."""
        respondent = next(p for role, p, _, _ in parties if role == _RESPONDENT)
        clauses = self._clauses(remedy, words, parties[0][1].name, respondent.name, effective, agreed_fen)
        agreement_id = self._id()
        for position, clause in enumerate(clauses, start=1):
            clause.update(id=self._id(), agreement_id=agreement_id, position=position)
        self.rows[AgreementClause] += clauses
        agreement_kind = (
            AgreementKind.ADMINISTRATIVE
            if category.is_administrative
            else AgreementKind.PEOPLE
            if kind is MediationKind.PEOPLE
            else AgreementKind.INVITED
        )
        row: Row = {
            "id": agreement_id,
            "dispute_id": dispute_id,
            "kind": agreement_kind.value,
            "version": 1,
            "status": AgreementStatus.DRAFT.value,
            "supersedes_id": None,
            "facts": facts,
            "responsibilities": self.texts["responsibilities"][remedy],
            "breach_terms": self.texts["breach_terms"],
            "confirmation_clause": not category.is_family_status,
            "finalized_at": None,
            "finalized_by": "",
            "effective_on": None,
            "content_sha256": "",
        }
        if finalized_by is not None:
            row.update(
                status=AgreementStatus.FINAL.value,
                finalized_by=finalized_by,
                effective_on=effective,
                finalized_at=datetime(effective.year, effective.month, effective.day, 8, 30, tzinfo=UTC),
            )
            row["content_sha256"] = content_hash(_canonical(row, parties, clauses))
        self.rows[Agreement].append(row)
        owed: list[date] = [c["deadline"] for c in clauses if c["obligor"] == respondent.name]
        first: date = min(owed or [clauses[0]["deadline"]])
        return first

    def _follow_up(self, dispute_id: str, life: _Life, first_deadline: date) -> DisputeStatus:
        """The 履行回访 after the first deadline; decides whether the case is agreed, in follow-up or closed."""
        today = self.today
        due = first_deadline + timedelta(days=1)
        done = due <= today - timedelta(days=2) and (self.rnd() < 0.9 or due < today - timedelta(days=45))
        self.rows[FollowUp].append(
            {
                "id": self._id(),
                "dispute_id": dispute_id,
                "kind": "履行回访",
                "due_on": due,
                "status": TaskStatus.DONE.value if done else TaskStatus.PENDING.value,
                "note": "第 1 版协议首个履行期限届满，回访履行情况",
                "done_on": min(today, due + timedelta(days=self._int(0, 5))) if done else None,
                "result": self._ch(self.texts["follow_up_results"]) if done else "",
            }
        )
        if done:
            return _S.CLOSED
        assert life.end is not None
        return _S.FOLLOW_UP if (today - life.end).days > 3 else _S.AGREED

    # --- driving a run ------------------------------------------------------------------------

    def _flush(self, models: Sequence[type[SyncedRow]]) -> Iterator[Batch]:
        size = self.batch_size
        for model in models:
            rows = self.rows[model]
            if rows:
                _complete(model, rows)
            for start in range(0, len(rows), size):
                chunk = rows[start : start + size]
                self.written[model] += len(chunk)
                yield model, chunk
            rows.clear()

    def batches(
        self, progress: Callable[[int], None] | None = None, cancel: threading.Event | None = None
    ) -> Iterator[Batch]:
        """Generate the run, handing out batches of ``batch_size`` rows, parents before children."""
        size = self.batch_size
        for done, plan in enumerate(self._plan(), start=1):
            self._dispute(plan)
            for i, model in enumerate(TABLE_ORDER):
                if len(self.rows[model]) >= size:
                    yield from self._flush(TABLE_ORDER[: i + 1])
            if done % 1000 == 0:
                if cancel is not None and cancel.is_set():
                    raise DemoCancelledError(CANCELLED_MESSAGE)
                if progress is not None:
                    progress(done)
        yield from self._flush(TABLE_ORDER)
        if progress is not None and self.n % 1000:
            progress(self.n)

    def store_counters(self, conn: Connection) -> None:
        """Continue the provisional-number counters (and count this run) on the bulk load's connection."""
        for name in sorted(self.touched):
            value = self.counters[name]
            current = conn.execute(text("SELECT value FROM counter WHERE name = :n"), {"n": name}).scalar()
            if current is None:
                conn.execute(text("INSERT INTO counter (name, value) VALUES (:n, :v)"), {"n": name, "v": value})
            elif int(current) < value:
                conn.execute(text("UPDATE counter SET value = :v WHERE name = :n"), {"n": name, "v": value})

    def summary(self) -> DemoSummary:
        w = self.written
        return DemoSummary(w[Dispute], w[Party], w[MediationSession], w[Place], w[Mediator], w[Agreement])


@cache
def _defaults(model: type[SyncedRow]) -> dict[str, Any]:
    """Default values of the columns a row must carry (all but the sync columns)."""
    table = model.__table__  # type: ignore[attr-defined]
    sync = set(SyncedRow.model_fields)
    return {
        column.name: getattr(column.default, "arg", None) if getattr(column.default, "is_scalar", False) else None
        for column in table.columns
        if column.name not in sync
    }


def _complete(model: type[SyncedRow], rows: list[Row]) -> None:
    """Give rows any column added to the model after this module was written, with its default."""
    missing = {name: value for name, value in _defaults(model).items() if name not in rows[0]}
    if missing:
        for row in rows:
            for name, value in missing.items():
                row.setdefault(name, value)


def _canonical(agreement: Row, parties: CaseParties, clauses: list[Row]) -> dict[str, object]:
    """The agreement as ``services.agreements.canonical_content`` reads it back for the verification hash."""
    return {
        "agreement_id": agreement["id"],
        "dispute_id": agreement["dispute_id"],
        "kind": agreement["kind"],
        "version": agreement["version"],
        "supersedes_id": agreement["supersedes_id"],
        "facts": agreement["facts"],
        "responsibilities": agreement["responsibilities"],
        "breach_terms": agreement["breach_terms"],
        "confirmation_clause": agreement["confirmation_clause"],
        "parties": [
            {
                "role": role,
                "name": p.name,
                "id_number": p.id_number,
                "credit_code": p.credit_code,
                "address": p.address,
                "representative": p.representative,
            }
            for role, p, _, _ in parties
        ],
        "clauses": [
            {
                "position": c["position"],
                "obligor": c["obligor"],
                "text": c["text"],
                "performance_method": c["performance_method"],
                "deadline": c["deadline"].isoformat(),
                "amount_fen": c["amount_fen"],
            }
            for c in clauses
        ],
    }


def demo_batches(
    ctx: ServiceContext, *, disputes: int, seed: int, batch_size: int = 5000
) -> Iterator[tuple[type[SyncedRow], list[dict[str, Any]]]]:
    """The rows of a demo run as (table, rows) batches, parents before children, each row with its ``id``.

    Rows carry every column except the sync columns (origin, HLC, timestamps, tombstone), so they can
    go through ``BulkWriter`` or, as a baseline, plain ``executemany``. The counters of provisional
    numbers are not advanced: ``generate_demo`` does that.
    """
    yield from _DemoBuilder(ctx, disputes=disputes, seed=seed, batch_size=batch_size).batches()


def generate_demo(
    ctx: ServiceContext,
    *,
    disputes: int,
    seed: int = 2025,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Write a demo caseload of ``disputes`` disputes in one transaction: all of it or nothing.

    The same seed gives the same data on a fresh store on the same day (case numbers differ only by
    the device tag). Running again on a store adds more disputes, continuing the numbering.
    ``progress`` receives the number of disputes generated, every 1,000; setting ``cancel`` stops the
    run with ``DemoCancelledError`` and nothing is written.
    """
    from fuyuan_desktop.services.linkage.demo_rows import linkage_demo_rows

    builder = _DemoBuilder(ctx, disputes=disputes, seed=seed, batch_size=5000)
    links = _linkage_inputs(ctx)

    def fill(writer: BulkWriter) -> None:
        with _large_page_cache(writer.conn):
            for model, rows in builder.batches(progress, cancel):
                writer.insert(model, rows)
        builder.store_counters(writer.conn)
        for model, rows in linkage_demo_rows(writer.conn, seed=seed, today=ctx.today(), **links):
            writer.insert(model, rows)

    bulk_load(ctx.db, ctx.actor, "生成演示数据", fill)
    return builder.summary()


def _linkage_inputs(ctx: ServiceContext) -> dict[str, Any]:
    """The recommendation number prefixes and reply period in force, for the demo's 府院联动 rows."""
    from fuyuan_desktop.domain.deadlines import recommendation_reply_due
    from fuyuan_desktop.services.recommendations import recommendation_prefixes

    ref = ctx.reference
    prefixes = {str(k): str(v) for k, v in recommendation_prefixes(ctx).get("prefixes", {}).items()}
    return {"prefixes": prefixes,
            "reply_due": lambda sent: recommendation_reply_due(sent, ref.calendar, ref.deadline_rules)}


@contextmanager
def _large_page_cache(conn: Connection, mib: int = 128) -> Iterator[None]:
    """Let SQLite keep the growing party indexes in memory for one big load (up to ``mib``), then give it back.

    With the default 2 MiB cache, index pages of the party table are spilled and read again many
    times; 128 MiB makes a 100,000-dispute load about 3 s faster (more buys nothing measurable).
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{mib * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")
