"""Tying paper to record: a final agreement regenerates byte for byte (also in a fresh process), and
``verify-document`` tells an original from a modified, superseded or unknown copy."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date

import pytest
from conftest import ACTOR, make_credit_code, person
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from fuyuan_desktop.documents.verification import CODE_ALPHABET, normalize_code, verification_code
from fuyuan_desktop.services.agreements import (
    AgreementInput,
    ClauseInput,
    correct_agreement,
    draft_agreement,
    finalize_agreement,
    update_draft,
)
from fuyuan_desktop.services.documents import PrintedDocument, page_texts, print_agreement, verify_code, verify_pdf
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths


def _agreement(amount: str = "12000") -> AgreementInput:
    return AgreementInput(
        kind="invited", facts="被申请人向申请人借款，到期未还。",
        clauses=[ClauseInput("松原市宏达建材有限公司", "向张桂芝偿还借款", "银行转账", date(2026, 12, 31), amount),
                 ClauseInput("张桂芝", "收款后退还借条原件", "当面交付", date(2027, 1, 5))])


@pytest.fixture
def final_case(ctx: Workspace) -> tuple[str, str]:
    """(case number, agreement id) of a case with a final version-1 agreement."""
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区新城乡人民调解委员会")
    org = PartyInput(role="被申请人", kind="organization", name="松原市宏达建材有限公司",
                     credit_code=make_credit_code(), representative="刘建国", address="吉林松原经济开发区")
    number = intake_dispute(ctx, IntakeInput(category="民间借贷纠纷", summary="借款到期未还",
                                             parties=[person("张桂芝", seq=1), org])).number
    assign_mediators(ctx, number, ["王秀兰"], accepted_on=date(2026, 11, 2))
    start_mediation(ctx, number)
    draft = draft_agreement(ctx, number, _agreement())
    finalize_agreement(ctx, draft.id)
    return number, draft.id


def _print(ctx: Workspace, paths: DataPaths, number: str, name: str, version: int | None = None
           ) -> PrintedDocument:
    return print_agreement(ctx, number, version=version, out=paths.root / "out" / name)


# --- byte-identical regeneration ------------------------------------------------------------------

_FRESH_PROCESS = """
import sys
from importlib import resources
from pathlib import Path
from fuyuan_desktop.documents.fonts import register_face

# Register the faces in the opposite order first: their registry names (FY00-…) all differ from the
# parent process's, and must not reach the PDF.
fonts = Path(str(resources.files("fuyuan_desktop.resources") / "fonts"))
for name in ("HanaMinB.ttf", "wqy-zenhei.ttf", "uming.ttf"):
    register_face(fonts / name, 0)

from fuyuan_desktop.services.documents import print_agreement
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths

paths = DataPaths(Path(sys.argv[1]))
ctx = initialize(paths, actor="另一台电脑")
doc = print_agreement(ctx, sys.argv[2], out=Path(sys.argv[3]))
print(doc.pdf_sha256)
"""


@pytest.mark.slow
@pytest.mark.parametrize("pdf_comments", [False, True], ids=["plain", "reportlab-comments"])
def test_regenerating_a_final_version_is_byte_identical_also_in_a_fresh_process(
    ctx: Workspace, paths: DataPaths, final_case: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
    pdf_comments: bool,
) -> None:
    """Also with reportlab's ``pdfComments`` on (``RL_pdfComments=1``), which writes font registry names
    into the file: they must not depend on the order in which a process happened to load its faces."""
    monkeypatch.setattr(rl_config, "pdfComments", int(pdf_comments))
    number, _ = final_case
    first = _print(ctx, paths, number, "first.pdf")
    second = _print(ctx, paths, number, "second.pdf")
    assert first.path is not None and second.path is not None
    assert first.path.read_bytes() == second.path.read_bytes()
    assert (second.document_id, second.verification_code) == (first.document_id, first.verification_code)
    assert (b"% Font FY-" in first.path.read_bytes()) is pdf_comments

    fresh = paths.root / "out" / "fresh.pdf"
    env = {**os.environ, "PYTHONHASHSEED": "4242", "RL_pdfComments": str(int(pdf_comments))}
    done = subprocess.run([sys.executable, "-c", _FRESH_PROCESS, str(paths.root), number, str(fresh)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == first.pdf_sha256
    assert fresh.read_bytes() == first.path.read_bytes()


_FRESH_PRINT = """
import sys
from pathlib import Path
from fuyuan_desktop.services.documents import print_agreement
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths

