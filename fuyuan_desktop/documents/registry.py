"""The document kinds ``fuyuan print`` knows, with their Chinese names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentKind:
    code: str
    label: str
    needs: str  # what the case must have for this paper to print
    served: bool = False  # handed to the parties: a 送达回证 can be printed for it (docs/domain.md §8.13)


KINDS: dict[str, DocumentKind] = {
    k.code: k
    for k in (
        DocumentKind(
            "agreement",
            "调解协议书（人民调解 / 诉前委派 / 行政争议和解，随协议类型）",
            "一份调解协议（草稿打印带“草稿”水印）",
            served=True,
        ),
        DocumentKind(
            "record",
            "调解笔录（按次打印，--version 为第几次调解）",
            "一次已保存笔录的调解；笔录再次保存后旧纸本核验为“已被取代”",
        ),
        DocumentKind(
            "notice", "诉前调解通知书（每位当事人一页）", "当事人；有已排期的调解时印出时间地点，否则留空", served=True
        ),
        DocumentKind(
            "rights_notice",
            "诉前调解告知书（当事人权利义务，每案一份）",
            "当事人；按案件类型（人民调解 / 诉前委派 / 行政争议）印出各自的告知事项",
            served=True,
        ),
        DocumentKind(
            "service_proof",
            "送达回证（每位当事人一页；--for 指定已打印的文书则为该文书的送达回证）",
            "当事人；送达某份文书的：该文书已打印（现行版本）",
        ),
        DocumentKind("address_confirmation", "送达地址确认书（每位当事人一页）", "当事人", served=True),
        DocumentKind(
            "confirmation_application",
            "司法确认申请书（各方当事人共同申请）",
            "一份已定稿的调解协议；婚姻家庭等身份关系纠纷不能申请",
        ),
        DocumentKind(
            "recommendation",
            "司法建议书（--version 为本案第几份）",
            "一份司法建议（fuyuan recommendation draft）",
            served=True,
        ),
        DocumentKind(
            "handoff",
            "无争议事实记载表（调解终结及转立案，各方当事人签名）",
            "案件已转立案（fuyuan case docket 记载无争议事实）",
        ),
        DocumentKind("cover", "卷宗封面及卷宗目录（含封底）", "案件登记即可；目录列出本卷已有和尚缺的材料"),
    )
}


def register(kind: DocumentKind) -> None:
    KINDS[kind.code] = kind
