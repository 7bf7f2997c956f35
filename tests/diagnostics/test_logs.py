"""Diagnostics: the rotating log in the platformdirs log folder and crash reports, both free of personal data."""

from __future__ import annotations

import logging
import logging.handlers
import platform
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest
from conftest import make_credit_code, make_id_number

from fuyuan_desktop import __version__
from fuyuan_desktop.diagnostics.logs import LOGGER, scrub, setup_logging
from fuyuan_desktop.store.paths import APP_AUTHOR, APP_NAME, DataPaths, resolve_data_paths

ID = make_id_number(7)
CREDIT = make_credit_code()
PERSONAL = [ID, CREDIT, "13904381234", "139 0438 1234", "0438-6123456", "冼\U00020000", "张桂芝"]


@pytest.fixture
def fresh_logger() -> Iterator[logging.Logger]:
    """The app logger without handlers, restored afterwards (setup_logging adds one per process)."""
    logger = logging.getLogger(LOGGER)
    saved = logger.handlers[:]
    logger.handlers.clear()
    yield logger
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = saved


def test_scrub_removes_identifiers_phones_sql_parameters_and_quoted_names() -> None:
    text = (f"IntegrityError: UNIQUE constraint failed: party.id_number\n[SQL: INSERT INTO party (name) VALUES (?)]\n"
            f"[parameters: ('张桂芝', '{ID}', '13904381234')]\n"
            f"KeyError: '冼\U00020000' 找不到当事人「张桂芝」 id {ID} code {CREDIT} tel +86 139 0438 1234, 0438-6123456")
    cleaned = scrub(text)
    for secret in PERSONAL:
        assert secret not in cleaned
    # What IT needs stays: the error, the SQL shape, where it happened.
    assert "UNIQUE constraint failed: party.id_number" in cleaned
    assert "[SQL: INSERT INTO party (name) VALUES (?)]" in cleaned and "[parameters: 已隐去]" in cleaned
    assert "[身份证号]" in cleaned and "[信用代码]" in cleaned and cleaned.count("[电话]") == 2
    assert scrub("case 临-开发区-2026-Q55Z-0001 at 14:05:09, 2 pages, 100000 rows") == \
        "case 临-开发区-2026-Q55Z-0001 at 14:05:09, 2 pages, 100000 rows"


def test_default_log_folder_is_platformdirs_and_data_dir_override_keeps_logs_with_the_data(tmp_path: Path) -> None:
    assert resolve_data_paths().logs == Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    assert resolve_data_paths(tmp_path).logs == tmp_path / "logs"


def test_log_file_rotates_and_holds_no_personal_data(tmp_path: Path, fresh_logger: logging.Logger) -> None:
    paths = DataPaths(tmp_path / "data")
    log_file = setup_logging(paths)
    assert setup_logging(paths) == log_file  # idempotent: one handler
    handlers = [h for h in fresh_logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1 and handlers[0].maxBytes > 0 and handlers[0].backupCount >= 1

    logging.getLogger("fuyuan.services").warning("party %s phone %s", ID, "13904381234")
    try:
        raise ValueError(f"bad party '张桂芝' {ID}")
    except ValueError:
        logging.getLogger("fuyuan.ui").exception("unhandled")
    handlers[0].flush()

    text = log_file.read_text(encoding="utf-8")
    assert log_file.parent == paths.logs
    assert f"Fuyuan Desktop {__version__} started" in text
    assert "ValueError" in text and "test_logs.py" in text  # the traceback survives, scrubbed
    for secret in PERSONAL:
        assert secret not in text


def test_crash_report_has_version_os_and_last_log_lines_and_no_personal_data(
        qapp, tmp_path: Path, fresh_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from fuyuan_desktop.ui import crash

    paths = DataPaths(tmp_path / "data")
    setup_logging(paths)
    logging.getLogger("fuyuan.ui").info("opened case page %s", "0193a1b2")
    monkeypatch.setattr(crash, "_paths", paths)
    monkeypatch.setattr(crash, "_bridge", None)  # no dialog: the hook falls back to printing the traceback

    try:
        raise RuntimeError(f"cannot save '张桂芝' ({ID}, 13904381234)")
    except RuntimeError as exc:
        crash._hook(RuntimeError, exc, exc.__traceback__)
    capsys.readouterr()

    reports = sorted(paths.logs.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert f"版本：{__version__}" in text
    assert platform.platform() in text and "Qt 6." in text
    assert "RuntimeError" in text and "test_logs.py" in text
    assert "opened case page 0193a1b2" in text  # the last log lines
    assert "unhandled exception" in text  # ... including the hook's own entry
    for secret in PERSONAL:
        assert secret not in text


def test_a_second_data_folder_in_the_same_process_takes_the_log_over(tmp_path: Path,
                                                                     fresh_logger: logging.Logger) -> None:
    first, second = DataPaths(tmp_path / "real"), DataPaths(tmp_path / "demo")
    setup_logging(first)
    target = setup_logging(second)  # the workbench switched to the demo workspace
    logging.getLogger("fuyuan.ui").warning("after the switch")
    handlers = [h for h in fresh_logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1
    handlers[0].flush()
    assert "after the switch" in target.read_text(encoding="utf-8")
    assert "after the switch" not in (first.logs / target.name).read_text(encoding="utf-8")
