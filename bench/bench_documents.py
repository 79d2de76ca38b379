"""Benchmark: our summary and project report against plain reportlab doing the same amount of pages.

    uv run python bench/bench_documents.py

Builds a workshop summary with 500 notes, 100 participants and 20 photos, and a project report of
100 workshops. For each, a raw reportlab baseline (SimpleDocTemplate, the same embedded font,
plain paragraphs and a table) is grown to the same number of pages. Prints our time, the raw time
and the ratio; the target is at most 2x.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from documents import sample  # noqa: E402
from fasilitaattori.documents.fonts import REGULAR, register_fonts  # noqa: E402
from fasilitaattori.documents.model import (  # noqa: E402
    NOTE_KINDS,
    AgendaRow,
    Feedback,
    FeedbackResponse,
    Note,
    Participant,
    Photo,
    ProjectReportData,
    ProjectWorkshopRow,
    SummaryData,
    Task,
)
from fasilitaattori.documents.project_report import build_project_report  # noqa: E402
from fasilitaattori.documents.summary import build_summary  # noqa: E402

MUNICIPALITIES = ("Kuopio", "Iisalmi", "Varkaus", "Siilinjärvi", "Lapinlahti", "Kiuruvesi", "Sonkajärvi",
                  "Suonenjoki", "Leppävirta", "Pielavesi", "Keitele", "Tervo")
SENTENCES = (
    "Neuvosto haluaa tulla kuulluksi jo suunnittelun alussa, ei vasta päätösvaiheessa.",
    "Esteettömyystiedot pitäisi koota yhteen paikkaan kunnan verkkosivuille.",
    "Järjestöjen ja kunnan yhteinen kalenteri helpottaisi vapaaehtoisten työtä.",
    "Ikäihmisten kuljetuspalvelu on tärkeä osallistumisen edellytys haja-asutusalueella.",
    "Vertaistukiryhmät tarvitsevat tiloja iltaisin; koulujen tilat voisivat olla käytössä.",
)


def summary_data(photo_dir: Path) -> SummaryData:
    agenda = tuple(AgendaRow(f"Harjoitus {i + 1}: ryhmätyö", 25, category="Harjoitus",
                             materials=("Tussit", "Fläppipaperit")) for i in range(10))
    notes = tuple(
        Note(NOTE_KINDS[i % len(NOTE_KINDS)], f"{SENTENCES[i % 5]} ({i + 1})", agenda[i % 10].title,
             f"Ryhmä {i % 6 + 1}")
        for i in range(500)
    )
    participants = tuple(
        Participant(f"{MUNICIPALITIES[i % 12]}n vanhusneuvosto" if i % 3 else f"Järjestö {i % 9}",
                    MUNICIPALITIES[i % 12], f"Osallistuja {i}", "jäsen", i % 4 != 0)
        for i in range(100)
    )
    photos = tuple(Photo(sample.png(photo_dir / f"flappi-{i}.png", 1600, 1200, f"Fläppi {i}"),
                         f"Ryhmän {i % 6 + 1} tuotos", agenda[i % 10].title) for i in range(20))
    responses = tuple(FeedbackResponse((i % 5 + 1, (i * 3) % 5 + 1, i % 3 != 0, SENTENCES[i % 5] if i % 4 == 0 else None))
                      for i in range(80))
    tasks = tuple(Task(f"Tehtävä {i}: {SENTENCES[i % 5]}", f"Vastuuhenkilö {i % 7}", date(2024, 6, 1 + i % 28),
                       ("open", "in_progress", "done")[i % 3], ("task", "assignment")[i % 2]) for i in range(40))
    return SummaryData(sample.workshop(), agenda, participants, (), notes, tasks,
                       Feedback(sample.QUESTIONS, responses), photos)


def project_data() -> ProjectReportData:
    start = date(2021, 8, 1)
    rows = tuple(
        ProjectWorkshopRow(f"Työpaja {i + 1}: {SENTENCES[i % 5][:40]}", start + timedelta(days=7 * i),
                           MUNICIPALITIES[i % 12], 10 + i % 25, MUNICIPALITIES[i % 12: i % 12 + 3],
                           (f"Järjestö {i % 30}", f"{MUNICIPALITIES[i % 12]}n kunta"), 5 + i % 15,
                           None if i % 10 == 9 else 3 + (i % 20) / 10)
        for i in range(100)
    )
    tasks = tuple(Task(f"Tehtävä {i}: {SENTENCES[i % 5]}", f"Vastuuhenkilö {i % 7}", start + timedelta(days=i),
                       ("open", "in_progress", "done")[i % 3], "task", rows[i % 100].title) for i in range(300))
    return ProjectReportData(sample.project().project, rows, tasks)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


WIDTHS = {7: [24, 64, 160, 70, 64, 64, 64], 4: [255, 100, 80, 75], 3: [170, 200, 140]}  # points, as ours


def raw_document(paragraphs: list[str], table_rows: list[list[str]], extra_rows: list[list[str]] = ()) -> bytes:
    """Plain reportlab: the same font, paragraphs and tables, no frame, no charts, no images."""
    register_fonts()
    style = ParagraphStyle("raw", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=10, leading=12.5)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, initialFontName=REGULAR)
    story: list = [Paragraph(p, style) for p in paragraphs]
    for rows in (table_rows, extra_rows):
        if rows:
            table = Table([[Paragraph(c, cell) for c in row] for row in rows], repeatRows=1,
                          colWidths=WIDTHS.get(len(rows[0])))
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR),
                                       ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
            story.append(table)
    doc.build(story)
    return buffer.getvalue()


def matched_baseline(target_pages: int, paragraphs: list[str], table_rows: list[list[str]],
                     extra_rows: list[list[str]] = ()) -> Callable[[], bytes]:
    """Grow (or shrink) the plain paragraphs until the raw document has `target_pages` pages."""
    filler = SENTENCES * 2
    paras = list(paragraphs)
    for _ in range(12):
        got = pages(raw_document(paras, table_rows, extra_rows))
        if got == target_pages:
            break
        per_page = max(1, len(paras) // max(1, got))
        if got < target_pages:
            paras += [filler[i % len(filler)] for i in range(per_page * (target_pages - got))]
        else:
            paras = paras[: max(0, len(paras) - per_page * (got - target_pages))]
    return lambda: raw_document(paras, table_rows, extra_rows)


def best_of(fn: Callable[[], bytes], runs: int) -> tuple[float, bytes]:
    times: list[float] = []
    result = b""
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    register_fonts()
    runs = 5
    with tempfile.TemporaryDirectory() as tmp:
        data = summary_data(Path(tmp))
        build_summary(data)  # warm up: font subsetting tables, imports
        ours_s, pdf_s = best_of(lambda: build_summary(data), runs)
        raw_s_fn = matched_baseline(pages(pdf_s), [n.text for n in data.notes],
                                    [["Nimi", "Organisaatio", "Kunta"]] +
                                    [[p.name or "", p.organisation, p.municipality] for p in data.participants])
        raw_s, raw_pdf_s = best_of(raw_s_fn, runs)

    project = project_data()
    ours_p, pdf_p = best_of(lambda: build_project_report(project), runs)
    raw_p_fn = matched_baseline(
        pages(pdf_p), [],
        [["", "Päivä", "Työpaja", "Paikkakunta", "Osallistujia", "Palautteita", "Keskiarvo"]] +
        [[str(i), str(w.date), w.title, w.locality, str(w.participant_count), str(w.feedback_responses),
          str(w.scale_mean)] for i, w in enumerate(project.workshops)],
        [["Tehtävä", "Vastuuhenkilö", "Määräaika", "Tila"]] +
        [[f"{t.text}<br/>{t.workshop_title}", t.owner, str(t.due), t.status] for t in project.tasks])
    raw_p, raw_pdf_p = best_of(raw_p_fn, runs)

    print(f"{'document':<44}{'pages':>7}{'ours s':>9}{'raw s':>9}{'ratio':>8}")
    for name, ours, raw, ours_pdf, raw_pdf in (
        ("summary (500 notes, 100 people, 20 photos)", ours_s, raw_s, pdf_s, raw_pdf_s),
        ("project report (100 workshops, 300 tasks)", ours_p, raw_p, pdf_p, raw_pdf_p),
    ):
        print(f"{name:<44}{pages(ours_pdf):>4}/{pages(raw_pdf):<3}{ours:>8.2f}{raw:>9.2f}{ours / raw:>7.2f}x")
    print("target: ratio <= 2.0x (median of", runs, "runs)")


if __name__ == "__main__":
    main()
