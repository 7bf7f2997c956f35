"""Every structural fault refuses the whole bundle with its own message and leaves the hub database as it was;
a record that breaks a domain rule is quarantined while the rest applies."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, init_hub, open_hub
from fuyuan_desktop.store.models import Dispute, Party
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import BundleFault
from sync.sync_support import Laptop, dump, repack, repack_raw_manifest


@pytest.fixture
def bundle(make_laptop: Callable[..., Laptop]) -> tuple[Laptop, Path]:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=8, seed=11)
    return laptop, laptop.export().files[0]


def _refused(hub: Hub, path: Path, code: str, message: str) -> None:
    before = dump(hub.db.engine)
    with pytest.raises(BundleFault, match=message) as info:
        import_bundle(hub, path)
    assert info.value.code == code
    assert dump(hub.db.engine) == before
    assert not any(hub.bundles.rglob("*.fyb")), "a refused bundle is not kept"


def test_truncated_bundle(bundle: tuple[Laptop, Path], hub: Hub, tmp_path: Path) -> None:
    _, path = bundle
    cut = tmp_path / "cut.fyb"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _refused(hub, cut, "damaged", "损坏或不完整")


def test_missing_volume(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=8, seed=12)
    files = laptop.export(volume_size=8 * 1024).files
    assert len(files) >= 3
    files[-1].unlink()
    _refused(hub, files[0], "damaged", "缺少分卷")


@pytest.mark.slow
@pytest.mark.parametrize("where", [40, 300, -200])
def test_bit_flip_anywhere(bundle: tuple[Laptop, Path], hub: Hub, tmp_path: Path, where: int) -> None:
    _, path = bundle
    data = bytearray(path.read_bytes())
    data[where] ^= 0x10
    flipped = tmp_path / "flipped.fyb"
    flipped.write_bytes(bytes(data))
    with pytest.raises(BundleFault) as info:
        import_bundle(hub, flipped)
    assert info.value.code in {"damaged", "recipient"}


def test_wrong_recipient(bundle: tuple[Laptop, Path], tmp_path: Path, hub_url: str | None) -> None:
    if hub_url is not None:
        pytest.skip("one other hub is enough")
    _, path = bundle
    init_hub(tmp_path / "other-hub")
    other = open_hub(tmp_path / "other-hub")
    _refused(other, path, "recipient", "不是加密给本中院的")


def test_unenrolled_device(make_laptop: Callable[..., Laptop], hub: Hub, bundle: tuple[Laptop, Path],
                           tmp_path: Path) -> None:
    laptop, path = bundle
    stranger = make_laptop("stranger", enroll=False)

    def claim_to_be_stranger(manifest: dict[str, Any], _members: dict[str, bytes]) -> None:
        manifest["device_id"] = stranger.db.device_id

    forged = repack(path, hub, laptop, tmp_path / "forged", claim_to_be_stranger)
    _refused(hub, forged, "unenrolled", "未在本中院登记")


def test_signature_by_another_key(bundle: tuple[Laptop, Path], hub: Hub, tmp_path: Path) -> None:
    laptop, path = bundle
    forged = repack(path, hub, laptop, tmp_path / "forged", lambda m, _: None, sign_with=crypto.new_signing_key())
    _refused(hub, forged, "signature", "签名不符")


def test_member_hash_differs_from_the_signed_manifest(bundle: tuple[Laptop, Path], hub: Hub, tmp_path: Path) -> None:
    laptop, path = bundle
    wrong = repack_raw_manifest(path, hub, laptop, tmp_path / "wrong", "tables/dispute.ndjson", "0" * 64)
    _refused(hub, wrong, "hash", "校验值不符")


def test_newer_schema_is_refused_with_a_message(bundle: tuple[Laptop, Path], hub: Hub, tmp_path: Path) -> None:
    laptop, path = bundle

    def newer(manifest: dict[str, Any], _members: dict[str, bytes]) -> None:
        manifest["schema_revision"] = "0099_from_the_future"

    _refused(hub, repack(path, hub, laptop, tmp_path / "newer", newer), "schema", "更新版本的工作台")


def test_older_schema_is_upgraded_on_the_fly(bundle: tuple[Laptop, Path], hub: Hub, tmp_path: Path) -> None:
    laptop, path = bundle

    def older(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        # Revision 0001 had no administrative-act columns: drop them from every dispute row.
        manifest["schema_revision"] = "0001_initial"
        lines = []
        for line in members["tables/dispute.ndjson"].splitlines():
            row = json.loads(line)
            for key in ("act_name", "act_number", "act_date"):
                row.pop(key)
            lines.append(json.dumps(row, ensure_ascii=False))
        members["tables/dispute.ndjson"] = ("\n".join(lines) + "\n").encode()

    outcome = import_bundle(hub, repack(path, hub, laptop, tmp_path / "older", older))
    assert outcome.status == "applied"
    with hub.db.read() as session:
        disputes = list(session.scalars(select(Dispute)))
    assert len(disputes) == 8 and all(d.act_name == "" and d.act_date is None for d in disputes)


@pytest.mark.slow
def test_a_bad_record_is_quarantined_and_the_rest_applies(bundle: tuple[Laptop, Path], hub: Hub,
                                                          tmp_path: Path) -> None:
    laptop, path = bundle
    victim: dict[str, str] = {}

    def break_one_id_number(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        lines = members["tables/party.ndjson"].splitlines()
        for index, line in enumerate(lines):
            row = json.loads(line)
            if row["kind"] == "person" and row["id_number"]:
                row["id_number"] = row["id_number"][:17] + ("0" if row["id_number"][17] != "0" else "1")
                victim["id"] = row["id"]
                lines[index] = json.dumps(row, ensure_ascii=False).encode()
                break
        members["tables/party.ndjson"] = b"\n".join(lines) + b"\n"

    outcome = import_bundle(hub, repack(path, hub, laptop, tmp_path / "bad", break_one_id_number))
    quarantined = outcome.receipt["receipt"]["quarantined"]
    party = [q for q in quarantined if q["table"] == "party"]
    assert [q["row_id"] for q in party] == [victim["id"]]
    assert "校验" in party[0]["reason"] or "身份证" in party[0]["reason"]
    # Its case-party links are quarantined too (they point at a record the hub does not hold); the rest is in.
    assert all(q["table"] in {"party", "caseparty", "attendance"} for q in quarantined)
    with hub.db.read() as session:
        assert session.get(Party, victim["id"]) is None
        assert session.scalar(select(func.count()).select_from(Dispute)) == 8
    from fuyuan_desktop.sync.conflicts import list_quarantine

    assert {q.row_id for q in list_quarantine(hub.db)} >= {victim["id"]}
