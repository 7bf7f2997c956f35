"""``fuyuan case party-edit|mediators|reschedule|place``: what the case page's dialogs change, for clerks' scripts.

Each command calls the service its dialog calls (``services/case_edits.py``), so the checks, the messages and the
audit entries are the same; parties and sittings are numbered as ``fuyuan case show`` lists them (1 = the first).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from fuyuan_desktop.cli.common import Subparsers, add_command, emit, workspace


def _party_id(args: argparse.Namespace) -> str:
    from fuyuan_desktop.domain.errors import ValidationError
    from fuyuan_desktop.services.cases import get_case

    parties = get_case(workspace(args), args.ref).parties
    index = int(args.party)
    if not 1 <= index <= len(parties):
        raise ValidationError("当事人", f"本案有 {len(parties)} 位当事人，没有第 {index} 位", field="party")
    return parties[index - 1].id


def cmd_party_edit(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.case_edits import PartyEdit, edit_party

    edit = PartyEdit(name=args.name, id_number=args.id_number, phone=args.phone, address=args.address)
    changed = edit_party(workspace(args), _party_id(args), edit)
    words = {"name": "姓名/名称", "id_number": "身份证号码", "phone": "联系电话", "address": "住址/住所"}
    emit(args, {"changed": changed},
         lambda: print(f"已修改：{'、'.join(words[c] for c in changed)}" if changed else "没有改动"))


def cmd_mediators(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.case_edits import add_case_mediator, remove_case_mediator, replace_case_mediator

    ws = workspace(args)
    if args.add:
        change = add_case_mediator(ws, args.ref, args.add)
    elif args.remove:
        change = remove_case_mediator(ws, args.ref, args.remove)
    else:
        change = replace_case_mediator(ws, args.ref, *args.replace)
    emit(args, change, lambda: print(f"本案调解员：{'、'.join(change.mediators) or '（无）'}；主持调解：{change.lead or '—'}"
                                     f"；状态：{change.status}"))


def _court_time(text: str) -> datetime:
    from fuyuan_desktop.domain.court_time import COURT_TZ

    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=COURT_TZ)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」不是“YYYY-MM-DD HH:MM”格式的时间（北京时间）") from None


def cmd_reschedule(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.case_edits import cancel_session, reschedule_session, session_by_number

    ws = workspace(args)
    session_id = session_by_number(ws, args.ref, args.session)
    if args.cancel:
        cancel_session(ws, session_id, reason=args.reason)
        emit(args, {"session": session_id, "status": "cancelled"}, lambda: print(f"已取消第 {args.session} 次调解"))
        return
    reschedule_session(ws, session_id, args.at, place=args.place)
    where = f"，地点：{args.place}" if args.place else ""
    emit(args, {"session": session_id, "at": args.at},
         lambda: print(f"第 {args.session} 次调解改到 {args.at:%Y-%m-%d %H:%M}{where}"))


def cmd_place(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.case_edits import set_case_place

    change = set_case_place(workspace(args), args.ref, args.place)

    def human() -> None:
        known = "（已登记的村屯/园区）" if change.known else "（未匹配到已登记的村屯/园区，按文字保存）"
        moved = f"；{change.sittings_moved} 次尚未进行的调解随之改到新地点" if change.sittings_moved else ""
        print(f"纠纷地点改为：{change.place}{known}{moved}")

    emit(args, change, human)


def register(case: Subparsers) -> None:
    """Add ``party-edit``, ``mediators``, ``reschedule`` and ``place`` to the ``case`` group (cases.py calls it)."""
    p = add_command(case, "party-edit", cmd_party_edit, "更正当事人的姓名、身份证号码、电话、住址（记入审计）")
    p.add_argument("ref", help="案件编号、正式案号或 ID")
    p.add_argument("--party", type=int, required=True, metavar="N", help="第几位当事人（按 case show 的顺序，从 1 起）")
    p.add_argument("--name")
    p.add_argument("--id-number")
    p.add_argument("--phone", help="空字符串清除")
    p.add_argument("--address", help="空字符串清除")
    p = add_command(case, "mediators", cmd_mediators, "增加、撤换或替换本案的调解员（只能是调解员；第一位主持调解）")
    p.add_argument("ref")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--add", metavar="姓名")
    which.add_argument("--remove", metavar="姓名")
    which.add_argument("--replace", nargs=2, metavar=("原调解员", "新调解员"))
    p = add_command(case, "reschedule", cmd_reschedule, "调解改期或取消（尚无笔录的调解）")
    p.add_argument("ref")
    p.add_argument("--session", type=int, required=True, metavar="N", help="第几次调解（按时间顺序，从 1 起）")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--at", type=_court_time, metavar="\"YYYY-MM-DD HH:MM\"", help="新的时间（北京时间）")
    when.add_argument("--cancel", action="store_true", help="取消这次调解")
    p.add_argument("--place", help="新的地点（空字符串：纠纷地点）")
    p.add_argument("--reason", default="", help="取消原因（记入审计）")
    p = add_command(case, "place", cmd_place, "修改纠纷地点（尚未进行的调解随之改到新地点）")
    p.add_argument("ref")
    p.add_argument("place")
