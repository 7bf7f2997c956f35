"""Linkage benchmarks: the 统计 figures over N disputes vs one hand-written SQL aggregation; a year's white paper."""

from __future__ import annotations

import statistics as stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fuyuan_desktop.bench import Result, timed
from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper import print_white_paper, white_paper_doc
from fuyuan_desktop.services.printing import document_fonts
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

SUCCESS = "('agreement', 'settled_withdrawn', 'agency_corrected')"

# The same figures as reports.stats.compute_stats, written by hand as one statement (what a DBA would write).
HAND_SQL = f"""
WITH d AS (SELECT id, category, registered_on, closed_on, outcome, place_id, tribunal_id,
                  outcome IN {SUCCESS} AS ok FROM dispute WHERE deleted = 0)
SELECT 'category', category, count(*), sum(closed_on IS NOT NULL), sum(ok),
       sum(CASE WHEN ok AND closed_on IS NOT NULL THEN julianday(closed_on) - julianday(registered_on) ELSE 0 END)
  FROM d GROUP BY category
UNION ALL SELECT 'month', strftime('%Y-%m', registered_on), count(*), 0, sum(ok), 0 FROM d
  GROUP BY strftime('%Y-%m', registered_on)
UNION ALL SELECT 'place', coalesce(nullif(p.township, ''), p.name), count(*), 0, sum(ok), 0
  FROM d JOIN place p ON p.id = d.place_id GROUP BY coalesce(nullif(p.township, ''), p.name)
UNION ALL SELECT 'tribunal', t.short_name, count(*), 0, sum(ok), 0
  FROM d LEFT JOIN tribunal t ON t.id = d.tribunal_id GROUP BY t.short_name
UNION ALL SELECT 'admin', '', count(*), 0, sum(ok), 0 FROM admincase a JOIN d ON d.id = a.dispute_id
  WHERE a.deleted = 0 AND a.triage != 'inadmissible'
UNION ALL SELECT 'hearing', '', count(DISTINCT CASE WHEN appearance != '' THEN case_number || '|' || instance END),
       count(DISTINCT CASE WHEN appearance IN ('chief', 'deputy', 'in_charge') THEN case_number || '|' || instance END),
       count(DISTINCT CASE WHEN appearance = 'chief' THEN case_number || '|' || instance END), 0
  FROM hearing WHERE deleted = 0
UNION ALL SELECT 'recommendation', '', count(*), sum(reply_on IS NOT NULL), sum(reply_on <= reply_due),
       sum(adoption IN ('adopted', 'partly')) FROM recommendation WHERE deleted = 0 AND sent_on IS NOT NULL
UNION ALL SELECT 'cluster', '', max(t.cluster_count), 0, 0, 0 FROM recommendationtrack t
  JOIN recommendation r ON r.id = t.recommendation_id WHERE t.origin = 'cluster' AND r.deleted = 0
UNION ALL SELECT 'training', '', count(*), sum(attendees), sum(deputies), 0 FROM trainingevent WHERE deleted = 0
UNION ALL SELECT 'village', status, count(*), 0, 0, 0 FROM village WHERE deleted = 0 GROUP BY status
UNION ALL SELECT 'project', risk_level, count(*), sum(cases_studied), 0, 0 FROM riskproject WHERE deleted = 0
  GROUP BY risk_level
UNION ALL SELECT 'relief', '', count(*), sum(CASE WHEN status = 'paid' THEN amount_fen ELSE 0 END), 0, 0
  FROM reliefcase WHERE deleted = 0
UNION ALL SELECT 'fund', direction, sum(amount_fen), 0, 0, 0 FROM relieffundentry WHERE deleted = 0 GROUP BY direction
UNION ALL SELECT 'sme', '', count(*), sum(ok),
       sum(CASE WHEN ok AND closed_on IS NOT NULL THEN julianday(closed_on) - julianday(registered_on) ELSE 0 END), 0
  FROM smecase s JOIN d ON d.id = s.dispute_id WHERE s.deleted = 0
"""


def _hand(ctx: Workspace) -> list[tuple[Any, ...]]:
    with ctx.db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        return list(raw.execute(HAND_SQL).fetchall())


def _median(fn: Any, repeats: int) -> float:
    return stat.median(timed(fn) for _ in range(repeats))


def _same_figures(ctx: Workspace) -> str:
    """Both ways must give the same answer, or the comparison means nothing."""
    s = statistics(ctx)
    rows = _hand(ctx)
    categories = {r[1]: r[2] for r in rows if r[0] == "category"}
    [hearing] = [r for r in rows if r[0] == "hearing"]
    [admin] = [r for r in rows if r[0] == "admin"]
    checks = [sum(categories.values()) == s.disputes, (hearing[2], hearing[3]) == (s.hearings_heard,
              s.hearings_appeared), (admin[2], admin[4] or 0) == (s.admin_accepted, s.admin_resolved),
              len([r for r in rows if r[0] == "month"]) == len([c for c in s.by_month if c.count])]
    return "same figures" if all(checks) else f"FIGURES DIFFER {checks}"


def run(size: int, quick: bool) -> list[Result]:
    repeats = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-linkage-") as tmp:
        base = initialize(DataPaths(Path(tmp) / "data"), actor="bench")
        ctx = Workspace(base.db, "bench", today=base.today)
        start = time.perf_counter()
        generate_demo(ctx, disputes=size, seed=7)
        print(f"  demo store of {size:,} disputes in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        statistics(ctx)  # warm the page cache for both sides alike
        _hand(ctx)
        ours = _median(lambda: statistics(ctx), repeats)
        hand = _median(lambda: _hand(ctx), repeats)
        results = [Result(f"linkage.stats_{size}", "s", ours, "one hand-written SQL aggregation (sqlite3)", hand,
                          target=2.0, note=_same_figures(ctx))]
        year = ctx.today().year
        document_fonts(ctx)  # loaded once per process, as in the app
        paper = _median(lambda: print_white_paper(ctx, year, Path(tmp) / "white.pdf"), max(1, repeats // 2))
        gather = _median(lambda: white_paper_doc(ctx, year), max(1, repeats // 2))
        pages = print_white_paper(ctx, year, Path(tmp) / "white.pdf").pages
        results.append(Result(f"linkage.white_paper_{size}", "s", paper, "gathering its figures alone", gather,
                              target=None, note=f"{year}, {pages} pages, hub of {size:,} disputes"))
        base.db.engine.dispose()
        return results
