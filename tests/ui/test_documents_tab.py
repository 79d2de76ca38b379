"""Documents tab: preview, save and print a printout of the selected workshop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from fasilitaattori.core import projects, workshops
from fasilitaattori.core.agenda import agenda_items, list_agenda
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


def shown(widget, qtbot):
    """Wait for the preview the tab lays out by itself on its worker."""
    qtbot.waitUntil(lambda: widget.document.pageCount() > 0 and bool(widget.pdf_bytes), timeout=30_000)
    return widget.document.pageCount()


def choose(qtbot, combo, data):
    """Move through a list with the arrow keys, as a person does, until `data` is chosen."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def test_the_tab_shows_a_preview_when_it_opens(tab, qtbot):
    widget, held = tab
    assert shown(widget, qtbot) >= 2  # the first printout, the summary, without pressing anything
    assert held.title in pdftools.text(widget.pdf_bytes)


def test_the_preview_is_laid_out_off_the_window_thread(tab, qtbot):
    widget, _held = tab
    shown(widget, qtbot)
    choose(qtbot, widget.kind, "run-sheet")
    widget.preview()
    assert widget.pdf_bytes == b""  # preview() returned at once; the layout is still on the worker
    assert shown(widget, qtbot) >= 1
    assert "Palautekierros" in pdftools.text(widget.pdf_bytes)


def test_preview_then_save_the_summary(tab, tmp_path, qtbot):
    widget, held = tab
    choose(qtbot, widget.kind, "summary")
    assert shown(widget, qtbot) >= 2
    target = tmp_path / "yhteenveto.pdf"
    assert widget.save_to(target)
    assert held.title in " ".join(pdftools.text(target.read_bytes()).split())


def _blocks(widget):
    return {item.title: item.id for item in list_agenda(widget.ctx.wb, widget.ctx.workshop_id)}


def test_worksheet_for_a_block_with_group_copies_in_large_print(tab, qtbot):
    widget, _held = tab
    choose(qtbot, widget.kind, "worksheet")
    assert widget.block.isVisible()
    choose(qtbot, widget.block, _blocks(widget)["Vaikuttamisen tasot"])
    widget.groups.setText("Ryhmä 1, Ryhmä 2, Ryhmä 3")  # QTest.keyClicks cannot type ä
    qtbot.keyClick(widget.large, Qt.Key.Key_Space)
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    shown(widget, qtbot)  # laid out on the tab's worker
    # each group's copy alike: in large print the four levels take two pages to leave room to write
    pages = pdftools.page_texts(widget.pdf_bytes)
    assert widget.document.pageCount() == len(pages) and len(pages) % 3 == 0
    per_copy = len(pages) // 3
    assert [n for n, text in enumerate(pages) if "Ryhmä" in text] == [0, per_copy, 2 * per_copy]
    assert "Ryhmä 3" in pages[2 * per_copy]


def test_the_worksheet_list_offers_worksheets_by_part_then_general_sheets(tab, qtbot):
    widget, held = tab
    choose(qtbot, widget.kind, "worksheet")
    rows = [(widget.block.itemText(i), widget.block.itemData(i)) for i in range(widget.block.count())]
    blocks = _blocks(widget)
    assert rows[0] == ("All worksheets of this workshop", held.id)
    chosen = [text for text, data in rows[1:] if data]
    headings = [text for text, data in rows if not data]
    # The demo day: a break splits it in two parts; its two worksheets come after the break.
    assert chosen[:2] == ["10:45  Vaikuttamisen tasot", "11:30  Verkostokartta"]
    assert headings == ["General answer sheet"]
    general = {text.split("  ", 1)[1] for text in chosen[2:]}
    assert general == {"Alkukierros", "Dialogi", "Palautekierros"}  # not the break
    assert "Tauko" in blocks


