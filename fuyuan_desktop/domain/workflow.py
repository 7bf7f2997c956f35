"""The status lifecycle of a pre-litigation mediation (docs/domain.md §5.2) and which moves it allows."""

from __future__ import annotations

from fuyuan_desktop.domain.enums import DisputeStatus as S
from fuyuan_desktop.domain.enums import Outcome
from fuyuan_desktop.domain.errors import TransitionError

ALLOWED: dict[S, frozenset[S]] = {
    S.REGISTERED: frozenset({S.ASSIGNED, S.RETURNED}),
    S.ASSIGNED: frozenset({S.MEDIATING, S.TERMINATED, S.RETURNED}),
    S.MEDIATING: frozenset({S.AGREED, S.TERMINATED}),
    S.AGREED: frozenset({S.FOLLOW_UP, S.CLOSED, S.MEDIATING}),
    S.FOLLOW_UP: frozenset({S.CLOSED}),
    S.TERMINATED: frozenset({S.DOCKETED, S.CLOSED}),
    S.DOCKETED: frozenset(),
    S.CLOSED: frozenset(),
    S.RETURNED: frozenset(),
}


def check_transition(current: S, target: S) -> None:
    """Raise ``TransitionError`` naming the allowed moves when ``current → target`` is not one."""
    allowed = ALLOWED[current]
    if target in allowed:
        return
    if allowed:
        options = "、".join(s.label for s in sorted(allowed, key=list(S).index))
        hint = f"当前状态「{current.label}」只能转为：{options}"
    else:
        hint = f"当前状态「{current.label}」已是终结状态，不能再变更"
    raise TransitionError(f"不能把案件从「{current.label}」改为「{target.label}」。{hint}。")


def status_after_outcome(outcome: Outcome) -> S:
    """Where closing a mediation with ``outcome`` leads."""
    return S.AGREED if outcome is Outcome.AGREEMENT else S.CLOSED if outcome.is_success else S.TERMINATED
