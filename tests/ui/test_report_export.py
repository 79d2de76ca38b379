"""Printouts tab: the summary and the project report saved as editable Word and OpenDocument
files, written off the window's thread, with the participants-as-codes option."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fasilitaattori.core import participants, projects, workshops
from fasilitaattori.ui.context import UiContext
from fasilitaattori.ui.documents_tab import DocumentsTab
from tests.documents.editable_read import read
from tests.ui.test_documents_tab import choose


@pytest.fixture
def tab(qtbot, demo_wb):
    ctx = UiContext(demo_wb)
    widget = DocumentsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    project = projects.list_projects(demo_wb)[0]
    held = [w for w in workshops.list_workshops(demo_wb, project.id) if w.status == "held"][0]
    ctx.select_workshop(held.id)
    return widget, held, project


def test_the_summary_as_word_with_participants_as_codes(tab, qtbot, monkeypatch, tmp_path):
    widget, held, _project = tab
    choose(qtbot, widget.kind, "summary")
    docx_button, odt_button, _tagged = widget.export.buttons
    assert docx_button.isVisible() and odt_button.isVisible()
    qtbot.mouseClick(widget.pseudonymise, Qt.MouseButton.LeftButton)
    target = tmp_path / "yhteenveto.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(docx_button, Qt.MouseButton.LeftButton)
    assert not target.exists() and not docx_button.isEnabled()  # written on the worker, not yet
    qtbot.waitUntil(lambda: target.exists() and docx_button.isEnabled(), timeout=60_000)
    doc = read(target.read_bytes(), "docx")
    assert held.title in doc.text and doc.headings[0] == 1
    names = [p.display_name for p in participants.list_participants(widget.ctx.wb) if p.display_name]
    assert names and not any(name in doc.all_xml for name in names) and "P-0" in doc.all_xml
    # The preview laid out for the new choice (codes) after the save leaves the save's sentence.
    qtbot.waitUntil(lambda: widget.pdf_bytes != b"" and "page" in widget.status.text(), timeout=60_000)
    assert str(target) in widget.saved.text()


def test_the_project_report_as_opendocument(tab, qtbot, monkeypatch, tmp_path):
    widget, _held, project = tab
    choose(qtbot, widget.kind, "project-report")
    typed = tmp_path / "hankeraportti"  # typed without an extension: the button's format is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), ""))
    qtbot.mouseClick(widget.export.odt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "hankeraportti.odt").exists(), timeout=60_000)
    assert not typed.exists()
    doc = read((tmp_path / "hankeraportti.odt").read_bytes(), "odt")
    assert project.name in doc.title and all(doc.header_rows)


def test_only_the_reports_offer_word_and_opendocument(tab, qtbot):
    widget, _held, _project = tab
    choose(qtbot, widget.kind, "run-sheet")
    assert not any(button.isVisible() for button in widget.export.buttons)
    choose(qtbot, widget.kind, "project-report")
    assert all(button.isVisible() for button in widget.export.buttons)


def test_a_name_windows_cannot_hold_is_refused_before_anything_is_written(tab, qtbot, monkeypatch, tmp_path):
    widget, _held, _project = tab
    choose(qtbot, widget.kind, "summary")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "CON.docx"), ""))
    qtbot.mouseClick(widget.export.docx_button, Qt.MouseButton.LeftButton)
    assert "Windows" in widget.ctx.last_error and "\n" not in widget.ctx.last_error
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob(".*.part"))
    assert widget.export.docx_button.isEnabled()  # nothing left running


def test_the_summary_as_an_accessible_pdf(tab, qtbot, monkeypatch, tmp_path):
    widget, held, _project = tab
    choose(qtbot, widget.kind, "summary")
    target = tmp_path / "yhteenveto-saavutettava.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(widget.export.tagged_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and widget.export.tagged_button.isEnabled(), timeout=60_000)
    from tests.documents import pdftools
    from tests.documents.test_editable_reports import _structure

    root, tags, _alts = _structure(target.read_bytes())
    assert root["/Lang"] == "fi-FI" and "/H1" in tags
    assert held.title in " ".join(pdftools.text(target.read_bytes()).split())


def test_a_report_laid_out_before_the_click_returns_is_still_written(tab, qtbot, monkeypatch, tmp_path, request):
    """On a loaded machine the worker may finish before the window's thread has noted where the
    file goes; it is written all the same, and the buttons come back."""
    from fasilitaattori.ui import pdf_worker
    from tests.ui.test_jobs import AlreadyDone

    pool = AlreadyDone(max_workers=1)
    request.addfinalizer(pool.shutdown)
    monkeypatch.setattr(pdf_worker, "PRINTOUTS", pool)
    widget, held, _project = tab
    choose(qtbot, widget.kind, "summary")
    target = tmp_path / "yhteenveto.odt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(widget.export.odt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and widget.export.odt_button.isEnabled(), timeout=60_000)
    assert held.title in read(target.read_bytes(), "odt").text
    assert str(target) in widget.saved.text()
