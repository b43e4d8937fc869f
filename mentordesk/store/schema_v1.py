"""Schema version 1, frozen: the first released client file. Never edit; add a new step."""

from __future__ import annotations

TABLES = [
    """CREATE TABLE practice (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        trade_name TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        kvk_number TEXT NOT NULL DEFAULT '',
        vat_id TEXT NOT NULL DEFAULT '',
        iban TEXT NOT NULL DEFAULT '',
        logo BLOB,
        signature BLOB,
        default_rate_cents INTEGER NOT NULL DEFAULT 0 CHECK (default_rate_cents >= 0),
        vat_regime TEXT NOT NULL DEFAULT 'standard'
            CHECK (vat_regime IN ('standard', 'kor', 'exempt')),
        vat_exempt_text TEXT NOT NULL DEFAULT '',
        payment_term_days INTEGER NOT NULL DEFAULT 14 CHECK (payment_term_days >= 0),
        invoice_number_pattern TEXT NOT NULL DEFAULT '{year}-{seq:04d}',
        default_language TEXT NOT NULL DEFAULT 'nl' CHECK (default_language IN ('nl', 'en')),
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE payer (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        kind TEXT NOT NULL DEFAULT 'employer'
            CHECK (kind IN ('employer', 'organisation', 'foundation', 'other')),
        contact_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        vat_id TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE client (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        preferred_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        referral_source TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'intake'
            CHECK (status IN ('intake', 'active', 'paused', 'closed', 'archived')),
        consent_date TEXT,
        consent_scope TEXT NOT NULL DEFAULT '',
        sensitive INTEGER NOT NULL DEFAULT 0,
        tags TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        payer_id INTEGER REFERENCES payer (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE engagement (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
        payer_id INTEGER REFERENCES payer (id) ON DELETE RESTRICT,
        title TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('career', 'personal_growth', 'other')),
        funding TEXT NOT NULL
            CHECK (funding IN ('client_paid', 'payer_paid', 'pro_bono', 'free_intake')),
        rate_cents INTEGER CHECK (rate_cents IS NULL OR rate_cents >= 0),
        package_price_cents INTEGER
            CHECK (package_price_cents IS NULL OR package_price_cents >= 0),
        planned_sessions INTEGER CHECK (planned_sessions IS NULL OR planned_sessions >= 0),
        cadence_weeks INTEGER CHECK (cadence_weeks IS NULL OR cadence_weeks >= 1),
        start_date TEXT NOT NULL,
        end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN
            ('planned', 'active', 'paused', 'completed', 'cancelled', 'archived')),
        agreement_date TEXT,
        payer_reference TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX engagement_client ON engagement (client_id, start_date)",
    """CREATE TABLE goal (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (title <> ''),
        description TEXT NOT NULL DEFAULT '',
        life_area TEXT NOT NULL DEFAULT 'work' CHECK (life_area IN
            ('work', 'relationships', 'health', 'emotional', 'cognitive', 'meaning', 'other')),
        target_date TEXT,
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'in_progress', 'achieved', 'let_go')),
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX goal_engagement ON goal (engagement_id)",
    """CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        start_time TEXT,
        duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 1 AND 1440),
        mode TEXT NOT NULL DEFAULT 'in_person'
            CHECK (mode IN ('in_person', 'video', 'phone', 'walk')),
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'held', 'cancelled', 'no_show')),
        billable INTEGER NOT NULL DEFAULT 1,
        topics TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        private_notes TEXT NOT NULL DEFAULT '',
        agreed_actions TEXT NOT NULL DEFAULT '',
        confidentiality TEXT NOT NULL DEFAULT 'normal'
            CHECK (confidentiality IN ('normal', 'confidential', 'private')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX session_engagement_date ON session (engagement_id, date)",
    # covers "last held / next planned session per client" for the client list
    "CREATE INDEX session_engagement_status_date ON session (engagement_id, status, date)",
    "CREATE INDEX session_date ON session (date)",
    """CREATE TABLE goal_score (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
        date TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX goal_score_goal ON goal_score (goal_id, date)",
    "CREATE UNIQUE INDEX goal_score_session ON goal_score (goal_id, session_id)",
    """CREATE TABLE action_item (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
        text TEXT NOT NULL CHECK (text <> ''),
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        done_at TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX action_item_goal ON action_item (goal_id)",
    """CREATE TABLE document_log (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        client_id INTEGER REFERENCES client (id) ON DELETE SET NULL,
        recipient TEXT NOT NULL DEFAULT '',
        included TEXT NOT NULL DEFAULT '[]',
        file_name TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        client_id INTEGER REFERENCES client (id) ON DELETE SET NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    )""",
]

# Full-text search inside the encrypted file. One FTS5 table, kept by triggers. Each source row
# maps to a fixed rowid (id * 8 + kind) so that an edit replaces its entry without a scan.
# kind: 1 client, 2 goal, 3 action item, 4 session text (its own level), 5 private notes.
SEARCH = [
    """CREATE VIRTUAL TABLE search_index USING fts5(
        title, body, kind UNINDEXED, ref_id UNINDEXED, client_id UNINDEXED, level UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
]

_CLIENT_ROW = """INSERT INTO search_index (rowid, title, body, kind, ref_id, client_id, level)
    VALUES (new.id * 8 + 1, new.name || ' ' || new.preferred_name,
            new.email || ' ' || new.tags || ' ' || new.notes,
            'client', new.id, new.id, 'normal');"""
_GOAL_ROW = """INSERT INTO search_index (rowid, title, body, kind, ref_id, client_id, level)
    VALUES (new.id * 8 + 2, new.title, new.description, 'goal', new.id,
            (SELECT client_id FROM engagement WHERE id = new.engagement_id), 'normal');"""
_ACTION_ROW = """INSERT INTO search_index (rowid, title, body, kind, ref_id, client_id, level)
    VALUES (new.id * 8 + 3, new.text, '', 'action', new.id,
            (SELECT e.client_id FROM goal g JOIN engagement e ON e.id = g.engagement_id
             WHERE g.id = new.goal_id), 'normal');"""
_SESSION_ROWS = """INSERT INTO search_index (rowid, title, body, kind, ref_id, client_id, level)
    VALUES (new.id * 8 + 4, new.topics, new.summary || ' ' || new.agreed_actions, 'session',
            new.id, (SELECT client_id FROM engagement WHERE id = new.engagement_id),
            new.confidentiality);
    INSERT INTO search_index (rowid, title, body, kind, ref_id, client_id, level)
    SELECT new.id * 8 + 5, '', new.private_notes, 'session_private', new.id,
           (SELECT client_id FROM engagement WHERE id = new.engagement_id), 'private'
    WHERE new.private_notes <> '';"""


def _triggers(table: str, insert_sql: str, kinds: tuple[int, ...]) -> list[str]:
    deletes = " ".join(f"DELETE FROM search_index WHERE rowid = old.id * 8 + {k};" for k in kinds)
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {insert_sql} END",
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {deletes} "
        f"{insert_sql} END",
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {deletes} END",
    ]


TRIGGERS = [
    *_triggers("client", _CLIENT_ROW, (1,)),
    *_triggers("goal", _GOAL_ROW, (2,)),
    *_triggers("action_item", _ACTION_ROW, (3,)),
    *_triggers("session", _SESSION_ROWS, (4, 5)),
]

STATEMENTS = [*TABLES, *SEARCH, *TRIGGERS]
