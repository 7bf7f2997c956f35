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
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.documents import PrintedDocument, print_agreement, verify_code, verify_pdf
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths


def _agreement(amount: str = "12000") -> AgreementInput:
    return AgreementInput(
        kind="invited", facts="被申请人向申请人借款，到期未还。",
        clauses=[ClauseInput("松原市宏达建材有限公司", "向张桂芝偿还借款", "银行转账", date(2026, 12, 31), amount),
                 ClauseInput("张桂芝", "收款后退还借条原件", "当面交付", date(2027, 1, 5))])


@pytest.fixture
def final_case(ctx: ServiceContext) -> tuple[str, str]:
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


def _print(ctx: ServiceContext, paths: DataPaths, number: str, name: str, version: int | None = None
           ) -> PrintedDocument:
    return print_agreement(ctx, BlobStore(paths.blobs), number, version=version, out=paths.root / "out" / name)


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
doc = print_agreement(ctx, BlobStore(paths.blobs), sys.argv[2], out=Path(sys.argv[3]))
print(doc.pdf_sha256)
"""


@pytest.mark.parametrize("pdf_comments", [False, True], ids=["plain", "reportlab-comments"])
def test_regenerating_a_final_version_is_byte_identical_also_in_a_fresh_process(
    ctx: ServiceContext, paths: DataPaths, final_case: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
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


# --- verify a file --------------------------------------------------------------------------------

def test_the_original_matches(ctx: ServiceContext, paths: DataPaths, final_case: tuple[str, str]) -> None:
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


def test_one_byte_changed_in_a_content_stream_is_modified(ctx: ServiceContext, paths: DataPaths,
                                                          final_case: tuple[str, str]) -> None:
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    data = bytearray(doc.path.read_bytes())
    start, end = _content_stream_span(bytes(data))
    data[(start + end) // 2] ^= 0x01
    tampered = paths.root / "out" / "tampered.pdf"
    tampered.write_bytes(bytes(data))

    report = verify_pdf(ctx, tampered)
    assert (report.ok, report.status, report.version) == (False, "modified", 1)
    assert f"案件 {number} 的调解协议书第 1 版" in report.message and "内容已被修改" in report.message


def test_an_incremental_update_that_changes_the_text_is_modified(ctx: ServiceContext, paths: DataPaths,
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


def test_a_corrected_version_supersedes_the_old_paper(ctx: ServiceContext, paths: DataPaths,
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
    # an old version still reprints, byte for byte, for the file
    again = _print(ctx, paths, number, "v1-again.pdf", version=1)
    assert again.path is not None and again.path.read_bytes() == v1.path.read_bytes()


def test_a_draft_or_foreign_pdf_is_unknown(ctx: ServiceContext, paths: DataPaths, final_case: tuple[str, str]
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


def test_verify_code_accepts_what_people_type(ctx: ServiceContext, paths: DataPaths,
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

def test_cli_verify_document_exit_codes(ctx: ServiceContext, paths: DataPaths, final_case: tuple[str, str]
                                        ) -> None:
    number, _ = final_case
    doc = _print(ctx, paths, number, "a.pdf")
    assert doc.path is not None
    tampered = paths.root / "out" / "tampered.pdf"
    tampered.write_bytes(doc.path.read_bytes() + b"\n% appended\n")

    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=ACTOR, PYTHONIOENCODING="utf-8")
    runs = {
        "original": ("verify-document", str(doc.path)),
        "tampered": ("verify-document", str(tampered)),
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
    (stdout, _), code = out["code"]
    assert code == 0 and number in stdout
    (stdout, _), code = out["unknown"]
    assert code == 1 and "没有验证码为 ZZZZZ-ZZZZY" in stdout
