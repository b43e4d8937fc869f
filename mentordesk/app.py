"""Starting the desktop app: wires Qt, logging, translations and the first window together.

``__main__`` calls ``run``; the logic lives in ``mentordesk.ui`` (``Launcher``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mentordesk import __version__, config, errors
from mentordesk.ui import messages
from mentordesk.ui.launcher import Launcher
from mentordesk.ui.translations import install_translators


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("MentorDesk")
    app.setOrganizationName("MentorDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nl.mentordesk.MentorDesk")  # packaging/linux: menu entry, icon
    app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    icons = Path(__file__).resolve().parents[1] / "resources" / "icons"
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = icons / f"mentordesk-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def _event_loop(app: QApplication) -> int:
    return app.exec()


def _qt_pair_problem() -> str | None:
    """PySide6 6.12+ on CPython 3.11 aborts after ~5,000 void calls; pyproject.toml pins it
    away, but a hand-made install could still bring the pair together."""
    import PySide6

    qt = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    if sys.version_info[:2] == (3, 11) and qt >= (6, 12):
        return (
            f"MentorDesk cannot run on PySide6 {PySide6.__version__} with Python 3.11 (it "
            "crashes). Reinstall MentorDesk with pip, which picks PySide6 6.11, or use "
            "Python 3.12 or newer."
        )
    return None


def run(file: Path | None = None, *, demo: bool = False) -> int:
    """Show the demo (``demo=True``), ``file`` (passphrase from ``MENTORDESK_PASSPHRASE``, the
    keyring, or a dialog) or the welcome window; run the event loop; return its exit code."""
    problem = _qt_pair_problem()
    if problem:
        print(f"mentordesk: {problem}", file=sys.stderr)
        return 1
    config.setup_logging()
    errors.set_language(config.load_settings().language)
    app = _application()
    translators = install_translators(app)
    messages.install_excepthook()
    launcher = Launcher()
    launcher.start(Path(file) if file is not None else None, demo=demo)
    try:
        return _event_loop(app)
    finally:
        launcher.shutdown()
        for translator in translators:
            app.removeTranslator(translator)
