"""A child process that writes notes, sessions, drafts and invoices through the services until it
is killed, acknowledging every write to the parent only after the write's commit returned.

The protocol on the pipe: the child imports everything, says "loaded" and waits for "open" (the
parent may hold the file open while it checks an earlier kill); then it opens the file, says
"ready" and writes without pause, until the parent kills it at a random moment after "open".
Each acknowledgement is one small message (one ``write`` on the pipe, so a kill never leaves
half of one), sent after the service call returned:

- ``("session", session_id, n)``: a held session whose summary and private notes carry ``n``;
- ``("summary", session_id, n)``: that session's notes saved through the session editor's
  service with ``n`` (a later, unacknowledged save may have landed too: then a higher ``n``);
- ``("draft", draft_id, n)``: the editor's draft of a new session kept with ``n``;
- ``("invoice", invoice_id, lines)``: a draft invoice stored with ``lines`` lines;
- ``("issued", invoice_id, number)``: the draft issued under ``number``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass, field, replace
from decimal import Decimal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

# Issue dates per year: never earlier than the year's last one, never after "today".
ISSUE_DAYS = (dt.date(2025, 12, 30), dt.date(2026, 3, 2))
CANARY = "Kraaiennest"  # in every note text: easy to find, never a real word in the file
STRIDE = 100_000  # more writes than one writer ever makes before it is killed


def note(kind: str, n: int) -> str:
    return f"{CANARY} {kind} #{n:09d}: " + ("gesprek over werk en rust. " * 8).strip()


def number_in(text: str) -> int:
    """The ``n`` written by ``note``; -1 when the text is not one of ours."""
    try:
        return int(text.split("#", 1)[1][:9])
    except (IndexError, ValueError):
        return -1


@dataclass(frozen=True)
class World:
    """What the parent set up: one client with paid work."""

    client_id: int
    engagement_id: int


def build_world(path: Path, passphrase: str) -> World:
    """A practice ready to issue invoices, with one client and one paid engagement."""
    from mentordesk.domain.enums import EngagementKind, Funding
    from mentordesk.services import demo_content
    from mentordesk.services.practice_file import create_practice
    from mentordesk.services.records import ClientDraft, EngagementDraft

    with create_practice(path, passphrase, "Praktijk Kill Test") as pf:
        pf.practice.update(demo_content.PRACTICE)
        client = pf.clients.create(
            ClientDraft(
                name="José García", street="Oudegracht 1", postal_code="3511 AA", city="Utrecht"
            )
        )
        engagement = pf.engagements.create(
            EngagementDraft(
                client_id=client.id,
                kind=EngagementKind.CAREER,
                funding=Funding.CLIENT_PAID,
                start_date=dt.date(2025, 1, 1),
                rate_cents=9500,
            )
        )
    return World(client.id, engagement.id)


def writer_child(  # noqa: PLR0917 - a multiprocessing target takes its arguments in order
    path: str, home: str, passphrase: str, world: World, index: int, conn: Connection
) -> None:
    """Writer number ``index``: its ``n`` start at ``index * STRIDE`` (above earlier ones')."""
    os.environ["MENTORDESK_HOME"] = home
    os.environ["MENTORDESK_LANG"] = "en"
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    import mentordesk.services.drafts
    import mentordesk.services.invoices
    import mentordesk.services.session_work  # noqa: F401 - imported before the clock runs
    from mentordesk.services.practice_file import open_practice

    conn.send("loaded")
    conn.recv()  # "open": the parent has closed the file
    pf = open_practice(Path(path), passphrase)
    conn.send("ready")  # read by the parent after the kill: it did get past the opening
    _Writer(pf, world, random.Random(index), conn, index * STRIDE).run()


@dataclass
class _Writer:
    pf: Any
    world: World
    rng: random.Random
    conn: Connection
    base: int
    draft_id: int | None = None
    counter: int = field(default=0)

    def __post_init__(self) -> None:
        from mentordesk.services.drafts import DraftService
        from mentordesk.services.invoices import InvoiceService
        from mentordesk.services.session_work import SessionWorkService

        self.invoices = InvoiceService(self.pf)
        self.work = SessionWorkService(self.pf)
        self.drafts = DraftService(self.pf)
        self.counter = self.base  # above every n an earlier (killed) writer used
        open_drafts = self.drafts.list_open()
        self.draft_id = open_drafts[0].id if open_drafts else None

    def next_n(self) -> int:
        self.counter += 1
        return self.counter

    def run(self) -> None:
        steps = (self.new_session, self.edit_notes, self.keep_draft, self.invoice_step)
        while True:
            self.rng.choices(steps, weights=(3, 3, 3, 3))[0]()

    def new_session(self) -> None:
        from mentordesk.domain.confidentiality import Confidentiality
        from mentordesk.domain.enums import SessionStatus
        from mentordesk.services.records import SessionDraft

        n = self.next_n()
        day = dt.date(2025, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 180))
        draft = SessionDraft(
            engagement_id=self.world.engagement_id,
            date=day,
            duration_minutes=self.rng.choice((45, 60, 90)),
            status=SessionStatus.HELD,
            summary=note("verslag", n),
            private_notes=note("werkaantekening", n),
            confidentiality=self.rng.choice(list(Confidentiality)),
        )
        session = self.pf.sessions.create(draft)
        self.conn.send(("session", session.id, n))

    def edit_notes(self) -> None:
        sessions = self.pf.sessions.for_client(self.world.client_id)
        if not sessions:
            return
        session = self.rng.choice(sessions)
        n = self.next_n()
        base = _draft_of(session)
        mine = replace(base, summary=note("verslag", n), private_notes=note("werkaantekening", n))
        self.work.save(session.id, mine, base=base)
        self.conn.send(("summary", session.id, n))

    def keep_draft(self) -> None:
        n = self.next_n()
        payload = {"date": "2025-06-30", "summary": note("concept", n), "private_notes": ""}
        self.draft_id = self.drafts.save(self.world.engagement_id, None, payload, self.draft_id)
        self.conn.send(("draft", self.draft_id, n))

    def invoice_step(self) -> None:
        from mentordesk.services.invoice_records import InvoiceState, LineDraft, draft_of

        waiting = self.invoices.list(client_id=self.world.client_id, states=[InvoiceState.DRAFT])
        if waiting:
            invoice = self.invoices.get(waiting[0].id)
            if len(invoice.lines) < 2:
                extra = LineDraft("Reiskosten", Decimal(1), self.rng.randrange(500, 5000))
                draft = draft_of(invoice)
                self.invoices.update(invoice.id, replace(draft, lines=(*draft.lines, extra)))
                self.conn.send(("invoice", invoice.id, len(draft.lines) + 1))
                return
            day = self.rng.choice(ISSUE_DAYS)
            issued = self.invoices.issue(invoice.id, on=day, today=day)
            self.conn.send(("issued", invoice.id, issued.number))
            return
        ready = self.invoices.billable_sessions(self.world.client_id)
        if not ready:
            self.new_session()
            return
        chosen = [s.session_id for s in ready[: self.rng.randint(1, 2)]]
        created = self.invoices.create(self.invoices.suggest(self.world.client_id, chosen))
        self.conn.send(("invoice", created.id, len(created.lines)))


def _draft_of(session: Any) -> Any:
    from mentordesk.services.records import SessionDraft

    return SessionDraft(
        **{name: getattr(session, name) for name in SessionDraft.__dataclass_fields__}
    )
