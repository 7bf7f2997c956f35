"""Fonts for printed documents: official faces when present, bundled TrueType otherwise, per-glyph fallback."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fuyuan_desktop.documents import pdf_fixes
from fuyuan_desktop.domain.errors import ValidationError

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}


def _resolve(spec: str) -> tuple[Path, int] | None:
    """``bundled:uming.ttf``, ``C:/Windows/Fonts/simsun.ttc#0`` or another absolute path (``#N`` = face in a
    collection); None if absent."""
    name, _, index = spec.partition("#")
    if name.startswith("bundled:"):
        path = Path(str(resources.files("fuyuan_desktop.resources") / "fonts" / name.removeprefix("bundled:")))
    else:
        path = Path(os.path.expandvars(name)).expanduser()
    return (path, int(index or 0)) if path.is_file() else None


def register_face(path: Path, index: int = 0) -> str:
    """Register a TrueType face with reportlab once per process; returns its registry name.

    Names derive from the file and face index, never from the font's PostScript name, because two
    fonts with the same PostScript name collide silently in reportlab's registry. Nor from the order
    of registration: reportlab can write the name into the PDF (as a comment, when its ``pdfComments``
    setting is on), and a reprint in another process must give the same bytes.
    """
    key = (str(path.resolve()), index)
    with _lock:
        if key in _registered:
            return _registered[key]
        name = f"FY-{path.stem}-{index}"
        if name in _registered.values():  # another file with the same name, e.g. an official and a bundled face
            name += "-" + hashlib.sha256(key[0].encode("utf-8")).hexdigest()[:8]
        font = TTFont(name, key[0], subfontIndex=index) if path.suffix.lower() == ".ttc" else TTFont(name, key[0])
        pdfmetrics.registerFont(font)
        _registered[key] = name
        return name


def _covers(font_name: str, char: str) -> bool:
    font: Any = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph


@dataclass
class FontSet:
    """The faces one document prints with; fallback faces load only when a character needs them."""

    body: str
    title: str
    fallback_specs: tuple[tuple[Path, int], ...]

    def __post_init__(self) -> None:
        self._fallbacks: list[str] = []
        self._loaded = 0

    def _fallback(self, i: int) -> str | None:
        while len(self._fallbacks) <= i and self._loaded < len(self.fallback_specs):
            path, index = self.fallback_specs[self._loaded]
            self._loaded += 1
            self._fallbacks.append(register_face(path, index))
        return self._fallbacks[i] if i < len(self._fallbacks) else None

    def face_for(self, char: str, base: str) -> str | None:
        """The first face that has ``char``: the base face, then each fallback in order."""
        if char.isspace() or _covers(base, char):
            return base
        i = 0
        while (name := self._fallback(i)) is not None:
            if _covers(name, char):
                return name
            i += 1
        return None

    def markup(self, text: str, *, field: str, title: bool = False) -> str:
        """Escape ``text`` for a Paragraph, wrapping runs the base face lacks in ``<font>`` tags.

        A character that no face has stops generation with an error naming it and the field, so a
        name is never printed with a blank or a box.
        """
        base = self.title if title else self.body
        out: list[str] = []
        run: list[str] = []
        run_face = base
        for char in text:
            face = self.face_for(char, base)
            if face is None:
                raise ValidationError(
                    field,
                    f"字符「{char}」（U+{ord(char):04X}）在所有可用字体中都没有字形，无法打印；请核对或改用通用字",
                )
            if face != run_face and run:
                out.append(_wrap("".join(run), run_face, base))
                run = []
            run_face = face
            run.append(char)
        if run:
            out.append(_wrap("".join(run), run_face, base))
        return "".join(out)

    def check(self, text: str, *, field: str) -> None:
        self.markup(text, field=field)


def _wrap(text: str, face: str, base: str) -> str:
    escaped = escape(text)
    return escaped if face == base else f'<font name="{face}">{escaped}</font>'


def _first(specs: Sequence[str], role: str) -> tuple[Path, int]:
    for spec in specs:
        found = _resolve(spec)
        if found is not None:
            return found
    raise FileNotFoundError(f"没有可用的{role}字体：{', '.join(specs)}")


def load_fonts(config: Mapping[str, Any]) -> FontSet:
    """Build the font set from ``fonts.json``-shaped config (official faces first, bundled after)."""
    pdf_fixes.install()
    body_path, body_index = _first(config["body"], "正文")
    title_path, title_index = _first(config["title"], "标题")
    fallbacks = tuple(found for spec in config.get("fallback", []) if (found := _resolve(spec)) is not None)
    return FontSet(
        body=register_face(body_path, body_index),
        title=register_face(title_path, title_index),
        fallback_specs=fallbacks,
    )
