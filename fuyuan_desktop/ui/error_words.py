"""The services' validation errors in the window's language.

Services raise ``ValidationError(label, reason, field=…, code=…)`` in Chinese, and the command line prints that
text as it is. The workbench shows the same error through ``crash.error_text``, which asks this module for the
label and the reason in the language the user chose: the label by the error's ``field`` key (or, where a service
gives none, by its Chinese label), the reason by the error's ``code`` (or by its exact Chinese text for the common
fixed reasons), and every other message by the Chinese templates of ``error_english``: a message that matches
one is shown as its English template with the values the service filled in (themselves translated where they are
words of the window: a status, a role, a clause's field). The English lives in the translation file (context
"ValidationError"), and for the templates in ``error_english`` until the translation file has them; in Chinese mode
every lookup returns the service's own words.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.ui.error_english import ENGLISH

CONTEXT = "ValidationError"

# field key → the label's source text (the Chinese label the services use for that key)
FIELD_LABELS: dict[str, str] = {
    "outcome": str(QT_TRANSLATE_NOOP("ValidationError", "调解结果")),
    "status": str(QT_TRANSLATE_NOOP("ValidationError", "状态")),
    "category": str(QT_TRANSLATE_NOOP("ValidationError", "纠纷类型")),
    "cause": str(QT_TRANSLATE_NOOP("ValidationError", "案由")),
    "tribunal": str(QT_TRANSLATE_NOOP("ValidationError", "法庭")),
    "session": str(QT_TRANSLATE_NOOP("ValidationError", "调解场次")),
    "name": str(QT_TRANSLATE_NOOP("ValidationError", "名称")),
    "year": str(QT_TRANSLATE_NOOP("ValidationError", "年度")),
    "quarter": str(QT_TRANSLATE_NOOP("ValidationError", "季度")),
    "period": str(QT_TRANSLATE_NOOP("ValidationError", "期间")),
    "out": str(QT_TRANSLATE_NOOP("ValidationError", "输出文件")),
    "admin": str(QT_TRANSLATE_NOOP("ValidationError", "管理员")),
    "level": str(QT_TRANSLATE_NOOP("ValidationError", "级别")),
    "url": str(QT_TRANSLATE_NOOP("ValidationError", "中院端地址")),
    "mediation_type": str(QT_TRANSLATE_NOOP("ValidationError", "人民调解纠纷类型")),
    "mediation_kind": str(QT_TRANSLATE_NOOP("ValidationError", "调解方式")),
    "source": str(QT_TRANSLATE_NOOP("ValidationError", "案件来源")),
    "registered_on": str(QT_TRANSLATE_NOOP("ValidationError", "登记日期")),
    "id_number": str(QT_TRANSLATE_NOOP("ValidationError", "身份证号码")),
    "place": str(QT_TRANSLATE_NOOP("ValidationError", "地点")),
    "parties": str(QT_TRANSLATE_NOOP("ValidationError", "当事人")),
}

# labels given without a field key, as the services word them (looked up by their text)
LABELS = (
    QT_TRANSLATE_NOOP("ValidationError", "调解员"),
    QT_TRANSLATE_NOOP("ValidationError", "账户名"),
    QT_TRANSLATE_NOOP("ValidationError", "备份"),
    QT_TRANSLATE_NOOP("ValidationError", "文件"),
    QT_TRANSLATE_NOOP("ValidationError", "履行情况"),
    QT_TRANSLATE_NOOP("ValidationError", "角色"),
    QT_TRANSLATE_NOOP("ValidationError", "调解时间"),
    QT_TRANSLATE_NOOP("ValidationError", "附件"),
    QT_TRANSLATE_NOOP("ValidationError", "民事行为能力"),
    QT_TRANSLATE_NOOP("ValidationError", "更正"),
    QT_TRANSLATE_NOOP("ValidationError", "笔录"),
    QT_TRANSLATE_NOOP("ValidationError", "接受委派日期"),
    QT_TRANSLATE_NOOP("ValidationError", "结案日期"),
    QT_TRANSLATE_NOOP("ValidationError", "正式案号"),
    QT_TRANSLATE_NOOP("ValidationError", "代理权限"),
    QT_TRANSLATE_NOOP("ValidationError", "授权事项"),
    QT_TRANSLATE_NOOP("ValidationError", "法定代理人身份证号码"),
    QT_TRANSLATE_NOOP("ValidationError", "法定代理人姓名"),
    QT_TRANSLATE_NOOP("ValidationError", "与当事人关系"),
    QT_TRANSLATE_NOOP("ValidationError", "代理人"),
    QT_TRANSLATE_NOOP("ValidationError", "草稿"),
    QT_TRANSLATE_NOOP("ValidationError", "调解协议"),
    QT_TRANSLATE_NOOP("ValidationError", "调解协议不完整"),
    QT_TRANSLATE_NOOP("ValidationError", "协议类型"),
    QT_TRANSLATE_NOOP("ValidationError", "签署日期"),
    QT_TRANSLATE_NOOP("ValidationError", "当事人签署资格"),
    QT_TRANSLATE_NOOP("ValidationError", "安排调解"),
    QT_TRANSLATE_NOOP("ValidationError", "参加人身份"),
    QT_TRANSLATE_NOOP("ValidationError", "调解笔录"),
    QT_TRANSLATE_NOOP("ValidationError", "原调解员"),
    QT_TRANSLATE_NOOP("ValidationError", "新调解员"),
    QT_TRANSLATE_NOOP("ValidationError", "纠纷地点"),
    QT_TRANSLATE_NOOP("ValidationError", "延长天数"),
    QT_TRANSLATE_NOOP("ValidationError", "延长调解期限"),
    QT_TRANSLATE_NOOP("ValidationError", "各方同意"),
    QT_TRANSLATE_NOOP("ValidationError", "回访日期"),
    QT_TRANSLATE_NOOP("ValidationError", "回访任务"),
    QT_TRANSLATE_NOOP("ValidationError", "已履行金额"),
    QT_TRANSLATE_NOOP("ValidationError", "金额"),
    QT_TRANSLATE_NOOP("ValidationError", "备份文件"),
    QT_TRANSLATE_NOOP("ValidationError", "备份文件夹"),
    QT_TRANSLATE_NOOP("ValidationError", "法官姓名"),
    QT_TRANSLATE_NOOP("ValidationError", "书记员姓名"),
    QT_TRANSLATE_NOOP("ValidationError", "姓名"),
    QT_TRANSLATE_NOOP("ValidationError", "电话"),
    QT_TRANSLATE_NOOP("ValidationError", "住址"),
)

# code → the reason in words that need no values from the Chinese text ({0}, {1}: its numbers, in order)
CODE_REASONS: dict[str, str] = {
    "required": str(QT_TRANSLATE_NOOP("ValidationError", "必填，不能为空")),
    "too_long": str(QT_TRANSLATE_NOOP("ValidationError", "过长：{0} 个字符，最多 {1} 个")),
    "unsafe_characters": str(QT_TRANSLATE_NOOP("ValidationError", "含有不能保存的不可见或控制字符")),
    "wrong_suffix": str(QT_TRANSLATE_NOOP("ValidationError", "文件类型不对（请看文件名的结尾）")),
    "out_of_range": str(QT_TRANSLATE_NOOP("ValidationError", "超出允许的范围")),
    "already_protected": str(QT_TRANSLATE_NOOP("ValidationError", "本机数据已启用账户；请由管理员添加账户")),
}

# fixed reasons, looked up by their exact text
REASONS = (
    QT_TRANSLATE_NOOP("ValidationError", "不能为空"),
    QT_TRANSLATE_NOOP("ValidationError", "缺少时区"),
    QT_TRANSLATE_NOOP("ValidationError", "至少 1 人"),
    QT_TRANSLATE_NOOP("ValidationError", "不能为负数"),
    QT_TRANSLATE_NOOP("ValidationError", "金额不能为负数"),
    QT_TRANSLATE_NOOP("ValidationError", "金额过大，请核对"),
    QT_TRANSLATE_NOOP("ValidationError", "金额最多精确到分（两位小数）"),
    QT_TRANSLATE_NOOP("ValidationError", "不能停用自己的账户"),
    QT_TRANSLATE_NOOP("ValidationError", "本案已有一份草稿，请修改该草稿"),
    QT_TRANSLATE_NOOP("ValidationError", "只有已定稿的协议才需要创建更正版本；草稿可直接修改"),
    QT_TRANSLATE_NOOP("ValidationError", "行政机关必须填写负责人姓名"),
    QT_TRANSLATE_NOOP("ValidationError", "至少需要一名申请人和一名被申请人"),
    QT_TRANSLATE_NOOP("ValidationError", "缺少申请人"),
    QT_TRANSLATE_NOOP("ValidationError", "缺少被申请人"),
    QT_TRANSLATE_NOOP("ValidationError", "法人或非法人组织必填"),
    QT_TRANSLATE_NOOP("ValidationError", "只有自然人才填写身份证号码"),
    QT_TRANSLATE_NOOP("ValidationError", "案件已指派调解员，至少要保留一名；要换人请用“替换”"),
    QT_TRANSLATE_NOOP("ValidationError", "至少指派一名调解员"),
    QT_TRANSLATE_NOOP("ValidationError", "应为 1 到 365 之间的整数"),
    QT_TRANSLATE_NOOP("ValidationError", "调解员尚未接受委派，调解期限还未起算"),
    QT_TRANSLATE_NOOP("ValidationError", "案件尚未进入调解，不能以“达成调解协议”结束；请先开始调解"),
    QT_TRANSLATE_NOOP("ValidationError", "请选择设备所属的法院或法庭"),
    QT_TRANSLATE_NOOP("ValidationError", "请填写地点"),
    QT_TRANSLATE_NOOP("ValidationError", "请填写上级地点（乡镇、县区或园区）"),
    QT_TRANSLATE_NOOP("ValidationError", "文件是空的"),
    QT_TRANSLATE_NOOP("ValidationError", "本案没有当事人，无法打印"),
    QT_TRANSLATE_NOOP("ValidationError", "履行回访须写明履行情况：全部履行、部分履行或未履行"),
    QT_TRANSLATE_NOOP("ValidationError", "已履行金额等于应履行金额，应为全部履行"),
    QT_TRANSLATE_NOOP("ValidationError", "应大于 0"),
    QT_TRANSLATE_NOOP("ValidationError", "与被代理的当事人本人的号码相同"),
    QT_TRANSLATE_NOOP("ValidationError", "该代理人未登记代理的是哪一方当事人"),
    QT_TRANSLATE_NOOP("ValidationError", "授权事项只用于特别授权"),
    QT_TRANSLATE_NOOP("ValidationError", "授权事项合计不能超过200字"),
    QT_TRANSLATE_NOOP("ValidationError", "与当事人关系只用于法定代理人"),
    QT_TRANSLATE_NOOP("ValidationError", "一般授权不列特别授权事项；如委托书列有这些事项，请选择特别授权"),
    QT_TRANSLATE_NOOP("ValidationError", "同一当事人（证件号码或所选的已登记当事人相同）不能既是申请人又是被申请人"),
    QT_TRANSLATE_NOOP("ValidationError", "只有人民调解的案件才填写人民调解纠纷类型"),
    QT_TRANSLATE_NOOP("ValidationError", "只有行政争议才填写争议行政行为"),
    QT_TRANSLATE_NOOP("ValidationError", "本案没有登记调解员：司法确认须就调解组织或调解员主持达成的协议申请，请先指派调解员"),
)


CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KEYED = re.compile(r"[A-Za-z_][\w.\[\]{}-]* (.*[\u3400-\u9fff].*)")  # "id_number 身份证号码", "parties[0].head 负责人"
_DEPTH = 3  # a value may itself be a message (a problem inside a warning); no deeper than this


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def english_mode() -> bool:
    """Whether the window speaks another language than the services (a translation of this context is loaded)."""
    probe = "{label}：{reason}"
    return _translate(probe) != probe


def _english(source: str) -> str | None:
    """A Chinese template's words in the window's language: the translation file's, else ``error_english``'s."""
    translated = _translate(source)
    return translated if translated != source else ENGLISH.get(source)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, str, tuple[int, ...]], ...]:
    """Each template with holes as (regex, its longest fixed part, the template, the hole of each group), the
    most specific (most fixed words) first, so that "第{0}条缺少履行方式" wins over "{0}缺少…"."""
    out = []
    for source in ENGLISH:
        try:
            parts = list(string.Formatter().parse(source))
        except ValueError:  # a message without values, braces and all: looked up as it is
            continue
        names = [name for _text, name, _spec, _conv in parts if name is not None]
        if not all(name.isdigit() for name in names):
            continue
        holes = tuple(int(name) for name in names)
        literals = [text for text, *_rest in parts]
        if not holes or not CJK.search("".join(literals)):
            continue
        regex = "".join(re.escape(text) + ("(.*?)" if name is not None else "") for text, name, _s, _c in parts)
        out.append((re.compile(regex, re.S), max(literals, key=len), source, holes, len("".join(literals))))
    out.sort(key=lambda row: -row[4])
    return tuple(row[:4] for row in out)


def _exact(text: str) -> str | None:
    for context in (CONTEXT, "Enums"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return ENGLISH.get(text)


def _value(value: str, depth: int) -> str:
    """A value the service put into its message: data stays as it is, words of the window are translated."""
    if not CJK.search(value) or depth >= _DEPTH:
        return value
    shown = _render(value, depth + 1)
    if shown == value and "、" in value:
        parts = value.split("、")
        shown = ", ".join(_render(part, depth + 1) for part in parts)
        return shown if shown != ", ".join(parts) else value
    return shown


def _render(text: str, depth: int = 0) -> str:
    if not CJK.search(text):
        return text
    exact = _exact(text)
    if exact is not None:
        return exact
    for pattern, fixed, source, holes in _patterns():
        if fixed not in text:
            continue
        match = pattern.fullmatch(text)
        english = _english(source) if match else None
        if match is None or english is None:
            continue
        values = [""] * (max(holes) + 1)
        for hole, value in zip(holes, match.groups(), strict=True):
            values[hole] = _value(value, depth)
        return english.format(*values)
    for sep, joined in (("\n", "\n"), ("；", "; "), ("：", ": ")):  # composed: "label：reason", "a；b"
        head, found, tail = text.partition(sep)
        if found and depth < _DEPTH:
            first, rest = _render(head, depth + 1), _render(tail, depth + 1)
            if (first, rest) != (head, tail):
                return f"{first}{joined}{rest}"
    return text


def sentence(text: str) -> str:
    """In English, a message standing alone begins with a capital; in Chinese it is left exactly as it is."""
    return text[:1].upper() + text[1:] if text[:1].islower() and english_mode() else text


def message_text(text: str) -> str:
    """A service's message (an error's reason, a problem it lists, a warning) in the window's language; in Chinese
    mode, and where no template matches, the service's own words."""
    if not text or not english_mode():
        return text
    return _render(text)


def error_label(label: str, field: str) -> str:
    """The wrong field's name in the window's language: by its key, else by the service's label."""
    if field in FIELD_LABELS:
        return _translate(FIELD_LABELS[field])
    if not label:
        return label
    translated = _translate(label)
    if translated != label or not english_mode():
        return translated
    keyed = _KEYED.fullmatch(label)  # the key path in front is for the intake wizard, not for the reader
    words = keyed.group(1) if keyed else label
    return sentence(_render(words) if _translate(words) == words else _translate(words))


def error_reason(error: ValidationError) -> str:
    """Why the input was refused, in the window's language: by the error's code, else by the reason's text."""
    translated = _translate(error.reason)
    if translated != error.reason:
        return translated
    source = CODE_REASONS.get(error.code)
    if source is not None:
        translated = _translate(source)
        if translated != source:  # only in another language: the Chinese reason keeps its exact values
            return translated.format(*re.findall(r"\d+", error.reason), "", "")
    return message_text(error.reason)
