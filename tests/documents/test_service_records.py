"""送达记录 (docs/domain.md §8.13): a printed paper's service is recorded — on whom, when, how, where, by whom, signed
or refused — under the rules of the Civil Procedure Law as service_methods.json states them; the 送达回证 prints
filled in from the record and is read back from the real PDF; a 司法建议书 is served on its addressee agency and
its recorded service is the 送达 date its reply period runs from (one truth: ``mark_sent`` then refuses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import cli_runner
import pytest
from conftest import ACTOR
from pypdf import PdfReader
from test_kinds import RARE, Case, build_case, new_store

from fuyuan_desktop.documents.common import numeral_date
from fuyuan_desktop.domain.court_time import court_today
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.documents import PRINTERS, servable_documents, verify_pdf
from fuyuan_desktop.services.recommendations import (
    draft_recommendation,
    issue_recommendation,
    mark_sent,
    recommendation,
)
from fuyuan_desktop.services.service_records import ServiceInput, record_service, service_status, services_of

TODAY = court_today()


@pytest.fixture
def case(tmp_path: Path) -> Case:
    # Papers are dated by the wall clock: the workspace's today is the real one here, so the date rules bite.
    ctx, paths = new_store(tmp_path / "d", today=TODAY)
    return build_case(ctx, paths)


def text(path: Path | None) -> str:
    assert path is not None
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.mark.slow
def test_service_rules_date_witness_recipient_and_paper(case: Case, tmp_path: Path) -> None:
    notice = PRINTERS["notice"](case.ctx, case.number, out=tmp_path / "n.pdf")
    code = notice.verification_code

    def serve(**kw: object) -> object:
        fields: dict[str, object] = {"paper": code, "to": "冼秀英", "served_on": TODAY, "method": "直接送达"}
        fields.update(kw)
        return record_service(case.ctx, case.number, ServiceInput(**fields))  # type: ignore[arg-type]

    with pytest.raises(ValidationError, match="早于文书的打印日期"):
        serve(served_on=TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="晚于今天"):
        serve(served_on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="留置送达须写明见证人"):
        serve(method="留置", receipt="拒收")
    with pytest.raises(ValidationError, match="按留置送达登记并写明见证人"):
        serve(receipt="拒收")
    with pytest.raises(ValidationError, match="留置送达的签收情况只能是拒收"):
        serve(method="留置送达", witness="赵村主任（伯都村村委会）")
    with pytest.raises(NotFoundError, match="没有验证码或编号为「AAAAA-AAAAA」"):
        serve(paper="AAAAA-AAAAA")
    with pytest.raises(ValidationError, match="不是本案的当事人"):
        serve(to="冼律师")  # an agent is served for its party, never as the recipient
    with pytest.raises(ValidationError, match="无效；可选：直接送达、留置送达"):
        serve(method="快递")
    with pytest.raises(ValidationError, match="请写明受送达人"):
        serve(to="")
    cover = PRINTERS["cover"](case.ctx, case.number, out=tmp_path / "c.pdf")
    with pytest.raises(ValidationError, match="不向当事人送达"):
        serve(paper=cover.verification_code)
    assert services_of(case.ctx, case.number) == []  # nothing refused was half-written

    left = serve(method="留置", receipt="拒收", witness="赵村主任（伯都村村委会）", place="伯都村三组冼秀英家")
    signed = serve(to=RARE, method="直接送达", signer="冼律师", place="伯都人民法庭")
    entrusted = serve(to=RARE, method="委托")
    assert entrusted.warnings and "推定" in entrusted.warnings[0]  # an inferred method is recorded, and said so
    views = services_of(case.ctx, case.number)
    assert [(v.recipient, v.method, v.receipt) for v in views] == [
        ("冼秀英", "留置送达", "拒收"), (RARE, "直接送达", "签收"), (RARE, "委托送达", "签收")]
    assert views[0].id == left.id and views[1].id == signed.id and views[0].server == case.ctx.actor
    status = service_status(case.ctx, case.number)
    assert set(status) == {notice.document_id}
    assert status[notice.document_id].startswith(f"已送达冼秀英 {TODAY.isoformat()}（留置送达）")


@pytest.mark.slow
def test_the_proof_prints_filled_in_from_the_record(case: Case, tmp_path: Path) -> None:
    notice = PRINTERS["notice"](case.ctx, case.number, out=tmp_path / "n.pdf")
    done = record_service(case.ctx, case.number, ServiceInput(
        notice.verification_code, "冼秀英", TODAY, "邮寄送达", place="伯都人民法庭诉讼服务中心",
        server="李书记"))
    out = tmp_path / "proof.pdf"
    proof = PRINTERS["service_proof"](case.ctx, case.number, out=out, service=done.id)
    page = text(out)
    assert "受送达人冼秀英" in page and RARE not in page
    assert f"诉前调解通知书（第1版，验证码{notice.verification_code}）一份" in page
    assert f"受送达人签名或盖章{numeral_date(TODAY)}" in page  # signed: the date served on the signature line
    assert "■邮寄" in page and "■直接" not in page
    assert "送达地点：伯都人民法庭诉讼服务中心" in page and "送达人李书记" in page
    assert proof.pages == 1
    assert verify_pdf(case.ctx, out).status == "match"
    blank = PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "blank.pdf",
                                      served=notice.verification_code, to="冼秀英")
    assert blank.document_id != proof.document_id  # the blank proof of the same paper is untouched
    assert "受送达人签名或盖章年月日" in text(tmp_path / "blank.pdf")
    with pytest.raises(ValidationError, match="都取自该记录"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", service=done.id, to="冼秀英")
    with pytest.raises(NotFoundError, match="送达记录"):
        PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "x.pdf", service="nosuchrecord")
    left = record_service(case.ctx, case.number, ServiceInput(
        notice.verification_code, RARE, TODAY, "留置", receipt="拒收", witness="赵村主任（伯都村村委会）"))
    assert PRINTERS["service_proof"](case.ctx, case.number, out=tmp_path / "left.pdf", service=left.id).pages == 1
    refused = text(tmp_path / "left.pdf")
    assert "■留置" in refused and "受送达人拒绝签收" in refused
    assert "留置送达见证人（姓名、单位）：赵村主任（伯都村村委会）" in refused
    png = tmp_path / "proof"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    assert (tmp_path / "proof-1.png").stat().st_size > 5000


@pytest.mark.slow
def test_a_recommendation_is_served_on_its_agency_and_the_record_starts_its_reply_period(
        case: Case, tmp_path: Path) -> None:
    ctx = case.ctx
    draft = draft_recommendation(ctx, case.number, "松原市宁江区住房和城乡建设局", "物业维修基金使用不规范", "建立维修基金快速使用机制")
    issue_recommendation(ctx, draft.id, TODAY)
    letter = PRINTERS["recommendation"](ctx, case.number, out=tmp_path / "rec.pdf")
    served = {d.id: d for d in servable_documents(ctx, case.number)}
    assert served[letter.document_id].title == f"司法建议书（宁法建〔{TODAY.year}〕1号）"
    with pytest.raises(ValidationError, match="司法建议书的受送达人是被建议单位「松原市宁江区住房和城乡建设局」"):
        record_service(ctx, case.number, ServiceInput(letter.verification_code, "冼秀英", TODAY, "直接"))
    done = record_service(ctx, case.number, ServiceInput(letter.verification_code, "", TODAY, "直接",
                                                          signer="王收发", server="刘法官"))
    assert (done.recipient, done.party_id) == ("松原市宁江区住房和城乡建设局", None)
    view = recommendation(ctx, draft.id)
    assert (view.status, view.sent_on, view.served_to) == ("已送达", TODAY, "松原市宁江区住房和城乡建设局")
    assert view.reply_due is not None and view.reply_due > TODAY
    with pytest.raises(ValidationError, match="送达日期以送达记录为准"):
        mark_sent(ctx, draft.id, TODAY)  # one truth: the record
    out = tmp_path / "rec-proof.pdf"
    PRINTERS["service_proof"](ctx, case.number, out=out, service=done.id)
    page = text(out)
    assert "受送达人松原市宁江区住房和城乡建设局" in page
    assert f"文号宁法建〔{TODAY.year}〕1号" in page
    assert f"收件人（签名）：王收发职务：{numeral_date(TODAY)}" in page
    assert "送达人刘法官" in page and "■直接" in page
    assert verify_pdf(ctx, out).status == "match"
    blank = tmp_path / "rec-blank.pdf"
    PRINTERS["service_proof"](ctx, case.number, out=blank, served=letter.verification_code)
    assert "受送达人松原市宁江区住房和城乡建设局" in text(blank) and "收件人（签名）：" in text(blank)


@pytest.mark.slow
def test_cli_serve_served_and_the_filled_in_proof(case: Case, tmp_path: Path) -> None:
    """The real ``fuyuan`` command, its own process: record a service by the code on the paper, list it, print its
    filled-in 送达回证; a 留置送达 without a witness is refused with exit status 2 and the reason."""
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=ACTOR, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def fuyuan(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(case.paths.root), *args]
        return cli_runner.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)

    done = fuyuan("--json", "print", "notice", case.number, "--out", str(tmp_path / "n.pdf"))
    assert done.returncode == 0, done.stderr
    code = json.loads(done.stdout)["verification_code"]
    refused = fuyuan("case", "serve", case.number, "--paper", code, "--to", "冼秀英", "--method", "留置送达",
                     "--receipt", "拒收")
    assert refused.returncode == 2 and "留置送达须写明见证人" in refused.stderr
    done = fuyuan("case", "serve", case.number, "--paper", code, "--to", "冼秀英", "--method", "邮寄送达",
                  "--on", TODAY.isoformat(), "--by", "李书记", "--place", "伯都人民法庭诉讼服务中心")
    assert done.returncode == 0, done.stderr
    assert f"{TODAY.isoformat()} 邮寄送达冼秀英（签收）" in done.stdout
    listed = fuyuan("--json", "case", "served", case.number)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["recipient"], r["method"], r["served_on"], r["server"]) for r in rows] == [
        ("冼秀英", "邮寄送达", TODAY.isoformat(), "李书记")]
    human = fuyuan("case", "served", case.number)
    assert "冼秀英" in human.stdout and "邮寄送达" in human.stdout
    out = tmp_path / "proof.pdf"
    done = fuyuan("print", "service_proof", case.number, "--service", rows[0]["id"], "--out", str(out))
    assert done.returncode == 0, done.stderr
    page = text(out)
    assert "受送达人冼秀英" in page and "■邮寄" in page and numeral_date(TODAY) in page
