"""Judicial recommendations after drafting: from a cluster, reply received, adoption, follow-up, excellent mark, alerts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.common import cn_date, ordinal
from fuyuan_desktop.domain.enums import PartyKind, PartyRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import Adoption, person_key
from fuyuan_desktop.services.linkage.clusters import (
    SCOPE_LABELS,
    answering_keys,
    cluster_case_ids,
    cluster_label,
    similar_clusters,
)
from fuyuan_desktop.services.linkage.common import check_text, label_of, not_after_today
from fuyuan_desktop.services.recommendations import (
    DRAFT_NUMBER,
    STATUS_LABELS,
    RecommendationView,
    draft_recommendation,
)
from fuyuan_desktop.services.recommendations import _find as _find_recommendation
from fuyuan_desktop.services.recommendations import _view as _rec_view
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import RecommendationTrack
from fuyuan_desktop.store.models import CaseParty, Court, Dispute, Party, Recommendation

_find = _find_recommendation


@dataclass(frozen=True)
class RecommendationRow:
    """A recommendation as the follow-up ledger shows it."""

    id: str
    number: str
    court: str
    subject: str
    recipient: str
    origin: str
    source: str
    status: str
    sent_on: date | None
    reply_due: date | None
    reply_on: date | None
    replied_in_time: bool | None
    adoption: str
    follow_up: str
    excellent: bool
    overdue: bool
    status_code: str = ""
    signed_on: date | None = None
    served_to: str = ""
    reply_text: str = ""


def _track(session: Session, rec_id: str) -> RecommendationTrack:
    track = session.scalars(select(RecommendationTrack).where(col(RecommendationTrack.recommendation_id) == rec_id)
                            ).first()
    if track is None:
        track = RecommendationTrack(recommendation_id=rec_id)
        session.add(track)
    return track


def _live_cluster_draft(session: Session, scope: str, category: str, key: str) -> Recommendation | None:
    """The cluster's draft not yet signed nor abandoned, if there is one (one drafted under the old category the
    cluster's 案由 bridges to counts too)."""
    return session.scalars(
        select(Recommendation)
        .join(RecommendationTrack, col(RecommendationTrack.recommendation_id) == col(Recommendation.id))
        .where(col(RecommendationTrack.origin) == "cluster", col(RecommendationTrack.cluster_scope) == scope,
               col(RecommendationTrack.cluster_category).in_(answering_keys(category)),
               col(RecommendationTrack.cluster_key) == key,
               col(Recommendation.status) == "draft", ~col(Recommendation.deleted), ~col(RecommendationTrack.deleted))
        .order_by(col(Recommendation.created_at))).first()


def cluster_draft_id(ctx: Workspace, scope: str, category: str, key: str) -> str | None:
    """The ID of the cluster's live draft (one per cluster), or None."""
    with ctx.db.read() as session:
        row = _live_cluster_draft(session, scope, category, key)
        return row.id if row is not None else None


def _short_name(name: str, kind: str) -> str:
    """A person as 王某某 in a letter that leaves the court; an organisation by its name."""
    if kind in (PartyKind.ORGANIZATION.value, PartyKind.AGENCY.value):
        return name
    return name[:1] + "某" * max(1, min(2, len(name) - 1)) if name else ""


@dataclass(frozen=True)
class ClusterDraft:
    """The texts a cluster's draft starts from: the situation, typical cases, recurring respondents, analysis."""

    title: str
    problems: str
    suggestions: str
    typical: tuple[str, ...]
    respondents: tuple[tuple[str, int], ...]


