"""``python -m fuyuan_desktop.cli``: the ``fuyuan`` command."""

from fuyuan_desktop.cli import main

raise SystemExit(main())
