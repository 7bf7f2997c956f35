"""Accounts on this device: the first administrator, logins with lockout, adding and disabling users.

A store is *protected* once it has a keyring (``fuyuan init --admin``): its database is SQLCipher
under a random data key, each account holds a wrapped copy of that key, and every command or window
acts as a logged-in account whose role the services check. A store without a keyring is the
open kind made before accounts existed (and by tests and tools): no login, every action allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from fuyuan_desktop.domain.errors import (
    AuthenticationError,
    EncryptionUnavailableError,
    NotFoundError,
    ValidationError,
)
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.permissions import Role, require, role_label
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.backup import is_plain_sqlite
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.crypto import new_data_key
from fuyuan_desktop.store.encryption import EncryptionReport, encrypt_in_place, sqlcipher_available
from fuyuan_desktop.store.keyring import Keyring, check_password_strength
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.trust_models import UserAccount
from fuyuan_desktop.store.types import utcnow


@dataclass(frozen=True)
class ProtectedStore:
    """What ``fuyuan init --admin`` made: the context, the recovery key (show once!) and any migration."""

    ctx: ServiceContext
    recovery_key: str
    encrypted: bool
    migrated: EncryptionReport | None


@dataclass(frozen=True)
class AccountView:
    name: str
    display_name: str
    role: str
    role_label: str
    disabled: bool
    last_login_at: datetime | None


def is_protected(paths: DataPaths) -> bool:
    return paths.keyring.exists()


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 64 or any(ord(ch) < 32 or ch in "\x7f\u202e\u202d" for ch in cleaned):
        raise ValidationError("账户名", "应为 1–64 个可见字符")
    return cleaned


def create_protected_store(
    paths: DataPaths,
    admin: str,
    password: str,
    *,
    tribunal: str | None = None,
    allow_unencrypted: bool = False,
) -> ProtectedStore:
    """Make the first administrator and the data key; encrypt an existing plain store in place."""
    admin = _check_name(admin)
    check_password_strength(password)
    if paths.keyring.exists():
        raise ValidationError("--admin", "本机数据已启用账户；请用 `fuyuan user add` 添加账户")
    can_encrypt = sqlcipher_available()
    if not can_encrypt and not allow_unencrypted:
        raise EncryptionUnavailableError(
            "本机缺少数据库加密组件 sqlcipher3，不能以不加密的方式保存当事人的个人信息。"
            "请安装 sqlcipher3；确需暂时不加密时，由管理员加 --allow-unencrypted 明确允许（记入审计链）。"
        )
    paths.ensure()
    data_key = new_data_key()
    ring, recovery = Keyring.create(paths.keyring, data_key, cipher="sqlcipher" if can_encrypt else "none")
    ring.set_password(admin, password, data_key)
    if not can_encrypt:
        ring.allow_unencrypted = {"by": admin, "at": datetime.now(UTC).isoformat()}
    ring.save()  # first: a crash after this leaves a plain store that the next login encrypts
    try:
        migrated = _encrypt_if_plain(paths, ring, data_key)
        ctx = initialize(paths, tribunal=tribunal, actor=admin, key=data_key if can_encrypt else None)
    except BaseException:
        if is_plain_sqlite(paths.database) or not paths.database.exists():
            paths.keyring.unlink(missing_ok=True)  # nothing was encrypted: back to the open store
        raise
    ctx.db.data_key = data_key
    ctx.role = Role.ADMIN.value
    sealed = BlobStore(paths.blobs, key=data_key).seal_existing()
    with ctx.db.write(admin, "启用账户和加密") as session:
        session.add(UserAccount(name=admin, display_name=admin, role=Role.ADMIN.value, created_by=admin))
        ctx.db.audit(session, entity="user_account", entity_id="", after={
            "name": admin, "role": Role.ADMIN.value, "database_encrypted": can_encrypt,
            "blobs_sealed": sealed, "migrated_rows": migrated.rows if migrated else 0,
        })
        if not can_encrypt:
            ctx.db.audit(session, entity="store", entity_id="", action="管理员允许不加密存储",
                         after={"by": admin, "reason": "sqlcipher3 不可用"})
    return ProtectedStore(ctx, recovery, can_encrypt, migrated)


def _encrypt_if_plain(paths: DataPaths, ring: Keyring, data_key: bytes) -> EncryptionReport | None:
    if ring.cipher != "sqlcipher" or not is_plain_sqlite(paths.database):
        return None
    return encrypt_in_place(paths.database, paths.backups, data_key)


def login(paths: DataPaths, name: str, password: str) -> ServiceContext:
    """Unlock the data key with ``name``'s password, open the store and return a context in their role."""
    ring = Keyring.load(paths.keyring)
    if ring is None:
        raise AuthenticationError("本机数据尚未启用账户：请先运行 `fuyuan init --admin 姓名`")
    name = name.strip()
    failures_before = ring.failures_of(name)
    data_key = ring.unlock(name, password)
    _encrypt_if_plain(paths, ring, data_key)  # finishes an encryption a crash interrupted
    ctx = initialize(paths, actor=name, key=data_key if ring.cipher == "sqlcipher" else None)
    ctx.db.data_key = data_key
    with ctx.db.write(name, "登录") as session:
        account = session.get(UserAccount, name)
        if account is None and session.scalars(select(UserAccount)).first() is None:
            # ``init --admin`` was interrupted after the keyring was written: this is its administrator
            account = UserAccount(name=name, display_name=name, role=Role.ADMIN.value, created_by=name)
            session.add(account)
            ctx.db.audit(session, entity="user_account", entity_id="", action="完成启用账户",
                         after={"name": name, "role": Role.ADMIN.value})
        if account is None or account.disabled:
            raise AuthenticationError(f"账户「{name}」已停用或不存在")
        account.last_login_at = utcnow()
        ctx.db.audit(session, entity="user_account", entity_id="", after={
            "name": name, "failed_attempts_before": failures_before,
        })
        ctx.role = account.role
    return ctx


