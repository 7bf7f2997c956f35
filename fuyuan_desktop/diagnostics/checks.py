"""The self-check steps that need no Qt: bundled files, a migrated copy of the database, a printed agreement."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from importlib import resources
from pathlib import Path

from fuyuan_desktop.diagnostics.self_check import CheckFailed, CheckRun, Step
from fuyuan_desktop.store.paths import DataPaths

# Bundled files the app cannot run without; each is read through importlib.resources, as the app reads it.
REQUIRED_FILES = {
    "fuyuan_desktop.resources": [
        "fonts/wqy-zenhei.ttf", "fonts/uming.ttf", "fonts/HanaMinB.ttf",
        "fonts/LICENSE-wqy-zenhei.txt", "fonts/LICENSE-arphic-uming.txt", "fonts/LICENSE-hanazono.txt",
        "i18n/fuyuan_en.qm", "icons/fuyuan.png", "reference/courts.json", "reference/fonts.json",
        "templates/agreement_invited.json", "templates/citations.json",
    ],
    "fuyuan_desktop.store": ["migrations/env.py", "migrations/script.py.mako"],
}
# A name with characters most fonts lack: Ext-B 𠀀 (U+20000), Ext-A 䶮 (U+4DAE), and rare surnames 冼 邝.
RARE_NAME = "冼\U00020000䶮"
RARE_RESPONDENT = "邝昇堃"


def check_resources(_run: CheckRun) -> str:
    """Every required file is there; every reference and template JSON parses; migrations are complete."""
    from fuyuan_desktop.store.migrate import shipped_revisions

    missing: list[str] = []
    for package, names in REQUIRED_FILES.items():
        root = resources.files(package)
        for name in names:
            node = root.joinpath(*name.split("/"))
            if not node.is_file() or not node.read_bytes():
                missing.append(f"{package}/{name}")
    if missing:
        raise CheckFailed("缺少随包文件：" + "、".join(missing))
    parsed = 0
    base = resources.files("fuyuan_desktop.resources")
    for folder in ("reference", "templates"):
        for entry in base.joinpath(folder).iterdir():
            if entry.name.endswith(".json"):
                json.loads(entry.read_text(encoding="utf-8"))
                parsed += 1
    known, head = shipped_revisions()
    return f"{sum(map(len, REQUIRED_FILES.values()))} 个必需文件齐全，{parsed} 个参考数据和模板文件可读，迁移 {len(known)} 个（最新 {head}）"


def _case_count(database: Path) -> int:
    raw = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)  # file:///C:/… on Windows
    try:
        has = raw.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='dispute'").fetchone()[0]
        return int(raw.execute("SELECT count(*) FROM dispute").fetchone()[0]) if has else 0
    finally:
        raw.close()


def check_database(run: CheckRun) -> str:
    """Copy the user's database (never touched itself) into the scratch folder and migrate the copy to head."""
    from fuyuan_desktop.services.setup import open_store
    from fuyuan_desktop.store.backup import backup_sqlite
    from fuyuan_desktop.store.migrate import current_revision

    target = DataPaths(run.workdir / "upgrade")
    target.ensure()
    source = run.user_data.database if run.user_data else None
    if source is not None and source.is_file():
        copy = backup_sqlite(source, run.workdir / "copy", "self-check")
        copy.replace(target.database)
        before = _case_count(target.database)
        what = f"本机数据库的副本（{before} 件案件）"
    else:
        before, what = 0, "新建的空数据库（本机尚无数据库）"
    opened = open_store(target)  # raises SchemaTooNewError for a database from a newer app
    try:
        revision = current_revision(opened.db.engine)
        with opened.db.engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    finally:
        opened.db.engine.dispose()
    after = _case_count(target.database)
    if integrity != "ok":
        raise CheckFailed(f"迁移后的数据库完整性检查失败：{integrity}")
    if after != before:
        raise CheckFailed(f"迁移前后案件数不同：{before} → {after}")
    start = opened.upgrade.from_revision or "空库"
    return f"{what}从 {start} 迁移到 {revision}，完整性正常"


def _person(name: str, role: str, seq: int) -> object:
    from fuyuan_desktop.domain.identifiers import id_check_char
    from fuyuan_desktop.services.intake import PartyInput

    first17 = f"22070219850312{seq:03d}"
    return PartyInput(role=role, kind="person", name=name, id_number=first17 + id_check_char(first17),
                      address="吉林省松原市宁江区伯都乡新立村", phone="13904381234")


