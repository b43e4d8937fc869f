"""The demo practice: a made-up but believable practice file, to try MentorDesk and to benchmark it.

``build_demo`` writes a new file: the practice details, payers, and ``clients`` clients, each with
engagements, goals scored over months, action items and about twenty sessions, dated around
``today`` so that the agenda looks alive. The same ``seed`` and ``today`` give the same content,
row for row. The words live in ``demo_content``; this module decides who gets what, and when.

Rows go in through ``store.bulk`` in large batches inside one transaction (10,000 clients in well
under a minute), never one by one through the services. They keep every rule the services
enforce (held sessions lie in the past, pro bono work is never billable, only payer-paid work has
a payer) and the full-text index is filled by the schema's own triggers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentordesk import config
from mentordesk.domain.enums import Funding, Language
from mentordesk.domain.names import fold
from mentordesk.errors import FileAlreadyExistsError
from mentordesk.services import demo_content as words
from mentordesk.services import demo_money, demo_trail
from mentordesk.services.demo_content import ClientSpec as Person
from mentordesk.services.practice_file import FILE_SUFFIX, PracticeFile, create_practice
from mentordesk.store import bulk
from mentordesk.store.database import link_into_place

__all__ = ["DEMO_PASSPHRASE", "DemoSummary", "build_demo", "ensure_demo_file"]

DEMO_PASSPHRASE = "demo"
DEFAULT_CLIENTS = 40
CHUNK = 250  # clients per batch of inserts, and per progress report

Progress = Callable[[int, int], None]
Row = tuple[object, ...]
DAY = dt.timedelta(days=1)

# The columns each row below fills, in order; tables in insertion order (parents first).
COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(names.split())
    for table, names in (
        ("client", "id name preferred_name email phone street postal_code city country language "
         "referral_source status consent_date consent_scope sensitive tags notes payer_id "
         "created_at updated_at listed"),
        ("engagement", "id client_id payer_id title kind funding rate_cents package_price_cents "
         "planned_sessions cadence_weeks start_date end_date status agreement_date "
         "payer_reference notes created_at updated_at"),
        ("goal", "id engagement_id title description life_area target_date status archived "
         "created_at updated_at"),
        ("session", "id engagement_id date start_time duration_minutes mode place status "
         "billable topics summary private_notes agreed_actions confidentiality created_at "
         "updated_at"),
        ("goal_score", "id goal_id session_id date score note"),
        ("action_item", "id goal_id session_id text due_date done done_at created_at"),
        ("consent", "id client_id recipient_kind payer_id scope given_on created_at updated_at"),
    )
}  # fmt: skip
PAYER_COLUMNS = ("id", *words.PayerSpec._fields, "created_at", "updated_at")

_PLACE_BY_CITY = {place.city: place for place in words.PLACES}
_PLACE_WEIGHTS = [place.weight for place in words.PLACES]
_DURATIONS = ((60, 75, 90, 45), (65, 15, 15, 5))
_FUNDINGS = (Funding.CLIENT_PAID.value, Funding.PAYER_PAID.value, Funding.PRO_BONO.value)
_FUNDING_WEIGHTS = {"career": (40, 52, 8), "personal_growth": (62, 6, 32), "other": (60, 5, 35)}
_SCORE_GAIN = {"let_go": (-2, 1), "in_progress": (1, 4), "open": (0, 1)}  # by goal status
# client status -> (fewest, most past sessions, (least, most weeks since the last one))
_PAST = {"paused": (3, 20, (3, 16)), "closed": (6, 38, (1, 100)), "archived": (5, 30, (60, 160))}


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo practice holds."""

    clients: int
    payers: int
    engagements: int
    goals: int
    sessions: int
    scores: int
    actions: int
    invoices: int = 0  # credit notes included
    payments: int = 0


@dataclass(frozen=True)
class _GoalPlan:
    id: int
    start: int  # score at the first session
    end: int  # score at the last (or latest) session
    setback: bool  # a dip halfway, as stress and health goals often show


@dataclass
class _Work:
    """One engagement as planned: its session dates and the kind of work."""

    kind: str
    funding: str
    status: str
    cadence: int
    dates: list[dt.date]
    main: bool = False  # the client's current (latest) engagement
    end_date: dt.date | None = None
    statuses: list[str] = field(default_factory=list)
    held: int = 0  # how many of the sessions were held
    score_every: int = 3  # goals are scored at every n-th held session (and the first, last)
    goals: list[_GoalPlan] = field(default_factory=list)


