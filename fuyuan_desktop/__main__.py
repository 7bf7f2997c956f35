"""``python -m fuyuan_desktop`` opens the workbench."""

from fuyuan_desktop.ui.app import main

raise SystemExit(main())
