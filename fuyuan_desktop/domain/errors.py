"""Typed errors whose messages are fit to show a judge or clerk (Chinese first)."""

from __future__ import annotations


class FuyuanError(Exception):
    """Base of every error the app reports to a user."""

    exit_code = 1


class ValidationError(FuyuanError):
    """Bad input: names the field and the reason, in the user's language."""

    exit_code = 2

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}：{reason}" if field else reason)


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