def _stamp(day: dt.date, clock: str) -> str:
    return f"{day.isoformat()}T{clock}:00"


def _weekday(day: dt.date) -> dt.date:
    """Saturday moves to Friday, Sunday to Monday: mentors rarely work weekends."""
    weekday = day.weekday()
    return day - DAY if weekday == 5 else day + DAY if weekday == 6 else day


def _weeks(count: int) -> dt.timedelta:
    return dt.timedelta(weeks=count)


def _first_name(person: Person) -> str:
    """How the summaries call the client."""
    return person.preferred_name or person.name.split()[0]


class _Generator:
    """Draws every row from one ``random.Random``, client after client, into table buffers."""

    def __init__(self, rng: random.Random, today: dt.date, payer_ids: dict[str, int]) -> None:
        self.rng = rng
        self.today = today
        self.payer_ids = payer_ids
        self.rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
        self.counts: dict[str, int] = dict.fromkeys(COLUMNS, 0)

    def _next_id(self, table: str) -> int:
        self.counts[table] += 1
        return self.counts[table]

    def flush(self, conn: Any) -> None:
        for table, columns in COLUMNS.items():
            bulk.insert_rows(conn, table, columns, self.rows[table])
            self.rows[table] = []

    def _random(self) -> Person:
        rng = self.rng
        lang = "en" if rng.random() < 0.15 else "nl"
        preferred = ""
        if lang == "nl":
            first = rng.choice(words.FIRST_NAMES_NL)
            if rng.random() < 0.05:
                first, preferred = rng.choice(words.FORMAL_NAMES)
            last = rng.choice(words.SURNAMES_NL)
            if rng.random() < 0.08:
                last = f"{last}-{rng.choice(words.SURNAMES_NL)}"
        else:
            first = rng.choice(words.FIRST_NAMES_EN)
            last = rng.choice(words.SURNAMES_EN if rng.random() < 0.8 else words.SURNAMES_NL)
        kind = rng.choices(("career", "personal_growth", "other"), (45, 45, 10))[0]
        funding = rng.choices(_FUNDINGS, _FUNDING_WEIGHTS[kind])[0]
        payer = ""
        if funding == Funding.PAYER_PAID:
            payer = rng.choice(words.PAYERS_FOR[("career" if kind == "career" else "other", lang)])
        statuses = ("active", "closed", "archived", "paused", "intake")
        status = rng.choices(statuses, (45, 25, 12, 9, 9))[0]
        tags = tuple(rng.sample(words.TAGS[lang], rng.choice((0, 1, 1, 2))))
        if funding == Funding.PRO_BONO and lang == "nl":
            tags += ("pro bono",)
        notes = rng.choice(words.CLIENT_NOTES[lang]) if rng.random() < 0.35 else ""
        sensitive = rng.random() < 0.06
        city = rng.choices(words.PLACES, _PLACE_WEIGHTS)[0].city
        who = (f"{first} {last}", preferred, lang, status, sensitive, kind, funding, payer, city)
        return Person(*who, tags, (), notes)

    # -- when ---------------------------------------------------------------------------------
    def _series(self, start: dt.date, cadence: int, until: dt.date) -> list[dt.date]:
        dates: list[dt.date] = []
        day = _weekday(start)
        while day <= until:
            dates.append(day)
            day = _weekday(day + _weeks(cadence) + self.rng.randint(-2, 2) * DAY)
        return dates

    def _timeline(self, person: Person) -> list[_Work]:
        """The person's engagements, oldest first; the last one is the main (current) one."""
        rng, today = self.rng, self.today
        cadence = rng.choices((2, 3, 4, 6), (35, 35, 25, 5))[0]
        least = max((forced[0] for forced in person.overrides), default=-1) + 2
        if person.status == "intake":
            return self._intake_timeline(person, cadence)
        if person.status == "active":
            past = max(least, min(rng.randint(4, 38), 110 // cadence))
            start = today - _weeks(cadence * (past - 1)) - rng.randint(1, 7 * cadence - 1) * DAY
            ahead = max(_weeks(8), _weeks(cadence + 1)) if rng.random() < 0.92 else -DAY
            dates = self._series(start, cadence, today + ahead)
            main = _Work(person.kind, person.funding, "active", cadence, dates, main=True)
        else:
            low, high, ago = _PAST[person.status]
            past = max(least, min(rng.randint(low, high), 110 // cadence))
            last = today - _weeks(rng.randint(*ago)) - rng.randint(3, 6) * DAY
            status = {"paused": "paused", "closed": "completed"}.get(person.status)
            status = status or rng.choice(("archived", "completed"))
            dates = self._series(last - _weeks(cadence * (past - 1)), cadence, last)
            end = None if status == "paused" else dates[-1]
            main = _Work(person.kind, person.funding, status, cadence, dates, True, end)
        works = [main]
        if person.status in ("active", "closed") and rng.random() < 0.15:  # an earlier one
            kind = rng.choice(("career", "personal_growth", "other"))
            funding = rng.choice(("client_paid", "client_paid", "pro_bono"))
            end, step = main.dates[0] - _weeks(rng.randint(4, 20)), rng.choice((2, 3, 4))
            dates = self._series(end - _weeks(step * rng.randint(3, 11)), step, end)
            works.insert(0, _Work(kind, funding, "completed", step, dates, end_date=dates[-1]))
        if rng.random() < 0.5:  # it all began with a free first intake
            day = _weekday(works[0].dates[0] - _weeks(rng.randint(1, 3)))
            works.insert(0, _Work(person.kind, "free_intake", "completed", 1, [day], False, day))
        return works

    def _intake_timeline(self, person: Person, cadence: int) -> list[_Work]:
        rng, today = self.rng, self.today
        day = _weekday(today + rng.randint(-14, 14) * DAY)
        if day >= today:  # the free intake is still to come
            return [_Work(person.kind, "free_intake", "planned", 1, [day], True)]
        funding = person.funding
        if funding == Funding.FREE_INTAKE:
            funding = "payer_paid" if person.payer else "client_paid"
        start = max(_weekday(day + _weeks(rng.randint(1, 3))), _weekday(today + DAY))
        intake = _Work(person.kind, "free_intake", "completed", 1, [day], end_date=day)
        return [intake, _Work(person.kind, funding, "planned", cadence, [start], True)]

    def _statuses(self, work: _Work, forced: dict[int, str]) -> list[str]:
        rng, today, result, past = self.rng, self.today, [], 0
        for day in work.dates:
            if day >= today:
                result.append("cancelled" if rng.random() < 0.03 else "planned")
                continue
            pick = rng.choices(("held", "cancelled", "no_show"), (91, 5.5, 3.5))[0]
            result.append(forced.get(past, pick))
            past += 1
        return result

    # -- one client ---------------------------------------------------------------------------
    def add_client(self, index: int) -> None:
        fixed = index < len(words.FIXED_CLIENTS)
        person = words.FIXED_CLIENTS[index] if fixed else self._random()
        client_id = self._next_id("client")
        works = self._timeline(person)
        forced = {index: status for index, status, _level in person.overrides}
        for work in works:
            work.statuses = self._statuses(work, forced if work.main else {})
            work.held = work.statuses.count("held")
            work.score_every = self.rng.choice((2, 3, 3, 4))
            engagement_id = self._engagement(client_id, person, work)
            if work.funding != Funding.FREE_INTAKE:
                work.goals = self._goals(engagement_id, person, work)
            self._sessions(engagement_id, person, work)
        self.rows["client"].append(self._client_row(client_id, person, works))

    def _client_row(self, client_id: int, person: Person, works: list[_Work]) -> Row:
        rng, lang, place = self.rng, person.language, _PLACE_BY_CITY[person.city]
        held = [d for w in works for d, s in zip(w.dates, w.statuses, strict=True) if s == "held"]
        consent = held[0].isoformat() if held else None
        paid_by_other = person.funding == Funding.PAYER_PAID
        scope = words.CONSENT_SCOPES[lang][1] if paid_by_other else ""
        scope = "" if consent is None else scope or rng.choice(words.CONSENT_SCOPES[lang])
        if place.country_nl == "België":
            digits = 4 - len(place.postal_prefix)
            postal = f"{place.postal_prefix}{rng.randrange(10**digits):0{digits}d}"
            pairs = " ".join(str(rng.randint(10, 99)) for _ in range(3))
            phone = f"+32 4{rng.randint(70, 99)} {pairs}"
        else:
            letters = "".join(rng.choices(words.POSTAL_LETTERS, k=2))
            postal = f"{place.postal_prefix}{rng.randint(10, 99)} {letters}"
            phone = f"06-{rng.randint(10_000_000, 99_999_999)}"
        email = ""
        if rng.random() < 0.9:
            parts = (_first_name(person), person.name.split()[-1])
            local = ".".join(re.sub(r"[^a-z0-9]", "", fold(part)) for part in parts)
            email = f"{local}@{rng.choice(words.EMAIL_DOMAINS[place.country_nl])}"
        referrals = words.REFERRALS[lang]
        referral = referrals[0] if paid_by_other else rng.choice(referrals)
        street = f"{rng.choice(words.STREETS)} {rng.randint(1, 240)}"
        country = place.country_nl if lang == Language.NL else place.country_en
        created = min(works[0].dates[0], self.today) - rng.randint(1, 12) * DAY
        touched = max(min(max(d for w in works for d in w.dates), self.today), created)
        head = (client_id, person.name, person.preferred_name, email, phone, street, postal)
        more = (place.city, country, lang, referral, person.status, consent, scope)
        tail = (int(person.sensitive), ", ".join(person.tags), person.notes)
        stamps = (_stamp(created, "09:12"), _stamp(touched, "17:45"))
        payer_id = self.payer_ids.get(person.payer)
        if paid_by_other and consent is not None and payer_id is not None:
            # the client agreed that progress letters go to the employer who pays
            given = (_stamp(held[0], "10:30"),) * 2
            self.rows["consent"].append(
                (self._next_id("consent"), client_id, "payer", payer_id, scope, consent, *given)
            )
        # about two in five agreed to be named in the hours log (never a sensitive client)
        listed = int(consent is not None and not person.sensitive and client_id % 5 in (1, 3))
        return (*head, *more, *tail, payer_id, *stamps, listed)

    def _engagement(self, client_id: int, person: Person, work: _Work) -> int:
        rng, today = self.rng, self.today
        engagement_id = self._next_id("engagement")
        funding = Funding(work.funding)
        intake = funding is Funding.FREE_INTAKE
        payer_id = self.payer_ids[person.payer] if funding is Funding.PAYER_PAID else None
        rate = package = None
        planned = len(work.dates) + (rng.randint(0, 4) if work.status == "active" else 0)
        if funding is Funding.CLIENT_PAID:
            rate = rng.choice((9500, 9500, 8500, 11000))
        elif funding is Funding.PAYER_PAID and rng.random() < 0.4:
            package = planned * 12500
        elif funding is Funding.PAYER_PAID:
            rate = rng.choice((12500, 14500))
        start, end = work.dates[0], work.end_date
        if work.status == "active" and rng.random() < 0.4:  # an agreed end, still ahead
            end = work.dates[-1] + _weeks(rng.randint(2, 12))
        titles = words.ENGAGEMENT_TITLES[("intake" if intake else work.kind, person.language)]
        reference = words.PAYERS[payer_id - 1].reference if payer_id else ""
        agreed = None if intake else (start - rng.randint(0, 7) * DAY).isoformat()
        created = _stamp(min(start, today) - rng.randint(0, 7) * DAY, "09:00")
        head = (engagement_id, client_id, payer_id, rng.choice(titles), work.kind, work.funding)
        money = (rate, package, planned, None if intake else work.cadence)
        span = (start.isoformat(), end.isoformat() if end else None, work.status, agreed)
        tail = (reference, "", created, _stamp(min(work.dates[-1], today), "20:15"))
        self.rows["engagement"].append((*head, *money, *span, *tail))
        return engagement_id

    def _goals(self, engagement_id: int, person: Person, work: _Work) -> list[_GoalPlan]:
        rng = self.rng
        count = rng.randint(1, 2) if work.status == "planned" else rng.randint(2, 4)
        areas = dict.fromkeys(rng.sample(words.AREAS_BY_KIND[work.kind], count))
        finished = work.status in ("completed", "archived")
        stamp = _stamp(min(work.dates[0], self.today), "10:30")
        plans = []
        for area in areas:
            title, description = rng.choice(words.GOALS[(area, person.language)])
            weights = (65, 20, 15, 0) if finished else (12, 6, 70, 12)
            status = "open"
            if work.status != "planned":
                status = rng.choices(("achieved", "let_go", "in_progress", "open"), weights)[0]
            first = rng.randint(1, 5)
            low, high = _SCORE_GAIN.get(status, (7 - first, 10 - first))  # achieved: 7 to 10
            setback = area in ("emotional", "health") and rng.random() < 0.3
            plan = _GoalPlan(self._next_id("goal"), first, first + rng.randint(low, high), setback)
            target = work.dates[0] + _weeks(rng.randint(12, 52)) if rng.random() < 0.8 else None
            archived = int(status == "let_go" and rng.random() < 0.5)
            target_text = target.isoformat() if target else None
            row = (plan.id, engagement_id, title, description, area, target_text, status)
            self.rows["goal"].append((*row, archived, stamp, stamp))
            plans.append(plan)
        return plans

    def _sessions(self, engagement_id: int, person: Person, work: _Work) -> None:
        rng, today, lang = self.rng, self.today, person.language
        funding = Funding(work.funding)
        intake = funding is Funding.FREE_INTAKE
        usual_mode = rng.choices(("in_person", "video", "phone", "walk"), (45, 35, 8, 12))[0]
        usual_time = rng.choice(words.START_TIMES)
        levels = {index: level for index, _status, level in person.overrides} if work.main else {}
        held = past = 0
        for day, status in zip(work.dates, work.statuses, strict=True):
            session_id = self._next_id("session")
            other_mode = rng.choice(("in_person", "video", "walk"))
            mode = usual_mode if rng.random() < 0.75 else other_mode
            place = rng.choice(words.PLACE_BY_MODE[mode])
            durations, duration_weights = ((45, 60), (1, 1)) if intake else _DURATIONS
            duration = rng.choices(durations, duration_weights)[0]
            level = rng.choices(("normal", "confidential", "private"), (72, 20, 8))[0]
            level = levels.get(past, level) if day < today else level
            past += day < today
            topics = summary = notes = agreed = ""
            written = day < today - 10 * DAY or rng.random() < 0.65  # recent: notes still due
            if status == "held" and intake:
                topics, summary = words.INTAKE_TOPICS[lang], words.INTAKE_SUMMARY[lang]
            elif status == "held" and written:
                written_texts = self._held_texts(person, work, day, session_id, held)
                topics, summary, notes, agreed = written_texts
            elif status == "cancelled":
                summary = rng.choice(words.CANCELLED_NOTE[lang])
            elif status == "no_show":
                summary = words.NO_SHOW_NOTE[lang]
            elif status == "planned":
                topics = rng.choice(words.PLANNED_TOPICS[lang])
            held += status == "held"
            billable = int(funding.billable and status != "cancelled")
            start = usual_time if rng.random() < 0.7 else rng.choice(words.START_TIMES)
            created = min(max(work.dates[0], day - _weeks(work.cadence)), today)
            updated = day if status == "held" and summary else created
            head = (session_id, engagement_id, day.isoformat(), start, duration, mode, place)
            texts = (status, billable, topics, summary, notes, agreed, level)
            stamps = (_stamp(created, "17:30"), _stamp(updated, "20:15"))
            self.rows["session"].append((*head, *texts, *stamps))

    def _held_texts(
        self, person: Person, work: _Work, day: dt.date, session_id: int, index: int
    ) -> tuple[str, str, str, str]:
        """Topics, summary, private notes and agreed actions; goal scores and action items."""
        rng, lang, name = self.rng, person.language, _first_name(person)
        chosen = rng.sample(words.TOPICS[(work.kind, lang)], rng.choice((2, 2, 3)))
        pools = (words.SUMMARY_OPEN, words.SUMMARY_MIDDLE, words.SUMMARY_CLOSE)
        parts = [rng.choice(pool[lang]).format(name=name, topic=chosen[0]) for pool in pools]
        notes = rng.choice(words.PRIVATE_NOTES[lang]) if rng.random() < 0.35 else ""
        last = work.held - 1
        actions: list[str] = []
        for goal in work.goals:
            if index in (0, last) or index % work.score_every == 0:
                self._score(goal, session_id, day, index / max(1, last), lang)
            if rng.random() < 0.15:
                actions.append(self._action(goal.id, session_id, day, work.cadence, lang))
        if not actions and rng.random() < 0.4:
            actions.append(rng.choice(words.ACTIONS[lang]))
        return ", ".join(chosen), " ".join(parts), notes, "; ".join(actions)

    def _score(self, goal: _GoalPlan, session_id: int, day: dt.date, at: float, lang: str) -> None:
        """A score on the eased path from the goal's start to its end, with noise and setbacks."""
        rng = self.rng
        value = goal.start + (goal.end - goal.start) * at * at * (3 - 2 * at) + rng.gauss(0, 0.6)
        if goal.setback and 0.35 < at < 0.65:
            value -= 2
        note = rng.choice(words.SCORE_NOTES[lang]) if rng.random() < 0.15 else ""
        score = max(0, min(10, round(value)))
        row = (self._next_id("goal_score"), goal.id, session_id, day.isoformat(), score, note)
        self.rows["goal_score"].append(row)

    def _action(self, goal_id: int, session_id: int, day: dt.date, weeks: int, lang: str) -> str:
        rng, today = self.rng, self.today
        text = rng.choice(words.ACTIONS[lang])
        due = _weekday(day + _weeks(weeks) - DAY) if rng.random() < 0.85 else None
        done = None
        if due is not None and due < today and rng.random() < 0.8:
            done = max(day + DAY, due - rng.randint(0, 6) * DAY)
        elif rng.random() < 0.1 and day + DAY < today:
            done = day + DAY
        head = (self._next_id("action_item"), goal_id, session_id, text)
        state = (due.isoformat() if due else None, int(done is not None))
        done_at = _stamp(done, "19:05") if done else None
        self.rows["action_item"].append((*head, *state, done_at, _stamp(day, "20:15")))
        return text


def _fill(
    pf: PracticeFile, clients: int, seed: int, today: dt.date, progress: Progress | None
) -> DemoSummary:
    pf.practice.update(words.PRACTICE)
    payer_ids = {spec.name: index for index, spec in enumerate(words.PAYERS, start=1)}
    gen = _Generator(random.Random(seed), today, payer_ids)
    if progress is not None:
        progress(0, clients)
    with pf.transaction():
        conn = pf.connection
        started = today - dt.timedelta(days=3 * 365)  # the demo practice's first day
        since = _stamp(started, "10:00")
        payers = [(payer_ids[p.name], *p, since, since) for p in words.PAYERS]
        bulk.insert_rows(conn, "payer", PAYER_COLUMNS, payers)
        for start in range(0, clients, CHUNK):
            stop = min(start + CHUNK, clients)
            for index in range(start, stop):
                gen.add_client(index)
            gen.flush(conn)
            if progress is not None:
                progress(stop, clients)
        money = demo_money.add_invoices(conn, words.PRACTICE, today, seed)
        # The file was made when the practice started, before any of its work: its audit
        # lines ("Practice file created", ...) then sort below everything done since, also
        # before 08:00 today. Same seed and today, same content.
        first_work = conn.execute(
            "SELECT min(day) FROM (SELECT min(date) AS day FROM session"
            " UNION ALL SELECT min(issue_date) FROM invoice)"
        ).fetchone()[0]
        if first_work:
            started = min(started, dt.date.fromisoformat(first_work) - dt.timedelta(days=1))
        built = _stamp(started, "09:00")
        bulk.set_column(conn, "audit_event", "at", built)
        bulk.set_column(conn, "practice", "updated_at", built)
        demo_trail.add_trail(conn, today)  # what issuing and paying those invoices wrote
    with pf.transaction():
        bulk.optimize_search_index(pf.connection)
    n = gen.counts
    counts = (n["engagement"], n["goal"], n["session"], n["goal_score"], n["action_item"])
    return DemoSummary(n["client"], len(payer_ids), *counts, money.invoices, money.payments)


def build_demo(
    path: Path,
    passphrase: str,
    *,
    clients: int = DEFAULT_CLIENTS,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create a new demo practice file at ``path``; an existing file is refused and left alone.

    The file is built under a temporary name beside ``path`` and gets its name only when it is
    complete, so an interrupted build never leaves a half-filled demo behind.
    ``progress(done, total)`` is called with the number of clients written so far.
    """
    if clients < 0:
        raise ValueError(f"clients must be 0 or more, not {clients}")
    target = Path(path).absolute()
    if target.exists():
        raise FileAlreadyExistsError(path=str(target))
    partial = target.with_name(f".{target.name}.building-{os.getpid()}{FILE_SUFFIX}")
    partial.unlink(missing_ok=True)  # left by a crashed build of an earlier process, same pid
    try:
        pf = create_practice(partial, passphrase)
        try:
            summary = _fill(pf, clients, seed, today or dt.date.today(), progress)
        finally:
            pf.close()
        link_into_place(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
    return summary


def ensure_demo_file() -> tuple[Path, str]:
    """The demo practice of this user, built with the default size the first time."""
    path = config.demo_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Another MentorDesk window may build it at the same moment: then use that one.
        with contextlib.suppress(FileAlreadyExistsError):
            build_demo(path, DEMO_PASSPHRASE)
    return path, DEMO_PASSPHRASE
