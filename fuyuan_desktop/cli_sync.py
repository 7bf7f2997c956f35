"""``fuyuan device …``, ``fuyuan hub …`` and ``fuyuan bundle …``: enrollment, export, import, receipts, HTTP sync."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fuyuan_desktop.store.paths import resolve_data_paths


def _cli() -> Any:
    from fuyuan_desktop import cli

    return cli


def _device_db(args: argparse.Namespace, *actions: str) -> Any:
    """This laptop's store (through the login when it is protected); the account's role must allow ``actions``."""
    from fuyuan_desktop.services.permissions import require

    ctx = _cli()._context(args)
    for action in actions:
        require(ctx, action)
    return ctx.db


def _hub_root(args: argparse.Namespace) -> Path:
    if getattr(args, "home", None):
        return Path(args.home).expanduser().resolve()
    return resolve_data_paths(args.data_dir).root / "hub"


def _hub(args: argparse.Namespace) -> Any:
    from fuyuan_desktop.hub.registry import open_hub

    return open_hub(_hub_root(args), getattr(args, "db", None))


# --- device ---------------------------------------------------------------------------------------


def _need_one(args: argparse.Namespace, first: str, first_value: Any, second: str) -> None:
    from fuyuan_desktop.domain.errors import ValidationError

    if bool(first_value) == bool(args.url):
        raise ValidationError("参数", f"请给出 {first} 或 {second} 之一（{second} 经法院网络办理）")


def cmd_device_request(args: argparse.Namespace) -> None:
    from fuyuan_desktop.sync.enrollment import make_request, request_code, write_json

    _need_one(args, "--out REQ.json", args.out, "--url 中院端地址")
    db = _device_db(args, "sync.enroll")
    if args.url:
        from fuyuan_desktop.sync.client import send_enrollment_request

        answer = send_enrollment_request(db, args.url, verify=args.ca or True)
        _cli()._emit(args, answer, lambda: print(answer.message))
        return
    request = make_request(db)
    write_json(Path(args.out), request)
    body = request["request"]
    code = request_code(request)
    _cli()._emit(args, {**body, "code": code}, lambda: print(
        f"已生成设备登记申请 {args.out}（设备 {body['device_tag']}，核对码 {code}）：请交中院批准。"))


def cmd_device_enroll(args: argparse.Namespace) -> int:
    from fuyuan_desktop.sync.enrollment import install_grant, read_json

    _need_one(args, "授权文件", args.grant, "--url 中院端地址")
    db = _device_db(args, "sync.enroll")
    if not args.url:
        result = install_grant(db, read_json(Path(args.grant), "授权文件"))
        _cli()._emit(args, result, lambda: print(f"已安装中院授权：本机可向「{result.hub_name}」同步数据。"))
        return 0
    from fuyuan_desktop.sync.client import fetch_enrollment

    answer = fetch_enrollment(db, args.url, verify=args.ca or True)

    def human() -> None:
        if answer.status == "rejected":
            print(answer.message, file=sys.stderr)
            return
        print(answer.message)
        if answer.result is not None:
            print(f"中院密钥码 {answer.result.hub_key_code}：请与中院工作人员核对（`fuyuan hub requests` 顶部显示）；"
                  "不符请勿同步，并报告中院。")

    _cli()._emit(args, answer, human)
    return {"approved": 0, "pending": 3}.get(answer.status, 2)


def cmd_device_status(args: argparse.Namespace) -> None:
    from fuyuan_desktop.sync.status import sync_status

    status = sync_status(_device_db(args))

    def human() -> None:
        print(f"设备 {status.device_tag}  中院：{status.hub_name or '未登记'}")
        print(f"已确认至：{status.acked_hlc or '（尚无）'}  上次导出：{status.last_export or '—'}  "
              f"上次回执：{status.last_receipt or '—'}")
        print(f"待发送：{status.pending_rows} 条" + (f"（{status.pending_text}）" if status.pending_text else ""))
        if status.problem:
            print(f"注意：{status.problem}")

    _cli()._emit(args, status, human)


# --- bundle ---------------------------------------------------------------------------------------


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r加密写入 {done * 100 // max(total, 1)}%", end="", file=sys.stderr)


def cmd_bundle_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.store.blobs import BlobStore
    from fuyuan_desktop.sync.export import export_bundle

    paths = resolve_data_paths(args.data_dir)
    db = _device_db(args, "sync.export")
    result = export_bundle(db, BlobStore(paths.blobs, key=db.data_key), Path(args.to), workdir=paths.root / "tmp",
                           actor=_cli()._actor(), volume_size=int(args.volume_mb * 1024 * 1024), progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)

    def human() -> None:
        print(f"已导出第 {result.seq} 个数据包：{result.rows} 条记录、{result.blobs} 个附件，"
              f"{len(result.files)} 个文件，共 {result.size / 1024 / 1024:.1f} MB")
        for path in result.files:
            print(f"  {path}")
        print("数据在中院回执导入本机之前仍算“待发送”。")

    _cli()._emit(args, result, human)


def cmd_bundle_receipt(args: argparse.Namespace) -> None:
    from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt

    db = _device_db(args, "sync.receipt")
    result = apply_receipt(db, load_receipt(Path(args.file), db), actor=_cli()._actor())

    def human() -> None:
        if result.revoked:
            print(f"注意：本机已被中院停用（{result.revoked}），此后不能再导出数据。")
        if result.status != "applied":
            print(f"中院未接收该数据包：{result.status}")
            return
        print(f"已应用回执：中院确认至 {result.acked_hlc}；正式案号 {len(result.official_numbers)} 个，"
              f"更新记录 {result.rows_applied} 条")
        for item in result.official_numbers:
            print(f"  {item['provisional_number']} → {item['official_number']}")
        for item in result.quarantined:
            print(f"  被隔离：{item['table']} {item['row_id'][-8:]}：{item['reason']}")
        if result.gap:
            print(f"注意：{result.gap}")

    _cli()._emit(args, result, human)


def cmd_bundle_sync(args: argparse.Namespace) -> None:
    from fuyuan_desktop.store.blobs import BlobStore
    from fuyuan_desktop.sync.client import sync_over_http

    paths = resolve_data_paths(args.data_dir)
    db = _device_db(args, "sync.export", "sync.receipt")
    result = sync_over_http(db, BlobStore(paths.blobs, key=db.data_key), workdir=paths.root / "tmp", url=args.url,
                            actor=_cli()._actor(), verify=args.ca or True)
    _cli()._emit(args, result, lambda: print(result.message))


# --- hub ------------------------------------------------------------------------------------------


def cmd_hub_init(args: argparse.Namespace) -> None:
    from fuyuan_desktop.hub.registry import init_hub

    info = init_hub(_hub_root(args), args.db, backup_recipient=args.backup_recipient or "")

    def human() -> None:
        print(("已初始化中院端" if info.created else "中院端已存在，未重新生成密钥") + f"：{_hub_root(args)}")
        print("加密收件人（公钥）：")
        for recipient in info.recipients:
            print(f"  {recipient}")
        print(f"中院私钥保存在 {_hub_root(args) / 'keys' / 'hub-keys.json'}（不在数据库中，仅本账户可读）：")
        print("  请另行备份到安全处；丢失后在途的数据包无法解密（已导入的数据不受影响）。")

    _cli()._emit(args, info, human)


def cmd_hub_approve(args: argparse.Namespace) -> None:
    from fuyuan_desktop.domain.errors import ValidationError
    from fuyuan_desktop.hub.registry import approve, approve_pending
    from fuyuan_desktop.sync.enrollment import read_json, verification_code, write_json

    hub = _hub(args)
    as_file = Path(args.request).is_file() or args.request.lower().endswith(".json")
    if as_file:
        request = read_json(Path(args.request), "申请文件")
        if not args.out:
            raise ValidationError("--out", "批准申请文件时请用 --out 指定授权文件写到哪里")
        grant = approve(hub, request, tribunal=args.tribunal, court=args.court, url=args.url or "")
    else:
        grant = approve_pending(hub, args.request, tribunal=args.tribunal, court=args.court, url=args.url or "")
    if args.out:
        write_json(Path(args.out), grant)
    body = grant["grant"]
    where = f"，授权文件：{args.out}" if args.out else "；设备可用 `fuyuan device enroll --url 中院端地址` 取回授权"
    code = verification_code(body["device_id"], body["device_public_key"])
    _cli()._emit(args, body, lambda: print(f"已批准设备 {body['device_tag']}（核对码 {code}）{where}"))


def cmd_hub_requests(args: argparse.Namespace) -> None:
    from fuyuan_desktop.hub.registry import pending_requests

    hub = _hub(args)
    items = pending_requests(hub)
    rows = [[r.tag, r.name, r.court, r.tribunal, r.requested_at[:16].replace("T", " "), r.code] for r in items]

    def human() -> None:
        print(f"中院密钥码 {hub.key_code()}（设备经网络登记后显示同一码）")
        if not items:
            print("没有待批准的登记申请。")
            return
        _cli()._table(rows, ["设备", "名称", "法院", "法庭", "收到时间（UTC）", "核对码"])
        print("请先与书记员核对核对码，再 `fuyuan hub approve 设备 --court …` 或 `fuyuan hub reject 设备 --reason …`。")

    _cli()._emit(args, items, human)


def cmd_hub_reject(args: argparse.Namespace) -> None:
    from fuyuan_desktop.hub.registry import reject_pending

    view = reject_pending(_hub(args), args.device, args.reason)
    _cli()._emit(args, view, lambda: print(f"已驳回设备 {view.tag} 的登记申请（核对码 {view.code}）：{args.reason.strip()}"))


def cmd_hub_revoke(args: argparse.Namespace) -> None:
    from fuyuan_desktop.hub.registry import revoke

    view = revoke(_hub(args), args.device, args.reason)
    _cli()._emit(args, view, lambda: print(f"已停用设备 {view.tag}：{view.revoked_reason}。此后的回执都会带上停用名单。"))


def cmd_hub_devices(args: argparse.Namespace) -> None:
    from fuyuan_desktop.hub.registry import list_devices

    devices = list_devices(_hub(args))
    rows = [[d.tag, d.name, d.court, "停用" if d.status == "revoked" else "在用", str(d.last_seq),
             d.last_bundle_at[:16], d.gap_note[:30] or d.revoked_reason] for d in devices]
    _cli()._emit(args, devices, lambda: _cli()._table(rows, ["设备", "名称", "法院", "状态", "包序号", "上次导入", "备注"]))


def cmd_hub_bundles(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.hub import bundles

    found = bundles(_hub(args), limit=args.limit)
    rows = [[b.received_at, b.device_tag, str(b.seq), str(b.rows), f"{b.size_mb:.2f}", b.stored_path] for b in found]
    _cli()._emit(args, found, lambda: _cli()._table(rows, ["到达时间", "设备", "序号", "记录数", "大小 MB", "保存位置"]))


def cmd_hub_import(args: argparse.Namespace) -> int:
    from fuyuan_desktop.domain.errors import FuyuanError
    from fuyuan_desktop.hub.ingest import import_bundle

    hub = _hub(args)
    receipts = Path(args.receipts) if args.receipts else None
    outcomes: list[dict[str, Any]] = []
    worst = 0
    for name in args.files:
        try:
            outcome = import_bundle(hub, Path(name), receipts=receipts)
        except FuyuanError as exc:
            worst = max(worst, exc.exit_code)
            outcomes.append({"file": name, "status": "rejected", "code": getattr(exc, "code", ""), "message": str(exc)})
            if not args.json:
                print(f"{name}：拒收：{exc}", file=sys.stderr)
            continue
        outcomes.append({"file": name, "status": outcome.status, "bundle_id": outcome.bundle_id,
                         "message": outcome.message, "counts": outcome.stats,
                         "receipt": str(outcome.receipt_path or "")})
        if not args.json:
            print(f"{name}：{outcome.message}" + (f"\n  回执：{outcome.receipt_path}" if outcome.receipt_path else ""))
    if args.json:
        _cli()._emit(args, outcomes, lambda: None)
    return worst


def cmd_hub_conflicts(args: argparse.Namespace) -> None:
    from fuyuan_desktop.sync.conflicts import list_conflicts

    items = list_conflicts(_hub(args).db, include_resolved=args.all)
    rows = [[c.id[-8:], c.table_label, c.field, c.kept_value[:20], c.lost_value[:20], c.status_label] for c in items]
    _cli()._emit(args, items, lambda: _cli()._table(rows, ["编号", "记录", "字段", "保留值", "落选值", "状态"]))


def cmd_hub_quarantine(args: argparse.Namespace) -> None:
    from fuyuan_desktop.sync.conflicts import list_quarantine

    items = list_quarantine(_hub(args).db)
    rows = [[q.at[:16], q.device_id[-6:], q.table_name, q.row_id[-8:], q.reason] for q in items]
    _cli()._emit(args, items, lambda: _cli()._table(rows, ["时间", "设备", "表", "记录", "原因"]))


def cmd_hub_serve(args: argparse.Namespace) -> None:
    from fuyuan_desktop.hub.app import serve

    serve(_hub_root(args), args.db, host=args.host, port=args.port, certfile=args.cert, keyfile=args.key)


def register(sub: Any, add: Any, parser_class: Any) -> None:
    """Add the device, bundle and hub command groups to the ``fuyuan`` parser."""
    dev = sub.add_parser("device", help="本机设备：向中院登记").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class)
    p = add("request", cmd_device_request, "生成设备登记申请文件（交中院批准），或经网络直接发送（--url）", dev)
    p.add_argument("--out", metavar="REQ.json", help="申请写到此文件（U 盘交中院）")
    p.add_argument("--url", help="经法院网络发送给中院端，如 https://hub.court:8443")
    p.add_argument("--ca", help="中院端证书（法院自建 CA，HTTPS 时）")
    p = add("enroll", cmd_device_enroll, "安装中院签发的授权文件，或经网络取回授权（--url）", dev)
    p.add_argument("grant", nargs="?", metavar="GRANT.json")
    p.add_argument("--url", help="向中院端查询一次：已批准则安装授权（未批准退出码 3，被驳回退出码 2）")
    p.add_argument("--ca", help="中院端证书（法院自建 CA，HTTPS 时）")
    add("status", cmd_device_status, "同步状态：已确认至何处、待发送多少", dev)

    bundle = sub.add_parser("bundle", help="数据包：导出、应用回执、网络同步").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class)
    p = add("export", cmd_bundle_export, "把中院尚未确认的数据导出为加密数据包（如写入 U 盘）", bundle)
    p.add_argument("--to", required=True, metavar="DIR")
    p.add_argument("--volume-mb", type=float, default=2047.0, help="分卷大小（MB，默认 2047，适合 FAT32 U 盘）")
    p = add("receipt", cmd_bundle_receipt, "应用中院回执（推进确认位置，带回正式案号）", bundle)
    p.add_argument("file", metavar="RECEIPT.fyr")
    p = add("sync", cmd_bundle_sync, "经法院网络推送数据包并取回回执", bundle)
    p.add_argument("--url", help="中院端地址（默认用授权文件中的地址）")
    p.add_argument("--ca", help="中院端证书（自签名时）")

    hub = sub.add_parser("hub", help="中院端：设备登记、导入数据包、网络服务").add_subparsers(
        dest="sub", required=True, metavar="子命令", parser_class=parser_class)
    hub_common = argparse.ArgumentParser(add_help=False)
    hub_common.add_argument("--db", help="数据库 URL（默认 中院目录/hub.sqlite3；或 postgresql+psycopg://…）")
    hub_common.add_argument("--home", help="中院目录（保存的数据包、附件；默认 数据目录/hub）")

    def hub_add(name: str, handler: Any, helptext: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = add(name, handler, helptext, hub)
        for action in hub_common._actions:
            if action.dest in ("db", "home"):
                p.add_argument(*action.option_strings, dest=action.dest, help=action.help)
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
    bundles_cmd = hub_add("bundles", cmd_hub_bundles, "中院已收的数据包（最近的在前）")
    bundles_cmd.add_argument("--limit", type=int, default=100, help="最多列出几个（默认 100）")
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
