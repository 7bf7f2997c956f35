"""The mediation record (调解笔录) of one session: who sat, what they were told, what was said, how it ended."""

from __future__ import annotations

from reportlab.platypus import Flowable

from fuyuan_desktop.documents.common import (
    Typesetter,
    cn_date,
    cn_time,
    gap,
    keep_with_signatures,
    kind_values,
    ordinal,
    signature_date,
    signature_table,
)
from fuyuan_desktop.documents.data import Attendee, RecordDoc
from fuyuan_desktop.documents.fonts import FontSet
from fuyuan_desktop.documents.layout import Styles
from fuyuan_desktop.documents.templates import Template


def _attendance_line(ts: Typesetter, person: Attendee) -> str:
    represents = ts.fill("attendance_represents", party=person.represents) if person.represents else ""
    values: dict[str, object] = {"role": person.role, "name": person.name, "represents": represents}
    if person.present is None:
        return ts.fill("attendance_unknown", **values)
    if not person.present:
        return ts.fill("attendance_absent", **values)
    identity = ts.fill("attendance_identity", id=person.id_masked) if person.id_masked else ""
    return ts.fill("attendance_present", identity=identity, **values)


def build_record(doc: RecordDoc, fonts: FontSet, styles: Styles, template: Template) -> list[Flowable]:
    """The story of one record; the closing line travels with the first signature row."""
    st = styles
    blank = "　" * 6
    template = template.for_case(doc.header.case_kind)
    values: dict[str, object] = {
        **kind_values(doc.header),
        "court_full_name": doc.header.tribunal_name or doc.header.court_name,
        "number": doc.header.number,
        "category": doc.header.category,
        "session_no": ordinal(doc.session_no),
        "date": cn_date(doc.starts_at.date()),
        "start": cn_time(doc.starts_at),
        "end": cn_time(doc.ends_at),
        "place": doc.place or blank,
        "hosts": "、".join(doc.hosts) or blank,
        "recorder": doc.recorder or blank,
    }
    ts = Typesetter(fonts, styles, template, values)
    story: list[Flowable] = [
        ts.key("header", st.court, "文书抬头", title=True),
        ts.key("title", st.title, "文书标题", title=True),
        ts.key("session_line", st.title, "调解次数", title=True),
        ts.key("number_line", st.number, "案号"),
    ]
    if doc.amends_revision:
        story.append(ts.key("amends_line", st.centre, "修改稿", revision=doc.revision, amends=doc.amends_revision))
    story += [
        ts.key("case_line", st.plain, "案由"),
        *([ts.key("basis_line", st.plain, "调解依据")] if doc.header.case_kind else []),
        ts.key("time_line", st.plain, "调解时间"),
        ts.key("place_line", st.plain, "调解地点"),
        ts.key("staff_line", st.plain, "调解主持人"),
        ts.key("recorder_line", st.plain, "记录人"),
        ts.key("attendance_heading", st.plain, "到场情况"),
    ]
    story += [ts.text(_attendance_line(ts, p), st.plain, f"到场情况「{p.name}」") for p in doc.parties]
    story.append(ts.key("identity_check_line", st.plain, "身份核验"))
    if doc.others:
        others = "、".join(f"{p.name}（{p.role}）" for p in doc.others if p.present is not False)
        story.append(ts.key("others_line", st.plain, "其他参加人", others=others))
    story.append(ts.key("notices_heading", st.plain, "告知事项"))
    story += [ts.text(f"□{item}", st.plain, "告知事项") for item in ts.template.items("notices")]
    story.append(ts.key("recusal_line", st.plain, "回避"))
    if ts.values.get("limitation_notice"):
        story.append(ts.key("limitation_line", st.body, "起诉期限告知"))
    story.append(ts.key("record_heading", st.heading, "调解过程"))
    story += ts.lines(doc.text, st.body, "笔录内容")
    closing: list[Flowable] = [
        ts.key("result_heading", st.heading, "调解结果"),
        ts.key(f"result_{doc.result}", st.body, "调解结果", reason=doc.result_note or "原因未记录"),
    ]
    if doc.result in ("failed", "open"):
        closing += [ts.text(note, st.plain, "调解不成情况") for note in ts.template.items("failure_notes")]
    closing += [gap(2), ts.key("confirm_line", st.body, "确认无误")]

    labels = ts.template.data.get("signature", {})
    party_rows = [(signer, labels.get("party", "")) for signer in doc.signers]
    staff_rows = [(labels.get("host", "调解主持人（签名）"), name) for name in doc.hosts or ("",)]
    staff_rows.append((labels.get("recorder", "记录人（签名）"), doc.recorder))
    signatures: list[Flowable] = [signature_table([row], ts.fonts, st, fingerprint=True) for row in party_rows]
    signatures += [
        signature_table(staff_rows, ts.fonts, st, fingerprint=False),
        ts.text(ts.template.fill(labels.get("seal", ""), ts.values, "seal"), st.right, "印章"),
        ts.text(signature_date(None, ts.template), st.right, "日期"),
    ]
    # No page carries only signatures: the result and the confirmation travel with the block.
    story += keep_with_signatures(closing, signatures)
    return story
