"""SQL of the privacy rights: one client's complete records (access), erasing personal content,
and the erasure register (see ``services.privacy_access`` and ``services.erasure``).

Every function takes the open connection and runs inside the caller's transaction. Rows come
back as plain dicts of column name to value, so that an access export carries every column a
later schema step adds without a change here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

_ENGAGEMENTS = "SELECT id FROM engagement WHERE client_id = :client"
_GOALS = f"SELECT id FROM goal WHERE engagement_id IN ({_ENGAGEMENTS})"
_INVOICES = "SELECT id FROM invoice WHERE client_id = :client"

# One client's records, per kind; every query names the client and nothing else.
_ACCESS: dict[str, str] = {
    "client": "SELECT * FROM client WHERE id = :client",
    "payers": """SELECT id, name, kind FROM payer WHERE id IN (
            SELECT payer_id FROM client WHERE id = :client
            UNION SELECT payer_id FROM engagement WHERE client_id = :client
            UNION SELECT payer_id FROM consent WHERE client_id = :client
            UNION SELECT payer_id FROM invoice WHERE client_id = :client) ORDER BY id""",
    "engagements": "SELECT * FROM engagement WHERE client_id = :client ORDER BY start_date, id",
    "goals": f"SELECT * FROM goal WHERE engagement_id IN ({_ENGAGEMENTS}) ORDER BY id",
    "goal_scores": f"SELECT * FROM goal_score WHERE goal_id IN ({_GOALS}) ORDER BY date, id",
    "action_items": f"SELECT * FROM action_item WHERE goal_id IN ({_GOALS}) ORDER BY id",
    "sessions": f"""SELECT * FROM session WHERE engagement_id IN ({_ENGAGEMENTS})
            ORDER BY date, start_time, id""",
    "session_drafts": f"""SELECT * FROM session_draft WHERE engagement_id IN ({_ENGAGEMENTS})
            ORDER BY id""",
    "consents": "SELECT * FROM consent WHERE client_id = :client ORDER BY given_on, id",
    "documents": "SELECT * FROM document_log WHERE client_id = :client ORDER BY created_at, id",
    "invoices": "SELECT * FROM invoice WHERE client_id = :client ORDER BY id",
    "invoice_lines": f"""SELECT * FROM invoice_line WHERE invoice_id IN ({_INVOICES})
            ORDER BY invoice_id, position, id""",
    "payments": f"SELECT * FROM payment WHERE invoice_id IN ({_INVOICES}) ORDER BY date, id",
    "audit_events": "SELECT * FROM audit_event WHERE client_id = :client ORDER BY id",
    "erasures": """SELECT * FROM erasure WHERE (scope = 'client' AND subject_id = :client)
            OR (scope = 'engagement' AND subject_id IN (SELECT id FROM engagement
                WHERE client_id = :client)) ORDER BY id""",
}
ACCESS_KINDS = tuple(_ACCESS)


def _rows(conn: Any, sql: str, params: dict[str, Any]) -> list[Row]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def client_records(conn: Any, client_id: int) -> dict[str, list[Row]]:
    """Every record of one client, by kind (``ACCESS_KINDS``); empty lists when it has none."""
    params = {"client": client_id}
    return {kind: _rows(conn, sql, params) for kind, sql in _ACCESS.items()}


def client_created_at(conn: Any, client_id: int) -> str | None:
    row = conn.execute("SELECT created_at FROM client WHERE id = ?", (client_id,)).fetchone()
    return None if row is None else str(row[0])


def engagement_subject(conn: Any, engagement_id: int) -> tuple[int, str] | None:
    """The client id and ``created_at`` of an engagement, or None when there is none."""
    row = conn.execute(
        "SELECT client_id, created_at FROM engagement WHERE id = ?", (engagement_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


# -- what an erasure takes and what it leaves --------------------------------------------------
def neutral_names(client_id: int) -> tuple[str, str]:
    """The name an erased client keeps, in Dutch and English (either counts as erased)."""
    return f"Gewiste cliënt {client_id}", f"Erased client {client_id}"


NEUTRAL_PARTY = "—"  # a named party of an erased client's consent (the name is required)

_SESSION_TEXT = "(s.topics <> '' OR s.summary <> '' OR s.private_notes <> '' \
OR s.agreed_actions <> '' OR s.place <> '')"
_CONTACT_FIELDS = (
    "preferred_name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "referral_source",
    "consent_scope",
    "tags",
    "notes",
)
_CONTACT = " + ".join(f"(c.{name} <> '')" for name in _CONTACT_FIELDS)

_PREVIEW = f"""SELECT
    c.name, c.language,
    {_CONTACT} AS contact,
    (SELECT count(*) FROM engagement e WHERE e.client_id = c.id) AS engagements,
    (SELECT count(*) FROM goal g WHERE g.engagement_id IN ({_ENGAGEMENTS})) AS goals,
    (SELECT count(*) FROM action_item a WHERE a.goal_id IN ({_GOALS})) AS action_items,
    (SELECT count(*) FROM goal_score x WHERE x.goal_id IN ({_GOALS})) AS scores,
    (SELECT count(*) FROM session s WHERE s.engagement_id IN ({_ENGAGEMENTS})) AS sessions,
    (SELECT count(*) FROM session s WHERE s.engagement_id IN ({_ENGAGEMENTS})
        AND {_SESSION_TEXT}) AS session_texts,
    (SELECT count(*) FROM session_draft d WHERE d.engagement_id IN ({_ENGAGEMENTS})) AS drafts,
    (SELECT count(*) FROM document_log l WHERE l.client_id = c.id) AS documents,
    (SELECT count(*) FROM consent n WHERE n.client_id = c.id) AS consents,
    (SELECT count(*) FROM invoice i WHERE i.client_id = c.id AND i.status = 'draft')
        AS draft_invoices,
    (SELECT count(*) FROM invoice i WHERE i.client_id = c.id AND i.status = 'issued')
        AS issued_invoices,
    (SELECT count(*) FROM payment p WHERE p.invoice_id IN ({_INVOICES})) AS payments,
    (SELECT max(i.year) FROM invoice i WHERE i.client_id = c.id AND i.status = 'issued')
        AS last_invoice_year,
    EXISTS (SELECT 1 FROM erasure r WHERE r.scope = 'client' AND r.subject_id = c.id
        AND r.subject_created_at = c.created_at) AS erased
