"""Rules of the mentoring practice that need no I/O (standard library only)."""
