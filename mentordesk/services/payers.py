"""Payers: employers, organisations and foundations that pay for a client's engagement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordesk.domain.enums import PayerKind
from mentordesk.errors import NotFoundError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.records import Payer, PayerDraft
from mentordesk.store.models import Payer as PayerModel

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


def _record(row: Any) -> Payer:
    fields = {f: getattr(row, f) for f in PayerDraft.__dataclass_fields__ if f != "kind"}
    return Payer(**fields, kind=PayerKind(row.kind), id=row.id, archived=bool(row.archived))


class PayerService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def _values(self, draft: PayerDraft) -> dict[str, Any]:
        values = check.draft_values(draft, PayerDraft)
        for name in values:
            if name != "kind":
                values[name] = check.text(name, values[name])
        values["name"] = check.text(
            "name", draft.name, required=True, label_en="The name", label_nl="De naam"
        )
        values["email"] = check.email("email", draft.email)
        values["kind"] = check.choice("kind", draft.kind, PayerKind).value
        return values

    def create(self, draft: PayerDraft) -> Payer:
        values = self._values(draft)
        with self._pf.transaction():
            stamp = now_text()
            return _record(PayerModel.create(**values, created_at=stamp, updated_at=stamp))

    def update(self, payer_id: int, draft: PayerDraft) -> Payer:
        values = self._values(draft)
        with self._pf.transaction():
            self._row(payer_id)
            PayerModel.update(**values, updated_at=now_text()).where(
                PayerModel.id == payer_id
            ).execute()
            return _record(self._row(payer_id))

    def archive(self, payer_id: int) -> Payer:
        with self._pf.transaction():
            self._row(payer_id)
            PayerModel.update(archived=True).where(PayerModel.id == payer_id).execute()
            return _record(self._row(payer_id))

    def get(self, payer_id: int) -> Payer:
        with self._pf.transaction():
            return _record(self._row(payer_id))

    def list(self, include_archived: bool = False) -> list[Payer]:
        with self._pf.transaction():
            query = PayerModel.select().order_by(PayerModel.name)
            if not include_archived:
                query = query.where(PayerModel.archived == False)  # noqa: E712
            return [_record(row) for row in query]

    def _row(self, payer_id: int) -> Any:
        row = PayerModel.get_or_none(id=payer_id)
        if row is None:
            raise NotFoundError(
                what="Payer",
                ident=payer_id,
                nl="Betaler {ident} is niet gevonden. Misschien is hij verwijderd.",
            )
        return row
