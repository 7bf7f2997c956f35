"""The 工作台 reads the linkage warnings at start-up: that must not load pinyin dictionaries or reportlab."""

from __future__ import annotations

import json
import subprocess
import sys


def test_the_warnings_import_light() -> None:
    code = ("import json, sys; import fuyuan_desktop.services.linkage.warnings; "
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'pypinyin', 'reportlab', 'openpyxl'})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == []
