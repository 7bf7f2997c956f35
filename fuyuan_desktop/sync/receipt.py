"""Receipts: the hub's signed answer to a bundle, and applying it on the device — the only thing that
moves the device's watermark, and the way official case numbers, merged rows and reference data come back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uuid6
from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.settings import apply_regional
from fuyuan_desktop.store.sync_models import SyncPeer, SyncShadow
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.enrollment import current_peer, read_json, self_device
from fuyuan_desktop.sync.rows import BASE_KEY, decode_row, synced_tables, table_named, travelling_columns

RECEIPT_FORMAT = "fuyuan-receipt/1"
_SHADOW = SyncShadow.__table__  # type: ignore[attr-defined]


def sign_receipt(signing_key: str, body: dict[str, Any]) -> dict[str, Any]:
    body = {"format": RECEIPT_FORMAT, "receipt_id": uuid6.uuid7().hex, "issued_at": utcnow().isoformat(), **body}
    return {"receipt": body, "signature": crypto.sign(signing_key, crypto.canonical(body))}


@dataclass
class ReceiptResult:
    """What applying a receipt did on this device."""

    bundle_id: str
    status: str
    acked_hlc: str
    official_numbers: list[dict[str, str]] = field(default_factory=list)
    rows_applied: int = 0
    rows_kept_local: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    gap: str = ""
    revoked: str = ""
    # Regional settings the hub changed (类案预警阈值 10 → 8…): key, label, before, after, text.
    settings_changed: list[dict[str, str]] = field(default_factory=list)


def load_receipt(path: Path, db: Database | None = None) -> dict[str, Any]:
    """Read a receipt file: encrypted to this device (``db`` gives the key), or the signed JSON of old hubs."""
    try:
        head = path.read_bytes()[: len(crypto.AGE_MAGIC)]
    except FileNotFoundError:
        raise ValidationError("回执文件", f"找不到文件 {path}") from None
    if head != crypto.AGE_MAGIC:
        return read_json(path, "回执文件")
    if db is None:
        raise ValidationError("回执文件", "回执已加密，需在收件设备上打开")
    from fuyuan_desktop.sync.enrollment import device_key

    try:
        plain = crypto.decrypt_with(device_key(db).age_identity, path.read_bytes())
    except Exception:
        raise ValidationError("回执文件", f"{path.name} 不是发给本机的回执（无法用本机密钥解密），或文件已损坏") from None
    try:
        data = json.loads(plain.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ValidationError("回执文件", f"{path.name} 解密后格式不对") from None
    if not isinstance(data, dict):
        raise ValidationError("回执文件", f"{path.name} 格式不对")
    return data


def _shadow_upsert(session: Session, values: list[dict[str, str]]) -> None:
    if not values:
        return
    session.execute(text("INSERT OR REPLACE INTO syncshadow (table_name, row_id, hlc) VALUES (:t, :r, :h)"),
                    values)


def apply_receipt(db: Database, receipt: dict[str, Any], *, actor: str) -> ReceiptResult:
    """Verify the hub's signature and apply the receipt; applying the same receipt twice changes nothing more."""
    peer = current_peer(db)
    body = receipt.get("receipt")
    if not isinstance(body, dict) or body.get("format") != RECEIPT_FORMAT:
        raise ValidationError("回执文件", "不是中院的回执文件")
    if not crypto.verify(peer.verify_key, crypto.canonical(body), str(receipt.get("signature", ""))):
        raise ValidationError("回执文件", "回执签名不符：不是本机登记的中院签发的，或文件被改动过")
    device = self_device(db)
    if body.get("device_id") != device.id or body.get("hub_id") != peer.hub_id:
        raise ValidationError("回执文件", "这份回执是给另一台设备的")
    result = ReceiptResult(str(body.get("bundle_id", "")), str(body.get("status", "")), peer.acked_hlc)
    revoked = next((r for r in body.get("revocations", []) if r.get("device_id") == device.id), None)
    with db.write(actor, "应用中院回执") as session:
        stored = session.get(SyncPeer, peer.hub_id)
        assert stored is not None
        stored.last_receipt_at = utcnow()
        if revoked is not None:
            stored.revoked, stored.revoked_reason = True, str(revoked.get("reason", ""))[:300]
            result.revoked = stored.revoked_reason
        if body.get("status") != "applied":
            stored.last_error = str(body.get("reason", ""))[:500]
            return result
        since, until = str(body.get("since_hlc", "")), str(body.get("until_hlc", ""))
        quarantined = {(q["table"], q["row_id"]) for q in body.get("quarantined", [])}
        # What this device sent in that bundle is now at the hub: it is the base of the next change.
        for table in synced_tables():
            sent = session.execute(select(table.c.id, table.c.hlc).where(table.c.hlc > since, table.c.hlc <= until))
            _shadow_upsert(session, [{"t": table.name, "r": rid, "h": hlc} for rid, hlc in sent
                                     if (table.name, rid) not in quarantined])
        numbered = _numbers_of(session, body)
        applied, kept, high, by_table = _apply_rows(session, body.get("rows", {}))
        result.rows_applied, result.rows_kept_local = applied, kept
        settings = body.get("settings", [])
        if isinstance(settings, list):
            changes = apply_regional(db, session, [s for s in settings if isinstance(s, dict)], source={
                "receipt": str(body.get("receipt_id", "")), "hub": peer.hub_name or "中院", "hub_id": peer.hub_id})
            result.settings_changed = [{"key": c.key, "label": c.label, "before": c.before, "after": c.after,
                                        "text": c.sentence} for c in changes]
        if high:
            db.clock.observe(high)
        acked = str(body.get("acked_hlc", ""))
        result.gap = str(body.get("gap", ""))
        if result.gap:
            # The hub lost changes it had once confirmed (e.g. restored from a backup): forget what we
            # believed it held past its real counter, so the next bundle carries all of it again.
            session.execute(text("DELETE FROM syncshadow WHERE hlc > :acked"), {"acked": acked})
        stored.acked_hlc = acked if result.gap else max(stored.acked_hlc, acked)
        stored.last_error = ""
        result.acked_hlc = stored.acked_hlc
        result.official_numbers = list(body.get("official_numbers", []))
        result.quarantined = list(body.get("quarantined", []))
        _audit_numbers(db, session, numbered, body, peer)
        for name, count in sorted(by_table.items()):
            if name in SHARED_REFERENCE:
                # The court's reference rows (a holiday schedule, an organisation, a place…) written as they came: one
                # entry per table names the receipt, and tells every open page that reference data changed.
                db.audit(session, entity=name, entity_id="", action="中院下发参考数据",
                         after={"rows": count, "receipt": str(body.get("receipt_id", "")), "hub": peer.hub_name})
        db.audit(session, entity="receipt", entity_id=str(body.get("receipt_id", "")),
                 after={"bundle": result.bundle_id, "acked_hlc": stored.acked_hlc,
                        "official_numbers": len(result.official_numbers), "quarantined": len(result.quarantined)})
    return result


