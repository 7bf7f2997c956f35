"""Tables of sync and the hub: keys, enrollment, watermarks, accepted bundles, row versions, conflicts, quarantine.

None of these rows is synced itself: they describe the exchange, not the cases.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, Text
from sqlmodel import Field, SQLModel

from fuyuan_desktop.store.types import UTCDateTime, utcnow


def _ts() -> datetime:
    return utcnow()


class SyncKey(SQLModel, table=True):
    """This installation's own keys: ``device`` (Ed25519) or ``hub`` (Ed25519 + age identities)."""

    role: str = Field(primary_key=True, max_length=8)
    owner_id: str = Field(max_length=32)
    signing_key: str = Field(sa_column=Column(Text, nullable=False))  # base64 raw Ed25519 private key
    age_identity: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Further recipients (e.g. an offline backup key kept in a safe), one age public key a line.
    extra_recipients: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)


class SyncPeer(SQLModel, table=True):
    """On a device: the hub it is enrolled at, what that hub has acknowledged, and whether we are revoked."""

    hub_id: str = Field(primary_key=True, max_length=32)
    hub_name: str = Field(default="", max_length=100)
    verify_key: str = Field(max_length=64)  # base64 raw Ed25519 public key of the hub
    recipients: str = Field(sa_column=Column(Text, nullable=False))  # age public keys, one a line
    court_id: str = Field(default="", max_length=32)
    tribunal_id: str = Field(default="", max_length=32)
    grant_json: str = Field(sa_column=Column(Text, nullable=False))
    url: str = Field(default="", max_length=300)
    acked_hlc: str = Field(default="", max_length=64)  # own changes up to here are at the hub
    bundle_seq: int = Field(default=0)
    last_export_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_receipt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str = Field(default="", max_length=500)
    revoked: bool = Field(default=False)
    revoked_reason: str = Field(default="", max_length=300)
    enrolled_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)


class SyncShadow(SQLModel, table=True):
    """On a device: the version (HLC) of a row the hub is known to hold — the base of the next change."""

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=32)
    hlc: str = Field(max_length=64)


class HubDevice(SQLModel, table=True):
    """At the hub: an enrolled device, its key, scope, counters and revocation."""

    device_id: str = Field(primary_key=True, max_length=32)
    tag: str = Field(max_length=16)
    name: str = Field(default="", max_length=100)
    public_key: str = Field(max_length=64)
    # The device's age public key (from its request): receipts on a stick are encrypted to it. Empty for devices
    # enrolled before receipts were encrypted — their receipts stay signed plaintext until they enroll again.
    receipt_recipient: str = Field(default="", max_length=100, sa_column_kwargs={"server_default": ""})
    court_id: str = Field(default="", max_length=32)
    tribunal_id: str = Field(default="", max_length=32)
    status: str = Field(default="active", max_length=16)  # active | revoked
    enrolled_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_reason: str = Field(default="", max_length=300)
    acked_hlc: str = Field(default="", max_length=64)  # the device's changes held here, without gaps
    last_seq: int = Field(default=0)
    last_bundle_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    gap_note: str = Field(default="", max_length=300)
    sent_hub_hlc: str = Field(default="", max_length=64)  # hub-made changes sent down to this device so far


class SyncBundle(SQLModel, table=True):
    """A bundle this database accepted (hub) and the signed receipt it answered with."""

    bundle_id: str = Field(primary_key=True, max_length=32)
    device_id: str = Field(max_length=32, index=True)
    seq: int = Field(default=0)
    since_hlc: str = Field(default="", max_length=64)
    until_hlc: str = Field(default="", max_length=64)
    schema_revision: str = Field(default="", max_length=64)
    received_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)
    size: int = Field(default=0, sa_type=BigInteger)
    stored_path: str = Field(default="", max_length=500)
    counts_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    receipt_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class SyncRowVersion(SQLModel, table=True):
    """At the hub: every version of a synced row it applied, so a later change's base can be looked up."""

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=32)
    hlc: str = Field(primary_key=True, max_length=64)
    bundle_id: str = Field(default="", max_length=32)
    data_json: str = Field(sa_column=Column(Text, nullable=False))


class SyncConflict(SQLModel, table=True):
    """A field two devices changed from the same base: the kept and the losing value, for review."""

    id: str = Field(primary_key=True, max_length=32)
    kind: str = Field(default="field", max_length=16)  # field | final_document
    table_name: str = Field(max_length=40, index=True)
    row_id: str = Field(max_length=32, index=True)
    field: str = Field(default="", max_length=64)
    kept_value: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    lost_value: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    kept_hlc: str = Field(default="", max_length=64)
    lost_hlc: str = Field(default="", max_length=64)
    lost_device: str = Field(default="", max_length=32)
    bundle_id: str = Field(default="", max_length=32)
    detected_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)
    status: str = Field(default="open", max_length=16)  # open | kept | restored
    resolved_by: str = Field(default="", max_length=64)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncQuarantine(SQLModel, table=True):
    """A received record that broke a domain rule: kept aside with its reason, the rest of the bundle applied."""

    id: str = Field(primary_key=True, max_length=32)
    bundle_id: str = Field(max_length=32, index=True)
    device_id: str = Field(default="", max_length=32)
    table_name: str = Field(max_length=40)
    row_id: str = Field(default="", max_length=32)
    reason: str = Field(max_length=500)
    data_json: str = Field(sa_column=Column(Text, nullable=False))
    at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)
