"""Where MentorDesk keeps its own things (settings, logs, backups), via platformdirs.

Settings hold no client data and never a passphrase: the recent files, the idle-lock minutes,
the interface language. ``MENTORDESK_HOME`` moves everything under one folder (tests, portable
use).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP = "MentorDesk"
MAX_RECENT = 8
# The range each backup setting accepts; a value outside it is ignored (the default stays).
BACKUP_LIMITS = {
    "backup_keep_last": (1, 100),
    "backup_keep_daily_days": (0, 365),
    "backup_interval_minutes": (5, 480),
}
log = logging.getLogger(__name__)


def _home() -> Path | None:
    value = os.environ.get("MENTORDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP, appauthor=False))


def backup_dir() -> Path:
    """Where backups go: the folder chosen in the settings, else one in the user's data folder."""
    chosen = load_settings().backup_folder
    return Path(chosen) if chosen else default_backup_dir()


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def log_file() -> Path:
    return log_dir() / "mentordesk.log"


def demo_file() -> Path:
    return data_dir() / "demo.mentordesk"


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    idle_lock_minutes: int = 10
    language: str = ""  # "" follows the system
    backup_folder: str = ""  # "" is default_backup_dir()
    # Backups: the newest N are kept, plus the newest of each day for D days; while changes
    # are made, one every M minutes (also one at open and one at close).
    backup_keep_last: int = 10
    backup_keep_daily_days: int = 30
    backup_interval_minutes: int = 30
    # The window's look, never client data: Qt's saveGeometry/saveState (base64), splitter
    # states by name (base64), and the last page shown ("dashboard", "clients", "agenda").
    window_geometry: str = ""
    window_state: str = ""
    splitters: dict[str, str] = field(default_factory=dict)
    last_page: str = ""

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).absolute())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]


def _settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    try:
        raw = json.loads(_settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings unreadable, using defaults: %s", exc)
        return Settings()
    settings = Settings()
    if isinstance(raw.get("recent_files"), list):
        settings.recent_files = [str(p) for p in raw["recent_files"]][:MAX_RECENT]
    if isinstance(raw.get("idle_lock_minutes"), int) and 1 <= raw["idle_lock_minutes"] <= 240:
        settings.idle_lock_minutes = raw["idle_lock_minutes"]
    if raw.get("language") in ("", "nl", "en"):
        settings.language = raw["language"]
    for name, (low, high) in BACKUP_LIMITS.items():
        value = raw.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            setattr(settings, name, value)
    for name in ("backup_folder", "window_geometry", "window_state", "last_page"):
        if isinstance(raw.get(name), str):
            setattr(settings, name, raw[name])
    if isinstance(raw.get("splitters"), dict):
        settings.splitters = {str(k): v for k, v in raw["splitters"].items() if isinstance(v, str)}
    return settings


def save_settings(settings: Settings) -> None:
    """Write atomically: a crash leaves the old settings or the new ones, never half."""
    target = _settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the user's log folder; returns its path."""
    path = log_file()
    root = logging.getLogger()
    for existing in [h for h in root.handlers if getattr(h, "_mentordesk", False)]:
        if getattr(existing, "baseFilename", None) == str(path):
            return path
        root.removeHandler(existing)  # the log folder moved (MENTORDESK_HOME changed)
        existing.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mentordesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
