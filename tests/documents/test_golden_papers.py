"""Golden texts: every paper kind for each kind of case (people's mediation, court-entrusted, administrative),
read back from the real PDF line by line and compared with tests/documents/golden/text/<paper>_<kind>.txt.

A wording or layout change shows up as a diff of those files, reviewed like code. To accept an intended
change, regenerate and read the diff:

    FUYUAN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/documents/test_golden_papers.py
    git diff tests/documents/golden/text/
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from papers import CASE_KINDS, COURT_ONLY, PAPERS, page_lines, render_paper

GOLDEN = Path(__file__).parent / "golden" / "text"
UPDATE = os.environ.get("FUYUAN_UPDATE_GOLDEN") == "1"
CASES = [(paper, kind) for paper in PAPERS for kind in (("invited",) if paper in COURT_ONLY else CASE_KINDS)]
_texts: dict[tuple[str, str], str] = {}


def text_of(paper: str, kind: str) -> str:
    if (paper, kind) not in _texts:
        _texts[paper, kind] = page_lines(render_paper(paper, kind))
    return _texts[paper, kind]


@pytest.mark.parametrize(("paper", "kind"), CASES)
def test_paper_text_matches_its_golden_file(paper: str, kind: str) -> None:
    path = GOLDEN / f"{paper}_{kind}.txt"
    actual = text_of(paper, kind)
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden text for {paper}/{kind}: run with FUYUAN_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{paper} ({kind}) no longer prints its golden text. If intended, regenerate with "
        "FUYUAN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/documents/test_golden_papers.py "
        "and review the diff of tests/documents/golden/text/."
    )


# --- what the golden files must say, whatever is regenerated ---------------------------------------------

def flat(paper: str, kind: str) -> str:
    """The body text without line breaks and page furniture."""
    text = re.sub(r"=== 第 \d+ 页 ===", "", text_of(paper, kind))
    return "".join(text.split())


@pytest.mark.parametrize("paper", ["agreement", "record", "notice", "service_proof", "address_confirmation", "cover",
                                   "rights_notice", "served_proof", "handoff", "recorded_proof"])
def test_a_peoples_mediation_paper_is_the_committees_with_its_own_number(paper: str) -> None:
    text = flat(paper, "people")
    assert "本院" not in text and "委派" not in text
    assert "伯都乡人民调解委员会" in text
    assert "案号" not in text and "临时编号" not in text
    assert "编号" in text  # the cover's 编　　号 too: flat() drops the spacing


@pytest.mark.parametrize("paper", ["agreement", "notice", "record", "rights_notice"])
def test_people_papers_rest_on_the_peoples_mediation_law(paper: str) -> None:
    assert "《中华人民共和国人民调解法》" in flat(paper, "people")
    assert "《中华人民共和国民事诉讼法》" not in flat(paper, "people")


@pytest.mark.parametrize("paper", ["agreement", "record", "notice", "service_proof", "address_confirmation",
                                   "rights_notice", "served_proof"])
def test_an_entrusted_case_without_official_number_labels_it_provisional(paper: str) -> None:
    text = flat(paper, "invited")
    assert "临时编号" in text and "案号：" not in text


@pytest.mark.parametrize("paper", ["notice", "record", "agreement", "rights_notice"])
def test_entrusted_papers_rest_on_the_civil_procedure_law(paper: str) -> None:
    assert "《中华人民共和国民事诉讼法》" in flat(paper, "invited")


@pytest.mark.parametrize("paper", ["notice", "record", "agreement", "confirmation_application", "rights_notice"])
def test_administrative_papers_cite_the_administrative_procedure_law(paper: str) -> None:
    text = flat(paper, "administrative")
    assert "《中华人民共和国行政诉讼法》" in text
    assert "第二百零五条" not in text  # never the civil judicial-confirmation article


@pytest.mark.parametrize("paper", ["notice", "record", "rights_notice", "handoff"])
def test_administrative_notice_and_record_say_the_limitation_period_keeps_running(paper: str) -> None:
    assert "起诉期限不因调解而中止或者中断" in flat(paper, "administrative")
    assert "起诉期限" not in flat(paper, "invited")


def test_signature_date_in_chinese_numerals_and_copies_in_words() -> None:
    assert "二〇二六年十二月七日" in flat("recommendation", "invited")
    assert "一式四份" in flat("agreement", "invited")  # two parties, the mediators and the court
    assert not re.search(r"一式\d+份", flat("agreement", "people"))


def test_lines_keep_the_rules_of_chinese_typesetting() -> None:
    closing, opening = set("，。、；：）」》？！"), set("（「《")
    for paper, kind in CASES:
        for line in text_of(paper, kind).splitlines():
            line = line.strip()
            if not line or line.startswith("==="):
                continue
            assert line[0] not in closing, f"{paper}/{kind}: a line starts with {line[0]!r}: {line}"
            assert line[-1] not in opening, f"{paper}/{kind}: a line ends with {line[-1]!r}: {line}"


def test_ids_and_amounts_are_never_split() -> None:
    for paper, kind in CASES:
        text = text_of(paper, kind)
        for whole in ("220721197106020028", "220721********0028", "123,456.00", "0438-3219876"):
            if whole in "".join(text.split()):
                assert whole in text, f"{paper}/{kind}: {whole} is broken across lines"


def test_the_obligor_is_named_once_in_a_clause() -> None:
    text = flat("agreement", "invited")
    assert "一、被申请人冼秀英向" in text and "冼秀英被申请人冼秀英" not in text


def test_roles_labelled_as_they_are() -> None:
    text = flat("agreement", "invited")
    assert "法官（签名）" in text and "刘建华（法官）" in text
    record = flat("record", "invited")
    assert "记录人（签名）" in record and "记录人：李书记" in record


def test_a_landline_is_not_printed_as_a_mobile_number() -> None:
    text = flat("address_confirmation", "invited")
    assert "联系电话：0438-3219876" in text
    assert "手机号码：0438" not in text


def test_the_last_page_never_holds_only_signatures() -> None:
    for paper, kind in CASES:
        pages = text_of(paper, kind).split("=== 第 ")[1:]
        if len(pages) < 2 or paper in ("notice", "service_proof", "address_confirmation", "cover", "served_proof"):
            continue
        last = "".join(pages[-1].split("\n", 1)[1].split())
        body = re.sub(r"第\d+页共\d+页|验证码.*$", "", last)
        assert len(re.sub(r"[（(]?签名[^）)]*[）)]?|_+|按指印", "", body)) > 40, f"{paper}/{kind}: last page {body}"


@pytest.mark.parametrize("kind", CASE_KINDS)
def test_the_rights_notice_tells_each_right_of_its_kind(kind: str) -> None:
    """Voluntary, neutral with 回避 (or another mediator), confidential, the period, failure and what follows,
    and what an agreement may become: 司法确认 within 三十日 (the 行政诉前调解书 for an administrative one)."""
    text = flat("rights_notice", kind)
    for words in ("自愿", "保密", "调解期限为三十日", "调解不成", "王秀兰、刘建华", "（签名或者盖章）"):
        assert words in text, f"{kind}: {words}"
    assert ("要求更换人民调解员" if kind == "people" else "有权申请其回避") in text
    assert ("司法确认" in text and "三十日内" in text) if kind != "administrative" else "行政诉前调解书" in text
    assert ("登记立案" in text) == (kind != "people")  # a committee never dockets; it names the other routes
    assert "{" not in text and "}" not in text


@pytest.mark.parametrize("kind", CASE_KINDS)
def test_a_served_papers_proof_names_that_paper_its_recipient_and_method(kind: str) -> None:
    text = flat("served_proof", kind)
    title = {"people": "人民调解通知书", "invited": "诉前调解通知书", "administrative": "行政争议诉前调解通知书"}[kind]
    assert f"{title}（第1版，验证码13K2P-T9SHK）一份" in text
    assert "冼秀英" in text or "伯都乡人民政府" in text
    assert "冼𠀀" not in text  # one recipient: the other party's receipt is its own paper
    assert "送达方式：■直接□留置□电子" in text  # the method chosen is ticked, the others stay open
    assert "受送达人签名或盖章年月日" in text  # blanks to sign and date by hand


def test_every_legal_basis_of_the_rights_notice_says_whether_it_is_inferred() -> None:
    """Reference data marks each item's basis, and every article it cites that the program read itself, inferred."""
    from fuyuan_desktop import resources

    template = resources.read_json("templates", "rights_notice.json")
    citations = resources.read_json("templates", "citations.json")["citations"]
    keys = {k for name, v in template.items() if name.startswith("items") for k in v}
    assert keys == set(template["bases"])
    for key, basis in template["bases"].items():
        assert isinstance(basis["inferred"], bool) and basis["source"], key
    cited = set(re.findall(r"\{cite:([a-z_.]+)\}", json.dumps(template, ensure_ascii=False)))
    new = {"cpli.concession_not_evidence", "people_mediation.free", "people_mediation.rights",
           "people_mediation.duties", "people_mediation.failed"}
    assert new <= cited
    for key in new:
        assert citations[key]["inferred"] is True and citations[key]["source"], key


