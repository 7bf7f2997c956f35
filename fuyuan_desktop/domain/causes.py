"""The official 案由 catalogues and the 人民调解 dispute types as shipped reference data: lookup, tree walks, search.

Three catalogues live in ``resources/reference/causes/``: the civil catalogue (民事案件案由规定, 2020 revision),
the administrative one (行政案件案由暂行规定, 2020) and the Ministry of Justice's 人民调解 dispute types. Each file
has a header (edition, issuing document, sources, what is missing) and flat entries that point to their parent.
The module only reads: nothing here touches Qt or a database, and each file is parsed once per process.

A court administrator may amend a shipped catalogue (add an entry under a parent, rename one, retire one with a
reason). The amendments are stored and synced by the services (services/causes.py); this module only lays a given
list of them over a shipped file (``Catalogue.amended``) and, once the services install that list
(``install_amendments``), ``catalogue()`` answers with the effective catalogue.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from fuyuan_desktop.domain.errors import NotFoundError

CIVIL_2020 = "civil_2020"
ADMINISTRATIVE_2020 = "administrative_2020"
PEOPLE_MEDIATION = "people_mediation"
CATALOGUES = (CIVIL_2020, ADMINISTRATIVE_2020, PEOPLE_MEDIATION)

_HAN_RE = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_ASCII_RE = re.compile(r"[a-z0-9]+")

# Search ranks, best first; a cause's rank for a multi-word query is its worst word's rank.
EXACT, PREFIX, CONTAINS, SCATTERED = 0, 1, 2, 3


@dataclass(frozen=True)
class Cause:
    """One entry of a catalogue: a 案由 at some level, or a 人民调解 dispute type."""

    catalogue: str
    code: str
    name: str
    level: int
    parent: str | None
    number: str | None
    sources: tuple[str, ...]
    retired: str = ""  # why an administrator retired it ("" while in use); see ``Catalogue.retired_reason``
    amended: bool = False  # added or renamed by an administrator, not as shipped

    @property
    def label(self) -> str:
        """The name as the catalogue prints it, with its number: "84. 买卖合同纠纷", "（5）追索劳动报酬纠纷"."""
        if not self.number:
            return self.name
        separator = "" if self.number.endswith(("、", "）")) else " "
        return f"{self.number}{separator}{self.name}"


@dataclass(frozen=True)
class _SearchKey:
    name: str
    full: str
    initials: str
    number: str


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def _scattered(term: str, text: str) -> bool:
    """True if every character of ``term`` occurs in ``text`` in the same order (追索报酬 in 追索劳动报酬纠纷)."""
    position = 0
    for char in term:
        position = text.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _rank_term(term: str, cause: Cause, key: _SearchKey) -> int | None:
    if term == cause.code.lower():
        return EXACT
    if _HAN_RE.search(term):
        if key.name == term:
            return EXACT
        if key.name.startswith(term):
            return PREFIX
        if term in key.name:
            return CONTAINS
        return SCATTERED if _scattered(term, key.name) else None
    if not _ASCII_RE.fullmatch(term):
        return CONTAINS if term in key.name else None
    if term.isdigit() and term == key.number:
        return EXACT
    if term in (key.initials, key.full):
        return EXACT
    if key.initials.startswith(term) or key.full.startswith(term):
        return PREFIX
    if term in key.initials or term in key.full:
        return CONTAINS
    return None


class Catalogue:
    """One catalogue: entries in document order, looked up by code and name, walked as a tree, searched."""

    def __init__(self, catalogue_id: str, header: Mapping[str, Any], entries: Sequence[Cause]) -> None:
        self.id = catalogue_id
        self.header = header
        self._entries = tuple(entries)
        self._by_code: dict[str, Cause] = {}
        self._children: dict[str | None, list[Cause]] = {None: []}
        self._by_name: dict[str, list[Cause]] = {}
        for cause in self._entries:
            self._check(cause)
            self._by_code[cause.code] = cause
            self._children.setdefault(cause.code, [])
            self._children[cause.parent].append(cause)
            self._by_name.setdefault(_normalise(cause.name), []).append(cause)
        self._keys: dict[str, _SearchKey] | None = None
        self._base: Catalogue | None = None

    def _check(self, cause: Cause) -> None:
        # Parents come before their children in the files, so one pass checks the whole tree.
        if cause.code in self._by_code:
            raise ValueError(f"{self.id}: duplicate code {cause.code}")
        if cause.parent is None:
            if cause.level != 1:
                raise ValueError(f"{self.id}: {cause.code} has no parent but level {cause.level}")
            return
        parent = self._by_code.get(cause.parent)
        if parent is None:
            raise ValueError(f"{self.id}: parent {cause.parent} of {cause.code} is missing or comes later")
        if cause.level != parent.level + 1:
            raise ValueError(f"{self.id}: {cause.code} is level {cause.level} under level {parent.level}")

    @classmethod
    def from_json(cls, catalogue_id: str, data: Mapping[str, Any]) -> Catalogue:
        """Build from the shape of ``reference/causes/<catalogue>.json``: ``{"header": {…}, "entries": […]}``."""
        entries = [
            Cause(
                catalogue=catalogue_id,
                code=str(row["code"]),
                name=str(row["name"]),
                level=int(row["level"]),
                parent=None if row.get("parent") is None else str(row["parent"]),
                number=row.get("number"),
                sources=tuple(row.get("sources", ())),
            )
            for row in data["entries"]
        ]
        return cls(catalogue_id, data["header"], entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Cause]:
        return iter(self._entries)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def find(self, code: str) -> Cause | None:
        return self._by_code.get(code)

    def get(self, code: str) -> Cause:
        """The entry with this code; ``NotFoundError`` (with a message for the user) if there is none."""
        cause = self._by_code.get(code)
        if cause is None:
            title = self.header.get("title", self.id)
            raise NotFoundError(f"《{title}》中没有代码为 {code} 的条目")
        return cause

    def by_name(self, name: str) -> list[Cause]:
        """Entries whose name is exactly ``name`` (full-width and half-width forms count as equal)."""
        return list(self._by_name.get(_normalise(name), ()))

    def roots(self) -> list[Cause]:
        return list(self._children[None])

    def level(self, code: str) -> int:
        return self.get(code).level

    def parent(self, code: str) -> Cause | None:
        parent = self.get(code).parent
        return None if parent is None else self._by_code[parent]

    def children(self, code: str) -> list[Cause]:
        self.get(code)
        return list(self._children[code])

    def ancestors(self, code: str) -> list[Cause]:
        """From the top level down to the parent: 第四部分 → 十、合同纠纷 → 84. 买卖合同纠纷."""
        chain: list[Cause] = []
        parent = self.parent(code)
        while parent is not None:
            chain.append(parent)
            parent = self.parent(parent.code)
        return chain[::-1]

    def path(self, code: str) -> list[Cause]:
        """The ancestors and the entry itself."""
        return [*self.ancestors(code), self.get(code)]

    def descendants(self, code: str) -> list[Cause]:
        """Every entry below ``code``, depth first in document order (the entry itself not included)."""
        found: list[Cause] = []
        stack = list(reversed(self.children(code)))
        while stack:
            cause = stack.pop()
            found.append(cause)
            stack.extend(reversed(self._children[cause.code]))
        return found

    def at_level(self, level: int) -> list[Cause]:
        return [cause for cause in self._entries if cause.level == level]

    def counts(self) -> dict[int, int]:
        """Number of entries per level, e.g. ``{1: 11, 2: 54, 3: 473, 4: 350}``."""
        counts: dict[int, int] = {}
        for cause in self._entries:
            counts[cause.level] = counts.get(cause.level, 0) + 1
        return counts

    def retired_reason(self, code: str) -> str:
        """Why ``code`` may no longer be chosen for a new case: it, or an entry above it, was retired ("" if not)."""
        for cause in reversed(self.path(code)):
            if cause.retired:
                if cause.code == code:
                    return cause.retired
                return f"上级案由「{cause.name}」已停用：{cause.retired}"
        return ""

    def amended(self, amendments: Sequence[Amendment]) -> Catalogue:
        """This catalogue with ``amendments`` laid over it, in their order; amendments of other catalogues are
        ignored. One that no longer fits (a parent missing, a code taken) is skipped, never fatal: the list comes
        from the store and from other devices, and a shipped file of a later version may already hold the entry."""
        entries = list(self._entries)
        where = {cause.code: i for i, cause in enumerate(entries)}
        for item in amendments:
            if item.catalogue != self.id:
                continue
            if item.kind == ADD:
                parent = entries[where[item.parent]] if item.parent in where else None
                if item.code in where or (item.parent and parent is None) or not item.name:
                    continue
                level = 1 if parent is None else parent.level + 1
                if level > 4:
                    continue
                cause = Cause(self.id, item.code, item.name, level, item.parent or None, item.number or None,
                              ("amendment",), "", True)
                # after the parent's last descendant, so the file's parents-first order holds
                at = len(entries)
                if parent is not None:
                    prefix = where[parent.code]
                    at = prefix + 1
                    while at < len(entries) and _below(entries, where, entries[at], parent.code):
                        at += 1
                entries.insert(at, cause)
                where = {c.code: i for i, c in enumerate(entries)}
            elif item.code in where:
                old = entries[where[item.code]]
                if item.kind == RENAME and item.name:
                    entries[where[item.code]] = replace(old, name=item.name, amended=True)
                elif item.kind == RETIRE:
                    entries[where[item.code]] = replace(old, retired=item.reason or "已停用")
                elif item.kind == RESTORE:
                    entries[where[item.code]] = replace(old, retired="")
        result = Catalogue(self.id, self.header, entries)
        result._base = self
        return result

    def _search_keys(self) -> dict[str, _SearchKey]:
        if self._keys is None:
            # pypinyin is heavy: loaded on the first search, not by everything that reads a case's 案由.
            from fuyuan_desktop.domain.pinyin import name_keys

            keys: dict[str, _SearchKey] = {}
            if self._base is not None:  # an amended catalogue: unchanged names keep the shipped file's keys
                names = {c.code: c.name for c in self._base}
                keys = {code: key for code, key in self._base._search_keys().items()
                        if code in self._by_code and self._by_code[code].name == names[code]}
            for cause in self._entries:
                if cause.code in keys:
                    continue
                full, initials = name_keys(cause.name, person=False)
                number = "".join(char for char in unicodedata.normalize("NFKC", cause.number or "") if char.isdigit())
                keys[cause.code] = _SearchKey(_normalise(cause.name), full, initials, number)
            self._keys = keys
        return self._keys

    def ranked(self, query: str, *, levels: Sequence[int] | None = None) -> list[tuple[int, Cause]]:
        """(rank, entry) pairs matching every word of ``query``, best first; see ``search``."""
        terms = _normalise(query).split()
        if not terms:
            return []
        keys = self._search_keys()
        found: list[tuple[int, int, int, Cause]] = []
        for order, cause in enumerate(self._entries):
            if levels is not None and cause.level not in levels:
                continue
            worst = EXACT
            for term in terms:
                rank = _rank_term(term, cause, keys[cause.code])
                if rank is None:
                    break
                worst = max(worst, rank)
            else:
                found.append((worst, cause.level, order, cause))
        found.sort(key=lambda item: item[:3])
        return [(rank, cause) for rank, _, _, cause in found]

    def search(self, query: str, *, levels: Sequence[int] | None = None, limit: int | None = None) -> list[Cause]:
        """Entries matching ``query`` at any level (or only ``levels``), best first.

        Each word of the query must match: Chinese characters as the whole name, its start, a part of it, or
        scattered in order (追索报酬); Latin letters as the start or a part of the pinyin initials or full pinyin
        (``mmht`` finds 买卖合同纠纷); digits as the official number (``84``); or the exact code. Ties go to the
        higher level, then to document order.
        """
        causes = [cause for _, cause in self.ranked(query, levels=levels)]
        return causes if limit is None else causes[:limit]


def _read_json(filename: str) -> Any:
    node = resources.files("fuyuan_desktop.resources").joinpath("reference").joinpath("causes").joinpath(filename)
    return json.loads(node.read_text(encoding="utf-8"))


@cache
def shipped(catalogue_id: str) -> Catalogue:
    """The shipped catalogue ``civil_2020``, ``administrative_2020`` or ``people_mediation`` (parsed once)."""
    if catalogue_id not in CATALOGUES:
        raise NotFoundError(f"没有名为 {catalogue_id} 的案由目录")
    return Catalogue.from_json(catalogue_id, _read_json(f"{catalogue_id}.json"))


def _below(entries: Sequence[Cause], where: Mapping[str, int], cause: Cause, ancestor: str) -> bool:
    parent = cause.parent
    while parent is not None:
        if parent == ancestor:
            return True
        parent = entries[where[parent]].parent
    return False


ADD, RENAME, RETIRE, RESTORE = "add", "rename", "retire", "restore"
AMENDMENT_KINDS = (ADD, RENAME, RETIRE, RESTORE)


@dataclass(frozen=True)
class Amendment:
    """An administrator's change to a shipped catalogue: add ``code`` under ``parent`` named ``name``; rename ``code``
    to ``name``; retire ``code`` for ``reason``; or restore a retired ``code``. ``edition`` is the edition of the
    shipped file it was made against (the header's)."""

    catalogue: str
    kind: str
    code: str
    name: str = ""
    parent: str = ""
    number: str = ""
    reason: str = ""
    edition: str = ""


_installed: tuple[Amendment, ...] = ()


def install_amendments(amendments: Sequence[Amendment]) -> None:
    """Make ``catalogue()`` answer with the shipped files as ``amendments`` amend them (the services pass the store's
    list, in the order they were made, whenever it may have changed)."""
    global _installed
    _installed = tuple(amendments)


def installed_amendments() -> tuple[Amendment, ...]:
    return _installed


@lru_cache(maxsize=32)
def _effective(catalogue_id: str, amendments: tuple[Amendment, ...]) -> Catalogue:
    return shipped(catalogue_id).amended(amendments) if amendments else shipped(catalogue_id)


def catalogue(catalogue_id: str) -> Catalogue:
    """The catalogue in force: the shipped file with the installed amendments (see ``install_amendments``)."""
    base = shipped(catalogue_id)
    mine = tuple(a for a in _installed if a.catalogue == catalogue_id)
    return _effective(catalogue_id, mine) if mine else base


def search_all(query: str, *, catalogues: Sequence[str] = CATALOGUES, limit: int | None = None) -> list[Cause]:
    """Search several catalogues at once; the best matches of all of them come first."""
    found: list[tuple[int, int, Cause]] = []
    for position, catalogue_id in enumerate(catalogues):
        found.extend((rank, position, cause) for rank, cause in catalogue(catalogue_id).ranked(query))
    found.sort(key=lambda item: (item[0], item[2].level, item[1]))
    causes = [cause for _, _, cause in found]
    return causes if limit is None else causes[:limit]


@dataclass(frozen=True)
class MediationTypeSuggestion:
    """A 人民调解 dispute type proposed for a civil 案由, found through the cause itself or its nearest listed ancestor."""

    type: Cause
    via: Cause
    basis: str  # "name": the same words; "inferred": this project's judgement, to be confirmed
    note: str


@cache
def _mediation_table() -> dict[str, tuple[str, str, str]]:
    civil, people = catalogue(CIVIL_2020), catalogue(PEOPLE_MEDIATION)
    table = {}
    for row in _read_json(f"{PEOPLE_MEDIATION}.json")["from_civil"]:
        if row["civil"] not in civil or row["type"] not in people:
            raise ValueError(f"people_mediation.from_civil: unknown code in {row}")
        table[row["civil"]] = (row["type"], row["basis"], row.get("note", ""))
    return table


def suggest_people_mediation_type(civil_code: str) -> MediationTypeSuggestion | None:
    """The 人民调解 type to report a dispute of this civil 案由 under; ``None`` for the procedural parts."""
    civil = catalogue(CIVIL_2020)
    table = _mediation_table()
    for cause in reversed(civil.path(civil_code)):
        if cause.code in table:
            type_code, basis, note = table[cause.code]
            return MediationTypeSuggestion(catalogue(PEOPLE_MEDIATION).get(type_code), cause, basis, note)
    return None


@dataclass(frozen=True)
class LegacyMapping:
    """Where one of the 17 home-made dispute categories goes in the official catalogues."""

    category: str
    label: str
    targets: tuple[Cause, ...]
    note: str

    @property
    def default(self) -> Cause:
        return self.targets[0]

    @property
    def ambiguous(self) -> bool:
        """Several candidates: a person has to choose (the note says how)."""
        return len(self.targets) > 1


@cache
def legacy_mappings() -> dict[str, LegacyMapping]:
    """Each old ``DisputeCategory`` value → its official target(s), from ``legacy_categories.json``."""
    mappings = {}
    for row in _read_json("legacy_categories.json")["mappings"]:
        targets = tuple(catalogue(target["catalogue"]).get(target["code"]) for target in row["targets"])
        if not targets:
            raise ValueError(f"legacy_categories: {row['category']} has no target")
        mappings[row["category"]] = LegacyMapping(row["category"], row["label"], targets, row.get("note", ""))
    return mappings
