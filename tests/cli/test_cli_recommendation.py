"""``fuyuan recommendation`` and ``fuyuan linkage recommendation`` as real subprocesses on a fresh store: a draft has
no number, is edited, printed with the 草稿 watermark, signed (numbered then), served, followed up; bad input exits 2
with the flag named and loses nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import Fuyuan, _intake_file


@pytest.mark.slow
def test_draft_edit_issue_serve_and_follow_up(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    case = fuyuan.json("case", "intake", "--from", str(_intake_file(tmp_path)))
    today = date.today()
    first = fuyuan.json("recommendation", "draft", case["number"], "--recipient", "宁江区住房和城乡建设局",
                        "--problems", "老旧小区防水层老化", "--suggestions", "督促物业及时维修")
    second = fuyuan.json("recommendation", "draft", "--judgment", "（2026）吉0702行初12号", "--recipient",
                         "宁江区自然资源局", "--problems", "征收补偿未告知", "--suggestions", "规范程序")
    assert (first["number"], first["status"], second["origin"]) == ("", "草稿", "judgment")

    bad = fuyuan("recommendation", "edit", first["id"], "--reply-months", "13")
    assert bad.returncode == 2 and "--reply-months" in bad.stderr
    edited = fuyuan("recommendation", "edit", first["id"], "--problems", "老旧小区防水层老化，维修不及时")
    assert edited.returncode == 0 and "已修改草稿" in edited.stdout

    pdf = tmp_path / "draft.pdf"
    printed = fuyuan("recommendation", "print", first["id"], "--out", str(pdf))
    assert printed.returncode == 0 and "草稿" in printed.stdout
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
    assert "不具效力" in text and "维修不及时" in text and "法建〔" not in text

    early = fuyuan("recommendation", "sent", first["id"])
    assert early.returncode == 2 and "尚未签发" in early.stderr
    # The judgment's letter is signed first: it takes number 1 although drafted second.
    year = today.year
    assert fuyuan.json("recommendation", "issue", second["id"])["number"] == f"宁法建〔{year}〕1号"
    signed = fuyuan.json("recommendation", "issue", first["id"], "--on", today.isoformat())
    assert signed["number"] == f"宁法建〔{year}〕2号" and signed["status"] == "已签发"
    frozen = fuyuan("recommendation", "edit", first["id"], "--problems", "改")
    assert frozen.returncode == 2 and "已签发" in frozen.stderr
    served = fuyuan.json("recommendation", "sent", signed["number"], "--on", today.isoformat(), "--to",
                         "宁江区住房和城乡建设局办公室")
    assert served["served_to"] == "宁江区住房和城乡建设局办公室" and served["reply_due"] > today.isoformat()

    for day, note in ((today - timedelta(days=1), "已约谈物业企业"), (today, "维修完成")):
        done = fuyuan("linkage", "recommendation", "follow-up", signed["number"], "--result", note, "--on",
                      day.isoformat())
        assert done.returncode == 0, done.stderr
    log = fuyuan.json("linkage", "recommendation", "follow-log", signed["number"])
    assert [n["text"] for n in log] == ["已约谈物业企业", "维修完成"]
    ledger = fuyuan("linkage", "recommendation", "list")
    assert ledger.returncode == 0 and f"宁法建〔{year}〕2号" in ledger.stdout
