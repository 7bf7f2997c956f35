"""The mediation agreement printed through the services, read back from the real PDF: wording, amounts,
pagination with the signature block kept with the last clause, drafts, refusals, the three kinds — and
its canonical content pinned by a golden file."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from conftest import make_credit_code, make_id_number, person
from pypdf import PdfReader

from fuyuan_desktop.documents.data import AgreementDoc, CaseHeader, ClauseBlock, PartyBlock
from fuyuan_desktop.documents.verification import canonical_json, content_sha256, verification_code
from fuyuan_desktop.domain.errors import InputErrors
from fuyuan_desktop.services import documents as document_service
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.documents import PrintedDocument, document_count, print_agreement
from fuyuan_desktop.services.intake import IntakeInput, PartyInput, intake_dispute
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Dispute
from fuyuan_desktop.store.paths import DataPaths

GOLDEN = Path(__file__).parent / "golden"


@dataclass
class Printed:
    doc: PrintedDocument
    pages: list[str]  # extracted text per page, line breaks removed (CJK lines wrap anywhere)

    @property
    def text(self) -> str:
        return "".join(self.pages)


def _read(doc: PrintedDocument) -> Printed:
    assert doc.path is not None
    reader = PdfReader(doc.path)
    assert len(reader.pages) == doc.pages
    return Printed(doc, [(page.extract_text() or "").replace("\n", "") for page in reader.pages])


def _print(ctx: Workspace, paths: DataPaths, number: str, name: str = "agreement.pdf") -> Printed:
    return _read(print_agreement(ctx, number, out=paths.root / "out" / name))


def _org(name: str) -> PartyInput:
    return PartyInput(role="被申请人", kind="organization", name=name, credit_code=make_credit_code(),
                      representative="刘建国", representative_title="总经理",
                      address="吉林松原经济开发区创业大街88号")


def _case(ctx: Workspace, *parties: PartyInput, category: str = "民间借贷纠纷") -> str:
    """A case under mediation: registered through intake, a mediator assigned and accepted."""
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区新城乡人民调解委员会")
    number = intake_dispute(ctx, IntakeInput(category=category, summary="借款到期未还", parties=list(parties))).number
    assign_mediators(ctx, number, ["王秀兰"], accepted_on=date(2026, 11, 2))
    start_mediation(ctx, number)
    return number


CLAUSES = [
    ClauseInput("松原市宏达建材有限公司", "向张桂芝偿还借款本金", "银行转账至张桂芝账户", date(2026, 12, 31), "12000"),
    ClauseInput("松原市宏达建材有限公司", "向张桂芝支付利息", "现金当面交付", date(2027, 1, 31), "860.50"),
    ClauseInput("张桂芝", "在收到全部款项后三日内将借条原件退还松原市宏达建材有限公司", "当面交付",
                date(2027, 2, 3)),
]


def _final(ctx: Workspace, number: str, clauses: list[ClauseInput] | None = None, kind: str = "invited") -> str:
    draft = draft_agreement(ctx, number, AgreementInput(
        kind=kind, facts="2025年3月，被申请人向申请人借款人民币壹万贰仟元，约定同年年底归还，到期未还。",
        clauses=list(clauses or CLAUSES), breach_terms="逾期未履行的，按未付金额每日万分之五支付违约金。"))
    finalize_agreement(ctx, draft.id)
    return draft.id


# --- the full flow ---------------------------------------------------------------------------------

def test_final_agreement_prints_everything_a_court_needs(ctx: Workspace, paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝", seq=1, address="吉林省松原市宁江区民主街1号", phone="13904381234"),
                   _org("松原市宏达建材有限公司"))
    _final(ctx, number)

    printed = _print(ctx, paths, number)
    doc, text = printed.doc, printed.text
    assert doc.final and doc.version == 1 and doc.warnings == ()
    assert "宁江区人民法院诉前调解（委派调解）" in text
    assert "调解协议书" in text
    assert f"临时编号：{number}" in text  # no official 案号 yet: the provisional number says what it is
    assert "调解员：王秀兰（特邀调解员）" in text and "调解组织：宁江区新城乡人民调解委员会" in text
    for piece in ("申请人：张桂芝", make_id_number(1), "住吉林省松原市宁江区民主街1号",
                  "被申请人：松原市宏达建材有限公司", f"统一社会信用代码{make_credit_code()}",
                  "住所地吉林松原经济开发区创业大街88号", "法定代表人：刘建国，总经理"):
        assert piece in text
    assert "一、松原市宏达建材有限公司向张桂芝偿还借款本金（¥12,000.00，人民币壹万贰仟元整）" in text
    assert "二、松原市宏达建材有限公司向张桂芝支付利息（¥860.50，人民币捌佰陆拾元伍角）" in text
    assert "三、张桂芝在收到全部款项后三日内将借条原件退还松原市宏达建材有限公司" in text
    assert "履行方式：银行转账至张桂芝账户；履行期限：2026年12月31日前。" in text
    assert "履行期限：2027年2月3日前" in text
    assert "违约责任：" in text and "每日万分之五" in text
    assert "共同向松原市宁江区人民法院申请司法确认" in text  # the full name (courts.json)
    # two parties + the mediation organisation's copy + the court's filing copy
    assert "本协议一式四份，当事人各执一份" in text
    assert len(printed.pages) == doc.pages >= 1
    for i, page in enumerate(printed.pages, start=1):
        assert f"第 {i} 页 共 {doc.pages} 页" in page
        assert f"验证码 {doc.verification_code}" in page
    assert "草稿" not in text
    # the record: stored content-addressed, found by its code
    assert document_count(ctx, number) == 1
    assert doc.path is not None and BlobStore(paths.blobs).path_of(doc.pdf_sha256).read_bytes() == doc.path.read_bytes()
    info = PdfReader(doc.path).metadata
    assert info is not None and doc.document_id in str(info["/Keywords"])


def test_a_draft_prints_with_a_watermark_and_no_code(ctx: Workspace, paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝", seq=1), _org("松原市宏达建材有限公司"))
    draft_agreement(ctx, number, AgreementInput(kind="invited", facts="借款到期未还。", clauses=CLAUSES))

    printed = _print(ctx, paths, number, "draft.pdf")
    assert not printed.doc.final and printed.doc.verification_code == ""
    for page in printed.pages:
        assert "草稿，未定稿，不具效力" in page
        assert "草 稿" in page or "草稿" in page.replace(" ", "")
        assert "验证码" not in page
    assert printed.doc.path is not None
    info = PdfReader(printed.doc.path).metadata
    assert info is not None and not str(info.get("/Keywords", ""))
    assert document_count(ctx, number) == 0  # a draft is never filed


# --- pagination ------------------------------------------------------------------------------------

def test_a_long_agreement_paginates_and_never_leaves_the_signatures_alone(ctx: Workspace,
                                                                         paths: DataPaths) -> None:
    names = ["赵一鸣", "钱二妹", "孙三顺", "李四海", "周五福", "吴六合", "郑七巧"]
    parties = [person(name, "申请人" if i < 4 else "被申请人", seq=10 + i,
                      address=f"吉林省松原市宁江区伯都乡{name[0]}家村{i + 1}组") for i, name in enumerate(names)]
    number = _case(ctx, *parties, _org("松原市宏达建材有限公司"), category="土地承包经营权流转纠纷")
    clauses = [
        ClauseInput("松原市宏达建材有限公司",
                    f"第{i}项义务：按流转合同约定向各申请人支付第{i}期土地流转费并出具收据，逐户签收确认",
                    "银行转账", date(2026, 12, 1 + i % 28), str(1000 + i * 10))
        for i in range(1, 31)
    ]
    _final(ctx, number, clauses)

    printed = _print(ctx, paths, number, "long.pdf")
    pages, total = printed.pages, printed.doc.pages
    assert total > 2
    for i, page in enumerate(pages, start=1):
        assert f"第 {i} 页 共 {total} 页" in page
        assert printed.doc.verification_code in page
    assert "三十、松原市宏达建材有限公司第30项义务" in printed.text
    assert "本协议一式十份" in printed.text  # 8 parties + 2
    last_clause = next(i for i, page in enumerate(pages) if "第30项义务" in page)
    first_signature_row = next(i for i, page in enumerate(pages) if "（签名、盖章或捺印）" in page)
    assert first_signature_row == last_clause, "the signature block starts on a page without the last clause"
    assert "申请人：赵一鸣（签名、盖章或捺印）" in pages[first_signature_row].replace("_", "")
    assert "特邀调解员（签名）" in pages[-1]
    assert re.search(r"年\s+月\s+日", pages[-1])  # the date, left blank to be written on signing
    for name in names:  # every signer has a row, somewhere after the last clause
        assert any(f"{name}（签名、盖章或捺印）" in page.replace("_", "") for page in pages[last_clause:])


# --- refusals --------------------------------------------------------------------------------------

def test_a_person_without_id_number_is_refused_at_finalize_and_at_print(ctx: Workspace,
                                                                       paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝"), _org("松原市宏达建材有限公司"))
    draft = draft_agreement(ctx, number, AgreementInput(kind="invited", facts="借款到期未还。", clauses=CLAUSES))
    with pytest.raises(InputErrors) as info:
        finalize_agreement(ctx, draft.id)
    assert [str(e) for e in info.value.errors] == ["调解协议不完整：当事人「张桂芝」缺少身份证号码"]
    with pytest.raises(InputErrors) as printing:
        _print(ctx, paths, number, "draft.pdf")
    assert [str(e) for e in printing.value.errors] == ["申请人「张桂芝」：缺少公民身份号码"]
    assert not (paths.root / "out" / "draft.pdf").exists()


def test_a_clause_without_deadline_is_refused_at_finalize_already(ctx: Workspace, paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝", seq=1), _org("松原市宏达建材有限公司"))
    clauses = [CLAUSES[0], ClauseInput("松原市宏达建材有限公司", "支付利息", "现金", None, "860")]
    draft = draft_agreement(ctx, number, AgreementInput(kind="invited", facts="借款到期未还。", clauses=clauses))
    with pytest.raises(InputErrors) as info:
        finalize_agreement(ctx, draft.id)
    assert [str(e) for e in info.value.errors] == ["调解协议不完整：第2条缺少履行期限"]
    with pytest.raises(InputErrors) as printing:
        _print(ctx, paths, number, "draft.pdf")
    assert [str(e) for e in printing.value.errors] == ["第二条：没有履行期限"]
    assert document_count(ctx, number) == 0


def test_a_family_dispute_omits_the_confirmation_clause_with_a_warning(ctx: Workspace,
                                                                       paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝", seq=1), person("李春生", "被申请人", seq=2),
                   category="婚姻家庭纠纷")
    clauses = [ClauseInput("李春生", "每月支付婚生子李小宝抚养费", "银行转账", date(2026, 12, 5), "1500")]
    draft = draft_agreement(ctx, number, AgreementInput(kind="people", facts="双方就子女抚养费发生争议。",
                                                        clauses=clauses, confirmation_clause=True))
    # "婚姻家庭纠纷" is the level-2 案由: it cannot tell a divorce from a maintenance claim, so the clause goes.
    assert draft.warnings == ["案由只写到“婚姻家庭纠纷”，无法判断是否涉及身份关系；请先确定具体案由，不能申请司法确认"
                              "（民诉法解释第三百五十五条）；已取消司法确认条款"]
    assert draft.confirmation_clause is False
    finalize_agreement(ctx, draft.id)

    printed = _print(ctx, paths, number)
    assert any("不能申请司法确认" in w for w in printed.doc.warnings)
    assert "人民调解协议书" in printed.text
    assert "司法确认" not in printed.text
    assert "本协议履行完毕后，各方当事人就本纠纷再无其他争议" in printed.text
    assert "本协议一式三份" in printed.text


def test_administrative_agreement_prints_the_act_and_the_legality_notice(ctx: Workspace,
                                                                         paths: DataPaths) -> None:
    agency = PartyInput(role="被申请人", kind="agency", name="松原市宁江区人民政府", representative="陈志远",
                        representative_title="区长", address="吉林省松原市宁江区建设街1号")
    number = _case(ctx, person("张桂芝", seq=1), agency, category="行政争议（征收补偿）")
    dispute_id = get_case(ctx, number).summary.id
    with ctx.db.write(ctx.actor, "登记争议行政行为") as session:  # no service sets the act yet
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None
        dispute.act_name = "房屋征收补偿决定"
        dispute.act_number = "宁政征补〔2026〕12号"
        dispute.act_date = date(2026, 6, 1)
    clauses = [ClauseInput("松原市宁江区人民政府", "向张桂芝支付房屋征收补偿款", "银行转账", date(2027, 1, 15),
                           "386000")]
    _final(ctx, number, clauses, kind="administrative")

    printed = _print(ctx, paths, number)
    text = printed.text
    assert printed.doc.warnings == ()
    assert "宁江区行政争议协调化解中心" in text and "行政争议和解协议书" in text
    assert "房屋征收补偿决定（宁政征补〔2026〕12号，2026年6月1日作出）" in text
    assert "负责人：陈志远，区长" in text
    assert "人民币叁拾捌万陆仟元整" in text
    assert ("本协议系各方自愿达成，不损害国家利益、社会公共利益和他人合法权益，不违反法律法规的强制性规定。"
            in text)
    assert "（行政争议协调化解中心印章）" in text


def test_only_the_administrative_kind_carries_the_legality_notice(ctx: Workspace, paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝", seq=1), _org("松原市宏达建材有限公司"))
    _final(ctx, number)
    assert "不损害国家利益" not in _print(ctx, paths, number).text


# --- golden canonical content ----------------------------------------------------------------------

def golden_agreement() -> AgreementDoc:
    """A fixed agreement: every field the canonical content covers, nothing taken from a clock or a UUID."""
    return AgreementDoc(
        kind="invited",
        header=CaseHeader(
            court_name="宁江区人民法院",
            tribunal_name="宁江区人民法院开发区人民法庭",
            number="（2026）吉0702民诉前调1234号",
            category="民间借贷纠纷",
            place="新城乡",
            tribunal_address="吉林省松原市宁江区开发区大街1号",
            tribunal_phone="0438-1234567",
        ),
        parties=(
            PartyBlock("申请人", "person", "冼\U00020000", sex="女", birth_date=date(1985, 3, 12), ethnicity="汉族",
                       id_number="220702198503120011", address="吉林省松原市宁江区民主街1号", phone="13904381234"),
            PartyBlock("被申请人", "organization", "松原市宏达建材有限公司", credit_code="91220702MA0Y123406",
                       address="吉林松原经济开发区创业大街88号", representative="刘建国", representative_title="总经理"),
            PartyBlock("代理人", "person", "孙律师", occupation="律师", represents="松原市宏达建材有限公司",
                       agent_authority="特别授权"),
        ),
        facts="2025年3月，被申请人向申请人借款人民币壹万贰仟元。\n到期未还。",
        clauses=(
            ClauseBlock(1, "松原市宏达建材有限公司", "向冼\U00020000偿还借款本金", "银行转账", date(2026, 12, 31),
                        1_200_000),
            ClauseBlock(2, "冼\U00020000", "收款后退还借条原件", "当面交付", date(2027, 1, 5)),
        ),
        responsibilities="被申请人负主要责任。",
        breach_terms="逾期未履行的，按未付金额每日万分之五支付违约金。",
        confirmation_clause=True,
        confirmation_court="宁江区人民法院",
        mediators=("王秀兰", "刘法官"),
        organization="宁江区新城乡人民调解委员会",
        recorder="赵书记员",
        version=1,
        final=True,
    )


def test_canonical_content_matches_the_golden_file() -> None:
    content = document_service._doc_content(golden_agreement())
    digest = content_sha256(content)
    actual = {
        "content": json.loads(canonical_json(content)),
        "sha256": digest,
        "verification_code": verification_code(digest),
    }
    path = GOLDEN / "agreement_invited.json"
    rendered = json.dumps(actual, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if os.environ.get("FUYUAN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected, (
        "The canonical content of an agreement changed. Its hash is the verification code printed on paper, "
        "so every code already issued would stop matching. If the change is intended (and the format number "
        "bumped), regenerate with: FUYUAN_UPDATE_GOLDEN=1 .venv/bin/pytest "
        "tests/documents/test_agreement.py -k golden — and review the diff of tests/documents/golden/."
    )


# --- per-court and per-tribunal wording ----------------------------------------------------------------

def _override(ctx: Workspace, key: str, value: dict[str, object]) -> None:
    from fuyuan_desktop.store.models import ReferenceData

    with ctx.db.write("测试", "修改模板") as session:
        session.add(ReferenceData(key=key, value_json=json.dumps(value, ensure_ascii=False)))


def test_the_tribunal_overrides_the_court_which_overrides_the_shipped_wording(
        ctx: Workspace, paths: DataPaths) -> None:
    number = _case(ctx, person("张桂芝", seq=1, address="吉林省松原市宁江区民主街1号"), _org("松原市宏达建材有限公司"))
    _final(ctx, number)
    _override(ctx, "template:agreement_invited", {"effect_notice": "本协议自各方签字之日起生效（中院统一表述）。",
                                                  "settlement_clause": "全院统一的了结声明。"})
    _override(ctx, "template:agreement_invited@开发区", {"effect_notice": "本协议自双方签名或者捺印时生效（开发区法庭）。"})
    text = _print(ctx, paths, number).text
    assert "本协议自双方签名或者捺印时生效（开发区法庭）。" in text  # the tribunal's layer wins
    assert "全院统一的了结声明。" in text  # the court's layer still applies where the tribunal is silent
    assert "中院统一表述" not in text


def test_an_override_that_drops_a_required_placeholder_is_refused(ctx: Workspace, paths: DataPaths) -> None:
    from fuyuan_desktop.domain.errors import ValidationError

    number = _case(ctx, person("张桂芝", seq=1, address="吉林省松原市宁江区民主街1号"), _org("松原市宏达建材有限公司"))
    _final(ctx, number)
    _override(ctx, "template:agreement_invited", {"copies_line": "本协议一式若干份。"})
    with pytest.raises(ValidationError, match=r"copies_line.*\{copies\}"):
        _print(ctx, paths, number)
