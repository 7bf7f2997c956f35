"""A hub that knows itself: ``hub init`` records its database (never its password), folder and keys in hub.json;
later commands and the workbench's hub mode find the hub from the data folder or the hub folder alone; a folder
that holds no hub is refused with exit 2 and nothing written. Real SQLite files and a real PostgreSQL database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cli_runner
import pytest
from sqlalchemy.engine import make_url

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.hub.registry import DB_PASSWORD_ENV, HubNotFoundError, init_hub, recorded_url
from fuyuan_desktop.services import hub as hub_service


def _with_password(url: str | None) -> str | None:
    return make_url(url).set(password="s3cret-pw").render_as_string(hide_password=False) if url else None


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_init_records_the_database_and_every_later_opening_finds_it(tmp_path: Path, hub_url: str | None,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    info = init_hub(data / "hub", _with_password(hub_url))
    described = (data / "hub" / "hub.json").read_text(encoding="utf-8")
    assert "s3cret-pw" not in described, "the database password never lands beside the data"
    body = json.loads(described)
    assert body["hub_id"] == info.hub_id and body["keys"] == "keys/hub-keys.json"
    assert body["backend"] == ("postgresql" if hub_url else "sqlite")
    assert info.password_needed is bool(hub_url)

    for folder in (data, data / "hub"):  # the data folder or the hub's own folder, no database named
        hub = hub_service.open_hub_store(folder)
        try:
            assert hub.root == (data / "hub").resolve()
            assert hub.db.engine.dialect.name == ("postgresql" if hub_url else "sqlite")
            if hub_url:
                assert hub.db.engine.url.database == make_url(hub_url).database
            assert hub.key().owner_id == info.hub_id
            assert hub_service.devices(hub) == []
        finally:
            hub.db.engine.dispose()
        assert hub_service.is_initialized(folder)

    # The workbench's hub mode (``fuyuan-desktop --hub 数据目录``) opens the same hub, keys included.
    ws = hub_service.open_hub_workspace(data)
    try:
        assert hub_service.hub_of(ws).key().owner_id == info.hub_id
    finally:
        ws.db.engine.dispose()

    if hub_url:  # the password comes from the environment when set (else libpq's PGPASSWORD / ~/.pgpass)
        monkeypatch.setenv(DB_PASSWORD_ENV, "from-env")
        assert make_url(recorded_url(data / "hub") or "").password == "from-env"
        monkeypatch.delenv(DB_PASSWORD_ENV)
        assert make_url(recorded_url(data / "hub") or "").password is None


def test_another_database_than_the_recorded_one_is_refused(tmp_path: Path, hub_url: str | None) -> None:
    init_hub(tmp_path / "hub", hub_url)
    other = "postgresql+psycopg://postgres@127.0.0.1:5432/some_other_hub" if not hub_url else str(tmp_path / "x.db")
    with pytest.raises(ValidationError, match="记录的数据库是"):
        hub_service.open_hub_store(tmp_path / "hub", other)
    assert not (tmp_path / "x.db").exists()
    if hub_url:  # naming the recorded database again (password included) is fine
        hub = hub_service.open_hub_store(tmp_path, _with_password(hub_url))
        hub.db.engine.dispose()


def test_a_folder_without_a_hub_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "laptop").mkdir()
    (tmp_path / "laptop" / "fuyuan.sqlite3").write_bytes(b"")  # a laptop's data folder is not a hub
    for folder in (tmp_path / "laptop", tmp_path / "nowhere"):
        before = _files(tmp_path)
        with pytest.raises(HubNotFoundError) as raised:
            hub_service.open_hub_store(folder)
        assert raised.value.exit_code == 2 and "不是中院端" in str(raised.value)
        assert raised.value.details["folder"] == str(folder.resolve())
        assert not hub_service.is_initialized(folder)
        assert _files(tmp_path) == before, "no stray hub.sqlite3, no folder made"


@pytest.mark.slow
def test_the_commands_need_no_database_after_init(tmp_path: Path, hub_url: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FUYUAN_DATA_DIR", DB_PASSWORD_ENV)}
    env.update(FUYUAN_USER="测试书记员", PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    data = tmp_path / "court"

    def court(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(data), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=180, check=False)

    refused = court("hub", "approve", str(tmp_path / "req.json"), "--out", str(tmp_path / "grant.json"))
    assert refused.returncode == 2, refused.stderr
    assert "不是中院端" in refused.stderr and "fuyuan hub init --home" in refused.stderr
    assert not data.exists(), "a command on a folder that is not a hub writes nothing"

    init = court("hub", "init", *(["--db", _with_password(hub_url) or ""] if hub_url else []))
    assert init.returncode == 0, init.stderr
    assert "hub.json" in init.stdout and "s3cret-pw" not in (data / "hub" / "hub.json").read_text(encoding="utf-8")
    if hub_url:
        assert DB_PASSWORD_ENV in init.stdout
    assert json.loads(court("--json", "hub", "devices").stdout) == []
    listed = court("hub", "requests", "--home", str(data / "hub"))
    assert listed.returncode == 0 and "没有待批准的登记申请" in listed.stdout
    assert court("hub", "bundles", "--home", str(data)).returncode == 0
    if not hub_url:
        assert (data / "hub" / "hub.sqlite3").is_file()
    else:
        assert not (data / "hub" / "hub.sqlite3").exists(), "the PostgreSQL hub never falls back to SQLite"
