"""Trust benchmarks: the encrypted store beside the plain one (bulk create, intake, search, open), and login.

Baselines are measured in the same run: the same work on a plain SQLite store, and for the login the
key derivation SQLCipher itself would run on every open if keyed by passphrase (PBKDF2-HMAC-SHA512,
256 000 iterations, its default), which the raw data key avoids.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

from fuyuan_desktop.bench import Result, p95, timed
from fuyuan_desktop.demo import demo_batches
from fuyuan_desktop.services.bulk_intake import TABLES
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.setup import initialize, open_store
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.bulk import BulkWriter, bulk_load
from fuyuan_desktop.store.crypto import Argon2Params, new_data_key, password_kek
from fuyuan_desktop.store.keyring import security_policy
from fuyuan_desktop.store.paths import DataPaths


def _bulk(ctx: Workspace, size: int) -> float:
    batches = list(demo_batches(ctx, disputes=size, seed=7))

    def fill(writer: BulkWriter) -> None:
        for name, batch in batches:
            writer.insert(TABLES[name], batch)

    return timed(lambda: bulk_load(ctx.db, "bench", "基准测试：批量创建", fill))


def _intakes(ctx: Workspace, count: int) -> float:
    def run() -> None:
        for n in range(count):
            intake_dispute(ctx, IntakeInput(category="邻里纠纷", summary="楼上漏水", parties=[
                PartyInput(role="申请人", kind="person", name=f"赵{n}柱", phone=f"138438{n:05d}"),
                PartyInput(role="被申请人", kind="person", name="李四"),
            ]))

    return timed(run)


def _search_p95(ctx: Workspace, rounds: int) -> float:
    samples = []
    for query in ("张伟", "王秀英", "新立村", "zs", "临-开发区") * rounds:
        samples.append(timed(lambda q=query: search_cases(ctx, q, limit=50)))  # type: ignore[misc]
    return p95(samples)


def run(size: int, quick: bool) -> list[Result]:
    size = min(size, 20_000)  # two full stores side by side; 20k disputes is plenty for a ratio
    intakes = 20 if quick else 200
    rounds = 2 if quick else 10
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-trust-") as tmp:
        key = new_data_key()
        plain_paths, secret_paths = DataPaths(Path(tmp) / "plain"), DataPaths(Path(tmp) / "encrypted")
        plain, secret = initialize(plain_paths), initialize(secret_paths, key=key)
        assert secret.db.encrypted and not plain.db.encrypted
        figures: dict[str, tuple[float, float]] = {}
        # interleave plain and encrypted so neither gets a warmer machine
        figures["bulk"] = (_bulk(secret, size), _bulk(plain, size))
        # intakes on stores of their own: demo numbers and intake numbers come from different counters
        fresh_secret = initialize(DataPaths(Path(tmp) / "intake-encrypted"), key=key)
        fresh_plain = initialize(DataPaths(Path(tmp) / "intake-plain"))
        figures["intake"] = (_intakes(fresh_secret, intakes), _intakes(fresh_plain, intakes))
        fresh_secret.db.engine.dispose()
        fresh_plain.db.engine.dispose()
        figures["search"] = (_search_p95(secret, rounds), _search_p95(plain, rounds))
        for ctx in (plain, secret):
            ctx.db.engine.dispose()

        def open_secret() -> None:
            open_store(secret_paths, key=key).db.engine.dispose()

        def open_plain() -> None:
            open_store(plain_paths).db.engine.dispose()

        figures["open"] = (min(timed(open_secret) for _ in range(3)), min(timed(open_plain) for _ in range(3)))
    params = Argon2Params.from_json(security_policy()["argon2id"])
    salt = os.urandom(16)
    derive = min(timed(lambda: password_kek("松原-correct-horse", salt, params)) for _ in range(3))
    pbkdf2 = min(timed(lambda: hashlib.pbkdf2_hmac("sha512", b"passphrase", salt, 256_000)) for _ in range(3))
    print(f"  {size:,} disputes bulk, {intakes} intakes, argon2id t={params.time_cost} "
          f"m={params.memory_kib // 1024} MiB p={params.parallelism}", file=sys.stderr)
    return [
        Result("trust.bulk_create_encrypted", "s", figures["bulk"][0], "same bulk load, plain SQLite",
               figures["bulk"][1], 1.3, note=f"{size:,} disputes"),
        Result("trust.intake_encrypted", "s", figures["intake"][0], "same intakes, plain SQLite",
               figures["intake"][1], 1.3, note=f"{intakes} intakes through the service, one transaction each"),
        Result("trust.search_p95_encrypted", "s", figures["search"][0], "same queries, plain SQLite",
               figures["search"][1], 1.3),
        Result("trust.open_encrypted", "s", figures["open"][0], "open + migrate check, plain SQLite",
               figures["open"][1], None, note="raw 256-bit key: no PBKDF2 per connection"),
        Result("trust.login_key_derivation", "s", derive, "SQLCipher's own PBKDF2-SHA512 × 256 000 per open",
               pbkdf2, None, note="argon2id, once per login", limit=1.0),
    ]
