"""The places registry in the store: seeded from the shipped division codes, read back as a searchable gazetteer.

The shipped file (``resources/reference/places/songyuan.json``, docs/places.md) becomes rows of the synced ``place``
table whose ids derive from their codes, so every laptop and the hub seed the same rows and share them on sync.
Seeding runs when a store is opened and inserts only the shipped rows it lacks (a newer edition adds its new
places; rows a court edited or retired are left as they are). ``registry`` reads the rows back into a
:class:`~fuyuan_desktop.domain.places.Gazetteer` (look-up by code, name, alias, qualified name and pinyin), cached
until the table changes.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain import places as domain_places
from fuyuan_desktop.store.bulk import BulkWriter, bulk_load
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import Counter, Place

PLACE_SCOPES = ("village", "township", "county", "park")
_EMPTY: ColumnElement[str] = literal_column("''")
SEEDED_COUNTER = "places.seeded_edition"
SHIPPED = "shipped"
ADDED = "added"
IMPORTED = "imported"
LEGACY = "legacy"


def place_id_for(code: str) -> str:
    """The id of a registry place: derived from its code, so the same place has the same id everywhere."""
    return uuid.uuid5(uuid.NAMESPACE_URL, "fuyuan:place/" + code).hex


@dataclass(frozen=True)
class RegistryRow:
    """One registry place as plain data (what seeding writes and imports compare)."""

    code: str
    name: str
    short_name: str
    level: str
    kind: str
    parent_code: str | None
    aliases: tuple[str, ...]
    county_code: str
    township_code: str
    park_code: str
    division_code: str
    inferred: bool = False
    note: str = ""


def shipped_rows() -> list[RegistryRow]:
    """The shipped places and parks as registry rows, parents before children."""
    book = domain_places.songyuan()
    official_park = {p.official_code: p.code for p in book.parks if p.official_code}
    rows: list[RegistryRow] = []
    for place in book:
        chain = [*book.ancestors(place.code, include_city=True), place]
        county = next((p.code[:6] for p in chain if p.level == "county"), "")
        township = next((p.code for p in chain if p.level == "township"), "")
        park_code = next((official_park[p.code] for p in reversed(chain) if p.code in official_park), "")
        rows.append(RegistryRow(place.code, place.name, place.short_name, place.level, place.kind, place.parent,
                                place.aliases, county, township, park_code, place.code))
    for park in book.parks:
        county = park.county or book.header["region"]["code"]
        rows.append(RegistryRow(park.code, park.name, park.name, "park", "industrial_park", county,
                                tuple(dict.fromkeys([park.name, *park.aliases])), (park.county or "")[:6], "",
                                park.code, park.official_code or "", park.inferred, park.note))
    return rows


def row_values(row: RegistryRow, *, source: str, edition: int) -> dict[str, Any]:
    """The column values of a registry row (without the sync columns)."""
    from fuyuan_desktop.domain.pinyin import name_keys  # pypinyin's dictionaries: only when rows are written

    township_name = ""
    if row.township_code:
        found = domain_places.songyuan().get(row.township_code)
        township_name = found.short_name if found else ""
    return {
        "id": place_id_for(row.code), "name": row.short_name, "kind": row.kind, "township": township_name,
        "county_code": row.county_code, "division_code": row.division_code[:12], "tribunal_id": None,
        "name_initials": name_keys(row.short_name, person=False)[1][:64], "code": row.code, "level": row.level,
        "short_name": row.short_name, "parent_id": place_id_for(row.parent_code) if row.parent_code else None,
        "aliases_json": json.dumps(list(row.aliases), ensure_ascii=False), "township_code": row.township_code,
        "park_code": row.park_code, "valid_from": None, "valid_to": None, "source": source, "edition": edition,
        "inferred": row.inferred, "note": row.note[:500], "mapped_to_id": None,
    }


def seed_places(db: Database, actor: str) -> int:
    """Insert the shipped places this store lacks (once per edition); returns how many were added."""
    edition = domain_places.songyuan().edition
    with db.read() as session:
        seeded = session.get(Counter, SEEDED_COUNTER)
        if seeded is not None and seeded.value >= edition:
            return 0
        have = set(session.scalars(select(col(Place.id)).where(col(Place.source) != LEGACY)))
    missing = [r for r in shipped_rows() if place_id_for(r.code) not in have]

    def fill(writer: BulkWriter) -> None:
        writer.insert(Place, [row_values(r, source=SHIPPED, edition=edition) for r in missing])
        conn = writer.conn
        table = Counter.__table__  # type: ignore[attr-defined]
        conn.execute(table.delete().where(table.c.name == SEEDED_COUNTER))
        conn.execute(table.insert().values(name=SEEDED_COUNTER, value=edition))

    bulk_load(db, actor, f"地名库：载入统计用区划代码 {edition} 年版", fill)
    _CACHE.clear()
    return len(missing)


def place_group_key(scope: str) -> ColumnElement[str]:
    """What a place scope groups by: the registry code of the place's village, township (a park's places by the
    park), county or park; a free-text place from before the registry by its township's name."""
    # Literal SQL, not bound parameters: PostgreSQL must see the GROUP BY expression as the one selected.
    if scope == "village":
        return case((col(Place.level) == literal_column("'village'"), col(Place.code)), else_=None)
    if scope == "county":
        return func.nullif(col(Place.county_code), _EMPTY)
    if scope == "park":
        return func.nullif(col(Place.park_code), _EMPTY)
    return func.coalesce(func.nullif(col(Place.park_code), _EMPTY), func.nullif(col(Place.township_code), _EMPTY),
                         func.nullif(col(Place.township), _EMPTY), col(Place.name))


