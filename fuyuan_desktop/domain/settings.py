"""Thresholds and amounts an administrator may change (参考数据项): each key defined once, with its type, unit, range,
Chinese label, default, whether that default is the app's own proposal (inferred) and where it comes from.

Two scopes: ``regional`` keys belong to the intermediate court — the hub's administrator sets them and they reach
every laptop with its next receipt (a laptop may set one locally until the hub's value arrives); ``laptop`` keys are
each installation's own and the hub never changes them. Values travel and are stored as JSON; the text form
(``show_text``/``parse_text``) is what the command line, the settings page and the spreadsheet columns use, and the
one reads back what the other writes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from fuyuan_desktop.domain.errors import ValidationError

REGIONAL = "regional"
LAPTOP = "laptop"
SCOPE_LABELS = {REGIONAL: "全市（中院统一）", LAPTOP: "本机"}

INT = "int"
WAGE_BY_COUNTY = "wage_by_county"  # {"default" | 6-digit county code: fen}
PREFIX_BY_COURT = "prefix_by_court"  # {法院代字: 地名简称}
KIND_LABELS = {INT: "整数", WAGE_BY_COUNTY: "按县区的金额（元）", PREFIX_BY_COURT: "按法院的简称"}

DEFAULT_KEY = "默认"
_MAX_WAGE_FEN = 100_000_000  # 1,000,000.00 元 a month: beyond any published average wage
_COURT_CODE = re.compile(r"^[\u4e00-\u9fff]\d{2,4}$")
_COUNTY_CODE = re.compile(r"^\d{6}$")
_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


@dataclass(frozen=True)
class SettingDef:
    """One setting: ``key`` as stored and typed on the command line, ``label`` as users read it."""

    key: str
    label: str
    kind: str
    unit: str
    default: Any
    inferred: bool
    source: str
    scope: str
    minimum: int | None = None
    maximum: int | None = None

    @property
    def range_text(self) -> str:
        if self.kind == INT and self.minimum is not None and self.maximum is not None:
            return f"{self.minimum}–{self.maximum}{self.unit}"
        return KIND_LABELS[self.kind]


DEFINITIONS: dict[str, SettingDef] = {d.key: d for d in (
    SettingDef("linkage.cluster.min_cases", "类案预警阈值", INT, "件", 10, True,
               "同一类纠纷出自同一乡镇（园区）或针对同一行政机关达到此数即预警；10 件为本软件的建议值，待中院确认",
               REGIONAL, 2, 1000),
    SettingDef("linkage.cluster.window_days", "类案预警时间窗", INT, "天", 365, True,
               "统计类案的时间范围（默认近 12 个月）；本软件的建议值，待中院确认", REGIONAL, 7, 1830),
    SettingDef("linkage.cluster.cause_level", "类案预警案由级别", INT, "级", 3, True,
               "类案按民事案由的第几级归类（1 一级 至 4 四级；默认三级，如土地承包经营权合同纠纷）；行政案件一律按"
               "行政行为种类（行政案由二级）归类；本软件的建议值，待中院确认", REGIONAL, 1, 4),
    SettingDef("linkage.appearance.repeat_min_failures", "负责人多次未出庭标记次数", INT, "件", 2, True,
               "同一行政机关在时间窗内负责人未依法出庭达到此数即标记；本软件的建议值", REGIONAL, 1, 100),
    SettingDef("linkage.appearance.repeat_window_days", "负责人未出庭统计时间窗", INT, "天", 365, True,
               "统计负责人未出庭的时间范围；本软件的建议值", REGIONAL, 30, 1830),
    SettingDef("linkage.relief.cap_months", "司法救助上限月数", INT, "个月", 36, False,
               "一般不超过上一年度职工月平均工资的 36 个月（司法救助的通行规定）", REGIONAL, 1, 120),
    SettingDef("linkage.relief.average_monthly_wage", "上年度职工月平均工资", WAGE_BY_COUNTY, "元", {"default": 650000},
               True, "6500 元为占位值：请按各县（市、区）公布的数字填写，未列出的县区用“默认”", REGIONAL),
    SettingDef("linkage.villages.max_lawsuits", "无讼村屯达标：年度新收诉讼上限", INT, "件", 0, True,
               "村屯（社区）年度新收诉讼案件不超过此数方可判为达标；达标指标原文未找到，本软件的建议值（无讼）",
               REGIONAL, 0, 1000),
    SettingDef("linkage.villages.max_petitions", "无讼村屯达标：年度信访上限", INT, "件", 0, True,
               "年度信访（含越级上访）不超过此数方可判为达标；年度数据只记信访总数，以之代替越级上访，本软件的建议值",
               REGIONAL, 0, 1000),
    SettingDef("linkage.villages.max_group_incidents", "无讼村屯达标：年度群体性事件上限", INT, "件", 0, True,
               "年度群体性事件不超过此数方可判为达标；本软件的建议值", REGIONAL, 0, 1000),
    SettingDef("linkage.villages.min_success_percent", "无讼村屯达标：调解成功率下限", INT, "%", 90, True,
               "本村屯年度登记纠纷的调解成功率（调解成功 ÷ 纠纷，与指标表同一口径）不低于此数方可判为达标；"
               "当年没有纠纷的不作要求；本软件的建议值", REGIONAL, 0, 100),
    SettingDef("recommendations.prefixes", "司法建议书编号地名简称", PREFIX_BY_COURT, "",
               {"吉07": "松中", "吉0702": "宁", "吉0721": "前", "吉0722": "长", "吉0723": "乾", "吉0781": "扶"}, True,
               "编号为 简称+法建〔年度〕序号号；简称按地名推定，未经各院核对", REGIONAL),
    SettingDef("linkage.meetings.due_soon_days", "联席会议事项提前提醒", INT, "天", 7, True,
               "事项到期前多少天起在工作台提醒；本软件的建议值", LAPTOP, 0, 90),
    SettingDef("linkage.recommendations.due_soon_days", "司法建议反馈提前提醒", INT, "天", 14, True,
               "司法建议反馈期限届满前多少天起在工作台提醒；本软件的建议值", LAPTOP, 0, 90),
    SettingDef("sync.quiet_device_days", "设备久未同步提醒", INT, "天", 30, True,
               "中院端把在用但这么多天没有送来数据的设备标为久未同步；本软件的建议值", LAPTOP, 1, 365),
)}


def definition(name: str) -> SettingDef:
    """A setting by its key or its Chinese label."""
    text = name.strip()
    found = DEFINITIONS.get(text) or next((d for d in DEFINITIONS.values() if d.label == text), None)
    if found is None:
        raise ValidationError("参考数据项", f"「{name}」不是可设置的参考数据项；可选：{'、'.join(DEFINITIONS)}",
                              field="key", code="unknown_setting")
    return found


def check_value(spec: SettingDef, value: Any) -> Any:
    """The value in its stored form, or ``ValidationError`` naming the setting and what is wrong."""
    if spec.kind == INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(spec.label, f"应为整数（{spec.unit}），实为「{value}」", field="value")
        if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
            raise ValidationError(spec.label, f"{value}{spec.unit} 超出允许范围 {spec.range_text}", field="value")
        return value
    if not isinstance(value, Mapping) or not value:
        raise ValidationError(spec.label, "应至少有一项（如 默认=6500.00 或 吉0702=宁）", field="value")
    out: dict[str, Any] = {}
    for raw_key, item in value.items():
        key = str(raw_key).strip()
        if spec.kind == WAGE_BY_COUNTY:
            key = "default" if key in ("default", DEFAULT_KEY) else key
            if key != "default" and not _COUNTY_CODE.match(key):
                raise ValidationError(spec.label, f"「{raw_key}」不是县区代码（6 位数字，如 220702）或“默认”",
                                      field="value")
            if isinstance(item, bool) or not isinstance(item, int) or not 0 < item <= _MAX_WAGE_FEN:
                raise ValidationError(spec.label, f"{key} 的金额应大于 0 且不超过 1,000,000.00 元", field="value")
        else:
            if not _COURT_CODE.match(key):
                raise ValidationError(spec.label, f"「{raw_key}」不是法院代字（如 吉0702）", field="value")
            if not isinstance(item, str) or not _PREFIX.match(item.strip()):
                raise ValidationError(spec.label, f"{key} 的简称应为 1 至 4 个汉字，实为「{item}」", field="value")
            item = item.strip()
        out[key] = item
    if spec.kind == WAGE_BY_COUNTY and "default" not in out:
        raise ValidationError(spec.label, "须有“默认”一项（未单列的县区用它）", field="value")
    return out


def _yuan_text(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


def show_text(spec: SettingDef, value: Any) -> str:
    """The value as typed: ``10``, ``默认=6500.00；220702=7100.00``, ``吉07=松中；吉0702=宁``."""
    if spec.kind == INT:
        return str(value)
    items = dict(value)
    if spec.kind == WAGE_BY_COUNTY:
        keys = ["default", *sorted(k for k in items if k != "default")]
        return "；".join(f"{DEFAULT_KEY if k == 'default' else k}={_yuan_text(int(items[k]))}" for k in keys if k in items)
    return "；".join(f"{k}={items[k]}" for k in sorted(items, key=lambda k: (len(k), k)))


def parse_text(spec: SettingDef, text: str) -> Any:
    """A value from its text form (or from JSON, as a reference row holds it), checked."""
    raw = str(text).strip()
    if not raw:
        raise ValidationError(spec.label, "不能为空", field="value")
    if spec.kind == INT:
        try:
            number = Decimal(raw.replace(",", "").replace("，", ""))
        except InvalidOperation:
            raise ValidationError(spec.label, f"「{raw}」不是整数", field="value") from None
        if not number.is_finite() or number != number.to_integral_value():
            raise ValidationError(spec.label, f"「{raw}」不是整数", field="value")
        return check_value(spec, int(number))
    if raw.startswith("{"):
        try:
            loaded = json.loads(raw)
        except ValueError:
            raise ValidationError(spec.label, "JSON 格式不对", field="value") from None
        return check_value(spec, loaded)
    items: dict[str, Any] = {}
    for part in re.split(r"[；;\n]+", raw):
        if not part.strip():
            continue
        match = re.match(r"^\s*(.+?)\s*[=＝:：]\s*(.*?)\s*$", part)
        if match is None or not match.group(2):
            raise ValidationError(spec.label, f"「{part.strip()}」应写成 代码=值（多项用；分隔）", field="value")
        key, rest = match.group(1), match.group(2)
        if spec.kind == WAGE_BY_COUNTY:
            try:
                amount = Decimal(rest.strip().replace(",", "").replace("，", "").removesuffix("元"))
            except InvalidOperation:
                raise ValidationError(spec.label, f"{key} 的金额「{rest.strip()}」不是数字", field="value") from None
            if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
                raise ValidationError(spec.label, f"{key} 的金额最多到分", field="value")
            items[key] = int(amount * 100)
        else:
            items[key] = rest.strip()
    return check_value(spec, items)


def same_value(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, ensure_ascii=False) == json.dumps(b, sort_keys=True, ensure_ascii=False)
