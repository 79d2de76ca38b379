"""The summary's and the project report's feedback pages from a Webropol export: yes/no and
multi-select as bars with their shares, answers compared by municipality, each question added
up over a series (figures counted by hand in tests/core/test_feedback_crosstab.py)."""

from __future__ import annotations

import pytest

from fasilitaattori.core import projects, workshops
from fasilitaattori.documents.kinds import build_document
from tests.core.municipality_survey import make_workshop
from tests.documents import pdftools


def _flat(pdf: bytes) -> str:
    return " ".join(pdftools.text(pdf).replace("\xa0", " ").split())


def test_the_summary_charts_yes_no_and_multi_select_and_compares_municipalities(wb, tmp_path):
    ws = make_workshop(wb, tmp_path)
    text = _flat(build_document(wb, "summary", ws.id))
    # yes/no and multi-select as bars with their counts and shares (of 17 and of the 11 who chose)
    assert "Kyllä 12 (71 %)" in text and "Ei 4 (24 %)" in text and "En osaa sanoa 1 (6 %)" in text
    assert "Pienryhmät 8 (73 %)" in text and "Kävelykokous 7 (64 %)" in text
    # the comparison: all, Kuopio, Siilinjärvi (too few answers to show), the small groups together
    assert "Vastaukset taustan mukaan: Kotikunta" in text
    assert "Kaikki (17) Kuopio (6) Siilinjärvi (5) Muut (5)" in text
    assert "3,4 4,0 – 3,0" in text and "75 % 80 % 40 % 100 %" in text


@pytest.mark.parametrize("language,words", [("sv", ("Ja 12 (71 %)", "Svaren enligt bakgrund: Kotikunta")),
                                            ("en", ("Yes 12 (71%)", "Answers by background: Kotikunta"))])
def test_the_summarys_feedback_words_follow_the_workshops_language(wb, tmp_path, language, words):
    ws = make_workshop(wb, tmp_path, language=language)
    text = _flat(build_document(wb, "summary", ws.id))
    assert all(w in text for w in words)


def test_the_project_report_adds_up_each_question_over_the_series(wb, tmp_path):
    project = projects.create_project(wb, name="Kuntakierros")
    for n in range(2):
        ws = make_workshop(wb, tmp_path, project_id=project.id)
        workshops.workshops.update(wb, ws.id, date=f"2026-03-1{n}")
    text = _flat(build_document(wb, "project-report", project.id))
    assert "Palaute kysymyksittäin" in text
    assert "Kysytty 2 työpajassa, 34 vastausta." in text  # 17 respondents in each
    assert "Kyllä 24 (71 %)" in text and "Pienryhmät 16 (73 %)" in text
