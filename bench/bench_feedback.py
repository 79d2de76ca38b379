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
from pathlib import Path

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.feedback_import import import_survey
from fasilitaattori.core.survey_table import read_survey
from fasilitaattori.documents.collect import summary_data
from fasilitaattori.documents.summary import build_summary
from fasilitaattori.library.seed import open_workbench

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


def main() -> None:
    rng = random.Random(23)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "webropol.csv"
        path.write_bytes(export_text(rng).encode("cp1252"))
        size = path.stat().st_size / 1e6
        started = time.perf_counter()
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252"), newline=""), delimiter=";"))
        plain = time.perf_counter() - started
        started = time.perf_counter()
        table = read_survey(path)
        survey = time.perf_counter() - started
        wb = open_workbench(Path(tmp) / "data")
        ws = workshops.create_workshop(wb, title="Iso kysely", date="2026-03-10")
        for prompt in SCALES:
            feedback.add_question(wb, ws.id, prompt)
        feedback.add_question(wb, ws.id, "Osallistuisitko uudelleen?", kind="yesno")
        feedback.add_question(wb, ws.id, METHODS, kind="multi", options="\n".join(OPTIONS))
        feedback.add_question(wb, ws.id, WORDS, kind="text")
        feedback.add_question(wb, ws.id, LEARNT, kind="text")
        feedback.add_question(wb, ws.id, MUNICIPALITY, kind="profile")
        feedback.add_question(wb, ws.id, AGE, kind="profile")
        feedback.add_question(wb, ws.id, ROLE, kind="profile")
        started = time.perf_counter()
        result = import_survey(wb, ws.id, path)
        whole = time.perf_counter() - started
        started = time.perf_counter()
        feedback.question_stats(wb, ws.id)
        stats = time.perf_counter() - started
        started = time.perf_counter()
        pdf = build_summary(summary_data(wb, ws.id))
        summary = time.perf_counter() - started
        wb.close()
    assert len(rows) == RESPONDENTS + 3 and len(table.rows) == RESPONDENTS
    print(f"{RESPONDENTS} respondents, {size:.1f} MB, {result.answers} answers")
    print(f"csv module alone        {plain:6.2f} s")
    print(f"read as a survey table  {survey:6.2f} s  ({survey / plain:.1f}x)")
    print(f"whole import            {whole:6.2f} s")
    print(f"statistics              {stats:6.2f} s")
    print(f"summary with feedback   {summary:6.2f} s  ({len(pdf) / 1e3:.0f} kB)")
    sys.exit(0 if whole <= 3 and summary <= 2 else 1)


if __name__ == "__main__":
    main()