ctx = initialize(DataPaths(Path(sys.argv[1])), actor="另一台电脑")
doc = print_agreement(ctx, sys.argv[2], out=Path(sys.argv[3]))
print(doc.pdf_sha256, doc.pages)
"""


@pytest.mark.slow
def test_a_fresh_print_from_the_face_cache_is_byte_identical(ctx: Workspace, paths: DataPaths,
                                                             final_case: tuple[str, str]) -> None:
    """The first fresh process parses the faces and keeps them in the data folder's cache/fonts; the next
    loads them from there: both give the very bytes of the original, with its true page count."""
    number, _ = final_case
    first = _print(ctx, paths, number, "first.pdf")
    assert first.path is not None
    assert first.pages == len(PdfReader(first.path).pages) == 2
    for run in ("parsed", "cached"):
        if run == "cached":
            assert sorted(p.name.split("-")[0] for p in (paths.cache / "fonts").glob("*.face")) == ["uming", "wqy"]
        out = paths.root / "out" / f"{run}.pdf"
        done = subprocess.run([sys.executable, "-c", _FRESH_PRINT, str(paths.root), number, str(out)],
                              capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == [first.pdf_sha256, "2"], run
        assert out.read_bytes() == first.path.read_bytes(), run


# --- verify a file --------------------------------------------------------------------------------

def test_the_original_matches(ctx: Workspace, paths: DataPaths, final_case: tuple[str, str]) -> None:
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    report = verify_pdf(ctx, doc.path)
    assert (report.ok, report.status, report.version, report.case_number) == (True, "match", 1, number)
    assert report.message == (f"与存档一致：案件 {number} 的调解协议书第 1 版（验证码 {doc.verification_code}），"
                              "为现行有效版本。")


def _content_stream_span(pdf: bytes) -> tuple[int, int]:
    """Where page 1's (compressed) content stream lies in the file."""
    raw = PdfReader(io.BytesIO(pdf)).pages[0]["/Contents"].get_object()._data
    start = pdf.find(raw)
    assert start > 0 and pdf.find(raw, start + 1) == -1
    return start, start + len(raw)


def _one_byte_that_changes_the_words(pdf: bytes) -> bytes:
    """The file with one bit of page 1's compressed content stream flipped, at the first place from the middle
    where the flip changes what the page reads.

    Verification compares words, so a flip that only moves a glyph or recolours a line (a coordinate in the
    stream) is not a different paper; which byte sits in the middle depends on the case's own text, so the
    byte is chosen by its effect, not by its position (CI once drew a flip that kept every word)."""
    start, end = _content_stream_span(pdf)
    original = page_texts(pdf)
    middle = (start + end) // 2
    for offset in sorted(range(start, end), key=lambda at: abs(at - middle)):
        data = bytearray(pdf)
        data[offset] ^= 0x01
        try:
            changed = page_texts(bytes(data)) != original
        except Exception:
            changed = True
        if changed:
            return bytes(data)
    raise AssertionError("no single-bit flip in the content stream changes the words")


@pytest.mark.slow
def test_one_byte_changed_in_a_content_stream_is_modified(ctx: Workspace, paths: DataPaths,
                                                          final_case: tuple[str, str]) -> None:
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    original = doc.path.read_bytes()
    tampered = paths.root / "out" / "tampered.pdf"
    tampered.write_bytes(_one_byte_that_changes_the_words(original))

    report = verify_pdf(ctx, tampered)
    assert (report.ok, report.status, report.version) == (False, "modified", 1)
    assert f"案件 {number} 的调解协议书第 1 版" in report.message and "内容已被修改" in report.message


def _overlay(text: str) -> io.BytesIO:
    overlay = io.BytesIO()
    canvas = Canvas(overlay)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(100, 400, text)
    canvas.save()
    overlay.seek(0)
    return overlay


