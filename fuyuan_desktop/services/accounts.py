"""Accounts on this device: the first administrator, logins with lockout, adding and disabling users.

A store is *protected* once it has a keyring (``fuyuan init --admin``): its database is SQLCipher
under a random data key, each account holds a wrapped copy of that key, and every command or window
acts as a logged-in account whose role the services check. A store without a keyring is the
open kind made before accounts existed (and by tests and tools): no login, every action allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from fuyuan_desktop.domain.errors import (
    AuthenticationError,
    DiskFullError,
    EncryptionUnavailableError,
    NotFoundError,
    ValidationError,
)
from fuyuan_desktop.services.permissions import Role, require, role_label
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store import folder_lock
from fuyuan_desktop.store.backup import is_plain_sqlite
from fuyuan_desktop.store.crypto import new_data_key
from fuyuan_desktop.store.encryption import EncryptionReport, encrypt_in_place, sqlcipher_available
from fuyuan_desktop.store.keyring import Keyring, check_password_strength
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.trust_models import UserAccount
from fuyuan_desktop.store.types import utcnow


@dataclass(frozen=True)
class ProtectedStore:
    """What ``fuyuan init --admin`` made: the context, the recovery key (show once!) and any migration."""

    ctx: Workspace
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
        raise ValidationError("管理员", "本机数据已启用账户；请由管理员添加账户", field="admin", code="already_protected")
    can_encrypt = sqlcipher_available()
    if not can_encrypt and not allow_unencrypted:
        raise EncryptionUnavailableError(
            "本机缺少数据库加密组件 sqlcipher3，不能以不加密的方式保存当事人的个人信息。"
            "请安装 sqlcipher3；确需暂时不加密时，须由管理员明确允许，并记入审计链。",
            code="encryption_unavailable",
        )
    paths.ensure()
    data_key = new_data_key()
    ring, recovery = Keyring.create(paths.keyring, data_key, cipher="sqlcipher" if can_encrypt else "none")
    ring.set_password(admin, password, data_key)
    if not can_encrypt:
        ring.allow_unencrypted = {"by": admin, "at": datetime.now(UTC).isoformat()}
    # first: a crash after this leaves a plain store that the next login encrypts; under the keyring's lock, so of
    # two parallel first set-ups one makes the accounts and the other is told they exist
    if not ring.save_first():
        raise ValidationError("管理员", "本机数据已启用账户；请由管理员添加账户", field="admin", code="already_protected")
    try:
        migrated = _encrypt_if_plain(paths, ring, data_key)
        ctx = initialize(paths, tribunal=tribunal, actor=admin, key=data_key if can_encrypt else None)
    except BaseException:
        if is_plain_sqlite(paths.database) or not paths.database.exists():
            paths.keyring.unlink(missing_ok=True)  # nothing was encrypted: back to the open store
        raise
    ctx.db.data_key = data_key
    ctx.role = Role.ADMIN.value
    sealed = ctx.blobs.seal_existing()
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


def check_new_admin(name: str, password: str, again: str) -> str:
    """The checks ``create_protected_store`` makes, before anything is closed or written: the cleaned name.

    ``again`` is the password typed a second time (the CLI's prompt asks twice as well).
    """
    name = _check_name(name)
    check_password_strength(password)
    if password != again:
        raise ValidationError("密码", "两次输入的密码不一致", field="password", code="password_mismatch")
    return name


def protect_open_store(ctx: Workspace, admin: str, password: str) -> ProtectedStore:
    """Accounts and encryption for the plain store ``ctx`` has open (the workbench's 设置 and first run).

    The same steps as ``fuyuan init --admin``: everything is checked first, then ``ctx``'s store is closed (the
    caller drops whatever still reads it), ``create_protected_store`` makes the administrator and encrypts the file
    in place (a plain backup first; older backups are encrypted too), and the store is opened again through
    ``open_workspace`` as that administrator, as a login at the next start would. If making the keyring or the
    encryption fails, ``ctx`` holds the data folder again and stays usable on the unchanged plain store.
    """
    from fuyuan_desktop.services.workspace import open_workspace

    paths = ctx.data_paths
    admin = _check_name(admin)
    check_password_strength(password)
    if paths.keyring.exists():
        raise ValidationError("管理员", "本机数据已启用账户；请由管理员添加账户", field="admin", code="already_protected")
    if not sqlcipher_available():
        raise EncryptionUnavailableError(
            "本机缺少数据库加密组件 sqlcipher3，不能在此启用加密；请安装 sqlcipher3 后再试。",
            code="encryption_unavailable",
        )
    ctx.db.close()
    try:
        made = create_protected_store(paths, admin, password)
    except BaseException:
        if not paths.keyring.exists():
            ctx.db.folder_claim = folder_lock.hold(paths.root)  # back to the plain store, as it was
        raise
    made.ctx.db.close()
    opened = open_workspace(paths, actor=admin, credentials=(admin, password))
    return ProtectedStore(opened, made.recovery_key, made.encrypted, made.migrated)


def _encrypt_if_plain(paths: DataPaths, ring: Keyring, data_key: bytes) -> EncryptionReport | None:
    if ring.cipher != "sqlcipher" or not is_plain_sqlite(paths.database):
        return None
    with folder_lock.exclusive(paths.root, "加密数据库"):
        return encrypt_in_place(paths.database, paths.backups, data_key)


def login(paths: DataPaths, name: str, password: str) -> Workspace:
    """Unlock the data key with ``name``'s password, open the store and return a context in their role."""
    ring = Keyring.load(paths.keyring)
    if ring is None:
        raise AuthenticationError("本机数据尚未启用账户：请先由管理员启用账户", code="not_protected")
    name = name.strip()
    failures_before = ring.failures_of(name)
    data_key = ring.unlock(name, password)
    _encrypt_if_plain(paths, ring, data_key)  # finishes an encryption a crash interrupted
    ctx = initialize(paths, actor=name, key=data_key if ring.cipher == "sqlcipher" else None)
    ctx.db.data_key = data_key
    try:
        _record_login(ctx, name, failures_before)
    except DiskFullError as exc:
        # The data stays readable on a full disk: the login goes on without its audit event, and says so.
        with ctx.db.read() as session:
            account = session.get(UserAccount, name)
        if account is None or account.disabled:
            raise AuthenticationError(f"账户「{name}」已停用或不存在") from None
        ctx.role = account.role
        ctx.warnings.append(f"本次登录未能记入审计链：{exc}")
    return ctx


def _record_login(ctx: Workspace, name: str, failures_before: int) -> None:
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


def verify_password(paths: DataPaths, name: str, password: str) -> None:
    """Re-check a password (unlocking after an idle lock); counts failures like a login."""
    ring = Keyring.load(paths.keyring)
    if ring is None:
        return
    ring.unlock(name, password)


def add_user(
    ctx: Workspace, name: str, role: str, password: str, *, display_name: str = ""
) -> AccountView:
    """An administrator adds an account: a wrapped copy of the data key and a role."""
    require(ctx, "user.manage")
    name = _check_name(name)
    check_password_strength(password)
    if role not in {r.value for r in Role}:
        raise ValidationError("角色", f"「{role}」不是角色")
    with ctx.db.read() as session:
        if session.get(UserAccount, name) is not None:
            raise ValidationError("账户名", f"账户「{name}」已存在")
    data_key = ctx.db.data_key
    if data_key is None:
        raise AuthenticationError("未登录：不能添加账户")
    with Keyring.update(ctx.data_paths.keyring) as ring:  # under the keyring's lock: no parallel save loses it
        ring.set_password(name, password, data_key)
    with ctx.db.write(ctx.actor, "添加账户") as session:
        account = UserAccount(name=name, display_name=display_name or name, role=role, created_by=ctx.actor)
        session.add(account)
        ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name, "role": role})
    return _view(account)


