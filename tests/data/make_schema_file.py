"""Write ``schema-vN.mentordesk`` for the current release (run once per released schema).

    python tests/data/make_schema_file.py

The passphrase is the test suite's ``PASSPHRASE``. The file holds a little of everything, with
the awkward names that must survive every migration.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentordesk.domain.confidentiality import Confidentiality
from mentordesk.domain.enums import EngagementKind, Funding, SessionStatus
from mentordesk.services.practice_file import SCHEMA_VERSION, create_practice
from mentordesk.services.records import (
    ClientDraft,
    EngagementDraft,
    GoalDraft,
    PayerDraft,
    SessionDraft,
)

PASSPHRASE = "correct horse battery staple"


def main() -> None:
    path = Path(__file__).with_name(f"schema-v{SCHEMA_VERSION}.mentordesk")
    pf = create_practice(path, PASSPHRASE, "Praktijk de Wegwijzer")
    with pf:
        payer = pf.payers.create(PayerDraft(name="Gemeente Ûtrecht & Co", reference="PO-77"))
        for name, sensitive in (("Ülkü Şahin", True), ("Tom & Jerry <test>", False)):
            client = pf.clients.create(ClientDraft(name=name, sensitive=sensitive))
            engagement = pf.engagements.create(
                EngagementDraft(
                    client_id=client.id,
                    kind=EngagementKind.CAREER,
                    funding=Funding.PAYER_PAID,
                    payer_id=payer.id,
                    start_date=dt.date(2026, 1, 5),
                    planned_sessions=8,
                    cadence_weeks=2,
                )
            )
            goal = pf.goals.create(GoalDraft(engagement_id=engagement.id, title="Rust & ruimte"))
            session = pf.sessions.create(
                SessionDraft(
                    engagement_id=engagement.id,
                    date=dt.date(2026, 2, 2),
                    status=SessionStatus.HELD,
                    summary="<b>vet</b> & 'quotes'",
                    private_notes="werkaantekening",
                    confidentiality=Confidentiality.CONFIDENTIAL,
                )
            )
            pf.goals.record_score(goal.id, 6, session.date, session.id)
            pf.goals.add_action(goal.id, "Dagboek bijhouden", dt.date(2026, 2, 16))
    print(path)


if __name__ == "__main__":
    main()