def check_agreement(run: CheckRun) -> str:
    """A sample store: register a case, finalise an agreement naming rare characters, print it, read it back."""
    from pypdf import PdfReader

    from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
    from fuyuan_desktop.services.documents import print_agreement, verify_pdf
    from fuyuan_desktop.services.intake import IntakeInput, intake_dispute
    from fuyuan_desktop.services.setup import initialize
    from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation

    paths = DataPaths(run.workdir / "sample")
    ctx = initialize(paths, actor="self-check")
    run.made["sample"] = (ctx, paths)
    run.made.setdefault("closers", []).append(ctx.db.engine.dispose)
    today = ctx.today()
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区新城乡人民调解委员会")
    number = intake_dispute(ctx, IntakeInput(category="民间借贷纠纷", summary="借款到期未还（自检样例）", parties=[
        _person(RARE_NAME, "申请人", 1), _person(RARE_RESPONDENT, "被申请人", 2)])).number  # type: ignore[list-item]
    assign_mediators(ctx, number, ["王秀兰"], accepted_on=today)
    start_mediation(ctx, number)
    draft = draft_agreement(ctx, number, AgreementInput(
        kind="invited", facts=f"{RARE_RESPONDENT}向{RARE_NAME}借款人民币壹万贰仟元，到期未还。",
        clauses=[ClauseInput(RARE_RESPONDENT, f"向{RARE_NAME}偿还借款本金", "银行转账", today + timedelta(days=30),
                             "12000")]))
    finalize_agreement(ctx, draft.id)
    out = run.workdir / "agreement.pdf"
    printed = print_agreement(ctx, number, out=out)
    text = "".join((page.extract_text() or "").replace("\n", "") for page in PdfReader(out).pages)
    for piece in (RARE_NAME, RARE_RESPONDENT, printed.verification_code, "调解协议书"):
        if piece not in text:
            raise CheckFailed(f"打印的调解协议中读不出「{piece}」（字体或文字层有问题）")
    verdict = verify_pdf(ctx, out)
    if not verdict.ok:
        raise CheckFailed(f"打印的调解协议核验不通过：{verdict.message}")
    run.made["agreement_pdf"] = out
    return f"案件 {number}：{printed.pages} 页，生僻字 {RARE_NAME}、{RARE_RESPONDENT} 可读回，验证码 {printed.verification_code} 核验一致"


def check_bundle_round_trip(run: CheckRun) -> str:
    """The sample case travels as a USB bundle: a hub in the scratch folder enrolls the sample store, imports its
    signed, encrypted bundle, and its receipt gives the case an official number back on the laptop — each step
    through the same services the workbench's 同步 and 数据中心 pages call."""
    from fuyuan_desktop.services import hub as hub_service
    from fuyuan_desktop.services import sync as sync_service
    from fuyuan_desktop.services.cases import list_cases

    sample = run.made.get("sample")
    if sample is None:
        raise CheckFailed("没有样例数据库（前一步“调解协议”失败）")
    ctx, _paths = sample
    hub = hub_service.open_hub_mode(run.workdir / "hub", create=True)
    run.made.setdefault("closers", []).append(hub.db.engine.dispose)
    enrollment = run.workdir / "enrollment"
    enrollment.mkdir()
    sync_service.write_request(ctx, enrollment / "request.json")
    hub_service.approve_request_file(hub, enrollment / "request.json", enrollment / "grant.json", scope="court:吉07")
    sync_service.install_grant_file(ctx, enrollment / "grant.json")
    usb = run.workdir / "usb"
    exported = sync_service.export_to(ctx, usb)
    first = hub_service.import_files(hub, [exported.files[0]], receipts=usb)[0]
    if first.status != "applied" or not first.receipt:
        raise CheckFailed(f"中院端未接收数据包：{first.message}")
    again = hub_service.import_files(hub, [exported.files[0]], receipts=run.workdir / "again")[0]
    if again.status != "already":
        raise CheckFailed("同一数据包第二次导入时没有识别为已导入")
    result = sync_service.apply_receipt_file(ctx, Path(first.receipt))
    numbers = [case.official_number for case in list_cases(ctx, limit=10) if case.official_number]
    if not result.official_numbers or not numbers:
        raise CheckFailed("回执没有带回正式案号")
    return (f"{exported.rows} 条记录、{len(exported.files)} 个文件，签名并加密；中院导入一次、重复导入无改动；"
            f"回执带回正式案号 {numbers[0]}")


CORE_STEPS: list[Step] = [
    Step("resources", "随包文件", check_resources),
    Step("database", "数据库迁移（临时副本）", check_database),
    Step("agreement", "调解协议（生僻字）", check_agreement),
    Step("bundle", "同步包往返", check_bundle_round_trip),
]
