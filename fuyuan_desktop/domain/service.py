"""送达 (service of a printed paper): the methods a court uses (reference data ``service_methods.json``) and the
rules a record of service must keep — served no earlier than the paper was issued and not in the future; 留置送达
only when the recipient refused, and never without a witness."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from fuyuan_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class ServiceMethod:
    code: str
    label: str  # 直接送达
    box: str  # the word of the 送达回证's box it ticks: 直接
    basis: str
    inferred: bool
    witness: bool
    receipts: tuple[str, ...]

    @property
    def shown(self) -> str:
        """The label as offered: 委托送达（推定）for a method the court has not confirmed."""
        return f"{self.label}（推定）" if self.inferred else self.label


@dataclass(frozen=True)
class ServiceMethods:
    methods: tuple[ServiceMethod, ...]
    receipts: Mapping[str, str]  # signed → 签收, refused → 拒收

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServiceMethods:
        methods = tuple(
            ServiceMethod(
                code=str(m["code"]), label=str(m["label"]), box=str(m.get("box", "")), basis=str(m.get("basis", "")),
                inferred=bool(m.get("inferred", False)), witness=bool(m.get("witness", False)),
                receipts=tuple(str(r) for r in m.get("receipts", ["signed"])),
            )
            for m in data.get("methods", [])
        )
        if len({m.code for m in methods}) != len(methods):
            raise ValueError("service method codes must be unique")
        receipts = {str(k): str(v) for k, v in dict(data.get("receipts", {"signed": "签收", "refused": "拒收"})).items()}
        return cls(methods, receipts)

    def get(self, code: str) -> ServiceMethod | None:
        return next((m for m in self.methods if m.code == code), None)

    def parse(self, text: str) -> ServiceMethod:
        """The method for its code, its label (直接送达), the box word (直接) or the label shown (…（推定）)."""
        text = text.strip()
        for m in self.methods:
            if text in (m.code, m.label, m.box, m.shown):
                return m
        raise ValidationError("送达方式", f"「{text}」无效；可选：{'、'.join(m.label for m in self.methods)}",
                              field="method", code="unknown_method")

    def receipt(self, text: str) -> str:
        """``signed`` / ``refused`` from the code or the word (签收 / 拒收)."""
        text = text.strip()
        for code, label in self.receipts.items():
            if text in (code, label):
                return code
        raise ValidationError("签收情况", f"「{text}」无效；可选：{'、'.join(self.receipts.values())}", field="receipt",
                              code="unknown_receipt")


def check_service(method: ServiceMethod, receipt: str, witness: str, served_on: date, issued_on: date,
                  today: date, receipts: Mapping[str, str]) -> None:
    """The rules of one record of service (民诉法第八十七条至第九十三条, as ``service_methods.json`` states them)."""
    if served_on < issued_on:
        raise ValidationError("送达日期", f"{served_on.isoformat()} 早于文书的打印日期 {issued_on.isoformat()}："
                              "文书打印之前不能送达", field="on", code="before_paper")
    if served_on > today:
        raise ValidationError("送达日期", f"{served_on.isoformat()} 晚于今天", field="on", code="future")
    if receipt not in method.receipts:
        allowed = "、".join(receipts.get(r, r) for r in method.receipts)
        hint = "；受送达人拒绝签收的，按留置送达登记并写明见证人" if receipt == "refused" else ""
        raise ValidationError("签收情况", f"{method.label}的签收情况只能是{allowed}{hint}", field="receipt",
                              code="receipt_for_method")
    if method.witness and not witness.strip():
        raise ValidationError("见证人", f"{method.label}须写明见证人（姓名、单位）", field="witness",
                              code="witness_required")
