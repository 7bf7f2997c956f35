"""``fuyuan case confirmation …``: the 司法确认 of a case's agreement — its period, the application, the ruling."""

from __future__ import annotations

import argparse

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, parse_date, workspace


def cmd_show(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.confirmation import confirmation_state

    state = confirmation_state(workspace(args), args.ref)

    def human() -> None:
        print(state.summary)
        for line in state.refusals:
            print(f"  不能申请：{line}")
        for line in state.warnings:
            print(f"  注意：{line}")
        if not state.applications:
            print("尚未登记司法确认申请")
        for a in state.applications:
            print(f"申请：{a.status_text}")

    emit(args, state, human)


def cmd_apply(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.confirmation import record_application

    ws = workspace(args)
    view = record_application(ws, args.ref, applied_on=args.on or ws.today(), court_number=args.number or "",
                              note=args.note, version=args.version)
    emit(args, view, lambda: print(f"已登记司法确认申请：{view.status_text}"))


def cmd_ruling(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.confirmation import record_ruling

    ws = workspace(args)
    view = record_ruling(ws, args.ref, ruling=args.ruling, ruled_on=args.on or ws.today(), court_number=args.number)
    emit(args, view, lambda: print(f"已登记裁定：{view.status_text}"))


def register(case: Subparsers) -> None:
    """Add ``confirmation`` to ``fuyuan case``."""
    group = add_group(case, "confirmation", "司法确认：申请期限、登记申请和裁定", metavar="子命令",
                      dest="confirmation_sub")
    p = add_command(group, "show", cmd_show, "显示司法确认申请期限、不能申请的原因和已登记的申请")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p = add_command(group, "apply", cmd_apply, "登记当事人共同申请司法确认（协议生效之日起三十日内）")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("--on", type=parse_date, help="申请日（默认今天）")
    p.add_argument("--number", help="法院案号（如已立案）")
    p.add_argument("--version", type=int, help="协议版本（默认现行有效的一版）")
    p.add_argument("--note", default="", help="备注")
    p = add_command(group, "ruling", cmd_ruling, "登记法院裁定：确认有效、驳回或撤回")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("ruling", help="确认有效、驳回或撤回")
    p.add_argument("--on", type=parse_date, help="裁定日期（默认今天）")
    p.add_argument("--number", help="法院案号（确认有效、驳回须有）")