@pytest.mark.parametrize("kind", CASE_KINDS)
def test_the_undisputed_facts_record_numbers_the_facts_and_says_what_follows(kind: str) -> None:
    """The agreed facts numbered 一、二、三、, why the mediation ended, what the facts mean in the lawsuit (the basis
    cited), who signs; the court's papers hand the case to 立案, the committee's name the other routes."""
    text = flat("handoff", kind)
    for words in ("一、申请人与被申请人系前后院邻居", "二、2026年8月", "三、双方均同意", "终结（调解不成）",
                  "当事人无需对上述已确认的事实举证", "《最高人民法院关于人民法院进一步深化多元化纠纷解决机制改革的意见》",
                  "为达成调解协议作出妥协而认可的事实，不记入本表", "申请人：冼𠀀", "调解员：王秀兰、刘建华"):
        assert words in text, f"{kind}: {words}"
    assert ("转入立案程序" in text) == (kind != "people")
    assert ("仲裁、行政、司法等途径" in text) == (kind == "people")
    assert {"people": "人民调解无争议事实记载表", "invited": "无争议事实记载表",
            "administrative": "行政争议无争议事实记载表"}[kind] in text
    assert "{" not in text and "}" not in text


def test_a_record_without_agreed_facts_says_so() -> None:
    from dataclasses import replace

    from papers import handoff

    from fuyuan_desktop import resources
    from fuyuan_desktop.documents.fonts import load_fonts
    from fuyuan_desktop.documents.handoff import build_handoff
    from fuyuan_desktop.documents.layout import Stamp, make_styles, render
    from fuyuan_desktop.documents.templates import load_template

    fonts = load_fonts(resources.read_json("reference", "fonts.json"))
    pdf = render(build_handoff(replace(handoff("invited"), facts=()), fonts, make_styles(fonts), load_template("handoff")),
                 fonts=fonts, title="handoff", stamp=Stamp("FYDOC/1;case=golden;doc=handoff-none", "GOLDN-00000"))
    text = "".join(page_lines(pdf).split())
    assert "各方当事人对纠纷事实均有争议，没有可以记载的无争议事实。" in text and "一、" not in text


