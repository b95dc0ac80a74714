"""A library's error log (SQLAlchemy closing a cursor after Ctrl-C) is not printed as a
traceback after the CLI's one-line message, unless --debug asks for tracebacks."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import logging, sys
from onrecord.cli import _quiet_library_logs
_quiet_library_logs(debug=sys.argv[1] == "debug")
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    logging.getLogger("sqlalchemy.pool.impl.QueuePool").error("Error closing cursor", exc_info=True)
logging.getLogger("urllib3").warning("another library's warning")
"""


def _stderr(mode: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_cli_sqlalchemy_errors_are_quiet_without_debug() -> None:
    err = _stderr("plain")
    assert "Traceback" not in err
    assert "Error closing cursor" not in err
    assert "another library's warning" in err  # only SQLAlchemy's logs are silenced


def test_cli_sqlalchemy_errors_show_with_debug() -> None:
    err = _stderr("debug")
    assert "Error closing cursor" in err
    assert "Traceback" in err
