"""The demo's Songyuan: registry townships, villages, communities and industrial parks, each under its tribunal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from fuyuan_desktop.demo.run import COMMUNITY, PARK, VILLAGE, DemoRun, Weighted, data, weighted
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.bulk_intake import TribunalRecord
from fuyuan_desktop.services.places import PlaceView

#: Registry kinds of the places the demo treats as urban communities (社区, 居委会).
_COMMUNITY_KINDS = frozenset({"community", "community_like"})


@dataclass(slots=True, eq=False)
class County:
    code: str
    name: str
    prefix: str  # postal address prefix, 吉林省松原市…
    mongolian: float
    old_code: str
    villages: list[Place] = field(default_factory=list)
    communities: list[Place] = field(default_factory=list)
    weighted_villages: Weighted = field(default_factory=lambda: ([], []))


@dataclass(slots=True, eq=False)
class Place:
    id: str
    name: str
    kind: str
    township: str
    county: County
    tribunal: TribunalRecord
    text: str
    hot: bool = False
    industries: tuple[str, ...] = ()
    roads: tuple[str, ...] = ()


class Places:
    """Where the demo's disputes happen: places of the registry (地名库), each under the tribunal the demo assigns.

    Intake links a case to the registry place its place names; the demo does the same, with the registry's ids and
    the place's unique label as the typed text, so statistics and 类案预警 group every demo case by registry code.
    """

    def __init__(self, run: DemoRun, registry: Sequence[PlaceView]) -> None:
        self.run = run
        self.tribunals: dict[str, TribunalRecord] = {}
        self.county_tribunals: dict[str, list[TribunalRecord]] = {}
        for tribunal in run.existing.tribunals:
            self.tribunals[tribunal.short_name] = tribunal
            self.county_tribunals.setdefault(tribunal.division_code, []).append(tribunal)
        if not self.tribunals:
            raise FuyuanError("数据库中还没有法院和法庭，请先初始化本机", code="not_initialized")
        self.registry = {v.code: v for v in registry if not v.retired}
        # A park's own official unit (松原港工贸集中区 under 大洼镇) is that park to a user: intake links it to the park.
        parks = {v.name for v in self.registry.values() if v.level == "park"}
        self.children: dict[str, list[PlaceView]] = {}
        for view in self.registry.values():
            if view.level != "park" and view.name not in parks:
                self.children.setdefault(view.parent_code, []).append(view)
        self.counties: dict[str, County] = {}
        self.cluster: list[Place] = []
        self.weighted_counties: Weighted = ([], [])
        self.weighted_parks: Weighted = ([], [])
        self.parks_by_county: dict[str, list[Place]] = {}

    def tribunal(self, short: str, county: str) -> TribunalRecord:
        found = self.tribunals.get(short) or next(iter(self.county_tribunals.get(county, [])), None)
        if found is None:
            raise FuyuanError(f"找不到「{short}」法庭或 {county} 的任何法庭；请检查法院和法庭设置")
        return found

    def _registry(self, code: str) -> PlaceView:
        view = self.registry.get(code)
        if view is None:
            raise FuyuanError(f"地名库中没有演示数据所用的地点（代码 {code}）；请检查地名库是否已载入", code="not_found")
        return view

    def build(self) -> None:
        places = data("places")
        for c in places["counties"]:
            county = County(
                c["code"], c["name"], c["address_prefix"], float(c.get("mongolian", 0)), c.get("old_code", "")
            )
            self.counties[county.code] = county
            for t in c["townships"]:
                tribunal = self.tribunal(t["tribunal"], county.code)
                township = self._registry(t["code"])
                hot = set(t.get("hot", []))
                for view in sorted(self.children.get(township.code, []), key=lambda v: v.code):
                    community = view.kind in _COMMUNITY_KINDS
                    place = Place(view.id, view.name, COMMUNITY if community else VILLAGE, township.name, county,
                                  tribunal, view.display_name, hot=view.name in hot)
                    if community:
                        county.communities.append(place)
                        continue
                    county.villages.append(place)
                    if t.get("cluster") and place.hot:
                        self.cluster.append(place)
                missing = hot - {v.name for v in county.villages if v.township == township.name}
                if missing:
                    raise FuyuanError(f"地名库的{township.name}下没有演示数据所用的村：{'、'.join(sorted(missing))}")
            if not county.communities:  # a county whose registry lists no community: its disputes stay in villages
                county.communities = list(county.villages)
            county.weighted_villages = weighted({v: 8.0 if v.hot else 1.0 for v in county.villages})
        self.weighted_counties = weighted({self.counties[c["code"]]: c["weight"] for c in places["counties"]})
        parks: dict[Place, float] = {}
        for p in places["parks"]:
            county = self.counties[p["county"]]
            view = self._registry(p["code"])
            park = Place(view.id, view.name, PARK, "", county, self.tribunal(p["tribunal"], county.code),
                         view.display_name)
            park.industries, park.roads = tuple(p["industries"]), tuple(p["roads"])
            parks[park] = p["weight"]
        self.weighted_parks = weighted(parks)
        for park in parks:
            self.parks_by_county.setdefault(park.county.code, []).append(park)

    def villages(self) -> list[tuple[str, str, str, str]]:
        """Every village and community the demo serves: (place id, name, township, tribunal id), by county and township."""
        return [
            (p.id, p.name, p.township, p.tribunal.id)
            for county in self.counties.values()
            for p in sorted(dict.fromkeys(county.villages + county.communities), key=lambda p: (p.township, p.name))
        ]
