"""The export, import and CSV client import dialogs, driven like a mentor would."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.services.practice_export import export_practice
from mentordesk.services.practice_file import PracticeFile, open_practice
from mentordesk.services.records import ClientDraft
from mentordesk.ui.transfer.csv_import_dialog import ERROR_BACKGROUND, CsvImportDialog
from mentordesk.ui.transfer.export_dialog import ExportDialog
from mentordesk.ui.transfer.import_dialog import ImportPracticeDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SENSITIVE_NAME, wait_for_workers

NEW = "een heel andere wachtzin"


@pytest.fixture
def pf(sample_path: Path) -> Iterator[PracticeFile]:
    opened = open_practice(sample_path, PASSPHRASE)
    yield opened
    opened.close()


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _audit(pf: PracticeFile, action: str) -> list[str]:
    with pf.transaction():
        rows = pf.connection.execute(
            "SELECT detail FROM audit_event WHERE action = ?", (action,)
        ).fetchall()
    return [r[0] for r in rows]


# -- export ---------------------------------------------------------------------------------------
def test_export_dialog_writes_the_zip_on_a_worker_and_logs_it(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    dialog = ExportDialog(pf, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "not encrypted" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.done_label))
    )
    assert dialog.path_field.path() is not None
    type_into(qtbot, dialog.path_field.edit, str(tmp_path / "mijn export"))
    with qtbot.waitSignal(dialog.practice_exported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "mijn export.zip"
    assert signal.args == [str(target)]
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("data.json"))
    assert SENSITIVE_NAME in [r["name"] for r in data["tables"]["client"]["rows"]]
    assert dialog.done_label.isVisible() and "mijn export.zip" in dialog.done_label.text()
    assert dialog.export_button.text() == "&Close"
    assert len(_audit(pf, "practice_exported")) == 1
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_export_dialog_asks_before_replacing_and_names_a_bad_folder(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    existing = tmp_path / "oud.zip"
    existing.write_bytes(b"old export")
    dialog = ExportDialog(pf, folder=tmp_path)
    qtbot.addWidget(dialog)
    asked: list[Path] = []
    dialog.confirm_replace = lambda path: asked.append(path) or False  # type: ignore[method-assign]
    dialog.show()
    type_into(qtbot, dialog.path_field.edit, str(existing))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [existing] and existing.read_bytes() == b"old export"
    assert not dialog.busy
    type_into(qtbot, dialog.path_field.edit, str(tmp_path / "geen map" / "x.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert dialog.error_label.isVisible()
    assert "the folder does not exist" in dialog.error_label.text()
    assert _audit(pf, "practice_exported") == []
    dialog.reject()


# -- import ---------------------------------------------------------------------------------------
@pytest.fixture
def export_zip(pf: PracticeFile, tmp_path: Path) -> Path:
    target = tmp_path / "export.zip"
    export_practice(pf, target)
    return target


def test_import_dialog_creates_and_hands_over_the_open_file(
    qtbot: QtBot, export_zip: Path, tmp_path: Path
) -> None:
    dialog = ImportPracticeDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.source_field.edit, str(export_zip))
    assert "3 clients" in dialog.source_info.text()
    type_into(qtbot, dialog.target_field.edit, str(tmp_path / "kopie"))
    qtbot.keyClicks(dialog.passphrase_edit, NEW)
    qtbot.keyClicks(dialog.repeat_edit, NEW + "x")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error_label.text()
    assert not (tmp_path / "kopie.mentordesk").exists()
    qtbot.keyClicks(dialog.repeat_edit, NEW)
    with qtbot.waitSignal(dialog.practice_imported, timeout=20_000) as signal:
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    imported = signal.args[0]
    try:
        assert isinstance(imported, PracticeFile)
        assert imported.path == tmp_path / "kopie.mentordesk"
        assert SENSITIVE_NAME in [c.name for c in imported.clients.list_rows()]
        assert len(_audit(imported, "practice_imported")) == 1
    finally:
        imported.close()
    assert not dialog.isVisible()
    assert dialog.passphrase_edit.text() == ""


def test_the_dialogs_are_named_as_in_the_menu_and_start_empty(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    export = ExportDialog(pf, folder=tmp_path)
    importer = ImportPracticeDialog(folder=tmp_path)
    for dialog in (export, importer):
        qtbot.addWidget(dialog)
        dialog.show()
    assert export.windowTitle() == "Export the whole practice"
    assert importer.windowTitle() == "Import a practice export"
    export_texts = [label.text() for label in export.findChildren(QLabel)]
    assert any("Practice › Import a practice export…" in t for t in export_texts)
    save_label = next(label for label in export.findChildren(QLabel) if label.text() == "&Save as:")
    assert save_label.buddy() is export.path_field.edit
    import_texts = [label.text() for label in importer.findChildren(QLabel)]
    assert any("Practice › Export the whole practice…" in t for t in import_texts)
    # nothing chosen yet: the field is empty and says what goes there; no gap under it
    assert importer.source_field.edit.text() == ""
    assert importer.source_field.edit.placeholderText() == "Choose the ZIP file of the export"
    assert not importer.source_info.isVisible()
    assert importer.source_field.browse_button.text() == "Choose…"
    source_row = importer.source_field.mapTo(importer, QPoint(0, 0)).y()
    target_row = importer.target_field.mapTo(importer, QPoint(0, 0)).y()
    assert target_row - source_row < importer.source_field.height() + 16
    export.reject()
    importer.reject()


def test_import_dialog_shows_why_an_export_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"no zip here")
    dialog = ImportPracticeDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.source_field.edit, str(junk))
    assert "is not a ZIP file" in dialog.source_info.text()
    type_into(qtbot, dialog.target_field.edit, str(tmp_path / "nieuw.mentordesk"))
    qtbot.keyClicks(dialog.passphrase_edit, NEW)
    qtbot.keyClicks(dialog.repeat_edit, NEW)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_workers(qtbot)
    assert "is not a ZIP file" in dialog.error_label.text()
    assert dialog.isVisible() and not (tmp_path / "nieuw.mentordesk").exists()
    dialog.reject()


# -- CSV ------------------------------------------------------------------------------------------
CSV = (
    "Naam;E-mail;Woonplaats;Taal;Klantnummer\r\n"
    "Bram Bakker;bram@example.org;Gent;nl;1\r\n"
    "Carla Claes;carla@;Brugge;en;2\r\n"
    ";;Leiden;;3\r\n"
    "Anna de Vries;;Utrecht;nl;4\r\n"
    "Dirk & Daan <b>;;Zwolle;EN;5\r\n"
)


def test_csv_dialog_maps_previews_and_imports_only_when_asked(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    path = tmp_path / "klanten.csv"
    path.write_text(CSV, encoding="cp1252")
    before = len(pf.clients.list_rows())
    dialog = CsvImportDialog(pf, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [c.currentText() for c in dialog.combos] == [
        "Full name",
        "E-mail",
        "City",
        "Language",
        "Ignore",
    ]
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.item(1, 1).text() == "Error"
    assert dialog.preview.item(1, 1).background().color() == ERROR_BACKGROUND
    assert "is not an e-mail address" in dialog.preview.item(1, 9).text()
    assert dialog.preview.item(2, 9).text() == "The name is missing."
    assert dialog.preview.item(3, 1).text() == "Duplicate?"  # Anna is in the sample
    assert dialog.import_button.text() == "Import 2 clients"
    assert dialog.summary_label.text() == (
        "5 lines: 3 can be imported, 2 have errors, 1 looks like a client you already have."
    )
    assert len(pf.clients.list_rows()) == before  # nothing yet

    email_combo = dialog.combos[1]
    email_combo.setFocus()
    qtbot.keyClick(email_combo, Qt.Key.Key_Home)  # "Ignore": Carla's address no longer counts
    assert email_combo.currentText() == "Ignore"
    assert dialog.import_button.text() == "Import 3 clients"
    dialog.skip_duplicates_check.setFocus()
    qtbot.keyClick(dialog.skip_duplicates_check, Qt.Key.Key_Space)
    assert dialog.import_button.text() == "Import 4 clients"
    with qtbot.waitSignal(dialog.clients_imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [4]
    names = [c.name for c in pf.clients.list_rows()]
    assert len(names) == before + 4 and "Dirk & Daan <b>" in names
    assert names.count("Anna de Vries") == 2
    assert not dialog.isVisible()


def test_csv_dialog_speaks_in_whole_sentences_and_shows_every_line_alike(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    path = tmp_path / "een.csv"
    path.write_text("Naam;Taal;Status\r\n;nl;actief\r\nBram Bakker;en;actief\r\n", encoding="utf-8")
    dialog = CsvImportDialog(pf, path)
    qtbot.addWidget(dialog)
    dialog.resize(980, 620)
    dialog.show()
    assert dialog.summary_label.text() == (
        "2 lines: 1 can be imported, 1 has errors, 0 look like a client you already have."
    )
    assert dialog.import_button.text() == "Import 1 client"
    # the line with an error shows its language and status as the good line does
    assert [dialog.preview.item(r, 7).text() for r in range(2)] == ["NL", "EN"]
    assert dialog.preview.item(0, 8).text() == dialog.preview.item(1, 8).text() == "Active"
    problem = dialog.preview.item(0, 9)
    assert problem.text() == "The name is missing." and problem.toolTip() == problem.text()
    header = dialog.preview.horizontalHeader()
    assert header.sectionResizeMode(9) == QHeaderView.ResizeMode.Stretch  # the rest, wrapped
    assert dialog.preview.wordWrap()
    shown = [c for c in range(9) if not dialog.preview.isColumnHidden(c)]
    assert shown == [0, 1, 2, 7, 8]  # no column of the file fills e-mail, phone, address, city
    for column in shown:  # no header is squeezed (such as "Address" over empty cells)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    assert header.sectionSize(9) >= 240
    dialog.reject()


def test_csv_dialog_with_an_unreadable_file_offers_no_import(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(bytes(range(256)) * 4)
    dialog = CsvImportDialog(pf, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "it is not a text file" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.preview.isVisible()
    dialog.reject()


def test_csv_dialog_header_only_file(qtbot: QtBot, pf: PracticeFile, tmp_path: Path) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text("Naam,E-mail\n", encoding="utf-8")
    pf.clients.create(ClientDraft(name="Extra"))
    dialog = CsvImportDialog(pf, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary_label.text() == "The file has column names but no lines."
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.metaObject().className() in ("QScrollArea",):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(widget.metaObject().className())
    return missing


def test_every_control_of_the_three_dialogs_has_an_accessible_name(
    qtbot: QtBot, pf: PracticeFile, tmp_path: Path
) -> None:
    path = tmp_path / "klanten.csv"
    path.write_text(CSV, encoding="utf-8")
    dialogs: list[QDialog] = [
        ExportDialog(pf, folder=tmp_path),
        ImportPracticeDialog(folder=tmp_path),
        CsvImportDialog(pf, path),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()
