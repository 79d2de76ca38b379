"""A 19,000-respondent survey export (about 4 MB, Webropol's layout) imported into one workshop.

    uv run python bench/bench_feedback.py

Printed side by side: reading the file with the csv module alone (the floor), reading it as a
survey table (dialect, header layout, limits), and the whole import into the store (checking
every answer, one transaction). Target: the import within 3 s.
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
from fasilitaattori.library.seed import open_workbench

RESPONDENTS = int(os.environ.get("RESPONDENTS", "19000"))
SCALES = ["Sisältö oli hyödyllinen", "Ohjaaja oli valmistautunut", "Aikataulu toimi", "Tilat olivat toimivat",
          "Sain sanoa mielipiteeni", "Opin uutta", "Suosittelisin muille", "Tavoitteet olivat selkeät"]
METHODS = "Mitkä menetelmät olivat hyviä?"
OPTIONS = ["Pienryhmät", "Kävelykokous", "Tulevaisuusverstas"]
WORDS = "Mitä haluaisit sanoa järjestäjille?"


def export_text(rng: random.Random) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Palautekysely"])
    writer.writerow(["Vastaaja", "Vastausaika", *SCALES, "Osallistuisitko uudelleen?", METHODS, "", "", WORDS])
    writer.writerow(["", "", *[""] * len(SCALES), "", *OPTIONS, ""])
    for i in range(1, RESPONDENTS + 1):
        scales = [str(rng.choice([1, 2, 3, 4, 5, 5, 4, 6, ""])) for _ in SCALES]
        words = rng.choice(["", "", "Kiitos hyvästä päivästä, lisää tällaisia tilaisuuksia kuntaan!",
                            "Enemmän aikaa ryhmätöille; nyt oli kiire.\nMuuten hyvä."])
        writer.writerow([i, f"10.03.2026 {8 + i % 10:02d}:{i % 60:02d}", *scales, rng.choice(["1", "2", "3"]),
                         *[rng.choice("01") for _ in OPTIONS], words])
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
        started = time.perf_counter()
        result = import_survey(wb, ws.id, path)
        whole = time.perf_counter() - started
        started = time.perf_counter()
        feedback.question_stats(wb, ws.id)
        stats = time.perf_counter() - started
        wb.close()
    assert len(rows) == RESPONDENTS + 3 and len(table.rows) == RESPONDENTS
    print(f"{RESPONDENTS} respondents, {size:.1f} MB, {result.answers} answers")
    print(f"csv module alone        {plain:6.2f} s")
    print(f"read as a survey table  {survey:6.2f} s  ({survey / plain:.1f}x)")
    print(f"whole import            {whole:6.2f} s")
    print(f"statistics              {stats:6.2f} s")
    sys.exit(0 if whole <= 3 else 1)


if __name__ == "__main__":
    main()
