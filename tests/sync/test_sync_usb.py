"""Laptop → hub → receipt → laptop over USB files: counts, idempotency, order, gaps, blobs, volumes, numbers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.attachments import attach_file
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.store.models import Attachment, Dispute
from fuyuan_desktop.store.sync_models import SyncBundle, SyncPeer
from fuyuan_desktop.sync.export import pending_counts
from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt
from sync.sync_support import ACTOR, Laptop, dump


def _count(db: object, model: type, **where: object) -> int:
    with db.read() as session:  # type: ignore[attr-defined]
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(session.scalar(query) or 0)


@pytest.mark.slow
def test_a_month_of_demo_cases_reaches_the_hub_and_numbers_come_back(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=60, seed=7)
    provisional = _count(laptop.db, Dispute, official_number=None)
    assert provisional > 0
    exported = laptop.export()
    assert exported.counts["dispute"] == 60 and exported.files[0].suffix == ".fyb"
    assert pending_counts(laptop.db)["dispute"] == 60, "sending alone must not move the watermark"

    outcome = import_bundle(hub, exported.files[0], receipts=laptop.usb)
    assert outcome.status == "applied"
    assert _count(hub.db, Dispute) == 60
    assert outcome.receipt_path is not None and outcome.receipt_path.exists()
    numbers = outcome.receipt["receipt"]["official_numbers"]
    assert len(numbers) == provisional
    assert all("民诉前调" in n["official_number"] or "行诉前调" in n["official_number"] for n in numbers)

    result = apply_receipt(laptop.db, load_receipt(outcome.receipt_path, laptop.db), actor=ACTOR)
    assert len(result.official_numbers) == provisional
    assert pending_counts(laptop.db) == {}
    listed = {c.provisional_number: c for c in list_cases(laptop.ctx, limit=100)}
    for item in numbers:
        assert listed[item["provisional_number"]].official_number == item["official_number"]
        assert listed[item["provisional_number"]].number == item["official_number"]
    # Laptop and hub now agree on every dispute, field for field.
    with laptop.db.read() as s1, hub.db.read() as s2:
        mine = {d.id: (d.official_number, d.status, d.hlc) for d in s1.scalars(select(Dispute))}
        theirs = {d.id: (d.official_number, d.status, d.hlc) for d in s2.scalars(select(Dispute))}
    assert mine == theirs


@pytest.mark.slow
def test_the_same_bundle_twice_changes_nothing_and_says_so(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=10, seed=1)
    exported = laptop.export()
    first = import_bundle(hub, exported.files[0])
    before = dump(hub.db.engine)
    again = import_bundle(hub, exported.files[0])
    assert again.status == "already" and "已于" in again.message
    assert again.receipt == first.receipt
    assert dump(hub.db.engine) == before
    # Applying the receipt twice on the laptop is harmless too.
    apply_receipt(laptop.db, first.receipt, actor=ACTOR)
    snapshot = dump(laptop.db.engine)
    apply_receipt(laptop.db, first.receipt, actor=ACTOR)
    after = dump(laptop.db.engine)
    for table in ("dispute", "party", "syncshadow", "caseparty"):
        assert after[table] == snapshot[table]


@pytest.mark.parametrize("order", ["in_order", "reversed"])
def test_bundles_applied_out_of_order_give_the_same_result(
        make_laptop: Callable[..., Laptop], hub: Hub, order: str) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=5, seed=3)
    first = laptop.export()
    ref = list_cases(laptop.ctx, limit=5)[0]
    with laptop.db.write(ACTOR, "改摘要") as session:
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None
        dispute.summary = "第二次修改后的摘要"
    second = laptop.export()
    assert second.since_hlc == first.since_hlc, "no receipt yet: the second bundle repeats everything unacknowledged"
    files = [first.files[0], second.files[0]]
    for path in (files if order == "in_order" else files[::-1]):
        import_bundle(hub, path)
    with hub.db.read() as session:
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None and dispute.summary == "第二次修改后的摘要"
    from fuyuan_desktop.sync.conflicts import list_conflicts

    assert list_conflicts(hub.db) == [], "a device's own older version is not a conflict"


@pytest.mark.slow
def test_a_missing_earlier_bundle_is_detected_and_healed(
        make_laptop: Callable[..., Laptop], hub: Hub, hub_url: str | None, tmp_path: Path) -> None:
    if hub_url is not None:
        pytest.skip("the hub restore below copies the SQLite file")
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=4, seed=5)
    hub_file = Path(str(hub.db.engine.url.database))
    hub.db.engine.dispose()
    shutil.copyfile(hub_file, tmp_path / "hub-backup.sqlite3")
    first = laptop.export()
    apply_receipt(laptop.db, import_bundle(hub, first.files[0]).receipt, actor=ACTOR)
    # The hub is restored from last night's backup: bundle 1 is lost to it, but the laptop moved on.
    hub.db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{hub_file}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "hub-backup.sqlite3", hub_file)
    generate_demo(laptop.ctx, disputes=2, seed=6)
    second = laptop.export()
    outcome = import_bundle(hub, second.files[0])
    assert "缺少更早的数据包" in outcome.message
    result = apply_receipt(laptop.db, outcome.receipt, actor=ACTOR)
    assert result.gap and result.acked_hlc == ""
    third = laptop.export()
    assert third.counts["dispute"] == 6, "after the gap the laptop sends everything again"
    assert "缺少" not in import_bundle(hub, third.files[0]).message
    assert _count(hub.db, Dispute) == 6


def test_attachments_travel_in_small_volumes_and_the_hub_keeps_every_bundle(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=9)
    case = list_cases(laptop.ctx, limit=1)[0]
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(bytes(range(256)) * 2000)  # 512 KB
    view = attach_file(laptop.ctx, case.provisional_number, photo)
    exported = laptop.export(volume_size=100 * 1024)
    assert len(exported.files) >= 5 and exported.blobs == 1
    assert all(p.stat().st_size <= 100 * 1024 for p in exported.files)
    assert not list(laptop.usb.glob(".*.part")), "no temporary files are left on the stick"
    import_bundle(hub, exported.files[0])
    assert view.sha256 in hub.blobs and hub.blobs.path_of(view.sha256).read_bytes() == photo.read_bytes()
    assert _count(hub.db, Attachment) == 1
    with hub.db.read() as session:
        kept = session.scalars(select(SyncBundle)).one()
    assert Path(kept.stored_path).exists()
    assert sum(1 for _ in Path(kept.stored_path).parent.iterdir()) == len(exported.files)


@pytest.mark.slow
def test_export_refuses_before_enrollment_and_after_revocation(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    from fuyuan_desktop.hub.registry import revoke
    from fuyuan_desktop.sync.enrollment import NotEnrolledError, RevokedError

    lone = make_laptop("lone", enroll=False)
    with pytest.raises(NotEnrolledError, match="尚未在中院登记"):
        lone.export()
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=2)
    outcome = import_bundle(hub, laptop.export().files[0])
    revoke(hub, laptop.db.device_id, "笔记本电脑遗失")
    generate_demo(laptop.ctx, disputes=1, seed=4)
    refused_bundle = laptop.export()
    from fuyuan_desktop.sync.container import BundleFault

    before = dump(hub.db.engine)
    with pytest.raises(BundleFault, match="已被停用") as info:
        import_bundle(hub, refused_bundle.files[0])
    assert info.value.code == "revoked" and dump(hub.db.engine) == before
    # Every receipt carries the revocation list: the next one the laptop applies tells it.
    receipt = _reissue(hub, outcome.bundle_id)
    apply_receipt(laptop.db, receipt, actor=ACTOR)
    with laptop.db.read() as session:
        peer = session.scalars(select(SyncPeer)).one()
    assert peer.revoked and peer.revoked_reason == "笔记本电脑遗失"
    with pytest.raises(RevokedError, match="笔记本电脑遗失"):
        laptop.export()


def _reissue(hub: Hub, bundle_id: str) -> dict[str, object]:
    """A receipt as the hub would sign it now (with today's revocation list) for an accepted bundle."""
    import json

    from fuyuan_desktop.hub.ingest import revocations_of
    from fuyuan_desktop.sync.receipt import sign_receipt

    with hub.db.read() as session:
        stored = json.loads(session.get(SyncBundle, bundle_id).receipt_json)["receipt"]  # type: ignore[union-attr]
    with hub.db.engine.connect() as conn:
        stored["revocations"] = revocations_of(conn)
    body = {k: v for k, v in stored.items() if k not in ("format", "receipt_id", "issued_at")}
    return sign_receipt(hub.key().signing_key, body)


@pytest.mark.slow
def test_official_numbers_run_in_sequence_and_skip_numbers_already_on_file(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    from sync.sync_support import shared_builders

    builders = shared_builders()
    intake_input, person = builders.intake_input, builders.person
    from fuyuan_desktop.services.intake import intake_dispute
    from fuyuan_desktop.services.workflow import set_official_number

    laptop = make_laptop()
    first = intake_dispute(laptop.ctx, intake_input(person("张一", seq=11), person("李一", "被申请人", seq=12)))
    outcome = import_bundle(hub, laptop.export().files[0])
    apply_receipt(laptop.db, outcome.receipt, actor=ACTOR)
    [number] = outcome.receipt["receipt"]["official_numbers"]
    assert number["dispute_id"] == first.id
    year = number["official_number"][1:5]
    assert number["official_number"] == f"（{year}）吉0702民诉前调1号"
    # The court's own system already used number 2 for a case a clerk then typed in on the laptop.
    second = intake_dispute(laptop.ctx, intake_input(person("张二", seq=13), person("李二", "被申请人", seq=14)))
    set_official_number(laptop.ctx, second.number, f"（{year}）吉0702民诉前调2号")
    third = intake_dispute(laptop.ctx, intake_input(person("张三", seq=15), person("李三", "被申请人", seq=16)))
    outcome = import_bundle(hub, laptop.export().files[0])
    [number] = outcome.receipt["receipt"]["official_numbers"]
    assert (number["dispute_id"], number["official_number"]) == (third.id, f"（{year}）吉0702民诉前调3号")


def test_a_cancelled_export_leaves_nothing_on_the_stick(make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    import threading

    from fuyuan_desktop.sync.container import Cancelled

    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=30, seed=8)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()  # the clerk presses 取消 as soon as the first bytes are written

    with pytest.raises(Cancelled):
        laptop.export(progress=progress, cancel=cancel, volume_size=16 * 1024)
    assert seen and seen[0][1] > 0
    assert not any(laptop.usb.iterdir()) if laptop.usb.exists() else True
    assert not any((laptop.paths.root / "tmp").iterdir()), "no plaintext scratch file is left behind"
    with laptop.db.read() as session:
        assert session.scalars(select(SyncPeer)).one().bundle_seq == 0


@pytest.mark.slow
def test_reference_data_changed_at_the_hub_comes_down_in_the_receipt(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    import json

    from fuyuan_desktop.store.models import ReferenceData

    laptop = make_laptop()
    apply_receipt(laptop.db, import_bundle(hub, laptop.export().files[0]).receipt, actor=ACTOR)
    with hub.db.write("中院管理员", "调整节假日") as session:
        session.add(ReferenceData(key="holiday_overrides", value_json=json.dumps({"note": "2027 年调休安排"})))
    result = apply_receipt(laptop.db, import_bundle(hub, laptop.export().files[0]).receipt, actor=ACTOR)
    assert result.rows_applied >= 1
    with laptop.db.read() as session:
        row = session.scalars(select(ReferenceData).where(ReferenceData.key == "holiday_overrides")).one()
    assert json.loads(row.value_json) == {"note": "2027 年调休安排"}
    assert pending_counts(laptop.db) == {}, "what came from the hub is not sent back"


@pytest.mark.slow
def test_a_receipt_on_the_stick_is_encrypted_to_its_device(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    from fuyuan_desktop.domain.errors import ValidationError
    from fuyuan_desktop.store.models import Party
    from fuyuan_desktop.sync.crypto import AGE_MAGIC

    laptop, other = make_laptop("a"), make_laptop("b")
    generate_demo(laptop.ctx, disputes=6, seed=21)
    outcome = import_bundle(hub, laptop.export().files[0], receipts=laptop.usb)
    # The hub sends the device's own rows back when it merged them; a number at least is in every receipt.
    raw = outcome.receipt_path.read_bytes()  # type: ignore[union-attr]
    assert raw.startswith(AGE_MAGIC)
    official = outcome.receipt["receipt"]["official_numbers"][0]["official_number"]
    assert official.encode() not in raw and "民诉前调".encode() not in raw
    with laptop.db.read() as session:
        name = session.scalars(select(Party.name)).first()
    assert name and name.encode() not in raw
    with pytest.raises(ValidationError, match="不是发给本机的回执"):
        load_receipt(outcome.receipt_path, other.db)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="需在收件设备上打开"):
        load_receipt(outcome.receipt_path)  # type: ignore[arg-type]
    assert apply_receipt(laptop.db, load_receipt(outcome.receipt_path, laptop.db),  # type: ignore[arg-type]
                         actor=ACTOR).official_numbers

    # A device enrolled before receipts were encrypted (no key at the hub) still gets its signed receipt.
    from fuyuan_desktop.store.sync_models import HubDevice
    from fuyuan_desktop.sync.enrollment import self_device

    with hub.db.write(ACTOR, "旧登记") as session:
        row = session.get(HubDevice, self_device(other.db).id)
        assert row is not None and row.receipt_recipient.startswith("age1")
        row.receipt_recipient = ""
    generate_demo(other.ctx, disputes=2, seed=22)
    legacy = import_bundle(hub, other.export().files[0], receipts=other.usb)
    assert legacy.receipt_path is not None and legacy.receipt_path.read_bytes().startswith(b"{")
    assert apply_receipt(other.db, load_receipt(legacy.receipt_path, other.db), actor=ACTOR).status


@pytest.mark.slow
def test_the_same_bundle_imported_at_once_by_two_staff_is_applied_once(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    """Two imports of one bundle race (a second staff member, or `hub import` beside `hub serve`): one applies,
    the others answer "already applied", and the kept copy of the bundle survives the loser's rollback."""
    import threading

    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=120, seed=61)
    bundle = laptop.export().files[0]
    start = threading.Barrier(3)
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            outcomes.append(import_bundle(hub, bundle).status)
        except BaseException as exc:  # the test reports whatever escaped
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert sorted(outcomes) == ["already", "already", "applied"]
    assert _count(hub.db, Dispute) == 120 and _count(hub.db, SyncBundle) == 1
    with hub.db.read() as session:
        kept = Path(session.scalars(select(SyncBundle.stored_path)).one())
    assert kept.exists(), "a losing import must not delete the winner's kept bundle"


def test_an_import_waits_its_turn_while_another_applies_and_a_long_wait_is_refused_in_words(
        make_laptop: Callable[..., Laptop], hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another import holding the hub (here: its lock, held by this test) makes an import wait, however long it
    takes — not fail on the database's busy timeout — and a wait beyond the limit refuses the bundle, unchanged."""
    import threading

    from filelock import FileLock

    from fuyuan_desktop.hub import ingest
    from fuyuan_desktop.sync.container import BundleFault

    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=63)
    bundle = laptop.export().files[0]
    held = FileLock(str(hub.root / "locks" / "import.lock"), thread_local=False)
    (hub.root / "locks").mkdir(parents=True, exist_ok=True)
    held.acquire()
    outcomes: list[str] = []
    waiting = threading.Thread(target=lambda: outcomes.append(import_bundle(hub, bundle).status))
    waiting.start()
    waiting.join(timeout=12)  # longer than SQLite's busy timeout (10 s)
    assert waiting.is_alive() and _count(hub.db, SyncBundle) == 0, "the import must wait for the one before it"
    held.release()
    waiting.join(timeout=120)
    assert outcomes == ["applied"] and _count(hub.db, SyncBundle) == 1

    generate_demo(laptop.ctx, disputes=1, seed=64)
    later = laptop.export().files[0]
    monkeypatch.setattr(ingest, "IMPORT_WAIT_SECONDS", 1)
    held.acquire()
    try:
        with pytest.raises(BundleFault) as refused:
            import_bundle(hub, later)
    finally:
        held.release()
    assert refused.value.code == "busy" and "未作改动" in str(refused.value)
    assert _count(hub.db, SyncBundle) == 1


def test_a_lost_kept_copy_is_kept_again_when_the_bundle_comes_back(
        make_laptop: Callable[..., Laptop], hub: Hub) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=62)
    bundle = laptop.export().files[0]
    import_bundle(hub, bundle)
    with hub.db.read() as session:
        kept = Path(session.scalars(select(SyncBundle.stored_path)).one())
    kept.unlink()  # the hub stopped between commit and rename, or the copy was lost
    assert import_bundle(hub, bundle).status == "already"
    assert kept.read_bytes() == bundle.read_bytes()
    assert not list(kept.parent.glob(".*.part")), "no copy under a temporary name is left"
