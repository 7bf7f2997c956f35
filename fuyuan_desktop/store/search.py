"""Case search: one query string → ranked disputes, by name, ID number, phone, case number, place or pinyin."""

from __future__ import annotations

import math
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


# The name index (migration 0007_search): one row per (key, day, dispute, party), ordered so that the
# disputes carrying a key come out most recently registered first, straight from the primary key. A key is
# a one-letter tag and a value: e exact name, s the name's first 1–2 characters, g every character and
# every pair of adjacent characters, E exact initials, I the initials' first 1–2 letters, P the full
# pinyin's first 2 letters. Every query of every length then reads at most ``limit`` postings of one key
# (plus checks) instead of sorting every matching party's cases: a single common surname (王) costs the
# same as a rare full name.
NAME_KEY_TABLE = (
    "CREATE TABLE IF NOT EXISTS name_key (key TEXT NOT NULL, day INTEGER NOT NULL, dispute INTEGER NOT NULL, "
    "party INTEGER NOT NULL, PRIMARY KEY (key, day, dispute, party)) WITHOUT ROWID"
)
SEARCH_POS_TABLE = "CREATE TABLE IF NOT EXISTS search_pos (n INTEGER PRIMARY KEY)"
_POSITIONS = 200  # longer than any stored name (party.name is at most 100 characters)
NAME_KEY_TRIGGERS = ("name_key_cp_ai", "name_key_cp_ad", "name_key_cp_au", "name_key_party_au", "name_key_dispute_au")
_DAY = "CAST(julianday({}) AS INTEGER)"


def name_keys_select(src: str) -> str:
    """The keys of every row of ``src`` (a subquery with columns nm, py, ini, day, drow, prow)."""
    cols = "day, drow, prow"
    parts = [
        f"SELECT 'e' || nm, {cols} FROM {src} s WHERE nm <> ''",
        f"SELECT 's' || substr(nm, 1, n), {cols} FROM {src} s, search_pos "
        "WHERE n <= min(2, length(nm))",
        f"SELECT 'g' || substr(nm, n, 1), {cols} FROM {src} s, search_pos WHERE n <= length(nm)",
        f"SELECT 'g' || substr(nm, n, 2), {cols} FROM {src} s, search_pos WHERE n < length(nm)",
        f"SELECT 'E' || ini, {cols} FROM {src} s WHERE ini <> ''",
        f"SELECT 'I' || substr(ini, 1, n), {cols} FROM {src} s, search_pos WHERE n <= min(2, length(ini))",
        f"SELECT 'P' || substr(py, 1, 2), {cols} FROM {src} s WHERE length(py) >= 2",
    ]
    return " UNION ALL ".join(parts)


def _pair_src(dispute_id: str, party_id: str, name: str = "p.name", pinyin: str = "p.name_pinyin",
              initials: str = "p.name_initials", day: str = "d.registered_on", active: bool = True) -> str:
    """One (dispute, party) pair as a key source; ``active`` keeps it only while a live link remains."""
    live = (
        f" AND NOT p.deleted AND EXISTS (SELECT 1 FROM caseparty c WHERE c.dispute_id = {dispute_id} "
        f"AND c.party_id = {party_id} AND NOT c.deleted)"
        if active
        else ""
    )
    return (
        f"(SELECT {name} AS nm, {pinyin} AS py, {initials} AS ini, {_DAY.format(day)} AS day, "
        f"d.rowid AS drow, p.rowid AS prow FROM party p, dispute d "
        f"WHERE p.id = {party_id} AND d.id = {dispute_id}{live})"
    )


def _delete(src: str) -> str:
    return f"DELETE FROM name_key WHERE (key, day, dispute, party) IN ({name_keys_select(src)});"


def _insert(src: str) -> str:
    return f"INSERT OR IGNORE INTO name_key (key, day, dispute, party) {name_keys_select(src)};"


