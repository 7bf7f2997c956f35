"""Document benchmarks: a 2-page agreement warm vs bare reportlab, the first one in a fresh process,
the same agreement as .docx through LibreOffice, and the PDF's size with embedded font subsets."""

from __future__ import annotations

import importlib.resources
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table

from fuyuan_desktop import resources
from fuyuan_desktop.bench import REPEATS, Result, child_env, interleaved, spread, timed
from fuyuan_desktop.documents import layout
from fuyuan_desktop.documents.agreement import build_agreement
from fuyuan_desktop.documents.data import AgreementDoc, CaseHeader, ClauseBlock, PartyBlock
from fuyuan_desktop.documents.fonts import FontSet, load_fonts
from fuyuan_desktop.documents.layout import Stamp, Styles, make_styles, render
from fuyuan_desktop.documents.templates import Template, load_template
from fuyuan_desktop.documents.verification import content_sha256, keywords, qr_payload, verification_code

LIBREOFFICE_INSTALL = "apt-get install -y libreoffice-writer-nogui   (or: apt-get install -y libreoffice-writer)"
SIZE_BUDGET_KB = 300.0
FIRST_DOCUMENT_LIMIT_S = 1.0


def sample_agreement() -> AgreementDoc:
    """A typical court-invited agreement (two parties, two clauses) that fills exactly two pages."""
    company = "松原市宏达建材有限公司"
    return AgreementDoc(
        kind="invited",
        header=CaseHeader("宁江区人民法院", "宁江区人民法院开发区人民法庭", "（2026）吉0702民诉前调1234号",
                          "民间借贷纠纷", "新城乡"),
        parties=(
            PartyBlock("申请人", "person", "张桂芝", sex="女", birth_date=date(1968, 5, 4), ethnicity="汉族",
                       occupation="农民", id_number="220702196805040026",
                       address="吉林省松原市宁江区新城乡前进村三组", phone="13904381234"),
            PartyBlock("被申请人", "organization", company, credit_code="91220702MA0Y123406",
                       address="吉林松原经济开发区创业大街88号", phone="0438-6123456",
                       representative="刘建国", representative_title="总经理"),
        ),
        facts="2025年3月10日，被申请人向申请人借款人民币壹万贰仟元，约定同年年底归还，到期未还。",
        clauses=(
            ClauseBlock(1, company, "向张桂芝偿还借款本金及利息", "银行转账至张桂芝名下账户", date(2026, 12, 31),
                        1_286_050),
            ClauseBlock(2, "张桂芝", "收到全部款项后三日内退还借条原件", "当面交付", date(2027, 1, 5)),
        ),
        breach_terms="逾期未履行第一项义务的，按未付金额每日万分之五支付违约金。",
        confirmation_court="宁江区人民法院",
        mediators=("王秀兰",),
        organization="宁江区新城乡人民调解委员会",
    )


def load_document_fonts() -> tuple[FontSet, Styles, Template]:
    fonts = load_fonts(resources.read_json("reference", "fonts.json"))
    return fonts, make_styles(fonts), load_template("agreement_invited")


def render_agreement(doc: AgreementDoc, fonts: FontSet, styles: Styles, template: Template) -> bytes:
    """The printing path of a final agreement: content hash, story, layout with QR and code."""
    digest = content_sha256({"format": 1, "kind": "agreement", "data": asdict(doc)})
    code = verification_code(digest)
    stamp = Stamp(qr_payload(case_id="bench", document_id="bench", version=doc.version, sha256_hex=digest), code)
    return render(
        build_agreement(doc, fonts, styles, template),
        fonts=fonts,
        title=template.raw("title"),
        stamp=stamp,
        subject=f"验证码 {code}",
        keywords=keywords(document_id="bench", version=doc.version, sha256_hex=digest, kind="agreement"),
    )


@dataclass(frozen=True)
class Block:
    """A paragraph of the agreement (``style`` its style's name) or a table (``style`` "table", ``cells``
    row by row as (markup, plain text)): the same text the baselines lay out."""

    style: str
    markup: str = ""
    text: str = ""
    cells: tuple[tuple[tuple[str, str], ...], ...] = ()


def _blocks(story: list[Flowable]) -> Iterator[Block]:
    for flowable in story:
        if isinstance(flowable, Paragraph):
            yield Block(flowable.style.name, flowable.text, flowable.getPlainText())
        elif isinstance(flowable, KeepTogether):
            yield from _blocks(list(flowable._content))  # type: ignore[attr-defined]
        elif isinstance(flowable, Table):
            rows = flowable._cellvalues  # type: ignore[attr-defined]
            yield Block("table", cells=tuple(
                tuple((cell.text, cell.getPlainText()) for cell in row if isinstance(cell, Paragraph)) for row in rows
            ))


