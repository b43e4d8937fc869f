"""The settings dialog: pages load the stored values, OK saves all or nothing, Cancel discards."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot

from mentordesk import config
from mentordesk.domain.enums import Language, VatRegime
from mentordesk.services.practice_file import PracticeFile
from mentordesk.services.records import PracticeDetails
from mentordesk.ui.settings import SettingsDialog
from mentordesk.ui.settings.app_page import AppPage
from mentordesk.ui.settings.practice_page import PracticePage
from tests.gui.conftest import SENSITIVE_NAME, fill_sample

DETAILS = PracticeDetails(
    name="Praktijk De Wegwijzer",
    trade_name="De Wegwijzer & Co",
    street="Oudegracht 218",
    postal_code="3511 NR",
    city="Utrecht",
    country="Nederland",
    email="hallo@wegwijzer.nl",
    phone="030-2310487",
    website="https://wegwijzer.nl",
    kvk_number="81234567",
    vat_id="NL004495612B01",
    iban="NL91ABNA0417164300",
    default_rate_cents=9500,
    vat_regime=VatRegime.STANDARD,
    payment_term_days=21,
    default_language=Language.EN,
)


class Emitted:
    def __init__(self, dialog: SettingsDialog) -> None:
        self.saved = 0
        self.languages: list[str] = []
        self.idle: list[int] = []
        dialog.settings_saved.connect(self._on_saved)
        dialog.language_changed.connect(self.languages.append)
        dialog.idle_lock_changed.connect(self.idle.append)

    def _on_saved(self) -> None:
        self.saved += 1


def png_file(path: Path, width: int = 120, height: int = 40) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2e6b8a"))
    assert image.save(str(path))
    return path


@pytest.fixture
def pf(practice: PracticeFile) -> PracticeFile:
    practice.practice.update(DETAILS)
    return practice


@pytest.fixture
def make_dialog(qtbot: QtBot, pf: PracticeFile) -> Iterator[object]:
    made: list[SettingsDialog] = []

    def make() -> SettingsDialog:
        dialog = SettingsDialog(pf)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.close()


@pytest.fixture
def dialog(make_dialog: object) -> SettingsDialog:
    return make_dialog()  # type: ignore[operator, no-any-return]


def practice_page(dialog: SettingsDialog) -> PracticePage:
    page = dialog.page("practice")
    assert isinstance(page, PracticePage)
    return page


def app_page(dialog: SettingsDialog) -> AppPage:
    page = dialog.page("app")
    assert isinstance(page, AppPage)
    return page


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type ``text`` over the field's text (QTest types ASCII only: the rest is pasted)."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def settings_json() -> str:
    path = config.config_dir() / "settings.json"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# -- loading ----------------------------------------------------------------------------------
def test_pages_and_their_names(dialog: SettingsDialog) -> None:
    assert [page.name for page in dialog.pages] == ["practice", "app"]
    assert dialog.windowTitle() == "Settings"
    assert dialog.heading.text() == "Practice details"
    dialog.select_page("app")
    assert dialog.current_page() is app_page(dialog)
    assert dialog.heading.text() == "This computer"
    assert dialog.stack.currentWidget() is app_page(dialog)
    with pytest.raises(KeyError):
        dialog.select_page("nothing")


def test_practice_page_loads_the_current_details(
    qtbot: QtBot, pf: PracticeFile, make_dialog: object, tmp_path: Path
) -> None:
    logo = png_file(tmp_path / "logo.png").read_bytes()
    pf.practice.set_logo(logo)
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    page = practice_page(dialog)
    for field in ("name", "trade_name", "street", "postal_code", "city", "email", "kvk_number"):
        assert page.line_edit(field).text() == getattr(DETAILS, field)
    assert page.line_edit("iban").text() == "NL91 ABNA 0417 1643 00"
    assert page.rate_edit.text() == "€95.00"
    assert page.term_spin.value() == 21
    assert page.language_combo.currentText() == "English"
    assert page.vat_combo.currentData() == "standard"
    assert not page.exempt_edit.isEnabled()
    assert page.logo_picker.data == logo
    assert not page.logo_picker.preview.pixmap().isNull()
    assert page.logo_picker.remove_button.isEnabled()
    assert page.signature_picker.data is None
    assert page.signature_picker.preview.text() == "No image"
    assert not page.signature_picker.remove_button.isEnabled()


def test_app_page_loads_the_current_settings(make_dialog: object, tmp_path: Path) -> None:
    settings = config.load_settings()
    settings.idle_lock_minutes = 25
    settings.language = "nl"
    settings.backup_folder = str(tmp_path)
    config.save_settings(settings)
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    page = app_page(dialog)
    assert page.idle_spin.value() == 25
    assert page.language_combo.currentText() == "Nederlands"
    assert page.folder_edit.text() == str(tmp_path)
    assert page.default_button.isEnabled()
    assert page.field_error("backup_folder") == ""


# -- saving -----------------------------------------------------------------------------------
def test_ok_saves_every_page(qtbot: QtBot, pf: PracticeFile, dialog: SettingsDialog) -> None:
    emitted = Emitted(dialog)
    page = practice_page(dialog)
    retype(qtbot, page.line_edit("name"), "Praktijk “De Brug” & Zn.")
    retype(qtbot, page.line_edit("city"), "Gent")
    retype(qtbot, page.line_edit("kvk_number"), "0123.456.749")
    retype(qtbot, page.line_edit("vat_id"), "BE 0123.456.749")
    retype(qtbot, page.line_edit("iban"), "be68 5390 0754 7034")
    retype(qtbot, page.rate_edit, "€ 1.234,5")
    page.vat_combo.setCurrentIndex(page.vat_combo.findData("kor"))
    assert page.exempt_edit.isEnabled()
    retype(qtbot, page.exempt_edit, "Vrijgesteld van btw (KOR)")
    page.term_spin.setValue(30)
    page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
    dialog.select_page("app")
    app = app_page(dialog)
    app.idle_spin.setValue(30)
    app.language_combo.setCurrentIndex(app.language_combo.findData("nl"))

    click_ok(qtbot, dialog)

    assert not dialog.isVisible()
    saved = pf.practice.get()
    assert saved.name == "Praktijk “De Brug” & Zn."
    assert saved.city == "Gent"
    assert (saved.kvk_number, saved.vat_id, saved.iban) == (
        "0123456749",
        "BE0123456749",
        "BE68539007547034",
    )
    assert saved.default_rate_cents == 123450
    assert saved.vat_regime is VatRegime.KOR
    assert saved.vat_exempt_text == "Vrijgesteld van btw (KOR)"
    assert saved.payment_term_days == 30
    assert saved.default_language is Language.NL
    settings = config.load_settings()
    assert (settings.idle_lock_minutes, settings.language) == (30, "nl")
    raw = json.loads(settings_json())
    assert (raw["idle_lock_minutes"], raw["language"]) == (30, "nl")
    assert (emitted.saved, emitted.languages, emitted.idle) == (1, ["nl"], [30])


def test_unchanged_settings_emit_only_saved(qtbot: QtBot, dialog: SettingsDialog) -> None:
    emitted = Emitted(dialog)
    click_ok(qtbot, dialog)
    assert (emitted.saved, emitted.languages, emitted.idle) == (1, [], [])


def test_other_settings_survive_a_save(qtbot: QtBot, make_dialog: object) -> None:
    settings = config.load_settings()
    settings.add_recent(Path("/somewhere/else.mentordesk"))
    settings.last_page = "agenda"
    config.save_settings(settings)
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    app_page(dialog).idle_spin.setValue(5)
    click_ok(qtbot, dialog)
    after = config.load_settings()
    assert after.idle_lock_minutes == 5
    assert after.recent_files == settings.recent_files
    assert after.last_page == "agenda"


def test_cancel_discards(qtbot: QtBot, pf: PracticeFile, dialog: SettingsDialog) -> None:
    emitted = Emitted(dialog)
    retype(qtbot, practice_page(dialog).line_edit("name"), "Something else")
    app_page(dialog).idle_spin.setValue(99)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert pf.practice.get() == DETAILS
    assert settings_json() == ""
    assert (emitted.saved, emitted.languages, emitted.idle) == (0, [], [])


def test_rate_and_iban_are_shown_back_tidily(qtbot: QtBot, dialog: SettingsDialog) -> None:
    page = practice_page(dialog)
    retype(qtbot, page.rate_edit, "85,5")
    page.rate_edit.editingFinished.emit()
    assert page.rate_edit.text() == "€85.50"
    retype(qtbot, page.line_edit("iban"), "nl91abna0417164300")
    page.line_edit("iban").editingFinished.emit()
    assert page.line_edit("iban").text() == "NL91 ABNA 0417 1643 00"
    retype(qtbot, page.rate_edit, "85,555")
    page.rate_edit.editingFinished.emit()
    assert "two ways" in page.field_error("default_rate_cents")
    assert page.rate_edit.text() == "85,555", "a refused amount is left for the mentor to fix"


def test_blank_rate_is_zero(qtbot: QtBot, pf: PracticeFile, dialog: SettingsDialog) -> None:
    practice_page(dialog).rate_edit.clear()
    click_ok(qtbot, dialog)
    assert pf.practice.get().default_rate_cents == 0


# -- refusals ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "bad", "words"),
    [
        ("iban", "NL91 ABNA 0417 1643 01", "check digits do not match"),
        ("kvk_number", "1234567", "8 digits"),
        ("default_rate_cents", "€ -85", "negative"),
        ("default_rate_cents", "85 euro extra", "not an amount"),
        ("email", "hallo@", "not an e-mail address"),
        ("vat_id", "NL12345", "Dutch btw-id"),
    ],
)
def test_bad_input_is_shown_at_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    pf: PracticeFile,
    dialog: SettingsDialog,
    *,
    field: str,
    bad: str,
    words: str,
) -> None:
    emitted = Emitted(dialog)
    page = practice_page(dialog)
    retype(qtbot, page.line_edit("name"), "A good new name")
    dialog.select_page("app")
    app_page(dialog).idle_spin.setValue(42)
    app_page(dialog).language_combo.setCurrentIndex(2)
    retype(qtbot, page.line_edit(field), bad)

    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.current_page() is page, "the dialog switches to the page with the problem"
    assert words in page.field_error(field)
    assert page.first_error_editor() is page.line_edit(field)
    qtbot.waitUntil(lambda: page.line_edit(field).hasFocus())
    assert not dialog.page_list.item(0).icon().isNull()
    assert pf.practice.get() == DETAILS
    assert settings_json() == "", "no page saves while another has a problem"
    assert (emitted.saved, emitted.languages, emitted.idle) == (0, [], [])

    retype(qtbot, page.line_edit(field), "")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.field_error(field) == ""
    assert pf.practice.get().name == "A good new name"
    assert config.load_settings().idle_lock_minutes == 42


def test_every_problem_on_a_page_is_shown_at_once(qtbot: QtBot, dialog: SettingsDialog) -> None:
    page = practice_page(dialog)
    retype(qtbot, page.line_edit("email"), "no-at-sign")
    retype(qtbot, page.line_edit("iban"), "NL00")
    page.vat_combo.setCurrentIndex(page.vat_combo.findData("exempt"))
    click_ok(qtbot, dialog)
    assert page.field_error("email")
    assert page.field_error("iban")
    assert "Write the line" in page.field_error("vat_exempt_text")
    assert page.field_error("name") == ""
    assert page.first_error_editor() is page.line_edit("email")


def test_unwritable_backup_folder_is_refused_on_its_page(
    qtbot: QtBot, pf: PracticeFile, dialog: SettingsDialog, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    retype(qtbot, practice_page(dialog).line_edit("name"), "Changed")
    app = app_page(dialog)
    app.ask_folder = lambda: str(not_a_folder)  # type: ignore[method-assign]
    dialog.select_page("app")
    qtbot.mouseClick(app.choose_button, Qt.MouseButton.LeftButton)
    assert "cannot write" in app.field_error("backup_folder"), "warned as soon as chosen"
    dialog.select_page("practice")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.current_page() is app
    assert "cannot write" in app.field_error("backup_folder")
    assert pf.practice.get().name == DETAILS.name
    assert settings_json() == ""


# -- logo and signature -----------------------------------------------------------------------
def test_a_real_png_logo_is_stored(
    qtbot: QtBot, pf: PracticeFile, dialog: SettingsDialog, tmp_path: Path
) -> None:
    path = png_file(tmp_path / "logo.png")
    picker = practice_page(dialog).logo_picker
    picker.ask_path = lambda: str(path)  # type: ignore[method-assign]
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert picker.message_text() == ""
    assert not picker.preview.pixmap().isNull()
    assert pf.practice.get_logo() is None, "nothing is stored before OK"
    click_ok(qtbot, dialog)
    assert pf.practice.get_logo() == path.read_bytes()
    assert pf.practice.get_signature() is None


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_text("I am a text file, not an image"), "not a PNG or JPEG image"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024)), "at most 2 MB"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n garbage after the magic"), "cannot be shown"),
    ],
)
def test_a_bad_logo_file_is_refused_with_a_clear_message(
    qtbot: QtBot,
    pf: PracticeFile,
    dialog: SettingsDialog,
    tmp_path: Path,
    *,
    make: object,
    words: str,
) -> None:
    old_logo = png_file(tmp_path / "old.png").read_bytes()
    pf.practice.set_logo(old_logo)
    dialog.close()
    dialog = SettingsDialog(pf)
    qtbot.addWidget(dialog)
    dialog.open()
    bad = tmp_path / "logo.png"
    make(bad)  # type: ignore[operator]
    picker = practice_page(dialog).logo_picker
    picker.ask_path = lambda: str(bad)  # type: ignore[method-assign]
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert words in picker.message_text()
    assert picker.message.isVisible()
    assert picker.data == old_logo, "the old logo stays"
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert pf.practice.get_logo() == old_logo


def test_remove_signature(
    qtbot: QtBot, pf: PracticeFile, make_dialog: object, tmp_path: Path
) -> None:
    pf.practice.set_signature(png_file(tmp_path / "sig.png").read_bytes())
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    picker = practice_page(dialog).signature_picker
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert picker.preview.text() == "No image"
    assert not picker.remove_button.isEnabled()
    click_ok(qtbot, dialog)
    assert pf.practice.get_signature() is None


# -- this computer ----------------------------------------------------------------------------
def test_language_choice_persists(qtbot: QtBot, make_dialog: object) -> None:
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    emitted = Emitted(dialog)
    combo = app_page(dialog).language_combo
    assert combo.currentText() == "Same as the computer"
    combo.setCurrentIndex(combo.findText("English"))
    click_ok(qtbot, dialog)
    assert config.load_settings().language == "en"
    assert emitted.languages == ["en"]
    again: SettingsDialog = make_dialog()  # type: ignore[operator]
    assert app_page(again).language_combo.currentText() == "English"
    app_page(again).language_combo.setCurrentIndex(0)
    emitted = Emitted(again)
    click_ok(qtbot, again)
    assert config.load_settings().language == ""
    assert emitted.languages == [""]


def test_backup_folder_persists_and_use_default_resets_it(
    qtbot: QtBot, make_dialog: object, tmp_path: Path
) -> None:
    chosen = tmp_path / "backups on usb"
    chosen.mkdir()
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    app = app_page(dialog)
    assert app.folder_edit.text() == str(config.default_backup_dir())
    assert not app.default_button.isEnabled()
    app.ask_folder = lambda: str(chosen)  # type: ignore[method-assign]
    dialog.select_page("app")
    qtbot.mouseClick(app.choose_button, Qt.MouseButton.LeftButton)
    assert app.folder_edit.text() == str(chosen)
    click_ok(qtbot, dialog)
    assert config.load_settings().backup_folder == str(chosen)
    assert config.backup_dir() == chosen

    again: SettingsDialog = make_dialog()  # type: ignore[operator]
    app = app_page(again)
    assert app.folder_edit.text() == str(chosen)
    again.select_page("app")
    qtbot.mouseClick(app.default_button, Qt.MouseButton.LeftButton)
    assert app.folder_edit.text() == str(config.default_backup_dir())
    click_ok(qtbot, again)
    assert config.load_settings().backup_folder == ""
    assert config.backup_dir() == config.default_backup_dir()


def test_settings_json_holds_no_practice_or_client_data(
    qtbot: QtBot, pf: PracticeFile, make_dialog: object, tmp_path: Path
) -> None:
    fill_sample(pf)
    pf.practice.set_logo(png_file(tmp_path / "logo.png").read_bytes())
    dialog: SettingsDialog = make_dialog()  # type: ignore[operator]
    retype(qtbot, practice_page(dialog).line_edit("street"), "Geheime straat 7")
    app_page(dialog).idle_spin.setValue(15)
    click_ok(qtbot, dialog)
    assert pf.practice.get().street == "Geheime straat 7"
    text = settings_json()
    assert set(json.loads(text)) <= {f.name for f in dataclasses.fields(config.Settings)}
    secrets = [*dataclasses.astuple(pf.practice.get()), "José", SENSITIVE_NAME, "jose@example.org"]
    for secret in secrets:
        if isinstance(secret, str) and len(secret) > 3:
            assert secret not in text, secret
    assert "iVBOR" not in text and "PNG" not in text


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
    controls += dialog.findChildren(QSpinBox) + dialog.findChildren(QListWidget)
    controls += dialog.findChildren(QAbstractButton)
    named = [c for c in controls if c.parent() is not None and not c.inherits("QScrollBar")]
    missing = [
        c.objectName() or type(c).__name__
        for c in named
        if not c.accessibleName()
        and not (isinstance(c, QAbstractButton) and c.text())
        and not isinstance(c.parent(), (QSpinBox, QComboBox))
    ]
    assert not missing


def test_a_failing_save_is_reported_and_stops_the_rest(
    qtbot: QtBot, pf: PracticeFile, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.errors import DiskFullError

    def full(*args: object, **kwargs: object) -> None:
        raise DiskFullError

    monkeypatch.setattr(pf.practice, "update", full)
    emitted = Emitted(dialog)
    retype(qtbot, practice_page(dialog).line_edit("name"), "Not saved")
    app_page(dialog).idle_spin.setValue(3)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "disk is full" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert dialog.width() >= 1040, "the message does not shrink the dialog"
    assert settings_json() == ""
    assert emitted.saved == 0
