"""Where the app keeps its data: platformdirs by default, ``--data-dir`` / ``FUYUAN_DATA_DIR`` to override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from fuyuan_desktop.store.blobs import BlobStore

APP_NAME = "fuyuan-desktop"
APP_AUTHOR = "Fuyuan"
ENV_DATA_DIR = "FUYUAN_DATA_DIR"
# The demo workspace: a folder of its own under the data folder, marked so that every frontend labels it 演示.
DEMO_FOLDER = "demo"
DEMO_MARKER = "DEMO-WORKSPACE.txt"


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
    def cache(self) -> Path:
        """Derived data that can be rebuilt at any time (parsed font faces): never backed up or synced."""
        return self.root / "cache"

    @property
    def keyring(self) -> Path:
        """Wrapped data keys and login counters: readable before the encrypted database is open."""
        return self.root / "keyring.json"

    @property
    def logs(self) -> Path:
        return self.log_root or self.root / "logs"

    @property
    def is_demo(self) -> bool:
        """A demo workspace: made by ``demo_workspace`` (its own store, blobs, settings), never the court's data."""
        return (self.root / DEMO_MARKER).exists()

    def demo_workspace(self) -> DataPaths:
        """The demo workspace of this data folder (``<data>/demo``), made and marked if new; itself if it is one."""
        if self.is_demo:
            return self
        demo = DataPaths(self.root / DEMO_FOLDER, self.log_root / DEMO_FOLDER if self.log_root else None).ensure()
        marker = demo.root / DEMO_MARKER
        if not marker.exists():
            marker.write_text("演示工作区：这里的案件、当事人和协议都是虚构的演示数据，不得同步到法院。\n"
                              "Demo workspace: every case here is made up; it never syncs to the court.\n",
                              encoding="utf-8")
        return demo

    def blob_store(self, key: bytes | None = None) -> BlobStore:
        """The folder's attachments and printed originals (sealed with ``key``, the data key, when given)."""
        return BlobStore(self.blobs, key=key)

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
