"""A laptop encrypted at rest (SQLCipher, sealed attachments) syncs like any other: the hub gets the plaintext."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlmodel import select

from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, approve
from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.attachments import attach_file
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.sync import export_to
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Attachment, Dispute, Party
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.enrollment import install_grant, make_request
from fuyuan_desktop.sync.receipt import apply_receipt
from sync.sync_support import shared_builders

PASSWORD = "judge-password-1"


@pytest.mark.slow
def test_an_encrypted_laptop_sends_plaintext_rows_and_attachments_to_the_hub(hub: Hub, tmp_path: Path) -> None:
    builders = shared_builders()
    intake_input, person, make_id_number = builders.intake_input, builders.person, builders.make_id_number
    paths = DataPaths(tmp_path / "laptop")
    made = accounts.create_protected_store(paths, "管理员", PASSWORD)
    accounts.add_user(made.ctx, "张法官", "judge", PASSWORD)
    made.ctx.db.engine.dispose()
    ctx: Workspace = accounts.login(paths, "张法官", PASSWORD)
    assert ctx.db.data_key is not None and ctx.db.encrypted
    install_grant(ctx.db, approve(hub, make_request(ctx.db), court="吉07"))
    case = intake_dispute(ctx, intake_input(person("邝昇堃", seq=7, phone="13904381234"),
                                            person("冼𠀀", "被申请人", seq=8)))
    photo = tmp_path / "现场.jpg"
    content = b"\xff\xd8\xff\xe0 a scanned sign-in sheet " * 4096
    photo.write_bytes(content)
    store = BlobStore(paths.blobs, key=ctx.db.data_key)
    attach_file(ctx, case.number, photo)
    sha = hashlib.sha256(content).hexdigest()
    assert content[:64] not in store.path_of(sha).read_bytes()  # sealed at rest on the laptop

    exported = export_to(ctx, tmp_path / "usb")
    for volume in exported.files:  # the stick holds neither the plaintext nor the laptop's sealed form
        raw = volume.read_bytes()
        assert content[:64] not in raw and "邝昇堃".encode() not in raw and make_id_number(7).encode() not in raw

    outcome = import_bundle(hub, exported.files[0])
    assert outcome.status == "applied"
    assert hub.blobs.verify(sha) and b"".join(hub.blobs.read_chunks(sha)) == content
    with hub.db.read() as session:
        assert session.scalars(select(Dispute).where(Dispute.id == case.id)).one()
        assert session.scalars(select(Attachment).where(Attachment.sha256 == sha)).one()
        assert {p.name for p in session.scalars(select(Party))} >= {"邝昇堃", "冼𠀀"}
    apply_receipt(ctx.db, outcome.receipt, actor=ctx.actor)
    with ctx.db.read() as session:
        assert session.get(Dispute, case.id).official_number  # type: ignore[union-attr]