def test_all_worksheets_of_the_workshop_as_one_pdf(tab, qtbot, tmp_path):
    widget, held = tab
    choose(qtbot, widget.kind, "worksheet")
    choose(qtbot, widget.block, held.id)
    assert shown(widget, qtbot) == 2
    pages = pdftools.page_texts(widget.pdf_bytes)
    assert "Vaikuttamisen tasot" in pages[0] and "Verkostokartta" in pages[1]
    assert widget.save_to(tmp_path / "tyopohjat.pdf")
    assert pdftools.pages((tmp_path / "tyopohjat.pdf").read_bytes()) == 2


def test_a_method_without_a_layout_prints_the_general_answer_sheet(tab, qtbot):
    widget, _held = tab
    choose(qtbot, widget.kind, "worksheet")
    choose(qtbot, widget.block, _blocks(widget)["Dialogi"])
    assert shown(widget, qtbot) == 1
    text = pdftools.text(widget.pdf_bytes)
    assert "Dialogi" in text and "Ajatuksemme ja vastauksemme" in text
    assert "Ymmärrämme aihetta" in text  # the method's purpose is the question on the sheet


def test_printing_paints_every_page(tab, tmp_path, qtbot):
    widget, _held = tab
    choose(qtbot, widget.kind, "signin")
    shown(widget, qtbot)
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
    choose(qtbot, widget.kind, "summary")
    assert widget.pseudonymise.isVisible()
    qtbot.mouseClick(widget.pseudonymise, Qt.MouseButton.LeftButton)
    shown(widget, qtbot)
    text = " ".join(pdftools.text(widget.pdf_bytes).split())
    assert "P-0" in text and not any(name in text for name in names)
    widget.kind.setCurrentIndex(widget.kind.findData("signin"))
    assert not widget.pseudonymise.isVisible()  # the sign-in sheet is for real names


def test_an_edit_elsewhere_shows_in_the_preview_when_the_tab_is_shown_again(tab, qtbot):
    from fasilitaattori.core.agenda import add_item

    widget, held = tab
    choose(qtbot, widget.kind, "run-sheet")
    shown(widget, qtbot)
    widget.hide()  # another tab is in front
    block = widget.ctx.create(agenda_items, "Add", make=lambda: add_item(widget.ctx.wb, held.id, title="Kyselytunti",
                                                                          duration_min=10))
    assert block is not None
    widget.show()
    qtbot.waitUntil(lambda: "Kyselytunti" in pdftools.text(widget.pdf_bytes) if widget.pdf_bytes else False,
                    timeout=30_000)


def test_the_worksheet_list_writes_times_the_finnish_way(tab, qtbot):
    from fasilitaattori.ui.i18n import install_language

    install_language("fi")
    widget, held = tab
    widget.ctx.select_workshop("")
    widget.ctx.select_workshop(held.id)  # the list is made again in Finnish
    choose(qtbot, widget.kind, "worksheet")
    rows = [widget.block.itemText(i) for i in range(widget.block.count())]
    assert "10.45  Vaikuttamisen tasot" in rows and not any("10:45" in r for r in rows)


def test_a_file_name_windows_cannot_hold_is_refused_with_a_sentence(tab, tmp_path, qtbot, monkeypatch):
    """The save dialog hands back whatever the person typed; `CON.pdf` or a colon would not
    survive the trip to a colleague's Windows laptop, so it is refused before anything is written."""
    from PySide6.QtWidgets import QFileDialog

    widget, _held = tab
    shown(widget, qtbot)
    for typed in ("CON.pdf", "Työpaja 2: ilta.pdf"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=typed, **_k: (str(tmp_path / t), ""))
        widget.save_as()
        assert "Windows" in widget.ctx.last_error and "\n" not in widget.ctx.last_error
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.part"))


def test_save_as_pdf_before_the_preview_is_ready_lays_it_out_off_the_window_thread(tab, tmp_path, qtbot,
                                                                                   monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    widget, _held = tab
    shown(widget, qtbot)
    target = tmp_path / "ohjelma.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    choose(qtbot, widget.kind, "run-sheet")  # the preview is stale now
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert not target.exists()  # the click returned at once; the layout is on the worker
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert "Palautekierros" in pdftools.text(target.read_bytes())
    assert str(target) in widget.saved.text()  # the user is told where it went