def document_blocks(doc: AgreementDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Block]:
    return list(_blocks(build_agreement(doc, fonts, styles, template)))


def bare_reportlab(blocks: list[Block], fonts: FontSet) -> bytes:
    """The baseline: a SimpleDocTemplate of plain Paragraphs (table cells too), same strings, fonts, sizes
    and margins."""
    body = ParagraphStyle("bare", fontName=fonts.body, fontSize=layout.SIZE_BODY, leading=layout.LEADING_BODY,
                          wordWrap="CJK")
    title = ParagraphStyle("bare-title", parent=body, fontName=fonts.title, fontSize=layout.SIZE_TITLE, leading=36,
                           alignment=1)
    story: list[Flowable] = []
    for block in blocks:
        if block.style == "table":
            story += [Paragraph(markup, body) for row in block.cells for markup, _ in row]
        else:
            story.append(Paragraph(block.markup, title if block.style in ("court", "title") else body))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=layout.MARGIN_LEFT, rightMargin=layout.MARGIN_RIGHT,
                      topMargin=layout.MARGIN_TOP, bottomMargin=layout.MARGIN_BOTTOM, invariant=1).build(story)
    return out.getvalue()


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _median_seconds(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(fn) for _ in range(repeat))


def _warm_results(quick: bool) -> tuple[list[Result], float, list[Block]]:
    fonts, styles, template = load_document_fonts()
    doc = sample_agreement()
    blocks = document_blocks(doc, fonts, styles, template)
    ours_pdf = render_agreement(doc, fonts, styles, template)  # warm-up: fonts parsed, subsets cached
    bare_pdf = bare_reportlab(blocks, fonts)
    pages = _pages(ours_pdf)
    if pages != 2:
        raise RuntimeError(f"the benchmark agreement should fill 2 pages, it fills {pages}")
    repeats, inner = (2, 3) if quick else (REPEATS, 5)

    def ours_fresh_qr() -> bytes:
        layout._qr_runs.cache_clear()  # a paper printed is a new payload: its QR symbol is encoded anew
        return render_agreement(doc, fonts, styles, template)

    samples = interleaved(ours_fresh_qr, lambda: bare_reportlab(blocks, fonts), repeats, inner)
    ours, bare = statistics.median(samples["wall"]), statistics.median(samples["base_wall"])
    render_result = Result(
        "documents.agreement_2_pages_warm",
        "ms",
        ours * 1000,
        "bare reportlab SimpleDocTemplate, same strings and fonts",
        bare * 1000,
        2.0,
        note=f"median wall of {repeats} interleaved repeats (each the median of {inner} renders); CPU "
        f"{statistics.median(samples['cpu']) * 1000:.0f} ms vs {statistics.median(samples['base_cpu']) * 1000:.0f} ms; "
        f"the QR cache emptied before each render; ours adds the content hash, styles, keep-together, signature "
        f"tables, the QR code and 第X页共Y页 footers drawn once the page count is known; {pages} pages (bare: "
        f"{_pages(bare_pdf)})",
        spread=spread(samples, 1000),
        repeats=repeats,
    )
    size_result = Result(
        "documents.agreement_pdf_size",
        "KB",
        len(ours_pdf) / 1024,
        "bare reportlab PDF of the same text and fonts",
        len(bare_pdf) / 1024,
        None,
        note=f"embedded TrueType subsets of two CJK faces; budget {SIZE_BUDGET_KB:g} KB for a 2-page agreement "
        f"(limit); the ratio shows what the QR code, footers and tables add",
        limit=SIZE_BUDGET_KB,
    )
    return [render_result, size_result], ours, blocks


# The baseline child: a bare reportlab process with the same two faces (parsed, as reportlab does) laying out
# the same words on A4 with the same sizes and margins. No fuyuan import, no database.
_BARE_SCRIPT = """
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
spec = json.loads(open(sys.argv[1], encoding="utf-8").read())
pdfmetrics.registerFont(TTFont("body", spec["body"]))
pdfmetrics.registerFont(TTFont("title", spec["title"]))
body = ParagraphStyle("b", fontName="body", fontSize=spec["size"], leading=spec["leading"], wordWrap="CJK")
title = ParagraphStyle("t", parent=body, fontName="title", fontSize=spec["title_size"], leading=36, alignment=1)
story = [Paragraph(spec["heading"], title)] + [Paragraph(line, body) for line in spec["lines"]]
SimpleDocTemplate(sys.argv[2], pagesize=A4, leftMargin=spec["margins"][0], rightMargin=spec["margins"][1],
                  topMargin=spec["margins"][2], bottomMargin=spec["margins"][3], invariant=1).build(story)
"""