def _name_key_triggers() -> tuple[str, ...]:
    # A link added, removed or changed: refresh the pairs it touches (a party may hold two roles in a case).
    refresh_old = _delete(_pair_src("old.dispute_id", "old.party_id", active=False)) + _insert(
        _pair_src("old.dispute_id", "old.party_id")
    )
    refresh_new = _insert(_pair_src("new.dispute_id", "new.party_id"))
    # A party renamed (or tombstoned): its old keys go from every case it is in, the new ones come in.
    party_links = (
        "(SELECT {nm} AS nm, {py} AS py, {ini} AS ini, " + _DAY.format("d.registered_on") + " AS day, "
        "d.rowid AS drow, {rid}.rowid AS prow FROM caseparty c, dispute d WHERE c.party_id = {rid}.id "
        "AND NOT c.deleted AND d.id = c.dispute_id{live})"
    )
    old_party = party_links.format(nm="old.name", py="old.name_pinyin", ini="old.name_initials", rid="old", live="")
    new_party = party_links.format(nm="new.name", py="new.name_pinyin", ini="new.name_initials", rid="new",
                                   live=" AND NOT new.deleted")
    # A dispute's registration date changed: its postings move.
    dispute_links = (
        "(SELECT p.name AS nm, p.name_pinyin AS py, p.name_initials AS ini, " + _DAY.format("{rid}.registered_on")
        + " AS day, {rid}.rowid AS drow, p.rowid AS prow FROM caseparty c, party p WHERE c.dispute_id = {rid}.id "
        "AND NOT c.deleted AND p.id = c.party_id AND NOT p.deleted)"
    )
    return (
        f"CREATE TRIGGER IF NOT EXISTS name_key_cp_ai AFTER INSERT ON caseparty BEGIN {refresh_new} END",
        f"CREATE TRIGGER IF NOT EXISTS name_key_cp_ad AFTER DELETE ON caseparty BEGIN {refresh_old} END",
        "CREATE TRIGGER IF NOT EXISTS name_key_cp_au AFTER UPDATE OF dispute_id, party_id, deleted ON caseparty "
        f"BEGIN {refresh_old}{refresh_new} END",
        "CREATE TRIGGER IF NOT EXISTS name_key_party_au AFTER UPDATE OF name, name_pinyin, name_initials, deleted "
        f"ON party BEGIN {_delete(old_party)}{_insert(new_party)} END",
        "CREATE TRIGGER IF NOT EXISTS name_key_dispute_au AFTER UPDATE OF registered_on ON dispute BEGIN "
        f"{_delete(dispute_links.format(rid='old'))}{_insert(dispute_links.format(rid='new'))} END",
    )


NAME_KEY_TRIGGER_SQL = _name_key_triggers()


def create_name_index(conn: Connection) -> None:
    """Create the name index, its position table and its triggers, and fill it (migration 0007_search)."""
    conn.exec_driver_sql(NAME_KEY_TABLE)
    conn.exec_driver_sql(SEARCH_POS_TABLE)
    conn.exec_driver_sql(
        "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < "
        f"{_POSITIONS}) INSERT OR IGNORE INTO search_pos (n) SELECT n FROM c"
    )
    fill_name_index(conn)
    for statement in NAME_KEY_TRIGGER_SQL:
        conn.exec_driver_sql(statement)


def fill_name_index(conn: Connection) -> None:
    """Rebuild every posting from the live links: gathered once, sorted, appended in key order."""
    conn.exec_driver_sql("DELETE FROM name_key")
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.name_src")
    conn.exec_driver_sql(
        "CREATE TEMP TABLE name_src AS SELECT p.name AS nm, p.name_pinyin AS py, p.name_initials AS ini, "
        + _DAY.format("d.registered_on")
        + " AS day, d.rowid AS drow, p.rowid AS prow FROM caseparty c, party p, dispute d "
        "WHERE p.id = c.party_id AND d.id = c.dispute_id AND NOT c.deleted AND NOT p.deleted"
    )
    conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO name_key (key, day, dispute, party) SELECT * FROM "
        f"({name_keys_select('temp.name_src')}) ORDER BY 1, 2, 3, 4"
    )
    conn.exec_driver_sql("DROP TABLE temp.name_src")


