"""The mentor's own details, for letterhead and invoices, with the logo and the signature.

``problems(details)`` lists every rule a set of details breaks (one ``ValidationError`` per
field), so a settings form can mark all bad fields at once; ``update`` refuses the first one
and writes nothing. The logo and the signature are PNG or JPEG bytes of at most 2 MB, stored in
the practice row's BLOB columns; ``update`` can write them in the same transaction as the details.
"""

from __future__ import annotations

from dataclasses import asdict
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from mentordesk.domain.enums import Language, VatRegime
from mentordesk.domain.iban import validate_iban
from mentordesk.domain.practice_ids import validate_kvk, validate_vat_id
from mentordesk.errors import ValidationError
from mentordesk.services import validation as check
from mentordesk.services.clock import now_text
from mentordesk.services.records import PracticeDetails
from mentordesk.store.models import Practice

if TYPE_CHECKING:
    from mentordesk.services.practice_file import PracticeFile

MAX_IMAGE_BYTES: Final = 2 * 1024 * 1024
_PNG: Final = b"\x89PNG\r\n\x1a\n"
_JPEG: Final = b"\xff\xd8\xff"
_TEXT_FIELDS: Final = (
    "name",
    "trade_name",
    "street",
    "postal_code",
    "city",
    "country",
    "phone",
    "website",
    "vat_exempt_text",
    "invoice_number_pattern",
)
_IMAGE_LABELS: Final = {
    "logo": ("logo", "het logo"),
    "signature": ("signature", "de handtekening"),
}


class Unchanged(Enum):
    """Marks an image argument of ``update`` that should stay as it is."""

    UNCHANGED = "unchanged"


UNCHANGED: Final = Unchanged.UNCHANGED
ImageChange: TypeAlias = bytes | Unchanged | None


def check_image_size(size: int, field: str = "logo") -> None:
    """Refuse an image file of more than 2 MB before reading it."""
    what_en, what_nl = _IMAGE_LABELS.get(field, (field, field))
    if size > MAX_IMAGE_BYTES:
        tenths = -(-size * 10 // (1024 * 1024))  # rounded up: 2 MB and a byte is "2.1 MB"
        raise ValidationError(
            field,
            "The {what} image is {size} MB; at most 2 MB fits. Save it smaller (for example "
            "400 pixels wide) and choose it again.",
            "De afbeelding voor {what_nl} is {size_nl} MB; er past hoogstens 2 MB. Sla hem "
            "kleiner op (bijvoorbeeld 400 pixels breed) en kies hem opnieuw.",
            what=what_en,
            what_nl=what_nl,
            size=f"{tenths // 10}.{tenths % 10}",
            size_nl=f"{tenths // 10},{tenths % 10}",
        )


def check_image(data: bytes, field: str = "logo") -> bytes:
    """``data`` when it is a PNG or JPEG image of at most 2 MB; else a ``ValidationError``."""
    what_en, what_nl = _IMAGE_LABELS.get(field, (field, field))
    check_image_size(len(data), field)
    if not (data.startswith(_PNG) or data.startswith(_JPEG)):
        raise ValidationError(
            field,
            "This file is not a PNG or JPEG image, so it cannot be the {what}. Choose a .png "
            "or .jpg file.",
            "Dit bestand is geen PNG- of JPEG-afbeelding en kan dus niet {what_nl} zijn. "
            "Kies een .png- of .jpg-bestand.",
            what=what_en,
            what_nl=what_nl,
        )
    return bytes(data)


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

    def problems(self, details: PracticeDetails) -> list[ValidationError]:
        """Every rule ``details`` breaks, one error per field, in the order of the fields."""
        return _clean(details)[1]

    def update(
        self,
        details: PracticeDetails,
        *,
        logo: ImageChange = UNCHANGED,
        signature: ImageChange = UNCHANGED,
    ) -> PracticeDetails:
        """Save ``details`` (and the images: bytes to set, None to remove) in one transaction."""
        values, found = _clean(details)
        images: dict[str, bytes | None] = {}
        for field, change in (("logo", logo), ("signature", signature)):
            if isinstance(change, Unchanged):
                continue
            try:
                images[field] = None if change is None else check_image(change, field)
            except ValidationError as exc:
                found.append(exc)
        if found:
            raise found[0]
        with self._pf.transaction():
            Practice.update(**values, **images, updated_at=now_text()).where(
                Practice.id == 1
            ).execute()
            self._pf.audit("practice_updated")
            for field, data in images.items():
                self._pf.audit(f"practice_{field}_{'cleared' if data is None else 'set'}")
        return self.get()

    # -- logo and signature -------------------------------------------------------------------
    def get_logo(self) -> bytes | None:
        return self._get_image("logo")

    def set_logo(self, data: bytes) -> None:
        self._set_image("logo", check_image(data, "logo"))

    def clear_logo(self) -> None:
        self._set_image("logo", None)

    def get_signature(self) -> bytes | None:
        return self._get_image("signature")

    def set_signature(self, data: bytes) -> None:
        self._set_image("signature", check_image(data, "signature"))

    def clear_signature(self) -> None:
        self._set_image("signature", None)

    def _get_image(self, field: str) -> bytes | None:
        with self._pf.transaction():
            value = Practice.select(getattr(Practice, field)).where(Practice.id == 1).scalar()
        return bytes(value) if value else None

    def _set_image(self, field: str, data: bytes | None) -> None:
        with self._pf.transaction():
            Practice.update({field: data, "updated_at": now_text()}).where(
                Practice.id == 1
            ).execute()
            self._pf.audit(f"practice_{field}_{'cleared' if data is None else 'set'}")


def _clean(details: PracticeDetails) -> tuple[dict[str, Any], list[ValidationError]]:
    """The values to store and the problems found, each field checked on its own."""
    values = asdict(details)
    found: list[ValidationError] = []

    def run(field: str, rule: Any, *args: Any) -> None:
        try:
            result = rule(*args)
        except ValidationError as exc:
            found.append(exc)
        else:
            if result is not None:
                values[field] = result

    for name in _TEXT_FIELDS:
        run(name, check.text, name, values[name])
    run("email", check.email, "email", details.email)
    run("kvk_number", validate_kvk, details.kvk_number, "kvk_number")
    run("vat_id", validate_vat_id, details.vat_id, "vat_id")
    run("iban", validate_iban, details.iban, "iban")
    run("default_rate_cents", check.non_negative, "default_rate_cents", details.default_rate_cents)
    run("payment_term_days", check.non_negative, "payment_term_days", details.payment_term_days)
    run("vat_regime", check.choice, "vat_regime", details.vat_regime, VatRegime)
    run("default_language", check.choice, "default_language", details.default_language, Language)
    if details.vat_regime == VatRegime.EXEMPT and not values["vat_exempt_text"]:
        found.append(
            ValidationError(
                "vat_exempt_text",
                "Write the line that invoices print instead of VAT (the reason for the exemption).",
                "Schrijf de regel die facturen tonen in plaats van btw (de reden van de "
                "vrijstelling).",
            )
        )
    for name in ("vat_regime", "default_language"):
        values[name] = str(values[name])
    return values, found
