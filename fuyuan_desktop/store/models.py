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
    seat: str = Field(default="", max_length=64)  # where it sits (a township or park), from courts.json


class Place(SyncedRow, table=True):
    """The places registry (地名库): a county, township, village or community, or an industrial park.

    Shipped rows (``source`` = shipped) come from the statistical division codes (docs/places.md) with ids derived
    from their codes, so every laptop and the hub hold the same rows; a court adds its own only through the audited
    "add place" (``source`` = added or imported). ``code`` is the 12-digit NBS code, a park's YQ2207-nn or a
    court-made code; ``parent_id`` the place above; ``township_code``/``county_code``/``park_code`` the ancestors
    statistics and 类案预警 group by. ``valid_to`` retires a place (kept for old cases, not offered at intake).
    Rows without a code are free-text places from before the registry (``source`` = legacy): ``mapped_to_id``
    names the registry place a reviewed mapping moved their cases to (docs/places.md, 旧地点的对应).
    """

    name: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=24)
    township: str = Field(default="", max_length=64)
    county_code: str = Field(default="", max_length=6)
    division_code: str = Field(default="", max_length=12)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32)
    name_initials: str = Field(default="", max_length=64)
    code: str = Field(default="", max_length=16, index=True)
    level: str = Field(default="", max_length=12)
    short_name: str = Field(default="", max_length=64)
    parent_id: str | None = Field(default=None, max_length=32, index=True)
    aliases_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    township_code: str = Field(default="", max_length=16, index=True)
    park_code: str = Field(default="", max_length=16, index=True)
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = Field(default="legacy", max_length=12)
    edition: int = Field(default=0)
    inferred: bool = Field(default=False)
    note: str = Field(default="", max_length=500)
    mapped_to_id: str | None = Field(default=None, max_length=32)


class Organisation(SyncedRow, table=True):
    """A 调解组织 in the registry: a people's mediation committee, an administrative mediation body, a lawyer
    mediation studio or another 特邀调解组织. Papers print ``name`` (the registered full name) as it is.

    ``kind`` is one of domain/organisations.py KINDS; ``invited`` marks the court's 特邀调解组织 list; ``place_id``
    the registry place it serves; ``valid_to`` retires it (kept for old cases, not offered for new mediators).
    """

    name: str = Field(max_length=100, index=True)
    kind: str = Field(max_length=24)
    place_id: str | None = Field(default=None, foreign_key="place.id", max_length=32)
    invited: bool = Field(default=False)
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = Field(default="", max_length=500)


class OfficialCalendar(SyncedRow, table=True):
    """One year's official holiday arrangement (放假安排) as the State Council published it and a court imported it.

    ``days_json`` lists the days that differ from an ordinary week: ``[{"date": "2027-02-06", "kind": "休",
    "name": "春节"}, {"date": "2027-02-14", "kind": "班", "name": "春节调休"}]``. The id is derived from the year,
    so the same year imported on two laptops (or pushed by the hub) is one row that merges.
    """

    year: int = Field(unique=True)
    days_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    source: str = Field(default="imported", max_length=12)
    note: str = Field(default="", max_length=200)


class CauseAmendment(SyncedRow, table=True):
    """An administrator's change to a shipped 案由 catalogue (domain/causes.py ``Amendment``): ``kind`` add (``code``
    under ``parent``, named ``name``), rename (``code`` to ``name``), retire (``code``, for ``reason``) or restore.
    ``edition`` is the shipped file's edition it was made against. The effective catalogue is the shipped file with
    the live rows laid over it in the order they were made (``created_at``, then ``hlc``)."""

    catalogue: str = Field(max_length=32)
    edition: str = Field(default="", max_length=64)
    kind: str = Field(max_length=12)
    code: str = Field(max_length=64, index=True)
    parent: str = Field(default="", max_length=64)
    number: str = Field(default="", max_length=16)
    name: str = Field(default="", max_length=100)
    reason: str = Field(default="", max_length=500)
    made_by: str = Field(default="", max_length=64)


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
    # Civil capacity when a recorded fact overrides the age (docs/domain.md §7.5): "" by age,
    # "labour" (16–17, living on own labour income: full), "limited" or "none" (an adult so declared).
    capacity: str = Field(default="", max_length=16)
    capacity_basis: str = Field(default="", max_length=200)


