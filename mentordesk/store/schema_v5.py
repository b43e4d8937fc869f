"""Schema version 5, frozen: the erasure register, retention periods, and invoices that may go
once their fiscal retention period has passed. Never edit; add a new step.

``erasure`` remembers every erasure the mentor made: ``scope`` ``client`` (a client's personal
content: contact details, notes, goals, session text, document-log details) or ``engagement``
(the notes of one engagement, erased when its retention period passed). ``subject_id`` is the
client's or engagement's id and ``subject_created_at`` its ``created_at``: ids are kept by
backups and by export/import, and the pair never points at a later record that reused an id.
The register is copied outside the file too (see ``services.erasure``), so that restoring an
older backup or importing an old export applies the erasures again. It holds no personal text.

``practice.retention_note_months``: notes, goals and session text of an engagement may be erased
this long after it ended (default 24). ``practice.retention_invoice_years``: invoices are kept
this long after the end of their year (default 7, the Dutch fiscal minimum, never less).

Issued invoices stay unchangeable, but from the seventh calendar year after their issue year on
they may be deleted, with their lines, session claims and payments: the version 4 triggers are
replaced by ones that allow exactly that. The service applies the (longer) configured period.
"""

from __future__ import annotations

_KEPT = "date('now', 'start of year', '-6 years')"  # issue years after this one are kept
_FINAL = "an issued invoice cannot be changed or deleted; correct it with a credit note"
_LINE_FINAL = "the lines of an issued invoice cannot be changed or deleted"

TABLES = [
    """CREATE TABLE erasure (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('client', 'engagement')),
        subject_id INTEGER NOT NULL,
        subject_created_at TEXT NOT NULL,
        erased_at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '' CHECK (reason IN ('', 'request', 'retention')),
        UNIQUE (scope, subject_id, subject_created_at)
    )""",
    """ALTER TABLE practice ADD COLUMN retention_note_months INTEGER NOT NULL DEFAULT 24
        CHECK (retention_note_months >= 1)""",
    """ALTER TABLE practice ADD COLUMN retention_invoice_years INTEGER NOT NULL DEFAULT 7
        CHECK (retention_invoice_years >= 7)""",
]

TRIGGERS = [
    "DROP TRIGGER invoice_final_delete",
    f"""CREATE TRIGGER invoice_final_delete BEFORE DELETE ON invoice
        WHEN old.status = 'issued' AND old.issue_date >= {_KEPT}
        BEGIN SELECT RAISE(ABORT, '{_FINAL}'); END""",
    "DROP TRIGGER invoice_line_final_delete",
    f"""CREATE TRIGGER invoice_line_final_delete BEFORE DELETE ON invoice_line
        WHEN (SELECT status = 'issued' AND issue_date >= {_KEPT}
              FROM invoice WHERE id = old.invoice_id)
        BEGIN SELECT RAISE(ABORT, '{_LINE_FINAL}'); END""",
    "DROP TRIGGER invoiced_session_release",
    f"""CREATE TRIGGER invoiced_session_release BEFORE DELETE ON invoiced_session
        WHEN (SELECT i.status = 'issued' AND i.issue_date >= {_KEPT}
              FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
              WHERE l.id = old.line_id)
        AND NOT EXISTS (
            SELECT 1 FROM invoice_line c JOIN invoice n ON n.id = c.invoice_id
            WHERE c.credited_line_id = old.line_id AND n.status = 'issued')
        BEGIN SELECT RAISE(ABORT, 'an invoiced session stays invoiced until it is credited');
        END""",
]

STATEMENTS = [*TABLES, *TRIGGERS]
