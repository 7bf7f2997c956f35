"""Demo 府院联动 data, made from the demo disputes just loaded: the centre's ledger, hearings, training, villages…

Called inside the demo's bulk intake (``generate_demo``), so what the ledgers lack (``services.linkage.ledger_gaps``)
includes the disputes just written, and its rows go through the same intake: all of the demo or none of it.
Deterministic for a seed. Only rows that do not exist yet are made, so a second demo run adds to the first.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import uuid6

from fuyuan_desktop.domain.cause_refs import cause_ref, cause_ref_at_level
from fuyuan_desktop.domain.causes import legacy_mappings
from fuyuan_desktop.domain.settings import DEFINITIONS
from fuyuan_desktop.services.bulk_intake import BulkIntake
from fuyuan_desktop.services.linkage import ledger_gaps
from fuyuan_desktop.services.linkage.ledger_gaps import AdminCaseGap

Row = dict[str, Any]
Batches = Iterator[tuple[str, list[Row]]]
SUCCESS = ("agreement", "settled_withdrawn", "agency_corrected")
FIELDS = {"admin_expropriation": "征收补偿", "admin_penalty": "公安", "admin_licensing": "市场监管",
          "admin_inaction": "人社", "admin_info_disclosure": "信息公开", "admin_agreement": "自然资源",
          "admin_other": "其他"}
ACTS = {"admin_expropriation": "征收征用", "admin_penalty": "处罚", "admin_licensing": "许可",
        "admin_inaction": "不履行法定职责", "admin_info_disclosure": "其他", "admin_agreement": "行政协议",
        "admin_other": "其他"}
OBSERVERS = ("宁江区自然资源局", "宁江区人力资源和社会保障局", "松原市生态环境局", "前郭县人民政府办公室", "宁江区司法局",
             "扶余市住房和城乡建设局", "长岭县市场监督管理局", "乾安县农业农村局", "松原市公安局交通警察支队")
PROJECTS = (("松原市中心城区棚户区改造项目", "松原市城市建设投资集团有限公司", "", "high", 5),
            ("查干湖旅游度假区综合开发项目", "前郭县文化旅游投资有限公司", "", "medium", 4),
            ("松原石化园区危化品仓储物流项目", "吉林松原石化物流有限公司", "松原石油化学工业循环经济园区", "low", 3))


def _level(agency: str) -> str:
    if "管委会" in agency or "管理委员会" in agency:
        return "开发区管委会"
    if agency.endswith("人民政府") and ("乡" in agency[-6:] or "镇" in agency[-6:] or "街道" in agency):
        return "乡镇/街道"
    if agency.endswith("人民政府"):
        return "市级" if agency.startswith("松原市人民政府") else "县级政府"
    return "市级" if agency.startswith("松原市") else "县级部门"


_OFFICIAL_SURNAMES = "王李张刘陈杨赵黄周吴孙马朱胡郭何高林罗郑"
_OFFICIAL_GIVEN = ("建国", "志强", "海燕", "立新", "国庆", "玉梅", "春雷", "红梅", "卫东", "丽华", "振华", "淑芬", "永刚",
                   "晓东", "秀英", "宏伟")


def _official(case_number: str) -> str:
    """The name of the official who appeared for the agency: a name, never a title such as 副局长. Drawn from the
    case number, not the demo's random stream, so every other row the demo writes stays as it was."""
    import hashlib

    pick = int.from_bytes(hashlib.sha256(case_number.encode("utf-8")).digest()[:4], "big")
    return _OFFICIAL_SURNAMES[pick % len(_OFFICIAL_SURNAMES)] + _OFFICIAL_GIVEN[(pick // 97) % len(_OFFICIAL_GIVEN)]


def _id() -> str:
    return uuid6.uuid7().hex


def linkage_rows(intake: BulkIntake, *, seed: int, today: date, prefixes: dict[str, str],
                 reply_due: Callable[[date], date], villages: Sequence[tuple[str, str, str, str]] = (),
                 home_court: str | None = None) -> Batches:
    """The demo's linkage rows as (table name, rows) batches, parents first.

    ``villages`` are the registry villages and communities the demo serves: (place id, name, township, tribunal id);
    the 无讼村屯 list is drawn from those not on it yet. ``home_court``: the id of the court whose ledgers (meetings, training,
    relief…) these are; 宁江区人民法院 without it.
    """
    rng = random.Random(seed * 7919 + 6)
    admin = ledger_gaps.admin_cases_without_entry(intake)
    admin_rows: list[Row] = []
    hearing_rows: list[Row] = []
    courts = ledger_gaps.court_ids(intake)
    numbers: dict[tuple[str, int], int] = {}
    for dispute_id, category, outcome, registered, closed, court_id, act_date, agency, head in admin:
        if not agency:
            continue
        triage = "mediate" if rng.random() < 0.85 else rng.choice(("major", "reconsideration", "docket"))
        resolved = outcome in SUCCESS
        later = ""
        if outcome and not resolved and closed is not None and rng.random() < 0.6:
            year = closed.year
            code = next((c for c, i in courts.items() if i == court_id), "吉0702")
            numbers[(code, year)] = numbers.get((code, year), 0) + 1
            later = f"（{year}）{code}行初{numbers[(code, year)]}号"
            hearing_on = closed + timedelta(days=rng.randint(40, 90))
            if hearing_on <= today + timedelta(days=20):
                chief = rng.random() < 0.55
                held = hearing_on <= today
                hearing_rows.append({
                    "id": _id(), "court_id": court_id, "dispute_id": dispute_id, "case_number": later,
                    "agency": agency, "agency_level": _level(agency), "county_code": "",
                    "instance": "first", "mandatory": category == "admin_expropriation", "hearing_on": hearing_on,
                    "notice_served_on": hearing_on - timedelta(days=rng.randint(5, 15)), "identity_submitted": held,
                    "appearance": ("chief" if chief else rng.choice(("deputy", "in_charge"))) if held else "",
                    "appearer": ((head or _official(later)) if chief else _official(later)) if held else "",
                    "appearer_post": ("负责人" if chief else "副职负责人") if held else "",
                    "absence_reason": "", "absence_proof": False, "left_early": False, "refused_to_explain": False,
                    "spoke_on_resolution": held, "recommendation_id": None, "note": "",
                })
        admin_rows.append({
            "dispute_id": dispute_id, "agency": agency, "agency_level": _level(agency), "agency_head": head or "",
            "field": FIELDS.get(category, "其他"), "act_type": ACTS.get(category, "其他"), "procedure_state": "not_filed",
            "intake_source": rng.choice(("walk_in", "walk_in", "court_referral", "petition")),
            "knew_on": act_date + timedelta(days=rng.randint(0, 20)) if act_date else None,
            "reconsideration_decision_on": None, "real_property": category == "admin_expropriation",
            "informed_of_right": True,
            "content_type": "indemnity" if category in ("admin_expropriation", "admin_agreement") else "compensation",
            "group_case": rng.random() < 0.1, "people_count": rng.choice((1, 1, 1, 2, 3, 12)),
            "triage": triage, "triage_reason": "属行政补偿、赔偿或裁量事项，双方同意协调" if triage == "mediate"
            else "涉及人数较多，报请重大案件协调" if triage == "major" else "当事人选择其他途径",
            "triaged_on": registered + timedelta(days=rng.randint(1, 3)),
            "head_participated": rng.random() < 0.8,
            "amount_paid_fen": rng.randint(2, 60) * 500000 if resolved and rng.random() < 0.6 else None,
            "later_case_number": later,
        })
    hearing_rows += _lawsuit_hearings(rng, admin, courts, today, numbers)
    yield "admincase", admin_rows
    yield "hearing", hearing_rows

    ningjiang = home_court or courts.get("吉0702")
    if ningjiang is None or ledger_gaps.has_rows(intake, "trainingevent"):
        return  # the programme rows are made once per store
    yield "trainingevent", [{
        "court_id": ningjiang, "held_on": today - timedelta(days=30 + 41 * i),
        "case_number": r["case_number"] if (r := (hearing_rows[i] if i < len(hearing_rows) else None)) else "",
        "cause": "行政协议纠纷" if i % 2 else "房屋征收补偿纠纷",
        "agency": r["agency"] if r else "宁江区人民政府", "head_appeared": True,
        "observer_orgs": "、".join(rng.sample(OBSERVERS, 3)), "attendees": rng.randint(12, 22),
        "deputies": rng.randint(2, 5), "lecturer": "行政审判庭庭长",
        "discussion": "法官结合庭审讲解行政协议的订立和履行，人大代表就依法行政提出意见。",
        "feedback": "观摩单位表示将对照庭审暴露的问题开展自查。",
    } for i in range(8)]

    open_villages = ledger_gaps.places_without_village_entry(intake, villages)
    chosen = rng.sample(open_villages, min(len(open_villages), 80))
    village_rows: list[Row] = []
    year_rows: list[Row] = []
    for i, (place_id, name, township, tribunal_id) in enumerate(chosen):
        status = "achieved" if i < 66 else "revoked" if i == 66 else "creating"
        start = today.year - 2 if status != "creating" else today.year - 1
        population = rng.randint(900, 4200)
        vid = _id()
        village_rows.append({
            "id": vid, "place_id": place_id, "name": name, "township": township, "tribunal_id": tribunal_id,
            "population": population, "households": population // 3, "grid_workers": rng.randint(2, 8),
            "mediators": rng.randint(2, 6), "assessors": rng.randint(0, 2), "status": status, "cycle_start": start,
            "achieved_on": date(start + 1, 12, rng.randint(1, 28)) if status == "achieved" else None,
            "revoked_on": date(today.year, 3, 1) if status == "revoked" else None, "evaluator": "", "note": "",
        })
        year_rows.append({"village_id": vid, "year": today.year, "lawsuits": rng.choice((0, 0, 0, 1, 1, 2)),
                          "petitions": rng.choice((0, 0, 1)), "group_incidents": 0,
                          "education_events": rng.randint(2, 8)})
    yield "village", village_rows
    yield "villageyear", year_rows

    yield "riskproject", [{
        "court_id": ningjiang, "name": name, "unit": unit, "park": park, "investment_fen": rng.randint(5, 60) * 10**10,
        "people": rng.randint(80, 1500), "risk_level": level, "cases_studied": cases,
        "risk_points": "征地拆迁补偿标准、农民工工资支付、施工扰民", "court_opinion": "建议完善补偿安置方案的公示和听证程序，"
        "设立农民工工资专用账户，预防群体性纠纷。", "measures": "诉前调解工作站进驻项目现场",
        "assessed_on": today - timedelta(days=60 + 50 * i), "recommendation_id": None,
    } for i, (name, unit, park, level, cases) in enumerate(PROJECTS)]

    meeting_id = _id()
    yield "jointmeeting", [{
        "id": meeting_id, "court_id": ningjiang, "held_on": today - timedelta(days=45),
        "title": "宁江区府院联动联席会议（第三次）",
        "participants": "宁江区人民政府、宁江区人民法院、宁江区司法局、宁江区自然资源局、伯都乡人民政府",
        "topics": "伯都乡土地流转纠纷集中化解；行政机关负责人出庭应诉情况通报",
        "decisions": "由伯都乡牵头清理土地流转合同，法院派员参与集中调解。",
    }]
    yield "meetingitem", [
        {"meeting_id": meeting_id, "text": "清理伯都乡土地流转合同并建立台账", "owner": "伯都乡人民政府",
         "due_on": today - timedelta(days=5), "done_on": None, "result": ""},
        {"meeting_id": meeting_id, "text": "法院派员参与土地流转纠纷集中调解", "owner": "宁江区人民法院伯都人民法庭",
         "due_on": today - timedelta(days=20), "done_on": today - timedelta(days=22), "result": "已组织集中调解两次"},
        {"meeting_id": meeting_id, "text": "通报本年度负责人出庭应诉情况", "owner": "宁江区司法局",
         "due_on": today + timedelta(days=5), "done_on": None, "result": ""},
    ]

    yield from _relief(rng, ningjiang, today)
    yield from _recommendations(intake, rng, courts, today, prefixes, reply_due)
    sme = ledger_gaps.enterprise_disputes_not_flagged(intake)
    seen: set[str] = set()
    sme_rows: list[Row] = []
    for dispute_id, name, registered in sme:
        if dispute_id not in seen and rng.random() < 0.5:
            seen.add(dispute_id)
            sme_rows.append({"dispute_id": dispute_id, "enterprise": name, "flagged_on": registered,
                             "note": "涉企纠纷快立快调"})
    yield "smecase", sme_rows
    yield from _outreach(random.Random(seed * 7919 + 17), ningjiang, today,
                         f"{ledger_gaps.own_device(intake)}:{seed}:{today.isoformat()}")


JOINT_TRAININGS = (  # 同堂培训: topic, place, lecturers, participating agencies (单位, 人数, 其中负责人)
    ("行政诉讼证据规则与行政执法程序", "宁江区人民法院审委会会议室", "行政审判庭庭长、宁江区司法局执法监督科科长",
     (("宁江区司法局", 12, 2), ("宁江区自然资源局", 8, 1), ("宁江区住房和城乡建设局", 6, 1))),
    ("房屋征收补偿行政协议的订立与履行", "宁江区人民政府第二会议室", "行政审判庭审判长",
     (("宁江区人民政府办公室", 5, 1), ("宁江区房屋征收经办中心", 10, 2), ("伯都乡人民政府", 4, 1))),
    ("政府信息公开案件常见问题", "宁江区人民法院第三审判庭", "行政审判庭法官",
     (("宁江区人力资源和社会保障局", 7, 1), ("宁江区市场监督管理局", 9, 0))),
)
ORAL = (  # 口头建议: agency, occasion, content, adoption ("" while unanswered)
    ("宁江区自然资源局", "hearing", "征收补偿决定送达前应书面告知被征收人复议、诉讼权利和期限。", "adopted"),
    ("伯都乡人民政府", "meeting", "土地流转合同应统一使用示范文本并建立备案台账，减少同类纠纷。", "partly"),
    ("宁江区人力资源和社会保障局", "visit", "工伤认定决定书应写明认定所依据的事实和证据。", "adopted"),
    ("宁江区市场监督管理局", "hearing", "行政处罚听证告知书应载明听证申请期限的起算日。", ""),
)


def _outreach(rng: random.Random, court_id: str, today: date, salt: str) -> Batches:
    """A few 同堂培训 events and 口头建议 of the home court (the demo's own; a real store never gets them).

    Their ids are drawn from this device, seed and day rather than the id sequence, so the rows the demo made before
    these ledgers existed keep their ids (tests/demo/golden)."""

    def key(table: str, i: int) -> str:
        return hashlib.sha256(f"{salt}:{table}:{i}".encode()).hexdigest()[:32]

    trainings = []
    for i, (topic, place, lecturers, agencies) in enumerate(JOINT_TRAININGS):
        trainings.append({
            "id": key("jointtraining", i), "court_id": court_id, "tribunal_id": None, "held_on": today - timedelta(days=25 + 95 * i), "place": place,
            "topic": topic, "lecturers": lecturers,
            "agencies": json.dumps([{"agency": a, "people": n, "heads": h} for a, n, h in agencies], ensure_ascii=False),
            "attendees": sum(n for _a, n, _h in agencies), "heads": sum(h for _a, _n, h in agencies),
            "materials": "授课讲义\n典型案例汇编", "note": "",
        })
    yield "jointtraining", trainings
    orals = []
    for i, (agency, occasion, content, adoption) in enumerate(ORAL):
        given = today - timedelta(days=15 + 60 * i + rng.randint(0, 10))
        orals.append({
            "id": key("oralrecommendation", i), "court_id": court_id, "given_on": given, "agency": agency, "judge": "行政审判庭审判长",
            "occasion": occasion, "case_number": "", "dispute_id": None, "content": content,
            "response": "已研究并整改，完善了相关文书格式。" if adoption else "",
            "responded_on": min(today, given + timedelta(days=rng.randint(10, 30))) if adoption else None,
            "adoption": adoption,
        })
    yield "oralrecommendation", orals


def _lawsuit_hearings(rng: random.Random, admin: list[AdminCaseGap], courts: dict[str, str], today: date,
                      numbers: dict[tuple[str, int], int]) -> list[Row]:
    """Administrative lawsuits heard in the last year (cases that never came to the centre): a head appears in each."""
    agencies = sorted({(str(a[7]), str(a[8] or ""), str(a[5])) for a in admin if a[7]})
    out: list[Row] = []
    for i in range(max(12, len(admin) // 3) if agencies else 0):
        agency, head, court_id = agencies[rng.randrange(len(agencies))]
        code = next((c for c, cid in courts.items() if cid == court_id), "吉0702")
        hearing_on = today - timedelta(days=rng.randint(-20, 330))
        numbers[(code, hearing_on.year)] = numbers.get((code, hearing_on.year), 0) + 1
        held = hearing_on <= today
        chief = rng.random() < 0.6
        out.append({
            "id": _id(), "court_id": court_id, "dispute_id": None,
            "case_number": f"（{hearing_on.year}）{code}行初{numbers[(code, hearing_on.year)]}号", "agency": agency,
            "agency_level": _level(agency), "county_code": "", "instance": "second" if i % 9 == 8 else "first",
            "mandatory": rng.random() < 0.3, "hearing_on": hearing_on,
            "notice_served_on": hearing_on - timedelta(days=rng.randint(4, 15)), "identity_submitted": held,
            "appearance": ("chief" if chief else rng.choice(("deputy", "in_charge"))) if held else "",
            "appearer": ((head or _official(f"{code}{hearing_on}{i}")) if chief else _official(f"{code}{hearing_on}{i}"))
            if held else "",
            "appearer_post": ("负责人" if chief else "副职负责人")
            if held else "", "absence_reason": "", "absence_proof": False, "left_early": False,
            "refused_to_explain": False, "spoke_on_resolution": held, "recommendation_id": None, "note": "",
        })
    return out


def _relief(rng: random.Random, court_id: str, today: date) -> Batches:
    cases, fund = [], []
    fund.append({"id": _id(), "court_id": court_id, "entry_on": date(today.year, 1, 15), "direction": "in",
                 "counterpart": "松原市慈善总会捐赠", "amount_fen": 30000000, "relief_id": None, "note": "专项救助基金"})
    for i, (name, amount) in enumerate((("王秀兰", 3000000), ("李德福", 2000000), ("赵春梅", 5000000), ("孙立军", None))):
        rid = _id()
        applied = today - timedelta(days=200 - 40 * i)
        cases.append({"id": rid, "court_id": court_id, "dispute_id": None,
                      "case_number": f"（{applied.year}）吉0702民初{300 + i}号",
                      "relief_number": f"（{applied.year}）吉0702司救民{i + 1}号" if amount else "", "applicant": name,
                      "county_code": "220702", "reason": "因案致贫，生活困难", "applied_on": applied,
                      "status": "paid" if amount else "reviewing", "requested_fen": 5000000,
                      "amount_fen": amount, "decided_on": applied + timedelta(days=25) if amount else None,
                      "paid_on": applied + timedelta(days=35) if amount else None, "review_note": ""})
        if amount and i % 2 == 0:
            fund.append({"id": _id(), "court_id": court_id, "entry_on": applied + timedelta(days=35), "direction": "out",
                         "counterpart": f"{name}（（{applied.year}）吉0702民初{300 + i}号）", "amount_fen": amount,
                         "relief_id": rid, "note": "司法救助金发放"})
    yield "reliefcase", cases
    yield "relieffundentry", fund


RECOMMENDATIONS = (
    ("伯都乡人民政府", "土地承包经营权流转管理", "cluster"),
    ("宁江区自然资源局", "行政执法程序规范", "case"),
    ("宁江区人力资源和社会保障局", "农民工工资支付保障", "case"),
    ("前郭县人民政府", "房屋征收补偿安置", "case"),
    ("松原市市场监督管理局", "行政许可审查", "case"),
    ("长岭县住房和城乡建设局", "物业服务监管", "case"),
    ("扶余市人民政府", "政府信息公开", "case"),
)


def _recommendations(intake: BulkIntake, rng: random.Random, courts: dict[str, str], today: date,
                     prefixes: dict[str, str], reply_due: Callable[[date], date]) -> Batches:
    if ledger_gaps.has_rows(intake, "recommendation"):
        return
    # The 伯都乡 land-transfer cluster as the warning groups it: by the cases' 案由 at the default level.
    cluster_cause = cause_ref_at_level(cause_ref(legacy_mappings()["land_transfer"].default),
                                       DEFINITIONS["linkage.cluster.cause_level"].default)
    latest, cluster_count = ledger_gaps.township_cluster(intake, cluster_cause, "伯都乡", today - timedelta(days=365))
    others = ledger_gaps.latest_admin_disputes(intake, 12)
    recs, tracks = [], []
    seq: dict[str, int] = {}
    for i, (recipient, subject, origin) in enumerate(RECOMMENDATIONS):
        source = latest if origin == "cluster" and latest else others[i % len(others)] if others else None
        if source is None:
            continue
        code = next((c for c, cid in courts.items() if cid == source[1]), "吉0702")
        seq[code] = seq.get(code, 0) + 1
        sent = today - timedelta(days=150 - 18 * i)
        due = reply_due(sent)
        replied = i not in (3, 6)
        rid = _id()
        recs.append({
            "id": rid, "court_id": source[1], "dispute_id": source[0],
            "number": f"{prefixes.get(code, '松')}法建〔{today.year}〕{seq[code]}号", "title": subject,
            "recipient": recipient, "copy_to": "", "background": "", "problems": f"在审判工作中发现{subject}方面存在问题。",
            "suggestions": "一、完善制度；二、加强培训；三、建立定期会商机制。", "reply_months": 2, "attachments_note": "",
            "contact": "", "status": "replied" if replied else "sent", "reviewed_on": sent - timedelta(days=7),
            "signed_on": sent - timedelta(days=3), "sent_on": sent, "reply_due": due,
            "reply_on": sent + timedelta(days=rng.randint(20, 55)) if replied else None,
            "reply_text": "已组织专题研究并落实整改。" if replied else "", "adoption": "adopted" if replied else "",
            "excellent": origin == "cluster",
        })
        tracks.append({"recommendation_id": rid, "origin": origin, "cluster_category": cluster_cause if origin ==
                       "cluster" else "", "cluster_scope": "township" if origin == "cluster" else "",
                       "cluster_key": "伯都乡" if origin == "cluster" else "",
                       "cluster_count": cluster_count if origin == "cluster" else 0,
                       "follow_up": "回访确认已整改" if replied else "", "followed_on": None})
    yield "recommendation", recs
    yield "recommendationtrack", tracks
    intake.raise_counters({f"recommendation:{code}:{today.year}": value for code, value in seq.items()})