def list_users(ctx: Workspace) -> list[AccountView]:
    require(ctx, "user.manage")
    with ctx.db.read() as session:
        return [_view(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.name))]


def locked_accounts(ctx: Workspace) -> dict[str, datetime]:
    """The accounts locked for now after too many wrong passwords, with the moment each lock ends."""
    require(ctx, "user.manage")
    ring = Keyring.load(ctx.data_paths.keyring)
    now = datetime.now(UTC)
    locked: dict[str, datetime] = {}
    for name, entry in (ring.users.items() if ring is not None else ()):
        until = datetime.fromisoformat(entry.locked_until) if entry.locked_until else None
        if until is not None and until > now:
            locked[name] = until
    return locked


def disable_user(ctx: Workspace, name: str) -> AccountView:
    """Disable an account: its wrapped key is removed first, so even an edited database cannot let it in."""
    require(ctx, "user.manage")
    if name == ctx.actor:
        raise ValidationError("账户名", "不能停用自己的账户")
    with ctx.db.read() as session:
        if session.get(UserAccount, name) is None:
            raise NotFoundError(f"没有账户「{name}」")
    with Keyring.update(ctx.data_paths.keyring) as ring:
        ring.remove(name)
    if name in _ring(ctx.data_paths).users:  # read back: the report below must be true
        raise AuthenticationError(f"未能删除账户「{name}」的密钥副本，账户未停用")
    with ctx.db.write(ctx.actor, "停用账户") as session:
        account = session.get(UserAccount, name)
        assert account is not None
        account.disabled = True
        ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name, "disabled": True,
                                                                          "key_removed": True})
    return _view(account)


