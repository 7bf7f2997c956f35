"""Songyuan's counties, townships, villages and parks, from the shipped statistical codes: look up, resolve, search.

The data is ``resources/reference/places/songyuan.json`` (built by tools/build_places.py from the National Bureau of
Statistics' 统计用区划代码, see docs/places.md). A name often recurs — four 新立村 in Songyuan — so every look-up by
name returns all matches, and a name may be qualified by any of its ancestors (长山镇新立村, 前郭县新立村) to narrow
it. Codes are 12 digits; a 6- or 9-digit code is read as the county or township it names.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LEVELS = ("city", "county", "township", "village")
# A park (园区) sits under its county in the registry; it ranks beside the townships in searches.
REGISTRY_LEVELS = ("city", "county", "park", "township", "village")
_LEVEL_RANK = {"city": 0, "county": 1, "park": 2, "township": 2, "village": 3}
LEVEL_LABELS = {"city": "市", "county": "县（市、区）", "park": "园区", "township": "乡镇（街道）", "village": "村（社区）"}
_CODE_RE = re.compile(r"\d{6}(?:\d{3}){0,2}")
_PINYIN_RE = re.compile(r"[a-z0-9]+")
FORMAT = 1

# Readings that place names use and pypinyin's commonest reading misses (长岭 chang, not zhang; 伯都 du, not dou;
# 朝阳 chao). A village named after a family (单家村, 曾家村) reads the surname as a surname. Both the default
# and the place reading are searchable.
PLACE_READINGS: dict[str, str] = {"长": "chang", "都": "du", "朝": "chao"}


@dataclass(frozen=True, slots=True)
class Place:
    """One unit of the statistical codes: 松原市, a county (or functional area), a township or a village."""

    code: str
    name: str
    short_name: str
    level: str
    kind: str
    parent: str | None
    class_code: str | None
    aliases: tuple[str, ...]
    display_name: str
    # In the store's registry only: the row's id, the last day it is in force (retired), the park it belongs to.
    record_id: str = ""
    valid_to: str | None = None
    park_code: str = ""


@dataclass(frozen=True, slots=True)
class Park:
    """An industrial or development park; ``code`` is ours (YQ2207-nn), ``official_code`` the NBS unit if any."""

    code: str
    name: str
    official_code: str | None
    county: str | None
    inferred: bool
    aliases: tuple[str, ...]
    note: str


def normalize(text: str) -> str:
    """The form names are compared in: NFKC (full-width brackets and letters folded), no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def full_code(code: str) -> str:
    """Return the 12-digit form of a 6-, 9- or 12-digit code; raise ValueError for anything else."""
    text = code.strip()
    if not _CODE_RE.fullmatch(text):
        raise ValueError(f"not a division code: {code!r}")
    return text.ljust(12, "0")


