"""The file itself refuses to change an issued invoice: raw SQL, past every service."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlcipher3 import dbapi2

from mentordesk.services.credit_notes import CreditNoteService
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile, open_practice
from tests.conftest import PASSPHRASE
from tests.unit.services.money_setup import DAY, Books, books


@pytest.fixture
def setup(practice_path: Any) -> Iterator[tuple[PracticeFile, Books, int, int]]:
    """An open file with one issued invoice and one draft."""
    with open_practice(practice_path, PASSPHRASE) as pf:
        found = books(pf)
        invoices = InvoiceService(pf)
        issued = invoices.create(invoices.suggest(found.client_id, found.paid_sessions[:2]))
        invoices.issue(issued.id, on=DAY, today=DAY)
        draft = invoices.create(invoices.suggest(found.client_id, found.paid_sessions[2:]))
        yield pf, found, issued.id, draft.id


def sql(pf: PracticeFile, statement: str, *args: object) -> Any:
    return pf.connection.execute(statement, args)


def snapshot(pf: PracticeFile, invoice_id: int) -> tuple[Any, ...]:
    row = sql(pf, "SELECT * FROM invoice WHERE id = ?", invoice_id).fetchone()
    lines = sql(pf, "SELECT * FROM invoice_line WHERE invoice_id = ? ORDER BY id", invoice_id)
    return (row, lines.fetchall())


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE invoice SET total_cents = 1, net_cents = 1, vat_cents = 0 WHERE id = ?",
        "UPDATE invoice SET to_name = 'Someone else' WHERE id = ?",
        "UPDATE invoice SET status = 'draft', number = NULL, year = NULL, seq = NULL, "
        "issued_at = NULL WHERE id = ?",
        "UPDATE invoice SET number = number WHERE id = ?",
        "DELETE FROM invoice WHERE id = ?",
        "UPDATE invoice_line SET unit_price_cents = 1 WHERE invoice_id = ?",
        "UPDATE invoice_line SET description = 'x' WHERE invoice_id = ?",
        "DELETE FROM invoice_line WHERE invoice_id = ?",
        "INSERT INTO invoice_line (invoice_id, description, unit_price_cents, net_cents) "
        "VALUES (?, 'extra', 100, 100)",
    ],
)
def test_raw_sql_cannot_change_or_delete_an_issued_invoice(
    setup: tuple[PracticeFile, Books, int, int], statement: str
) -> None:
    pf, _, issued, _ = setup
    before = snapshot(pf, issued)
    with pytest.raises(dbapi2.IntegrityError, match="issued invoice"):
        sql(pf, statement, issued)
    assert snapshot(pf, issued) == before


def test_a_line_cannot_move_into_an_issued_invoice(
    setup: tuple[PracticeFile, Books, int, int],
) -> None:
    pf, _, issued, draft = setup
    with pytest.raises(dbapi2.IntegrityError, match="issued invoice"):
        sql(pf, "UPDATE invoice_line SET invoice_id = ? WHERE invoice_id = ?", issued, draft)


def test_drafts_may_change_and_go(setup: tuple[PracticeFile, Books, int, int]) -> None:
    pf, _, _, draft = setup
    sql(pf, "UPDATE invoice SET note = 'changed' WHERE id = ?", draft)
    sql(pf, "UPDATE invoice_line SET description = 'changed' WHERE invoice_id = ?", draft)
    sql(pf, "DELETE FROM invoice WHERE id = ?", draft)
    assert sql(pf, "SELECT count(*) FROM invoice_line WHERE invoice_id = ?", draft).fetchone() == (
        0,
    )
    assert sql(pf, "SELECT count(*) FROM invoiced_session").fetchone() == (2,)  # the issued two


def test_an_invoice_is_born_a_draft(setup: tuple[PracticeFile, Books, int, int]) -> None:
    pf, found, _, _ = setup
    with pytest.raises(dbapi2.IntegrityError, match="created as a draft"):
        sql(
            pf,
            "INSERT INTO invoice (status, number, year, seq, client_id, issue_date, due_date, "
            "issued_at, created_at, updated_at) VALUES ('issued', '2025-0099', 2025, 99, ?, "
            "'2025-03-03', '2025-03-17', 'x', 'x', 'x')",
            found.client_id,
        )


def test_issuing_with_a_gap_or_without_lines_is_refused(
    setup: tuple[PracticeFile, Books, int, int],
) -> None:
    pf, found, _, draft = setup
    issue = (
        "UPDATE invoice SET status = 'issued', number = ?, year = 2025, seq = ?, "
        "issue_date = '2025-03-03', due_date = '2025-03-17', issued_at = 'x' WHERE id = ?"
    )
    with pytest.raises(dbapi2.IntegrityError, match="without gaps"):
        sql(pf, issue, "2025-0003", 3, draft)
    with pytest.raises(dbapi2.IntegrityError, match="UNIQUE"):
        sql(pf, issue, "2025-0001", 2, draft)
    sql(
        pf,
        "INSERT INTO invoice (client_id, created_at, updated_at) VALUES (?, 'x', 'x')",
        found.client_id,
    )
    empty = sql(pf, "SELECT max(id) FROM invoice").fetchone()[0]
    with pytest.raises(dbapi2.IntegrityError, match="without lines"):
        sql(pf, issue, "2025-0002", 2, empty)
    sql(pf, issue, "2025-0002", 2, draft)  # the next number, with lines: accepted
    assert sql(pf, "SELECT status FROM invoice WHERE id = ?", draft).fetchone() == ("issued",)


def test_payments_only_on_issued_invoices(setup: tuple[PracticeFile, Books, int, int]) -> None:
    pf, _, issued, draft = setup
    insert = (
        "INSERT INTO payment (invoice_id, date, amount_cents, created_at) "
        "VALUES (?, '2025-03-04', 100, 'x')"
    )
    with pytest.raises(dbapi2.IntegrityError, match="issued invoices"):
        sql(pf, insert, draft)
    sql(pf, insert, issued)


def test_a_credit_note_refers_to_an_issued_invoice(
    setup: tuple[PracticeFile, Books, int, int],
) -> None:
    pf, found, _, draft = setup
    with pytest.raises(dbapi2.IntegrityError, match="refers to an issued invoice"):
        sql(
            pf,
            "INSERT INTO invoice (kind, credited_invoice_id, client_id, created_at, updated_at) "
            "VALUES ('credit_note', ?, ?, 'x', 'x')",
            draft,
            found.client_id,
        )


def test_a_session_claim_holds_until_an_issued_credit_note_credits_its_line(
    setup: tuple[PracticeFile, Books, int, int],
) -> None:
    pf, found, issued, _ = setup
    first = found.paid_sessions[0]
    delete = "DELETE FROM invoiced_session WHERE session_id = ?"
    with pytest.raises(dbapi2.IntegrityError, match="until it is credited"):
        sql(pf, delete, first)
    with pytest.raises(dbapi2.IntegrityError):
        sql(pf, "UPDATE invoiced_session SET session_id = ? WHERE session_id = ?", 999, first)
    credit = CreditNoteService(pf).create(issued)
    InvoiceService(pf).issue(credit.id, on=DAY, today=DAY)
    claimed = sql(pf, "SELECT count(*) FROM invoiced_session WHERE session_id = ?", first)
    assert claimed.fetchone() == (0,)  # released by the service, now allowed


def test_pro_bono_and_intake_sessions_never_get_an_invoice_line(
    setup: tuple[PracticeFile, Books, int, int],
) -> None:
    pf, found, _, draft = setup
    for session in (found.pro_bono_sessions[0], found.intake_session):
        with pytest.raises(dbapi2.IntegrityError, match="never invoiced"):
            sql(
                pf,
                "INSERT INTO invoice_line (invoice_id, description, unit_price_cents, net_cents, "
                "session_id) VALUES (?, 'x', 100, 100, ?)",
                draft,
                session,
            )