FROM client c WHERE c.id = :client"""


@dataclass(frozen=True, slots=True)
class ErasureCounts:
    name: str
    language: str
    contact_fields: int
    engagements: int
    goals: int
    action_items: int
    scores: int
    sessions: int
    session_texts: int
    session_drafts: int
    documents: int
    consents: int
    draft_invoices: int
    issued_invoices: int
    payments: int
    last_invoice_year: int | None
    erased: bool


def erasure_counts(conn: Any, client_id: int) -> ErasureCounts | None:
    row = conn.execute(_PREVIEW, {"client": client_id}).fetchone()
    if row is None:
        return None
    name, language, *numbers, last_year, erased = row
    (
        contact, engagements, goals, actions, scores, sessions, texts, drafts, documents,
        consents, draft_invoices, issued, payments,
    ) = (int(n) for n in numbers)  # fmt: skip
    return ErasureCounts(
        name=str(name),
        language=str(language),
        contact_fields=contact,
        engagements=engagements,
        goals=goals,
        action_items=actions,
        scores=scores,
        sessions=sessions,
        session_texts=texts,
        session_drafts=drafts,
        documents=documents,
        consents=consents,
        draft_invoices=draft_invoices,
        issued_invoices=issued,
        payments=payments,
        last_invoice_year=None if last_year is None else int(last_year),
        erased=bool(erased),
    )


def practice_language(conn: Any) -> str:
    row = conn.execute("SELECT default_language FROM practice WHERE id = 1").fetchone()
    return str(row[0]) if row else "nl"


def retention_invoice_years(conn: Any) -> int:
    row = conn.execute("SELECT retention_invoice_years FROM practice WHERE id = 1").fetchone()
    return int(row[0]) if row else 7


# -- erasing ----------------------------------------------------------------------------------
def _erase_engagements(conn: Any, where: str, params: dict[str, Any], stamp: str) -> None:
    """Erase the notes of the engagements ``where`` selects: drafts, goals with their scores
    and actions, and session text; dates, hours and status stay."""
    scope = f"SELECT id FROM engagement WHERE {where}"
    goals = f"SELECT id FROM goal WHERE engagement_id IN ({scope})"
    conn.execute(f"DELETE FROM session_draft WHERE engagement_id IN ({scope})", params)
    conn.execute(f"DELETE FROM action_item WHERE goal_id IN ({goals})", params)
    conn.execute(f"DELETE FROM goal_score WHERE goal_id IN ({goals})", params)
    conn.execute(f"DELETE FROM goal WHERE engagement_id IN ({scope})", params)
    conn.execute(
        f"""UPDATE session AS s SET topics = '', summary = '', private_notes = '',
            agreed_actions = '', place = '', updated_at = :stamp
            WHERE s.engagement_id IN ({scope}) AND {_SESSION_TEXT}""",
        {**params, "stamp": stamp},
    )
    conn.execute(
        f"UPDATE engagement SET notes = '', updated_at = :stamp WHERE {where} AND notes <> ''",
        {**params, "stamp": stamp},
    )


def erase_engagement(conn: Any, engagement_id: int, stamp: str) -> None:
    _erase_engagements(conn, "id = :engagement", {"engagement": engagement_id}, stamp)


_KEPT_INCLUDED = """CASE WHEN json_valid(included)
    AND json_type(included, '$.invoice_id') = 'integer'
    THEN json_object('invoice_id', json_extract(included, '$.invoice_id')) ELSE '{}' END"""


def erase_client(conn: Any, client_id: int, neutral_name: str, stamp: str) -> None:
    """Erase a client's personal content; the row stays under ``neutral_name`` for the invoices
    and the hours that refer to it. Issued invoices keep their own frozen addressee."""
    params: dict[str, Any] = {"client": client_id, "stamp": stamp}
    _erase_engagements(conn, "client_id = :client", params, stamp)
    conn.execute(
        "UPDATE engagement SET title = '', updated_at = :stamp "
        "WHERE client_id = :client AND title <> ''",
        params,
    )
    conn.execute("DELETE FROM invoice WHERE client_id = :client AND status = 'draft'", params)
    conn.execute(
        f"UPDATE payment SET note = '' WHERE invoice_id IN ({_INVOICES}) AND note <> ''", params
    )
    conn.execute(
        """UPDATE consent SET party_address = '', scope = '', updated_at = :stamp,
            party_name = CASE WHEN recipient_kind = 'payer' THEN '' ELSE :party END
            WHERE client_id = :client""",
        {**params, "party": NEUTRAL_PARTY},
    )
    conn.execute(
        f"""UPDATE document_log SET recipient = '', file_name = '', included = {_KEPT_INCLUDED}
            WHERE client_id = :client""",
        params,
    )
    conn.execute(
        """UPDATE audit_event SET detail = json_remove(detail, '$.reason')
            WHERE client_id = :client AND action = 'access_request_exported'
            AND json_valid(detail)
            AND json_type(detail, '$.reason') IS NOT NULL""",
        params,
    )
    blanks = ", ".join(f"{name} = ''" for name in _CONTACT_FIELDS)
    conn.execute(
        f"""UPDATE client SET name = :name, {blanks}, status = 'archived', listed = 0,
            updated_at = :stamp WHERE id = :client""",
        {**params, "name": neutral_name},
    )


def register(
    conn: Any, scope: str, subject_id: int, created_at: str, *, erased_at: str, reason: str
) -> bool:
    """Remember an erasure in the file; False when it was remembered already."""
    cursor = conn.execute(
        """INSERT OR IGNORE INTO erasure (scope, subject_id, subject_created_at, erased_at, reason)
            VALUES (?, ?, ?, ?, ?)""",
        (scope, subject_id, created_at, erased_at, reason),
    )
    return bool(cursor.rowcount)


def register_rows(conn: Any) -> list[Row]:
    return _rows(
        conn,
        "SELECT scope, subject_id, subject_created_at, erased_at, reason FROM erasure ORDER BY id",
        {},
    )


# -- re-applying --------------------------------------------------------------------------------
_CLIENT_DIRTY = f"""EXISTS (SELECT 1 FROM client c WHERE c.id = r.subject_id AND (
    c.name NOT IN ('Gewiste cliënt ' || c.id, 'Erased client ' || c.id) OR {_CONTACT} > 0
    OR EXISTS (SELECT 1 FROM engagement e WHERE e.client_id = c.id AND (
        e.title <> '' OR e.notes <> ''
        OR EXISTS (SELECT 1 FROM goal g WHERE g.engagement_id = e.id)
        OR EXISTS (SELECT 1 FROM session_draft d WHERE d.engagement_id = e.id)
        OR EXISTS (SELECT 1 FROM session s WHERE s.engagement_id = e.id AND {_SESSION_TEXT})))
    OR EXISTS (SELECT 1 FROM consent n WHERE n.client_id = c.id AND (n.party_address <> ''
        OR n.scope <> '' OR n.party_name NOT IN ('', '{NEUTRAL_PARTY}')))
    OR EXISTS (SELECT 1 FROM document_log l WHERE l.client_id = c.id
        AND (l.recipient <> '' OR l.file_name <> ''))
    OR EXISTS (SELECT 1 FROM invoice i WHERE i.client_id = c.id AND i.status = 'draft')))"""
_ENGAGEMENT_DIRTY = f"""EXISTS (SELECT 1 FROM engagement e WHERE e.id = r.subject_id AND (
    e.notes <> ''
    OR EXISTS (SELECT 1 FROM goal g WHERE g.engagement_id = e.id)
    OR EXISTS (SELECT 1 FROM session_draft d WHERE d.engagement_id = e.id)
    OR EXISTS (SELECT 1 FROM session s WHERE s.engagement_id = e.id AND {_SESSION_TEXT})))"""

# The file's register and the one kept beside it (a JSON array passed in), in one query: what
# is present in this file and still holds content, what is missing from the file's register,
# and what is missing from the one beside it. Nothing to do is an empty answer.
_KEY = "{t}scope || ':' || {t}subject_id || ':' || {t}{created}"
_SIDE_KEYS = "SELECT scope || ':' || subject_id || ':' || created FROM side"
_FILE_KEYS = f"SELECT {_KEY.format(t='', created='subject_created_at')} FROM erasure"
_REAPPLY = f"""
WITH side AS MATERIALIZED (
    SELECT json_extract(value, '$.scope') AS scope,
           json_extract(value, '$.subject_id') AS subject_id,
           json_extract(value, '$.subject_created_at') AS created,
           json_extract(value, '$.erased_at') AS erased_at,
           coalesce(json_extract(value, '$.reason'), '') AS reason
    FROM json_each(:side)),
