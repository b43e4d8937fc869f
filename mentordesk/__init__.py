"""MentorDesk: an offline, encrypted practice file for independent mentors."""

__version__ = "0.1.0"
