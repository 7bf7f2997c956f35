"""Change notices: after each write, what it changed (a case, a session, a ledger row…), told to whoever listens.

Anki's ``OpChanges`` idea without the GUI: every write goes through ``Database.write`` and is audited, so the
notice is derived from the audit events of the unit of work, in one place, rather than announced by each
service. A ``Notice`` lists ``Change(kind, id, case_id)`` values; the workbench's pages subscribe to the
workspace's ``ChangeFeed`` and refresh only what a notice names. Subscribers are called on the thread that
wrote (services may run on worker threads), so they must be quick and must not write.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from fuyuan_desktop.store.audit import PendingEvent
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import AuditEvent

CASE = "case"
PARTY = "party"
SESSION = "session"
AGREEMENT = "agreement"
DOCUMENT = "document"
ATTACHMENT = "attachment"
LINKAGE = "linkage"
REFERENCE = "reference"
SYNC = "sync"
KINDS = (CASE, PARTY, SESSION, AGREEMENT, DOCUMENT, ATTACHMENT, LINKAGE, REFERENCE, SYNC)

# The kind of thing each audited entity (a table, or a named event) is part of. A table missing here would
# change silently: tests/services/test_changes.py checks that every synced table is named.
KIND_OF_ENTITY = {
    "dispute": CASE, "disputemediator": CASE, "followup": CASE, "confirmationapplication": CASE,
    "party": PARTY, "caseparty": PARTY,
    "mediationsession": SESSION, "recordrevision": SESSION, "attendance": SESSION,
    "agreement": AGREEMENT, "agreementclause": AGREEMENT,
    "generateddocument": DOCUMENT, "servicerecord": DOCUMENT,
    "attachment": ATTACHMENT,
    "recommendation": LINKAGE, "recommendationtrack": LINKAGE, "admincase": LINKAGE, "hearing": LINKAGE,
    "trainingevent": LINKAGE, "reliefcase": LINKAGE, "relieffundentry": LINKAGE, "village": LINKAGE,
    "villageyear": LINKAGE, "riskproject": LINKAGE, "jointmeeting": LINKAGE, "meetingitem": LINKAGE,
    "smecase": LINKAGE, "jointtraining": LINKAGE, "oralrecommendation": LINKAGE,
    "whitepapernarrative": LINKAGE, "litigationtotals": LINKAGE,
    "referencedata": REFERENCE, "referencesetting": REFERENCE, "court": REFERENCE, "tribunal": REFERENCE, "place": REFERENCE,
    "mediator": REFERENCE, "device": REFERENCE, "organisation": REFERENCE, "officialcalendar": REFERENCE,
    "causeamendment": REFERENCE,
    "bundle": SYNC, "receipt": SYNC, "syncpeer": SYNC, "syncconflict": SYNC, "synckey": SYNC,
}
# A row that belongs to another row of its kind names it here (a record revision is a change of its session).
PARENT_COLUMN = {
    "disputemediator": "dispute_id", "followup": "dispute_id", "confirmationapplication": "dispute_id",
    "caseparty": "party_id",
    "servicerecord": "document_id",
    "recordrevision": "session_id", "attendance": "session_id", "agreementclause": "agreement_id",
}
log = logging.getLogger("fuyuan.changes")
# The audit entity of a bulk load: it may have touched anything.
BULK = "bulk"


@dataclass(frozen=True)
class Change:
    """One thing a write changed: its kind, its id and its case. An id of "" means the write did not say which
    row: some of that case's rows of this kind, or — with no case either — the kind wholesale (a bulk load)."""

    kind: str
    id: str
    case_id: str = ""

    @property
    def wholesale(self) -> bool:
        return not self.id and not self.case_id


@dataclass(frozen=True)
class Notice:
    """What one committed write changed. ``serial`` counts the feed's notices (a page fresher than a serial skips
    it); ``events`` is how many audit events the write appended (to tell this process's writes from others')."""

    serial: int
    action: str
    changes: frozenset[Change]
    events: int
    created: frozenset[Change] = frozenset()  # those of ``changes`` that are new rows (a registered case…)

    def of(self, *kinds: str) -> list[Change]:
        return [c for c in self.changes if c.kind in kinds]

    def touches(self, *kinds: str) -> bool:
        return any(c.kind in kinds for c in self.changes)

    def ids(self, kind: str) -> set[str]:
        """The ids of ``kind`` this write changed (empty also when it changed the kind wholesale: see ``wholesale``)."""
        return {c.id for c in self.changes if c.kind == kind and c.id}

    def wholesale(self, *kinds: str) -> bool:
        return any(c.kind in kinds and c.wholesale for c in self.changes)

    def cases(self) -> set[str]:
        """The cases this write touched in any way (a session, an agreement, a party of the case…)."""
        return {c.case_id for c in self.changes if c.case_id} | self.ids(CASE)


