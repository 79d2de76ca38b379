"""Documents tab: preview, save and print a printout of the selected workshop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from fasilitaattori.core import projects, workshops
from fasilitaattori.ui.context import UiContext
from fasilitaattori.ui.documents_tab import DocumentsTab
from tests.documents import pdftools


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
    return widget, held


def test_preview_then_save_the_summary(tab, tmp_path, qtbot):
    widget, held = tab
    widget.kind.setCurrentIndex(widget.kind.findData("summary"))
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    assert widget.document.pageCount() >= 2
    target = tmp_path / "yhteenveto.pdf"
    assert widget.save_to(target)
    assert held.title in " ".join(pdftools.text(target.read_bytes()).split())


def test_worksheet_for_a_block_with_group_copies_in_large_print(tab, qtbot):
    widget, _held = tab
    widget.kind.setCurrentIndex(widget.kind.findData("worksheet"))
    assert widget.block.isVisible() and widget.block.count() >= 3
    widget.block.setCurrentIndex(widget.block.findText("Vaikuttamisen tasot"))
    widget.groups.setText("Ryhmä 1, Ryhmä 2, Ryhmä 3")  # QTest.keyClicks cannot type ä
    widget.large.setChecked(True)
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    # each group's copy alike: in large print the four levels take two pages to leave room to write
    pages = pdftools.page_texts(widget.pdf_bytes)
    assert widget.document.pageCount() == len(pages) and len(pages) % 3 == 0
    per_copy = len(pages) // 3
    assert [n for n, text in enumerate(pages) if "Ryhmä" in text] == [0, per_copy, 2 * per_copy]
    assert "Ryhmä 3" in pages[2 * per_copy]


def test_printing_paints_every_page(tab, tmp_path, qtbot):
    widget, _held = tab
    widget.kind.setCurrentIndex(widget.kind.findData("signin"))
    widget.preview()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "tuloste.pdf"))
    widget.print_to(printer)
    assert pdftools.pages((tmp_path / "tuloste.pdf").read_bytes()) == widget.document.pageCount()


def test_project_report_needs_a_workshop_of_a_project(qtbot, wb):
    ctx = UiContext(wb)
    widget = DocumentsTab(ctx)
    qtbot.addWidget(widget)
    loose = workshops.create_workshop(wb, title="Irrallinen")
    ctx.select_workshop(loose.id)
    widget.kind.setCurrentIndex(widget.kind.findData("project-report"))
    widget.preview()
    assert widget.pdf_bytes == b"" and "project" in widget.status.text()


def test_summary_with_participants_as_codes(tab, qtbot):
    from fasilitaattori.core import participants

    widget, held = tab
    names = [p.display_name for p in participants.list_participants(widget.ctx.wb, held.id) if p.display_name]
    widget.kind.setCurrentIndex(widget.kind.findData("summary"))
    assert widget.pseudonymise.isVisible()
    qtbot.mouseClick(widget.pseudonymise, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    text = " ".join(pdftools.text(widget.pdf_bytes).split())
    assert "P-0" in text and not any(name in text for name in names)
    widget.kind.setCurrentIndex(widget.kind.findData("signin"))
    assert not widget.pseudonymise.isVisible()  # the sign-in sheet is for real names