def suspend_party_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in ("party_fts_ai", "party_fts_ad", "party_fts_au", *NAME_KEY_TRIGGERS):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def rebuild_party_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO party_fts(party_fts) VALUES ('rebuild')")
        for statement in PARTY_FTS_TRIGGERS:
            conn.exec_driver_sql(statement)
        if _has_name_index(conn):
            fill_name_index(conn)
            for statement in NAME_KEY_TRIGGER_SQL:
                conn.exec_driver_sql(statement)


def _has_name_index(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'name_key'").first() is not None


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


# A tier whose matches number at most this many rows is answered by joining them all and sorting; above
# it, from the name index in registration order (or the registration-date index), checking each row.
SMALL = 1000
_ORDER = "ORDER BY d.registered_on DESC, d.rowid DESC LIMIT :limit"

# What a place word matches, for the search box and the case list's place filter alike (services/cases.py builds
# the same condition): the name or township of the case's place in the place registry, or the place as typed at
# intake (``place_text``, e.g. 扶余市伯都乡前进村三组).
PLACE_MATCH = (
    "d.place_id IN (SELECT pl.id FROM place pl WHERE pl.name LIKE :place_like ESCAPE '\\' "
    "OR pl.township LIKE :place_like ESCAPE '\\') OR d.place_text LIKE :place_like ESCAPE '\\'"
)


@dataclass(frozen=True)
class _Tier:
    """One rank of match: every dispute it finds scores ``score`` (higher tiers are tried first).

    ``sql`` selects dispute ids, best-first, ``LIMIT :limit``. With a ``probe`` (rows that match, capped),
    ``sql`` runs only when the probe finds at most ``SMALL`` rows, and ``large`` (an ordered scan that
    stops after ``limit`` hits) otherwise.
    """

    score: int
    matched: str
    sql: str
    probe: str = ""
    large: str = ""
    # The large path walks every dispute newest first: worth it only when the matches are dense enough that
    # ``limit`` of them come soon, i.e. above √(limit × disputes) matches (below, sorting them is cheaper).
    walks_all: bool = False


def _party_tier(score: int, matched: str, condition: str, probe: str = "", large: str = "") -> _Tier:
    # CROSS JOIN fixes SQLite's join order: matching parties first, then their cases. Left to itself
    # the planner walks every case-party link to serve ORDER BY … LIMIT (6× slower on 100k cases).
    return _Tier(
        score,
        matched,
        "SELECT DISTINCT d.id, d.registered_on, d.rowid FROM party p "
        "CROSS JOIN caseparty cp CROSS JOIN dispute d "
        f"WHERE ({condition}) AND NOT p.deleted "
        f"AND cp.party_id = p.id AND NOT cp.deleted AND d.id = cp.dispute_id AND NOT d.deleted {_ORDER}",
        probe,
        large,
    )


def _posting_sql(key: str, check: str = "") -> str:
    """Disputes carrying name-index ``key`` (a parameter name), newest first, optionally checking the party."""
    party = " CROSS JOIN party p" if check else ""
    where = f" AND p.rowid = g.party AND ({check})" if check else ""
    return (
        f"SELECT d.id FROM name_key g CROSS JOIN dispute d{party} WHERE g.key = :{key} "
        f"AND d.rowid = g.dispute AND NOT d.deleted{where} "
        "GROUP BY g.day, g.dispute ORDER BY g.day DESC, g.dispute DESC LIMIT :limit"
    )


def _posting_tier(score: int, matched: str, key: str) -> _Tier:
    return _Tier(score, matched, _posting_sql(key))


def _dispute_tier(score: int, matched: str, condition: str, joins: str = "") -> _Tier:
    return _Tier(
        score,
        matched,
        f"SELECT DISTINCT d.id, d.registered_on, d.rowid FROM dispute d {joins} "
        f"WHERE ({condition}) AND NOT d.deleted {_ORDER}",
    )


def _recent_scan(condition: str) -> str:
    """Walk the registration-date index newest first, keeping disputes that meet ``condition``."""
    return (
        f"SELECT d.id FROM dispute d INDEXED BY ix_dispute_registered_on WHERE ({condition}) AND NOT d.deleted "
        f"{_ORDER}"
    )


def _probe(body: str) -> str:
    return f"SELECT count(*) FROM (SELECT 1 {body} LIMIT :cap)"


def _links_probe(condition: str) -> str:
    """How many case links the parties meeting ``condition`` have (an enterprise may be in thousands)."""
    return _probe(f"FROM party p CROSS JOIN caseparty cp WHERE ({condition}) AND cp.party_id = p.id")


def _tiers(kind: str, query: str, dialect: str) -> tuple[list[_Tier], dict[str, object]]:
    """The ranked tiers of a query of ``kind`` and their parameters, in the SQL of ``dialect``."""
    tiers, params = _sqlite_tiers(kind, query, dialect == "sqlite")
    if dialect != "sqlite":
        tiers = [_portable(tier) for tier in tiers]
    return tiers, params


def _portable(tier: _Tier) -> _Tier:
    """A tier for a database without SQLite's rowid (PostgreSQL, the hub): the id breaks ties between cases
    registered on the same day instead. Only the plain joins are used there (no probe, name index or scan)."""
    return _Tier(tier.score, tier.matched, tier.sql.replace("d.rowid", "d.id"))


def _sqlite_tiers(kind: str, query: str, indexed: bool) -> tuple[list[_Tier], dict[str, object]]:
    if kind == "number":
        key = number_search_key(query)
        tiers = [_dispute_tier(100, "number", "d.official_key = :key OR d.provisional_key = :key")]
        if not query.endswith("号"):  # a number typed in full wants that case, not every longer one
            prefix = (
                "(d.official_key > :key AND d.official_key < :key_end) "
                "OR (d.provisional_key > :key AND d.provisional_key < :key_end)"
            )
            tier = _dispute_tier(80, "number_prefix", prefix)
            if indexed:  # a prefix such as 临-开发区-2026 matches most cases: walk them newest first
                tier = _Tier(80, "number_prefix", tier.sql, _probe(f"FROM dispute d WHERE {prefix}"),
                             _recent_scan(prefix), walks_all=True)
            tiers.append(tier)
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
    if kind == "name":  # the same as the case list's place filter (PLACE_MATCH): registry name, township, place text
        place = _Tier(40, "place", f"SELECT d.id FROM dispute d WHERE ({PLACE_MATCH}) AND NOT d.deleted {_ORDER}")
        if indexed:  # a common place character (新) covers a tenth of all cases: walk them newest first
            place = _Tier(40, "place", place.sql, _probe(f"FROM dispute d WHERE ({PLACE_MATCH}) AND NOT d.deleted"),
                          _recent_scan(PLACE_MATCH), walks_all=True)
    else:
        place_condition = "pl.name_initials >= :q AND pl.name_initials < :q_end"
        place = _Tier(
            40,
            "place",
            "SELECT DISTINCT d.id, d.registered_on, d.rowid FROM place pl CROSS JOIN dispute d "
            f"WHERE ({place_condition}) AND d.place_id = pl.id AND NOT d.deleted {_ORDER}",
        )
        if indexed:
            place = _Tier(
                40, "place", place.sql,
                _probe(f"FROM place pl CROSS JOIN dispute d WHERE ({place_condition}) AND d.place_id = pl.id"),
                _recent_scan(f"d.place_id IN (SELECT pl.id FROM place pl WHERE {place_condition})"),
                walks_all=True,
            )
    if kind == "pinyin":
        q = query.lower()
        params: dict[str, object] = {"q": q, "q_end": q + _TOP, "qlen": len(q)}
        if not indexed:
            return [
                _party_tier(75, "initials", "p.name_initials = :q"),
                _party_tier(60, "initials_prefix", "p.name_initials > :q AND p.name_initials < :q_end"),
                _party_tier(55, "pinyin", "p.name_pinyin >= :q AND p.name_pinyin < :q_end"),
                place,
            ], params
        params.update(k_exact="E" + q, k_initials="I" + q[:2], k_pinyin=("I" if len(q) == 1 else "P") + q[:2])
        initials_cond = "p.name_initials > :q AND p.name_initials < :q_end"
        pinyin_cond = "p.name_pinyin >= :q AND p.name_pinyin < :q_end"
        return [
            _posting_tier(75, "initials", "k_exact"),
            _posting_tier(60, "initials_prefix", "k_initials")
            if len(q) <= 2
            else _party_tier(60, "initials_prefix", initials_cond, _links_probe(initials_cond),
                             _posting_sql("k_initials", "substr(p.name_initials, 1, :qlen) = :q")),
            _posting_tier(55, "pinyin", "k_pinyin")
            if len(q) <= 2
            else _party_tier(55, "pinyin", pinyin_cond, _links_probe(pinyin_cond),
                             _posting_sql("k_pinyin", "substr(p.name_pinyin, 1, :qlen) = :q")),
            place,
        ], params
    q = query.strip()
    params = {
        "q": q,
        "q_end": q + _TOP,
        "qlen": len(q),
        "like": f"%{_like_escape(q)}%",
        "place_like": f"%{_like_escape(q)}%",
    }
    if not indexed:
        return [
            _party_tier(90, "name", "p.name = :q"),
            _party_tier(70, "name_prefix", "p.name > :q AND p.name < :q_end"),
            _party_tier(50, "name_part", "p.name LIKE :like ESCAPE '\\'"),
            place,
        ], params
    params.update(k_exact="e" + q, k_start="s" + q[:2], k_part="g" + q[:2])
    if len(q) <= 2:
        return [
            _posting_tier(90, "name", "k_exact"),
            _posting_tier(70, "name_prefix", "k_start"),
            _posting_tier(50, "name_part", "k_part"),
            place,
        ], params
    prefix_cond = "p.name > :q AND p.name < :q_end"
    params["fts"] = '"' + q.replace('"', '""') + '"'
    fts = "p.rowid IN (SELECT rowid FROM party_fts WHERE party_fts MATCH :fts)"
    return [
        _posting_tier(90, "name", "k_exact"),
        _party_tier(70, "name_prefix", prefix_cond, _links_probe(prefix_cond),
                    _posting_sql("k_start", "substr(p.name, 1, :qlen) = :q")),
        # k_part is replaced by the query's rarest pair before the large path runs (see _rarest_pair).
        _party_tier(50, "name_part", fts, _links_probe(fts),
                    _posting_sql("k_part", "instr(p.name, :q) > 0")),
        place,
    ], params


def _rarest_pair(session: Session, q: str) -> str:
    """The name-index key of the pair of adjacent characters of ``q`` that the fewest cases carry."""
    best, best_count = "g" + q[:2], None
    for i in range(len(q) - 1):
        key = "g" + q[i : i + 2]
        count = session.execute(
            text(f"SELECT count(*) FROM (SELECT 1 FROM name_key WHERE key = :k LIMIT {SMALL * 10})"), {"k": key}
        ).scalar_one()
        if best_count is None or count < best_count:
            best, best_count = key, count
    return best


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
    disputes: int | None = None
    for tier in tiers:
        sql = tier.sql
        threshold = SMALL
        if tier.walks_all and SMALL:
            if disputes is None:  # the largest rowid: the count without counting
                disputes = int(session.execute(text("SELECT coalesce(max(rowid), 0) FROM dispute")).scalar_one())
            threshold = max(SMALL, math.isqrt(limit * disputes))
        params["cap"] = threshold + 1
        matches = session.execute(text(tier.probe), params).scalar_one() if tier.probe else None
        if matches == 0:  # the probe counted them all: nothing to fetch
            continue
        if matches is not None and matches > threshold:
            sql = tier.large
            if tier.matched == "name_part" and len(q) > 2:
                params["k_part"] = _rarest_pair(session, q)
        for row in session.execute(text(sql), params):
            dispute_id = str(row[0])
            if dispute_id not in found:
                found[dispute_id] = SearchHit(dispute_id, tier.score, tier.matched)
        # A page is full, or a number was found exactly: lower tiers cannot rank above what we have.
        if len(found) >= limit or (found and tier.matched == "number"):
            break
    return list(found.values())[:limit]
