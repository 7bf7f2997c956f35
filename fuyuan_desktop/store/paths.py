"""Where the app keeps its data: platformdirs by default, ``--data-dir`` / ``FUYUAN_DATA_DIR`` to override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "fuyuan-desktop"
APP_AUTHOR = "Fuyuan"
ENV_DATA_DIR = "FUYUAN_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The folders and files of one installation's data."""

    root: Path
    # The platformdirs log folder when the data lives in the platform default; otherwise ``root/logs``.
    log_root: Path | None = None

    @property
    def database(self) -> Path:
        return self.root / "fuyuan.sqlite3"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keyring(self) -> Path:
        """Wrapped data keys and login counters: readable before the encrypted database is open."""
        return self.root / "keyring.json"

    @property
    def logs(self) -> Path:
        return self.log_root or self.root / "logs"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.blobs, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data folder: an explicit argument, then ``FUYUAN_DATA_DIR``, then the platform default."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
                     Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))
