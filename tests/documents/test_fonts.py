"""Fonts for printed documents: the ToUnicode fix for characters beyond the BMP, per-glyph fallback,
and the refusal to print a character that no face has."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Paragraph

from fuyuan_desktop import resources
from fuyuan_desktop.documents import pdf_fixes
from fuyuan_desktop.documents.agreement import build_agreement
from fuyuan_desktop.documents.data import AgreementDoc, CaseHeader, ClauseBlock, PartyBlock
from fuyuan_desktop.documents.fonts import FontSet, load_fonts
from fuyuan_desktop.documents.layout import Stamp, make_styles, render
from fuyuan_desktop.documents.templates import load_template
from fuyuan_desktop.domain.errors import ValidationError

EXT_B = "\U00020000"  # 𠀀, CJK Extension B: only the HanaMinB fallback has it
RARE_NAME = f"冼{EXT_B}䶮邝昇堃喆"  # Ext B, Ext A (U+4DAE) and surnames/given names often missing from fonts


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return load_fonts(resources.read_json("reference", "fonts.json"))


def _pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _paragraph_pdf(fonts: FontSet, text: str) -> bytes:
    return render([Paragraph(fonts.markup(text, field="当事人"), make_styles(fonts).body)], fonts=fonts,
                  title="字体", stamp=None)


# --- the ToUnicode override ---------------------------------------------------------------------

def test_to_unicode_cmap_writes_a_surrogate_pair_beyond_the_bmp() -> None:
    cmap = pdf_fixes.to_unicode_cmap("AAAAAA+HanaMinB", [0x20, 0x20000, 0x2A6D6])
    assert "<01> <D840DC00>" in cmap.splitlines()
    assert "<02> <D869DED6>" in cmap.splitlines()
    assert "<00> <0020>" in cmap.splitlines()
    # reportlab itself writes the odd-length "<20000>", which readers discard
    assert "<01> <20000>" in pdf_fixes.reportlab_to_unicode_cmap("AAAAAA+HanaMinB", [0x20, 0x20000]).splitlines()


@pytest.mark.parametrize("codepoint", [0x41, 0x4DAE, 0xFFFD, 0x10000, 0x20000, 0x2A6D6, 0x30000, 0x10FFFF])
def test_utf16_hex_is_utf16be(codepoint: int) -> None:
    assert pdf_fixes.utf16_hex(codepoint) == chr(codepoint).encode("utf-16-be").hex().upper()


@pytest.mark.parametrize(
    "subset",
    [
        [0x20],
        list(range(0x20, 0x7F)),
        [0x4E00 + i for i in range(256)],  # a full 256-glyph subset: codes <00>…<FF>
        [ord(c) for c in "申请人冼䶮邝昇堃喆，。（）"],
    ],
)
def test_to_unicode_cmap_is_reportlabs_own_output_for_bmp_subsets(subset: list[int]) -> None:
    name = "AAAAAB+ARPLUMingCN-Light-0"
    assert pdf_fixes.to_unicode_cmap(name, subset) == pdf_fixes.reportlab_to_unicode_cmap(name, subset)


def test_loading_fonts_installs_the_override(fonts: FontSet) -> None:
    assert ttfonts.makeToUnicodeCMap is pdf_fixes.to_unicode_cmap
    assert pdf_fixes.reportlab_to_unicode_cmap is not pdf_fixes.to_unicode_cmap


# --- rare characters end to end -------------------------------------------------------------------

def _rare_name_agreement() -> AgreementDoc:
    return AgreementDoc(
        kind="invited",
        header=CaseHeader("宁江区人民法院", "宁江区人民法院开发区人民法庭", "（2026）吉0702民诉前调88号",
                          "民间借贷纠纷", "新城乡"),
        parties=(
            PartyBlock("申请人", "person", RARE_NAME, id_number="220702198503120011", address="松原市宁江区民主街1号"),
            PartyBlock("被申请人", "person", "邝昇", id_number="22070219850312002X", address="松原市宁江区民乐路2号"),
        ),
        facts=f"{RARE_NAME}借给邝昇人民币一万二千元，到期未还。",
        clauses=(ClauseBlock(1, "邝昇", f"偿还{RARE_NAME}借款", "银行转账", date(2026, 12, 31), 1_200_000),),
        mediators=("王调解",),
    )


def test_rare_name_characters_are_in_the_text_layer(fonts: FontSet) -> None:
    template = load_template("agreement_invited")
    story = build_agreement(_rare_name_agreement(), fonts, make_styles(fonts), template)
    pdf = render(story, fonts=fonts, title="调解协议书", stamp=Stamp("FYDOC/1;test", "ABCDE-12345"))

    text = _pdf_text(pdf).replace("\n", "")
    for char in RARE_NAME:
        assert char in text, f"U+{ord(char):04X} is missing from the extracted text"
    assert f"申请人：{RARE_NAME}" in text
    # the Ext B glyph is embedded from the fallback face, with a UTF-16 surrogate pair in its ToUnicode map
    assert b"+HanaMinB" in pdf
    reader = PdfReader(io.BytesIO(pdf))
    cmaps = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                cmaps.append(font["/ToUnicode"].get_object().get_data().decode("latin-1"))
    assert any("<D840DC00>" in cmap for cmap in cmaps)


_UNFIXED_SCRIPT = """
import io, json, sys
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Paragraph
from pypdf import PdfReader
from fuyuan_desktop import resources
from fuyuan_desktop.documents import pdf_fixes
from fuyuan_desktop.documents.fonts import load_fonts
from fuyuan_desktop.documents.layout import make_styles, render

