"""Every printout built from the demo store, as the CLI and the app build them, and read back."""

from __future__ import annotations

import pytest

from fasilitaattori.cli import main
from fasilitaattori.core import agenda, notes, participants, photos, projects, workshops
from fasilitaattori.documents.kinds import KINDS, build_document
from tests.documents import pdftools


@pytest.fixture
def series(demo_wb):
    project = projects.list_projects(demo_wb)[0]
    held = [w for w in workshops.list_workshops(demo_wb, project.id) if w.status == "held"][0]
    return demo_wb, project, held


def _worksheet_block(wb, workshop_id):
    return next(i for i in agenda.list_agenda(wb, workshop_id) if i.title.startswith("Vaikuttamisen"))


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_each_printout_of_the_demo_reads_back(series, kind):
    wb, project, held = series
    ref = {"project": project.id, "workshop": held.id}.get(
        next(k.scope for k in KINDS if k.key == kind)) or _worksheet_block(wb, held.id).id
    pdf = build_document(wb, kind, ref)
    text = pdftools.assert_sound(pdf)  # qpdf --check and every font embedded
    flat = " ".join(text.split())
    if kind == "project-report":
        assert "Yhdessä vaikuttaen" in flat and "Iisalmi" in flat
    elif kind == "worksheet":
        assert "Vaikuttamisen tasot" in flat and held.title in flat
    else:
        assert held.title in flat
    if kind in ("summary", "signin"):
        assert "Kiuruvesi" in flat  # a participant's municipality
        assert "Áile Näkkäläjärvi" in flat or kind == "summary"  # names are on the sign-in sheet
    if kind == "summary":
        captured = [n.text for n in notes.list_notes(wb, held.id)]
        with_umlauts = [t for t in captured if "ä" in t or "ö" in t]
        assert with_umlauts and all(t in flat for t in with_umlauts)  # every note, ä/ö intact


def test_summary_lists_a_note_with_a_sami_author_name_and_photos(series, tmp_path):
    wb, _project, held = series
    notes.add_note(wb, held.id, "Áile Näkkäläjärvi: saamenkielinen palvelu puuttuu kokonaan.",
                   kind="development_need")
    from tests.core.test_capture import _png

    image = tmp_path / "fläppi.png"
    image.write_bytes(_png(400, 300))
    photos.add_photo(wb, held.id, image, caption="Ryhmän 2 fläppitaulu")
    for person in participants.list_participants(wb, held.id):  # photos print with everyone's consent
        participants.participants.update(wb, person.id, consent_photo=True)
    flat = " ".join(pdftools.assert_sound(build_document(wb, "summary", held.id)).split())
    assert "Áile Näkkäläjärvi: saamenkielinen palvelu" in flat
    assert "Ryhmän 2 fläppitaulu" in flat


def test_an_empty_workshop_gives_a_sensible_summary(wb):
    ws = workshops.create_workshop(wb, title="Tyhjä työpaja", language="sv")
    text = pdftools.assert_sound(build_document(wb, "summary", ws.id))
    assert "Tyhjä työpaja" in text


def test_cli_pdf_writes_the_file_and_reports_bad_ids(series, tmp_path, capsys):
    wb, _project, held = series
    data_dir = str(wb.data_dir)
    out = tmp_path / "yhteenveto.pdf"
    assert main(["--data-dir", data_dir, "pdf", "summary", held.id, "-o", str(out)]) == 0
    assert held.title in " ".join(pdftools.text(out.read_bytes()).split())
    code = main(["--data-dir", data_dir, "pdf", "summary", "no-such-id", "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and "not found" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
    # A workshop id prints all its worksheets (tests/test_cli.py); an unknown id is refused.
    assert main(["--data-dir", data_dir, "pdf", "worksheet", "no-such-id", "-o", str(tmp_path / "w.pdf")]) == 1
    assert "not found" in capsys.readouterr().err and not (tmp_path / "w.pdf").exists()


def test_the_summary_counts_feedback_exactly_as_the_app_does(series):
    from fasilitaattori.core.feedback import question_stats
    from fasilitaattori.core.feedback_stats import response_rate
    from fasilitaattori.documents import collect
    from fasilitaattori.documents import stats as doc_stats

    wb, _project, held = series
    data = collect.summary_data(wb, held.id)
    app_stats = [s for s in question_stats(wb, held.id) if s.question.kind == "scale"]
    printed = doc_stats.question_scale_stats(data.feedback)
    assert [(s.n, s.mean, dict(s.distribution)) for _q, s in printed] == [
        (s.n, s.mean, s.distribution) for s in app_stats]
    rate = response_rate(wb, held.id)
    printed_rate = doc_stats.response_rate(len(data.feedback.responses), data.attendance)
    assert printed_rate is not None and rate.rate is not None
    assert abs(printed_rate - rate.rate) < 1e-9
