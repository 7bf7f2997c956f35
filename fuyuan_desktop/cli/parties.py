"""``fuyuan case parties|guardian|agent|capacity``: parties as the law sees them — capacity, guardians, agents' authority."""

from __future__ import annotations

import argparse
from typing import Any

from fuyuan_desktop.cli.common import Subparsers, add_command, emit, parse_date, workspace


def _print_law(law: Any, head: str = "") -> None:
    if head:
        print(head)
    state = f"（{law.capacity_text}）" if law.capacity_text else ""
    print(f"{law.role}：{law.name}{state}")
    if law.recorded:
        print(f"  民事行为能力：{law.recorded}，依据：{law.recorded_basis}")
    if law.guardian:
        print(f"  法定代理人：{law.guardian}")
    for _id, name, authority in law.agents:
        print(f"  委托代理人：{name}，代理权限：{authority}")
    for problem in law.problems:
        print(f"  ✗ {problem}")


def cmd_case_parties(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.parties import party_law

    view = party_law(workspace(args), args.ref, on=args.on)

    def human() -> None:
        for party in view.parties:
            _print_law(party)

    emit(args, view, human)


def cmd_case_guardian(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.parties import GuardianInput, set_guardian

    law = set_guardian(
        workspace(args), args.ref, args.party,
        GuardianInput(args.name, args.relation, args.id_number, phone=args.phone, address=args.address),
    )
    emit(args, law, lambda: _print_law(law, "已登记法定代理人。"))


def cmd_case_agent(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.parties import set_agent_authority

    law = set_agent_authority(workspace(args), args.ref, args.agent, args.authority, args.power or [])
    emit(args, law, lambda: _print_law(law, "已登记代理权限。"))


def cmd_case_capacity(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.parties import set_capacity

    law = set_capacity(workspace(args), args.ref, args.party, "" if args.fact == "age" else args.fact, args.basis)
    emit(args, law, lambda: _print_law(law, "已登记民事行为能力。"))


def register(case: Subparsers) -> None:
    """Add the party-law commands to the ``case`` group."""
    p = add_command(case, "parties", cmd_case_parties, "当事人的民事行为能力、法定代理人、代理权限及签署障碍")
    p.add_argument("ref")
    p.add_argument("--on", type=parse_date, help="按哪一天（签署日）计算年龄（默认今天）")
    p = add_command(case, "guardian", cmd_case_guardian, "登记当事人的法定代理人（未成年人、无或限制民事行为能力人）")
    p.add_argument("ref")
    p.add_argument("--party", required=True, help="被代理的当事人姓名或 ID")
    p.add_argument("--name", required=True, help="法定代理人姓名")
    p.add_argument("--relation", required=True, help="与当事人关系，如 父亲、母亲、监护人")
    p.add_argument("--id-number", required=True, help="法定代理人身份证号码")
    p.add_argument("--phone", default="")
    p.add_argument("--address", default="", help="住址（默认同当事人）")
    p = add_command(case, "agent", cmd_case_agent, "登记委托代理人的代理权限（一般授权 / 特别授权及授权事项）")
    p.add_argument("ref")
    p.add_argument("--agent", required=True, help="代理人姓名或 ID")
    p.add_argument("--authority", required=True, help="一般授权 或 特别授权")
    p.add_argument("--power", action="append", help="特别授权事项（可多次），如 签署调解协议、进行和解")
    p = add_command(case, "capacity", cmd_case_capacity, "登记影响民事行为能力的事实（及依据）")
    p.add_argument("ref")
    p.add_argument("--party", required=True, help="当事人姓名或 ID")
    p.add_argument("--fact", required=True, choices=["age", "labour", "limited", "none"],
                   help="age：按年龄；labour：16–17 周岁以自己劳动收入为主要生活来源；limited/none：成年人限制/无民事行为能力")
    p.add_argument("--basis", default="", help="认定依据（判决书、证明材料）")
