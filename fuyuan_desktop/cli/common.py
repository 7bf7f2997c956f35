"""What every ``fuyuan`` command shares: the parser's shape, opening the workspace (with the login), the actor,
output (human or ``--json``), tables, and errors — in the command line's words (flags and commands) and exit codes.

The command modules use only this module's public names; none reaches into another.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fuyuan_desktop.domain.errors import AuthenticationError, FuyuanError, InputErrors, ValidationError

if TYPE_CHECKING:  # opening data loads the database layer: only when a command does it, not for --help
    from fuyuan_desktop.services.workspace import DataPaths, Workspace

Handler = Callable[[argparse.Namespace], Any]
Subparsers = Any  # argparse's private _SubParsersAction: what ``add_subparsers`` returns

ENV_PASSWORD = "FUYUAN_PASSWORD"

# The field keys of service errors → the flag the user typed them with. A service names a field by its label
# ("调解结果") and its key ("outcome"); here the key becomes the flag, so "--outcome 调解结果：…" names both.
FLAGS = {
    "recipient": "--recipient",
    "problems": "--problems",
    "suggestions": "--suggestions",
    "reply_months": "--reply-months",
    "served_to": "--to",
    "signed_on": "--on",
    "judgment_number": "--judgment",
    "admin": "--admin",
    "backup_recipient": "--backup-recipient",
    "category": "--category",
    "cause_filter": "--cause",
    "cause_level": "--cause-level",
    "court": "--court",
    "court_number": "--number",
    "disputes": "--disputes",
    "note": "--note",
    "on": "--on",
    "code": "--code",
    "under": "--under",
    "out": "--out",
    "outcome": "--outcome",
    "party": "--party",
    "period": "--quarter/--year",
    "quarter": "--quarter",
    "reason": "--reason",
    "session": "--session",
    "sort": "--sort",
    "status": "--status",
    "to": "--to",
    "tribunal": "--tribunal",
    "url": "--url",
    "year": "--year",
}

# What to type, by the error's code: a service says what to do in words ("请先初始化本机"), the command line adds
# the command or flag that does it. ``{name}`` takes the error's details; a hint whose detail is missing is left out.
HINTS = {
    "account_disabled": "`fuyuan user enable {name}`",
    "already_protected": "`fuyuan user add 姓名 --role 角色`",
    "ambiguous_legacy_place": "`fuyuan place review`",
    "disk_full": "`fuyuan backup create --to 文件夹`",
    "certificate_unverified": "--ca 中院证书.pem",
    "demo_refused": "`fuyuan demo`（写入演示工作区），之后 `fuyuan --demo 命令`",
    "draft": "--version {final_version}",
    "encryption_unavailable": "`fuyuan init --admin 姓名 --allow-unencrypted`",
    "hub_not_initialized": "`fuyuan hub init`",
    "no_hub": "`fuyuan hub init --home {folder}`，PostgreSQL 另加 --db postgresql+psycopg://用户@主机/库",
    "no_hub_url": "--url 中院端地址",
    "no_pending_request": "`fuyuan hub requests`",
    "no_recommendation": "`fuyuan recommendation draft 案件编号`",
    "no_request_at_hub": "`fuyuan device request --url 中院端地址`",
    "no_such_recommendation": "--version N 为本案第几份",
    "no_such_sitting": "--version N 为第几次调解",
    "no_such_version": "不带 --version",
    "not_enrolled": "`fuyuan device request --out 申请.json` 或 --url 中院端地址；"
                    "批准后 `fuyuan device enroll 授权文件` 或 --url 中院端地址",
    "not_in_admin_centre": "`fuyuan linkage admin open 案件编号`",
    "not_initialized": "`fuyuan init`",
    "not_protected": "`fuyuan init --admin 姓名`",
    "unknown_category": "`fuyuan case categories`",
    "unknown_legacy_place": "`fuyuan place review`",
    "unknown_place": "`fuyuan place list {place}`；新地点：`fuyuan place add`",
    "unknown_device": "`fuyuan hub devices`",
    "unknown_ledger": "`fuyuan export ledger --list`",
    "unknown_tribunal": "`fuyuan court list`",
    "unknown_setting": "`fuyuan reference show`",
}


# --- the parser -----------------------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse with its own usage errors in the user's words, exit 2."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        # the message quotes what was typed: a character no encoding can write (a lone surrogate from undecodable
        # bytes) is shown as its escape, not allowed to turn a usage error into a crash
        shown = translate_argparse(message).encode("utf-8", "backslashreplace").decode("utf-8")
        print(f"错误：{shown}", file=sys.stderr)
        raise SystemExit(2)


def translate_argparse(message: str) -> str:
    replacements = {
        "the following arguments are required": "缺少必需的参数",
        "invalid choice": "无效的选项",
        "unrecognized arguments": "无法识别的参数",
        "expected one argument": "需要一个参数值",
        "argument": "参数",
        "invalid int value": "不是整数",
    }
    for en, zh in replacements.items():
        message = message.replace(en, zh)
    return message


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="数据目录（默认按系统惯例；也可用 FUYUAN_DATA_DIR）"
    )
    common.add_argument("--demo", dest="demo_workspace", action="store_true", default=argparse.SUPPRESS,
                        help="使用演示工作区（数据目录下的 demo/ 文件夹，与正式数据分开）")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="以 JSON 输出，供程序读取")
    common.add_argument("--user", default=argparse.SUPPRESS,
                        help="以此账户操作（也可用 FUYUAN_USER；密码取自 FUYUAN_PASSWORD 或提示输入）")
    return common


# Accepted before the command and after it (SUPPRESS: a later absence does not undo an earlier --json).
COMMON_OPTIONS = _common_options()


def root_parser() -> tuple[argparse.ArgumentParser, Subparsers]:
    """The ``fuyuan`` parser and the subparsers every command group registers into."""
    parser = Parser(prog="fuyuan", description="府院联动·诉前调解工作台 命令行", parents=[COMMON_OPTIONS])
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令", parser_class=Parser)
    return parser, sub


def add_group(sub: Subparsers, name: str, helptext: str, *, metavar: str | None = None,
              dest: str = "sub") -> Subparsers:
    """A command group (``fuyuan case …``): returns the subparsers its commands go into."""
    return sub.add_parser(name, help=helptext).add_subparsers(dest=dest, required=True, metavar=metavar,
                                                              parser_class=Parser)


def add_command(sub: Subparsers, name: str, handler: Handler, helptext: str, *,
                parents: list[argparse.ArgumentParser] | None = None) -> argparse.ArgumentParser:
    """A command that runs ``handler(args)``; it takes the common options unless ``parents`` says otherwise."""
    p: argparse.ArgumentParser = sub.add_parser(
        name, help=helptext, description=helptext, parents=[COMMON_OPTIONS] if parents is None else parents
    )
    p.set_defaults(handler=handler)
    return p


def parse_date(text: str) -> date:
    """argparse ``type`` for YYYY-MM-DD (within the years the domain accepts)."""
    from fuyuan_desktop.domain.dates import parse_date as parse_domain_date

    try:
        return parse_domain_date(text, "")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


MAX_COUNT = 1_000_000


def parse_count(text: str) -> int:
    """--limit / --offset: a whole number 0 … 1,000,000 (``1e20`` or a 30-digit number is no count)."""
    if not text.strip().isdigit() or len(text.strip()) > 7 or int(text) > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"「{text}」应为 0–{MAX_COUNT:,} 之间的整数")
    return int(text)


def has_surrogate(text: str) -> bool:
    """Bytes that were not UTF-8 reach argv as lone surrogates: printing or storing them would fail later."""
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def start_log(args: argparse.Namespace) -> None:
    """The same rotating, scrubbed log as the workbench's; a command line names only the command, never its
    arguments (they carry names and numbers). Best effort: a full disk or a read-only log folder never stops it."""
    from fuyuan_desktop.services.workspace import name_this_program

    command = " ".join(str(p) for p in ("fuyuan", getattr(args, "command", ""), getattr(args, "sub", "")) if p)
    name_this_program(command)
    if getattr(args, "command", "") in ("version", "bench"):
        return
    from fuyuan_desktop.diagnostics.logs import setup_logging

    try:
        from fuyuan_desktop.services.workspace import resolve_data_paths

        paths = resolve_data_paths(getattr(args, "data_dir", None))
        if not paths.root.is_dir():
            return  # not yet: a refused command must not make the folder just to log in it (run() logs after)
        setup_logging(paths)
    except OSError:
        return
    logging.getLogger("fuyuan.cli").info("command %s", command)


def add_period(p: argparse.ArgumentParser) -> None:
    """``--from``, ``--to`` and ``--court`` of the reports and ledgers."""
    p.add_argument("--from", dest="date_from", type=parse_date, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_date, help="截止日期 YYYY-MM-DD")
    p.add_argument("--court", help="法院代字或名称（默认：本库全部法院）")


# --- the workspace --------------------------------------------------------------------------------------------


def actor() -> str:
    """Who acts on an unprotected store: ``FUYUAN_USER``, else the login name."""
    try:
        return os.environ.get("FUYUAN_USER") or getpass.getuser()
    except Exception:  # getuser fails without a login name (containers, services)
        return "unknown"


def read_password(prompt: str, *, confirm: bool = False) -> str:
    """``FUYUAN_PASSWORD`` if set, else a prompt on the terminal (never echoed, never logged)."""
    env = os.environ.get(ENV_PASSWORD)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise AuthenticationError(f"需要密码：请在终端中运行，或设置环境变量 {ENV_PASSWORD}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输入一次：") != first:
        raise AuthenticationError("两次输入的密码不一致")
    return first


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data folder of ``--data-dir`` (or FUYUAN_DATA_DIR, or the platform's default); with ``--demo`` its
    demo workspace (``<data>/demo``, made if new)."""
    from fuyuan_desktop.services.workspace import resolve_data_paths

    paths = resolve_data_paths(args.data_dir)
    return paths.demo_workspace() if getattr(args, "demo_workspace", False) else paths


