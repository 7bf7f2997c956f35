"""``fuyuan case serve`` and ``fuyuan case served``: recording that a printed paper was served, and listing it."""

from __future__ import annotations

import argparse

from fuyuan_desktop.cli.common import Subparsers, add_command, emit, parse_date, table, workspace


def cmd_serve(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.service_records import ServiceInput, record_service

    ws = workspace(args)
    view = record_service(ws, args.ref, ServiceInput(
        paper=args.paper, to=args.to or "", served_on=args.on or ws.today(), method=args.method, place=args.place,
        server=args.by or "", receipt=args.receipt, signer=args.signer, witness=args.witness, note=args.note))

    def human() -> None:
        print(f"已登记送达：{view.paper} {view.line}；送达记录 {view.id}")
        print(f"  打印送达回证：fuyuan print service_proof {args.ref} --service {view.id} --out 回证.pdf")
        for warning in view.warnings:
            print(f"  注意：{warning}")

    emit(args, view, human)


def cmd_served(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.service_records import services_of

    rows = services_of(workspace(args), args.ref)

    def human() -> None:
        if not rows:
            print("本案尚未登记送达（fuyuan case serve）")
            return
        table([[v.served_on.isoformat(), v.paper, v.recipient, v.method, v.receipt, v.signer, v.witness, v.place,
                v.server, v.id] for v in rows],
              ["送达日期", "文书", "受送达人", "方式", "签收", "签收人", "见证人", "地点", "送达人", "记录"])

    emit(args, rows, human)


def register(case: Subparsers) -> None:
    """Add ``serve`` and ``served`` to ``fuyuan case``."""
    p = add_command(case, "serve", cmd_serve, "登记送达：某份已打印的文书何时、以何种方式送达给谁")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("--paper", required=True, metavar="验证码", help="所送达文书的验证码（或文书编号）")
    p.add_argument("--to", metavar="受送达人", help="当事人姓名或名称；司法建议书可省略（被建议单位）")
    p.add_argument("--method", required=True, metavar="方式",
                   help="直接送达、留置送达、电子送达、邮寄送达、委托送达、转交送达（见参考数据 service_methods）")
    p.add_argument("--on", type=parse_date, help="送达日期（默认今天）")
    p.add_argument("--place", default="", help="送达地点")
    p.add_argument("--by", metavar="送达人", help="送达人（默认当前用户）")
    p.add_argument("--receipt", default="签收", help="签收或拒收（拒收的按留置送达登记，须写见证人）")
    p.add_argument("--signer", default="", help="签收人：代收人、被建议单位的收件人（本人签收的可省略）")
    p.add_argument("--witness", default="", help="留置送达见证人（姓名、单位）")
    p.add_argument("--note", default="", help="备注")
    p = add_command(case, "served", cmd_served, "本案已登记的送达")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
