"""``fuyuan bench AREA``: the benchmarks, each against its baseline measured in the same run."""

from __future__ import annotations

import argparse

from fuyuan_desktop.cli.common import Subparsers, add_command


def cmd_bench(args: argparse.Namespace) -> int:
    # The one command that is not a use case: it drives the benchmarks package (docs/architecture.md, the arrow table: cli → bench).
    from fuyuan_desktop.bench import run_bench

    return run_bench(args.area, size=args.size, json_path=args.json_file, quick=args.quick)


def register(sub: Subparsers) -> None:
    """Add ``bench`` to the ``fuyuan`` command (its ``--json`` names a file, so it takes no common options)."""
    p = add_command(sub, "bench", cmd_bench, "性能基准（与同次运行的基线对比）", parents=[])
    p.add_argument("area", choices=["store", "documents", "gui", "sync", "linkage", "trust", "frozen", "all"],
                   help="基准领域（frozen 需先打包）")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--json", dest="json_file", metavar="FILE", help="把结果写入 JSON 文件")
    p.add_argument("--quick", action="store_true", help="少量重复，用于冒烟测试")
