"""The keyring file: the data key wrapped once per user and once for the recovery key, plus login counters.

It lives beside the database as plain JSON because it must be read before the database can be
opened. It holds no secret in the clear: each entry is AES-256-GCM of the data key under a key
derived from that user's password with argon2id (the user name bound as associated data), so a
wrong password fails the GCM tag — that tag is the password check. Failure counters live here too,
since a failed login cannot write to a database it could not open.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

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
# Failure counters kept for names that are no account (hashed): they lock like real ones, so the answers to
# a login never tell which names exist. Bounded, so guessing many names cannot grow the file without end.
_PROBES_KEPT = 200
_LOCK_WAIT_SECONDS = 120.0  # a queue of parallel logins, one argon2id each
_WRONG = "账户名或密码不正确"


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Every read-modify-write of the keyring runs under one OS lock, across processes and threads."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path.with_name(path.name + ".lock"), thread_local=False)
    try:
        lock.acquire(timeout=_LOCK_WAIT_SECONDS)
    except Timeout:
        raise AuthenticationError("账户文件正被另一个程序修改，请稍后再试") from None
    try:
        yield
    finally:
        lock.release()


def _probe_key(name: str) -> str:
    return hashlib.sha256(("fuyuan-login:" + name).encode("utf-8", "surrogatepass")).hexdigest()[:32]


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
    probes: dict[str, dict[str, Any]] = field(default_factory=dict)

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
            probes=dict(data.get("probes") or {}),
        )

    @classmethod
    @contextmanager
    def update(cls, path: Path) -> Iterator[Keyring]:
        """Load the keyring under its lock, let the caller change it, save it: no update is ever lost."""
        with _locked(path):
            ring = cls.load(path)
            if ring is None:
                raise AuthenticationError("本机数据尚未启用账户：请先启用账户和加密", code="not_protected")
            yield ring
            ring.save()

    def save_first(self) -> bool:
        """Save a new keyring under the keyring's lock unless one is there already (another ``init`` was first):
        True when this one was saved."""
        with _locked(self.path):
            if self.path.exists():
                return False
            self.save()
            return True

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
            "probes": dict(sorted(self.probes.items(), key=lambda kv: str(kv[1].get("at", "")))[-_PROBES_KEPT:]),
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
        """The data key, if ``password`` is ``name``'s; counts failures and enforces the back-off.

        The whole attempt — lock check, password check, count — runs under the keyring's lock, so parallel
        guesses are tried one after another, each is counted, and the lock holds against them (one argon2id
        evaluation each, ~0.25 s). A name that is no account fails the same way, after the same work, with
        the same words, so the answers never tell which names exist.
        """
        policy = lockout or Lockout.shipped()
        moment = now or datetime.now(UTC)
        with _locked(self.path):
            fresh = Keyring.load(self.path) or self
            self.users, self.probes = fresh.users, fresh.probes
            entry = self.users.get(name)
            counter: Any = entry if entry is not None else _Probe(self.probes, _probe_key(name))
            if counter.locked_until and datetime.fromisoformat(counter.locked_until) > moment:
                wait = int((datetime.fromisoformat(counter.locked_until) - moment).total_seconds()) + 1
                raise AuthenticationError(f"{_WRONG}；连续输错 {counter.failures} 次，已暂时锁定，请 {wait} 秒后再试")
            data_key = self._try(entry, name, password)
            if data_key is None:
                counter.failures += 1
                seconds = policy.lock_seconds(counter.failures)
                counter.locked_until = (moment + timedelta(seconds=seconds)).isoformat() if seconds else None
                self.save()
                left = policy.free_attempts - counter.failures
                hint = f"，再错 {left} 次将暂时锁定" if left > 0 else f"，已暂时锁定 {seconds} 秒"
                raise AuthenticationError(f"{_WRONG}{hint}")
            if key_check(data_key) != self.check:
                raise AuthenticationError("密钥文件与数据库不匹配：请联系管理员")
            if counter.failures or counter.locked_until:
                counter.failures, counter.locked_until = 0, None
                self.save()
        return data_key

    @staticmethod
    def _try(entry: KeyEntry | None, name: str, password: str) -> bytes | None:
        if entry is None:  # the same argon2id work as for an account, so the time does not tell either
            params = Argon2Params.from_json(security_policy()["argon2id"])
            password_kek(password, hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest()[:16], params)
            return None
        params = Argon2Params(
            int(entry.kdf["time_cost"]), int(entry.kdf["memory_kib"]), int(entry.kdf["parallelism"])
        )
        try:
            return unwrap(password_kek(password, salt_bytes(entry.salt), params), entry.wrapped,
                          context=f"user:{name}")
        except WrongSecretError:
            return None

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


@dataclass
class _Probe:
    """The failure counter of a name that is no account, kept in ``Keyring.probes`` under the name's hash."""

    store: dict[str, dict[str, Any]]
    key: str

    @property
    def failures(self) -> int:
        return int(self.store.get(self.key, {}).get("failures", 0))

    @failures.setter
    def failures(self, value: int) -> None:
        self.store.setdefault(self.key, {})["failures"] = value
        self.store[self.key]["at"] = datetime.now(UTC).isoformat()

    @property
    def locked_until(self) -> str | None:
        value = self.store.get(self.key, {}).get("locked_until")
        return str(value) if value else None

    @locked_until.setter
    def locked_until(self, value: str | None) -> None:
        self.store.setdefault(self.key, {})["locked_until"] = value


def check_password_strength(password: str) -> None:
    """At least 8 characters; the argon2id cost does the rest against guessing."""
    if len(password) < 8:
        raise ValidationError("密码", "至少 8 个字符")
    if len(password) > 1024:
        raise ValidationError("密码", "不能超过 1024 个字符")