def test_a_resave_that_keeps_every_word_verifies_and_a_changed_word_does_not(
        ctx: Workspace, paths: DataPaths, final_case: tuple[str, str]) -> None:
    """A viewer's re-save rewrites the file (new object layout, compression) but keeps the words: it still
    verifies; the same re-save with one word of the text changed does not."""
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    writer = PdfWriter(clone_from=PdfReader(doc.path))
    writer.compress_identical_objects()
    resaved = paths.root / "out" / "resaved.pdf"
    with resaved.open("wb") as handle:
        writer.write(handle)
    assert resaved.read_bytes() != doc.path.read_bytes()
    assert verify_pdf(ctx, resaved).status == "match"

    # The same re-save with a word added to page 1 (an amount written over the paper) no longer reads the same.
    writer = PdfWriter(clone_from=PdfReader(doc.path))
    writer.pages[0].merge_page(PdfReader(_overlay("13000")).pages[0])
    changed = paths.root / "out" / "changed.pdf"
    with changed.open("wb") as handle:
        writer.write(handle)
    report = verify_pdf(ctx, changed)
    assert (report.ok, report.status) == (False, "modified")


def test_an_incremental_update_that_changes_the_text_is_modified(ctx: Workspace, paths: DataPaths,
                                                                 final_case: tuple[str, str]) -> None:
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    original = doc.path.read_bytes()

    overlay = io.BytesIO()
    canvas = Canvas(overlay)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(100, 400, "AMOUNT WAIVED")
    canvas.save()
    writer = PdfWriter(doc.path, incremental=True)
    writer.pages[0].merge_page(PdfReader(overlay).pages[0])
    tampered = paths.root / "out" / "incremental.pdf"
    with tampered.open("wb") as handle:
        writer.write(handle)

    changed = tampered.read_bytes()
    assert changed.startswith(original) and len(changed) > len(original)  # the original bytes are untouched
    reader = PdfReader(tampered)
    assert "AMOUNT WAIVED" in (reader.pages[0].extract_text() or "")
    assert reader.metadata is not None and doc.document_id in str(reader.metadata["/Keywords"])

    report = verify_pdf(ctx, tampered)
    assert (report.ok, report.status) == (False, "modified")


def test_a_corrected_version_supersedes_the_old_paper(ctx: Workspace, paths: DataPaths,
                                                      final_case: tuple[str, str]) -> None:
    number, agreement_id = final_case
    v1 = _print(ctx, paths, number, "v1.pdf")
    assert v1.path is not None
    v2_draft = correct_agreement(ctx, agreement_id)
    update_draft(ctx, v2_draft.id, _agreement(amount="11500"))
    # a correction still in draft does not replace the final paper yet
    assert verify_pdf(ctx, v1.path).status == "match"
    finalize_agreement(ctx, v2_draft.id)

    report = verify_pdf(ctx, v1.path)
    assert (report.ok, report.status, report.version, report.superseded_by_version) == (False, "superseded", 1, 2)
    assert "已被第 2 版取代" in report.message

    v2 = _print(ctx, paths, number, "v2.pdf")
    assert v2.path is not None and v2.version == 2 and v2.verification_code != v1.verification_code
    assert verify_pdf(ctx, v2.path).status == "match"
    assert verify_code(ctx, v1.verification_code).superseded_by_version == 2
    # an old version still reprints as signed, for the file: the same words, with the supersession noted
    # beside them (outside the verified text), and it verifies as what it is — superseded
    again = _print(ctx, paths, number, "v1-again.pdf", version=1)
    assert again.path is not None and page_texts(again.path.read_bytes()) == page_texts(v1.path.read_bytes())
    first_page = PdfReader(again.path).pages[0].extract_text() or ""
    assert "〔补记〕本协议已被第 2 版协议取代，请以新版为准" in first_page
    assert verify_pdf(ctx, again.path).status == "superseded"


def test_a_draft_or_foreign_pdf_is_unknown(ctx: Workspace, paths: DataPaths, final_case: tuple[str, str]
                                           ) -> None:
    foreign = paths.root / "foreign.pdf"
    canvas = Canvas(str(foreign))
    canvas.drawString(100, 700, "not from fuyuan")
    canvas.save()
    report = verify_pdf(ctx, foreign)
    assert (report.ok, report.status) == (False, "unknown")

    garbage = paths.root / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    assert verify_pdf(ctx, garbage).status == "unknown"


