"""Schema version 3, frozen: consent per recipient, and how a document left. Never edit; add a
new step.

``consent`` records that a client agreed to documents going to one third party: the payer
(``payer_id``), the referrer or another named party (``party_name``, with an address for the
letter). ``given_on`` is when the client agreed, ``scope`` what they agreed to, in their words;
``withdrawn_on`` ends it. A letter to anyone but the client needs a consent that is in force.
The free-text ``client.consent_date``/``consent_scope`` of version 1 stay as they are: the
general consent to keeping a file, not consent to share.

``document_log.channel`` says whether a document was saved to a file or printed.
"""

from __future__ import annotations

TABLES = [
    """CREATE TABLE consent (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('payer', 'referrer', 'other')),
        payer_id INTEGER REFERENCES payer (id) ON DELETE RESTRICT,
        party_name TEXT NOT NULL DEFAULT '',
        party_address TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        given_on TEXT NOT NULL,
        withdrawn_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((recipient_kind = 'payer') = (payer_id IS NOT NULL)),
        CHECK (recipient_kind = 'payer' OR party_name <> ''),
        CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
    )""",
    "CREATE INDEX consent_client ON consent (client_id, recipient_kind)",
    # foreign-key checks when a payer goes
    "CREATE INDEX consent_payer ON consent (payer_id) WHERE payer_id IS NOT NULL",
    """ALTER TABLE document_log ADD COLUMN channel TEXT NOT NULL DEFAULT 'saved'
        CHECK (channel IN ('saved', 'printed'))""",
    # the client page lists a client's documents, newest first
    "CREATE INDEX document_log_client ON document_log (client_id, created_at)",
]

STATEMENTS = [*TABLES]
