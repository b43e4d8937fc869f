"""peewee models over the schema of ``schema_v1``, ``schema_v2`` and later steps. They never leave
store/.

The tables are created by the migration steps, not by peewee; ``tests/unit/store`` checks that
every model field has its column.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class BaseModel(Model):
    id = AutoField()

    class Meta:
        database = None
        legacy_table_names = False


class Practice(BaseModel):
    name = TextField(default="")
    trade_name = TextField(default="")
    street = TextField(default="")
    postal_code = TextField(default="")
    city = TextField(default="")
    country = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    website = TextField(default="")
    kvk_number = TextField(default="")
    vat_id = TextField(default="")
    iban = TextField(default="")
    logo = BlobField(null=True)
    signature = BlobField(null=True)
    default_rate_cents = IntegerField(default=0)
    vat_regime = TextField(default="standard")
    vat_exempt_text = TextField(default="")
    payment_term_days = IntegerField(default=14)
    invoice_number_pattern = TextField(default="{year}-{seq:04d}")
    default_language = TextField(default="nl")
    retention_note_months = IntegerField(default=24)
    retention_invoice_years = IntegerField(default=7)
    updated_at = TextField()


class Payer(BaseModel):
    name = TextField()
    kind = TextField(default="employer")
    contact_name = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    street = TextField(default="")
    postal_code = TextField(default="")
    city = TextField(default="")
    country = TextField(default="")
    vat_id = TextField(default="")
    reference = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    created_at = TextField()
    updated_at = TextField()


class Client(BaseModel):
    name = TextField()
    preferred_name = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    street = TextField(default="")
    postal_code = TextField(default="")
    city = TextField(default="")
    country = TextField(default="")
    language = TextField(default="nl")
    referral_source = TextField(default="")
    status = TextField(default="intake")
    consent_date = DateField(null=True)
    consent_scope = TextField(default="")
    sensitive = BooleanField(default=False)
    tags = TextField(default="")
    notes = TextField(default="")
    payer = ForeignKeyField(Payer, null=True, column_name="payer_id")
    payer_id: int | None
    created_at = TextField()
    updated_at = TextField()
    listed = BooleanField(default=False)  # schema_v4: may be named in the hours log


class Engagement(BaseModel):
    client = ForeignKeyField(Client, column_name="client_id", backref="engagements")
    client_id: int
    payer = ForeignKeyField(Payer, null=True, column_name="payer_id")
    payer_id: int | None
    title = TextField(default="")
    kind = TextField()
    funding = TextField()
    rate_cents = IntegerField(null=True)
    package_price_cents = IntegerField(null=True)
    planned_sessions = IntegerField(null=True)
    cadence_weeks = IntegerField(null=True)
    start_date = DateField()
    end_date = DateField(null=True)
    status = TextField(default="active")
    agreement_date = DateField(null=True)
    payer_reference = TextField(default="")
    notes = TextField(default="")
    created_at = TextField()
    updated_at = TextField()


class Goal(BaseModel):
    engagement = ForeignKeyField(Engagement, column_name="engagement_id", backref="goals")
    engagement_id: int
    title = TextField()
    description = TextField(default="")
    life_area = TextField(default="work")
    target_date = DateField(null=True)
    status = TextField(default="open")
    archived = BooleanField(default=False)
    created_at = TextField()
    updated_at = TextField()


class Session(BaseModel):
    engagement = ForeignKeyField(Engagement, column_name="engagement_id", backref="sessions")
    engagement_id: int
    date = DateField()
    start_time = TextField(null=True)
    duration_minutes = IntegerField(default=60)
    mode = TextField(default="in_person")
    place = TextField(default="")
    status = TextField(default="planned")
    billable = BooleanField(default=True)
    topics = TextField(default="")
    summary = TextField(default="")
    private_notes = TextField(default="")
    agreed_actions = TextField(default="")
    confidentiality = TextField(default="normal")
    created_at = TextField()
    updated_at = TextField()


class GoalScore(BaseModel):
    goal = ForeignKeyField(Goal, column_name="goal_id", backref="scores")
    goal_id: int
    session = ForeignKeyField(Session, null=True, column_name="session_id")
    session_id: int | None
    date = DateField()
    score = IntegerField()
    note = TextField(default="")


class ActionItem(BaseModel):
    goal = ForeignKeyField(Goal, column_name="goal_id", backref="actions")
    goal_id: int
    session = ForeignKeyField(Session, null=True, column_name="session_id")
    session_id: int | None
    text = TextField()
    due_date = DateField(null=True)
    done = BooleanField(default=False)
    done_at = TextField(null=True)
    created_at = TextField()


class SessionDraft(BaseModel):
    """What the session editor holds while the mentor types (schema_v2)."""

    session = ForeignKeyField(Session, null=True, unique=True, column_name="session_id")
    session_id: int | None
    engagement = ForeignKeyField(Engagement, column_name="engagement_id", backref="drafts")
    engagement_id: int
    payload = TextField(default="{}")
    created_at = TextField()
    updated_at = TextField()


class DocumentLog(BaseModel):
    created_at = TextField()
    kind = TextField()
    client = ForeignKeyField(Client, null=True, column_name="client_id")
    client_id: int | None
    recipient = TextField(default="")
    included = TextField(default="[]")
    file_name = TextField(default="")
    sha256 = TextField(default="")
    channel = TextField(default="saved")  # schema_v3


class Consent(BaseModel):
    """A client's consent to documents going to one third party (schema_v3)."""

    client = ForeignKeyField(Client, column_name="client_id", backref="consents")
    client_id: int
    recipient_kind = TextField()
    payer = ForeignKeyField(Payer, null=True, column_name="payer_id")
    payer_id: int | None
    party_name = TextField(default="")
    party_address = TextField(default="")
    scope = TextField(default="")
    given_on = DateField()
    withdrawn_on = DateField(null=True)
    created_at = TextField()
    updated_at = TextField()


