"""The summary and the project report as Word (DOCX) and OpenDocument (ODT), read back as a
reader and a screen reader meet them: headings in order, alternative texts, repeated header
rows, the language and the title, the workshop's own content, and no names when pseudonymised."""

from __future__ import annotations

import pytest

from fasilitaattori.cli import main
from fasilitaattori.core import agenda, notes, participants, photos, projects, workshops
from fasilitaattori.core.demo import create_demo
from fasilitaattori.documents import collect, stats
from fasilitaattori.documents.editable import prepare_editable
from fasilitaattori.documents.i18n import format_decimal
from tests.documents.editable_read import read

FORMATS = ("docx", "odt")


def _build(wb, kind: str, ref: str, fmt: str, pseudonymise: bool = False):
    return read(prepare_editable(wb, kind, ref, fmt, pseudonymise)(), fmt)


def _assert_structure(doc, locale: str, title_part: str) -> None:
    assert doc.headings and doc.headings[0] == 1
    for before, after in zip(doc.headings, doc.headings[1:], strict=False):
        assert after <= before + 1, doc.headings  # never skips a level
    assert doc.alts and all(alt.strip() for alt in doc.alts)
    assert doc.header_rows and all(doc.header_rows)
    assert doc.language == locale and doc.style_language == locale
    assert title_part in doc.title


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_summary_reads_in_order_with_its_content(demo_wb, fmt):
    wb = demo_wb
    held = workshops.list_workshops(wb, projects.list_projects(wb)[0].id)[0]
    doc = _build(wb, "summary", held.id, fmt)
    _assert_structure(doc, "fi-FI", held.title)
    text = " ".join(doc.text.split())
    assert held.title in text
    assert all(item.title in text for item in agenda.list_agenda(wb, held.id))  # the programme
    with_umlauts = [n.text for n in notes.list_notes(wb, held.id) if "ä" in n.text or "ö" in n.text]
    assert with_umlauts and all(t in text for t in with_umlauts)
    # a feedback figure: each scale question's mean, and its chart's alt text tells the counts
    data = collect.summary_data(wb, held.id)
    scale = [(i, q) for i, q in enumerate(data.feedback.questions) if q.kind == "scale"]
    assert scale
    for index, question in scale:
        st = stats.scale_stats(data.feedback.answers_to(index), question.scale_min, question.scale_max)
        assert st.mean is not None and f"keskiarvo {format_decimal('fi', st.mean)}" in text
        top_point, top_count = max(st.distribution, key=lambda pc: pc[1])
        assert any(f"{top_point}: {top_count} vastaus" in alt for alt in doc.alts)
    assert data.workshop.organisation_name and data.workshop.organisation_name in doc.all_xml  # the page header


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_project_report_reads_in_order(demo_wb, fmt):
    project = projects.list_projects(demo_wb)[0]
    doc = _build(demo_wb, "project-report", project.id, fmt)
    _assert_structure(doc, "fi-FI", project.name)
    series = workshops.list_workshops(demo_wb, project.id)
    assert all(ws.title in doc.text for ws in series)
    assert any(series[0].title in alt for alt in doc.alts)  # the line chart names its points


@pytest.mark.parametrize(("language", "locale"), [("sv", "sv-FI"), ("en", "en-GB")])
def test_a_report_in_swedish_or_english_says_so(wb, language, locale):
    project = create_demo(wb, language)
    held = workshops.list_workshops(wb, project.id)[0]
    for fmt in FORMATS:
        doc = _build(wb, "summary", held.id, fmt)
        _assert_structure(doc, locale, held.title)


@pytest.mark.parametrize("fmt", FORMATS)
def test_consented_photos_come_with_their_caption_as_alt_text(demo_wb, fmt, tmp_path):
    from tests.core.test_capture import _png

    held = workshops.list_workshops(demo_wb, projects.list_projects(demo_wb)[0].id)[0]
    image = tmp_path / "fläppi.png"
    image.write_bytes(_png(400, 300))
    photos.add_photo(demo_wb, held.id, image, caption="Ryhmän 2 fläppitaulu")
    without_consent = _build(demo_wb, "summary", held.id, fmt)
    assert "Ryhmän 2 fläppitaulu" not in without_consent.all_xml  # not everyone consented
    for person in participants.list_participants(demo_wb, held.id):
        participants.participants.update(demo_wb, person.id, consent_photo=True)
    doc = _build(demo_wb, "summary", held.id, fmt)
    assert "Ryhmän 2 fläppitaulu" in doc.alts
    assert len(doc.alts) == len(without_consent.alts) + 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_note_with_control_characters_still_makes_a_report(demo_wb, fmt):
    """A paste from a terminal or a scanner can carry control characters XML cannot hold."""
    held = workshops.list_workshops(demo_wb, projects.list_projects(demo_wb)[0].id)[0]
    notes.add_note(demo_wb, held.id, "Kopioitu\x01 teksti\x0b päätteestä", kind="idea")
    doc = _build(demo_wb, "summary", held.id, fmt)
    assert "Kopioitu teksti päätteestä" in doc.text


def _secrets(wb) -> tuple[list[str], list[str]]:
    people = participants.list_participants(wb)
    return [p.display_name for p in people if p.display_name], [p.contact for p in people if p.contact]


