"""Regression guard: PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 void Qt calls.

(``Fatal Python error: none_dealloc``: each void call drops a reference to None.) The pins in
pyproject.toml keep that pair from being installed; this test makes 20,000 void calls in a child
process, so an abort fails the test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000

CHILD = f"""
import sys
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication([])
owner = QObject()
label = QLabel()
widget = QWidget()
timer = QTimer()
for i in range({CALLS} // 4):
    owner.setObjectName("n")       # void
    label.setText("t")             # void
    widget.setEnabled(bool(i % 2)) # void
    timer.setInterval(i % 50)      # void
app.processEvents()
print("done", {CALLS})
"""


def test_twenty_thousand_void_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"done {CALLS}"


def test_installed_pyside_is_not_the_broken_pair() -> None:
    import PySide6

    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and version >= (6, 12)), (
        f"PySide6 {PySide6.__version__} on Python 3.11 aborts after ~5,000 void calls"
    )