def workspace(args: argparse.Namespace) -> Workspace:
    """The workspace a command acts in: logged in on a protected store, the open store otherwise."""
    from fuyuan_desktop.services.accounts import is_protected
    from fuyuan_desktop.services.workspace import open_workspace

    opened = getattr(args, "_opened_workspace", None)
    if opened is not None:  # a command that asks twice (its output, then a mark on it) logs in once
        return opened  # type: ignore[no-any-return]
    paths = data_paths(args)
    credentials = None
    if is_protected(paths):
        name = getattr(args, "user", None) or os.environ.get("FUYUAN_USER")
        if not name:
            raise AuthenticationError("本机数据已启用账户：请用 --user 姓名 或环境变量 FUYUAN_USER 指定账户")
        credentials = (name, read_password(f"账户「{name}」的密码："))
    ws = open_workspace(paths, actor=actor(), credentials=credentials)
    for warning in ws.warnings:
        print(f"警告：{warning}", file=sys.stderr)
    args._opened_workspace = ws
    return ws


# --- output ---------------------------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """Views (dataclasses), dates and paths as JSON values."""
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def emit(args: argparse.Namespace, data: Any, human: Callable[[], None]) -> None:
    """``data`` as JSON with ``--json``, else whatever ``human`` prints."""
    if args.json:
        json.dump(jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        human()


def say(args: argparse.Namespace, data: Any, text: str) -> None:
    """``emit`` with one line of text for people."""
    emit(args, data, lambda: print(text))


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    """Columns aligned for a terminal (CJK characters are two cells wide)."""

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers, *rows]:
        print("  ".join(cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(line)).rstrip())


