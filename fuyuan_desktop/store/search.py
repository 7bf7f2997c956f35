"""Case search: one query string → ranked disputes, by name, ID number, phone, case number, place or pinyin."""

from __future__ import annotations

import re
from collections.abc import Sequence
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


def _party_hits_sql(kind: str, query: str, dialect: str) -> tuple[str, dict[str, object]]:
    """SQL yielding (party_id, score, matched) for a party-level query of ``kind``."""
    if kind == "id":
        q = normalize_text_digits(query).upper()
        sql = (
            "SELECT id AS party_id, 95 AS score, 'id' AS matched FROM party WHERE id_number = :q AND NOT deleted "
            "UNION ALL SELECT id, 70, 'id_tail' FROM party "
            "WHERE id_number_rev LIKE :rev ESCAPE '\\' AND NOT deleted"
        )
        return sql, {"q": q, "rev": _like_escape(q[::-1]) + "%"}
    if kind == "phone":
        q = normalize_text_digits(query)
        q = re.sub(r"^(\+86|0086)", "", q)
        if re.fullmatch(r"0\d{2,3}\d{7,8}", q):
            # Stored as parse_phone stores landlines: area code (3 digits for 01x/02x, else 4), dash, number.
            area = 3 if q[1] in "12" else 4
            q = f"{q[:area]}-{q[area:]}"
        return "SELECT id AS party_id, 90 AS score, 'phone' AS matched FROM party WHERE phone = :q AND NOT deleted", {
            "q": q
        }
    if kind == "pinyin":
        q = query.lower()
        sql = (
            "SELECT id AS party_id, 75 AS score, 'initials' AS matched FROM party WHERE name_initials = :q AND NOT deleted "
            "UNION ALL SELECT id, 60, 'initials' FROM party WHERE name_initials LIKE :p ESCAPE '\\' "
            "AND name_initials <> :q AND NOT deleted "
            "UNION ALL SELECT id, 55, 'pinyin' FROM party WHERE name_pinyin LIKE :p ESCAPE '\\' "
            "AND NOT deleted"
        )
        return sql, {"q": q, "p": _like_escape(q) + "%"}
    q = query.strip()
    parts = [
        "SELECT id AS party_id, 90 AS score, 'name' AS matched FROM party WHERE name = :q AND NOT deleted",
        "SELECT id, 70, 'name_prefix' FROM party WHERE name >= :q AND name < :q_end AND name <> :q AND NOT deleted",
    ]
    params: dict[str, object] = {"q": q, "q_end": q + "\U0010ffff", "like": f"%{_like_escape(q)}%"}
    if dialect == "sqlite" and len(q) >= 3:
        parts.append(
            "SELECT p.id, 50, 'name_part' FROM party_fts JOIN party p ON p.rowid = party_fts.rowid "
            "WHERE party_fts MATCH :fts AND NOT p.deleted"
        )
        params["fts"] = '"' + q.replace('"', '""') + '"'
    else:
        parts.append("SELECT id, 50, 'name_part' FROM party WHERE name LIKE :like ESCAPE '\\' AND NOT deleted")
    return " UNION ALL ".join(parts), params


def search_disputes(session: Session, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Ranked disputes for ``query`` (best match first, then the most recently registered).

    A query that looks like a case number but matches none is tried again as a name (enterprise
    names carry brackets and digits too); 7–8 bare digits that match no ID tail are tried as a
    Songyuan landline typed without its 0438 area code.
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
    dialect = session.get_bind().dialect.name
    selects: list[str] = []
    params: dict[str, object] = {"limit": limit}
    if kind == "number":
        key = number_search_key(q)
        selects.append(
            "SELECT id AS dispute_id, 100 AS score, 'number' AS matched FROM dispute "
            "WHERE (official_key = :key OR provisional_key = :key) AND NOT deleted "
            "UNION ALL SELECT id, 80, 'number_prefix' FROM dispute "
            "WHERE official_key LIKE :key_prefix ESCAPE '\\' AND official_key <> :key AND NOT deleted "
            "UNION ALL SELECT id, 80, 'number_prefix' FROM dispute "
            "WHERE provisional_key LIKE :key_prefix ESCAPE '\\' AND provisional_key <> :key AND NOT deleted"
        )
        params.update(key=key, key_prefix=_like_escape(key) + "%")
    else:
        party_sql, party_params = _party_hits_sql(kind, q, dialect)
        params.update(party_params)
        selects.append(
            f"SELECT cp.dispute_id AS dispute_id, ph.score AS score, ph.matched AS matched "
            f"FROM ({party_sql}) AS ph "
            f"JOIN caseparty cp ON cp.party_id = ph.party_id AND NOT cp.deleted"
        )
        if kind in ("name", "pinyin"):
            field = "name_initials" if kind == "pinyin" else "name"
            selects.append(
                f"SELECT d.id, 40, 'place' FROM place pl JOIN dispute d ON d.place_id = pl.id "
                f"WHERE pl.{field} LIKE :place_like ESCAPE '\\' AND NOT d.deleted"
            )
            params["place_like"] = f"{_like_escape(q.lower())}%" if kind == "pinyin" else f"%{_like_escape(q)}%"
    union = " UNION ALL ".join(selects)
    sql = (
        f"SELECT h.dispute_id, MAX(h.score) AS score, MIN(h.matched) AS matched, d.registered_on "
        f"FROM ({union}) AS h JOIN dispute d ON d.id = h.dispute_id WHERE NOT d.deleted "
        f"GROUP BY h.dispute_id, d.registered_on ORDER BY score DESC, d.registered_on DESC, h.dispute_id "
        f"LIMIT :limit"
    )
    rows: Sequence[tuple[str, int, str, object]] = session.execute(text(sql), params).all()
    return [SearchHit(str(r[0]), int(r[1]), str(r[2])) for r in rows]
