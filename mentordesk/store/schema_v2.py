"""Schema version 2, frozen: drafts of the session editor. Never edit; add a new step.

A draft keeps what the mentor is typing in the session editor, inside the encrypted file, so that
a crash or a lock never loses it. ``session_id`` is set for a draft of an existing session (one
draft per session) and NULL for a session not saved yet. ``payload`` is the editor's fields as a
JSON object. Drafts are never indexed for search. They go with their session or engagement.
"""

from __future__ import annotations

TABLES = [
    """CREATE TABLE session_draft (
        id INTEGER PRIMARY KEY,
        session_id INTEGER UNIQUE REFERENCES session (id) ON DELETE CASCADE,
        engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
        payload TEXT NOT NULL DEFAULT '{}'
            CHECK (json_valid(payload) AND json_type(payload) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # foreign-key checks when an engagement goes, and the drafts of one engagement
    "CREATE INDEX session_draft_engagement ON session_draft (engagement_id)",
    # the "restore unsaved notes" offer lists the newest first
    "CREATE INDEX session_draft_updated ON session_draft (updated_at)",
]

STATEMENTS = [*TABLES]