def cluster_draft_text(ctx: Workspace, scope: str, category: str, key: str) -> ClusterDraft:
    """Build the draft from the cluster's own cases: the period in Chinese dates, up to three typical cases
    (the latest first, people shown as 王某某), the respondents met in two cases or more, and a first analysis."""
    found = [c for c in similar_clusters(ctx, scopes=(scope,)) if c.category == category and c.key == key]
    if not found:
        raise NotFoundError(f"「{key}」的{cluster_label(category)}未达到类案预警标准，不能按类案起草")
    cluster = found[0]
    ids = cluster_case_ids(ctx, scope, category, key)
    with ctx.db.read() as session:
        disputes = {d.id: d for d in session.scalars(select(Dispute).where(col(Dispute.id).in_(ids)))}
        links = session.execute(
            select(col(CaseParty.dispute_id), col(CaseParty.role), col(Party.name), col(Party.kind))
            .join(Party, col(Party.id) == col(CaseParty.party_id))
            .where(col(CaseParty.dispute_id).in_(ids), ~col(CaseParty.deleted),
                   col(CaseParty.role).in_((PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value)))
            .order_by(col(CaseParty.position))).all()
    sides: dict[str, dict[str, list[str]]] = {}
    respondent_cases: dict[str, set[str]] = {}
    respondent_name: dict[str, str] = {}
    for dispute_id, role, name, kind in links:
        shown = _short_name(str(name), str(kind))
        sides.setdefault(str(dispute_id), {}).setdefault(str(role), []).append(shown)
        if role == PartyRole.RESPONDENT.value and kind != PartyKind.PERSON.value:
            key_ = person_key(str(name))  # one organ however its name was typed
            respondent_cases.setdefault(key_, set()).add(str(dispute_id))
            respondent_name.setdefault(key_, shown)
    recurring = sorted(((respondent_name[k], len(v)) for k, v in respondent_cases.items() if len(v) >= 2),
                       key=lambda x: (-x[1], x[0]))
    typical: list[str] = []
    for n, dispute_id in enumerate(ids[:3], start=1):
        d = disputes[dispute_id]
        parts = sides.get(dispute_id, {})
        who = "与".join(x for x in ("、".join(parts.get(PartyRole.APPLICANT.value, [])),
                                     "、".join(parts.get(PartyRole.RESPONDENT.value, []))) if x)
        what = (d.claims or d.summary).strip().replace("\n", "；")
        what = what[:80] + ("……" if len(what) > 80 else "")
        typical.append(f"{ordinal(n)}、{d.official_number or d.provisional_number}（{cn_date(d.registered_on)}登记）：{who}"
                       + (f"，{what}" if what else "") + "。")
    where = f"涉{cluster.key}" if scope == "agency" else cluster.key
    lines = [f"{cn_date(cluster.first_on)}至{cn_date(cluster.last_on)}，{where}共发生{cluster.category_label}"
             f"{cluster.count}件，达到类案预警标准（{cluster.threshold}件）。典型案例如下：", *typical]
    if recurring:
        lines.append("其中，" + "、".join(f"{name}涉及{n}件" for name, n in recurring) + "，同一被申请人反复涉诉。")
    lines.append("经分析，此类纠纷集中发生，反映出相关领域在合同签订、履行监管和矛盾排查方面存在共性问题"
                 "（请结合案件核实、补充成因）。")
    suggestions = "\n".join((
        "一、开展专项排查，对同类合同和审批程序进行全面梳理，规范相关行为。",
        "二、加强政策宣传和法律指导，引导群众依法表达诉求。",
        "三、建立纠纷预警和多元化解机制，与人民法院加强信息共享和诉调对接。"))
    return ClusterDraft(title=f"预防和化解{cluster.key}{cluster.category_label}", problems="\n".join(lines),
                        suggestions=suggestions, typical=tuple(typical), respondents=tuple(recurring))


def draft_from_cluster(ctx: Workspace, scope: str, category: str, key: str, recipient: str, *,
                       problems: str = "", suggestions: str = "", copy_to: str = "",
                       reply_months: int = 2) -> RecommendationView:
    """Draft a 司法建议书 from a similar-case cluster, filed under its latest case and tracked.

    One live draft per cluster: while the cluster's draft is neither signed nor abandoned, asking again hands
    that draft back (``reopened``) instead of starting a second one.
    """
    with ctx.db.read() as session:
        live = _live_cluster_draft(session, scope, category, key)
        if live is not None:
            return replace(_rec_view(session, live), reopened=True)
    built = cluster_draft_text(ctx, scope, category, key)
    ids = cluster_case_ids(ctx, scope, category, key)
    found = [c for c in similar_clusters(ctx, scopes=(scope,)) if c.category == category and c.key == key]
    view = draft_recommendation(ctx, ids[0], recipient, problems or built.problems,
                                suggestions or built.suggestions, copy_to=copy_to, reply_months=reply_months,
                                title=built.title)
    with ctx.db.write(ctx.actor, "司法建议书来源：类案") as session:
        track = _track(session, view.id)
        track.origin, track.cluster_scope, track.cluster_category = "cluster", scope, category
        track.cluster_key, track.cluster_count = key, found[0].count if found else len(ids)
        session.flush()
        return _rec_view(session, session.get(Recommendation, view.id) or _find(session, view.id))


def record_reply(ctx: Workspace, ref: str, reply_on: date, text: str, adoption: str) -> RecommendationRow:
    """登记反馈: date, content and 采纳情况 (采纳 / 部分采纳 / 未采纳)."""
    not_after_today(ctx, reply_on, "反馈日期")
    body, err = check_text(text, "反馈内容", required=True, limit=20000)
    if err:
        raise err
    try:
        adopted = Adoption.parse(adoption).value
    except KeyError:
        raise ValidationError("采纳情况", f"应为 {'、'.join(Adoption.labels())} 之一") from None
    with ctx.db.write(ctx.actor, "登记司法建议书反馈") as session:
        row = _find(session, ref)
        if row.sent_on is None:
            raise ValidationError("反馈日期", "尚未登记送达；先登记送达日期")
        if reply_on < row.sent_on:
            raise ValidationError("反馈日期", f"早于送达日期 {row.sent_on.isoformat()}")
        row.reply_on, row.reply_text, row.adoption, row.status = reply_on, body, adopted, "replied"
        session.flush()
        return _row(ctx, session, row)


