"""The tables of the local store (and of the hub): every synced row carries id, origin, HLC and tombstone."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from fuyuan_desktop.store.synced import SyncedRow as SyncedRow  # re-exported: tables elsewhere import it from here
from fuyuan_desktop.store.synced import _new_id as _new_id
from fuyuan_desktop.store.types import UTCDateTime


class Court(SyncedRow, table=True):
    """A court (中院 or 基层法院) with its 法院代字."""

    code: str = Field(max_length=16, unique=True)
    name: str = Field(max_length=64)
    short_name: str = Field(max_length=16)
    division_code: str = Field(default="", max_length=6)
    level: str = Field(max_length=16)  # intermediate | basic
    parent_id: str | None = Field(default=None, foreign_key="court.id", max_length=32)


class Tribunal(SyncedRow, table=True):
    """A people's tribunal (人民法庭) or the court's own mediation office; uses its court's code."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    name: str = Field(max_length=64)
    short_name: str = Field(max_length=16)
    address: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=32)


class Place(SyncedRow, table=True):
    """Where disputes arise and mediation happens: a village, community, industrial park or township."""

    name: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=24)
    township: str = Field(default="", max_length=64)
    county_code: str = Field(default="", max_length=6)
    division_code: str = Field(default="", max_length=12)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32)
    name_initials: str = Field(default="", max_length=64)


class Party(SyncedRow, table=True):
    """A person, organisation or administrative organ; one record across all its cases."""

    __table_args__ = (
        Index("ix_party_id_number_rev", "id_number_rev"),
        Index("ix_party_name_phone", "name", "phone"),
    )

    kind: str = Field(max_length=16)
    name: str = Field(max_length=100, index=True)
    name_pinyin: str = Field(default="", max_length=400, index=True)
    name_initials: str = Field(default="", max_length=100, index=True)
    id_number: str = Field(default="", max_length=18, index=True)
    # The ID number reversed, so "last N characters" becomes an indexed prefix search.
    id_number_rev: str = Field(default="", max_length=18)
    sex: str = Field(default="", max_length=2)
    birth_date: date | None = None
    ethnicity: str = Field(default="", max_length=16)
    occupation: str = Field(default="", max_length=64)
    credit_code: str = Field(default="", max_length=18, index=True)
    representative: str = Field(default="", max_length=64)
    representative_title: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=20, index=True)
    address: str = Field(default="", max_length=200)
    service_address: str = Field(default="", max_length=200)


class Mediator(SyncedRow, table=True):
    """The roster of mediators and court staff who sit at the table."""

    name: str = Field(max_length=64, index=True)
    role: str = Field(max_length=24)
    organization: str = Field(default="", max_length=100)
    roster_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=20)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32)
    active: bool = Field(default=True)


class Dispute(SyncedRow, table=True):
    """A dispute under pre-litigation mediation (one case), from intake to follow-up."""

    __table_args__ = (
        Index("ix_dispute_status_registered", "status", "registered_on"),
        Index("ix_dispute_registered_on", "registered_on"),
    )

    provisional_number: str = Field(max_length=40, unique=True)
    official_number: str | None = Field(default=None, max_length=40, unique=True)
    # Case numbers without brackets/号, so typed variants find the case by an indexed lookup.
    provisional_key: str = Field(default="", max_length=40, index=True)
    official_key: str = Field(default="", max_length=40, index=True)
    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32, index=True)
    place_id: str | None = Field(default=None, foreign_key="place.id", max_length=32, index=True)
    place_text: str = Field(default="", max_length=200)
    category: str = Field(max_length=32, index=True)
    source: str = Field(max_length=32)
    mediation_kind: str = Field(default="invited", max_length=24)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    claims: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    amount_fen: int | None = Field(default=None, sa_type=BigInteger)
    status: str = Field(default="registered", max_length=24)
    outcome: str | None = Field(default=None, max_length=24)
    outcome_note: str = Field(default="", max_length=500)
    registered_on: date
    accepted_on: date | None = None
    extension_days: int = Field(default=0)
    due_on: date | None = None
    closed_on: date | None = None
    owner_device: str = Field(default="", max_length=32)
    # The disputed administrative act (行政争议): name, document number (文号) and date.
    act_name: str = Field(default="", max_length=200)
    act_number: str = Field(default="", max_length=100)
    act_date: date | None = None


