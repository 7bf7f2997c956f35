"""``fuyuan hub …``: the intermediate court's side — devices and their enrolment, importing bundles, conflicts,
quarantine and the network service."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, data_paths, emit, parse_count, table
from fuyuan_desktop.domain.court_time import ZONE_NAME, court_clock
from fuyuan_desktop.domain.errors import FuyuanError, ValidationError


def _hub_root(args: argparse.Namespace) -> Path:
    """Where ``hub init`` makes the hub: ``--home``, else ``<data folder>/hub``."""
    if getattr(args, "home", None):
        return Path(args.home).expanduser().resolve()
    return data_paths(args).root / "hub"


def _hub_folder(args: argparse.Namespace) -> Path:
    """Where the other commands look for the hub: ``--home`` (the hub's folder or a data folder holding ``hub/``),
    else the data folder (``--data-dir``), whose ``hub/`` it finds."""
    if getattr(args, "home", None):
        return Path(args.home).expanduser().resolve()
    return data_paths(args).root


def _hub(args: argparse.Namespace) -> Any:
    from fuyuan_desktop.services.hub import open_hub_store

    try:
        return open_hub_store(_hub_folder(args), getattr(args, "db", None))
    except FuyuanError as exc:
        if exc.code == "no_hub":  # the hint names where `hub init` would make it with the same options
            exc.details["folder"] = str(_hub_root(args))
        raise


def cmd_hub_init(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import init_hub_store

    root = _hub_root(args)
    info = init_hub_store(root, args.db, backup_recipient=args.backup_recipient or "")

    def human() -> None:
        print(("已初始化中院端" if info.created else "中院端已存在，未重新生成密钥") + f"：{root}")
        print("加密收件人（公钥）：")
        for recipient in info.recipients:
            print(f"  {recipient}")
        print(f"中院私钥保存在 {root / 'keys' / 'hub-keys.json'}（不在数据库中，仅本账户可读）：")
        print("  请另行备份到安全处；丢失后在途的数据包无法解密（已导入的数据不受影响）。")
        print(f"数据库和目录记在 {root / 'hub.json'}（不含数据库密码）：此后的 `fuyuan hub …` 命令和 "
              "`fuyuan-desktop --hub` 只需指明数据目录或中院目录，不必再给 --db。")
        if info.password_needed:
            print(f"  数据库密码未保存：请设置环境变量 {info.password_env}（或 PostgreSQL 的 PGPASSWORD、~/.pgpass）。")

    emit(args, info, human)


def cmd_hub_approve(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import approve_enrollment

    hub = _hub(args)
    as_file = Path(args.request).is_file() or args.request.lower().endswith(".json")
    if as_file and not args.out:
        raise ValidationError("--out", "批准申请文件时请用 --out 指定授权文件写到哪里")
    approval = approve_enrollment(hub, Path(args.request) if as_file else args.request, tribunal=args.tribunal,
                                  court=args.court, url=args.url or "",
                                  grant_file=Path(args.out) if args.out else None)
    body = approval.grant
    where = f"，授权文件：{args.out}" if args.out else "；设备可用 `fuyuan device enroll --url 中院端地址` 取回授权"
    emit(args, body, lambda: print(f"已批准设备 {body['device_tag']}（核对码 {approval.code}）{where}"))


def cmd_hub_requests(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import pending

    hub = _hub(args)
    items = pending(hub)
    rows = [[r.tag, r.name, r.court, r.tribunal, court_clock(r.requested_at), r.code] for r in items]

    def human() -> None:
        print(f"中院密钥码 {hub.key_code()}（设备经网络登记后显示同一码）")
        if not items:
            print("没有待批准的登记申请。")
            return
        table(rows, ["设备", "名称", "法院", "法庭", f"收到时间（{ZONE_NAME}）", "核对码"])
        print("请先与书记员核对核对码，再 `fuyuan hub approve 设备 --court …` 或 `fuyuan hub reject 设备 --reason …`。")

    emit(args, items, human)


def cmd_hub_reject(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import reject_pending_request

    view = reject_pending_request(_hub(args), args.device, args.reason)
    emit(args, view, lambda: print(f"已驳回设备 {view.tag} 的登记申请（核对码 {view.code}）：{args.reason.strip()}"))


def cmd_hub_revoke(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import revoke_device

    view = revoke_device(_hub(args), args.device, args.reason)
    emit(args, view, lambda: print(f"已停用设备 {view.tag}：{view.revoked_reason}。此后的回执都会带上停用名单。"))


def cmd_hub_devices(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import devices as hub_devices

    found = hub_devices(_hub(args))
    rows = [[d.tag, d.name, d.court, "停用" if d.status == "revoked" else "在用", str(d.last_seq),
             court_clock(d.last_bundle_at), d.gap_note[:30] or d.revoked_reason] for d in found]
    emit(args, found, lambda: table(rows, ["设备", "名称", "法院", "状态", "包序号", f"上次导入（{ZONE_NAME}）", "备注"]))


def cmd_hub_bundles(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import bundles

    found = bundles(_hub(args), limit=args.limit)
    rows = [[b.received_at, b.device_tag, str(b.seq), str(b.rows), f"{b.size_mb:.2f}", b.stored_path] for b in found]
    emit(args, found, lambda: table(rows, [f"到达时间（{ZONE_NAME}）", "设备", "序号", "记录数", "大小 MB", "保存位置"]))


def cmd_hub_import(args: argparse.Namespace) -> int:
    from fuyuan_desktop.services.hub import import_bundle_file

    hub = _hub(args)
    receipts = Path(args.receipts) if args.receipts else None
    outcomes: list[dict[str, Any]] = []
    worst = 0
    for name in args.files:
        try:
            outcome = import_bundle_file(hub, Path(name), receipts=receipts)
        except FuyuanError as exc:
            worst = max(worst, exc.exit_code)
            outcomes.append({"file": name, "status": "rejected", "code": exc.code, "message": str(exc)})
            if not args.json:
                print(f"{name}：拒收：{exc}", file=sys.stderr)
            continue
        outcomes.append({"file": name, "status": outcome.status, "bundle_id": outcome.bundle_id,
                         "message": outcome.message, "counts": outcome.stats,
                         "receipt": str(outcome.receipt_path or "")})
        if not args.json:
            print(f"{name}：{outcome.message}" + (f"\n  回执：{outcome.receipt_path}" if outcome.receipt_path else ""))
    if args.json:
        emit(args, outcomes, lambda: None)
    return worst


def cmd_hub_conflicts(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import hub_conflicts

    items = hub_conflicts(_hub(args), include_resolved=args.all)
    rows = [[c.id[-8:], c.table_label, c.field, c.kept_value[:20], c.lost_value[:20], c.status_label] for c in items]
    emit(args, items, lambda: table(rows, ["编号", "记录", "字段", "保留值", "落选值", "状态"]))


def cmd_hub_quarantine(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import hub_quarantine, table_label

    items = hub_quarantine(_hub(args))
    rows = [[q.at, q.device_id[-6:], table_label(q.table_name), q.row_id[-8:], q.reason] for q in items]
    emit(args, items, lambda: table(rows, [f"时间（{ZONE_NAME}）", "设备", "表", "记录", "原因"]))


def cmd_hub_serve(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import serve_hub

    serve_hub(_hub_folder(args), args.db, host=args.host, port=args.port, certfile=args.cert, keyfile=args.key)


def register(sub: Subparsers) -> None:
    """Add the ``hub`` group to the ``fuyuan`` command; each of its commands takes ``--db`` and ``--home``."""
    hub = add_group(sub, "hub", "中院端：设备登记、导入数据包、网络服务", metavar="子命令")

    def hub_add(name: str, handler: Any, helptext: str) -> argparse.ArgumentParser:
        p = add_command(hub, name, handler, helptext)
        if name == "init":
            p.add_argument("--db", help="数据库 URL（默认 中院目录/hub.sqlite3；或 postgresql+psycopg://用户@主机/库）；"
                                        "记入中院目录的 hub.json（密码不记，取自环境变量 FUYUAN_HUB_DB_PASSWORD 或 ~/.pgpass）")
            p.add_argument("--home", metavar="中院目录",
                           help="在这里新建中院端（hub.json、密钥、保存的数据包；默认 数据目录/hub）")
        else:
            p.add_argument("--db", help="一般不用：数据库取自 hub init 记下的 hub.json；给出时须与记录的一致")
            p.add_argument("--home", metavar="目录",
                           help="中院目录（内有 hub.json）或内含 hub 子目录的数据目录；默认 数据目录（--data-dir）中的 hub")
        return p

    p = hub_add("init", cmd_hub_init, "创建中院端数据库和密钥")
    p.add_argument("--backup-recipient", help="离线备份收件人（age 公钥），数据包也加密给它")
    p = hub_add("approve", cmd_hub_approve, "批准设备登记申请：申请文件（生成授权文件），或经网络收到的申请")
    p.add_argument("request", metavar="REQ.json|设备", help="申请文件，或待批准申请的设备标记、ID、核对码")
    p.add_argument("--out", metavar="GRANT.json", help="授权文件写到这里（批准申请文件时必填）")
    p.add_argument("--tribunal", help="授权范围：法庭（默认按申请）")
    p.add_argument("--court", help="授权范围：法院代字或简称（含其下级法院，如 吉07 为全市）")
    p.add_argument("--url", help="写入授权的中院端网络地址，如 https://hub.court:8443")
    hub_add("requests", cmd_hub_requests, "经网络收到、待批准的设备登记申请（含核对码）")
    p = hub_add("reject", cmd_hub_reject, "驳回待批准的登记申请（设备查询时看到原因）")
    p.add_argument("device", help="设备标记、ID 或核对码")
    p.add_argument("--reason", required=True)
    p = hub_add("revoke", cmd_hub_revoke, "停用设备（其数据包一律拒收）")
    p.add_argument("device", help="设备标记或 ID")
    p.add_argument("--reason", required=True)
    hub_add("devices", cmd_hub_devices, "已登记的设备、包序号和缺口")
    p = hub_add("bundles", cmd_hub_bundles, "中院已收的数据包（最近的在前）")
    p.add_argument("--limit", type=parse_count, default=100, help="最多列出几个（默认 100）")
    p = hub_add("import", cmd_hub_import, "导入数据包（每个数据包写一份回执）")
    p.add_argument("files", nargs="+", metavar="FILE.fyb")
    p.add_argument("--receipts", metavar="DIR", help="回执文件写到这里（如 U 盘）")
    p = hub_add("conflicts", cmd_hub_conflicts, "合并冲突（待复核）")
    p.add_argument("--all", action="store_true", help="包括已处理的")
    hub_add("quarantine", cmd_hub_quarantine, "被隔离的记录及原因")
    p = hub_add("serve", cmd_hub_serve, "经法院网络接收数据包（HTTP/HTTPS）")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--cert", help="TLS 证书（PEM）")
    p.add_argument("--key", help="TLS 私钥（PEM）")
