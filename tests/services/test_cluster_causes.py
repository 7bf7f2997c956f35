"""类案预警 by 案由: hand-made cases through the intake service, the 9/10 boundary at the configured 案由 level,
administrative cases by 行政行为 type, the fallback to the old category, and the 司法建议 that answers a cluster."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import TODAY, person
from pypdf import PdfReader
from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.intake import IntakeResult, PartyInput
from fuyuan_desktop.services.linkage.clusters import FALLBACK_NOTE, cluster_case_ids, cluster_key_of, similar_clusters
from fuyuan_desktop.services.linkage.followup import cluster_draft_id, draft_from_cluster
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.recommendations import issue_recommendation, print_recommendation
from fuyuan_desktop.services.reference import set_setting
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import RecommendationTrack
from fuyuan_desktop.store.models import Dispute

LEVEL = "linkage.cluster.cause_level"
RENT = "civil_2020:4.10.135.5"  # 土地经营权出租合同纠纷, under 135. 土地承包经营权合同纠纷 (level 3)
TRANSFER = "civil_2020:4.10.135.1"  # 土地承包经营权转让合同纠纷, the same parent
LAND_CONTRACT = "civil_2020:4.10.135"
Register = Callable[..., IntakeResult]


def _cases(register: Register, n: int, *, cause: str = "", category: str = "", seq: int = 0,
           place: str = "伯都乡", respondent: PartyInput | None = None) -> list[IntakeResult]:
    out = []
    for i in range(n):
        other = respondent or person(f"承包方{seq + i}", "被申请人", seq=500 + seq + i)
        out.append(register(person(f"农户{seq + i}", seq=100 + seq + i), other, cause=cause, category=category,
                            summary="土地流转费拖欠", place=place, registered_on=TODAY - timedelta(days=300 - 25 * i)))
    return out


def _clusters(ctx: Workspace) -> list[tuple[str, str, str, int]]:
    return [(c.scope, c.category, c.key, c.count) for c in similar_clusters(ctx)]


def test_nine_cases_of_one_third_level_cause_do_not_warn_ten_do_named_by_the_cause(
        ctx: Workspace, register: Register) -> None:
    _cases(register, 5, cause=RENT)
    _cases(register, 4, cause=TRANSFER, seq=10)  # another fourth-level 案由 under the same third-level one
    _cases(register, 5, cause="civil_2020:4.10.84", seq=20)  # 买卖合同纠纷: another third-level 案由
    assert _clusters(ctx) == []
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]

    _cases(register, 1, cause=TRANSFER, seq=30)
    assert _clusters(ctx) == [("township", LAND_CONTRACT, "伯都乡", 10)]
    [cluster] = similar_clusters(ctx)
    assert cluster.category_label == "土地承包经营权合同纠纷" and not cluster.by_legacy_category
    assert cluster.text.startswith("伯都乡近12个月发生土地承包经营权合同纠纷10件（")
    [warning] = [w for w in linkage_warnings(ctx) if w.kind == "cluster"]
    assert warning.ref["category"] == LAND_CONTRACT and warning.ref["legacy"] == ""
    assert FALLBACK_NOTE not in warning.text
    assert len(cluster_case_ids(ctx, "township", LAND_CONTRACT, "伯都乡")) == 10


def test_the_level_is_a_setting_fourth_splits_the_group_second_merges_it(ctx: Workspace, register: Register) -> None:
    _cases(register, 6, cause=RENT)
    _cases(register, 4, cause=TRANSFER, seq=10)
    _cases(register, 3, cause="civil_2020:4.10.84", seq=20)  # 买卖合同纠纷
    assert _clusters(ctx) == [("township", LAND_CONTRACT, "伯都乡", 10)]  # default: the third level

    set_setting(ctx, LEVEL, "4")  # 6 + 4 under two fourth-level 案由: neither reaches 10
    assert _clusters(ctx) == []
    set_setting(ctx, "linkage.cluster.min_cases", "6")
    assert _clusters(ctx) == [("township", RENT, "伯都乡", 6)]
    assert similar_clusters(ctx)[0].text.startswith("伯都乡近12个月发生土地经营权出租合同纠纷6件")

    set_setting(ctx, "linkage.cluster.min_cases", "13")
    set_setting(ctx, LEVEL, "2")  # 合同纠纷: the land contracts and the sales contracts together
    assert _clusters(ctx) == [("township", "civil_2020:4.10", "伯都乡", 13)]
    assert similar_clusters(ctx)[0].category_label == "合同纠纷"

    with pytest.raises(ValidationError, match="1–4级"):
        set_setting(ctx, LEVEL, "5")


def test_administrative_cases_group_by_the_act_type_whatever_the_level(ctx: Workspace, register: Register) -> None:
    organ = PartyInput(role="被申请人", kind="agency", name="宁江区市场监督管理局", representative="王局长",
                       representative_title="局长")
    _cases(register, 9, cause="行政处罚", respondent=organ, place="伯都乡")
    assert [c for c in similar_clusters(ctx) if c.scope == "agency"] == []
    _cases(register, 1, cause="administrative_2020:1.1", respondent=organ, seq=40, place="伯都乡")
    for level in ("1", "4"):
        set_setting(ctx, LEVEL, level)
        found = {(c.scope, c.category, c.key, c.count) for c in similar_clusters(ctx)}
        assert found == {("agency", "administrative_2020:1.1", "宁江区市场监督管理局", 10),
                         ("township", "administrative_2020:1.1", "伯都乡", 10)}, level
    agency = next(c for c in similar_clusters(ctx) if c.scope == "agency")
    assert agency.text.startswith("涉宁江区市场监督管理局近12个月发生行政处罚10件")


def test_cases_marked_for_review_or_without_a_cause_fall_back_to_the_old_category(
        ctx: Workspace, register: Register) -> None:
    # The old category 土地承包经营权流转纠纷 maps to several 案由: the case gets the default, marked for review.
    reviewed = _cases(register, 8, category="土地承包经营权流转纠纷")
    _cases(register, 1, cause=RENT, seq=20)  # a case with its 案由 confirmed groups by it, not with these
    with ctx.db.write(ctx.actor, "迁移的旧案：案由缺失") as session:
        dispute = session.scalars(select(Dispute).where(col(Dispute.id) == reviewed[0].id)).one()
        assert dispute.cause_review == "land_transfer" and dispute.cause == RENT
        dispute.cause, dispute.cause_review = "", ""
    assert _clusters(ctx) == []

    _cases(register, 1, category="土地承包经营权流转纠纷", seq=30)
    assert _clusters(ctx) == []  # 9 by the old category, 1 by its 案由
    _cases(register, 1, category="土地承包经营权流转纠纷", seq=40)
    assert _clusters(ctx) == [("township", "land_transfer", "伯都乡", 10)]
    [cluster] = similar_clusters(ctx)
    assert cluster.by_legacy_category and cluster.table_label == "土地承包经营权流转纠纷（原纠纷类型）"
    assert cluster.text.startswith("伯都乡近12个月发生土地承包经营权流转纠纷10件")
    [warning] = [w for w in linkage_warnings(ctx) if w.kind == "cluster"]
    assert FALLBACK_NOTE in warning.text and warning.ref["legacy"] == "1"
    assert len(cluster_case_ids(ctx, "township", "land_transfer", "伯都乡")) == 10


def test_a_signed_recommendation_answers_its_cause_cluster_and_one_drafted_under_the_old_category_too(
        ctx: Workspace, register: Register) -> None:
    _cases(register, 10, cause=RENT)
    assert cluster_key_of("土地承包经营权合同纠纷") == cluster_key_of("4.10.135") == LAND_CONTRACT
    assert cluster_key_of("land_transfer") == "land_transfer"
    assert cluster_key_of("土地经营权出租合同纠纷", 3) == LAND_CONTRACT and cluster_key_of("土地经营权出租合同纠纷") == RENT
    assert cluster_key_of("行政处罚", 4) == "administrative_2020:1.1"
    with pytest.raises(ValidationError, match="类案案由"):
        cluster_key_of("不存在的纠纷")
    draft = draft_from_cluster(ctx, "township", LAND_CONTRACT, "伯都乡", "宁江区伯都乡人民政府")
    assert "土地承包经营权合同纠纷" in draft.subject
    assert cluster_draft_id(ctx, "township", LAND_CONTRACT, "伯都乡") == draft.id
    assert [w.ref["drafted"] for w in linkage_warnings(ctx) if w.kind == "cluster"] == ["1"]

    # A draft made before clusters went by 案由 carries the old category: it is still this cluster's draft …
    with ctx.db.write(ctx.actor, "旧的类案草稿") as session:
        track = session.scalars(select(RecommendationTrack)
                                .where(col(RecommendationTrack.recommendation_id) == draft.id)).one()
        assert track.cluster_category == LAND_CONTRACT
        track.cluster_category = "land_transfer"
    assert draft_from_cluster(ctx, "township", LAND_CONTRACT, "伯都乡", "另一单位").reopened
    assert [w.ref["drafted"] for w in linkage_warnings(ctx) if w.kind == "cluster"] == ["1"]
    # … and once signed it answers the warning.
    issue_recommendation(ctx, draft.id, TODAY - timedelta(days=5))
    assert not [w for w in linkage_warnings(ctx) if w.kind == "cluster"]


def test_the_letter_from_a_cause_cluster_names_the_cause(ctx: Workspace, register: Register, tmp_path: Path) -> None:
    cases = _cases(register, 10, cause=RENT)
    draft_from_cluster(ctx, "township", LAND_CONTRACT, "伯都乡", "宁江区伯都乡人民政府")
    print_recommendation(ctx, cases[-1].number, out=tmp_path / "rec.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "rec.pdf").pages).replace("\n", "")
    assert "伯都乡10件土地承包经营权合同纠纷类案" in text
