"""The keyring file: the data key wrapped once per user and once for the recovery key, plus login counters.

It lives beside the database as plain JSON because it must be read before the database can be
opened. It holds no secret in the clear: each entry is AES-256-GCM of the data key under a key
derived from that user's password with argon2id (the user name bound as associated data), so a
wrong password fails the GCM tag — that tag is the password check. Failure counters live here too,
since a failed login cannot write to a database it could not open.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fuyuan_desktop import resources
from fuyuan_desktop.domain.errors import AuthenticationError, ValidationError
from fuyuan_desktop.store.crypto import (
    SUITE,
    Argon2Params,
    WrongSecretError,
    key_check,
    new_recovery_key,
    new_salt,
    password_kek,
    recovery_kek,
    salt_bytes,
    unwrap,
    wrap,
)

FORMAT = 1
_RECOVERY = "recovery"


def security_policy() -> dict[str, Any]:
    """Shipped policy (resources/reference/security.json): KDF cost, lockout, idle lock, roles."""
    data: dict[str, Any] = resources.read_json("reference", "security.json")
    return data


@dataclass(frozen=True)
class Lockout:
    free_attempts: int
    first_lock_seconds: int
    max_lock_seconds: int

    @classmethod
    def shipped(cls) -> Lockout:
        data = security_policy()["lockout"]
        return cls(int(data["free_attempts"]), int(data["first_lock_seconds"]), int(data["max_lock_seconds"]))

    def lock_seconds(self, failures: int) -> int:
        """0 while failures are within the free attempts, then 30 s, 60 s, 120 s … up to the cap."""
        over = failures - self.free_attempts
        if over < 0:
            return 0
        return min(self.first_lock_seconds * (1 << min(over, 20)), self.max_lock_seconds)


@dataclass
class KeyEntry:
    """One wrapped copy of the data key."""

    salt: str
    wrapped: str
    kdf: dict[str, Any]
    failures: int = 0
    locked_until: str | None = None


@dataclass
class Keyring:
    path: Path
    cipher: str  # "sqlcipher" or "none" (an administrator allowed plain storage)
    check: str
    users: dict[str, KeyEntry] = field(default_factory=dict)
    recovery: KeyEntry | None = None
    allow_unencrypted: dict[str, str] | None = None

    # --- file ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> Keyring | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise AuthenticationError(f"密钥文件 {path} 的格式版本 {data.get('format')} 不受支持")
        recovery = data.get("recovery")
        return cls(
            path=path,
            cipher=data["cipher"],
            check=data["check"],
            users={name: KeyEntry(**entry) for name, entry in data["users"].items()},
            recovery=KeyEntry(**recovery) if recovery else None,
            allow_unencrypted=data.get("allow_unencrypted"),
        )

    def save(self) -> None:
        """Atomic replace with fsync: a crash leaves the old file or the new one, never half of one."""
        data = {
            "format": FORMAT,
            "suite": SUITE,
            "cipher": self.cipher,
            "check": self.check,
            "allow_unencrypted": self.allow_unencrypted,
            "users": {name: asdict(entry) for name, entry in sorted(self.users.items())},
            "recovery": asdict(self.recovery) if self.recovery else None,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".keyring-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # --- making --------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, data_key: bytes, *, cipher: str) -> tuple[Keyring, str]:
        """A new keyring for ``data_key`` with a fresh recovery key (returned once, never stored)."""
        ring = cls(path=path, cipher=cipher, check=key_check(data_key))
        recovery = new_recovery_key()
        salt = new_salt()
        ring.recovery = KeyEntry(
            salt=salt,
            wrapped=wrap(recovery_kek(recovery, salt_bytes(salt)), data_key, context=_RECOVERY),
            kdf={"alg": "hkdf-sha256"},
        )
        return ring, recovery

    def set_password(self, name: str, password: str, data_key: bytes, params: Argon2Params | None = None) -> None:
        chosen = params or Argon2Params.from_json(security_policy()["argon2id"])
        salt = new_salt()
        kek = password_kek(password, salt_bytes(salt), chosen)
        self.users[name] = KeyEntry(
            salt=salt,
            wrapped=wrap(kek, data_key, context=f"user:{name}"),
            kdf={"alg": "argon2id", **asdict(chosen)},
        )

    def remove(self, name: str) -> None:
        self.users.pop(name, None)

    # --- unlocking -----------------------------------------------------------------------------

    def unlock(self, name: str, password: str, *, now: datetime | None = None, lockout: Lockout | None = None) -> bytes:
        """The data key, if ``password`` is ``name``'s; counts failures and enforces the back-off."""
        policy = lockout or Lockout.shipped()
        moment = now or datetime.now(UTC)
        entry = self.users.get(name)
        if entry is None:
            raise AuthenticationError("账户名或密码不正确")
        if entry.locked_until and datetime.fromisoformat(entry.locked_until) > moment:
            wait = int((datetime.fromisoformat(entry.locked_until) - moment).total_seconds()) + 1
            raise AuthenticationError(f"密码连续输错 {entry.failures} 次，账户已暂时锁定，请 {wait} 秒后再试")
        params = Argon2Params(
            int(entry.kdf["time_cost"]), int(entry.kdf["memory_kib"]), int(entry.kdf["parallelism"])
        )
        try:
            data_key = unwrap(password_kek(password, salt_bytes(entry.salt), params), entry.wrapped,
                              context=f"user:{name}")
        except WrongSecretError:
            entry.failures += 1
            seconds = policy.lock_seconds(entry.failures)
            entry.locked_until = (moment + timedelta(seconds=seconds)).isoformat() if seconds else None
            self.save()
            left = policy.free_attempts - entry.failures
            hint = f"，再错 {left} 次将暂时锁定" if left > 0 else f"，账户锁定 {seconds} 秒"
            raise AuthenticationError(f"账户名或密码不正确{hint}") from None
        if key_check(data_key) != self.check:
            raise AuthenticationError("密钥文件与数据库不匹配：请联系管理员")
        if entry.failures or entry.locked_until:
            entry.failures, entry.locked_until = 0, None
            self.save()
        return data_key

    def failures_of(self, name: str) -> int:
        entry = self.users.get(name)
        return entry.failures if entry else 0

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        if self.recovery is None:
            raise AuthenticationError("此数据没有恢复密钥")
        try:
            data_key = unwrap(recovery_kek(recovery_key, salt_bytes(self.recovery.salt)), self.recovery.wrapped,
                              context=_RECOVERY)
        except (WrongSecretError, ValueError):
            raise AuthenticationError("恢复密钥不正确") from None
        return data_key


def check_password_strength(password: str) -> None:
    """At least 8 characters; the argon2id cost does the rest against guessing."""
    if len(password) < 8:
        raise ValidationError("密码", "至少 8 个字符")
    if len(password) > 1024:
        raise ValidationError("密码", "不能超过 1024 个字符")
