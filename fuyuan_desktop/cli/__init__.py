"""The ``fuyuan`` command: one module per command group, sharing only common.py's public names."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from fuyuan_desktop.cli import (
    accounts,
    agreements,
    audit,
    backups,
    bench,
    calendars,
    cases,
    causes,
    courts,
    documents,
    hub,
    linkage,
    mediators,
    organisations,
    places,
    recommendations,
    reference,
    reports,
    setup,
    sync,
)
from fuyuan_desktop.cli.common import root_parser, run

# In the order ``fuyuan --help`` lists them.
GROUPS = (setup, cases, agreements, documents, recommendations, mediators, organisations, courts, places, calendars,
          reference, causes, audit, sync, hub, reports, linkage, accounts, backups, bench)


def build_parser() -> argparse.ArgumentParser:
    parser, sub = root_parser()
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.json = getattr(args, "json", False) is True
    args.user = getattr(args, "user", None)
    return run(args)
