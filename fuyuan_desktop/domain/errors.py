"""Typed errors whose messages are fit to show a judge or clerk (Chinese first)."""

from __future__ import annotations

from collections.abc import Mapping


class FuyuanError(Exception):
    """Base of every error the app reports to a user.

    The message is in words any frontend can show as it is: it never names a command or a flag. ``code`` says
    what went wrong in a machine-readable word ("not_initialized", "superseded", …) and ``details`` holds the
    values behind the message, so a frontend can add its own hint (the command line names the command to run).
    """

    exit_code = 1
    code = ""

    def __init__(self, *args: object, code: str | None = None, details: Mapping[str, object] | None = None) -> None:
        super().__init__(*args)
        if code is not None:
            self.code = code
        self.details: dict[str, object] = dict(details or {})


class ValidationError(FuyuanError):
    """Bad input: names the field and the reason, in the user's language.

    ``label`` is the field as the user knows it ("调解结果"), and ``str(error)`` is "label：reason", which is
    what the workbench shows. ``field`` is the machine-readable key of the input ("outcome"), which a frontend
    maps to where the user typed it (the command line to ``--outcome``); where the call site gives no key it is
    the label, as it always was (the intake wizard reads the key path in front of its labels).
    """

    exit_code = 2
    code = "invalid"

    def __init__(self, label: str, reason: str, *, field: str = "", code: str | None = None,
                 details: Mapping[str, object] | None = None) -> None:
        self.label = label
        self.field = field or label
        self.reason = reason
        super().__init__(f"{label}：{reason}" if label else reason, code=code, details=details)


class NotFoundError(FuyuanError):
    """A case, party or record the user named does not exist."""

    exit_code = 2


class TransitionError(FuyuanError):
    """A status change the workflow does not allow; the message lists what is allowed."""

    exit_code = 2


class ImmutableDocumentError(FuyuanError):
    """An attempt to change a finalised legal document."""

    exit_code = 2


class ConflictError(FuyuanError):
    """Two versions of the same thing disagree and neither may silently win."""


class SchemaTooNewError(FuyuanError):
    """The database was written by a newer version of the app."""


class InputErrors(FuyuanError):
    """Several fields of one input are wrong at once; nothing was written."""

    exit_code = 2

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


class AuthenticationError(FuyuanError):
    """A login failed: unknown account, wrong password, disabled account or locked after failures."""

    exit_code = 3


class PermissionDeniedError(FuyuanError):
    """The acting user's role may not do this; the message names the action and who may."""

    exit_code = 4


class EncryptionUnavailableError(FuyuanError):
    """Personal data would be stored unencrypted and no administrator has allowed that."""


class StoreBusyError(FuyuanError):
    """The data folder's store is open in another program, and this operation needs it alone."""

    def __init__(self, folder: object, purpose: str, holders: list[str]) -> None:
        self.folder = str(folder)
        self.purpose = purpose
        self.holders = holders
        who = "；".join(holders) if holders else "另一个程序"
        super().__init__(f"不能{purpose}：数据目录 {self.folder} 正被其他程序使用——{who}。"
                         f"请先关闭它（例如退出工作台）再试；数据未作任何改动。")


class DiskFullError(FuyuanError):
    """A write failed for lack of disk space; what was saved before is intact and still readable."""

    def __init__(self, folder: object, needed_bytes: int, free_bytes: int | None = None) -> None:
        self.folder = str(folder)
        self.needed_bytes = needed_bytes
        self.free_bytes = free_bytes
        free = f"（现在可用 {free_bytes / 1024 / 1024:.1f} MB）" if free_bytes is not None else ""
        super().__init__(f"磁盘空间不足：{self.folder} 所在的磁盘已满{free}，请至少腾出约 "
                         f"{max(1, -(-needed_bytes // (1024 * 1024)))} MB 后再试。本次修改未保存；"
                         "此前保存的数据完好，仍可查看，也可备份到另一块磁盘。", code="disk_full")