class Invoice(BaseModel):
    """An invoice or credit note (schema_v4); frozen by triggers once issued."""

    kind = TextField(default="invoice")
    status = TextField(default="draft")
    number = TextField(null=True, unique=True)
    year = IntegerField(null=True)
    seq = IntegerField(null=True)
    client = ForeignKeyField(Client, column_name="client_id", backref="invoices")
    client_id: int
    payer = ForeignKeyField(Payer, null=True, column_name="payer_id")
    payer_id: int | None
    engagement = ForeignKeyField(Engagement, null=True, column_name="engagement_id")
    engagement_id: int | None
    credited_invoice = ForeignKeyField("self", null=True, column_name="credited_invoice_id")
    credited_invoice_id: int | None
    language = TextField(default="nl")
    issue_date = DateField(null=True)
    due_date = DateField(null=True)
    payment_term_days = IntegerField(default=14)
    period_start = DateField(null=True)
    period_end = DateField(null=True)
    reference = TextField(default="")
    about = TextField(default="")
    note = TextField(default="")
    payment_qr = BooleanField(default=True)
    vat_regime = TextField(default="standard")
    vat_note = TextField(default="")
    to_name = TextField(default="")
    to_attention = TextField(default="")
    to_street = TextField(default="")
    to_postal_code = TextField(default="")
    to_city = TextField(default="")
    to_country = TextField(default="")
    to_vat_id = TextField(default="")
    from_name = TextField(default="")
    from_trade_name = TextField(default="")
    from_street = TextField(default="")
    from_postal_code = TextField(default="")
    from_city = TextField(default="")
    from_country = TextField(default="")
    from_email = TextField(default="")
    from_phone = TextField(default="")
    from_website = TextField(default="")
    from_kvk_number = TextField(default="")
    from_vat_id = TextField(default="")
    from_iban = TextField(default="")
    net_cents = IntegerField(default=0)
    vat_cents = IntegerField(default=0)
    total_cents = IntegerField(default=0)
    issued_at = TextField(null=True)
    created_at = TextField()
    updated_at = TextField()


class InvoiceLine(BaseModel):
    invoice = ForeignKeyField(Invoice, column_name="invoice_id", backref="lines")
    invoice_id: int
    position = IntegerField(default=0)
    description = TextField()
    quantity_hundredths = IntegerField(default=100)
    unit = TextField(default="item")
    unit_price_cents = IntegerField()
    vat_rate_permille = IntegerField(default=210)
    net_cents = IntegerField()
    session = ForeignKeyField(Session, null=True, column_name="session_id")
    session_id: int | None
    credited_line = ForeignKeyField("self", null=True, column_name="credited_line_id")
    credited_line_id: int | None


class InvoicedSession(BaseModel):
    """The claim that keeps a session on one invoice line at most (schema_v4)."""

    id = None  # type: ignore[assignment]  # the session id is the key
    session = ForeignKeyField(Session, primary_key=True, column_name="session_id")
    session_id: int
    line = ForeignKeyField(InvoiceLine, unique=True, column_name="line_id")
    line_id: int


class Payment(BaseModel):
    invoice = ForeignKeyField(Invoice, column_name="invoice_id", backref="payments")
    invoice_id: int
    date = DateField()
    amount_cents = IntegerField()
    method = TextField(default="bank_transfer")
    note = TextField(default="")
    created_at = TextField()


class AuditEvent(BaseModel):
    at = TextField()
    action = TextField()
    client = ForeignKeyField(Client, null=True, column_name="client_id")
    client_id: int | None
    detail = TextField(default="{}")


class Erasure(BaseModel):
    scope = TextField()  # 'client' or 'engagement'
    subject_id = IntegerField()
    subject_created_at = TextField()
    erased_at = TextField()
    reason = TextField(default="")  # '', 'request' or 'retention'


ALL_MODELS = [
    Practice,
    Payer,
    Client,
    Engagement,
    Goal,
    Session,
    GoalScore,
    ActionItem,
    SessionDraft,
    DocumentLog,
    Consent,
    Invoice,
    InvoiceLine,
    InvoicedSession,
    Payment,
    AuditEvent,
    Erasure,
]
