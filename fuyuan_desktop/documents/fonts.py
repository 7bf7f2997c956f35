"""Fonts for printed documents: official faces when present, bundled TrueType otherwise, per-glyph fallback."""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from fuyuan_desktop.documents import pdf_fixes
from fuyuan_desktop.domain.errors import ValidationError

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}
_face_cache: Path | None = None

# Parsing a CJK TrueType file (its cmap and metrics of ~25,000 glyphs) costs reportlab 0.3–0.5 s a face;
# a paper needs two, so a fresh ``fuyuan print`` spent most of its second on it. The parsed tables are
# kept in a cache folder (the data folder's cache/fonts) keyed by reportlab's version, the file's path,
# size and modification time, and loaded in a few milliseconds by the next process; the file's bytes
# are read again (subsetting needs them), never stored twice.
FACE_CACHE_FORMAT = 1


def use_face_cache(folder: Path | None) -> None:
    """Keep parsed faces in ``folder`` (None: parse every process, the default)."""
    global _face_cache
    _face_cache = folder


class _FaceUnpickler(pickle.Unpickler):
    """Only the plain containers a parsed face holds, and reportlab's name strings: a cache file is data."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in (("reportlab.pdfbase.ttfonts", "TTFNameBytes"), ("copyreg", "_reconstructor"),
                              ("builtins", "bytes"), ("builtins", "object")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in a font cache file")


def _face_cache_file(path: Path, index: int) -> Path | None:
    if _face_cache is None:
        return None
    stat = path.stat()
    key = f"{FACE_CACHE_FORMAT}|{reportlab.Version}|{path.resolve()}|{index}|{stat.st_size}|{stat.st_mtime_ns}"
    return _face_cache / f"{path.stem}-{index}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.face"


def _scale(units_per_em: int) -> Any:
    # what TTFontFile.extractInfo sets as ``_pdfScale`` (a closure, so not stored)
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _cached_face(path: Path, index: int) -> TTFontFace | None:
    cache = _face_cache_file(path, index)
    if cache is None or not cache.is_file():
        return None
    try:
        data = cache.read_bytes()
        collecting = gc.isenabled()
        gc.disable()  # ~100,000 small objects: with a large heap the collector would run many times over them
        try:
            state = _FaceUnpickler(io.BytesIO(data)).load()
        finally:
            if collecting:
                gc.enable()
        face: TTFontFace = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(state)
        face.__dict__.update(_pdfScale=_scale(state["unitsPerEm"]), _ttf_data=path.read_bytes())
    except Exception:  # a damaged or foreign cache file: parse the font again (and overwrite it)
        return None
    return face


def _store_face(path: Path, index: int, face: TTFontFace) -> None:
    cache = _face_cache_file(path, index)
    if cache is None:
        return
    state = {k: v for k, v in face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, cache)
    except OSError:  # a read-only data folder: the next process parses again
        pass


class _PreparsedTTFont(TTFont):
    """reportlab's TTFont over a face already parsed (TTFont.__init__ parses the file itself)."""

    def __init__(self, name: str, face: TTFontFace) -> None:

        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in getattr(rl_config, "unShapedFontGlob", ()))


def _load_face(path: Path, index: int, name: str) -> TTFont:
    """A reportlab TTFont for the face, from the face cache when it holds it."""
    face = _cached_face(path, index)
    if face is None:
        face = TTFontFace(str(path), subfontIndex=index)
        _store_face(path, index, face)
    return _PreparsedTTFont(name, face)


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
        pdfmetrics.registerFont(_load_face(Path(key[0]), index if path.suffix.lower() == ".ttc" else 0, name))
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