reg AS (
    SELECT e.scope, e.subject_id, e.subject_created_at AS created, e.erased_at, e.reason,
           1 AS in_file,
           {_KEY.format(t="e.", created="subject_created_at")} IN ({_SIDE_KEYS}) AS in_side
    FROM erasure e
    UNION ALL
    SELECT s.scope, s.subject_id, s.created, s.erased_at, s.reason, 0, 1 FROM side s
    WHERE {_KEY.format(t="s.", created="created")} NOT IN ({_FILE_KEYS})),
found AS (
    SELECT r.*, CASE r.scope
        WHEN 'client' THEN EXISTS (SELECT 1 FROM client c WHERE c.id = r.subject_id
                                   AND c.created_at = r.created)
        WHEN 'engagement' THEN EXISTS (SELECT 1 FROM engagement e WHERE e.id = r.subject_id
                                       AND e.created_at = r.created)
        ELSE 0 END AS present
    FROM reg r)
SELECT scope, subject_id, created, erased_at, reason, in_file, in_side, present,
       CASE WHEN NOT present THEN 0
            WHEN scope = 'client' THEN {_CLIENT_DIRTY.replace("r.subject_id", "f.subject_id")}
            ELSE {_ENGAGEMENT_DIRTY.replace("r.subject_id", "f.subject_id")} END AS dirty
