"""The mentor's own details, for letterhead and invoices."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from mentordesk.domain.enums import Language, VatRegime
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.records import PracticeDetails
from mentordesk.store.models import Practice

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile


class PracticeService:
    def __init__(self, pf: PracticeFile) -> None:
        self._pf = pf

    def get(self) -> PracticeDetails:
        with self._pf.transaction():
            row = Practice.get_by_id(1)
        return PracticeDetails(
            **{
                f: getattr(row, f)
                for f in PracticeDetails.__dataclass_fields__
                if f not in ("vat_regime", "default_language")
            },
            vat_regime=VatRegime(row.vat_regime),
            default_language=Language(row.default_language),
        )

    def update(self, details: PracticeDetails) -> PracticeDetails:
        values = asdict(details)
        for name in (
            "name",
            "trade_name",
            "street",
            "postal_code",
            "city",
            "country",
            "phone",
            "website",
            "kvk_number",
            "vat_id",
            "iban",
            "vat_exempt_text",
        ):
            values[name] = check.text(name, values[name])
        values["email"] = check.email("email", details.email)
        values["iban"] = values["iban"].replace(" ", "").upper()
        check.non_negative("default_rate_cents", details.default_rate_cents)
        check.non_negative("payment_term_days", details.payment_term_days)
        values["vat_regime"] = check.choice("vat_regime", details.vat_regime, VatRegime).value
        values["default_language"] = check.choice(
            "default_language", details.default_language, Language
        ).value
        with self._pf.transaction():
            Practice.update(**values, updated_at=now_text()).where(Practice.id == 1).execute()
            self._pf.audit("practice_updated")
        return self.get()
