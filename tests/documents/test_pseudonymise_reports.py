"""The pseudonymised summary and project report, as PDF, DOCX and ODT, hold no participant's
name or contact, wherever in the workshop it was typed (every free-text column planted)."""

from __future__ import annotations

import pytest

from fasilitaattori.documents.editable import prepare_editable
from fasilitaattori.documents.kinds import build_document
from tests.core.test_pseudonymise_columns import NAME, leaks, planted_store
from tests.documents import pdftools
from tests.documents.editable_read import read

KINDS = (("summary", "workshop"), ("project-report", "project"))


def _pdf_leaks(pdf: bytes) -> list[str]:
    """In the text a reader copies out, and in the file's own bytes (its metadata: title,
    subject, keywords; UTF-8 in XMP, UTF-16 in the document information)."""
    found = leaks(pdftools.text(pdf))
    raw = pdf.decode("latin-1")
    found += [f"raw:{s}" for s in leaks(raw)]
    found += [f"utf-16:{s}" for s in leaks(pdf.replace(b"\x00", b"").decode("latin-1"))]
    found += [f"utf-8:{s}" for s in leaks(pdf.decode("utf-8", "replace"))]
    return found


@pytest.mark.parametrize(("kind", "ref"), KINDS)
def test_a_pseudonymised_pdf_names_nobody(wb, kind, ref) -> None:
    ids = planted_store(wb)
    pdf = build_document(wb, kind, ids[ref], pseudonymise=True)
    assert not _pdf_leaks(pdf)
    if kind == "summary":
        assert "P-001" in pdftools.text(pdf)  # the participant is listed under her code


@pytest.mark.parametrize("fmt", ["docx", "odt", "pdf"])
@pytest.mark.parametrize(("kind", "ref"), KINDS)
def test_a_pseudonymised_editable_report_names_nobody(wb, kind, ref, fmt) -> None:
    ids = planted_store(wb)
    data = prepare_editable(wb, kind, ids[ref], fmt, pseudonymise=True)()
    if fmt == "pdf":  # the tagged PDF written from the same outline
        assert not _pdf_leaks(data)
        return
    doc = read(data, fmt)
    assert not leaks(doc.text), leaks(doc.text)
    assert not leaks(doc.all_xml), leaks(doc.all_xml)  # titles, metadata, alternative texts too
    assert not leaks(doc.title + " ".join(doc.alts))


@pytest.mark.parametrize(("kind", "ref"), KINDS)
def test_the_plain_reports_do_print_the_planted_texts(wb, kind, ref) -> None:
    """The checks above can fail: without pseudonymising, the planted name is printed."""
    ids = planted_store(wb)
    assert NAME in pdftools.text(build_document(wb, kind, ids[ref]))
    assert NAME in read(prepare_editable(wb, kind, ids[ref], "docx")(), "docx").text
