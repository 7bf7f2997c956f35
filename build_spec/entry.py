"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``)."""

import sys

# The install folder is read-only to the app: no bytecode caches next to the migration scripts Alembic loads.
sys.dont_write_bytecode = True

from fuyuan_desktop.ui.app import main  # noqa: E402

raise SystemExit(main())
