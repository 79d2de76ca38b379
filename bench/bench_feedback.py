"""A 19,000-respondent survey export (about 4 MB, Webropol's layout) imported into one workshop.

    uv run python bench/bench_feedback.py

Printed side by side: reading the file with the csv module alone (the floor), reading it as a
survey table (dialect, header layout, limits), the whole import into the store (checking every
answer, one transaction), the statistics, and the workshop summary with its feedback pages
(read from the store and printed). Targets: the import within 3 s, the summary within 2 s.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.feedback_import import import_survey
from fasilitaattori.core.survey_table import read_survey
from fasilitaattori.documents.collect import summary_data
from fasilitaattori.documents.summary import build_summary
from fasilitaattori.library.seed import open_workbench

T = TypeVar("T")
RESPONDENTS = int(os.environ.get("RESPONDENTS", "19000"))
SCALES = ["Sisältö oli hyödyllinen", "Ohjaaja oli valmistautunut", "Aikataulu toimi", "Tilat olivat toimivat",
          "Sain sanoa mielipiteeni", "Opin uutta", "Suosittelisin muille", "Tavoitteet olivat selkeät"]
METHODS = "Mitkä menetelmät olivat hyviä?"
OPTIONS = ["Pienryhmät", "Kävelykokous", "Tulevaisuusverstas"]
WORDS = "Mitä haluaisit sanoa järjestäjille?"
LEARNT = "Mitä jäi päällimmäisenä mieleen?"
MUNICIPALITY = "Kotikunta"
MUNICIPALITIES = ["Kuopio", "Siilinjärvi", "Suonenjoki", "Leppävirta", "Tuusniemi", "Kaavi", "Rautavaara"]
AGE = "Ikäryhmä"
AGES = ["alle 30", "30–44", "45–59", "60 tai yli"]
ROLE = "Rooli"
ROLES = ["asukas", "kunnan työntekijä", "luottamushenkilö", "yhdistyksen edustaja"]


def export_text(rng: random.Random) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Palautekysely"])
    writer.writerow(["Vastaaja", "Vastausaika", MUNICIPALITY, AGE, ROLE, *SCALES, "Osallistuisitko uudelleen?",
                     METHODS, "", "", WORDS, LEARNT])
    writer.writerow(["", "", "", "", "", *[""] * len(SCALES), "", *OPTIONS, "", ""])
    for i in range(1, RESPONDENTS + 1):
        scales = [str(rng.choice([1, 2, 3, 4, 5, 5, 4, 6, ""])) for _ in SCALES]
        words = rng.choice(["", "Kiitos hyvästä päivästä, lisää tällaisia tilaisuuksia kuntaan!",
                            "Enemmän aikaa ryhmätöille; nyt oli kiire.\nMuuten hyvä.",
                            f"Vastaaja {i}: toivoisin, että kunnan päättäjät olisivat mukana seuraavalla kerralla "
                            "ja että aineistot jaettaisiin etukäteen sähköpostilla, jotta niihin ehtii tutustua rauhassa."])
        learnt = rng.choice(["", f"Ryhmätyö {i % 40}: naapurikunnan kokemukset joukkoliikenteestä, kirjastoista ja "
                             "nuorisotiloista sekä se, miten niitä voisi kokeilla meillä.",
                             "Se, miten moni asia riippuu yhteistyöstä."])
        writer.writerow([i, f"10.03.2026 {8 + i % 10:02d}:{i % 60:02d}", rng.choice(MUNICIPALITIES),
                         rng.choice(AGES), rng.choice(ROLES), *scales, rng.choice(["1", "2", "3"]),
                         *[rng.choice("01") for _ in OPTIONS], words, learnt])
    return out.getvalue()


class Clock:
    """Wall time and this process's processor time of each step: on a machine shared with
    other jobs the wall time grows with their load, the processor time much less."""

    def __init__(self) -> None:
        self.steps: dict[str, tuple[float, float]] = {}

    def __call__(self, name: str, action: Callable[[], T]) -> T:
        wall, cpu = time.perf_counter(), time.process_time()
        value = action()
        self.steps[name] = (time.perf_counter() - wall, time.process_time() - cpu)
        return value

    def line(self, name: str, label: str, extra: str = "") -> str:
        wall, cpu = self.steps[name]
        return f"{label:34} {wall:6.2f} s   cpu {cpu:5.2f} s  {extra}"


def main() -> None:
    rng = random.Random(23)
    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "webropol.csv"
        path.write_bytes(export_text(rng).encode("cp1252"))
        size = path.stat().st_size / 1e6
        rows = clock("csv", lambda: list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252"), newline=""),
                                                    delimiter=";")))
        table = clock("table", lambda: read_survey(path))
        wb = open_workbench(Path(tmp) / "data")
        ws = workshops.create_workshop(wb, title="Iso kysely", date="2026-03-10")
        for prompt in SCALES:
            feedback.add_question(wb, ws.id, prompt)
        feedback.add_question(wb, ws.id, "Osallistuisitko uudelleen?", kind="yesno")
        feedback.add_question(wb, ws.id, METHODS, kind="multi", options="\n".join(OPTIONS))
        feedback.add_question(wb, ws.id, WORDS, kind="text")
        feedback.add_question(wb, ws.id, LEARNT, kind="text")
        feedback.add_question(wb, ws.id, MUNICIPALITY, kind="profile")
        feedback.add_question(wb, ws.id, AGE, kind="profile", options="\n".join(AGES))
        feedback.add_question(wb, ws.id, ROLE, kind="profile")
        result = clock("import", lambda: import_survey(wb, ws.id, path))
        # What the import left to the background (the answers' indexes, the log copied into
        # the data file), timed apart: the window is usable meanwhile.
        clock("background", wb.store.wait_for_background)
        clock("stats", lambda: feedback.question_stats(wb, ws.id))
        pdf = clock("summary", lambda: build_summary(summary_data(wb, ws.id)))
        wb.close()
    assert len(rows) == RESPONDENTS + 3 and len(table.rows) == RESPONDENTS
    plain = clock.steps["csv"][0]
    print(f"{RESPONDENTS} respondents, {size:.1f} MB, {result.answers} answers")
    print(clock.line("csv", "csv module alone"))
    print(clock.line("table", "read as a survey table", f"({clock.steps['table'][0] / plain:.1f}x csv)"))
    print(clock.line("import", "whole import (until committed)"))
    print(clock.line("background", "indexes built after, in background"))
    print(clock.line("stats", "statistics (Feedback tab)"))
    print(clock.line("summary", "summary with its feedback pages", f"({len(pdf) / 1e3:.0f} kB)"))
    sys.exit(0 if clock.steps["import"][0] <= 3 and clock.steps["summary"][0] <= 2 else 1)


if __name__ == "__main__":
    main()