# -- the registry as a gazetteer ---------------------------------------------------------------------------

_CACHE: dict[str, tuple[tuple[Any, ...], domain_places.Gazetteer]] = {}
_LOCK = threading.Lock()


def _stamp(session: Session) -> tuple[Any, ...]:
    return tuple(session.execute(select(func.count(), func.max(col(Place.hlc)), func.max(col(Place.updated_at)))
                                 .where(col(Place.source) != LEGACY)).one())


def registry(session: Session, *, cache_key: str = "") -> domain_places.Gazetteer:
    """The registry places (retired ones included, with ``valid_to``) as a gazetteer; cached until they change."""
    stamp = _stamp(session)
    bind = session.get_bind()
    key = cache_key or str(bind.engine.url)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    rows = list(session.scalars(select(Place).where(col(Place.source) != LEGACY, ~col(Place.deleted))))
    book = gazetteer_of(rows)
    with _LOCK:
        _CACHE[key] = (stamp, book)
    return book


def gazetteer_of(rows: Iterable[Place]) -> domain_places.Gazetteer:
    rows = list(rows)
    code_of = {r.id: r.code for r in rows}
    bare = [domain_places.Place(code=r.code, name=r.name, short_name=r.short_name or r.name, level=r.level,
                                kind=r.kind, parent=code_of.get(r.parent_id or ""), class_code=None,
                                aliases=tuple(json.loads(r.aliases_json or "[]")), display_name="",
                                record_id=r.id, valid_to=r.valid_to.isoformat() if r.valid_to else None,
                                park_code=r.park_code) for r in rows]
    labels = domain_places.display_names(bare)
    full = [domain_places.Place(code=p.code, name=p.name, short_name=p.short_name, level=p.level, kind=p.kind,
                                parent=p.parent, class_code=None, aliases=p.aliases, display_name=labels[p.code],
                                record_id=p.record_id, valid_to=p.valid_to, park_code=p.park_code) for p in bare]
    header = {"edition": domain_places.songyuan().edition, "source": "store"}
    return domain_places.Gazetteer(header, full, ())


def forget_cache() -> None:
    with _LOCK:
        _CACHE.clear()