ACTION_NUMBER_ASSIGNED = "中院分配正式案号"
ACTION_NUMBER_CORRECTED = "中院更正正式案号"


def _numbers_of(session: Session, body: dict[str, Any]) -> dict[str, str | None]:
    """The official number each case the receipt may renumber has here now (``None``: none yet)."""
    ids = {str(n.get("dispute_id", "")) for n in body.get("official_numbers", []) if isinstance(n, dict)}
    ids |= {str(r.get("id", "")) for r in (body.get("rows", {}) or {}).get("dispute", []) if isinstance(r, dict)}
    ids.discard("")
    table = table_named("dispute")
    if not ids or table is None:
        return {}
    found: dict[str, str | None] = dict.fromkeys(ids)
    for chunk in range(0, len(ids), 500):
        part = sorted(ids)[chunk:chunk + 500]
        found.update({rid: number for rid, number in session.execute(
            select(table.c.id, table.c.official_number).where(table.c.id.in_(part)))})
    return found


def _audit_numbers(db: Database, session: Session, before: dict[str, str | None], body: dict[str, Any],
                   peer: SyncPeer) -> None:
    """One audit event on each case whose official number this receipt gave or corrected, naming the receipt and
    the hub: the case's own history shows when and whence its number came."""
    table = table_named("dispute")
    if not before or table is None:
        return
    ids = sorted(before)
    after: dict[str, str | None] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        after.update({rid: number for rid, number in session.execute(
            select(table.c.id, table.c.official_number).where(table.c.id.in_(part)))})
    source = {"receipt": str(body.get("receipt_id", "")), "bundle": str(body.get("bundle_id", "")),
              "bundle_seq": body.get("seq", 0), "receipt_issued_at": str(body.get("issued_at", "")),
              "hub": peer.hub_name or "中院", "hub_id": peer.hub_id}
    for rid in ids:
        old, new = before[rid], after.get(rid)
        if not new or new == old:
            continue
        db.audit(session, entity="dispute", entity_id=rid, dispute_id=rid,
                 action=ACTION_NUMBER_CORRECTED if old else ACTION_NUMBER_ASSIGNED,
                 before={"official_number": old} if old else None, after={"official_number": new, **source})


# tables whose rows are the court's reference data, as the change feed counts them (services/changes.py)
SHARED_REFERENCE = frozenset({"court", "tribunal", "place", "organisation", "officialcalendar", "causeamendment",
                              "mediator", "referencedata"})


def _apply_rows(session: Session, rows_by_table: dict[str, list[dict[str, Any]]]
                ) -> tuple[int, int, str, dict[str, int]]:
    """Rows the hub holds differently (merged, numbered, reference data); local edits since are never overwritten.
    Returns (applied, kept local, highest HLC, applied per table)."""
    applied = kept = 0
    by_table: dict[str, int] = {}
    high = ""
    order = {t.name: i for i, t in enumerate(synced_tables())}
    for name in sorted(rows_by_table, key=lambda n: order.get(n, 10**6)):
        table = table_named(name)
        if table is None:
            continue
        cols = travelling_columns(table)
        for data in rows_by_table[name]:
            base = str(data.get(BASE_KEY, ""))
            row = decode_row(table, {k: v for k, v in data.items() if k != BASE_KEY})
            row = {c: row[c] for c in cols}
            current = session.execute(select(table.c.hlc).where(table.c.id == row["id"])).scalar()
            shadow = session.execute(select(_SHADOW.c.hlc).where(
                _SHADOW.c.table_name == name, _SHADOW.c.row_id == row["id"])).scalar()
            if current == row["hlc"]:
                continue
            if current is None:
                session.execute(insert(table), [row])
            elif current in (base, shadow):
                session.execute(update(table).where(table.c.id == bindparam("_id")).values(
                    {c: bindparam(c) for c in cols if c != "id"}), [{"_id": row["id"], **{c: row[c] for c in cols if c != "id"}}])
            else:
                kept += 1  # changed here since: the next bundle carries the local change and the hub merges it
                continue
            _shadow_upsert(session, [{"t": name, "r": row["id"], "h": row["hlc"]}])
            applied += 1
            by_table[name] = by_table.get(name, 0) + 1
            high = max(high, row["hlc"])
    return applied, kept, high, by_table


def receipt_summary(receipt: dict[str, Any]) -> dict[str, Any]:
    body = receipt.get("receipt", {})
    return {k: body.get(k) for k in ("bundle_id", "status", "counts", "gap", "official_numbers", "quarantined",
                                     "settings")}