def test_every_basis_of_the_undisputed_facts_record_is_marked_inferred() -> None:
    from fuyuan_desktop import resources

    template = resources.read_json("templates", "handoff.json")
    citations = resources.read_json("templates", "citations.json")["citations"]
    assert template["bases"] and all(b["inferred"] is True and b["source"] for b in template["bases"].values())
    assert citations["diversified.undisputed_facts"]["inferred"] is True


# --- page images for docs/images (written with the golden texts) -------------------------------------------

IMAGES = Path(__file__).parents[2] / "docs" / "images"
IMAGE_CASES = [(paper, "invited") for paper in PAPERS] + [("notice", "people"), ("record", "administrative")]


@pytest.mark.skipif(not UPDATE or shutil.which("pdftoppm") is None, reason="written only when regenerating")
@pytest.mark.parametrize(("paper", "kind"), IMAGE_CASES)
def test_write_page_one_image(paper: str, kind: str, tmp_path: Path) -> None:
    """docs/images/paper_<paper>.png (entrusted case) and paper_<paper>_<kind>.png: page 1 at 60 dpi."""
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(render_paper(paper, kind))
    name = f"paper_{paper}" if kind == "invited" else f"paper_{paper}_{kind}"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(IMAGES / name)], check=True)
    assert (IMAGES / f"{name}.png").stat().st_size > 1000


@pytest.mark.parametrize("kind", CASE_KINDS)
@pytest.mark.parametrize("paper", ["notice", "service_proof", "address_confirmation", "served_proof", "recorded_proof"])
def test_a_one_party_form_fits_one_page(paper: str, kind: str) -> None:
    assert text_of(paper, kind).count("=== 第 ") == 1, f"{paper}/{kind} runs over one page"
