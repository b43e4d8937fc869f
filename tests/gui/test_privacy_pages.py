"""The audit trail page, the retention page and the hand-over dialog, driven like a mentor."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import EngagementKind, EngagementStatus, Funding, SessionStatus
from mentordesk.services.audit_trail import AuditGroup
from mentordesk.services.invoice_records import InvoiceDraft, LineDraft
from mentordesk.services.invoices import InvoiceService
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft, EngagementDraft, SessionDraft
from mentordesk.services.retention import RetentionPeriods, RetentionService
from mentordesk.store.models import AuditEvent
from mentordesk.ui.privacy.audit_page import AuditPage
from mentordesk.ui.privacy.handover_dialog import HandoverDialog
from mentordesk.ui.privacy.retention_layout import WIDEST_COLUMN, fit_columns
from mentordesk.ui.privacy.retention_page import RetentionPage
from mentordesk.ui.reveal import RevealState
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SENSITIVE_NAME, fill_sample, visible_texts, wait_for_workers
from tests.unit.services.money_setup import practice

Y = dt.date.today().year
SCREENSHOTS = Path("/tmp/privacy-screens")


def _shot(widget: object, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Old:
    jose: int
    ulku: int
    old_engagement: int
    old_invoice: int
    kept_invoice: int


@pytest.fixture
def pf(practice_path: Path) -> Iterator[PracticeFile]:
    with open_practice(practice_path, PASSPHRASE) as opened:
        practice(opened)
        yield opened


@pytest.fixture
def old(pf: PracticeFile) -> Old:
    sample = fill_sample(pf)
    address = {"street": "Oudegracht 1", "postal_code": "3511 AA", "city": "Utrecht"}
    former = pf.clients.create(ClientDraft(name="Bram Koendjbiharie", **address)).id  # type: ignore[arg-type]
    engagement = pf.engagements.create(
        EngagementDraft(
            client_id=former,
            kind=EngagementKind.CAREER,
            funding=Funding.CLIENT_PAID,
            start_date=dt.date(Y - 9, 1, 1),
            end_date=dt.date(Y - 8, 6, 30),
            status=EngagementStatus.COMPLETED,
            rate_cents=9000,
            title="Loopbaanvragen",
        )
    ).id
    pf.sessions.create(
        SessionDraft(
            engagement_id=engagement,
            date=dt.date(Y - 8, 2, 1),
            status=SessionStatus.HELD,
            summary="Old notes about the reorganisation",
        )
    )
    sensitive_old = pf.engagements.create(
        EngagementDraft(
            client_id=sample.ulku,
            kind=EngagementKind.PERSONAL_GROWTH,
            funding=Funding.PRO_BONO,
            start_date=dt.date(Y - 7, 1, 1),
            end_date=dt.date(Y - 7, 3, 1),
        )
    ).id
    pf.sessions.create(
        SessionDraft(
            engagement_id=sensitive_old,
            date=dt.date(Y - 7, 2, 1),
            status=SessionStatus.HELD,
            summary="Private matters",
        )
    )
    invoices = InvoiceService(pf)
    ids = []
    for day in (dt.date(Y - 8, 3, 1), dt.date(Y - 6, 3, 1)):
        draft = InvoiceDraft(former, (LineDraft("Workshop", Decimal(1), 12500),))
        invoice_id = invoices.create(draft).id
        invoices.issue(invoice_id, on=day, today=day)
        ids.append(invoice_id)
    return Old(sample.jose, sample.ulku, engagement, ids[0], ids[1])


# -- the audit trail page -----------------------------------------------------------------------
def _audit(pf: PracticeFile, action: str, client_id: int | None = None, **detail: object) -> None:
    with pf.transaction():
        pf.audit(action, client_id=client_id, **detail)


@pytest.fixture
def audit_page(qtbot: QtBot, pf: PracticeFile, old: Old) -> AuditPage:
    _audit(pf, "access_request_exported", old.ulku, include_private=False, reason="third party")
    _audit(pf, "client_erased", old.jose, reason="request")
    _audit(pf, "passphrase_changed", keyring_remembered=True)
    _audit(pf, "backup_restored", backup="practice-opened-2026.mentordesk")
    with pf.transaction():  # one line far back, outside the default range
        AuditEvent.update(at=f"{Y - 3}-01-01T10:00:00").where(
            AuditEvent.action == "backup_restored"
        ).execute()
    page = AuditPage(pf, RevealState())
    qtbot.addWidget(page)
    page.resize(1200, 640)
    page.show()
    page.refresh()
    return page


def test_audit_page_lists_filters_and_names_sensitive_clients_by_initials(
    qtbot: QtBot, audit_page: AuditPage
) -> None:
    model = audit_page.model
    whats = [model.entry_at(r).action for r in range(model.rowCount())]
    assert "client_erased" in whats and "passphrase_changed" in whats
    assert "backup_restored" not in whats  # three years back: outside the last year
    texts = "\n".join(
        str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(4)
    )
    assert "Ü.Ş." in texts and SENSITIVE_NAME not in texts
    assert "private working notes left out: third party" in texts
    assert SENSITIVE_NAME not in "\n".join(visible_texts(audit_page))
    edit = audit_page.filter_edit  # the hint in the filter field is readable in full
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24
    _shot(audit_page, "audit-page")

    # keyboard: the group combo to "Erasures"
    audit_page.group_combo.setFocus()
    while audit_page.group_combo.currentData() != AuditGroup.ERASURE.value:
        qtbot.keyClick(audit_page.group_combo, Qt.Key.Key_Down)
    assert {model.entry_at(r).action for r in range(model.rowCount())} == {"client_erased"}
    assert audit_page.count_label.text().startswith("1 of ")

    audit_page.set_group(None)
    qtbot.keyClicks(audit_page.filter_edit, "passphrase")
    assert [model.entry_at(r).action for r in range(model.rowCount())] == ["passphrase_changed"]
    qtbot.keyClick(audit_page.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(audit_page.filter_edit, Qt.Key.Key_Delete)

    # a wider date range reads the older line
    audit_page.set_date_range(dt.date(Y - 4, 1, 1), dt.date.today())
    assert "backup_restored" in {model.entry_at(r).action for r in range(model.rowCount())}


def test_audit_page_double_click_opens_the_client(
    qtbot: QtBot, audit_page: AuditPage, old: Old
) -> None:
    model = audit_page.model
    row = next(r for r in range(model.rowCount()) if model.entry_at(r).action == "client_erased")
    index = model.index(row, 2)
    rect = audit_page.table.visualRect(index)
    with qtbot.waitSignal(audit_page.client_requested) as signal:
        qtbot.mouseClick(audit_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(audit_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [old.jose]


def test_audit_page_exports_the_lines_shown(
    qtbot: QtBot, audit_page: AuditPage, tmp_path: Path
) -> None:
    target = tmp_path / "trail"
    audit_page.ask_save_path = lambda: target  # type: ignore[method-assign]
    audit_page.set_group(AuditGroup.ERASURE)
    qtbot.mouseClick(audit_page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "trail.csv"
    rows = list(csv.reader(io.StringIO(written.read_text("utf-8-sig"))))
    assert len(rows) == 2 and rows[1][2] == "Client erased"
    assert rows[1][4] == "at the client's request"
    assert "1 lines saved as trail.csv." in audit_page.status_label.text()
    # the export is in the trail itself now
    audit_page.set_group(AuditGroup.EXPORT)
    actions = {audit_page.model.entry_at(r).action for r in range(audit_page.model.rowCount())}
    assert "audit_trail_exported" in actions


# -- the retention page -------------------------------------------------------------------------
@pytest.fixture
def retention_page(qtbot: QtBot, pf: PracticeFile, old: Old) -> RetentionPage:
    page = RetentionPage(pf, RevealState())
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.refresh()
    return page


def _tick(qtbot: QtBot, tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    assert item is not None
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked


def test_retention_page_saves_the_periods(
    qtbot: QtBot, retention_page: RetentionPage, pf: PracticeFile
) -> None:
    assert retention_page.notes_spin.value() == 24
    assert retention_page.invoices_spin.value() == 7
    assert retention_page.invoices_spin.minimum() == 7  # never under the fiscal minimum
    retention_page.notes_spin.setFocus()
    retention_page.notes_spin.selectAll()
    qtbot.keyClicks(retention_page.notes_spin, "36")
    retention_page.invoices_spin.setFocus()
    retention_page.invoices_spin.selectAll()
    qtbot.keyClicks(retention_page.invoices_spin, "8")
    qtbot.keyClick(retention_page.invoices_spin, Qt.Key.Key_Up)  # 9
    qtbot.mouseClick(retention_page.save_button, Qt.MouseButton.LeftButton)
    assert RetentionService(pf).periods() == RetentionPeriods(36, 9)
    assert retention_page.status_label.text() == "The retention periods were saved."
    assert retention_page.invoices_list.topLevelItemCount() == 0  # 9 years: none yet


def test_retention_page_erases_notes_after_asking(
    qtbot: QtBot, retention_page: RetentionPage, pf: PracticeFile, old: Old
) -> None:
    tree = retention_page.engagements_list
    assert tree.topLevelItemCount() == 2
    names = {tree.topLevelItem(r).text(0) for r in range(2)}  # type: ignore[union-attr]
    assert names == {"Bram Koendjbiharie", "Ü.Ş."}
    assert SENSITIVE_NAME not in "\n".join(visible_texts(retention_page))
    assert "Engagements past the note period (2)" in retention_page.engagements_heading.text()
    assert not retention_page.erase_button.isEnabled()
    row = next(r for r in range(2) if tree.topLevelItem(r).text(0) == "Bram Koendjbiharie")  # type: ignore[union-attr]
    _tick(qtbot, tree, row)
    assert retention_page.erase_button.isEnabled()
    _shot(retention_page, "retention-page")

    questions: list[str] = []
    retention_page.ask_confirm = lambda text: questions.append(text) or False  # type: ignore[method-assign, func-returns-value]
    qtbot.mouseClick(retention_page.erase_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Erase the notes of 1 engagement? ")
    assert tree.topLevelItemCount() == 2  # said no: nothing erased

    retention_page.ask_confirm = lambda text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(retention_page.data_erased):
        qtbot.mouseClick(retention_page.erase_button, Qt.MouseButton.LeftButton)
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(0) == "Ü.Ş."  # type: ignore[union-attr]
    assert retention_page.status_label.text() == "The notes of 1 engagement were erased."
    left = pf.connection.execute(
        "SELECT count(*) FROM session WHERE engagement_id = ? AND summary <> ''",
        (old.old_engagement,),
    ).fetchone()[0]
    assert left == 0


def test_retention_page_lines_are_readable(
    qtbot: QtBot, retention_page: RetentionPage, pf: PracticeFile
) -> None:
    tree = retention_page.engagements_list
    notes = {tree.topLevelItem(r).text(3) for r in range(2)}  # type: ignore[union-attr]
    assert notes == {"1 session with notes, 0 goals"}
    assert retention_page.notes_text(2, 1) == "2 sessions with notes, 1 goal"
    header = tree.header()
    for column in (0, 2, 3):  # the client, the date and the notes are shown in full
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        assert header.sectionSize(column) >= tree.sizeHintForColumn(column), column
    assert header.sectionSize(1) >= 120  # the engagement keeps room of its own
    first = tree.topLevelItem(0)
    assert first is not None and first.toolTip(0) == first.text(0)
    assert tree.visualItemRect(first).height() >= retention_page.fontMetrics().height() + 8
    _shot(retention_page, "retention-lines")
    # a very long name does not push the engagement aside: it is cut off with "…"
    first.setText(0, "Wilhelmina Johanna Theodora van der Heijden-Oosterbroek de Vries")
    fit_columns(tree, capped=(0,))
    assert header.sectionSize(0) == WIDEST_COLUMN
    assert tree.textElideMode() == Qt.TextElideMode.ElideRight


def test_retention_page_deletes_old_invoices_only(
    qtbot: QtBot, retention_page: RetentionPage, pf: PracticeFile, old: Old
) -> None:
    tree = retention_page.invoices_list
    assert tree.topLevelItemCount() == 1  # the one of Y-6 stays
    assert tree.topLevelItem(0).text(0) == f"{Y - 8}-0001"  # type: ignore[union-attr]
    qtbot.mouseClick(retention_page.invoices_all_button, Qt.MouseButton.LeftButton)
    questions: list[str] = []
    retention_page.ask_confirm = lambda text: questions.append(text) or True  # type: ignore[method-assign, func-returns-value]
    with qtbot.waitSignal(retention_page.data_erased):
        qtbot.mouseClick(retention_page.delete_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith(f"Delete invoice {Y - 8}-0001 with its payments?")
    assert tree.topLevelItemCount() == 0
    assert retention_page.invoices_empty.isVisible()
    assert retention_page.status_label.text() == "1 invoice was deleted."
    # the empty list only takes the room its message needs; the engagements get the rest
    layout = retention_page.lists_layout
    assert (layout.stretch(0), layout.stretch(1)) == (1, 0)
    panel = retention_page.invoices_empty.parentWidget()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.height() <= panel.sizeHint().height() + 2)
    numbers = {r[0] for r in pf.connection.execute("SELECT number FROM invoice")}
    assert numbers == {f"{Y - 6}-0001"}


# -- the hand-over dialog -----------------------------------------------------------------------
SECRET = "vijf ongewone woorden op een rij"


@pytest.fixture
def dialog(qtbot: QtBot, pf: PracticeFile, tmp_path: Path) -> HandoverDialog:
    fill_sample(pf)
    made = HandoverDialog(pf)
    qtbot.addWidget(made)
    made.target_edit.setText(str(tmp_path / "overdracht"))
    made.show()
    return made


def test_handover_dialog_makes_the_package_in_the_background(
    qtbot: QtBot, dialog: HandoverDialog, tmp_path: Path, pf: PracticeFile
) -> None:
    qtbot.keyClicks(dialog.name_edit, "Marleen de Bruijn")
    qtbot.keyClicks(dialog.passphrase_edit, SECRET)
    qtbot.keyClicks(dialog.repeat_edit, SECRET)
    assert dialog.language_combo.currentData() == "nl"
    _shot(dialog, "handover-dialog")
    with qtbot.waitSignal(dialog.created, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.name_edit.isEnabled()
    wait_for_workers(qtbot)
    path = Path(signal.args[0])
    assert path == tmp_path / "overdracht.zip"
    with zipfile.ZipFile(path) as archive:
        assert "Instructies noodoverdracht.pdf" in archive.namelist()
    assert not dialog.isVisible()
    assert dialog.passphrase_edit.text() == ""
    count = pf.connection.execute(
        "SELECT count(*) FROM audit_event WHERE action = 'handover_created'"
    ).fetchone()[0]
    assert count == 1


def test_handover_dialog_refuses_unequal_and_short_passphrases(
    qtbot: QtBot, dialog: HandoverDialog, tmp_path: Path
) -> None:
    qtbot.keyClicks(dialog.name_edit, "Marleen de Bruijn")
    qtbot.keyClicks(dialog.passphrase_edit, SECRET)
    qtbot.keyClicks(dialog.repeat_edit, SECRET + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error_label.text()
    assert dialog.repeat_edit.text() == ""

    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "te kort")
    qtbot.keyClicks(dialog.repeat_edit, "te kort")
    assert "At least 12 characters" in dialog.hint_label.text()
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert "too short" in dialog.error_label.text()
    assert dialog.passphrase_edit.hasFocus()
    _shot(dialog, "handover-dialog-error")
    assert not dialog.busy and dialog.isVisible()
    assert list(tmp_path.glob("*.zip")) == []
    dialog.close()


def test_handover_dialog_refuses_the_mentors_own_passphrase(
    qtbot: QtBot, dialog: HandoverDialog, tmp_path: Path
) -> None:
    qtbot.keyClicks(dialog.name_edit, "Marleen")
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert "differs from your own" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.name_edit.isEnabled()
    assert list(tmp_path.glob("*.zip")) == []
    dialog.close()


def test_handover_dialog_is_named_as_in_the_menu_and_saves_in_documents(
    qtbot: QtBot, pf: PracticeFile
) -> None:
    made = HandoverDialog(pf)
    qtbot.addWidget(made)
    made.show()
    assert made.windowTitle() == "Emergency hand-over package"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target = Path(made.target_edit.text())
    assert target.parent == (Path(documents) if documents else Path.home())
    assert target.name.startswith("handover-") and target.suffix == ".zip"
    hint = made.hint_label  # no gap above or below the wrapped hint
    assert hint.height() <= hint.heightForWidth(hint.width()) + 2
    assert made.height() <= made.layout().totalHeightForWidth(made.width()) + 2
    made.reject()


def test_browse_fills_the_target(qtbot: QtBot, dialog: HandoverDialog, tmp_path: Path) -> None:
    dialog.ask_target = lambda: tmp_path / "elsewhere.zip"  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert dialog.target_edit.text() == str(tmp_path / "elsewhere.zip")
    dialog.close()
