"""The user guide window: both languages open with their chapters, the contents move the view,
find highlights, the screenshots load, and a missing guide is said in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.ui import user_guide
from mentordesk.ui import user_guide_text as guide_text
from mentordesk.ui.user_guide import UserGuideWindow, open_user_guide
from mentordesk.ui.user_guide_text import guide_dir, guide_file, image_names, slug

CHAPTERS = {
    "en": [
        "Getting started",
        "Clients, engagements and goals",
        "Sessions and notes",
        "Confidentiality",
        "Letters, session summaries and printing",
        "Invoices, VAT and payments",
        "Pro bono work and the hours log",
        "Backups and restore",
        "Changing the passphrase",
        "Privacy law",
        "Moving data",
        "Locking",
        "Keyboard shortcuts",
    ],
    "nl": [
        "Aan de slag",
        "Cliënten, trajecten en doelen",
        "Sessies en aantekeningen",
        "Vertrouwelijkheid",
        "Brieven, sessieverslagen en afdrukken",
        "Facturen, btw en betalingen",
        "Pro-bonowerk en het urenlog",
        "Reservekopieën en terugzetten",
        "De wachtzin wijzigen",
        "Privacy (AVG)",
        "Gegevens verhuizen",
        "Vergrendelen",
        "Sneltoetsen",
    ],
}


@pytest.fixture
def guide(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[UserGuideWindow]:
    window = UserGuideWindow(getattr(request, "param", "en"))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)  # the images are fitted to the width and the text laid out
    yield window
    window.close()


def _top_line(window: UserGuideWindow) -> int:
    """The document position at the top left of the text view."""
    return window.browser.cursorForPosition(window.browser.viewport().rect().topLeft()).position()


@pytest.mark.parametrize("guide", ["en", "nl"], indirect=True)
def test_the_guide_opens_with_every_chapter_in_its_language(guide: UserGuideWindow) -> None:
    assert guide.found
    assert guide.windowTitle() == "User guide — MentorDesk"
    titles = guide.chapter_titles()
    expected = CHAPTERS[guide.language]
    assert len(titles) == len(expected)
    for title, chapter in zip(titles, expected, strict=True):
        assert chapter in title
    # Chapters hold their sections; the text is the guide's own.
    assert guide.contents.topLevelItem(0).childCount() >= 3
    first_words = "Trying the demo practice" if guide.language == "en" else "De demopraktijk"
    assert first_words in guide.browser.toPlainText()


@pytest.mark.parametrize("guide", ["en", "nl"], indirect=True)
def test_every_screenshot_of_the_guide_loads(guide: UserGuideWindow) -> None:
    document = guide.browser.document()
    names = image_names(document)
    assert len(names) >= 7
    for name in names:
        assert name.startswith("images/") and name.endswith(f"-{guide.language}.png")
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert resource is not None and not resource.isNull(), name
        assert (guide_dir() / name).stat().st_size < 150_000


def _image_widths(window: UserGuideWindow) -> list[float]:
    widths = []
    block = window.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                widths.append(char_format.toImageFormat().width())
            iterator += 1
        block = block.next()
    return widths


def test_the_images_fit_the_width_of_the_text(qtbot: QtBot, guide: UserGuideWindow) -> None:
    guide.resize(800, 700)
    qtbot.waitUntil(
        lambda: max(_image_widths(guide)) <= guide.browser.viewport().width() - 48,
        timeout=3_000,
    )
    assert len(_image_widths(guide)) >= 7
    guide.resize(1500, 900)  # room enough: every image at its own size (1000 px or less)
    qtbot.waitUntil(lambda: max(_image_widths(guide)) > 900, timeout=3_000)
    assert max(_image_widths(guide)) <= 1000


def test_a_narrowed_image_is_a_smoothly_scaled_copy(qtbot: QtBot, guide: UserGuideWindow) -> None:
    guide.resize(800, 700)
    qtbot.waitUntil(lambda: max(_image_widths(guide)) < 700, timeout=3_000)
    document = guide.browser.document()
    fitted = guide_text._image_fragments(document)[0][1]
    name = guide_text.source_name(fitted)
    assert fitted.name() == name + guide_text.FITTED
    assert image_names(document)[0] == name  # the guide still names its own file
    original = guide_text.load_image(document, name)
    shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(fitted.name()))
    assert original is not None and isinstance(shown, QImage)
    ratio = guide.browser.devicePixelRatioF()
    assert shown.width() == round(fitted.width() * ratio) < original.width()
    smooth = original.scaled(
        shown.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    rough = original.scaled(shown.size())  # what the text layout would do itself
    assert shown.convertToFormat(smooth.format()) == smooth
    assert smooth != rough
    guide.resize(1500, 900)  # wide again: the original itself
    qtbot.waitUntil(lambda: max(_image_widths(guide)) > 900, timeout=3_000)
    assert guide_text._image_fragments(document)[0][1].name() == name


def test_clicking_a_chapter_moves_the_view_to_it(qtbot: QtBot, guide: UserGuideWindow) -> None:
    assert _top_line(guide) < 10
    backups = guide.contents.topLevelItem(7)
    assert "Backups" in backups.text(0)
    rect = guide.contents.visualItemRect(backups)
    qtbot.mouseClick(guide.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    assert guide.browser.verticalScrollBar().value() > 0
    top = guide.browser.document().findBlock(_top_line(guide))
    assert top.text() == backups.text(0)

    # A section (second level) by keyboard: Enter on the item.
    guide.contents.setFocus()
    section = backups.child(1)
    guide.contents.setCurrentItem(section)
    qtbot.keyClick(guide.contents, Qt.Key.Key_Return)
    assert guide.browser.document().findBlock(_top_line(guide)).text() == section.text(0)


def test_find_highlights_the_word_and_goes_to_the_next(
    qtbot: QtBot, guide: UserGuideWindow
) -> None:
    qtbot.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.find_edit.hasFocus()
    qtbot.keyClicks(guide.find_edit, "KOR")
    first = guide.browser.textCursor()
    assert first.selectedText() == "KOR"
    assert guide.match_count() >= 3
    assert guide.browser.verticalScrollBar().value() > 0  # scrolled to the match
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    second = guide.browser.textCursor()
    assert second.selectedText() == "KOR"
    assert second.selectionStart() > first.selectionStart()
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert guide.browser.textCursor().selectionStart() == first.selectionStart()
    guide.find_edit.setText("xyzzy-not-in-the-guide")
    assert guide.find_status.text() == "Not found"
    assert guide.match_count() == 0
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Escape)
    assert guide.find_edit.text() == ""


def test_a_link_to_a_heading_scrolls_there(guide: UserGuideWindow) -> None:
    assert guide.show_heading(slug("8. Backups and restore"))
    assert guide.browser.document().findBlock(_top_line(guide)).text() == "8. Backups and restore"
    assert not guide.show_heading("no-such-heading")


def test_the_contents_follow_the_reading(guide: UserGuideWindow) -> None:
    assert guide.show_heading("issuing")  # a section of chapter 6
    current = guide.contents.currentItem()
    assert current.text(0) == "Issuing"
    assert current.parent().text(0) == "6. Invoices, VAT and payments"
    guide.browser.verticalScrollBar().setValue(0)
    assert guide.contents.currentItem().text(0) == "1. Getting started"


def test_a_missing_guide_is_said_in_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guide_text.sys, "_MEIPASS", str(tmp_path), raising=False)
    (tmp_path / "docs" / "guide").mkdir(parents=True)
    assert guide_dir() == tmp_path / "docs" / "guide"  # the bundle's folder comes first
    window = UserGuideWindow("nl")
    qtbot.addWidget(window)
    assert not window.found
    assert window.contents.topLevelItemCount() == 0
    text = window.browser.toPlainText()
    assert "could not be found" in text
    assert str(tmp_path / "docs" / "guide" / "nl.md") in text


def test_guide_dir_finds_the_source_tree_outside_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(guide_text.sys, "_MEIPASS", raising=False)
    assert guide_dir() == Path(__file__).resolve().parents[2] / "docs" / "guide"
    assert guide_file("nl").name == "nl.md"
    assert guide_file("de").name == "en.md"


def test_open_user_guide_follows_the_language_and_reuses_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(user_guide, "current_language", lambda: "nl")
    first = open_user_guide()
    assert first.language == "nl" and first.isVisible()
    assert "Aan de slag" in first.chapter_titles()[0]
    first.showMinimized()
    assert open_user_guide() is first  # brought forward, not opened twice
    assert not first.isMinimized()
    monkeypatch.setattr(user_guide, "current_language", lambda: "en")
    second = open_user_guide()
    assert second is not first and second.language == "en"
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the Dutch one closed and went
    second.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(second))


def test_the_guides_link_only_to_images_that_exist() -> None:
    for language in ("nl", "en"):
        text = guide_file(language).read_text(encoding="utf-8")
        links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert len(links) >= 7
        for link in links:
            assert (guide_dir() / link).is_file(), link
