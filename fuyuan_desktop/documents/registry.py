"""The document kinds ``fuyuan print`` knows, with their Chinese names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentKind:
    code: str
    label: str
    needs: str  # what the case must have for this paper to print


KINDS: dict[str, DocumentKind] = {
    k.code: k
    for k in (
        DocumentKind(
            "agreement",
            "调解协议书（人民调解 / 诉前委派 / 行政争议和解，随协议类型）",
            "一份调解协议（草稿打印带“草稿”水印）",
        ),
    )
}


def register(kind: DocumentKind) -> None:
    KINDS[kind.code] = kind