FROM found f
WHERE NOT in_side OR (present AND (NOT in_file OR dirty))
"""


@dataclass(frozen=True, slots=True)
class RegisterState:
    """One erasure that needs something: applying again, registering, or copying beside."""

    scope: str
    subject_id: int
    subject_created_at: str
    erased_at: str
    reason: str
    in_file: bool
    in_side: bool
    present: bool
    dirty: bool


def register_work(conn: Any, side: Iterable[Row]) -> list[RegisterState]:
    """The erasures (the file's and ``side``) that need something done; usually none."""
    rows = conn.execute(_REAPPLY, {"side": json.dumps(list(side))}).fetchall()
    return [
        RegisterState(
            scope=str(scope),
            subject_id=int(subject_id),
            subject_created_at=str(created),
            erased_at=str(erased_at or ""),
            reason=str(reason or ""),
            in_file=bool(in_file),
            in_side=bool(in_side),
            present=bool(present),
            dirty=bool(dirty),
        )
        for scope, subject_id, created, erased_at, reason, in_file, in_side, present, dirty in rows
    ]


def first_file_created(conn: Any) -> tuple[int, str] | None:
    """The id and stamp of the file's first ``file_created`` audit event."""
    row = conn.execute(
        "SELECT id, at FROM audit_event WHERE action = 'file_created' ORDER BY id LIMIT 1"
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))
