"""Service forms: the proof of service (送达回证) and the address-for-service confirmation (送达地址确认书)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from fuyuan_desktop.documents.common import (
    FormRow,
    Typesetter,
    cn_date,
    form_table,
    gap,
    is_mobile,
    kind_values,
    signature_date,
)
from fuyuan_desktop.documents.data import Addressee, ServiceDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import SectionStart, Styles
from fuyuan_desktop.documents.linebreak import Paragraph
from fuyuan_desktop.documents.templates import Template

BLANK = "　" * 8
#: The 送达方式 of the form's boxes (CPL arts 87–92), in the order the form prints them.
METHODS = ("直接", "留置", "电子", "邮寄", "委托", "转交")
TICKED = "■"  # ☑ is in none of the shipped faces; a filled box reads as ticked on paper


def _tick(line: str, method: str) -> str:
    """A 送达方式 line with the chosen method's box filled (every box open when none was chosen)."""
    return line.replace(f"□{method}", f"{TICKED}{method}") if method else line


def _label(ts: Typesetter, key: str) -> Paragraph:
    return ts.key(key, ts.styles.label, "表格栏目")


def _values(doc: ServiceDoc) -> dict[str, object]:
    return {
        **kind_values(doc.header),
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "number": doc.header.number,
        "category": doc.header.category,
    }


def _recipient(to: Addressee) -> str:
    agents = f"（代理人：{'、'.join(to.agents)}）" if to.agents else ""
    return f"{to.name}{agents}"


def _signature_cell(ts: Typesetter, doc: ServiceDoc) -> list[Flowable]:
    """受送达人签名或盖章: the date line (the date served, when a signed service was recorded); an agency's
    receiving officer signs on a line of its own (the 司法建议书's addressee)."""
    st = ts.styles
    signed_on = doc.served_on if doc.served_on is not None and not doc.refused else None
    date_line = signature_date(signed_on, ts.template) if signed_on else ts.fill("date_line")
    if doc.to_agency:
        officer = ts.fill("officer_line", officer=doc.signer or BLANK)
        return [gap(4), ts.text(officer, st.cell, "收件人"), gap(4), ts.text(date_line, st.right, "签收日期")]
    return [gap(12), ts.text(date_line, st.right, "签收日期")]


def _agent_cell(ts: Typesetter, doc: ServiceDoc, to: Addressee) -> list[Flowable]:
    st = ts.styles
    if doc.signer and not doc.to_agency and doc.signer != to.name and doc.served_on is not None and not doc.refused:
        return [gap(2), ts.text(doc.signer, st.cell, "代收人"), gap(2),
                ts.text(signature_date(doc.served_on, ts.template), st.right, "代收日期")]
    return [gap(10), ts.text(ts.fill("date_line"), st.right, "代收日期")]


def _remarks(ts: Typesetter, doc: ServiceDoc, to: Addressee) -> list[Flowable]:
    """备考: the 送达方式 boxes; filled in from a record, the place (when not the address above), the refusal and the
    witness, a size down so that the proof stays on one sheet."""
    st = ts.styles
    filled = bool(doc.place or doc.refused or doc.witness)
    style = ParagraphStyle("fine", parent=st.cell, fontSize=12, leading=16) if filled else st.cell
    flows: list[Flowable] = [
        ts.text(_tick(line, doc.method), st.cell, "送达方式") for line in ts.template.items("methods")
    ]
    if doc.place and doc.place != to.address:
        flows.append(ts.key("place_line", style, "送达地点", place=doc.place))
    if doc.refused and doc.served_on is not None:
        flows.append(ts.key("refused_line", style, "拒收", date=cn_date(doc.served_on)))
    flows.append(ts.text(ts.fill("witness_line") + doc.witness, style, "见证人"))
    return flows


