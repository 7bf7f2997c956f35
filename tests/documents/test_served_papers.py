"""The 送达回证 of one served paper and the 诉前调解告知书, printed through the services from a real case and read
back from the real PDF (docs/domain.md §8.13): the proof names exactly the paper served, its recipient and the
送达方式; issues are kept per paper and recipient; papers that are not served, superseded papers and strangers
are refused with a message that says what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import cli_runner
import pytest
from conftest import ACTOR, person
from pypdf import PdfReader
from test_kinds import RARE, Case, build_case, new_store

from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.case_edits import PartyEdit, edit_party
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.documents import PRINTERS, documents_of, servable_documents, verify_pdf
from fuyuan_desktop.services.workspace import Workspace


@pytest.fixture
def case(tmp_path: Path) -> Case:
    ctx, paths = new_store(tmp_path / "d")
    return build_case(ctx, paths)


def text(path: Path | None) -> list[str]:
    assert path is not None
    return ["".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def fonts_embedded(path: Path) -> None:
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            assert descriptor is not None, font.get("/BaseFont")
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.get("/BaseFont")


def test_the_proof_of_a_served_notice_names_it_its_recipient_and_method(case: Case, tmp_path: Path) -> None:
    notice = PRINTERS["notice"](case.ctx, case.number, out=tmp_path / "notice.pdf")
    served = servable_documents(case.ctx, case.number)
    assert [(d.kind, d.title, d.verification_code) for d in served if d.kind == "notice"] == [
        ("notice", "诉前调解通知书", notice.verification_code)
    ]
    assert {d.kind for d in served} <= {"notice", "rights_notice", "address_confirmation", "agreement"}
    agreement = PRINTERS["agreement"](case.ctx, case.number, out=tmp_path / "agreement.pdf")
    titles = {d.id: d.served_line for d in servable_documents(case.ctx, case.number)}
    assert titles[agreement.document_id] == f"调解协议书（第1版，验证码 {agreement.verification_code}）一份"
    out = tmp_path / "proof.pdf"
    proof = PRINTERS["service_proof"](case.ctx, case.number, out=out, served=notice.verification_code,
                                      to="冼秀英", method="邮寄")
    pages = text(out)
    assert proof.pages == 1 and len(pages) == 1
    assert f"诉前调解通知书（第1版，验证码{notice.verification_code}）一份" in pages[0]
    assert "受送达人冼秀英" in pages[0] and RARE not in pages[0]
    assert "■邮寄" in pages[0] and "□直接" in pages[0] and "■直接" not in pages[0]
    assert "受送达人签名或盖章年月日" in pages[0]
    fonts_embedded(out)
    assert verify_pdf(case.ctx, out).status == "match"
    listed = {d.id: d.label for d in documents_of(case.ctx, case.number)}
    assert listed[proof.document_id] == "送达回证：诉前调解通知书→冼秀英"  # the 文书 list says what went to whom
    assert listed[notice.document_id] == "诉前调解通知书"


def test_each_recipient_keeps_its_own_proof_and_a_new_method_makes_the_next_version(case: Case, tmp_path: Path) -> None:
    notice = PRINTERS["notice"](case.ctx, case.number, out=tmp_path / "notice.pdf")
    code = notice.verification_code

    def proof(name: str, to: str | None, method: str | None = None) -> Path:
        out = tmp_path / name
        PRINTERS["service_proof"](case.ctx, case.number, out=out, served=code, to=to, method=method)
        return out

    to_respondent, to_applicant = proof("a.pdf", "冼秀英", "直接"), proof("b.pdf", RARE, "直接")
    assert verify_pdf(case.ctx, to_respondent).status == "match"  # serving the applicant superseded nothing
    assert verify_pdf(case.ctx, to_applicant).status == "match"
    again = proof("a2.pdf", "冼秀英", "直接")
    assert again.read_bytes() == to_respondent.read_bytes()  # the same receipt reprints byte for byte
    corrected = proof("a3.pdf", "冼秀英", "留置")
    assert verify_pdf(case.ctx, to_respondent).status == "superseded"
    assert verify_pdf(case.ctx, corrected).status == "match"
    everyone = text(proof("all.pdf", None))
    assert len(everyone) == 3  # one page per party (the agent is served for its party)
    assert all(f"验证码{code}）一份" in page for page in everyone)
    original = tmp_path / "v1.pdf"
    PRINTERS["service_proof"](case.ctx, case.number, out=original, served=code, to="冼秀英", version=1)
    assert original.read_bytes() == to_respondent.read_bytes()


def test_papers_that_are_not_served_superseded_or_unknown_are_refused(case: Case, tmp_path: Path) -> None:
    cover = PRINTERS["cover"](case.ctx, case.number, out=tmp_path / "cover.pdf")
    with pytest.raises(ValidationError, match="卷宗封面及卷宗目录不向当事人送达"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", served=cover.verification_code)
    first = PRINTERS["notice"](case.ctx, case.number, out=tmp_path / "n1.pdf")
    with pytest.raises(NotFoundError, match=f"本案可送达的文书：诉前调解通知书（第1版，验证码 {first.verification_code}）"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", served="AAAAA-AAAAA")
    with pytest.raises(ValidationError, match="不是本案的当事人；可选：张𠀀、冼秀英"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", served=first.verification_code,
                                  to="冼律师")
    with pytest.raises(ValidationError, match="送达方式"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", served=first.verification_code,
                                  method="快递")
    with pytest.raises(ValidationError, match="须同时指定所送达的文书"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", to="冼秀英")
    respondent = next(p for p in get_case(case.ctx, case.number).parties if p.name == "冼秀英")
    edit_party(case.ctx, respondent.id, PartyEdit(address="吉林省松原市宁江区民主街2号"))
    second = PRINTERS["notice"](case.ctx, case.number, out=tmp_path / "n2.pdf")
    assert second.version == 2
    with pytest.raises(ValidationError, match="第 1 版诉前调解通知书已被第 2 版取代"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", served=first.verification_code)
    assert not (tmp_path / "x.pdf").exists()


def test_the_rights_notice_is_one_paper_for_the_case_and_verifies(case: Case, tmp_path: Path) -> None:
    out = tmp_path / "rights.pdf"
    printed = PRINTERS["rights_notice"](case.ctx, case.number, out=out)
    pages = text(out)
    whole = "".join(pages)
    assert printed.pages == len(pages) <= 2
    for words in ("诉前调解告知书", "各方当事人：", "本案调解员：王秀兰。", "有权申请其回避", "调解不公开进行",
                  "自调解协议生效之日起三十日内", "（签名或者盖章）", RARE, "冼秀英"):
        assert words in whole, words
    assert "李书记" not in whole  # the clerk is no mediator a party may ask to step aside
    fonts_embedded(out)
    assert verify_pdf(case.ctx, out).status == "match"
    assert PRINTERS["rights_notice"](case.ctx, case.number, out=tmp_path / "again.pdf").document_id == printed.document_id
    served = {d.kind: d for d in servable_documents(case.ctx, case.number)}
    assert served["rights_notice"].served_line == f"诉前调解告知书（第1版，验证码 {printed.verification_code}）一份"


@pytest.mark.slow
def test_cli_prints_the_proof_of_a_served_paper(case: Case, tmp_path: Path) -> None:
    """The real ``fuyuan`` command, its own process: print the 告知书, then its 送达回证 by the code on the paper."""
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=ACTOR, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def fuyuan(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(case.paths.root), *args]
        return cli_runner.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)

    notice = tmp_path / "n.pdf"
    done = fuyuan("--json", "print", "rights_notice", case.number, "--out", str(notice))
    assert done.returncode == 0, done.stderr
    code = json.loads(done.stdout)["verification_code"]
    out = tmp_path / "p.pdf"
    done = fuyuan("print", "service_proof", case.number, "--out", str(out), "--for", code, "--to", "冼秀英",
                  "--method", "直接")
    assert done.returncode == 0, done.stderr
    assert "验证码" in done.stdout
    assert f"诉前调解告知书（第1版，验证码{code}）一份" in text(out)[0] and "■直接" in text(out)[0]
    refused = fuyuan("print", "notice", case.number, "--out", str(tmp_path / "x.pdf"), "--to", "冼秀英")
    assert refused.returncode == 2 and "只用于送达回证" in refused.stderr
    unknown = fuyuan("print", "service_proof", case.number, "--out", str(tmp_path / "x.pdf"), "--for", "AAAAA-AAAAA")
    assert unknown.returncode != 0 and f"诉前调解告知书（第1版，验证码 {code}）" in unknown.stderr
    listing = fuyuan("print", "--list")
    assert "rights_notice" in listing.stdout and "诉前调解告知书" in listing.stdout


def test_a_peoples_mediation_case_gets_the_committees_notice_and_its_proof_names_it(
        ctx: Workspace, register: Any, tmp_path: Path) -> None:
    """Through the services, a 人民调解 case's 告知书 is the committee's (no 本院, no 委派), without mediators
    yet (warned), and the proof of its 通知书 names the committee's title."""
    case = register(person("张三", seq=1), person("李四", "被申请人", seq=2), mediation_kind="人民调解")
    out = tmp_path / "rights.pdf"
    printed = PRINTERS["rights_notice"](ctx, case.id, out=out)
    whole = "".join(text(out))
    assert "人民调解当事人权利义务告知书" in whole and "本委员会已受理" in whole
    assert "本院" not in whole and "委派" not in whole and "案号" not in whole
    assert "尚未确定，确定后另行告知" in whole and any("尚未指派调解员" in w for w in printed.warnings)
    notice = PRINTERS["notice"](ctx, case.id, out=tmp_path / "notice.pdf")
    proof = tmp_path / "proof.pdf"
    PRINTERS["service_proof"](ctx, case.id, out=proof, served=notice.document_id, to="李四")
    assert f"人民调解通知书（第1版，验证码{notice.verification_code}）一份" in text(proof)[0]