@pytest.mark.parametrize("fmt", FORMATS)
def test_pseudonymised_reports_name_nobody(demo_wb, fmt):
    names, contacts = _secrets(demo_wb)
    assert names and contacts
    project = projects.list_projects(demo_wb)[0]
    series = workshops.list_workshops(demo_wb, project.id)
    plain = "\n".join(_build(demo_wb, "summary", ws.id, fmt).all_xml for ws in series)
    assert any(name in plain for name in names)  # without the option, names are there to hide
    docs = [_build(demo_wb, "summary", ws.id, fmt, pseudonymise=True) for ws in series]
    docs.append(_build(demo_wb, "project-report", project.id, fmt, pseudonymise=True))
    everything = "\n".join(d.all_xml for d in docs)
    for secret in [*names, *contacts]:
        assert secret not in everything
        for part in secret.split():
            if len(part) > 3 and part[0].isupper() and "@" not in part:
                assert part not in everything, part
    assert "P-0" in everything  # the codes stand in


def test_cli_doc_chooses_the_format_by_extension(demo_wb, tmp_path, capsys):
    data_dir = str(demo_wb.data_dir)
    held = workshops.list_workshops(demo_wb, projects.list_projects(demo_wb)[0].id)[0]
    demo_wb.close()
    for name, fmt in (("yhteenveto.docx", "docx"), ("Yhteenveto.ODT", "odt")):
        out = tmp_path / name
        assert main(["--data-dir", data_dir, "doc", "summary", held.id, "-o", str(out), "--pseudonymise"]) == 0
        doc = read(out.read_bytes(), fmt)
        assert held.title in doc.text
    assert read((tmp_path / "Yhteenveto.ODT").read_bytes(), "odt").extra["mimetype"] == \
        "application/vnd.oasis.opendocument.text"
    code = main(["--data-dir", data_dir, "doc", "summary", held.id, "-o", str(tmp_path / "raportti.rtf")])
    err = capsys.readouterr().err.strip()
    assert code == 1 and "Traceback" not in err and len(err.splitlines()) == 1 and "raportti.rtf" in err
    assert not (tmp_path / "raportti.rtf").exists()
    assert main(["--data-dir", data_dir, "doc", "summary", "no-such-id", "-o", str(tmp_path / "x.docx")]) == 1
    assert "not found" in capsys.readouterr().err and not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_organisations_logo_and_name_head_every_page(demo_wb, fmt, tmp_path):
    from fasilitaattori.documents.collect import LOGO_KEY, ORGANISATION_KEY
    from tests.core.test_capture import _png

    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(300, 100))
    demo_wb.set_setting(LOGO_KEY, str(logo))
    demo_wb.set_setting(ORGANISATION_KEY, "Kehittämiskeskus Öljymäki")
    held = workshops.list_workshops(demo_wb, projects.list_projects(demo_wb)[0].id)[0]
    doc = read(prepare_editable(demo_wb, "summary", held.id, fmt)(), fmt)
    header = doc.extra["header"]
    assert "Kehittämiskeskus Öljymäki" in header
    assert "Kehittämiskeskus Öljymäki, logo" in doc.alts


def _structure(pdf: bytes) -> tuple[dict, list[str], list[str]]:
    """The document catalogue, the structure tags in reading order, and the figures' alt texts."""
    import io

    from pypdf import PdfReader

    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    tags: list[str] = []
    alts: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            if "/S" in node:
                tags.append(str(node["/S"]))
                if node["/S"] == "/Figure":
                    alts.append(str(node.get("/Alt", "")))
            if "/K" in node:
                walk(node["/K"])

    walk(root["/StructTreeRoot"])
    return root, tags, alts


def test_the_summary_as_a_tagged_pdf_for_screen_readers(demo_wb, tmp_path):
    """`doc summary ID -o OUT.pdf`: PDF/UA-1 through Typst, from the same outline."""
    from tests.documents import pdftools

    held = workshops.list_workshops(demo_wb, projects.list_projects(demo_wb)[0].id)[0]
    typed = 'Hinta $5 * 2 = #10 "lainaus" \\ [a] <b> @c _d_ `e` ]\x01 loppu'  # Typst's markup signs
    notes.add_note(demo_wb, held.id, typed, kind="idea")
    pdf = prepare_editable(demo_wb, "summary", held.id, "pdf")()
    root, tags, alts = _structure(pdf)
    assert root["/Lang"] == "fi-FI" and root["/MarkInfo"]["/Marked"]
    headings = [int(t[2:]) for t in tags if t[:2] == "/H" and t[2:].isdigit()]
    assert headings[0] == 1 and all(b <= a + 1 for a, b in zip(headings, headings[1:], strict=False))
    assert alts and all(alt.strip() for alt in alts)
    assert "/THead" in tags and "/TH" in tags and "/L" in tags
    text = " ".join(pdftools.text(pdf).split())
    assert held.title in text and all(item.title in text for item in agenda.list_agenda(demo_wb, held.id))
    assert typed.replace("\x01", "") in text  # typed text is text, never markup
    info = pdftools._run("pdfinfo", pdf).stdout
    assert "Tagged:          yes" in info and held.title in info