fonts = load_fonts(resources.read_json("reference", "fonts.json"))
if sys.argv[1] == "unfixed":
    ttfonts.makeToUnicodeCMap = pdf_fixes.reportlab_to_unicode_cmap
pdf = render([Paragraph(fonts.markup(sys.argv[2], field="x"), make_styles(fonts).body)], fonts=fonts,
             title="t", stamp=None)
text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
print(json.dumps(text))
"""


def test_without_the_fix_the_ext_b_character_drops_out(fonts: FontSet) -> None:
    """The same paragraph rendered with reportlab's own CMap writer (in a separate process, so this
    one keeps the fix) loses 𠀀 from the text layer; everything in the BMP survives either way."""
    done = subprocess.run([sys.executable, "-c", _UNFIXED_SCRIPT, "unfixed", RARE_NAME], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=True)
    unfixed = json.loads(done.stdout)
    assert EXT_B not in unfixed
    assert all(char in unfixed for char in RARE_NAME if char != EXT_B)

    fixed = _pdf_text(_paragraph_pdf(fonts, RARE_NAME))
    assert RARE_NAME in fixed


# --- fallback and refusal -------------------------------------------------------------------------

def test_markup_wraps_only_what_the_base_face_lacks_in_a_fallback_face(fonts: FontSet) -> None:
    fallback = fonts.face_for(EXT_B, fonts.body)
    assert fallback is not None and fallback != fonts.body
    assert "HanaMinB" in fallback
    assert fonts.markup(f"冼{EXT_B}䶮", field="姓名") == f'冼<font name="{fallback}">{EXT_B}</font>䶮'
    assert fonts.face_for("䶮", fonts.body) == fonts.body  # Ext A is in the body face itself
    assert fonts.markup("A&B<c>", field="x") == "A&amp;B&lt;c&gt;"
    assert fonts.markup(EXT_B, field="标题", title=True) == f'<font name="{fallback}">{EXT_B}</font>'


@pytest.mark.parametrize("char", ["\U000E0100", "\U0003FFFD"])  # a variation selector; an unassigned plane-3 code
def test_a_character_in_no_font_is_refused_naming_field_and_character(fonts: FontSet, char: str) -> None:
    with pytest.raises(ValidationError) as info:
        fonts.markup(f"张{char}三", field="申请人「张三」")
    assert info.value.field == "申请人「张三」"
    assert f"「{char}」" in info.value.reason
    assert f"U+{ord(char):04X}" in info.value.reason


def test_a_party_name_no_font_can_print_stops_the_agreement(fonts: FontSet) -> None:
    doc = _rare_name_agreement()
    bad = PartyBlock("申请人", "person", "张\U0003FFFD", id_number="220702198503120011", address="松原市")
    doc = replace(doc, parties=(bad, *doc.parties[1:]))
    with pytest.raises(ValidationError) as info:
        build_agreement(doc, fonts, make_styles(fonts), load_template("agreement_invited"))
    assert info.value.field == "申请人「张\U0003FFFD」"
    assert "U+3FFFD" in str(info.value)


def test_every_embedded_face_is_a_truetype_subset(fonts: FontSet) -> None:
    """Every embedded font is a TrueType subset (/FontFile2); reportlab cannot embed CFF outlines."""
    pdf = _paragraph_pdf(fonts, RARE_NAME)
    reader = PdfReader(io.BytesIO(pdf))
    files = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is not None:
            descriptor = descriptor.get_object()
            assert "/FontFile3" not in descriptor
            files.append(descriptor["/FontFile2"].get_object())
    assert len(files) >= 2  # body face and the Ext B fallback
    for stream in files:
        assert stream.get_data()[:4] in (b"\x00\x01\x00\x00", b"true")


# --- Chinese line-start rules ---------------------------------------------------------------------

def _line_starts(fonts: FontSet, text: str) -> list[str]:
    lines = _pdf_text(_paragraph_pdf(fonts, text)).splitlines()
    return [line.lstrip()[:1] for line in lines if line.strip() and not line.startswith("第 ")]


@pytest.mark.parametrize("extra", ["", EXT_B], ids=["one-font", "with-fallback-run"])
def test_no_line_begins_with_a_closing_mark(fonts: FontSet, monkeypatch: pytest.MonkeyPatch, extra: str) -> None:
    """Runs of 1…30 characters each closed by ，；： put a mark at every column; none may start a line
    (one-font paragraphs break in textsplit.wordSplit, mixed-font ones in paragraph.cjkFragSplit)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    text = "".join("调" * k + "，；：！？"[k % 5] for k in range(1, 31)) + extra
    starts = _line_starts(fonts, text)
    assert len(starts) > 15
    assert not set(starts) & set(pdf_fixes.CANNOT_START_LINE_ZH)

    reportlab_list = "".join(textsplit.CANNOT_START_LINE)
    monkeypatch.setattr(textsplit, "ALL_CANNOT_START", reportlab_list)
    monkeypatch.setattr(paragraph, "ALL_CANNOT_START", reportlab_list)
    assert set(_line_starts(fonts, text)) & set("，；：！？"), "the text no longer exercises the rule"
