"""Hybrid logical clock: sortable change stamps that stay ordered when laptop clocks are wrong.

Sync merges fields by "last writer wins" on these stamps (docs/architecture.md, "Sync bundles"). A stamp is
``{physical_ms:013d}-{counter:05d}-{node}``, so plain text order equals causal order, with the
node id as the final tie-break. Algorithm: Kulkarni et al., "Logical Physical Clocks" (2014).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STAMP_RE = re.compile(r"^([0-9]{13})-([0-9]{5})-(\S+)$")
MAX_COUNTER = 99_999
_MAX_PHYSICAL = 10**13 - 1


class StampRangeError(ValueError):
    """A stamp's parts do not fit its fixed width (a clock at the end of time): refuse what carries it."""


def format_stamp(physical_ms: int, counter: int, node: str) -> str:
    if not 0 <= physical_ms <= _MAX_PHYSICAL or not 0 <= counter <= MAX_COUNTER:
        raise StampRangeError(f"stamp parts out of range: {physical_ms}, {counter}")
    return f"{physical_ms:013d}-{counter:05d}-{node}"


def parse_stamp(text: str) -> tuple[int, int, str]:
    """Split a stamp into (physical milliseconds, counter, node); ``ValueError`` if malformed."""
    match = _STAMP_RE.match(text)
    if match is None:
        raise ValueError(f"not a clock stamp: {text!r}")
    return int(match.group(1)), int(match.group(2)), match.group(3)


class HybridClock:
    """Issues strictly increasing stamps for one node.

    ``wall_ms`` returns the wall clock in Unix milliseconds; it is injected so tests, and a device
    whose clock is known to be wrong, can supply their own. ``resume_after`` is the last stamp
    this node persisted, so a restart with the wall clock set back still moves forward.
    ``max_drift_ms``, when set, refuses remote stamps that far ahead of our wall clock: one laptop
    set to 2035 would otherwise drag every clock it syncs with into 2035.
    """

    def __init__(
        self,
        node: str,
        wall_ms: Callable[[], int],
        *,
        resume_after: str | None = None,
        max_drift_ms: int | None = None,
    ) -> None:
        if not node or re.search(r"\s", node):
            raise ValueError(f"node id must be non-empty without whitespace: {node!r}")
        self.node = node
        self._wall_ms = wall_ms
        self._max_drift_ms = max_drift_ms
        self._physical = 0
        self._counter = 0
        if resume_after is not None:
            self._physical, self._counter, _ = parse_stamp(resume_after)

    def _issue(self, physical: int, counter: int) -> str:
        if counter > MAX_COUNTER:
            # Borrowing a millisecond keeps stamps fixed-width and ordered; 100k stamps in one
            # millisecond does not happen in practice.
            physical, counter = physical + 1, 0
        stamp = format_stamp(physical, counter, self.node)  # first: a stamp out of range leaves the clock as it was
        self._physical, self._counter = physical, counter
        return stamp

    def now(self) -> str:
        """A stamp for a local change."""
        wall = self._wall_ms()
        if wall > self._physical:
            return self._issue(wall, 0)
        return self._issue(self._physical, self._counter + 1)

    def observe(self, remote: str) -> str:
        """Merge a stamp received from another node; return a stamp later than both."""
        remote_physical, remote_counter, _ = parse_stamp(remote)
        wall = self._wall_ms()
        if self._max_drift_ms is not None and remote_physical - wall > self._max_drift_ms:
            raise ValueError(f"remote stamp {remote} is {remote_physical - wall} ms ahead of this device's clock")
        physical = max(self._physical, remote_physical, wall)
        if physical == self._physical == remote_physical:
            counter = max(self._counter, remote_counter) + 1
        elif physical == self._physical:
            counter = self._counter + 1
        elif physical == remote_physical:
            counter = remote_counter + 1
        else:
            counter = 0
        return self._issue(physical, counter)
