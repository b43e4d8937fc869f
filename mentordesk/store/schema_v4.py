"""Schema version 4, frozen: invoices, credit notes, payments, and the hours-log consent. Never
edit; add a new step.

``invoice`` holds invoices and credit notes (``kind``). A row is born a draft (``status``
``draft``, no number) and may change or go while it is one. Issuing it gives it the next number
of its year (``year``, ``seq``; gapless, checked here too) and freezes it: the addressee
(``to_*``), the supplier (``from_*``: the practice's details at that moment), the VAT treatment
(``vat_regime``, ``vat_note``) and the totals. From then on triggers refuse every UPDATE and
DELETE of the invoice and of its lines, whoever runs them. A credit note (``credited_invoice_id``)
refers to an issued invoice and is issued in the same sequence.

``invoice_line`` amounts are whole cents, ``quantity_hundredths`` a quantity with two decimals
(150 is 1.5 hours), the VAT rate whole permille (210 is 21 %). A session line names its session;
a credit note line names the line it credits.

``invoiced_session`` is the claim that keeps a session on one invoice at most: one row per
session (the primary key) for the line that bills it, taken when the line is drafted, gone with a
draft line, and released only when an issued credit note credits that line in full (a trigger
refuses any other removal). Issued lines themselves never change, so the claim cannot live on
them.

``payment`` rows belong to issued invoices (not credit notes); a negative amount is a refund.

``client.listed``: the client agreed to be named in the hours log (credential bodies); unlisted
clients appear as "Client 7".
"""

from __future__ import annotations

