"""Parsed font faces kept across processes (documents/fonts.py): the same metrics and subsets as a fresh parse,
and a cache file is data — a damaged or hostile one is parsed over, never executed."""

from __future__ import annotations

import os
import pickle
from importlib import resources
from pathlib import Path

import pytest

from fuyuan_desktop.documents import fonts

FONT = Path(str(resources.files("fuyuan_desktop.resources") / "fonts" / "wqy-zenhei.ttf"))
SAMPLE = [ord(c) for c in "张桂芝松原市宁江区人民法院调解协议书（2026）吉0702民诉前调1234号，。：ABC"]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    folder = tmp_path / "cache" / "fonts"
    fonts.use_face_cache(folder)
    yield folder
    fonts.use_face_cache(None)


def _face_file(cache: Path) -> Path:
    found = list(cache.glob("wqy-zenhei-0-*.face"))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.slow
def test_a_cached_face_measures_and_subsets_like_a_fresh_parse(cache: Path) -> None:
    parsed = fonts._load_face(FONT, 0, "FY-test-parsed")
    cache_file = _face_file(cache)  # written by the first load
    cached_face = fonts._cached_face(FONT, 0)
    assert cached_face is not None
    cached = fonts._load_face(FONT, 0, "FY-test-cached")
    assert cached.face.__dict__.keys() == parsed.face.__dict__.keys()
    for code in SAMPLE:
        assert cached.face.getCharWidth(code) == parsed.face.getCharWidth(code)
        assert cached.face.charToGlyph[code] == parsed.face.charToGlyph[code]
    assert cached.stringWidth("调解协议书 2026", 16) == parsed.stringWidth("调解协议书 2026", 16)
    assert cached.face.makeSubset(SAMPLE) == parsed.face.makeSubset(SAMPLE)  # the bytes embedded in a PDF
    assert cached.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    assert cached.fontName == "FY-test-cached" and cached.shapable == parsed.shapable
    assert cache_file.stat().st_size < FONT.stat().st_size / 4  # the font's bytes are not stored again


@pytest.mark.slow
def test_a_damaged_or_hostile_cache_file_is_parsed_over_not_run(cache: Path, tmp_path: Path) -> None:
    fonts._load_face(FONT, 0, "FY-test-first")
    cache_file = _face_file(cache)
    cache_file.write_bytes(b"not a pickle")
    assert fonts._cached_face(FONT, 0) is None
    fonts._load_face(FONT, 0, "FY-test-again")  # parses, and writes the cache anew
    assert fonts._cached_face(FONT, 0) is not None

    marker = tmp_path / "ran"

    class Hostile:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    cache_file.write_bytes(pickle.dumps({"x": Hostile()}))
    assert fonts._cached_face(FONT, 0) is None
    assert not marker.exists()


def test_without_a_cache_folder_nothing_is_written(tmp_path: Path) -> None:
    fonts.use_face_cache(None)
    assert fonts._face_cache_file(FONT, 0) is None
    assert fonts._cached_face(FONT, 0) is None