def _proof_page(ts: Typesetter, doc: ServiceDoc, to: Addressee) -> list[Flowable]:
    st = ts.styles
    who = f"受送达人「{to.name}」"
    number_label = "label_number_agency" if doc.to_agency else "label_number"
    rows: list[FormRow] = [
        ([_label(ts, "label_cause"), ts.cell(doc.header.category, "案由")], 12),
        ([_label(ts, number_label), ts.cell(doc.header.number, "案号")], 12),
        ([_label(ts, "label_documents"), ts.cell(doc.documents or ts.fill("documents"), "送达文书名称和件数")], 18),
        ([_label(ts, "label_recipient"), ts.cell(_recipient(to), who)], 12),
        ([_label(ts, "label_address"), ts.cell(to.address or BLANK, f"{who}送达地址")], 16),
        # A proof filled in from a record gives the handwriting rows less room and the remarks more (one sheet).
        ([_label(ts, "label_signature"), _signature_cell(ts, doc)], 34 if doc.served_on is None else 22),
        ([_label(ts, "label_agent"), _agent_cell(ts, doc, to)], 28 if doc.served_on is None else 16),
        # Filled in from a record (place, refusal, witness) the remarks take the room they need.
        ([_label(ts, "label_remarks"), _remarks(ts, doc, to)], 0 if (doc.place or doc.refused or doc.witness) else 26),
        (
            [_label(ts, "label_issuer"), ts.cell("", "填发人"), _label(ts, "label_server"),
             ts.cell(doc.server, "送达人")],
            14,
        ),
    ]
    return [
        ts.key("header", st.court, "文书抬头", title=True),
        ts.key("title", st.title, "文书标题", title=True),
        gap(2),
        form_table(rows, font=ts.fonts.body, label_width=48 * mm),
        gap(2),
        ts.key("note", st.small, "填写说明"),
    ]


def build_service_proof(doc: ServiceDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """One 送达回证 per addressee, each its own numbered paper."""
    ts = Typesetter(fonts, styles, template.for_case(doc.header.case_kind), _values(doc))
    story: list[Flowable] = []
    for i, to in enumerate(doc.addressees):
        story += [PageBreak()] if i else []
        story += [SectionStart(), *_proof_page(ts, doc, to)]
    return story


def _confirmation_page(ts: Typesetter, to: Addressee) -> list[Flowable]:
    st = ts.styles
    # The notices run long; a size down keeps each party's confirmation on one sheet.
    fine = ParagraphStyle("fine", parent=st.cell, fontSize=12, leading=17)
    who = f"受送达人「{to.name}」"
    phone = to.phone or BLANK
    # A landline goes under 联系电话 only; 手机号码 (for text-message service) takes a mobile number.
    mobile = to.phone if is_mobile(to.phone) else BLANK
    phone_lines = [ts.template.fill(line, {"phone": phone}) for line in ts.template.items("postcode_lines")]
    if to.kind == "person":
        recipient = ts.fill("recipient_person", name=to.name, role=to.role, id=to.id_masked or BLANK)
    else:
        recipient = ts.fill(
            "recipient_organization", name=to.name, role=to.role, representative=to.representative or BLANK
        )
    electronic: list[Flowable] = [ts.key("electronic_consent", fine, "电子送达")]
    electronic += [
        ts.text(ts.template.fill(line, {"phone": mobile}), fine, f"{who}电子送达")
        for line in ts.template.items("electronic_channels")
    ]
    notices = ts.template.items("notices")
    notice_flows: list[Flowable] = [
        ts.text(f"{i}. {line}", st.small, "告知事项") for i, line in enumerate(notices, start=1)
    ]
    rows: list[FormRow] = [
        ([_label(ts, "label_recipient"), ts.cell(recipient, who)], 14),
        (
            [
                _label(ts, "label_address"),
                [
                    ts.key("address_line", st.cell, f"{who}送达地址", address=to.address or BLANK),
                    *(ts.text(line, fine, f"{who}联系电话") for line in phone_lines),
                ],
            ],
            24,
        ),
        ([_label(ts, "label_electronic"), electronic], 0),
        ([_label(ts, "label_agent"), [ts.text(line, fine, "代收人") for line in ts.template.items("agent_lines")]], 0),
        ([_label(ts, "label_notice"), notice_flows], 0),
        (
            [
                _label(ts, "label_signature"),
                [
                    ts.key("signature_line", st.cell, "受送达人确认"),
                    gap(2),
                    ts.key("signature_hint", st.cell, "签名栏"),
                    gap(6),
                    ts.text(ts.fill("date_line"), st.right, "日期"),
                ],
            ],
            0,
        ),
    ]
    return [
        ts.key("header", st.court, "文书抬头", title=True),
        ts.key("title", st.title, "文书标题", title=True),
        ts.key("number_line", st.number, "案号"),
        form_table(rows, font=ts.fonts.body, label_width=34 * mm),
    ]


def build_address_confirmation(doc: ServiceDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """One 送达地址确认书 per addressee, each its own numbered paper."""
    ts = Typesetter(fonts, styles, template.for_case(doc.header.case_kind), _values(doc))
    story: list[Flowable] = []
    for i, to in enumerate(doc.addressees):
        story += [PageBreak()] if i else []
        story += [SectionStart(), *_confirmation_page(ts, to)]
    return story
