"""When and where the demo's disputes arise: categories by weight, places by county, days by season and growth.

Land-transfer disputes peak in spring and autumn (and pile up in one 宁江 township within a year), wage claims
before the Spring Festival; agency disputes meet the places their agency serves; the caseload grows over three years.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from fuyuan_desktop.demo.organisations import Agency, Organisations
from fuyuan_desktop.demo.places import County, Place, Places
from fuyuan_desktop.demo.run import DemoRun, weighted
from fuyuan_desktop.domain.enums import DisputeCategory
from fuyuan_desktop.domain.errors import ValidationError

_C = DisputeCategory

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


@dataclass(slots=True)
class Plan:
    registered_on: date
    order: int
    category: DisputeCategory
    place: Place
    agency: Agency | None = None


def plan_disputes(run: DemoRun, places: Places, organisations: Organisations, n: int) -> list[Plan]:
    """Category, place and registration day of every dispute, sorted by registration."""
    rng, today, pick, ch = run.rng, run.today, run.pick, run.ch
    local = _Local(run.tribunal, places, organisations) if run.tribunal else None
    agencies = local.agencies if local else organisations.weighted_agencies
    cluster = local.cluster if local else places.cluster
    n_admin = min(round(0.05 * n), 40 + round(0.0055 * n)) if agencies[0] else 0
    n_cluster = min(max(12, round(0.008 * n)) if n >= 100 else n // 10, n - n_admin) if cluster else 0
    start = today - timedelta(days=3 * 365)
    days = [start + timedelta(days=i) for i in range((today - start).days + 1)]
    workdays = [d for d in days if run.calendar.is_workday(d)] or days
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
    civil = weighted(_CIVIL_WEIGHTS)
    plans: list[Plan] = []
    for order in range(n):
        if order < n_admin:
            agency: Agency = pick(agencies)
            where = [p for p in agency.places if local is None or p.tribunal.id == local.tribunal]
            plans.append(Plan(pick(profiles["default"]), order, ch(agency.categories), ch(where), agency))
            continue
        if order < n_admin + n_cluster:
            plans.append(Plan(ch(window), order, _C.LAND_TRANSFER, ch(cluster)))
            continue
        category: DisputeCategory = pick(civil)
        if local is not None:
            here, season_of = local.place(run, category)
            plans.append(Plan(pick(profiles[season_of]), order, category, here))
            continue
        county: County = pick(places.weighted_counties)
        profile = "default"
        if category in (_C.LABOR, _C.ENTERPRISE_CONTRACT):
            place: Place = pick(places.weighted_parks)
            profile = "labor" if category is _C.LABOR else profile
        elif category is _C.PROPERTY_SERVICE:
            place = ch(county.communities)
        elif category is _C.LAND_TRANSFER:
            place, profile = pick(county.weighted_villages), "land"
        else:
            urban = rng.random() < _URBAN_SHARE.get(category, 0.25)
            place = ch(county.communities if urban else county.villages)
        plans.append(Plan(pick(profiles[profile]), order, category, place))
    plans.sort(key=lambda p: (p.registered_on, p.order))
    return plans


class _Local:
    """The places of one tribunal's area (a laptop's demo): its villages, communities and parks, and the agencies
    that meet disputes there. A category whose kind of place the area lacks (a park) arises in what it has."""

    def __init__(self, tribunal: str, places: Places, organisations: Organisations) -> None:
        self.tribunal = tribunal
        counties = places.counties.values()
        self.villages = [v for c in counties for v in c.villages if v.tribunal.id == tribunal]
        self.communities = [v for c in counties for v in c.communities if v.tribunal.id == tribunal]
        self.parks = [p for p in places.weighted_parks[0] if p.tribunal.id == tribunal]
        if not self.villages and not self.communities and not self.parks:
            raise ValidationError("法庭", "本机所属法庭的辖区在演示地名中没有村屯、社区或园区，无法生成本法庭的演示案件",
                                  field="tribunal", code="demo_no_places")
        self.villages = self.villages or self.communities or self.parks
        self.communities = self.communities or self.villages
        self.weighted_villages = weighted({v: 8.0 if v.hot else 1.0 for v in self.villages})
        self.cluster = [p for p in places.cluster if p.tribunal.id == tribunal]
        agencies, cum = organisations.weighted_agencies
        weights = [high - low for low, high in zip([0.0, *cum], cum, strict=False)]
        self.agencies = weighted({a: w for a, w in zip(agencies, weights, strict=True)
                                  if any(p.tribunal.id == tribunal for p in a.places)})

    def place(self, run: DemoRun, category: DisputeCategory) -> tuple[Place, str]:
        """Where a civil dispute of ``category`` arises in this area, and its seasonal profile."""
        if category in (_C.LABOR, _C.ENTERPRISE_CONTRACT):
            return run.ch(self.parks or self.communities), "labor" if category is _C.LABOR else "default"
        if category is _C.PROPERTY_SERVICE:
            return run.ch(self.communities), "default"
        if category is _C.LAND_TRANSFER:
            return run.pick(self.weighted_villages), "land"
        urban = run.rnd() < _URBAN_SHARE.get(category, 0.25)
        return run.ch(self.communities if urban else self.villages), "default"