# --- verify a code typed from paper ------------------------------------------------------------------

def test_normalize_code_forgives_the_usual_typing_slips() -> None:
    assert normalize_code("abcdo-1234l") == "ABCD0-12341"
    assert normalize_code(" a b c d o 1 2 3 4 i ") == "ABCD0-12341"
    assert normalize_code("ABCD0－12341") == "ABCD0-12341"  # a full-width dash from a Chinese IME
    assert normalize_code("ABC") == "ABC"
    code = verification_code("f" * 64)
    assert len(code) == 11 and code[5] == "-" and set(code.replace("-", "")) <= set(CODE_ALPHABET)


def test_verify_code_accepts_what_people_type(ctx: Workspace, paths: DataPaths,
                                              final_case: tuple[str, str]) -> None:
    number, _ = final_case
    code = _print(ctx, paths, number, "a.pdf").verification_code
    slips = code.replace("0", "O").replace("1", "l")
    for typed in (code, code.lower(), code.replace("-", ""), f" {code[:5]} {code[6:]} ", slips.lower(),
                  slips.replace("-", "")):
        report = verify_code(ctx, typed)
        assert (report.ok, report.status, report.case_number) == (True, "match", number), typed

    unknown = verify_code(ctx, "ZZZZZ-ZZZZY")
    assert (unknown.ok, unknown.status) == (False, "unknown")
    assert "没有验证码为 ZZZZZ-ZZZZY 的文书" in unknown.message


# --- the command line ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_cli_verify_document_exit_codes(ctx: Workspace, paths: DataPaths, final_case: tuple[str, str]
                                        ) -> None:
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    tampered = paths.root / "out" / "tampered.pdf"
    writer = PdfWriter(doc.path)
    writer.pages[0].merge_page(PdfReader(_overlay("AMOUNT WAIVED")).pages[0])
    with tampered.open("wb") as handle:
        writer.write(handle)
    resaved = paths.root / "out" / "resaved.pdf"
    resaved.write_bytes(doc.path.read_bytes() + b"\n% appended\n")

    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=ACTOR, PYTHONIOENCODING="utf-8")
    runs = {
        "original": ("verify-document", str(doc.path)),
        "tampered": ("verify-document", str(tampered)),
        "resaved": ("verify-document", str(resaved)),
        "code": ("verify-document", "--code", doc.verification_code.lower().replace("-", "")),
        "unknown": ("verify-document", "--code", "ZZZZZ-ZZZZY"),
    }
    procs = {
        key: subprocess.Popen([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(paths.root), *args],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
        for key, args in runs.items()
    }
    out = {key: (proc.communicate(timeout=120), proc.returncode) for key, proc in procs.items()}

    (stdout, stderr), code = out["original"]
    assert code == 0, stderr
    assert stdout.startswith("✔ 与存档一致") and doc.verification_code in stdout
    (stdout, _), code = out["tampered"]
    assert code == 1 and stdout.startswith("✘ 文件与存档不一致")
    (stdout, _), code = out["resaved"]
    assert code == 0 and stdout.startswith("✔ 与存档一致"), "bytes added that change no word still verify"
    (stdout, _), code = out["code"]
    assert code == 0 and number in stdout
    (stdout, _), code = out["unknown"]
    assert code == 1 and "没有验证码为 ZZZZZ-ZZZZY" in stdout


def test_verify_code_accepts_the_qr_payload_a_scanner_types(ctx: Workspace, paths: DataPaths,
                                                            final_case: tuple[str, str]) -> None:
    """A USB QR scanner types the QR's own content followed by Enter: it is accepted as it comes."""
    from fuyuan_desktop.documents.verification import qr_payload

    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    payload = qr_payload(case_id="x", document_id=doc.document_id, version=1, sha256_hex=doc.content_sha256)
    report = verify_code(ctx, payload + "\r\n")
    assert (report.ok, report.status, report.case_number) == (True, "match", number)
    forged = payload.replace(doc.content_sha256, "0" * 64)
    assert verify_code(ctx, forged).status == "unknown"
