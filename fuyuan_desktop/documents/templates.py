"""Fixed wording of each document kind: shipped JSON, overridable per court/tribunal, checked before use."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fuyuan_desktop import resources
from fuyuan_desktop.domain.errors import ValidationError

_PLACEHOLDER = re.compile(r"\{([a-z_]+(?::[a-z_.]+)?)\}")


@dataclass(frozen=True)
class Template:
    """One document kind's wording after overrides; ``text(key, **values)`` fills placeholders."""

    kind: str
    data: Mapping[str, Any]
    citations: Mapping[str, Mapping[str, str]]

    def raw(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        return value if isinstance(value, str) else default

    def cite(self, key: str) -> str:
        entry = self.citations.get(key)
        if entry is None:
            raise ValidationError(f"模板 {self.kind}", f"引用了未登记的法条「{key}」（见 citations.json）")
        return f"{entry['law']}{entry.get('article', '')}"

    def text(self, key: str, **values: object) -> str:
        return self.fill(self.raw(key), values, key)

    def fill(self, text: str, values: Mapping[str, object], key: str = "") -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name.startswith("cite:"):
                return self.cite(name.removeprefix("cite:"))
            if name not in values:
                raise ValidationError(f"模板 {self.kind}.{key}", f"占位符「{{{name}}}」没有对应的数据")
            return str(values[name])

        return _PLACEHOLDER.sub(replace, text)

    def items(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def for_case(self, case_kind: str) -> Template:
        """The wording for one kind of case: every ``key@<kind>`` entry replaces ``key`` (see ``CASE_KINDS``)."""
        kind = CASE_KINDS.get(case_kind, CASE_KINDS[LEGACY_KIND])
        values = {k: v for k, v in self.data.items() if "@" not in k}
        suffix = f"@{kind.code}"
        values.update({k.removesuffix(suffix): v for k, v in self.data.items() if k.endswith(suffix)})
        return Template(self.kind, values, self.citations)


@dataclass(frozen=True)
class CaseKind:
    """What a kind of case changes on every paper: who issues it, what its number is called, the law it
    rests on, and the notices only that kind carries. The one table papers take these from
    (``resources/templates/case_kinds.json``); each paper's template adds ``key@<kind>`` wording."""

    code: str  # people | invited | administrative
    label: str
    issuer: str  # committee | court | centre: whose name heads the papers the mediators issue
    number_label: str  # the label of the official number
    provisional_label: str  # the label while the case has only the provisional number
    basis: str  # the legal basis, as printed (citations filled)
    seal: str  # the seal under the mediators' signatures
    limitation_notice: str = ""  # administrative: the limitation period keeps running during mediation


#: Papers frozen before case kinds were recorded print as they did then: the court's entrusted form.
LEGACY_KIND = "invited"


def _load_case_kinds() -> dict[str, CaseKind]:
    raw = resources.read_json("templates", "case_kinds.json")
    citations = resources.read_json("templates", "citations.json")["citations"]
    helper = Template("case_kinds", {}, citations)
    kinds: dict[str, CaseKind] = {}
    for code, entry in raw["kinds"].items():
        filled = {k: helper.fill(v, {}, f"{code}.{k}") for k, v in entry.items() if isinstance(v, str)}
        kinds[code] = CaseKind(code=code, **filled)
    return kinds


CASE_KINDS: dict[str, CaseKind] = _load_case_kinds()


def case_kind_of(*, administrative: bool, mediation_kind: str) -> str:
    """The paper kind of a case: an administrative dispute, a people's mediation, or court-entrusted."""
    if administrative:
        return "administrative"
    return "people" if mediation_kind == "people" else "invited"


def case_kind(code: str) -> CaseKind:
    return CASE_KINDS.get(code, CASE_KINDS[LEGACY_KIND])


def merge_templates(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``override`` into ``base`` (nested objects merge, everything else replaces)."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge_templates(out[key], value)
        else:
            out[key] = value
    return out


def validate(template: Template) -> None:
    """Every required field must still be there, non-empty, with its required placeholders."""
    required = template.data.get("required", {})
    for key, placeholders in required.items():
        value = template.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"模板 {template.kind}", f"缺少必需的文字「{key}」")
        for placeholder in placeholders:
            if placeholder not in value:
                raise ValidationError(f"模板 {template.kind}.{key}", f"必须包含占位符 {placeholder}")
    for value in template.data.values():
        if isinstance(value, str):
            for name in _PLACEHOLDER.findall(value):
                if name.startswith("cite:"):
                    template.cite(name.removeprefix("cite:"))


def load_template(kind: str, overrides: Mapping[str, Any] | None = None) -> Template:
    """The shipped template for ``kind`` with ``overrides`` (from reference data) merged in, validated."""
    try:
        base = resources.read_json("templates", f"{kind}.json")
    except FileNotFoundError:
        raise ValidationError("文书类型", f"没有「{kind}」的模板") from None
    citations = resources.read_json("templates", "citations.json")["citations"]
    template = Template(kind, merge_templates(base, overrides or {}), citations)
    validate(template)
    return template