def verify_password(paths: DataPaths, name: str, password: str) -> None:
    """Re-check a password (unlocking after an idle lock); counts failures like a login."""
    ring = Keyring.load(paths.keyring)
    if ring is None:
        return
    ring.unlock(name, password)


def add_user(
    ctx: ServiceContext, paths: DataPaths, name: str, role: str, password: str, *, display_name: str = ""
) -> AccountView:
    """An administrator adds an account: a wrapped copy of the data key and a role."""
    require(ctx, "user.manage")
    name = _check_name(name)
    check_password_strength(password)
    if role not in {r.value for r in Role}:
        raise ValidationError("角色", f"「{role}」不是角色")
    ring = _ring(paths)
    with ctx.db.read() as session:
        if session.get(UserAccount, name) is not None:
            raise ValidationError("账户名", f"账户「{name}」已存在")
    if ctx.db.data_key is None:
        raise AuthenticationError("未登录：不能添加账户")
    ring.set_password(name, password, ctx.db.data_key)
    ring.save()
    with ctx.db.write(ctx.actor, "添加账户") as session:
        account = UserAccount(name=name, display_name=display_name or name, role=role, created_by=ctx.actor)
        session.add(account)
        ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name, "role": role})
    return _view(account)


def list_users(ctx: ServiceContext) -> list[AccountView]:
    require(ctx, "user.manage")
    with ctx.db.read() as session:
        return [_view(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.name))]


def disable_user(ctx: ServiceContext, paths: DataPaths, name: str) -> AccountView:
    """Disable an account: its wrapped key is removed, so even an edited database cannot let it in."""
    require(ctx, "user.manage")
    if name == ctx.actor:
        raise ValidationError("账户名", "不能停用自己的账户")
    ring = _ring(paths)
    with ctx.db.write(ctx.actor, "停用账户") as session:
        account = session.get(UserAccount, name)
        if account is None:
            raise NotFoundError(f"没有账户「{name}」")
        account.disabled = True
        ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name, "disabled": True})
    ring.remove(name)
    ring.save()
    return _view(account)


def reset_password(paths: DataPaths, name: str, recovery_key: str, new_password: str) -> None:
    """With the printed recovery key, give ``name`` a new password (and clear its lockout)."""
    check_password_strength(new_password)
    ring = _ring(paths)
    data_key = ring.unlock_with_recovery(recovery_key)
    ctx = initialize(paths, actor=name, key=data_key if ring.cipher == "sqlcipher" else None)
    try:
        with ctx.db.write(name, "用恢复密钥重设密码") as session:
            account = session.get(UserAccount, name)
            if account is None:
                raise NotFoundError(f"没有账户「{name}」")
            account.disabled = False
            ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name})
        ring.set_password(name, new_password, data_key)
        ring.save()
    finally:
        ctx.db.engine.dispose()


def _ring(paths: DataPaths) -> Keyring:
    ring = Keyring.load(paths.keyring)
    if ring is None:
        raise AuthenticationError("本机数据尚未启用账户：请先运行 `fuyuan init --admin 姓名`")
    return ring


def _view(account: UserAccount) -> AccountView:
    return AccountView(account.name, account.display_name, account.role, role_label(account.role), account.disabled,
                       account.last_login_at)