class Mediator(SyncedRow, table=True):
    """The roster of mediators and court staff who sit at the table."""

    name: str = Field(max_length=64, index=True)
    role: str = Field(max_length=24)
    organization: str = Field(default="", max_length=100)
    roster_number: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=20)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32)
    active: bool = Field(default=True)
    # The registered 调解组织 the mediator belongs to (``organization`` keeps the text typed before the registry).
    organisation_id: str | None = Field(default=None, foreign_key="organisation.id", max_length=32, index=True)


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
    # The official 案由, "civil_2020:4.10.84" (domain/cause_refs.py); the 人民调解 type's code for people mediation;
    # the old category's value where a migration picked the mapping's default among several (to be reviewed).
    cause: str = Field(default="", max_length=40, index=True)
    mediation_type: str = Field(default="", max_length=8)
    cause_review: str = Field(default="", max_length=32)
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
    # 中止 (0018_suspend): while ``suspended_on`` is set the mediation period stands still; on 恢复 the days it stood
    # still are added to ``paused_days`` and the due date moves by them (docs/domain.md §5.4).
    suspended_on: date | None = None
    suspension_reason: str = Field(default="", max_length=200)
    paused_days: int = Field(default=0)
    due_on: date | None = None
    closed_on: date | None = None
    owner_device: str = Field(default="", max_length=32)
    # The disputed administrative act (行政争议): name, document number (文号) and date.
    act_name: str = Field(default="", max_length=200)
    act_number: str = Field(default="", max_length=100)
    act_date: date | None = None
    # 转立案: the facts the parties agreed on in mediation (无争议事实), recorded by the clerk (0018_suspend).
    undisputed_facts: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class CaseParty(SyncedRow, table=True):
    """A party's role in one dispute (申请人、被申请人、第三人、代理人)."""

    __table_args__ = (UniqueConstraint("dispute_id", "party_id", "role"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    party_id: str = Field(foreign_key="party.id", max_length=32, index=True)
    role: str = Field(max_length=16)
    position: int = Field(default=0)
    represents_id: str | None = Field(default=None, foreign_key="party.id", max_length=32)
    # An agent's authority: 一般授权 or 特别授权 (free text before 0009_parties); the powers of a special one.
    agent_authority: str = Field(default="", max_length=100)
    agent_powers: str = Field(default="", max_length=200)
    # A 法定代理人 (role guardian, ``represents_id`` the ward): how they are related (父亲、母亲、监护人…).
    relation: str = Field(default="", max_length=32)


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
    # The paper exactly as the parties signed it (the printed data, JSON), frozen at finalize: every reprint
    # renders from it; later facts (official 案号, a new mediator) print beside it, never inside it.
    signed_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


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
    # The clause type chosen in the composer (reference confirmation_clause_types: pay_money, property_title …);
    # "" when none was chosen. 司法确认 is refused for the excluded types. Not part of the signed text.
    kind: str = Field(default="", max_length=24)


class ConfirmationApplication(SyncedRow, table=True):
    """A 司法确认 application made for one final agreement: when, the court's 案号, and the ruling."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    agreement_id: str = Field(foreign_key="agreement.id", max_length=32, index=True)
    applied_on: date
    court_number: str = Field(default="", max_length=60)
    ruling: str = Field(default="", max_length=16)  # "" (pending) | confirmed | rejected | withdrawn
    ruled_on: date | None = None
    note: str = Field(default="", max_length=500)


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
    # The canonical content the hash covers (JSON) as first issued: a reprint renders from it.
    content_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class ServiceRecord(SyncedRow, table=True):
    """送达: one printed paper served on one recipient — a party of the case, or for a 司法建议书 the agency it is
    addressed to (``party_id`` empty) — when, how (reference data service_methods.json), where, by whom, and
    whether the recipient signed (签收) or refused (拒收; 留置送达 names its witness). Recorded after the fact;
    a wrong record is removed (tombstoned, audited) and recorded again, never edited."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, index=True)
    document_id: str = Field(foreign_key="generateddocument.id", max_length=32, index=True)
    party_id: str | None = Field(default=None, foreign_key="party.id", max_length=32)
    recipient: str = Field(max_length=200)
    served_on: date = Field(index=True)
    method: str = Field(max_length=16)
    place: str = Field(default="", max_length=200)
    server: str = Field(default="", max_length=64)
    receipt: str = Field(default="signed", max_length=16)  # signed | refused
    signer: str = Field(default="", max_length=64)  # who signed: the recipient, a 代收人, an agency's officer
    witness: str = Field(default="", max_length=100)  # 留置送达: the witness (name, unit)
    note: str = Field(default="", max_length=500)


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
    # A 履行回访 of one instalment: the clause it follows, how it was performed (full / partly / none) and what
    # was paid; empty for other follow-ups (docs/domain.md §5.6).
    clause_id: str | None = Field(default=None, max_length=32)
    performance: str = Field(default="", max_length=16)
    paid_fen: int | None = Field(default=None, sa_type=BigInteger)


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


class ReferenceSetting(SQLModel, table=True):
    """An administrator's value for one threshold or amount (domain/settings.py defines the keys); a key without a
    row has its default. Not a synced row: a laptop's own keys stay on it, and the hub's regional values come down
    in its signed receipts (``hub_version`` is the hub's version of the value last received, ``received_at`` when).
    ``previous_json`` is the value before the last change, so the settings page can say what changed."""

    key: str = Field(primary_key=True, max_length=64)
    value_json: str = Field(sa_column=Column(Text, nullable=False))
    scope: str = Field(max_length=16)  # regional | laptop
    version: int = Field(default=1)
    inferred: bool = Field(default=False)
    source_note: str = Field(default="", max_length=500)
    updated_by: str = Field(default="", max_length=64)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    origin: str = Field(default="local", max_length=16)  # local | hub
    hub_version: int = Field(default=0)
    received_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    previous_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


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


class FormDraft(SQLModel, table=True):
    """What was typed into a form and not yet saved (the agreement composer, the intake wizard), autosaved every
    few seconds so that a crash or a flat battery loses at most that much. Local to this store (encrypted with
    it when it is protected), never synced and not audited: it is a scratch copy, not a record."""

    key: str = Field(primary_key=True, max_length=200)  # e.g. "agreement:<case id>", "intake:<actor>"
    kind: str = Field(max_length=40)
    actor: str = Field(default="", max_length=64)
    payload_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    saved_at: datetime = Field(sa_type=UTCDateTime)


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
    Organisation,
    OfficialCalendar,
    CauseAmendment,
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
    ConfirmationApplication,
    ServiceRecord,
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
