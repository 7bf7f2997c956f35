"""Role rules: which role may do what (resources/reference/security.json), enforced inside services."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import Any

from fuyuan_desktop.domain.errors import PermissionDeniedError
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.keyring import security_policy


class Role(StrEnum):
    JUDGE = "judge"  # 法官
    CLERK = "clerk"  # 书记员
    MEDIATOR = "mediator"  # 调解员（受限）
    ADMIN = "admin"  # 管理员（中院/本机）


@lru_cache(maxsize=1)
def _policy() -> dict[str, Any]:
    return security_policy()


def role_label(role: str) -> str:
    return str(_policy()["roles"].get(role, {}).get("label", role))


def role_from_text(text: str) -> Role:
    """A role from its code or its Chinese label (法官, 书记员, 调解员, 管理员)."""
    for role in Role:
        if text in (role.value, role_label(role)):
            return role
    from fuyuan_desktop.domain.errors import ValidationError

    raise ValidationError("角色", f"「{text}」不是角色；可选：{'、'.join(role_label(r) for r in Role)}")


def allowed(role: str | None, action: str) -> bool:
    """Whether ``role`` may do ``action``; ``None`` (no account system) may do everything."""
    if role is None:
        return True
    return action in _policy()["roles"].get(role, {}).get("actions", [])


def action_label(action: str) -> str:
    return str(_policy()["action_labels"].get(action, action))


def require(ctx: Workspace, action: str) -> None:
    """Refuse with a message naming the action and the roles that may do it."""
    if allowed(ctx.role, action):
        return
    who = "、".join(role_label(r) for r in Role if allowed(r.value, action))
    raise PermissionDeniedError(
        f"{role_label(ctx.role or '')}「{ctx.actor}」无权{action_label(action)}：此操作只能由{who}进行"
    )
