"""The Windows installer script and the PyInstaller spec agree with each other and with the build (no Windows needed)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "build_spec" / "fuyuan-desktop.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "build_spec" / "fuyuan-desktop.spec").read_text(encoding="utf-8")


def _define(name: str) -> str:
    found = re.search(rf'^#define {name} (.+)$', ISS, re.MULTILINE)
    assert found, name
    return found.group(1).strip()


def test_installer_installs_what_the_build_makes() -> None:
    app = re.search(r'^APP = "([^"]+)"', SPEC, re.MULTILINE)
    assert app and _define("AppExe") == f'"{app.group(1)}.exe"'
    assert _define("DistDir").endswith(f'"..\\dist\\{app.group(1)}"')
    assert 'Source: "{#DistDir}\\*"; DestDir: "{app}"' in ISS and "recursesubdirs" in ISS


def test_installer_icon_exists_and_install_is_per_user_without_write_access_to_the_app_folder() -> None:
    icon = re.search(r"^SetupIconFile=\{#SourcePath\}\\\.\.\\(.+)$", ISS, re.MULTILINE)
    assert icon and (ROOT / icon.group(1).replace("\\", "/")).is_file()
    assert "PrivilegesRequired=lowest" in ISS
    # Nothing grants the app write access to its install folder (it never writes there).
    assert "Permissions:" not in ISS and "[Dirs]" not in ISS


def test_installer_runs_the_self_check_once() -> None:
    assert re.search(r'^Filename: "\{app\}\\\{#AppExe\}"; Parameters: "--self-check".*runhidden', ISS, re.MULTILINE)


def test_spec_is_python_and_keeps_test_code_and_unused_qt_out() -> None:
    compile(SPEC, "fuyuan-desktop.spec", "exec")
    for name in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml"):
        assert f'"{name}"' in SPEC
    for name in ('"pytest"', '"hypothesis"', '"tests"'):
        assert name in SPEC
