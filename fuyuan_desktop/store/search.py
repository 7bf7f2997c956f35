"""Case search: one query string → ranked disputes, by name, ID number, phone, case number, place or pinyin."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from fuyuan_desktop.domain.case_numbers import number_search_key
from fuyuan_desktop.domain.identifiers import normalize_text_digits

# Kept in step with migration 0001; dropped during bulk loads and rebuilt after (30× faster loads).
PARTY_FTS_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS party_fts_ai AFTER INSERT ON party BEGIN "
    "INSERT INTO party_fts(rowid, name) VALUES (new.rowid, new.name); END",
    "CREATE TRIGGER IF NOT EXISTS party_fts_ad AFTER DELETE ON party BEGIN "
    "INSERT INTO party_fts(party_fts, rowid, name) VALUES ('delete', old.rowid, old.name); END",
    "CREATE TRIGGER IF NOT EXISTS party_fts_au AFTER UPDATE OF name ON party BEGIN "
    "INSERT INTO party_fts(party_fts, rowid, name) VALUES ('delete', old.rowid, old.name); "
    "INSERT INTO party_fts(rowid, name) VALUES (new.rowid, new.name); END",
)


def suspend_party_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in ("party_fts_ai", "party_fts_ad", "party_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def rebuild_party_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO party_fts(party_fts) VALUES ('rebuild')")
        for statement in PARTY_FTS_TRIGGERS:
            conn.exec_driver_sql(statement)


# Prefix searches are index range scans (col >= p AND col < p + _TOP): SQLite's LIKE cannot use a
# plain index unless the column is NOCASE, so "LIKE 'p%'" would scan the whole table.
_TOP = "\U0010ffff"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
# 号 marks a case number only after its sequence digits: names and places contain it too (前七号镇, 老字号).
_NUMBER_HINT = re.compile(r"\d号$|[（）()〔〕\[\]]|^临|^\d{4}[\u4e00-\u9fff]|^[\u4e00-\u9fff]\d{2,4}[\u4e00-\u9fff]")
_PINYIN = re.compile(r"^[a-z]+$")
_IDLIKE = re.compile(r"^\d{3,17}[\dX]$")


@dataclass(frozen=True)
class SearchHit:
    dispute_id: str
    score: int
    matched: str


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def classify(query: str) -> str:
    """Which kind of query this is: number, id, phone, pinyin or name."""
    q = query.strip()
    digits = normalize_text_digits(q).upper()
    if _NUMBER_HINT.search(q) or q.startswith("临-"):
        return "number"
    if digits.startswith("+86") or digits.startswith("0086"):
        return "phone"
    if re.fullmatch(r"1[3-9]\d{9}", digits) or re.fullmatch(r"0\d{2,3}-?\d{7,8}", digits):
        return "phone"
    if _IDLIKE.fullmatch(digits):
        return "id"
    if _PINYIN.fullmatch(q.lower()):
        return "pinyin"
    return "name"


@dataclass(frozen=True)
class _Tier:
    """One rank of match: every dispute it finds scores ``score`` (higher tiers are tried first)."""

    score: int
    matched: str
    sql: str  # selects (id, registered_on) of disputes, best-first, LIMIT :limit


def _party_tier(score: int, matched: str, condition: str) -> _Tier:
    # CROSS JOIN fixes SQLite's join order: matching parties first, then their cases. Left to itself
    # the planner walks every case-party link to serve ORDER BY … LIMIT (6× slower on 100k cases).
    return _Tier(
        score,
        matched,
        "SELECT DISTINCT d.id, d.registered_on FROM party p "
        "CROSS JOIN caseparty cp CROSS JOIN dispute d "
        f"WHERE ({condition}) AND NOT p.deleted "
        "AND cp.party_id = p.id AND NOT cp.deleted AND d.id = cp.dispute_id AND NOT d.deleted "
        "ORDER BY d.registered_on DESC, d.id DESC LIMIT :limit",
    )


def _dispute_tier(score: int, matched: str, condition: str, joins: str = "") -> _Tier:
    return _Tier(
        score,
        matched,
        f"SELECT DISTINCT d.id, d.registered_on FROM dispute d {joins} "
        f"WHERE ({condition}) AND NOT d.deleted ORDER BY d.registered_on DESC, d.id DESC LIMIT :limit",
    )


def _tiers(kind: str, query: str, dialect: str) -> tuple[list[_Tier], dict[str, object]]:
    """The ranked tiers of a query of ``kind`` and their parameters."""
    if kind == "number":
        key = number_search_key(query)
        tiers = [_dispute_tier(100, "number", "d.official_key = :key OR d.provisional_key = :key")]
        if not query.endswith("号"):  # a number typed in full wants that case, not every longer one
            tiers.append(
                _dispute_tier(
                    80,
                    "number_prefix",
                    "(d.official_key > :key AND d.official_key < :key_end) "
                    "OR (d.provisional_key > :key AND d.provisional_key < :key_end)",
                )
            )
        return tiers, {"key": key, "key_end": key + _TOP}
    if kind == "id":
        q = normalize_text_digits(query).upper()
        tail = _party_tier(70, "id_tail", "p.id_number_rev >= :rev AND p.id_number_rev < :rev_end")
        # Only a whole number (18, or 15 for old cards) can match exactly; a tail goes straight to the range.
        tiers = [_party_tier(95, "id", "p.id_number = :q"), tail] if len(q) in (15, 18) else [tail]
        return tiers, {"q": q, "rev": q[::-1], "rev_end": q[::-1] + _TOP}
    if kind == "phone":
        q = re.sub(r"^(\+86|0086)", "", normalize_text_digits(query))
        if re.fullmatch(r"0\d{2,3}\d{7,8}", q):
            # Stored as parse_phone stores landlines: area code (3 digits for 01x/02x, else 4), dash, number.
            area = 3 if q[1] in "12" else 4
            q = f"{q[:area]}-{q[area:]}"
        return [_party_tier(90, "phone", "p.phone = :q")], {"q": q}
    place = _Tier(
        40,
        "place",
        "SELECT DISTINCT d.id, d.registered_on FROM place pl CROSS JOIN dispute d "
        "WHERE ("
        + (
            "pl.name LIKE :place_like ESCAPE '\\'"
            if kind == "name"
            else "pl.name_initials >= :q AND pl.name_initials < :q_end"
        )
        + ") "
        "AND d.place_id = pl.id AND NOT d.deleted ORDER BY d.registered_on DESC, d.id DESC LIMIT :limit",
    )
    if kind == "pinyin":
        q = query.lower()
        return [
            _party_tier(75, "initials", "p.name_initials = :q"),
            _party_tier(60, "initials_prefix", "p.name_initials > :q AND p.name_initials < :q_end"),
            _party_tier(55, "pinyin", "p.name_pinyin >= :q AND p.name_pinyin < :q_end"),
            place,
        ], {"q": q, "q_end": q + _TOP}
    q = query.strip()
    params: dict[str, object] = {
        "q": q,
        "q_end": q + _TOP,
        "like": f"%{_like_escape(q)}%",
        "place_like": f"%{_like_escape(q)}%",
    }
    if dialect == "sqlite" and len(q) >= 3:
        substring = "p.rowid IN (SELECT rowid FROM party_fts WHERE party_fts MATCH :fts)"
        params["fts"] = '"' + q.replace('"', '""') + '"'
    else:
        substring = "p.name LIKE :like ESCAPE '\\'"
    return [
        _party_tier(90, "name", "p.name = :q"),
        _party_tier(70, "name_prefix", "p.name > :q AND p.name < :q_end"),
        _party_tier(50, "name_part", substring),
        place,
    ], params


def search_disputes(session: Session, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Ranked disputes for ``query`` (best match first, then the most recently registered).

    Tiers run best-first and stop once ``limit`` disputes are found: a lower tier can never
    outrank a higher one, so a common name that fills the page by exact match never pays for
    the substring scan. A query that looks like a case number but matches none is tried again
    as a name (enterprise names carry brackets and digits too); 7–8 bare digits that match no
    ID tail are tried as a Songyuan landline typed without its 0438 area code.
    """
    q = query.strip()
    if not q:
        return []
    kind = classify(q)
    hits = _search(session, q, kind, limit)
    if not hits and kind == "number":
        hits = _search(session, q, "name", limit)
    elif not hits and kind == "id" and re.fullmatch(r"\d{7,8}", normalize_text_digits(q)):
        hits = _search(session, "0438" + normalize_text_digits(q), "phone", limit)
    return hits


def _search(session: Session, q: str, kind: str, limit: int) -> list[SearchHit]:
    tiers, params = _tiers(kind, q, session.get_bind().dialect.name)
    params["limit"] = limit
    found: dict[str, SearchHit] = {}
    for tier in tiers:
        for row in session.execute(text(tier.sql), params):
            dispute_id = str(row[0])
            if dispute_id not in found:
                found[dispute_id] = SearchHit(dispute_id, tier.score, tier.matched)
        # A page is full, or a number was found exactly: lower tiers cannot rank above what we have.
        if len(found) >= limit or (found and tier.matched == "number"):
            break
    return list(found.values())[:limit]
