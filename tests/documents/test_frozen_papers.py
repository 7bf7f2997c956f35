"""Signed means frozen (docs/domain.md §7–§9): a paper's hash covers exactly what it says, a signed paper
reprints from what was signed, and a paper that depends on a superseded agreement reads as superseded."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import ACTOR
from pypdf import PdfReader
from sqlalchemy import select
from sqlmodel import col
from test_kinds import TZ, build_case, new_store

from fuyuan_desktop.documents.verification import content_sha256
from fuyuan_desktop.services.agreements import (
    AgreementInput,
    ClauseInput,
    agreements_of,
    correct_agreement,
    finalize_agreement,
    update_draft,
)
from fuyuan_desktop.services.documents import page_texts, verify_pdf
from fuyuan_desktop.services.mediation_record import record_doc
from fuyuan_desktop.services.printing import paper_content
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute, MediationSession, RecordRevision


def _record_hash(ctx: Workspace, sitting_id: str) -> tuple[str, datetime | None]:
    with ctx.db.read() as session:
        sitting = session.get(MediationSession, sitting_id)
        assert sitting is not None
        dispute = session.get(Dispute, sitting.dispute_id)
        assert dispute is not None
        doc = record_doc(session, dispute, 1, sitting)
    return content_sha256(paper_content("record", doc)), doc.ends_at


def test_a_record_saved_seconds_apart_prints_and_hashes_the_same(tmp_path: Path) -> None:
    """The nondeterminism of two identical runs: the record's end time came from the last save with its
    seconds and microseconds, which the paper does not print (10时15分) but the hash covered. Two saves
    in the same minute now give the same paper and the same hash; another minute is another paper."""
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths)

    def saved_at(moment: datetime) -> None:
        with ctx.db.write(ACTOR, "测试：改保存时刻") as session:
            for row in session.scalars(select(RecordRevision).where(col(RecordRevision.session_id) == case.sitting)):
                row.created_at = moment

    saved_at(datetime(2026, 11, 19, 10, 15, 3, 123456, tzinfo=TZ))
    first, ends = _record_hash(ctx, case.sitting)
    saved_at(datetime(2026, 11, 19, 10, 15, 41, 987001, tzinfo=TZ))
    second, ends_again = _record_hash(ctx, case.sitting)
    assert ends == ends_again == datetime(2026, 11, 19, 10, 15, tzinfo=TZ)
    assert first == second
    saved_at(datetime(2026, 11, 19, 10, 16, 0, tzinfo=TZ))
    assert _record_hash(ctx, case.sitting)[0] != first, "a different printed end time is a different paper"


@pytest.mark.slow
def test_the_application_of_a_superseded_agreement_reads_as_superseded(tmp_path: Path) -> None:
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths)
    application = case.print("confirmation_application", "app-v1.pdf")
    assert application.doc.path is not None and verify_pdf(ctx, application.doc.path).status == "match"
    signed = case.print("agreement", "agreement-v1.pdf")
    assert signed.doc.path is not None
    agreement = agreements_of(ctx, case.number)[-1]
    corrected = correct_agreement(ctx, agreement.id)
    update_draft(ctx, corrected.id, AgreementInput(
        kind="invited", facts="楼上卫生间漏水导致楼下房屋受损",
        clauses=[ClauseInput("冼秀英", "赔偿维修费", "银行转账", date(2026, 12, 1), "2800")]))
    finalize_agreement(ctx, corrected.id)

    report = verify_pdf(ctx, application.doc.path)
    assert (report.ok, report.status) == (False, "superseded"), report.message
    # The old agreement still reprints as signed: the same words, the supersession noted beside them.
    old = case.print("agreement", "agreement-v1-again.pdf", version=1)
    assert old.doc.path is not None
    assert page_texts(old.doc.path.read_bytes()) == page_texts(signed.doc.path.read_bytes())
    first_page = PdfReader(old.doc.path).pages[0].extract_text() or ""
    assert "〔补记〕本协议已被第 2 版协议取代，请以新版为准" in first_page.splitlines()
    assert verify_pdf(ctx, old.doc.path).status == "superseded"


def _override(ctx: Workspace, key: str, value: dict[str, object]) -> None:
    import json

    from fuyuan_desktop.store.models import ReferenceData

    with ctx.db.write(ACTOR, "测试：修改模板") as session:
        session.add(ReferenceData(key=key, value_json=json.dumps(value, ensure_ascii=False)))


def test_a_signed_agreement_reprints_its_signed_words_after_the_wording_changed(tmp_path: Path) -> None:
    """The wording of a kind may change after an agreement was signed (a template corrected, a new label):
    the reprint still says what was signed, word for word — the archived original — with the later facts
    (the official 案号) in the margin, and it verifies."""
    from fuyuan_desktop.services.documents import print_agreement
    from fuyuan_desktop.services.workflow import set_official_number

    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths)
    first = print_agreement(ctx, case.number, out=paths.root / "first.pdf")
    signed_text = page_texts((paths.root / "first.pdf").read_bytes())
    assert "临时编号" in signed_text[0]

    _override(ctx, "template:agreement_invited", {"effect_notice": "本协议自各方签字之日起生效（措辞已修订）。"})
    set_official_number(ctx, case.number, "（2026）吉0702民诉前调77号")
    again = print_agreement(ctx, "（2026）吉0702民诉前调77号", out=paths.root / "again.pdf")

    assert again.verification_code == first.verification_code
    reprinted = (paths.root / "again.pdf").read_bytes()
    assert page_texts(reprinted) == signed_text, "the reprint must say exactly what was signed"
    assert "措辞已修订" not in "".join(page_texts(reprinted))
    page_one = PdfReader(paths.root / "again.pdf").pages[0].extract_text() or ""
    assert "正式案号：（2026）吉0702民诉前调77号" in page_one  # beside the signed text, not in it
    report = verify_pdf(ctx, paths.root / "again.pdf")
    assert report.status == "match" and report.ok, report.message


def test_a_snapshot_frozen_before_case_kinds_prints_as_it_did() -> None:
    """A snapshot stored before headers carried a case kind loads with the kind empty: it prints the court's
    entrusted form with its number labelled 案号, as it was printed and signed, and hashes as before."""
    import json

    from fuyuan_desktop.documents import snapshot
    from fuyuan_desktop.documents.data import AgreementDoc

    golden = json.loads((Path(__file__).parent / "golden" / "agreement_invited.json").read_text(encoding="utf-8"))
    doc = snapshot.load(AgreementDoc, golden["content"]["data"])
    assert doc.header.case_kind == "" and doc.mediator_roles == ()
    assert content_sha256(paper_content("agreement", doc)) == golden["sha256"]

    from papers import page_lines

    from fuyuan_desktop import resources
    from fuyuan_desktop.documents.agreement import build_agreement
    from fuyuan_desktop.documents.fonts import load_fonts
    from fuyuan_desktop.documents.layout import make_styles, render
    from fuyuan_desktop.documents.templates import load_template

    fonts = load_fonts(resources.read_json("reference", "fonts.json"))
    pdf = render(build_agreement(doc, fonts, make_styles(fonts), load_template("agreement_invited")),
                 fonts=fonts, title="t", stamp=None)
    text = "".join(page_lines(pdf).split())
    assert "案号：（2026）吉0702民诉前调1234号" in text and "临时编号" not in text
