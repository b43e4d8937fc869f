"""The version of MentorDesk, written in this one place.

``pyproject.toml`` reads it (``[tool.setuptools.dynamic]``), ``mentordesk --version`` prints it,
the packaged builds (``packaging/``) carry it, and ``tests/unit/test_packaging_files.py`` checks
that the AppStream metainfo names it as the newest release. Nothing here may import anything:
``--version`` must answer without loading Qt or the database.
"""

from __future__ import annotations

from typing import Final

__version__: Final = "0.1.0"