def _child_cpu() -> float:
    """CPU seconds (user + system) of every finished child so far (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_child(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    cpu, wall = _child_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
                          check=False)
    wall, cpu = time.perf_counter() - wall, _child_cpu() - cpu
    if done.returncode != 0:
        raise RuntimeError(f"bench child failed ({done.returncode}): {' '.join(command[:6])}\n{done.stderr[-2000:]}")
    return cpu, wall


def _print_store(work: Path, cases: int) -> tuple[Path, list[str]]:
    """A small store with demo cases; the provisional numbers of cases with a final agreement never printed."""
    from fuyuan_desktop.demo import generate_demo
    from fuyuan_desktop.services.setup import initialize
    from fuyuan_desktop.store.paths import DataPaths

    paths = DataPaths(work / "data")
    ctx = initialize(paths, actor="bench")
    generate_demo(ctx, disputes=max(60, cases * 3), seed=7)
    ctx.db.engine.dispose()
    conn = sqlite3.connect(paths.database)
    try:
        numbers = [r[0] for r in conn.execute(
            "SELECT d.provisional_number FROM agreement a JOIN dispute d ON d.id = a.dispute_id "
            "WHERE a.status = 'final' AND NOT a.deleted AND NOT d.deleted ORDER BY d.provisional_number")]
    finally:
        conn.close()
    if len(numbers) < cases:
        raise RuntimeError(f"the demo store has {len(numbers)} final agreements, {cases} are needed")
    return paths.root, numbers[:cases]


def _fresh_process_result(warm_seconds: float, quick: bool) -> Result:
    """``fuyuan print agreement`` — the real command, in a fresh process each time — beside a bare reportlab
    process laying out the same words with the same faces, alternating, the side that goes first alternating.

    Each timed print is a different case's first print (render, hash, archive), as a clerk prints a paper;
    the package is byte-compiled first, as an installed one is. The very first print of the run is timed
    apart: it also parses the faces and fills the data folder's font cache (once per installation).
    """
    import compileall

    import fuyuan_desktop
    from fuyuan_desktop.services.printing import page_texts

    repeats = 2 if quick else REPEATS
    compileall.compile_dir(str(Path(fuyuan_desktop.__file__).parent), quiet=1)
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-print-") as tmp:
        work = Path(tmp)
        data, numbers = _print_store(work, repeats + 1)
        env = child_env(FUYUAN_DATA_DIR=str(data))

        def ours(number: str) -> list[str]:
            return [sys.executable, "-m", "fuyuan_desktop.cli", "print", "agreement", number, "--out",
                    str(work / f"{number}.pdf")]

        first_cpu, first_wall = _run_child(ours(numbers[0]), env)  # parses the faces, fills the font cache
        first_pdf = work / f"{numbers[0]}.pdf"
        texts = page_texts(first_pdf.read_bytes())
        fonts = load_fonts(resources.read_json("reference", "fonts.json"))
        registered: Any = [pdfmetrics.getFont(fonts.body), pdfmetrics.getFont(fonts.title)]
        faces = [font.face.filename for font in registered]
        spec = {
            "body": faces[0], "title": faces[1], "size": layout.SIZE_BODY, "leading": layout.LEADING_BODY,
            "title_size": layout.SIZE_TITLE, "heading": texts[0][:12],
            "margins": [layout.MARGIN_LEFT, layout.MARGIN_RIGHT, layout.MARGIN_TOP, layout.MARGIN_BOTTOM],
            # the same characters, in lines of a paragraph's length
            "lines": [text[i:i + 120] for text in texts for i in range(0, len(text), 120)],
        }
        spec_file = work / "bare.json"
        spec_file.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        bare = [sys.executable, "-c", _BARE_SCRIPT, str(spec_file), str(work / "bare.pdf")]
        _run_child(bare, env)  # the OS file cache warm for the baseline's faces as for ours
        samples: dict[str, list[float]] = {"cpu": [], "wall": [], "base_cpu": [], "base_wall": []}
        for r in range(repeats):
            sides = [("", ours(numbers[r + 1])), ("base_", bare)]
            for prefix, command in sides if r % 2 == 0 else sides[::-1]:
                cpu, wall = _run_child(command, env)
                samples[prefix + "cpu"].append(cpu)
                samples[prefix + "wall"].append(wall)
        bare_pages = _pages((work / "bare.pdf").read_bytes())
        our_pages = _pages(first_pdf.read_bytes())
    wall = statistics.median(samples["wall"])
    return Result(
        "documents.first_agreement_fresh_process",
        "s",
        wall,
        "bare reportlab in a fresh process: the same faces (parsed) and words",
        statistics.median(samples["base_wall"]),
        None,
        note=f"`fuyuan print agreement` as a user runs it, a fresh process per print, median wall of {repeats} "
        f"interleaved repeats (limit {FIRST_DOCUMENT_LIMIT_S:g} s wall, ok judged on it); CPU "
        f"{statistics.median(samples['cpu']):.3f} s vs {statistics.median(samples['base_cpu']):.3f} s; {our_pages} "
        f"pages (bare {bare_pages}); the first print of an installation (faces parsed, font cache filled) "
        f"{first_wall:.3f} s wall, {first_cpu:.3f} s CPU; warm render in a running app {warm_seconds * 1000:.0f} ms",
        limit=FIRST_DOCUMENT_LIMIT_S,
        spread=spread(samples),
        repeats=repeats,
    )


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_docx(blocks: list[Block], path: Path, *, body_font: str, title_font: str) -> None:
    """The agreement as a Word file a clerk would keep as a template: same paragraphs, faces, sizes, margins,
    signature tables, and a 第 X 页 共 Y 页 footer of page fields (no QR code)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name = body_font
    normal.font.size = Pt(layout.SIZE_BODY)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body_font)
    normal.paragraph_format.line_spacing = Pt(layout.LEADING_BODY)
    normal.paragraph_format.space_after = Pt(0)
    for block in blocks:
        if block.style == "table":
            table = document.add_table(rows=0, cols=max(len(row) for row in block.cells))
            for row in block.cells:
                for cell, (_, text) in zip(table.add_row().cells, row, strict=False):
                    cell.text = text
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block.text)
        if block.style in ("court", "title"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(layout.SIZE_TITLE)
            run.font.name = title_font
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), title_font)
        elif block.style in ("right", "number"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif block.style in ("body", "clause"):
            paragraph.paragraph_format.first_line_indent = Pt(2 * layout.SIZE_BODY)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("第 ", "PAGE", " 页 共 ", "NUMPAGES", " 页"):
        if piece.isupper():
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), piece)
            footer._p.append(field)
        else:
            footer.add_run(piece)
    document.save(str(path))


