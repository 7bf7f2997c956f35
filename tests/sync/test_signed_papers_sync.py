"""Signed means frozen, across a real sync: a case goes laptop → hub → receipt (the official 案号 replaces the
临时编号) and a mediator joins afterwards; the signed agreement still reprints with exactly the signed text of
the first print, the official number only as an annotation outside it, and verifies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.documents import page_texts, print_agreement, verify_code, verify_pdf
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.sync.receipt import apply_receipt, load_receipt
from sync.sync_support import ACTOR, Laptop, shared_builders

builders = shared_builders()


@pytest.mark.slow
def test_a_signed_agreement_reprints_as_signed_after_the_receipt_brings_the_official_number(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    laptop = make_laptop()
    ctx = laptop.ctx
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    number = intake_dispute(ctx, builders.intake_input(
        builders.person("张桂芝", seq=1), builders.person("李大山", "被申请人", seq=2),
        category="民间借贷纠纷", summary="借款到期未还")).number
    assign_mediators(ctx, number, ["王秀兰"], accepted_on=date(2026, 11, 2))
    start_mediation(ctx, number)
    draft = draft_agreement(ctx, number, AgreementInput(
        kind="invited", facts="被申请人向申请人借款一万二千元，到期未还。",
        clauses=[ClauseInput("李大山", "向张桂芝偿还借款本金", "银行转账", date(2026, 12, 31), "12000")]))
    finalize_agreement(ctx, draft.id)
    first = print_agreement(ctx, number, out=tmp_path / "first.pdf")
    assert first.path is not None and first.verification_code
    signed_pages = page_texts(first.path.read_bytes())
    assert number in signed_pages[0]

    exported = laptop.export()
    # The printed PDF travels as a blob; the document's content hash (GeneratedDocument.sha256, printed on the
    # paper) is not a blob reference and is never listed as a missing blob.
    from fuyuan_desktop.sync.container import decrypt_bundle

    with decrypt_bundle(exported.files, hub.key().age_identity, tmp_path / "open") as opened:
        manifest = opened.manifest
        members = set(opened.infos)
    assert manifest["missing_blobs"] == [], manifest["missing_blobs"]
    assert f"blobs/{first.pdf_sha256}" in members and first.content_sha256 != first.pdf_sha256
    outcome = import_bundle(hub, exported.files[0], receipts=laptop.usb)
    assert outcome.status == "applied" and outcome.receipt_path is not None
    apply_receipt(laptop.db, load_receipt(outcome.receipt_path, laptop.db), actor=ACTOR)
    official = get_case(ctx, number).summary.official_number
    assert official and "民诉前调" in official

    for version in (None, 1):
        again = print_agreement(ctx, official, version=version, out=tmp_path / f"again-{version}.pdf")
        assert again.path is not None
        assert (again.document_id, again.verification_code, again.content_sha256) == (
            first.document_id, first.verification_code, first.content_sha256)
        assert page_texts(again.path.read_bytes()) == signed_pages, "the verified text is exactly the signed text"
        raw = PdfReader(again.path).pages[0].extract_text() or ""
        annotations = [line for line in raw.splitlines() if line.startswith("〔补记〕")]
        assert f"〔补记〕正式案号：{official}（原件所载编号 {number}）" in annotations
        assert official not in "".join(signed_pages), "the official number is never inside the signed text"
        report = verify_pdf(ctx, again.path)
        assert (report.ok, report.status, report.version) == (True, "match", 1), report.message
    assert verify_pdf(ctx, first.path).status == "match"
    assert verify_code(ctx, first.verification_code).status == "match"