class CaseParty(SyncedRow, table=True):
    """A party's role in one dispute (申请人、被申请人、第三人、代理人)."""

    __table_args__ = (UniqueConstraint("dispute_id", "party_id", "role"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    party_id: str = Field(foreign_key="party.id", max_length=32, index=True)
    role: str = Field(max_length=16)
    position: int = Field(default=0)
    represents_id: str | None = Field(default=None, foreign_key="party.id", max_length=32)
    agent_authority: str = Field(default="", max_length=100)


class DisputeMediator(SyncedRow, table=True):
    """A mediator assigned to a dispute."""

    __table_args__ = (UniqueConstraint("dispute_id", "mediator_id"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    mediator_id: str = Field(foreign_key="mediator.id", max_length=32, index=True)
    is_lead: bool = Field(default=False)
    assigned_on: date


class MediationSession(SyncedRow, table=True):
    """One sitting of the mediation, with its record (笔录)."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    scheduled_at: datetime = Field(sa_type=UTCDateTime, index=True)
    place_text: str = Field(default="", max_length=200)
    status: str = Field(default="scheduled", max_length=16)
    record_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    record_saved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    record_revision: int = Field(default=0)


class RecordRevision(SyncedRow, table=True):
    """Every saved state of a session record; saving never overwrites an earlier revision."""

    __table_args__ = (UniqueConstraint("session_id", "revision"),)

    session_id: str = Field(foreign_key="mediationsession.id", max_length=32, index=True)
    revision: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    saved_by: str = Field(default="", max_length=64)


class Attendance(SyncedRow, table=True):
    """Who was at the table for one session."""

    session_id: str = Field(foreign_key="mediationsession.id", max_length=32, index=True)
    name: str = Field(max_length=100)
    role: str = Field(max_length=24)
    party_id: str | None = Field(default=None, foreign_key="party.id", max_length=32)
    mediator_id: str | None = Field(default=None, foreign_key="mediator.id", max_length=32)
    present: bool = Field(default=True)
    checked_in_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Agreement(SyncedRow, table=True):
    """One version of a mediation agreement; immutable once final, corrected by a superseding version."""

    __table_args__ = (UniqueConstraint("dispute_id", "version"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    kind: str = Field(max_length=24)
    version: int = Field(default=1)
    status: str = Field(default="draft", max_length=16)
    supersedes_id: str | None = Field(default=None, foreign_key="agreement.id", max_length=32)
    facts: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    responsibilities: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    breach_terms: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    confirmation_clause: bool = Field(default=True)
    finalized_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finalized_by: str = Field(default="", max_length=64)
    effective_on: date | None = None
    content_sha256: str = Field(default="", max_length=64)


class AgreementClause(SyncedRow, table=True):
    """A numbered clause (一、二、…): who does what, how, and by when."""

    __table_args__ = (UniqueConstraint("agreement_id", "position"),)

    agreement_id: str = Field(foreign_key="agreement.id", max_length=32, index=True)
    position: int
    obligor: str = Field(default="", max_length=100)
    text: str = Field(sa_column=Column(Text, nullable=False))
    amount_fen: int | None = Field(default=None, sa_type=BigInteger)
    performance_method: str = Field(default="", max_length=200)
    deadline: date | None = None


class GeneratedDocument(SyncedRow, table=True):
    """A printed legal document, stored content-addressed, with the code printed on the paper."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    kind: str = Field(max_length=32)
    source_id: str | None = Field(default=None, max_length=32)
    version: int = Field(default=1)
    sha256: str = Field(max_length=64, index=True)
    verification_code: str = Field(max_length=16, index=True)
    blob_sha256: str = Field(default="", max_length=64)
    superseded_by_id: str | None = Field(default=None, max_length=32)


class Attachment(SyncedRow, table=True):
    """A photo, scan or file attached to a case; its bytes live in the blob store by SHA-256."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    filename: str = Field(max_length=255)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    size: int = Field(sa_type=BigInteger)
    sha256: str = Field(max_length=64, index=True)
    note: str = Field(default="", max_length=500)


class FollowUp(SyncedRow, table=True):
    """A follow-up task (履行回访) with its due date."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    kind: str = Field(default="履行回访", max_length=32)
    due_on: date = Field(index=True)
    status: str = Field(default="pending", max_length=16)
    note: str = Field(default="", max_length=1000)
    done_on: date | None = None
    result: str = Field(default="", max_length=1000)


class Recommendation(SyncedRow, table=True):
    """A judicial recommendation (司法建议书): number 宁法建〔2026〕3号, recipient, reply deadline and reply."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    dispute_id: str | None = Field(default=None, foreign_key="dispute.id", max_length=32, index=True)
    number: str = Field(default="", max_length=40, index=True)
    title: str = Field(default="", max_length=200)
    recipient: str = Field(max_length=200)
    copy_to: str = Field(default="", max_length=300)
    background: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    problems: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    suggestions: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    reply_months: int = Field(default=2)
    attachments_note: str = Field(default="", max_length=500)
    contact: str = Field(default="", max_length=200)
    status: str = Field(default="draft", max_length=16)
    reviewed_on: date | None = None
    signed_on: date | None = None
    sent_on: date | None = None
    reply_due: date | None = None
    reply_on: date | None = None
    reply_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    adoption: str = Field(default="", max_length=16)
    excellent: bool = Field(default=False)


class ReferenceData(SyncedRow, table=True):
    """Reference data that the court may override (codes, deadlines, holidays); JSON text per key."""

    key: str = Field(max_length=64, unique=True)
    value_json: str = Field(sa_column=Column(Text, nullable=False))


class Device(SyncedRow, table=True):
    """A laptop or hub known to this database; ``is_self`` marks this installation."""

    name: str = Field(max_length=100)
    tag: str = Field(max_length=8)
    court_id: str | None = Field(default=None, foreign_key="court.id", max_length=32)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32)
    is_self: bool = Field(default=False)


class Counter(SQLModel, table=True):
    """Local sequences (provisional case numbers); never synced."""

    name: str = Field(primary_key=True, max_length=100)
    value: int = Field(default=0)


class AuditEvent(SQLModel, table=True):
    """One link of the audit chain: who changed what, before and after, hashed over the previous link."""

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=_new_id, max_length=32, unique=True)
    at: str = Field(max_length=40)  # ISO 8601 UTC text, hashed exactly as stored
    actor: str = Field(max_length=64)
    device_id: str = Field(default="", max_length=32)
    action: str = Field(max_length=64)
    entity: str = Field(max_length=40)
    entity_id: str = Field(default="", max_length=32, index=True)
    dispute_id: str = Field(default="", max_length=32, index=True)
    before_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    after_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


from fuyuan_desktop.store.linkage_models import LINKAGE_TABLES  # noqa: E402

SYNCED_TABLES: tuple[type[SyncedRow], ...] = (
    Court,
    Tribunal,
    Place,
    Party,
    Mediator,
    Dispute,
    CaseParty,
    DisputeMediator,
    MediationSession,
    RecordRevision,
    Attendance,
    Agreement,
    AgreementClause,
    GeneratedDocument,
    Attachment,
    FollowUp,
    ReferenceData,
    Device,
    Recommendation,
    *LINKAGE_TABLES,
)

# Sync and hub tables (not synced themselves); imported here so one metadata holds every table.
from fuyuan_desktop.store.sync_models import (  # noqa: E402, F401
    HubDevice,
    SyncBundle,
    SyncConflict,
    SyncKey,
    SyncPeer,
    SyncQuarantine,
    SyncRowVersion,
    SyncShadow,
)
from fuyuan_desktop.store.trust_models import UserAccount as UserAccount  # noqa: E402  device-local, not synced