def enable_user(ctx: Workspace, name: str, password: str) -> AccountView:
    """An administrator enables a disabled account again, with a new password (its old key copy is gone)."""
    require(ctx, "user.manage")
    check_password_strength(password)
    data_key = ctx.db.data_key
    if data_key is None:
        raise AuthenticationError("未登录：不能启用账户")
    with ctx.db.read() as session:
        found = session.get(UserAccount, name)
        if found is None:
            raise NotFoundError(f"没有账户「{name}」")
    with Keyring.update(ctx.data_paths.keyring) as ring:
        ring.set_password(name, password, data_key)
    with ctx.db.write(ctx.actor, "启用账户") as session:
        account = session.get(UserAccount, name)
        assert account is not None
        account.disabled = False
        ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name, "disabled": False})
    return _view(account)


RECOVERY_ACTOR = "恢复密钥"


def reset_password(paths: DataPaths, name: str, recovery_key: str, new_password: str) -> None:
    """With the printed recovery key, give ``name`` a new password (and clear its lockout).

    A disabled account stays disabled: only an administrator enables it (``enable_user``). The audit
    names the recovery key as the means, not the account whose password was reset.
    """
    check_password_strength(new_password)
    ring = _ring(paths)
    data_key = ring.unlock_with_recovery(recovery_key)
    ctx = initialize(paths, actor=RECOVERY_ACTOR, key=data_key if ring.cipher == "sqlcipher" else None)
    try:
        with ctx.db.read() as session:
            account = session.get(UserAccount, name)
            if account is None:
                raise NotFoundError(f"没有账户「{name}」")
            if account.disabled:
                raise ValidationError("账户名", f"账户「{name}」已停用：恢复密钥不能重新启用它，须由管理员启用",
                                      field="name", code="account_disabled", details={"name": name})
        with Keyring.update(paths.keyring) as fresh:
            fresh.set_password(name, new_password, data_key)
        with ctx.db.write(RECOVERY_ACTOR, "用恢复密钥重设密码") as session:
            ctx.db.audit(session, entity="user_account", entity_id="", after={"name": name, "means": "recovery_key"})
    finally:
        ctx.db.close()


def _ring(paths: DataPaths) -> Keyring:
    ring = Keyring.load(paths.keyring)
    if ring is None:
        raise AuthenticationError("本机数据尚未启用账户：请先由管理员启用账户", code="not_protected")
    return ring


def _view(account: UserAccount) -> AccountView:
    return AccountView(account.name, account.display_name, account.role, role_label(account.role), account.disabled,
                       account.last_login_at)


def write_recovery_key_pdf(path: Path, recovery_key: str, *, admin: str, where: str = "",
                           made_on: date | None = None) -> Path:
    """One A4 page with the recovery key, to print once and lock away (the key is never stored in clear).

    ``where`` names the tribunal or device; the page says what the key is for and what to do with it. The key is
    printed in a monospaced face, in its groups, large enough to copy by hand.
    """
    from importlib import resources as package_files

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from fuyuan_desktop.documents.fonts import register_face

    font = register_face(Path(str(package_files.files("fuyuan_desktop.resources") / "fonts" / "wqy-zenhei.ttf")))
    path.parent.mkdir(parents=True, exist_ok=True)
    page = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    page.setTitle("恢复密钥")
    width, height = A4
    y = height - 30 * mm
    page.setFont(font, 20)
    page.drawCentredString(width / 2, y, "府院联动·诉前调解工作台　恢复密钥")
    y -= 14 * mm
    page.setFont(font, 11)
    lines = [
        f"管理员账户：{admin}",
        f"本机：{where}" if where else "",
        f"生成日期：{(made_on or date.today()).isoformat()}",
        "",
        "忘记所有账户的密码时，凭此密钥为账户重设密码，恢复本机的加密数据。",
        "密钥只显示和打印这一次，程序不保存它。请锁进柜子，不要拍照、不要存进电脑或手机。",
    ]
    for line in filter(None, lines):
        page.drawString(25 * mm, y, line)
        y -= 7 * mm
    y -= 8 * mm
    page.setFont("Courier-Bold", 18)
    groups = recovery_key.split("-")
    per_line = 4
    for start in range(0, len(groups), per_line):
        page.drawCentredString(width / 2, y, "-".join(groups[start:start + per_line]))
        y -= 11 * mm
    page.rect(20 * mm, y + 4 * mm, width - 40 * mm, (11 * ((len(groups) + per_line - 1) // per_line) + 8) * mm)
    page.showPage()
    page.save()
    return path
