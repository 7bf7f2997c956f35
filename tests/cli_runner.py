"""The ``fuyuan`` command run as a real, separate process — without paying the interpreter's start-up every time.

A CLI test used to start ``python -m fuyuan_desktop.cli`` for every command: about 0.8 s of a 1 s command is
importing SQLAlchemy, SQLModel, Alembic and the program. Here each command is still its own process (its own
memory, file handles, locks, exit code, stdin/stdout/stderr as file descriptors), forked from a clean server
process that imported those modules once per test worker and has opened nothing (``multiprocessing``'s
*forkserver*). The child sets the environment, working directory and standard streams the way a fresh interpreter
would, runs the same ``main`` that ``python -m fuyuan_desktop.cli`` runs, runs the ``atexit`` handlers and exits
with its status.

What a forked child cannot reproduce, tests keep as real interpreter starts: the console-script entry point and
``-m`` themselves (tests/cli/test_cli.py), processes that are killed on purpose, and benchmarks.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

CLI = "fuyuan_desktop.cli"
PRELOAD = [
    "fuyuan_desktop.cli", "fuyuan_desktop.cli.common", "fuyuan_desktop.services.cases", "fuyuan_desktop.services.setup",
    "fuyuan_desktop.services.intake", "fuyuan_desktop.services.agreements", "fuyuan_desktop.store.migrate",
    "fuyuan_desktop.store.models", "fuyuan_desktop.services.workspace", "sqlalchemy", "sqlmodel", "alembic",
    "alembic.command", "alembic.config",
]
_context: Any = None


def _forkserver() -> Any:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def is_cli(command: Sequence[str]) -> bool:
    """``[python, -m, fuyuan_desktop.cli, …]`` — the command this module can run forked."""
    return len(command) >= 3 and command[0] == sys.executable and list(command[1:3]) == ["-m", CLI]


def _child(args: list[str], env: dict[str, str], cwd: str, stdin: str, stdout: str, stderr: str,
           encoding: str) -> None:
    """In the forked process: become ``python -m fuyuan_desktop.cli ARGS`` and exit with its status."""
    os.environ.clear()
    os.environ.update(env)
    time.tzset()
    os.chdir(cwd)
    for fd, path, flags in ((0, stdin, os.O_RDONLY), (1, stdout, os.O_WRONLY | os.O_TRUNC),
                            (2, stderr, os.O_WRONLY | os.O_TRUNC)):
        opened = os.open(path, flags)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding=encoding, closefd=False)  # noqa: SIM115 - the process's own stream
    sys.stdout = open(1, "w", encoding=encoding, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding=encoding, errors="backslashreplace", closefd=False,  # noqa: SIM115
                      buffering=1)
    sys.argv = [CLI, *args]
    code: object = 0
    try:
        from fuyuan_desktop.cli import main

        code = main(args)
    except SystemExit as exc:
        code = exc.code
    except BaseException:  # what the interpreter does with an uncaught exception
        traceback.print_exc()
        code = 1
    try:
        atexit._run_exitfuncs()
    finally:
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)


def run(command: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: str | Path | None = None,
        input: str | bytes | None = None, timeout: float | None = None, capture_output: bool = False,
        text: bool = False, encoding: str | None = None, errors: str | None = None, check: bool = False,
        stdin: Any = None, stdout: Any = None, stderr: Any = None, **rest: Any) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run`` for the fuyuan command: forked from the pre-imported server (see the module's doc);
    any other command, or options this does not handle, goes to ``subprocess.run`` itself."""
    if stdout == subprocess.PIPE and stderr == subprocess.PIPE:
        capture_output, stdout, stderr = True, None, None
    if stdin == subprocess.DEVNULL and input is None:
        stdin = None  # the child's standard input is an empty file either way: reading it gives end of file
    if not is_cli(command) or rest or stdin is not None or stdout is not None or stderr is not None:
        for name, value in (("stdin", stdin), ("stdout", stdout), ("stderr", stderr)):
            if value is not None:
                rest[name] = value
        return subprocess.run(command, env=env, cwd=cwd, input=input, timeout=timeout,
                              capture_output=capture_output, text=text, encoding=encoding, errors=errors,
                              check=check, **rest)
    environment = dict(os.environ if env is None else env)
    stream_encoding = environment.get("PYTHONIOENCODING", "utf-8").split(":")[0] or "utf-8"
    decode = text or encoding is not None or errors is not None
    with tempfile.TemporaryDirectory(prefix="cli-") as folder:
        files = {name: Path(folder) / name for name in ("stdin", "stdout", "stderr")}
        data = input.encode(encoding or "utf-8") if isinstance(input, str) else (input or b"")
        files["stdin"].write_bytes(data)
        files["stdout"].touch()
        files["stderr"].touch()
        child = _forkserver().Process(
            target=_child, args=(list(command[3:]), environment, str(cwd or os.getcwd()), str(files["stdin"]),
                                 str(files["stdout"]), str(files["stderr"]), stream_encoding), daemon=False)
        child.start()
        child.join(timeout)
        if child.is_alive():
            child.kill()
            child.join()
            raise subprocess.TimeoutExpired(list(command), timeout or 0)
        out, err = files["stdout"].read_bytes(), files["stderr"].read_bytes()
    if not capture_output:
        sys.stdout.write(out.decode(stream_encoding, "replace"))
        sys.stderr.write(err.decode(stream_encoding, "replace"))
        out = err = None  # type: ignore[assignment]
    elif decode:
        out = out.decode(encoding or stream_encoding, errors or "strict")  # type: ignore[assignment]
        err = err.decode(encoding or stream_encoding, errors or "strict")  # type: ignore[assignment]
    done = subprocess.CompletedProcess(list(command), child.exitcode if child.exitcode is not None else -9,
                                       out, err)
    if check:
        done.check_returncode()
    return done
