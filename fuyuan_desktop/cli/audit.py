"""``fuyuan audit verify``: prove the audit chain, event by event."""

from __future__ import annotations

import argparse

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, workspace


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from fuyuan_desktop.services.audit import verify_audit

    report = verify_audit(workspace(args))

    def human() -> None:
        if report.ok:
            print(f"审计链完整：共 {report.events} 条事件，逐条校验通过。")
        else:
            print(f"审计链发现 {len(report.problems)} 处问题（共 {report.events} 条事件）：")
            for problem in report.problems:
                print(f"  {problem.message}")

    emit(
        args,
        {
            "ok": report.ok,
            "events": report.events,
            "problems": [{"seq": p.seq, "message": p.message} for p in report.problems],
        },
        human,
    )
    return 0 if report.ok else 1


def register(sub: Subparsers) -> None:
    """Add ``audit`` to the ``fuyuan`` command."""
    audit = add_group(sub, "audit", "审计链")
    add_command(audit, "verify", cmd_audit_verify, "校验审计链是否完整、未被篡改")