TABLES = [
    """CREATE TABLE invoice (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
        number TEXT UNIQUE,
        year INTEGER,
        seq INTEGER CHECK (seq IS NULL OR seq >= 1),
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
        payer_id INTEGER REFERENCES payer (id) ON DELETE RESTRICT,
        engagement_id INTEGER REFERENCES engagement (id) ON DELETE RESTRICT,
        credited_invoice_id INTEGER REFERENCES invoice (id) ON DELETE RESTRICT,
        language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        issue_date TEXT,
        due_date TEXT,
        payment_term_days INTEGER NOT NULL DEFAULT 14 CHECK (payment_term_days >= 0),
        period_start TEXT,
        period_end TEXT,
        reference TEXT NOT NULL DEFAULT '',
        about TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        payment_qr INTEGER NOT NULL DEFAULT 1,
        vat_regime TEXT NOT NULL DEFAULT 'standard'
            CHECK (vat_regime IN ('standard', 'kor', 'exempt', 'reverse_charge')),
        vat_note TEXT NOT NULL DEFAULT '',
        to_name TEXT NOT NULL DEFAULT '',
        to_attention TEXT NOT NULL DEFAULT '',
        to_street TEXT NOT NULL DEFAULT '',
        to_postal_code TEXT NOT NULL DEFAULT '',
        to_city TEXT NOT NULL DEFAULT '',
        to_country TEXT NOT NULL DEFAULT '',
        to_vat_id TEXT NOT NULL DEFAULT '',
        from_name TEXT NOT NULL DEFAULT '',
        from_street TEXT NOT NULL DEFAULT '',
        from_postal_code TEXT NOT NULL DEFAULT '',
        from_city TEXT NOT NULL DEFAULT '',
        from_country TEXT NOT NULL DEFAULT '',
        from_vat_id TEXT NOT NULL DEFAULT '',
        from_trade_name TEXT NOT NULL DEFAULT '',
        from_email TEXT NOT NULL DEFAULT '',
        from_phone TEXT NOT NULL DEFAULT '',
        from_website TEXT NOT NULL DEFAULT '',
        from_kvk_number TEXT NOT NULL DEFAULT '',
        from_iban TEXT NOT NULL DEFAULT '',
        net_cents INTEGER NOT NULL DEFAULT 0,
        vat_cents INTEGER NOT NULL DEFAULT 0,
        total_cents INTEGER NOT NULL DEFAULT 0,
        issued_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL)),
        CHECK (total_cents = net_cents + vat_cents),
        CHECK (status = 'issued'
               OR (number IS NULL AND year IS NULL AND seq IS NULL AND issued_at IS NULL)),
        CHECK (status = 'draft'
               OR (number IS NOT NULL AND number <> '' AND seq IS NOT NULL
                   AND issue_date IS NOT NULL AND due_date IS NOT NULL AND issued_at IS NOT NULL
                   AND year = CAST(substr(issue_date, 1, 4) AS INTEGER))),
        CHECK (period_start IS NULL OR period_end IS NULL OR period_end >= period_start),
        CHECK (issue_date IS NULL OR due_date IS NULL OR due_date >= issue_date)
    )""",
    # gapless numbering looks up the highest number of a year
    "CREATE UNIQUE INDEX invoice_year_seq ON invoice (year, seq) WHERE status = 'issued'",
    "CREATE INDEX invoice_client ON invoice (client_id, issue_date)",
    "CREATE INDEX invoice_issue_date ON invoice (issue_date)",
    "CREATE INDEX invoice_payer ON invoice (payer_id) WHERE payer_id IS NOT NULL",
    "CREATE INDEX invoice_engagement ON invoice (engagement_id) WHERE engagement_id IS NOT NULL",
    """CREATE INDEX invoice_credited ON invoice (credited_invoice_id)
        WHERE credited_invoice_id IS NOT NULL""",
    """CREATE TABLE invoice_line (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL CHECK (description <> ''),
        quantity_hundredths INTEGER NOT NULL DEFAULT 100
            CHECK (quantity_hundredths BETWEEN 1 AND 10000000),
        unit TEXT NOT NULL DEFAULT 'item' CHECK (unit IN ('hour', 'session', 'item')),
        unit_price_cents INTEGER NOT NULL,
        vat_rate_permille INTEGER NOT NULL DEFAULT 210 CHECK (vat_rate_permille BETWEEN 0 AND 1000),
        net_cents INTEGER NOT NULL,
        session_id INTEGER REFERENCES session (id) ON DELETE RESTRICT,
        credited_line_id INTEGER REFERENCES invoice_line (id) ON DELETE RESTRICT
    )""",
    "CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id, position)",
    "CREATE INDEX invoice_line_session ON invoice_line (session_id) WHERE session_id IS NOT NULL",
    """CREATE INDEX invoice_line_credited ON invoice_line (credited_line_id)
        WHERE credited_line_id IS NOT NULL""",
    """CREATE TABLE invoiced_session (
        session_id INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE RESTRICT,
        line_id INTEGER NOT NULL UNIQUE REFERENCES invoice_line (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE payment (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
        method TEXT NOT NULL DEFAULT 'bank_transfer'
            CHECK (method IN ('bank_transfer', 'cash', 'card', 'other')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX payment_invoice ON payment (invoice_id, date)",
    "CREATE INDEX payment_date ON payment (date)",
    "ALTER TABLE client ADD COLUMN listed INTEGER NOT NULL DEFAULT 0",
]

_FINAL = "an issued invoice cannot be changed or deleted; correct it with a credit note"
_LINE_FINAL = "the lines of an issued invoice cannot be changed or deleted"
_ISSUED = "(SELECT status FROM invoice WHERE id = {ref}.invoice_id) = 'issued'"

TRIGGERS = [
    # every invoice starts as a draft: its lines go in before it is issued
    """CREATE TRIGGER invoice_born_draft BEFORE INSERT ON invoice WHEN new.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'an invoice is created as a draft and issued afterwards'); END""",
    f"""CREATE TRIGGER invoice_final_update BEFORE UPDATE ON invoice WHEN old.status = 'issued'
        BEGIN SELECT RAISE(ABORT, '{_FINAL}'); END""",
    f"""CREATE TRIGGER invoice_final_delete BEFORE DELETE ON invoice WHEN old.status = 'issued'
        BEGIN SELECT RAISE(ABORT, '{_FINAL}'); END""",
    # issuing: lines present, their net sum in the totals, the next number of the year
    """CREATE TRIGGER invoice_issue_checks BEFORE UPDATE ON invoice
        WHEN old.status = 'draft' AND new.status = 'issued'
        BEGIN
            SELECT RAISE(ABORT, 'an invoice without lines cannot be issued')
            WHERE NOT EXISTS (SELECT 1 FROM invoice_line WHERE invoice_id = new.id);
            SELECT RAISE(ABORT, 'the invoice totals do not match its lines')
            WHERE new.net_cents <> (SELECT sum(net_cents) FROM invoice_line
                                    WHERE invoice_id = new.id);
            SELECT RAISE(ABORT, 'invoice numbers of a year run without gaps')
            WHERE new.seq <> (SELECT coalesce(max(seq), 0) + 1 FROM invoice
                              WHERE status = 'issued' AND year = new.year);
        END""",
    """CREATE TRIGGER invoice_credit_target_insert BEFORE INSERT ON invoice
        WHEN new.credited_invoice_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM invoice WHERE id = new.credited_invoice_id
            AND kind = 'invoice' AND status = 'issued')
        BEGIN SELECT RAISE(ABORT, 'a credit note refers to an issued invoice'); END""",
    """CREATE TRIGGER invoice_credit_target_update BEFORE UPDATE OF credited_invoice_id ON invoice
        WHEN new.credited_invoice_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM invoice WHERE id = new.credited_invoice_id
            AND kind = 'invoice' AND status = 'issued')
        BEGIN SELECT RAISE(ABORT, 'a credit note refers to an issued invoice'); END""",
    f"""CREATE TRIGGER invoice_line_final_insert BEFORE INSERT ON invoice_line
        WHEN {_ISSUED.format(ref="new")}
        BEGIN SELECT RAISE(ABORT, '{_LINE_FINAL}'); END""",
    f"""CREATE TRIGGER invoice_line_final_update BEFORE UPDATE ON invoice_line
        WHEN {_ISSUED.format(ref="old")} OR {_ISSUED.format(ref="new")}
        BEGIN SELECT RAISE(ABORT, '{_LINE_FINAL}'); END""",
    f"""CREATE TRIGGER invoice_line_final_delete BEFORE DELETE ON invoice_line
        WHEN {_ISSUED.format(ref="old")}
        BEGIN SELECT RAISE(ABORT, '{_LINE_FINAL}'); END""",
    # pro bono and free-intake work is never invoiced
    """CREATE TRIGGER invoice_line_paid_work BEFORE INSERT ON invoice_line
        WHEN new.session_id IS NOT NULL AND new.credited_line_id IS NULL AND (
            SELECT e.funding FROM session s JOIN engagement e ON e.id = s.engagement_id
            WHERE s.id = new.session_id) NOT IN ('client_paid', 'payer_paid')
        BEGIN SELECT RAISE(ABORT, 'pro bono and free-intake sessions are never invoiced'); END""",
    """CREATE TRIGGER invoiced_session_claim BEFORE INSERT ON invoiced_session
        WHEN NOT EXISTS (
            SELECT 1 FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
            WHERE l.id = new.line_id AND l.session_id = new.session_id
            AND l.credited_line_id IS NULL AND i.status = 'draft' AND i.kind = 'invoice')
        BEGIN SELECT RAISE(ABORT, 'a session is claimed by a draft invoice line that bills it');
        END""",
    "CREATE TRIGGER invoiced_session_fixed BEFORE UPDATE ON invoiced_session "
    "BEGIN SELECT RAISE(ABORT, 'a session claim is never changed'); END",
    # an issued invoice keeps its sessions until an issued credit note credits the line
    """CREATE TRIGGER invoiced_session_release BEFORE DELETE ON invoiced_session
        WHEN (SELECT i.status FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
              WHERE l.id = old.line_id) = 'issued'
        AND NOT EXISTS (
            SELECT 1 FROM invoice_line c JOIN invoice n ON n.id = c.invoice_id
            WHERE c.credited_line_id = old.line_id AND n.status = 'issued')
        BEGIN SELECT RAISE(ABORT, 'an invoiced session stays invoiced until it is credited');
        END""",
    """CREATE TRIGGER payment_issued_invoice BEFORE INSERT ON payment
        WHEN NOT EXISTS (SELECT 1 FROM invoice WHERE id = new.invoice_id
                         AND status = 'issued' AND kind = 'invoice')
        BEGIN SELECT RAISE(ABORT, 'payments are registered on issued invoices'); END""",
    """CREATE TRIGGER payment_issued_invoice_update BEFORE UPDATE OF invoice_id ON payment
        WHEN NOT EXISTS (SELECT 1 FROM invoice WHERE id = new.invoice_id
                         AND status = 'issued' AND kind = 'invoice')
        BEGIN SELECT RAISE(ABORT, 'payments are registered on issued invoices'); END""",
]

STATEMENTS = [*TABLES, *TRIGGERS]
