"""The settings dialog and its pages (practice details; this computer's settings)."""

from mentordesk.ui.settings.settings_dialog import SettingsDialog

__all__ = ["SettingsDialog"]
