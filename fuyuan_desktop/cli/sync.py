"""``fuyuan device …`` and ``fuyuan bundle …``: enrol this laptop with the hub, export bundles, apply receipts, sync
over the court network."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fuyuan_desktop.cli.common import Subparsers, add_command, add_group, emit, workspace
from fuyuan_desktop.domain.court_time import ZONE_NAME, court_clock
from fuyuan_desktop.domain.errors import ValidationError

ENROLL_OVER_NETWORK = "`fuyuan device enroll --url 中院端地址`"


def _need_one(args: argparse.Namespace, first: str, first_value: Any, second: str) -> None:
    if bool(first_value) == bool(args.url):
        raise ValidationError("参数", f"请给出 {first} 或 {second} 之一（{second} 经法院网络办理）")


def cmd_device_request(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.sync import request_over_network, write_request_file

    _need_one(args, "--out REQ.json", args.out, "--url 中院端地址")
    ws = workspace(args)
    if args.url:
        answer = request_over_network(ws, args.url, verify=args.ca or True)
        emit(args, answer, lambda: print(f"{answer.message}（{ENROLL_OVER_NETWORK}）"))
        return
    request = write_request_file(ws, Path(args.out))
    emit(args, request, lambda: print(
        f"已生成设备登记申请 {args.out}（设备 {request['device_tag']}，核对码 {request['code']}）：请交中院批准。"))


def cmd_device_enroll(args: argparse.Namespace) -> int:
    from fuyuan_desktop.services.sync import fetch_grant_over_network, install_grant_file

    _need_one(args, "授权文件", args.grant, "--url 中院端地址")
    ws = workspace(args)
    if not args.url:
        result = install_grant_file(ws, Path(args.grant))
        emit(args, result, lambda: print(f"已安装中院授权：本机可向「{result.hub_name}」同步数据。"))
        return 0
    answer = fetch_grant_over_network(ws, args.url, verify=args.ca or True)

    def human() -> None:
        if answer.status == "rejected":
            print(answer.message, file=sys.stderr)
            return
        print(answer.message)
        if answer.result is not None:
            print(f"中院密钥码 {answer.result.hub_key_code}：请与中院工作人员核对（`fuyuan hub requests` 顶部显示）；"
                  "不符请勿同步，并报告中院。")

    emit(args, answer, human)
    return {"approved": 0, "pending": 3}.get(answer.status, 2)


def cmd_device_status(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.sync import status as sync_status

    status = sync_status(workspace(args))

    def human() -> None:
        print(f"设备 {status.device_tag}  中院：{status.hub_name or '未登记'}")
        print(f"已确认至：{court_clock(status.acked_hlc, empty='（尚无）')}  上次导出：{status.last_export or '—'}  "
              f"上次回执：{status.last_receipt or '—'}（{ZONE_NAME}）")
        print(f"待发送：{status.pending_rows} 条" + (f"（{status.pending_text}）" if status.pending_text else ""))
        if status.problem:
            print(f"注意：{status.problem}")

    emit(args, status, human)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r加密写入 {done * 100 // max(total, 1)}%", end="", file=sys.stderr)


def cmd_bundle_export(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.sync import export_to

    result = export_to(workspace(args), Path(args.to), volume_size=int(args.volume_mb * 1024 * 1024),
                       progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)

    def human() -> None:
        print(f"已导出第 {result.seq} 个数据包：{result.rows} 条记录、{result.blobs} 个附件，"
              f"{len(result.files)} 个文件，共 {result.size / 1024 / 1024:.1f} MB")
        for path in result.files:
            print(f"  {path}")
        print("数据在中院回执导入本机之前仍算“待发送”。")

    emit(args, result, human)


SHOWN = 5  # a receipt brings thousands of numbers: the terminal shows the first few, the file has them all


def cmd_bundle_receipt(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.sync import apply_receipt_file, write_receipt_list

    ctx = workspace(args)
    result = apply_receipt_file(ctx, Path(args.file))
    listed = write_receipt_list(ctx, result) if result.status == "applied" else None

    def human() -> None:
        if result.revoked:
            print(f"注意：本机已被中院停用（{result.revoked}），此后不能再导出数据。")
        if result.status != "applied":
            print(f"中院未接收该数据包：{result.status}")
            return
        print(f"已应用回执：中院确认至 {court_clock(result.acked_hlc, empty='（尚无）')}（{ZONE_NAME}）；"
              f"正式案号 {len(result.official_numbers)} 个，更新记录 {result.rows_applied} 条，"
              f"被隔离 {len(result.quarantined)} 条")
        for item in result.official_numbers[:SHOWN]:
            print(f"  {item['provisional_number']} → {item['official_number']}")
        if len(result.official_numbers) > SHOWN:
            print(f"  ……另 {len(result.official_numbers) - SHOWN} 个见完整清单")
        reasons: dict[str, int] = {}
        for item in result.quarantined:
            reasons[item["reason"]] = reasons.get(item["reason"], 0) + 1
        for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])[:SHOWN]:
            print(f"  被隔离 {count} 条：{reason}")
        for item in result.settings_changed:
            print(f"参考数据更新：{item['text']}")
        if listed is not None:
            print(f"完整清单（每个正式案号、每条被隔离的记录）：{listed}")
        if result.gap:
            print(f"注意：{result.gap}")

    emit(args, result, human)


def cmd_bundle_sync(args: argparse.Namespace) -> None:
    from fuyuan_desktop.services.sync import network_sync

    result = network_sync(workspace(args), url=args.url, verify=args.ca or True)
    emit(args, result, lambda: print(result.message))


def register(sub: Subparsers) -> None:
    """Add the ``device`` and ``bundle`` groups to the ``fuyuan`` command."""
    dev = add_group(sub, "device", "本机设备：向中院登记", metavar="子命令")
    p = add_command(dev, "request", cmd_device_request, "生成设备登记申请文件（交中院批准），或经网络直接发送（--url）")
    p.add_argument("--out", metavar="REQ.json", help="申请写到此文件（U 盘交中院）")
    p.add_argument("--url", help="经法院网络发送给中院端，如 https://hub.court:8443")
    p.add_argument("--ca", help="中院端证书（法院自建 CA，HTTPS 时）")
    p = add_command(dev, "enroll", cmd_device_enroll, "安装中院签发的授权文件，或经网络取回授权（--url）")
    p.add_argument("grant", nargs="?", metavar="GRANT.json")
    p.add_argument("--url", help="向中院端查询一次：已批准则安装授权（未批准退出码 3，被驳回退出码 2）")
    p.add_argument("--ca", help="中院端证书（法院自建 CA，HTTPS 时）")
    add_command(dev, "status", cmd_device_status, "同步状态：已确认至何处、待发送多少")

    bundle = add_group(sub, "bundle", "数据包：导出、应用回执、网络同步", metavar="子命令")
    p = add_command(bundle, "export", cmd_bundle_export, "把中院尚未确认的数据导出为加密数据包（如写入 U 盘）")
    p.add_argument("--to", required=True, metavar="DIR")
    p.add_argument("--volume-mb", type=float, default=2047.0, help="分卷大小（MB，默认 2047，适合 FAT32 U 盘）")
    p = add_command(bundle, "receipt", cmd_bundle_receipt, "应用中院回执（推进确认位置，带回正式案号）")
    p.add_argument("file", metavar="RECEIPT.fyr")
    p = add_command(bundle, "sync", cmd_bundle_sync, "经法院网络推送数据包并取回回执")
    p.add_argument("--url", help="中院端地址（默认用授权文件中的地址）")
    p.add_argument("--ca", help="中院端证书（自签名时）")
