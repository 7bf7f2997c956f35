"""Tests for the hybrid logical clock and the time-ordered ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuyuan_desktop.domain.hlc import HybridClock, format_stamp, parse_stamp
from fuyuan_desktop.domain.ids import new_id, new_id_hex


def fake_wall(readings: list[int]) -> Callable[[], int]:
    """A wall clock that returns the given readings in turn, then repeats the last one."""
    it = iter(readings)
    last = [readings[0]]

    def read() -> int:
        last[0] = next(it, last[0])
        return last[0]

    return read


def test_stamp_format_and_parse() -> None:
    clock = HybridClock("dev-A", fake_wall([1_700_000_000_000]))
    stamp = clock.now()
    assert stamp == "1700000000000-00000-dev-A"
    assert parse_stamp(stamp) == (1_700_000_000_000, 0, "dev-A")


@pytest.mark.parametrize("bad", ["", "170000000000-00000-a", "1700000000000-0000-a", "1700000000000-00000-", "x" * 20])
def test_parse_rejects_malformed_stamps(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_stamp(bad)


def test_same_millisecond_increments_the_counter() -> None:
    clock = HybridClock("a", fake_wall([5000, 5000, 5000, 5001]))
    assert [clock.now() for _ in range(4)] == [
        "0000000005000-00000-a",
        "0000000005000-00001-a",
        "0000000005000-00002-a",
        "0000000005001-00000-a",
    ]


def test_wall_clock_going_backwards_keeps_stamps_increasing() -> None:
    clock = HybridClock("a", fake_wall([10_000, 9_000, 8_000, 10_000, 10_001]))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    assert [parse_stamp(s)[:2] for s in stamps] == [(10_000, 0), (10_000, 1), (10_000, 2), (10_000, 3), (10_001, 0)]


def test_observe_a_stamp_from_the_future_moves_past_it() -> None:
    clock = HybridClock("a", fake_wall([1_000]))
    remote = format_stamp(5_000, 7, "b")
    merged = clock.observe(remote)
    assert parse_stamp(merged) == (5_000, 8, "a")
    assert merged > remote
    assert clock.now() == "0000000005000-00009-a"


def test_observe_an_old_stamp_keeps_local_time() -> None:
    clock = HybridClock("a", fake_wall([9_000, 9_000]))
    local = clock.now()
    merged = clock.observe(format_stamp(1_000, 50, "b"))
    assert parse_stamp(merged) == (9_000, 1, "a")
    assert merged > local


def test_observe_same_physical_takes_the_larger_counter() -> None:
    clock = HybridClock("a", fake_wall([9_000, 9_000, 8_000]))
    clock.now()
    clock.now()  # counter 1
    assert parse_stamp(clock.observe(format_stamp(9_000, 40, "b")))[:2] == (9_000, 41)


def test_observe_when_wall_is_ahead_resets_counter() -> None:
    clock = HybridClock("a", fake_wall([20_000]))
    assert parse_stamp(clock.observe(format_stamp(10_000, 3, "b")))[:2] == (20_000, 0)


def test_counter_overflow_borrows_a_millisecond() -> None:
    clock = HybridClock("a", fake_wall([7_000]), resume_after=format_stamp(7_000, 99_999, "a"))
    stamp = clock.now()
    assert parse_stamp(stamp)[:2] == (7_001, 0)
    assert stamp > format_stamp(7_000, 99_999, "a")


def test_resume_after_a_restart_with_the_clock_set_back() -> None:
    clock = HybridClock("a", fake_wall([1_000]), resume_after="0000000050000-00003-a")
    assert clock.now() == "0000000050000-00004-a"


def test_max_drift_refuses_far_future_stamps() -> None:
    clock = HybridClock("a", fake_wall([1_000]), max_drift_ms=60_000)
    clock.observe(format_stamp(61_000, 0, "b"))  # exactly at the limit: accepted
    with pytest.raises(ValueError):
        clock.observe(format_stamp(1_000 + 60_001, 0, "b"))


@pytest.mark.parametrize("node", ["", "a b", "a\tb"])
def test_node_id_must_be_a_single_token(node: str) -> None:
    with pytest.raises(ValueError):
        HybridClock(node, fake_wall([0]))


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("now"), st.integers(0, 10**6)),
            st.tuples(st.just("observe"), st.integers(0, 10**6), st.integers(0, 99_998)),
        ),
        min_size=1,
        max_size=50,
    )
)
def test_stamps_strictly_increase_whatever_the_wall_clock_does(ops: list[tuple[int | str, ...]]) -> None:
    walls = [int(op[1]) for op in ops]
    clock = HybridClock("node-1", fake_wall(walls))
    issued: list[str] = []
    for op in ops:
        if op[0] == "now":
            issued.append(clock.now())
        else:
            remote = format_stamp(int(op[1]), int(op[2]), "other")
            issued.append(clock.observe(remote))
            assert issued[-1] > remote
    assert issued == sorted(issued)
    assert len(set(issued)) == len(issued)
    # Text order and numeric order agree.
    assert sorted(issued, key=parse_stamp) == issued


def test_ids_are_uuid7_and_time_ordered() -> None:
    ids = [new_id() for _ in range(2000)]
    assert all(i.version == 7 for i in ids)
    assert type(ids[0]).__module__ == "uuid"
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    hexes = [new_id_hex() for _ in range(500)]
    assert hexes == sorted(hexes)
    assert all(len(h) == 32 and h == h.lower() for h in hexes)