class Gazetteer:
    """The places and parks of one shipped file, indexed by code, name and pinyin."""

    def __init__(self, header: Mapping[str, Any], places: Iterable[Place], parks: Iterable[Park]) -> None:
        self.header: Mapping[str, Any] = header
        self._places: dict[str, Place] = {}
        self._children: dict[str, list[str]] = {}
        self._names: dict[str, list[str]] = {}
        for place in places:
            if place.code in self._places:
                raise ValueError(f"duplicate code {place.code}")
            self._places[place.code] = place
            if place.parent is not None:
                self._children.setdefault(place.parent, []).append(place.code)
            for label in {place.name, place.short_name, place.display_name, *place.aliases}:
                self._names.setdefault(normalize(label), []).append(place.code)
        self._longest_name = max((len(label) for label in self._names), default=0)
        self.parks: tuple[Park, ...] = tuple(parks)
        self._pinyin: dict[str, tuple[tuple[str, str], ...]] | None = None

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> Gazetteer:
        if document.get("format") != FORMAT:
            raise ValueError(f"unknown places format {document.get('format')!r}")
        places = [Place(code=p["code"], name=p["name"], short_name=p["short_name"], level=p["level"],
                        kind=p["kind"], parent=p["parent"], class_code=p["class_code"],
                        aliases=tuple(p["aliases"]), display_name=p["display_name"]) for p in document["places"]]
        parks = [Park(code=p["code"], name=p["name"], official_code=p["official_code"], county=p["county"],
                      inferred=p["inferred"], aliases=tuple(p["aliases"]), note=p["note"]) for p in document["parks"]]
        return cls(document["header"], places, parks)

    # -- by code ---------------------------------------------------------------------------------------------

    @property
    def edition(self) -> int:
        return int(self.header["edition"])

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def get(self, code: str) -> Place | None:
        """The place with this code (6, 9 or 12 digits, or a registry code such as YQ2207-02), or None."""
        if code in self._places:
            return self._places[code]
        try:
            return self._places.get(full_code(code))
        except ValueError:
            return None

    def place(self, code: str) -> Place:
        """Like :meth:`get`, but an unknown code raises KeyError."""
        found = self.get(code)
        if found is None:
            raise KeyError(code)
        return found

    def children(self, code: str) -> list[Place]:
        """The places directly under ``code``, in code order."""
        return [self._places[child] for child in sorted(self._children.get(self.place(code).code, ()))]

    def ancestors(self, code: str, *, include_city: bool = False) -> list[Place]:
        """The places above ``code``, top first (county, then township); 松原市 only with ``include_city``."""
        chain: list[Place] = []
        parent = self.place(code).parent
        while parent is not None:
            above = self._places[parent]
            if include_city or above.level != "city":
                chain.insert(0, above)
            parent = above.parent
        return chain

    def qualified_name(self, code: str, *, include_city: bool = False) -> str:
        """The place's short name after its ancestors' names, e.g. 宁江区伯都乡伯都村."""
        place = self.place(code)
        return "".join(p.short_name for p in [*self.ancestors(code, include_city=include_city), place])

    def counts(self) -> dict[str, int]:
        """How many places the file holds at each level."""
        totals = dict.fromkeys(LEVELS, 0)
        for place in self._places.values():
            totals[place.level] = totals.get(place.level, 0) + 1
        return totals

    # -- by name ---------------------------------------------------------------------------------------------

    def by_name(self, name: str, *, level: str | None = None, within: str | None = None) -> list[Place]:
        """Every place the name can mean, in code order; empty if none.

        The name may be the official name (伯都村委会), the short name (伯都村), an alias (伯都) or any of these
        after the names of one or more ancestors (伯都乡伯都村, 前郭县新立村). ``level`` keeps one level;
        ``within`` keeps the places under a code.
        """
        codes = self._resolve(normalize(name), {})
        found = [self._places[code] for code in sorted(codes)]
        if level is not None:
            found = [p for p in found if p.level == level]
        if within is not None:
            top = self.place(within).code
            found = [p for p in found if top in {a.code for a in self.ancestors(p.code, include_city=True)}]
        return found

    def _resolve(self, text: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
        if text in memo:
            return memo[text]
        found = set(self._names.get(text, ()))
        # a tail longer than every name cannot be one: a pasted paragraph costs no more than a name
        for cut in range(max(1, len(text) - self._longest_name), len(text)):
            tails = self._names.get(text[cut:])
            if not tails:
                continue
            heads = self._resolve(text[:cut], memo)
            if not heads:
                continue
            for code in tails:
                if heads & {a.code for a in self.ancestors(code, include_city=True)}:
                    found.add(code)
        memo[text] = frozenset(found)
        return memo[text]

    # -- search ----------------------------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, level: str | None = None) -> list[Place]:
        """Places for a search box: by characters (伯都, 新立村, 长山镇新立) or by pinyin (bd, bodu).

        Exact names first, then names that start with the query, then names that contain it; within a rank, higher
        levels before lower, then code order. Latin letters and digits search the pinyin keys (initials and full
        pinyin of the short name and aliases, by prefix).
        """
        text = normalize(query).lower()
        if not text:
            return []
        scored: dict[str, int] = {}
        if _PINYIN_RE.fullmatch(text):
            for code, keys in self._pinyin_keys().items():
                for full, initials in keys:
                    rank = 0 if text in (full, initials) else 1 if full.startswith(text) or initials.startswith(
                        text) else None
                    if rank is not None:
                        scored[code] = min(rank, scored.get(code, rank))
        else:
            for code in self._resolve(text, {}):
                scored[code] = 0
            for label, codes in self._names.items():
                rank = 1 if label.startswith(text) else 2 if text in label else None
                if rank is None:
                    continue
                for code in codes:
                    scored[code] = min(rank, scored.get(code, rank))
        ordered = sorted(scored, key=lambda c: (scored[c], _LEVEL_RANK[self._places[c].level], c))
        found = [self._places[code] for code in ordered]
        if level is not None:
            found = [p for p in found if p.level == level]
        return found[:limit]

    def _pinyin_keys(self) -> dict[str, tuple[tuple[str, str], ...]]:
        if self._pinyin is None:
            keys: dict[str, tuple[tuple[str, str], ...]] = {}
            for place in self._places.values():
                labels = dict.fromkeys([place.short_name, *place.aliases])
                keys[place.code] = tuple(dict.fromkeys(key for label in labels for key in place_name_keys(label)))
            self._pinyin = keys
        return self._pinyin

    # -- parks -----------------------------------------------------------------------------------------------

    def park(self, code: str) -> Park | None:
        """The park with our code (YQ2207-nn), or None."""
        return next((p for p in self.parks if p.code == code), None)

    def parks_named(self, name: str) -> list[Park]:
        """Parks whose name or an alias is ``name`` (雅达虹 → 吉林宁江经济开发区)."""
        wanted = normalize(name)
        return [p for p in self.parks if wanted in {normalize(n) for n in (p.name, *p.aliases)}]

    def parks_in(self, county: str) -> list[Park]:
        """Parks that sit in a county (the parks whose county is unverified are in none)."""
        code = self.place(county).code
        return [p for p in self.parks if p.county == code]


def display_names(places: Iterable[Place]) -> dict[str, str]:
    """A label per place that no other place shares: the short name, prefixed by the nearest ancestors' short
    names until it is unique (长山镇新立村, 巨宝山镇新立村; 宁江区铁西街道); a unique name stays bare (伯都乡).

    The same rule as the shipped file's ``display_name``, recomputed for a registry the court has added to.
    """
    everything = list(places)
    by_code = {p.code: p for p in everything if p.level != "park"}

    def chain(place: Place) -> list[Place]:
        out: list[Place] = []
        parent = place.parent
        while parent is not None and parent in by_code:
            above = by_code[parent]
            if above.level == "city":
                break
            out.append(above)
            parent = above.parent
        return out  # nearest first

    chains = {code: chain(p) for code, p in by_code.items()}
    depth = dict.fromkeys(by_code, 0)
    while True:
        labels: dict[str, list[str]] = {}
        for code, p in by_code.items():
            prefix = "".join(a.short_name for a in reversed(chains[code][: depth[code]]))
            labels.setdefault(prefix + p.short_name, []).append(code)
        grown = False
        for codes in labels.values():
            if len(codes) > 1:
                for code in codes:
                    if depth[code] < len(chains[code]):
                        depth[code] += 1
                        grown = True
        if not grown:
            break
    out: dict[str, str] = {}
    for label, codes in labels.items():
        for code in codes:
            out[code] = label if len(codes) == 1 else f"{label}（{code}）"
    # A park is labelled by its own name; where a division unit has that name too (a park's official unit),
    # the park says it is one: 吉林宁江经济开发区（园区）.
    taken = set(out.values())
    parks = [p for p in everything if p.level == "park"]
    names = [p.short_name for p in parks]
    for park in parks:
        label = park.short_name
        if label in taken or names.count(label) > 1:
            label = f"{label}（园区）"
        if label in taken:
            label = f"{label}（{park.code}）"
        out[park.code] = label
        taken.add(label)
    return out


def place_name_keys(label: str) -> list[tuple[str, str]]:
    """(full pinyin, initials) keys of a place name: pypinyin's reading, and the place reading where it differs."""
    # pypinyin loads its dictionaries on import (~0.5 s): only a pinyin search pays for it, not every look-up.
    from fuyuan_desktop.domain.pinyin import SURNAME_READINGS, name_keys

    keys = [name_keys(label, person=False)]
    text = normalize(label)
    surnames = {i for i in range(len(text) - 1) if text[i + 1] == "家" and text[i] in SURNAME_READINGS}
    if surnames or any(ch in PLACE_READINGS for ch in text):
        syllables = [SURNAME_READINGS[ch] if i in surnames else PLACE_READINGS.get(ch) or name_keys(ch, person=False)[0]
                     for i, ch in enumerate(text)]
        spoken = [s for s in syllables if s]
        keys.append(("".join(spoken), "".join(s[0] for s in spoken)))
    return list(dict.fromkeys(keys))


def load_document(text: str) -> Gazetteer:
    """Parse a places file's text."""
    return Gazetteer.from_document(json.loads(text))


@cache
def songyuan() -> Gazetteer:
    """The shipped Songyuan file, read once per process through importlib.resources."""
    node = resources.files("fuyuan_desktop.resources").joinpath("reference", "places", "songyuan.json")
    return load_document(node.read_text(encoding="utf-8"))
