"""Accounts: login, lockout with back-off, disabling, recovery, and role rules inside the services."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import TODAY, intake_input

from fuyuan_desktop.domain.errors import AuthenticationError, EncryptionUnavailableError, PermissionDeniedError
from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.keyring import Keyring, Lockout
from fuyuan_desktop.store.paths import DataPaths

PASSWORD = "admin-password-1"


@pytest.fixture
def store(paths: DataPaths) -> DataPaths:
    made = accounts.create_protected_store(paths, "管理员", PASSWORD)
    for name, role in (("王法官", "judge"), ("李书记员", "clerk"), ("赵调解员", "mediator")):
        accounts.add_user(made.ctx, name, role, f"{name}-password")
    made.ctx.db.engine.dispose()
    return paths


def _as(paths: DataPaths, name: str) -> Workspace:
    ctx = accounts.login(paths, name, f"{name}-password" if name != "管理员" else PASSWORD)
    ctx.today = lambda: TODAY
    return ctx


@pytest.mark.slow
def test_wrong_passwords_lock_the_account_with_growing_waits(store: DataPaths) -> None:
    for attempt in range(5):
        with pytest.raises(AuthenticationError, match="不正确"):
            accounts.login(store, "王法官", f"guess-{attempt}")
    ring = Keyring.load(store.keyring)
    assert ring is not None and ring.users["王法官"].locked_until is not None
    with pytest.raises(AuthenticationError, match="锁定"):
        accounts.login(store, "王法官", "王法官-password")  # even the right password waits
    policy = Lockout.shipped()
    assert [policy.lock_seconds(n) for n in (4, 5, 6, 7)] == [0, 30, 60, 120]
    assert policy.lock_seconds(60) == 3600
    later = datetime.now(UTC) + timedelta(seconds=31)
    ring.unlock("王法官", "王法官-password", now=later)  # after the wait it opens and the count resets
    assert Keyring.load(store.keyring).users["王法官"].failures == 0  # type: ignore[union-attr]


def test_unknown_user_and_disabled_user_are_refused(store: DataPaths) -> None:
    with pytest.raises(AuthenticationError):
        accounts.login(store, "不存在", "whatever-123")
    admin = _as(store, "管理员")
    accounts.disable_user(admin, "赵调解员")
    with pytest.raises(AuthenticationError):
        accounts.login(store, "赵调解员", "赵调解员-password")
    assert "赵调解员" not in json.loads(store.keyring.read_text(encoding="utf-8"))["users"]
    names = {a.name: a for a in accounts.list_users(admin)}
    assert names["赵调解员"].disabled and names["王法官"].role_label == "法官"


def test_the_recovery_key_resets_a_forgotten_password(paths: DataPaths) -> None:
    made = accounts.create_protected_store(paths, "管理员", PASSWORD)
    made.ctx.db.engine.dispose()
    with pytest.raises(AuthenticationError):
        accounts.reset_password(paths, "管理员", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "new-password-2")
    accounts.reset_password(paths, "管理员", made.recovery_key.lower().replace("-", " "), "new-password-2")
    accounts.login(paths, "管理员", "new-password-2").db.engine.dispose()
    with pytest.raises(AuthenticationError):
        accounts.login(paths, "管理员", PASSWORD)


def test_no_sqlcipher_means_no_plain_personal_data_unless_an_admin_allows_it(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The driver's absence is simulated by the availability probe only (the real wheel is installed).
    monkeypatch.setattr(accounts, "sqlcipher_available", lambda: False)
    with pytest.raises(EncryptionUnavailableError, match="sqlcipher3"):
        accounts.create_protected_store(paths, "管理员", PASSWORD)
    assert not paths.keyring.exists()
    made = accounts.create_protected_store(paths, "管理员", PASSWORD, allow_unencrypted=True)
    assert not made.encrypted and not made.ctx.db.encrypted
    from fuyuan_desktop.services.audit import case_history  # noqa: F401  (history is per case; read raw)
    from fuyuan_desktop.store.models import AuditEvent

    with made.ctx.db.read() as session:
        actions = [e.action for e in session.query(AuditEvent).all()]
    assert "管理员允许不加密存储" in actions
    assert json.loads(paths.keyring.read_text(encoding="utf-8"))["allow_unencrypted"]["by"] == "管理员"


def _agreement() -> AgreementInput:
    return AgreementInput(kind="people", facts="楼上漏水", responsibilities="楼上负责维修",
                          clauses=[ClauseInput(obligor="李四", text="赔偿维修费", amount="3000",
                                               performance_method="现金", deadline=date(2026, 12, 31))])


@pytest.mark.slow
def test_only_a_judge_finalizes_and_the_refusal_says_who_may(store: DataPaths) -> None:
    clerk = _as(store, "李书记员")
    case = intake_dispute(clerk, intake_input())
    draft = draft_agreement(clerk, case.number, _agreement())
    with pytest.raises(PermissionDeniedError, match="书记员「李书记员」无权调解协议定稿：此操作只能由法官进行"):
        finalize_agreement(clerk, draft.id)
    mediator = _as(store, "赵调解员")
    with pytest.raises(PermissionDeniedError):
        intake_dispute(mediator, intake_input())
    admin = _as(store, "管理员")
    with pytest.raises(PermissionDeniedError):
        intake_dispute(admin, intake_input())
    judge = _as(store, "王法官")
    assert finalize_agreement(judge, draft.id).status == "已定稿"
    with pytest.raises(PermissionDeniedError):
        accounts.add_user(judge, "新人", "clerk", "new-person-1")


def test_role_table_covers_the_rules_the_issue_names() -> None:
    assert allowed("judge", "agreement.finalize") and not allowed("clerk", "agreement.finalize")
    assert allowed("judge", "recommendation.issue") and not allowed("clerk", "recommendation.issue")
    assert allowed("mediator", "record.write") and not allowed("mediator", "case.unmask")
    assert allowed("admin", "user.manage") and not allowed("judge", "user.manage")
    assert allowed(None, "agreement.finalize")  # open store (tests, tools): no account system