def record_follow_up(ctx: Workspace, ref: str, result: str, on: date | None = None) -> RecommendationRow:
    """跟踪落实: what the recipient actually did, checked by the court. Each note is kept with its date (the log);
    the ledger shows the latest."""
    text, err = check_text(result, "落实情况", required=True, limit=1000)
    if err:
        raise err
    day = on or ctx.today()
    not_after_today(ctx, day, "跟踪日期")
    with ctx.db.write(ctx.actor, "司法建议书跟踪落实") as session:
        row = _find(session, ref)
        if row.status == "draft":
            raise ValidationError("落实情况", "尚未签发：草稿没有可跟踪的落实情况", code="not_issued")
        track = _track(session, row.id)
        track.follow_up, track.followed_on = text, day
        track.follow_log = "\n".join(x for x in (track.follow_log, f"{day.isoformat()}　{text}") if x)
        session.flush()
        return _row(ctx, session, row)


def follow_up_log(ctx: Workspace, ref: str) -> list[tuple[date, str]]:
    """Every 跟踪落实 note of a recommendation, oldest first."""
    with ctx.db.read() as session:
        row = _find(session, ref)
        track = session.scalars(select(RecommendationTrack)
                                .where(col(RecommendationTrack.recommendation_id) == row.id)).first()
        log = track.follow_log if track is not None else ""
    out = []
    for line in log.splitlines():
        day, _sep, text = line.partition("　")
        try:
            out.append((date.fromisoformat(day), text))
        except ValueError:
            continue
    return out


def mark_excellent(ctx: Workspace, ref: str, excellent: bool = True) -> RecommendationRow:
    """The 优秀司法建议 mark."""
    with ctx.db.write(ctx.actor, "标记优秀司法建议" if excellent else "取消优秀司法建议标记") as session:
        row = _find(session, ref)
        if row.status == "draft":
            raise ValidationError("优秀司法建议", "尚未签发：草稿不能评为优秀", code="not_issued")
        row.excellent = excellent
        session.flush()
        return _row(ctx, session, row)


def _row(ctx: Workspace, session: Session, row: Recommendation, track: RecommendationTrack | None = None,
         court: str | None = None, case_number: str | None = None) -> RecommendationRow:
    if track is None:
        track = session.scalars(select(RecommendationTrack)
                                .where(col(RecommendationTrack.recommendation_id) == row.id)).first()
    if court is None:
        court_row = session.get(Court, row.court_id)
        court = court_row.name if court_row else ""
    if case_number is None:
        dispute = session.get(Dispute, row.dispute_id) if row.dispute_id else None
        case_number = (dispute.official_number or dispute.provisional_number) if dispute else ""
    if track is not None and track.origin == "cluster":
        origin = "类案"
        source = f"{SCOPE_LABELS.get(track.cluster_scope, '')}：{track.cluster_key} {track.cluster_count} 件"
    elif track is not None and track.origin == "judgment":
        origin, source = "行政判决", track.judgment_number
    else:
        origin, source = "个案", case_number
    today = ctx.today()
    return RecommendationRow(
        id=row.id, number=row.number or DRAFT_NUMBER, court=court, subject=row.title, recipient=row.recipient, origin=origin,
        source=source, status=STATUS_LABELS.get(row.status, row.status), sent_on=row.sent_on, reply_due=row.reply_due,
        reply_on=row.reply_on,
        replied_in_time=None if row.reply_on is None or row.reply_due is None else row.reply_on <= row.reply_due,
        adoption=label_of(Adoption, row.adoption) if row.adoption else "",
        follow_up=track.follow_up if track is not None else "", excellent=row.excellent,
        overdue=row.reply_on is None and row.reply_due is not None and row.reply_due < today,
        status_code=row.status, signed_on=row.signed_on, served_to=track.served_to if track is not None else "",
        reply_text=row.reply_text,
    )


def recommendation_ledger(ctx: Workspace, start: date | None = None, end: date | None = None,
                          court_id: str | None = None) -> list[RecommendationRow]:
    """Every recommendation (issued in [start, end] by creation date), in number order."""
    with ctx.db.read() as session:
        query = select(Recommendation).where(~col(Recommendation.deleted))
        if court_id:
            query = query.where(col(Recommendation.court_id) == court_id)
        rows = list(session.scalars(query.order_by(col(Recommendation.created_at), col(Recommendation.id))))
        out = []
        for row in rows:
            day = row.sent_on or row.created_at.date()
            if (start is None or day >= start) and (end is None or day <= end):
                out.append(_row(ctx, session, row))
        return out