def changes_of(events: Iterable[PendingEvent]) -> frozenset[Change]:
    """The changes a unit of work's audit events record; events that change no row (an unmasking) add none."""
    found: list[Change] = []
    for event in events:
        if event.entity == BULK:
            return frozenset(Change(kind, "") for kind in KINDS)
        kind = KIND_OF_ENTITY.get(event.entity)
        if kind is None or (event.before is None and event.after is None):
            continue
        row_id = event.entity_id
        parent = PARENT_COLUMN.get(event.entity)
        if parent is not None:
            # A new row's snapshot names its parent; an edited one's diff may not: the case still does.
            row_id = str((event.after or {}).get(parent) or "")
        found.append(Change(kind, row_id, event.dispute_id))
    # A case is named by its own id; a row whose parent could not be told stands for its case's rows of that kind.
    found = [Change(CASE, c.case_id, c.case_id) if c.kind == CASE and c.case_id else c for c in found]
    # The same row seen through several events: keep the case where any of them knew it.
    cases = {(c.kind, c.id): c.case_id for c in found if c.case_id and c.id}
    changes = {Change(c.kind, c.id, c.case_id or cases.get((c.kind, c.id), "")) for c in found}
    # An edited child row that named neither parent nor case (a clause's tombstone) belongs to a row of its kind
    # the same write names (services edit a draft's clauses with the draft): it does not make the kind wholesale.
    named = {c.kind for c in changes if c.id}
    return frozenset(c for c in changes if not (c.wholesale and c.kind in named))


def created_of(events: Iterable[PendingEvent], changes: frozenset[Change]) -> frozenset[Change]:
    """Those of ``changes`` that are rows the events inserted (not a child row of a thing that already was)."""
    new = {(KIND_OF_ENTITY.get(e.entity), e.entity_id) for e in events
           if e.before is None and e.after is not None and e.entity not in PARENT_COLUMN}
    return frozenset(c for c in changes if (c.kind, c.id) in new)


Subscriber = Callable[[Notice], None]


class ChangeFeed:
    """One database's notices: subscribe a callback, get a ``Notice`` after every write to it.

    Thread-safe. Callbacks run on the writing thread while the feed's lock is held, so once ``unsubscribe``
    (the callable ``subscribe`` returns) has returned, the callback is not running and will not run again.
    Made by ``feed_of`` (one per open database, however many workspaces act on it).
    """

    def __init__(self, db: Database) -> None:
        self._lock = threading.RLock()
        self._subscribers: list[Subscriber] = []
        self._serial = 0
        self._events = 0
        self._reference_version = 0
        db.on_commit(self._committed)  # the database keeps the feed, never the other way round

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    @property
    def serial(self) -> int:
        """The serial of the last notice published (0 before the first)."""
        with self._lock:
            return self._serial

    @property
    def reference_version(self) -> int:
        """Moves whenever reference data (codes, deadlines, courts, the roster…) changed: cached copies are stale."""
        with self._lock:
            return self._reference_version

    @property
    def local_events(self) -> int:
        """Audit events appended by writes this feed has seen (compare with ``audit_mark`` to spot other writers)."""
        with self._lock:
            return self._events

    def _committed(self, events: Sequence[PendingEvent]) -> None:
        changes = changes_of(events)
        with self._lock:
            self._events += len(events)
            if not changes:
                return
            self._serial += 1
            if any(c.kind == REFERENCE for c in changes):
                self._reference_version += 1
            notice = Notice(self._serial, events[0].action, changes, len(events), created_of(events, changes))
            for callback in list(self._subscribers):
                try:
                    callback(notice)
                except Exception:  # one broken subscriber must not keep the notice from the others
                    log.exception("a change subscriber failed")


_feeds: weakref.WeakKeyDictionary[Database, ChangeFeed] = weakref.WeakKeyDictionary()
_feeds_lock = threading.Lock()


def feed_of(db: Database) -> ChangeFeed:
    """The feed of ``db``, made on first asking (pages on the GUI thread and services on workers may ask at once);
    it lives as long as the database does."""
    with _feeds_lock:
        feed = _feeds.get(db)
        if feed is None:
            feed = _feeds[db] = ChangeFeed(db)
        return feed


def audit_mark(db: Database) -> int:
    """The audit chain's last sequence number: it moves with every audited write, whoever made it."""
    with db.read() as session:
        return int(session.scalar(select(func.max(col(AuditEvent.seq)))) or 0)
