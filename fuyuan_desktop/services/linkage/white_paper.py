"""The year's 行政审判白皮书, the quarterly 出庭应诉通报 and the annual 公示, worked out from the store and printed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from fuyuan_desktop.documents.common import cn_date
from fuyuan_desktop.documents.layout import render
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.linkage import AgencyFlag, Triage, percent, quarter_bounds
from fuyuan_desktop.reports.stats import Stats
from fuyuan_desktop.reports.white_paper import PaperChart, PaperSection, PaperTable, WhitePaperDoc, rows_of
from fuyuan_desktop.reports.white_paper import white_paper_story as story_of
from fuyuan_desktop.services.linkage.admin import AdminLedgerRow, admin_ledger
from fuyuan_desktop.services.linkage.clusters import SimilarCluster, similar_clusters
from fuyuan_desktop.services.linkage.common import resolve_court
from fuyuan_desktop.services.linkage.hearings import agency_flags, appearance_rates, hearing_courts
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.white_paper_text import (
    LITIGATION_SOURCE,
    LitigationView,
    NarrativeSection,
    litigation_summary,
    narrative_sections,
    narratives,
)
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.printing import _page_count, document_fonts, write_atomic
from fuyuan_desktop.services.workspace import Workspace

MAX_YEAR = 2100


@dataclass(frozen=True)
class PaperResult:
    title: str
    year: int
    path: Path
    pages: int
    size: int


def _court_name(ctx: Workspace, court: str | None, shown: list[str] | None = None) -> str:
    """The court heading a report: the one asked for; else the one court whose data it shows; else the
    intermediate court (the hub's view of several courts)."""
    if not court and shown is not None and len(shown) == 1:
        return shown[0]
    from fuyuan_desktop.services.courts import court_full_name, intermediate_court_name

    with ctx.db.read() as session:
        if not court:
            return intermediate_court_name(session)
        return court_full_name(session, resolve_court(session, court).id)


def _courts_shown(ctx: Workspace, start: date, end: date, court: str | None) -> list[str]:
    """The courts with centre cases or hearings in the year: the white paper is headed by the one, if one."""
    names = {r.court for r in admin_ledger(ctx, start, end, court)}
    return sorted(names | set(hearing_courts(ctx, start, end, court)))


def _count(rows: list[AdminLedgerRow], key: str) -> list[tuple[str, int]]:
    counter = Counter(str(getattr(r, key)) or "其他" for r in rows)
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def _caseload(ctx: Workspace, year: int, court: str | None) -> tuple[PaperTable, list[AdminLedgerRow]]:
    """T1 for the centre's disputes: 旧存, 新收, 审结, 未结, 结案率 = 审结 / (旧存 + 新收), 同比."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    everything = admin_ledger(ctx, None, end, court)
    refused = Triage.INADMISSIBLE.label
    # 新收 is the centre's 受理 (§11.1): a case refused at triage is not new business, so tables 1 and 7 agree.
    accepted = [r for r in everything if r.triage != refused]
    old = [r for r in accepted if r.registered_on < start and (r.closed_on is None or r.closed_on >= start)]
    new = [r for r in accepted if r.registered_on >= start]
    refused_n = sum(1 for r in everything if r.triage == refused and r.registered_on >= start)
    closed = [r for r in old + new if r.closed_on is not None and r.closed_on <= end]
    last_year = sum(1 for r in accepted if r.registered_on.year == year - 1)
    growth = f"{100 * (len(new) - last_year) / last_year:+.2f}%" if last_year else ""
    base = len(old) + len(new)
    table = PaperTable(
        "表1　行政争议收结案总体情况", ("旧存", "新收", "审结", "未结", "结案率", "新收同比"),
        ((str(len(old)), str(len(new)), str(len(closed)), str(base - len(closed)),
          f"{100 * len(closed) / base:.2f}%" if base else "", growth),),
        note="新收 = 本年登记到中心且未分流为不予受理的行政争议（与表8受理数同一口径）"
             + (f"，另有不予受理{refused_n}件" if refused_n else "")
             + "；结案率 = 审结 ÷（旧存 + 新收）；同比按上一年度新收计算，上一年度无数据时留空。")
    return table, new


def white_paper_doc(ctx: Workspace, year: int, court: str | None = None) -> WhitePaperDoc:
    """The white paper's content for ``year`` (one court, or every court in this store)."""
    if not 2000 <= year <= MAX_YEAR:
        raise ValidationError("年度", f"应在 2000–{MAX_YEAR} 之间", field="year", code="out_of_range")
    start, end = date(year, 1, 1), date(year, 12, 31)
    s: Stats = statistics(ctx, start, end, court=court)
    caseload, new = _caseload(ctx, year, court)
    total = len(new)
    outcomes = Counter(r.outcome or "尚未结案" for r in new)
    rates = appearance_rates(ctx, "agency", start, end, court)
    flags = agency_flags(ctx, court, as_of=end, since=start)
    clusters = similar_clusters(ctx, start=start, end=end)
    summary = (
        f"{year}年，全院（辖区）共登记诉前调解纠纷{s.disputes}件，调解成功{s.successful}件，调解成功率"
        f"{percent(s.success_rate) or '—'}，平均用时{'' if s.average_days is None else f'{s.average_days:.1f}'}日。"
        f"行政争议协调化解中心受理行政争议{s.admin_accepted}件，化解{s.admin_resolved}件，化解率{percent(s.admin_rate) or '—'}。"
        f"行政机关负责人出庭应诉率{percent(s.appearance_rate) or '—'}，正职出庭率{percent(s.chief_rate) or '—'}。"
        f"发出司法建议{s.recommendations_sent}份，已反馈{s.recommendations_replied}份，反馈率"
        f"{percent(s.recommendation_reply_rate) or '—'}。开展以庭代训{s.training_events}场，组织{s.training_attendees}人次观摩庭审；"
        f"开展同堂培训{s.joint_trainings}场，培训行政机关工作人员{s.joint_training_attendees}人次。"
        f"无讼村屯（社区）已达标{s.villages.get('achieved', 0)}个；参与重大项目社会稳定风险评估{s.projects}个，"
        f"研判涉诉案件{s.project_cases_studied}件。")
    litigation = litigation_summary(ctx, year, court)
    if litigation is not None:
        summary += _litigation_sentence(litigation)
    generated = [
        ("overview", PaperSection("总体情况", (summary,), charts=(
            PaperChart("图1　诉前调解纠纷月度分布", tuple(c.label[5:] + "月" for c in s.by_month),
                       tuple(float(c.count) for c in s.by_month)),))),
        ("caseload", PaperSection("行政争议收结案情况", (), tables=(
            caseload,
            PaperTable("表2　案件领域分布", ("领域", "件数", "占比"), rows_of(_count(new, "field"), total), (3, 1, 1)),
            PaperTable("表3　案由分布", ("案由", "件数", "占比"), rows_of(_count(new, "cause"), total), (3, 1, 1),
                       note="案由按《行政案件案由暂行规定》（2020）；未定案由的案件列其原纠纷类型。"),
            PaperTable("表4　行政行为种类", ("行为种类", "件数", "占比"), rows_of(_count(new, "act_type"), total), (3, 1, 1)),
            PaperTable("表5　被申请机关层级", ("层级", "件数", "占比"), rows_of(_count(new, "agency_level"), total),
                       (3, 1, 1)),
            PaperTable("表6　结案方式", ("方式", "件数", "占比"), rows_of(sorted(outcomes.items(), key=lambda kv: -kv[1]),
                                                                       total), (3, 1, 1)),
            *((_litigation_table(litigation),) if litigation is not None else ()),
        ), charts=(PaperChart("图2　行政争议领域分布", tuple(k for k, _ in _count(new, "field")),
                              tuple(float(n) for _, n in _count(new, "field"))),))),
        ("appearance", PaperSection("行政机关负责人出庭应诉", (
            f"全年开庭审理的行政案件{s.hearings_heard}件，负责人出庭{s.hearings_appeared}件，其中正职负责人出庭"
            f"{s.hearings_chief}件，出庭率{percent(s.appearance_rate) or '—'}；出庭又出声{s.hearings_spoke}件，出声率"
            f"{percent(s.spoke_rate) or '—'}；重点案件{s.key_heard}件，正职负责人出庭{s.key_chief}件，重点案件正职出庭率"
            f"{percent(s.key_chief_rate) or '—'}。出庭率 = 负责人在本审级至少出庭一次的案件数 ÷ "
            "开庭审理的案件数；每件案件每个审级只计一次。",), tables=(
            PaperTable("表7　负责人出庭应诉情况（按机关）",
                       ("被诉机关", "开庭案件", "负责人出庭", "正职出庭", "出庭率", "出庭又出声", "出声率", "重点案件正职出庭率"),
                       (*((r.group, str(r.heard), str(r.appeared), str(r.chief), percent(r.rate), str(r.spoke),
                           percent(r.spoke_rate), percent(r.key_chief_rate)) for r in rates),
                        ("合计", str(s.hearings_heard), str(s.hearings_appeared), str(s.hearings_chief),
                         percent(s.appearance_rate), str(s.hearings_spoke), percent(s.spoke_rate),
                         percent(s.key_chief_rate))), (3, 1, 1, 1, 1, 1, 1, 1.4),
                       note="出声率 = 负责人出庭并就实质性化解争议发表意见的案件数 ÷ 开庭审理的案件数；重点案件正职出庭率 = "
                            "重点案件中正职负责人出庭的案件数 ÷ 重点案件数，重点案件指应当通知负责人出庭的案件和经中心分流为"
                            "重大案件协调的案件（推定）；无重点案件的机关留空。"),))),
        ("coordination", PaperSection("协调化解与司法建议", (), tables=(
            PaperTable("表8　协调化解", ("诉前受理", "诉前化解", "化解率"),
                       ((str(s.admin_accepted), str(s.admin_resolved), percent(s.admin_rate)),),
                       note="化解率 = 化解 ÷ 受理（不予受理的不计入受理数）。"),
            PaperTable("表9　司法建议", ("发出", "已反馈", "按期反馈", "反馈率", "采纳", "优秀司法建议"),
                       ((str(s.recommendations_sent), str(s.recommendations_replied), str(s.recommendations_in_time),
                         percent(s.recommendation_reply_rate), str(s.recommendations_adopted),
                         str(s.recommendations_excellent)),)),
        ))),
        ("other_work", PaperSection("府院联动其他工作", (
            f"以庭代训{s.training_events}场，观摩{s.training_attendees}人次，其中人大代表、政协委员{s.training_deputies}人次。"
            f"法官与行政机关工作人员同堂培训{s.joint_trainings}场，参训{s.joint_training_attendees}人次，其中机关负责人"
            f"{s.joint_training_heads}人次。向行政机关提出口头建议{s.oral_recommendations}条，已反馈{s.oral_responded}条，"
            f"采纳{s.oral_adopted}条。"
            f"无讼村屯（社区）已达标{s.villages.get('achieved', 0)}个、创建中{s.villages.get('creating', 0)}个、"
            f"撤销{s.villages.get('revoked', 0)}个。重大项目社会稳定风险评估{s.projects}个（高风险"
            f"{s.projects_by_risk.get('high', 0)}个、中风险{s.projects_by_risk.get('medium', 0)}个、低风险"
            f"{s.projects_by_risk.get('low', 0)}个），研判涉诉案件{s.project_cases_studied}件。司法救助{s.relief_cases}件，"
            f"发放救助金{s.relief_paid_fen / 100:,.2f}元。涉企绿色通道案件{s.sme_cases}件"
            + (f"，平均{s.sme_average_days:.1f}日化解" if s.sme_average_days is not None else "") + "。",))),
    ]
    problems = PaperSection("存在的问题和建议", tuple(_problems(s, flags, clusters)), tables=(PaperTable(
        f"表10　类案预警（{year}年内达到预警标准的纠纷）", ("乡镇/园区/机关", "案由", "件数", "最早登记", "最近登记"),
        tuple((c.key, c.table_label, str(c.count), cn_date(c.first_on), cn_date(c.last_on))
              for c in clusters), (3, 3, 1, 1.6, 1.6)),) if clusters else ())
    sections = _with_narratives(ctx, year, court, generated, problems)
    return WhitePaperDoc(
        court_name=_court_name(ctx, court, _courts_shown(ctx, start, end, court)), title=f"{year}年度行政审判白皮书",
        subtitle=f"统计期间：{cn_date(start)}至{cn_date(end)}", sections=tuple(sections),
        issued=cn_date(min(ctx.today(), date(year + 1, 3, 31)) if ctx.today() > end else ctx.today()),
        notes=("本白皮书数据取自府院联动·诉前调解工作台，由系统统计生成；空白表示无数据。",))


def _litigation_sentence(t: LitigationView) -> str:
    return (f"受理行政诉讼案件{t.received}件，审结{t.closed}件，行政机关败诉率{percent(t.loss_rate) or '—'}，撤诉率"
            f"{percent(t.withdrawal_rate) or '—'}（{LITIGATION_SOURCE}）。")


def _litigation_table(t: LitigationView) -> PaperTable:
    return PaperTable(
        f"附表　行政诉讼案件收结案情况（{LITIGATION_SOURCE}）", ("收案", "结案", "判决败诉", "撤诉", "败诉率", "撤诉率"),
        ((str(t.received), str(t.closed), str(t.lost), str(t.withdrawn), percent(t.loss_rate),
          percent(t.withdrawal_rate)),),
        note="败诉率 = 判决行政机关败诉的案件 ÷ 结案；撤诉率 = 撤诉结案的案件 ÷ 结案。数据为法院案件管理系统导出的年度合计，"
             "不是本工作台登记的案件。")


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _with_narratives(ctx: Workspace, year: int, court: str | None, generated: list[tuple[str, PaperSection]],
                     problems: PaperSection) -> list[PaperSection]:
    """The generated sections with the court's narrative sections in their places (reference data
    ``white_paper.narrative_sections``), numbered 一、二、… in print order. A section the court left empty prints its
    generated default (the problem sentences) or is left out."""
    texts = {n.section: n.text for n in narratives(ctx, year, court)}
    specs = narrative_sections(ctx)
    placed: list[tuple[PaperSection, bool]] = []

    def narrative(spec: NarrativeSection) -> None:
        written = _paragraphs(texts.get(spec.key, ""))
        if spec.default == "problems":
            placed.append((replace(problems, heading=spec.heading, paragraphs=written or problems.paragraphs),
                           spec.numbered))
        elif written:
            placed.append((PaperSection(spec.heading, written), spec.numbered))

    for spec in specs:
        if spec.after == "":
            narrative(spec)
    for key, section in generated:
        placed.append((section, True))
        for spec in specs:
            if spec.after == key:
                narrative(spec)
    if not any(spec.default == "problems" for spec in specs):
        placed.append((problems, True))
    out, n = [], 0
    for section, numbered in placed:
        if numbered:
            n += 1
            section = replace(section, heading=f"{CHINESE_NUMBERS[n]}、{section.heading}")
        out.append(section)
    return out


CHINESE_NUMBERS = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五")


def _problems(s: Stats, flags: list[AgencyFlag], clusters: list[SimilarCluster]) -> list[str]:
    out = []
    if clusters:
        top = clusters[0]
        out.append(f"类案集中：{len(clusters)}组纠纷达到类案预警标准（见表10），其中{top.key}{top.category_label}{top.count}件"
                   "最为集中，建议相关部门开展源头治理。")
    for f in flags:
        out.append(f"{f.agency}本年度{f.failures}件案件负责人未依法出庭应诉，建议纳入依法行政考核。")
    if s.recommendations_sent and s.recommendations_replied < s.recommendations_sent:
        out.append(f"尚有{s.recommendations_sent - s.recommendations_replied}份司法建议未反馈，建议被建议单位及时研究落实。")
    return out or ["本年度未发现需要特别提示的问题。"]


def _write(ctx: Workspace, doc: WhitePaperDoc, out: Path) -> tuple[int, int]:
    if out.suffix.lower() != ".pdf":
        raise ValidationError("输出文件", "文件名应以 .pdf 结尾", field="out", code="wrong_suffix")
    fonts, styles = document_fonts(ctx)
    pdf = render(story_of(doc, fonts, styles), fonts=fonts, title=f"{doc.court_name}{doc.title}", stamp=None,
                 subject=doc.subtitle)
    write_atomic(out, pdf)
    ctx.db.record_event(ctx.actor, "生成" + doc.title, entity="report", entity_id=doc.title,
                        after={"file": out.name, "bytes": len(pdf)})
    return _page_count(pdf), len(pdf)


def print_white_paper(ctx: Workspace, year: int, out: Path, *, court: str | None = None) -> PaperResult:
    require(ctx, "report.view")
    doc = white_paper_doc(ctx, year, court)
    pages, size = _write(ctx, doc, out)
    return PaperResult(doc.title, year, out, pages, size)


def print_appearance_report(ctx: Workspace, out: Path, *, quarter: str | None = None, year: int | None = None,
                            court: str | None = None) -> PaperResult:
    """季度通报 (``quarter`` like 2026Q3) or 年度公示 (``year``) of agency heads appearing in court."""
    require(ctx, "report.view")
    if quarter:
        try:
            start, end = quarter_bounds(quarter)
        except ValueError as exc:
            raise ValidationError("季度", str(exc), field="quarter") from None
        title = f"{start.year}年第{(start.month - 1) // 3 + 1}季度行政机关负责人出庭应诉情况通报"
    elif year:
        start, end = date(year, 1, 1), date(year, 12, 31)
        title = f"{year}年度行政机关负责人出庭应诉情况公示"
    else:
        raise ValidationError("期间", "请给出季度或年度", field="period", code="required")
    rates = appearance_rates(ctx, "agency", start, end, court)
    total = appearance_rates(ctx, "all", start, end, court)
    flags = agency_flags(ctx, court, as_of=end)
    heard = total[0] if total else None
    lead = (f"{cn_date(start)}至{cn_date(end)}，开庭审理的行政案件{heard.heard if heard else 0}件，负责人出庭"
            f"{heard.appeared if heard else 0}件，出庭率{percent(heard.rate) if heard else '—'}。现将各被诉行政机关情况通报如下。")
    doc = WhitePaperDoc(
        court_name=_court_name(ctx, court, hearing_courts(ctx, start, end, court)), title=title, subtitle="",
        issued=cn_date(ctx.today()),
        sections=(PaperSection("出庭应诉情况", (lead,), tables=(PaperTable(
            "各被诉行政机关负责人出庭应诉情况", ("被诉机关", "开庭案件", "负责人出庭", "正职出庭", "出庭率", "正职出庭率"),
            tuple((r.group, str(r.heard), str(r.appeared), str(r.chief), percent(r.rate), percent(r.chief_rate))
                  for r in rates), (4, 1, 1, 1, 1, 1)),)),
                  PaperSection("多次未依法出庭的机关", tuple(
                      f"{f.agency}：{f.failures}件（{'、'.join(f.cases)}）" for f in flags) or ("无。",))))
    pages, size = _write(ctx, doc, out)
    return PaperResult(title, start.year, out, pages, size)
