"""The readable side of an access request: ``data.json``'s records as the sections of the PDF
(``documents.access_request``), in the client's language. Every text field of the records is
printed, so the PDF says what the JSON says."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mentordesk.documents.access_request import (
    AccessContent,
    AccessItem,
    AccessSection,
    value_label,
    word,
)
from mentordesk.documents.money_words import money
from mentordesk.documents.wording import long_date
from mentordesk.domain.enums import Language

if TYPE_CHECKING:
    from mentordesk.services.privacy_access import PreparedAccess

Row = dict[str, Any]
Pairs = tuple[tuple[str, str], ...]
_DRAFT_TECHNICAL = frozenset({"version", "changed", "changed_scores", "scores", "done_actions"})


class _Words:
    def __init__(self, language: Language) -> None:
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        return word(key, self.language, **values)

    def value(self, value: object) -> str:
        return value_label(value, self.language)

    def day(self, value: Any) -> str:
        if not value:
            return ""
        try:
            return long_date(dt.date.fromisoformat(str(value)[:10]), self.language)
        except ValueError:
            return str(value)

    def stamp(self, value: Any) -> str:
        text = str(value or "")
        return f"{self.day(text)} {text[11:16]}".strip() if len(text) > 10 else self.day(text)

    def money(self, cents: Any) -> str:
        return money(int(cents), self.language) if isinstance(cents, int) else ""

    def yes_no(self, value: Any) -> str:
        return self("yes") if value else self("no")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _pairs(*pairs: tuple[str, Any]) -> Pairs:
    return tuple((label, _text(value)) for label, value in pairs if _text(value).strip())


def _detail_line(detail: Any) -> str:
    if not isinstance(detail, dict):
        return _text(detail)
    return "; ".join(
        f"{key}: {_text(value)}" for key, value in detail.items() if value not in (None, "")
    )


def _joined(parts: Iterable[Any], sep: str = ", ") -> str:
    return sep.join(str(p) for p in parts if str(p or "").strip())


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _personal(c: Row, w: _Words) -> Pairs:
    town = _joined((c["postal_code"], c["city"]), " ")
    return _pairs(
        (w("name"), c["name"]),
        (w("preferred_name"), c["preferred_name"]),
        (w("email"), c["email"]),
        (w("phone"), c["phone"]),
        (w("address"), _joined((c["street"], town, c["country"]))),
        (w("language"), w.value(c["language"])),
        (w("status"), w.value(c["status"])),
        (w("referral_source"), c["referral_source"]),
        (w("consent_date"), w.day(c["consent_date"])),
        (w("consent_scope"), c["consent_scope"]),
        (w("tags"), c["tags"]),
        (w("sensitive"), w.yes_no(c["sensitive"])),
        (w("listed"), w.yes_no(c.get("listed"))),
        (w("created"), w.stamp(c["created_at"])),
    )


def _engagements(data: Row, payers: dict[int, str], w: _Words) -> list[AccessItem]:
    items = []
    for e in data["engagements"]:
        period = f"{w.day(e['start_date'])} – {w.day(e['end_date'])}".rstrip(" –")
        items.append(
            AccessItem(
                title=e["title"] or w.value(e["kind"]),
                facts=_pairs(
                    (w("kind"), w.value(e["kind"])),
                    (w("funding"), w.value(e["funding"])),
                    (w("period"), period),
                    (w("status"), w.value(e["status"])),
                    (w("rate"), w.money(e["rate_cents"])),
                    (w("package"), w.money(e["package_price_cents"])),
                    (w("planned_sessions"), e["planned_sessions"]),
                    (w("cadence"), e["cadence_weeks"]),
                    (w("agreement_date"), w.day(e["agreement_date"])),
                    (w("payer"), payers.get(e["payer_id"], "")),
                    (w("reference"), e["payer_reference"]),
                ),
                texts=_pairs((w("notes"), e["notes"])),
            )
        )
    return items


def _goals(data: Row, w: _Words) -> list[AccessItem]:
    items = []
    for g in data["goals"]:
        scores = [
            _joined((f"{w.day(s['date'])}: {s['score']}/10", s["note"]), " — ")
            for s in data["goal_scores"]
            if s["goal_id"] == g["id"]
        ]
        actions = []
        for a in data["action_items"]:
            if a["goal_id"] != g["id"]:
                continue
            extra = _joined(
                (
                    f"{w('due')} {w.day(a['due_date'])}" if a["due_date"] else "",
                    w("done") if a["done"] else "",
                )
            )
            actions.append(f"- {_text(a['text'])}" + (f" ({extra})" if extra else ""))
        items.append(
            AccessItem(
                title=g["title"],
                facts=_pairs(
                    (w("life_area"), w.value(g["life_area"])),
                    (w("status"), w.value(g["status"])),
                    (w("target_date"), w.day(g["target_date"])),
                ),
                texts=_pairs(
                    (w("description"), g["description"]),
                    (w("scores"), "\n".join(scores)),
                    (w("actions"), "\n".join(actions)),
                ),
            )
        )
    return items


def _sessions(data: Row, w: _Words, include_private: bool) -> list[AccessItem]:
    """Each session; one at the private level says its notes are left out, when they are."""
    items = []
    for s in data["sessions"]:
        left_out = not include_private and s["confidentiality"] == "private"
        items.append(
            AccessItem(
                title=_joined((w.day(s["date"]), s["start_time"]), ", "),
                facts=_pairs(
                    (w("duration"), s["duration_minutes"]),
                    (w("mode"), w.value(s["mode"])),
                    (w("place"), s["place"]),
                    (w("status"), w.value(s["status"])),
                    (w("billable"), w.yes_no(s["billable"])),
                    (w("level"), w.value(s["confidentiality"])),
                ),
                texts=_pairs(
                    (w("topics"), s["topics"]),
                    (w("summary"), s["summary"]),
                    (w("agreed_actions"), s["agreed_actions"]),
                    (w("private_notes"), s["private_notes"]),
                    (w("notes"), w("left_out") if left_out else ""),
                ),
            )
        )
    return items


def _drafts(data: Row, w: _Words) -> list[AccessItem]:
    items = []
    for d in data["session_drafts"]:
        payload = d["payload"] if isinstance(d["payload"], dict) else {}
        texts = []
        for key, value in payload.items():
            if key in _DRAFT_TECHNICAL or value in (None, "", [], {}):
                continue
            label = w(key) if key in _LABELLED else key.replace("_", " ")
            texts.append((label, _text(value)))
        items.append(AccessItem(title=w.stamp(d["updated_at"]), texts=tuple(texts)))
    return items


_LABELLED = frozenset(
    {"topics", "summary", "agreed_actions", "private_notes", "place", "date", "time", "mode"}
)


def _consents(data: Row, payers: dict[int, str], w: _Words) -> list[AccessItem]:
    return [
        AccessItem(
            title=_joined(
                (_capital(w.value(n["recipient_kind"])), payers.get(n["payer_id"], "")), ": "
            )
            + (f": {n['party_name']}" if n["party_name"] else ""),
            facts=_pairs(
                (w("given_on"), w.day(n["given_on"])),
                (w("withdrawn_on"), w.day(n["withdrawn_on"])),
            ),
            texts=_pairs((w("party_address"), n["party_address"]), (w("scope"), n["scope"])),
        )
        for n in data["consents"]
    ]


def _documents(data: Row, w: _Words) -> list[AccessItem]:
    return [
        AccessItem(
            title=f"{w.stamp(d['created_at'])}  {str(d['kind']).replace('_', ' ')}",
            facts=_pairs(
                (w("channel"), w.value(d["channel"])),
                (w("recipient"), d["recipient"]),
                (w("file"), d["file_name"]),
                (w("fingerprint"), d["sha256"]),
            ),
            texts=_pairs((w("included"), _detail_line(d["included"]))),
        )
        for d in data["documents"]
    ]


def _invoices(data: Row, w: _Words) -> list[AccessItem]:
    items = []
    for i in data["invoices"]:
        kind = w("credit_note") if i["kind"] == "credit_note" else w("invoice")
        town = _joined((i["to_postal_code"], i["to_city"]), " ")
        addressee = _joined(
            (i["to_name"], i["to_attention"], i["to_street"], town, i["to_country"], i["to_vat_id"])
        )
        lines = [f"- {line['description']}: {w.money(line['net_cents'])}" for line in i["lines"]]
        payments = [
            _joined(
                (
                    f"- {w.day(p['date'])}: {w.money(p['amount_cents'])}",
                    w.value(p["method"]),
                    p["note"],
                ),
                ", ",
            )
            for p in i["payments"]
        ]
        items.append(
            AccessItem(
                title=f"{kind} {i['number'] or '(' + w('draft') + ')'}",
                facts=_pairs(
                    (w("status"), w.value(i["status"])),
                    (w("issue_date"), w.day(i["issue_date"])),
                    (w("due_date"), w.day(i["due_date"])),
                    (w("total"), w.money(i["total_cents"])),
                    (w("reference"), i["reference"]),
                ),
                texts=_pairs(
                    (w("addressee"), addressee),
                    (w("about"), i["about"]),
                    (w("note"), i["note"]),
                    (w("lines"), "\n".join(lines)),
                    (w("payments"), "\n".join(payments)),
                ),
            )
        )
    return items


def _audit(data: Row, w: _Words) -> list[AccessItem]:
    return [
        AccessItem(
            title=f"{w.stamp(a['at'])}  {str(a['action']).replace('_', ' ')}",
            texts=_pairs((w("details"), _detail_line(a["detail"]))),
        )
        for a in data["audit_events"]
    ]


def _erasures(data: Row, w: _Words) -> list[AccessItem]:
    return [
        AccessItem(
            title=w.stamp(r["erased_at"]),
            facts=_pairs((w("scope"), w.value(r["scope"])), (w("reason"), w.value(r["reason"]))),
        )
        for r in data["erasures"]
    ]


def content(prepared: PreparedAccess) -> AccessContent:
    """The PDF's content for ``prepared`` (pure; no database)."""
    w = _Words(prepared.language)
    data = prepared.data
    client = data["client"]
    payers = {p["id"]: p["name"] for p in data["payers"]}
    private_note = (
        w("private_included")
        if prepared.include_private
        else w("private_left_out", reason=prepared.leave_out_reason)
    )
    sections = [
        (
            "payers",
            [
                AccessItem(p["name"], _pairs((w("kind"), w.value(p["kind"]))))
                for p in data["payers"]
            ],
        ),
        ("engagements", _engagements(data, payers, w)),
        ("goals", _goals(data, w)),
        ("sessions", _sessions(data, w, prepared.include_private)),
        ("session_drafts", _drafts(data, w)),
        ("consents", _consents(data, payers, w)),
        ("documents", _documents(data, w)),
        ("invoices", _invoices(data, w)),
        ("erasures", _erasures(data, w)),
        ("audit_events", _audit(data, w)),
    ]
    return AccessContent(
        language=prepared.language,
        practice=prepared.practice,
        client_name=client["name"],
        date=prepared.day,
        intro=w("intro", practice=prepared.practice.name, date=w.day(prepared.day.isoformat())),
        private_note=private_note,
        personal=_personal(client, w),
        personal_texts=_pairs((w("notes"), client["notes"])),
        sections=tuple(AccessSection(w(key), tuple(items)) for key, items in sections),
    )
