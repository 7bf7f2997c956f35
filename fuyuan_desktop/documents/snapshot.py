"""Frozen paper content: a builder's dataclass to canonical JSON and back, exactly (docs/domain.md §8).

A signed agreement or an issued paper is stored as the JSON its verification hash covers; a reprint
rebuilds the same dataclass from it, so the paper says what was signed whatever the case data says now.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any, TypeVar

from fuyuan_desktop.documents.verification import canonical_json

T = TypeVar("T")


#: Field metadata for a field added after papers were issued: left out of the content while it holds its
#: default, so the hash (and verification code) of every paper issued before it stays what it was.
LATER = {"omit_default": True}


def as_content(data: Any) -> Any:
    """``dataclasses.asdict``, except that a ``LATER`` field at its default is left out."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(data):
            value = getattr(data, f.name)
            if f.metadata.get("omit_default") and value == f.default:
                continue
            out[f.name] = as_content(value)
        return out
    if isinstance(data, (list, tuple)):
        return type(data)(as_content(v) for v in data)
    if isinstance(data, dict):
        return {k: as_content(v) for k, v in data.items()}
    return data


def dump(data: Any) -> str:
    """The dataclass as canonical JSON (dates as ISO text, the form ``content_sha256`` hashes)."""
    return canonical_json(as_content(data))


def _convert(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(kind)
        item = args[0] if args else Any
        return tuple(_convert(item, v) for v in value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return load(kind, value)
    return value


def load(cls: type[T], data: dict[str, Any] | str) -> T:
    """Rebuild ``cls`` from ``dump`` output (or its parsed dict); unknown keys are refused."""
    raw = json.loads(data) if isinstance(data, str) else data
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(raw) - names
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
    return cls(**{k: _convert(hints[k], v) for k, v in raw.items()})
