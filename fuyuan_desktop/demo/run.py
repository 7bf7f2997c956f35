"""One demo run's shared state: the seeded draws, the id factory, the word lists and the rows waiting to be written."""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from fuyuan_desktop import resources
from fuyuan_desktop.domain.enums import PartyKind, PlaceKind
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.bulk_intake import ExistingRecords
from fuyuan_desktop.services.workspace import Workspace

Row = dict[str, Any]
Weighted = tuple[list[Any], list[float]]

#: The tables of the caseload, parents before children: a batch is handed out only after every table its rows
#: point to.
TABLE_ORDER: tuple[str, ...] = (
    "place",
    "organisation",
    "mediator",
    "party",
    "dispute",
    "caseparty",
    "disputemediator",
    "mediationsession",
    "recordrevision",
    "agreement",
    "agreementclause",
    "followup",
)

# Plain strings of the enum values used per row (enum attribute access is slow in a 1M-row loop).
PERSON, ORG, AGENCY = PartyKind.PERSON.value, PartyKind.ORGANIZATION.value, PartyKind.AGENCY.value
COMMUNITY, VILLAGE, PARK = PlaceKind.COMMUNITY.value, PlaceKind.VILLAGE.value, PlaceKind.INDUSTRIAL_PARK.value


@cache
def data(name: str) -> Any:
    """One of the demo's word lists, ``resources/reference/demo_<name>.json``."""
    return resources.read_json("reference", f"demo_{name}.json")


def weighted(table: Mapping[Any, float]) -> Weighted:
    return list(table), list(itertools.accumulate(table.values()))


def yuan(fen: int) -> str:
    return f"{fen // 100:,}" + (f".{fen % 100:02d}" if fen % 100 else "")


def cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _id_factory(today: date, device_id: str, run: int) -> Callable[[], str]:
    """UUIDv7-shaped ids: today's midnight (China time) as the timestamp, then run, device and counter.

    They sort in creation order, never repeat across runs or devices, and are the same for the
    same seed, day, device and run number.
    """
    midnight = datetime(today.year, today.month, today.day, tzinfo=UTC) - timedelta(hours=8)
    device = hashlib.sha256(device_id.encode()).hexdigest()[:5]
    head = f"{int(midnight.timestamp() * 1000):012x}7{run % 4096:03x}8{device}"
    counter = itertools.count(1)
    return lambda: f"{head}{next(counter):010x}"


class DemoRun:
    """The seeded random draws, ids, counters and pending rows that every part of one demo run shares."""

    def __init__(self, ctx: Workspace, existing: ExistingRecords, *, seed: int, tribunal: str | None = None) -> None:
        # A laptop's demo (``tribunal``, its tribunal's id): every case arises in that tribunal's area and has no
        # official 案号 yet (the hub's receipt brings those), so the laptop can sync its demo like real work.
        self.tribunal = tribunal
        self.rng = random.Random(seed)
        self.rnd = self.rng.random
        self.today = ctx.today()
        self.device_id = existing.device_id
        self.calendar, self.rules = ctx.reference.calendar, ctx.reference.deadline_rules
        self.existing = existing
        self.rows: dict[str, list[Row]] = {table: [] for table in TABLE_ORDER}
        self.names, self.texts = data("names"), data("texts")
        self.counters = dict(existing.counters)
        self.run = self.counters.get("demo:runs", 0) + 1
        self.counters["demo:runs"] = self.run
        self.touched = {"demo:runs"}
        self.id = _id_factory(self.today, self.device_id, self.run)
        self._keys: dict[str, tuple[str, str]] = {}

    # --- random draws (cheaper than random.choice/randint in the per-row loop) ----------------

    def ch(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rnd() * len(seq))]

    def between(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high`` inclusive."""
        return low + int(self.rnd() * (high - low + 1))

    def pick(self, table: Weighted) -> Any:
        population, cum = table
        return population[bisect.bisect(cum, self.rnd() * cum[-1])]

    # --- rows and keys ------------------------------------------------------------------------

    def emit(self, table: str, row: Row) -> None:
        self.rows[table].append(row)

    def keys_of(self, name: str) -> tuple[str, str]:
        """Full pinyin and initials of a name (each name is converted once per run)."""
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = name_keys(name)
        return keys

    def next_number(self, counter: str) -> int:
        """The next value of a numbering counter, continued from the store and written back after the run."""
        self.counters[counter] = value = self.counters.get(counter, 0) + 1
        self.touched.add(counter)
        return value

    def counters_to_store(self) -> dict[str, int]:
        return {name: self.counters[name] for name in self.touched}


class Words(dict[str, str]):
    """Template values; a missing one is drawn once from the word lists, so it stays the same in one case."""

    def __init__(self, pick: Callable[[Sequence[str]], str], words: dict[str, list[str]]) -> None:
        super().__init__()
        self.pick = pick
        self.words = words

    def __missing__(self, key: str) -> str:
        value = self[key] = self.pick(self.words[key])
        return value