def read_json_file(name: str) -> Any:
    """The JSON document in file ``name`` (given with ``--from``); a missing or malformed file is an input error."""
    path = Path(name)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("--from", f"文件不存在：{path}") from None
    except UnicodeDecodeError:
        raise ValidationError("--from", f"{path} 不是 UTF-8 编码的文本文件") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "--from", f"{path} 不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}"
        ) from None
    except RecursionError:
        raise ValidationError("--from", f"{path} 的 JSON 嵌套过深，不是登记或协议文件") from None


# --- errors and exit codes ------------------------------------------------------------------------------------


def describe(error: FuyuanError) -> str:
    """An error as the command line says it: the field's flag in front of its label, the command to run after."""
    text = str(error)
    if isinstance(error, ValidationError) and error.field in FLAGS:
        flag = FLAGS[error.field]
        text = f"{flag} {error.label}：{error.reason}" if error.label else f"{flag}：{error.reason}"
    hint = HINTS.get(error.code)
    if hint is not None:
        try:
            hint = hint.format(**getattr(error, "details", {}))
        except KeyError:  # the message had nothing to point at (e.g. no final version to print instead)
            return text
        text = f"{text[:-1]}（{hint}）。" if text.endswith("。") else f"{text}（{hint}）"
    return text


def run(args: argparse.Namespace) -> int:
    """Run the command; every failure becomes a message on stderr and an exit code (2 for input errors)."""
    if any(isinstance(value, str) and has_surrogate(value) for value in vars(args).values()):
        print("输入有误，未作任何保存：\n  参数含有无法识别的字符（不是有效的 UTF-8 文字），请重新输入", file=sys.stderr)
        return 2
    start_log(args)
    log = logging.getLogger("fuyuan.cli")
    logged = bool(log.root.handlers) or bool(logging.getLogger("fuyuan").handlers)
    try:
        result = args.handler(args)
        if not logged:  # the command made the data folder: its log starts now, naming the command
            start_log(args)
    except InputErrors as exc:
        log.warning("refused: InputErrors (%d fields)", len(exc.errors))
        print("输入有误，未作任何保存：", file=sys.stderr)
        for error in exc.errors:
            print(f"  {describe(error)}", file=sys.stderr)
        return exc.exit_code
    except FuyuanError as exc:
        log.warning("refused: %s", type(exc).__name__)
        print(f"错误：{describe(exc)}", file=sys.stderr)
        if os.environ.get("FUYUAN_DEBUG"):  # where a refusal came from, for whoever traces it
            import traceback

            traceback.print_exc()
        return exc.exit_code
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except IsADirectoryError as exc:
        print(f"错误：{exc.filename} 是文件夹，不是文件。", file=sys.stderr)
        return 2
    except PermissionError as exc:
        print(
            f"错误：没有权限访问 {exc.filename or '数据文件'}。请检查文件权限或换一个数据目录（--data-dir）。",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            where = Path(exc.filename).parent if exc.filename else "数据目录"
            print(f"错误：磁盘空间不足：{where} 所在的磁盘已满，请腾出空间后再试；此前保存的数据完好。", file=sys.stderr)
            return 1
        print(f"错误：读写文件失败（{exc.strerror or exc}）：{exc.filename or ''}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: never a bare traceback for a clerk
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError) and "locked" in str(exc):
            print("错误：数据库正被另一个程序占用（例如已打开的工作台）。请稍后再试。", file=sys.stderr)
            return 1
        import traceback

        log.exception("internal error in %s", args.command)  # scrubbed on the way
        print(f"内部错误：{type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("FUYUAN_DEBUG"):
            traceback.print_exc()
        else:
            print("（设置环境变量 FUYUAN_DEBUG=1 可查看详细信息。）", file=sys.stderr)
        return 1
    return int(result) if isinstance(result, int) else 0


# --- the laptop or the hub ------------------------------------------------------------------------------------


def hub_option(p: argparse.ArgumentParser, what: str) -> None:
    """``--hub [中院目录]``: act on the intermediate court's store instead of this laptop's; what is changed there
    reaches every laptop with its next receipt."""
    p.add_argument("--hub", nargs="?", const="", metavar="中院目录",
                   help=f"{what}（中院目录，或内含 hub 的数据目录；省略则为 --data-dir）；随下次回执发到各设备")


def workspace_or_hub(args: argparse.Namespace) -> Any:
    """The laptop's workspace, or with ``--hub`` the hub's, acted on by whoever runs the command."""
    if getattr(args, "hub", None) is None:
        return workspace(args)
    from fuyuan_desktop.services.hub import hub_workspace, open_hub_store

    folder = Path(args.hub).expanduser().resolve() if args.hub else data_paths(args).root
    return hub_workspace(open_hub_store(folder, None)).as_actor(actor())
