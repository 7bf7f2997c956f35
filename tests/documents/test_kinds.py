"""The other papers of a case — record, notice, service forms, confirmation application, judicial
recommendation, file cover — printed through the services from a realistic case and read back from
the real PDF: key wording, names with a rare character, per-paper page numbers, verification."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import ACTOR, make_id_number, organization, person
from pypdf import PdfReader

from fuyuan_desktop.cli import main
from fuyuan_desktop.domain.court_time import court_today
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.attachments import attach_file
from fuyuan_desktop.services.documents import PRINTERS, PrintedDocument, verify_code, verify_pdf
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.recommendations import (
    RecommendationText,
    abandon_recommendation,
    draft_recommendation,
    edit_recommendation,
    issue_recommendation,
    mark_sent,
    recommendations_of,
)
from fuyuan_desktop.services.sessions import check_in, mark_held, save_record, schedule_session
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, set_official_number, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths

TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 20)
RARE = "张𠀀"  # U+20000, CJK Extension B: only the fallback face has it
OFFICIAL = "（2026）吉0702民诉前调15号"
APPLICANT_ID = make_id_number(11)
RESPONDENT_ID = make_id_number(12)


@dataclass
class Case:
    ctx: Workspace
    paths: DataPaths
    number: str
    sitting: str

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.paths.blobs)

    def print(self, kind: str, name: str | None = None, **kw: object) -> Printed:
        out = self.paths.root / "out" / (name or f"{kind}.pdf")
        return read(PRINTERS[kind](self.ctx, self.number, out=out, **kw))


@dataclass
class Printed:
    doc: PrintedDocument
    pages: list[str]  # text per page, line breaks removed (CJK lines wrap anywhere)

    @property
    def text(self) -> str:
        return "".join(self.pages)


def read(doc: PrintedDocument) -> Printed:
    assert doc.path is not None
    reader = PdfReader(doc.path)
    assert len(reader.pages) == doc.pages
    return Printed(doc, [(page.extract_text() or "").replace("\n", "") for page in reader.pages])


def new_store(root: Path, today: date = TODAY) -> tuple[Workspace, DataPaths]:
    paths = DataPaths(root)
    base = initialize(paths, actor=ACTOR)
    return Workspace(base.db, ACTOR, today=lambda: today, paths=paths), paths


def build_case(
    ctx: Workspace, paths: DataPaths, *, category: str = "邻里纠纷", finalize: bool = True, tribunal: str | None = None
) -> Case:
    """Intake (rare-character applicant, respondent, agent, third-party company), mediators, two sittings
    (the first held with attendance and a saved record), a final agreement, an ID-card scan."""
    agent = person("冼律师", "代理人", seq=13, phone="13904380003", authority="特别授权")
    agent.represents = 0
    result = intake_dispute(
        ctx,
        IntakeInput(
            category=category,
            summary="楼上卫生间漏水，楼下天花板受损",
            place="伯都乡伯都村",
            tribunal=tribunal,
            parties=[
                PartyInput("申请人", "person", RARE, id_number=APPLICANT_ID, phone="13904381234",
                           address="吉林省松原市宁江区民主街1号"),
                PartyInput("被申请人", "person", "冼秀英", id_number=RESPONDENT_ID, phone="13604385678",
                           address="吉林省松原市宁江区民主街1号3单元"),
                agent,
                organization("松原市宁江区安居物业服务有限公司", "第三人"),
            ],
        ),
    )
    number = result.number
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心", phone="13800000000")
    add_mediator(ctx, "李书记", "书记员")
    assign_mediators(ctx, number, ["王秀兰", "李书记"], accepted_on=date(2026, 11, 18))
    start_mediation(ctx, number)
    first = schedule_session(ctx, number, datetime(2026, 11, 19, 9, 30, tzinfo=TZ), place="伯都村村委会调解室")
    check_in(ctx, first, RARE, "申请人")
    check_in(ctx, first, "冼秀英", "被申请人")
    check_in(ctx, first, "赵人大", "人大代表")
    save_record(ctx, first, "调解员：今天就楼上漏水一事进行调解。\n申请人张𠀀：要求赔偿维修费三千元。\n被申请人冼秀英：同意赔偿。")
    mark_held(ctx, first)
    schedule_session(ctx, number, datetime(2026, 11, 26, 14, 0, tzinfo=TZ), place="伯都村村委会调解室")
    draft = draft_agreement(
        ctx,
        number,
        AgreementInput(
            kind="诉前调解协议书（特邀/委派）",
            facts="楼上卫生间漏水导致楼下房屋受损",
            clauses=[ClauseInput("冼秀英", f"赔偿{RARE}维修费", "银行转账", date(2026, 12, 1), "3000")],
        ),
    )
    if finalize:
        finalize_agreement(ctx, draft.id)
    scan = paths.root / "身份证.jpg"
    scan.write_bytes(b"\xff\xd8 id card scan")
    attach_file(ctx, number, scan, note="申请人身份证")
    return Case(ctx, paths, number, first)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Case:
    ctx, paths = new_store(tmp_path_factory.mktemp("kinds") / "d")
    built = build_case(ctx, paths)
    set_official_number(ctx, built.number, OFFICIAL)
    letter = draft_recommendation(
        ctx,
        OFFICIAL,
        "松原市宁江区住房和城乡建设局",
        "部分老旧小区住宅楼防水层老化，物业服务企业维修不及时。",
        "督促物业服务企业建立漏水报修快速响应机制。",
        background="老旧小区改造是重要民生工程。",
        copy_to="松原市住房和城乡建设局",
    )
    issue_recommendation(ctx, letter.id, TODAY)
    built.number = OFFICIAL
    return built


@pytest.fixture(scope="module")
def printed(case: Case) -> dict[str, Printed]:
    # handoff needs a case handed to 立案, not this agreed one (tests/services/test_suspend_and_handoff.py prints it)
    return {kind: case.print(kind) for kind in PRINTERS if kind not in ("agreement", "handoff")}


def footers(p: Printed) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for page in p.pages for a, b in re.findall(r"第 (\d+) 页 共 (\d+) 页", page)]


EXPECTED = {
    "record": ["调 解 笔 录", "（第一次）", OFFICIAL, RARE, "2026年11月19日9时30分至", "伯都村村委会调解室",
               "调解主持人：王秀兰（特邀调解员）", "记录人：李书记", "赵人大（人大代表）", "□虚假调解的法律后果",
               "要求赔偿维修费三千元", "本次调解未达成协议，另行安排调解。", "以上笔录已经当事人阅看（向当事人宣读），确认无误。"],
    "notice": ["诉前调解通知书", OFFICIAL, f"{RARE}：", "调解期限为三十日", "至2026年12月18日届满",
               "调解时间：2026年11月26日14时00分", "调解地点：伯都村村委会调解室", "请携带：身份证明原件",
               "调解遵循自愿原则", "联系人：王秀兰", "附：送达地址确认书", "本次调解依照《中华人民共和国民事诉讼法》"],
    "rights_notice": ["宁江区人民法院", "诉前调解告知书", OFFICIAL, "各方当事人：", f"{RARE}与冼秀英邻里纠纷一案",
                      "本院已委派宁江区诉调对接中心进行诉前调解", "本案调解员：王秀兰。", "有权申请其回避", "调解不公开进行",
                      "调解期限为三十日", "本院依法登记立案或者退回材料", "自调解协议生效之日起三十日内",
                      "《中华人民共和国民事诉讼法》第二百零五条", "（签名或者盖章）"],
    "service_proof": ["送 达 回 证", "邻里纠纷", OFFICIAL, "调解通知书、送达地址确认书各一份",
                      f"{RARE}（代理人：冼律师）", "吉林省松原市宁江区民主街1号", "受送达人签名或盖章", "代收人及代收理由",
                      "填发人", "送达人", "《中华人民共和国民事诉讼法》第八十七条"],
    "address_confirmation": ["送达地址确认书", OFFICIAL, RARE, "□同意", "□不同意",
                             "《中华人民共和国民事诉讼法》第九十条", "文书退回之日视为送达之日", "手机号码：13904381234"],
    "confirmation_application": ["司法确认申请书", f"申请人：{RARE}", "委托代理人：冼律师", "请求事项",
                                 f"请求确认申请人{RARE}、冼秀英", "经宁江区诉调对接中心主持调解达成的调解协议有效",
                                 "《中华人民共和国民事诉讼法》第二百零五条", "申请人声明", "此致松原市宁江区人民法院",
                                 "调解组织主持调解的证明", "授权委托书"],
    "recommendation": ["宁江区人民法院", "关于预防和化解邻里纠纷的司法建议书", f"宁法建〔{TODAY.year}〕1号",
                       "松原市宁江区住房和城乡建设局：", f"我院在办理{OFFICIAL}邻里纠纷一案过程中发现",
                       "为此，特建议：", "在两个月内向我院书面反馈", "抄送：松原市住房和城乡建设局。"],
    "cover": ["诉前调解卷宗", OFFICIAL, f"申请人：{RARE}", "卷 宗 目 录", "人民调解记录（调解笔录）", "身份证.jpg",
              "第 1 版（已定稿）", "有委托代理人，未见委托书", "封", "本卷共"],
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_kind_prints_its_fields_and_verifies(case: Case, printed: dict[str, Printed], kind: str) -> None:
    p = printed[kind]
    for expected in EXPECTED[kind]:
        assert expected in p.text, f"{kind}: missing {expected!r}"
    assert p.doc.final and p.doc.verification_code
    assert f"验证码 {p.doc.verification_code}" in p.pages[0]
    assert footers(p)[0][0] == 1 and len(footers(p)) == p.doc.pages
    assert p.doc.path is not None
    report = verify_pdf(case.ctx, p.doc.path)
    assert report.status == "match" and report.ok, report.message
    assert report.kind == kind
    assert verify_code(case.ctx, p.doc.verification_code.lower()).status == "match"


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_every_font_a_paper_references_is_embedded(printed: dict[str, Printed], kind: str) -> None:
    """A font the PDF names but does not carry (reportlab's default Helvetica, used by a table or by a page
    before its first setFont) prints differently on every machine; every paper embeds all of its fonts."""
    path = printed[kind].doc.path
    assert path is not None
    for number, page in enumerate(PdfReader(path).pages, start=1):
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            embedded = "/DescendantFonts" in font or "/FontFile2" in font.get("/FontDescriptor", {})
            assert embedded, f"{kind} page {number}: {name} {font.get('/BaseFont')} is not embedded"


@pytest.mark.parametrize("kind", ["notice", "service_proof", "address_confirmation"])
def test_one_paper_per_party_each_numbered_on_its_own(printed: dict[str, Printed], kind: str) -> None:
    p = printed[kind]
    addressed = [RARE, "冼秀英", "松原市宁江区安居物业服务有限公司"]
    assert p.doc.pages == len(addressed)  # the agent is served for its party, not separately
    assert footers(p) == [(1, 1)] * len(addressed)
    for page, name in zip(p.pages, addressed, strict=True):
        assert name in page


def test_id_numbers_in_full_only_in_the_parties_block(printed: dict[str, Printed]) -> None:
    masked = APPLICANT_ID[:6] + "********" + APPLICANT_ID[-4:]
    assert APPLICANT_ID in printed["confirmation_application"].text
    for kind in ("record", "address_confirmation"):
        assert masked in printed[kind].text and APPLICANT_ID not in printed[kind].text
    for kind in ("notice", "service_proof", "recommendation", "cover"):
        assert APPLICANT_ID not in printed[kind].text and RESPONDENT_ID not in printed[kind].text


def test_reprinting_is_byte_identical_and_changed_data_makes_a_new_version(case: Case, tmp_path: Path) -> None:
    again = case.print("cover", "cover-again.pdf")
    first = case.print("cover", "cover-first.pdf")
    assert (again.doc.document_id, again.doc.pdf_sha256) == (first.doc.document_id, first.doc.pdf_sha256)
    note = tmp_path / "履行凭证-转账.png"
    note.write_bytes(b"transfer receipt")
    attach_file(case.ctx, case.number, note)
    newer = case.print("cover", "cover-newer.pdf")
    assert newer.doc.version == first.doc.version + 1 and "履行凭证-转账.png" in newer.text
    assert first.doc.path is not None and newer.doc.path is not None
    old = verify_pdf(case.ctx, first.doc.path)
    assert old.status == "superseded" and old.superseded_by_version == newer.doc.version
    assert verify_pdf(case.ctx, newer.doc.path).status == "match"
    archived = case.print("cover", "cover-archived.pdf", version=first.doc.version)
    assert archived.doc.path is not None and archived.doc.path.read_bytes() == first.doc.path.read_bytes()
    assert any("已被第" in w for w in archived.doc.warnings)
    with pytest.raises(NotFoundError, match="没有第 9 版"):
        case.print("cover", "none.pdf", version=9)


@pytest.mark.slow
def test_a_signed_record_stays_current_until_an_amended_version_is_printed(tmp_path: Path) -> None:
    """Saving the record after it was printed and signed does not supersede the signed paper (an unsigned
    edit cannot replace a signed one); printing the edit makes a new version, marked as amending it."""
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths)
    first = case.print("record", "r1.pdf")
    assert first.doc.version == 1 and first.doc.path is not None
    assert verify_pdf(ctx, first.doc.path).status == "match"
    assert "稿" not in first.text.split("案号")[0]
    save_record(ctx, case.sitting, "调解员：更正：申请人要求赔偿维修费三千元及误工费。", base_revision=1)
    assert verify_pdf(ctx, first.doc.path).status == "match", "an unsigned edit does not supersede the signed paper"
    second = case.print("record", "r2.pdf")
    assert second.doc.version == 2 and "误工费" in second.text
    assert "本笔录为第2稿，系对已签署存档的第1稿的修改" in second.text
    assert second.doc.path is not None and verify_pdf(ctx, second.doc.path).status == "match"
    stale = verify_pdf(ctx, first.doc.path)
    assert stale.status == "superseded" and stale.superseded_by_version == 2 and not stale.ok
    assert verify_code(ctx, first.doc.verification_code).superseded_by_version == 2
    # --version is the sitting (第N次); the second sitting has no record yet
    with pytest.raises(ValidationError, match="第 2 次调解还没有保存笔录"):
        case.print("record", "r3.pdf", version=2)


def test_record_reprint_after_a_data_change_prints_the_signed_content(tmp_path: Path) -> None:
    """Someone checked in after the record was printed and signed: the reprint of that revision renders
    the frozen content (the newcomer is not slipped into the signed paper) and verifies."""
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths)
    first = case.print("record", "r1.pdf")
    check_in(ctx, case.sitting, "钱网格", "网格员")
    again = case.print("record", "r1-again.pdf")
    assert again.doc.version == 1 and again.doc.content_sha256 == first.doc.content_sha256
    assert again.pages == first.pages and "钱网格" not in again.text
    assert again.doc.path is not None and verify_pdf(ctx, again.doc.path).status == "match"


def test_confirmation_application_refused_for_a_draft(tmp_path: Path) -> None:
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths, finalize=False)
    with pytest.raises(ValidationError, match=r"第 1 版调解协议尚未定稿（草稿），不能申请司法确认"):
        case.print("confirmation_application")


def test_confirmation_application_refused_for_family_status(tmp_path: Path) -> None:
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths, category="婚姻家庭纠纷")
    with pytest.raises(ValidationError, match="不能申请司法确认") as caught:
        case.print("confirmation_application")
    assert "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十五条" in str(caught.value)


def test_confirmation_application_warns_once_the_period_has_run(tmp_path: Path) -> None:
    ctx, paths = new_store(tmp_path / "d", today=court_today())
    case = build_case(ctx, paths)
    on_time = case.print("confirmation_application", "ca.pdf")
    assert not any("逾期" in w for w in on_time.doc.warnings)
    late = Case(Workspace(ctx.db, ACTOR, today=lambda: date(2099, 1, 5), paths=paths), paths, case.number, case.sitting)
    printed = late.print("confirmation_application", "ca-late.pdf")
    assert any("逾期，可另行起诉或重新调解" in w for w in printed.doc.warnings)
    assert printed.doc.document_id == on_time.doc.document_id  # same paper: the warning is not its content


def test_recommendation_numbers_per_court_and_year_are_taken_at_signing(tmp_path: Path) -> None:
    ctx, paths = new_store(tmp_path / "d")
    case = build_case(ctx, paths)
    first = draft_recommendation(ctx, case.number, "某局", "问题", "建议")
    second = draft_recommendation(ctx, case.number, "某局", "问题二", "建议二", reply_months=3)
    assert (first.number, second.number, first.status) == ("", "", "草稿")
    assert second.warnings and "一般不超过" in second.warnings[0]
    dropped = draft_recommendation(ctx, case.number, "某局", "问题三", "建议三")
    abandon_recommendation(ctx, dropped.id, "与第一份重复")
    with pytest.raises(ValidationError, match="尚未签发"):
        mark_sent(ctx, first.id, date(2026, 11, 20))
    draft_paper = case.print("recommendation", "draft.pdf", version=1)
    assert "草稿" in draft_paper.text and "（签发时编号）" in draft_paper.text and not draft_paper.doc.final
    assert draft_paper.doc.path is not None
    report = verify_pdf(ctx, draft_paper.doc.path)
    assert (report.ok, report.status) == (False, "draft")  # a draft never verifies as issued: it says it is a draft
    # The second draft is signed first: it takes number 1; the abandoned one took none.
    assert issue_recommendation(ctx, second.id, date(2026, 11, 18)).number == "宁法建〔2026〕1号"
    assert issue_recommendation(ctx, first.id, date(2026, 11, 19)).number == "宁法建〔2026〕2号"
    with pytest.raises(ValidationError, match="已签发"):
        edit_recommendation(ctx, first.id, RecommendationText("某局", "改了", "建议"))
    fuyu = build_case(ctx, paths, tribunal="三岔河")
    third = draft_recommendation(ctx, fuyu.number, "某局", "问题", "建议")
    assert issue_recommendation(ctx, third.id, date(2026, 11, 19)).number == "扶法建〔2026〕1号"
    sent = mark_sent(ctx, first.id, date(2026, 11, 20))
    assert (sent.status, sent.sent_on, sent.reply_due, sent.served_to) == (
        "已送达", date(2026, 11, 20), date(2027, 1, 20), "某局")
    assert [r.number for r in recommendations_of(ctx, case.number)] == ["宁法建〔2026〕2号", "宁法建〔2026〕1号"]
    letter = case.print("recommendation", "rec1.pdf", version=1)
    assert "宁法建〔2026〕2号" in letter.text and "草稿" not in letter.text
    later = case.print("recommendation", "rec2.pdf")
    assert "宁法建〔2026〕1号" in later.text and "在三个月内" in later.text


@pytest.mark.slow
def test_cli_print_list_and_recommendation_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "cli"
    ctx, paths = new_store(data, today=court_today())
    case = build_case(ctx, paths)
    base = ["--data-dir", str(data)]
    assert main([*base, "print", "--list"]) == 0
    listing = capsys.readouterr().out
    for kind in PRINTERS:
        assert kind in listing
    assert main([*base, "--json", "recommendation", "draft", case.number, "--recipient", "某局", "--problems", "问题",
                 "--suggestions", "建议"]) == 0
    drafted = json.loads(capsys.readouterr().out)
    assert drafted["number"] == "" and drafted["status"] == "草稿"
    assert main([*base, "recommendation", "edit", drafted["id"], "--problems", "问题（改）"]) == 0
    assert "已修改" in capsys.readouterr().out
    assert main([*base, "recommendation", "issue", drafted["id"]]) == 0
    assert f"法建〔{court_today().year}〕1号" in capsys.readouterr().out
    out = tmp_path / "notice.pdf"
    assert main([*base, "print", "notice", case.number, "--out", str(out)]) == 0
    assert "验证码" in capsys.readouterr().out and out.is_file()
    assert main([*base, "verify-document", str(out)]) == 0


def test_a_name_no_font_can_print_stops_with_the_field_named(tmp_path: Path) -> None:
    ctx, _paths = new_store(tmp_path / "d")
    result = intake_dispute(
        ctx,
        IntakeInput(
            category="邻里纠纷",
            summary="漏水",
            parties=[person("王\U00030000", seq=21), person("冼秀英", "被申请人", seq=22)],
        ),
    )
    with pytest.raises(ValidationError, match="U\\+30000") as caught:
        PRINTERS["service_proof"](ctx, result.number, out=tmp_path / "x.pdf")
    assert "受送达人" in str(caught.value)
    assert not (tmp_path / "x.pdf").exists()
