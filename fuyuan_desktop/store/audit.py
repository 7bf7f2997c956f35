"""The audit chain: every change appends an event whose hash covers the event before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text

GENESIS_HASH = "0" * 64

_FIELDS = (
    "seq",
    "id",
    "at",
    "actor",
    "device_id",
    "action",
    "entity",
    "entity_id",
    "dispute_id",
    "before_json",
    "after_json",
    "prev_hash",
)


def to_jsonable(value: Any) -> Any:
    """Turn column values into JSON-safe values for before/after snapshots."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def canonical_json(data: dict[str, Any] | None) -> str:
    if not data:
        return ""
    return json.dumps(
        {k: to_jsonable(v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def event_hash(event: dict[str, Any]) -> str:
    """SHA-256 over the event's fields (including its predecessor's hash) in a fixed order."""
    payload = json.dumps([str(event[name]) for name in _FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PendingEvent:
    """An audit event collected during a unit of work, chained at commit."""

    action: str
    entity: str
    entity_id: str
    dispute_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    actor: str | None = None  # who acted, when not the unit of work's actor (the system's automatic moves)


def append_events(
    conn: Connection, events: Sequence[PendingEvent], *, actor: str, device_id: str, at: datetime, new_id: Any
) -> int:
    """Append events to the chain on ``conn`` (inside the caller's write transaction)."""
    if not events:
        return 0
    row = conn.execute(text("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1")).first()
    seq, prev = (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)
    at_text = at.isoformat()
    rows = []
    for pending in events:
        seq += 1
        event: dict[str, Any] = {
            "seq": seq,
            "id": new_id(),
            "at": at_text,
            "actor": pending.actor or actor,
            "device_id": device_id,
            "action": pending.action,
            "entity": pending.entity,
            "entity_id": pending.entity_id,
            "dispute_id": pending.dispute_id,
            "before_json": canonical_json(pending.before),
            "after_json": canonical_json(pending.after),
            "prev_hash": prev,
        }
        event["hash"] = prev = event_hash(event)
        rows.append(event)
    conn.execute(
        text(
            "INSERT INTO auditevent (seq, id, at, actor, device_id, action, entity, entity_id, "
            "dispute_id, before_json, after_json, prev_hash, hash) VALUES (:seq, :id, :at, :actor, "
            ":device_id, :action, :entity, :entity_id, :dispute_id, :before_json, :after_json, "
            ":prev_hash, :hash)"
        ),
        rows,
    )
    return len(rows)


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    message: str


@dataclass(frozen=True)
class ChainReport:
    events: int
    problems: tuple[ChainProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_rows(rows: Iterable[Any]) -> ChainReport:
    """Walk the chain in ``seq`` order; name every edited, missing or reordered event."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    for row in rows:
        count += 1
        event = dict(row._mapping)
        seq = int(event["seq"])
        if seq != expected_seq:
            problems.append(ChainProblem(seq, f"第 {expected_seq}–{seq - 1} 号审计事件缺失（被删除）"))
        if event["prev_hash"] != prev_hash:
            problems.append(ChainProblem(seq, f"第 {seq} 号审计事件的前序哈希不符：事件被删除、插入或调换了顺序"))
        if event_hash(event) != event["hash"]:
            problems.append(ChainProblem(seq, f"第 {seq} 号审计事件的内容与其哈希不符：事件被修改"))
        prev_hash = str(event["hash"])
        expected_seq = seq + 1
    return ChainReport(count, tuple(problems))


def verify_chain(conn: Connection) -> ChainReport:
    rows = conn.execute(
        text(
            "SELECT seq, id, at, actor, device_id, action, entity, entity_id, dispute_id, "
            "before_json, after_json, prev_hash, hash FROM auditevent ORDER BY seq"
        )
    )
    return verify_rows(rows)
