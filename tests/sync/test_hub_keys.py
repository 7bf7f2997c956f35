"""The hub's secret keys live in a key file beside the database, never in it: whoever reads the database (a
report writer on PostgreSQL, a database backup) can neither decrypt bundles nor sign grants and receipts."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, HubNotInitializedError, init_hub
from fuyuan_desktop.store.sync_models import SyncKey
from sync.sync_support import ACTOR, Laptop, dump


def _stored_keys(hub: Hub) -> tuple[str, str]:
    with hub.db.engine.connect() as conn:
        row = conn.execute(text("SELECT signing_key, age_identity FROM synckey WHERE role = 'hub'")).one()
    return str(row[0]), str(row[1])


def test_the_database_holds_no_secret_key(hub: Hub, make_laptop: Callable[..., Laptop], hub_url: str | None) -> None:
    assert _stored_keys(hub) == ("", "")
    secrets = hub.key()
    assert secrets.age_identity.startswith("AGE-SECRET-KEY-") and secrets.signing_key
    assert stat.S_IMODE(hub.key_file.stat().st_mode) == 0o600
    if hub_url is None:
        hub.db.engine.dispose()
        raw = (hub.root / "hub.sqlite3").read_bytes()
        assert secrets.age_identity.encode() not in raw and secrets.signing_key.encode() not in raw
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=3, seed=41)
    assert import_bundle(hub, laptop.export().files[0]).status == "applied"


@pytest.mark.slow
def test_without_its_key_file_the_hub_refuses_and_changes_nothing(
        hub: Hub, make_laptop: Callable[..., Laptop], tmp_path: Path) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=42)
    bundle = laptop.export().files[0]
    shutil.move(hub.key_file, tmp_path / "safe.json")
    before = dump(hub.db.engine)
    with pytest.raises(HubNotInitializedError, match="找不到中院密钥文件"):
        import_bundle(hub, bundle)
    init_hub(tmp_path / "other")  # another hub's key file in its place
    shutil.copy(tmp_path / "other" / "keys" / "hub-keys.json", hub.key_file)
    with pytest.raises(HubNotInitializedError, match="不属于这个中院端"):
        import_bundle(hub, bundle)
    hub.key_file.write_text("{", encoding="utf-8")
    with pytest.raises(HubNotInitializedError, match="已损坏"):
        import_bundle(hub, bundle)
    assert dump(hub.db.engine) == before
    shutil.move(tmp_path / "safe.json", hub.key_file)
    assert import_bundle(hub, bundle).status == "applied"


def test_an_older_hub_keeps_working_and_hub_init_moves_its_keys_out(
        hub: Hub, make_laptop: Callable[..., Laptop], hub_url: str | None) -> None:
    secrets = hub.key()
    with hub.db.write(ACTOR, "测试：旧版中院端（密钥在库中）") as session:
        row = session.get(SyncKey, "hub")
        assert row is not None
        row.signing_key, row.age_identity = secrets.signing_key, secrets.age_identity
    hub.key_file.unlink()
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=43)
    assert import_bundle(hub, laptop.export().files[0]).status == "applied", "an older hub still imports"
    info = init_hub(hub.root, hub_url)
    assert not info.created and _stored_keys(hub) == ("", "") and hub.key_file.exists()
    assert hub.key().age_identity == secrets.age_identity
    generate_demo(laptop.ctx, disputes=1, seed=44)
    assert import_bundle(hub, laptop.export().files[0]).status == "applied"


def test_a_new_hub_is_not_made_over_another_hubs_key_file(tmp_path: Path) -> None:
    from fuyuan_desktop.domain.errors import ValidationError

    init_hub(tmp_path / "hub")
    (tmp_path / "hub" / "hub.sqlite3").unlink()
    with pytest.raises(ValidationError, match="已有另一个中院端的密钥"):
        init_hub(tmp_path / "hub")