def _libreoffice_result(blocks: list[Block], warm_seconds: float, quick: bool, fresh_seconds: float = 0.0) -> Result:
    name = "documents.agreement_vs_libreoffice"
    soffice = _soffice()
    if soffice is None:
        print(f"  LibreOffice not found: skipping {name}. Install it with:\n    {LIBREOFFICE_INSTALL}", file=sys.stderr)
        return Result(name, "ms", 0.0, "LibreOffice (not installed)", 0.0, None,
                      note=f"SKIPPED: soffice not found; install with: {LIBREOFFICE_INSTALL}")
    try:
        import docx  # noqa: F401
    except ImportError:
        return Result(name, "ms", 0.0, "LibreOffice (python-docx missing)", 0.0, None,
                      note="SKIPPED: python-docx is not installed; pip install 'fuyuan-desktop[bench]'")
    fonts_dir = Path(str(importlib.resources.files("fuyuan_desktop.resources") / "fonts"))
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-lo-") as tmp:
        work = Path(tmp)
        # LibreOffice finds the same bundled faces through fontconfig, as it would on a court PC with them installed
        conf = work / "fonts.conf"
        conf.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
            '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
            f"  <dir>{fonts_dir}</dir>\n  <cachedir>{work / 'fc-cache'}</cachedir>\n</fontconfig>\n",
            encoding="utf-8",
        )
        env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
        docx_path = work / "agreement.docx"
        write_docx(blocks, docx_path, body_font="AR PL UMing CN", title_font="WenQuanYi Zen Hei")
        command = [soffice, f"-env:UserInstallation=file://{work / 'profile'}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(work / "out"), str(docx_path)]

        def convert() -> None:
            subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)

        convert()  # warm-up, not timed: creates the profile and the font cache once, as on a used PC
        pdf = (work / "out" / "agreement.pdf").read_bytes()
        repeat = 1 if quick else 5
        lo = _median_seconds(convert, repeat)
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(pdf))
        embedded = sorted(
            {
                str(font.get_object().get("/BaseFont", "")).split("+")[-1]
                for page in reader.pages
                for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
            }
        )
    return Result(
        name,
        "ms",
        warm_seconds * 1000,
        "soffice --headless --convert-to pdf of the same text as .docx",
        lo * 1000,
        0.1,
        note=f"LibreOffice median of {repeat} conversions (a process each, warm profile and font cache), "
        f"{len(reader.pages)} pages, fonts {', '.join(embedded)}; ours = warm render (the app is running)"
        + (f"; a fresh process of ours ({fresh_seconds:.3f} s) vs LibreOffice: ratio {fresh_seconds / lo:.2f}"
           if fresh_seconds else ""),
    )


def run(size: int, quick: bool) -> list[Result]:
    """``size`` does not apply: a document benchmark is about one typical paper."""
    started = time.perf_counter()
    results, warm, blocks = _warm_results(quick)
    fresh = _fresh_process_result(warm, quick)
    results.insert(1, fresh)
    results.insert(2, _libreoffice_result(blocks, warm, quick, fresh.value))
    print(f"  document benchmarks took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return results
