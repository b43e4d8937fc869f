"""MentorDesk: an offline, encrypted practice file for independent mentors."""

from mentordesk.version import __version__

__all__ = ["__version__"]
