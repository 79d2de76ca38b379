"""Generate a "10-year store": what a busy facilitation team accumulates in a decade.

2,000 workshops in 200 projects, 200,000 notes, 50,000 participants, with Finnish text built
from real-sounding phrases. Rows go in with bulk inserts (with valid clocks, so sync and
search treat them like any others); the result is cached under /tmp by scale.

    uv run python bench/make_store.py [--scale 1.0] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import insert

from fasilitaattori.core.clock import HLC, dump_clocks
from fasilitaattori.core.participants import link_id
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.store.migrate import HEAD_REVISION
from fasilitaattori.store.models import (
    AgendaItem,
    Attendance,
    Note,
    Participant,
    Project,
    Task,
    Workshop,
)

TOWNS = ["Kuopio", "Iisalmi", "Varkaus", "Vaala", "Lappeenranta", "Savonlinna", "Nivala", "Raahe",
         "Haapavesi", "Utajärvi", "Reisjärvi", "Sievi", "Kiuruvesi", "Leppävirta", "Joroinen",
         "Suonenjoki", "Pielavesi", "Siilinjärvi", "Mikkeli", "Joensuu", "Inari", "Utsjoki",
         "Vaasa", "Närpiö", "Pietarsaari", "Porvoo", "Turku", "Oulu", "Kajaani", "Kemi"]
ORGS = ["vanhusneuvosto", "vammaisneuvosto", "nuorisovaltuusto", "hyvinvointialue", "kaupunki",
        "kunta", "eläkeläisyhdistys", "omaishoitajayhdistys", "mielenterveysyhdistys", "kylätoimikunta",
        "SPR:n osasto", "seurakunta", "4H-yhdistys", "urheiluseura", "järjestöjen yhteistyöverkosto"]
FIRST = ["Aino", "Eero", "Liisa", "Pekka", "Marjatta", "Seppo", "Tuula", "Jukka", "Helena", "Ville",
         "Sanna", "Mikko", "Riitta", "Kari", "Päivi", "Jari", "Anneli", "Timo", "Åsa", "Áile", "Ánde"]
LAST = ["Räsänen", "Hyvönen", "Kärkkäinen", "Tuovinen", "Jäntti", "Heiskanen", "Kämäräinen",
        "Pääkkönen", "Väisänen", "Öhman", "Åkerlund", "Näkkäläjärvi", "Korhonen", "Nieminen"]
SUBJECTS = ["Palvelupolku", "Kuljetuspalvelu", "Neuvoston lausunto", "Kotihoito", "Vertaistuki",
            "Kirjaston lukupiiri", "Esteettömyys", "Tiedottaminen", "Vapaaehtoistoiminta",
            "Asiakasraati", "Kylätalon käyttö", "Digituki", "Omaishoidon vapaapäivät", "Yksinäisyys"]
PREDICATES = ["tarvitsee selkeämmän ohjeen", "toimii hyvin, kun tieto kulkee ajoissa",
              "jää usein suunnittelussa huomiotta", "vaatii yhteistyötä järjestöjen kanssa",
              "kaipaa yhteistä sopimusta vastuista", "on liian monimutkainen ikääntyneelle",
              "voisi hyödyntää kokemusasiantuntijoita", "tulisi käsitellä neuvostossa aiemmin"]
ADDITIONS = ["Asiaan palataan seuraavassa työpajassa.", "Ryhmä ehdotti kokeilua syksyllä.",
             "Tästä oltiin yksimielisiä.", "Kunnan edustaja lupasi selvittää asian.",
             "Esimerkki löytyy naapurikunnasta.", ""]
KINDS = ["idea", "quote", "development_need", "observation", "decision", "question"]


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}. {rng.choice(ADDITIONS)}".strip()


def build_store(data_dir: Path, scale: float = 1.0, seed: int = 2026) -> Path:
    """Create the store in `data_dir` (which must not exist yet)."""
    rng = random.Random(seed)
    wb = open_workbench(data_dir)
    device = wb.device_id
    base_ms = 1_500_000_000_000
    counter = iter(range(10**9))

    def meta(fields: list[str]) -> dict[str, object]:
        stamp = str(HLC(base_ms + next(counter), 0, device))
        return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "created_at": f"2016-01-01T00:00:{next(counter) % 60:02d}.{next(counter) % 10**6:06d}+00:00",
                "deleted": False, "clock": dump_clocks({f: stamp for f in [*fields, "deleted"]})}

    n_projects = max(1, int(200 * scale))
    n_workshops = max(1, int(2000 * scale))
    n_notes = int(200_000 * scale)
    n_people = int(50_000 * scale)
    with wb.store.write() as session:
        projects = [{**meta(["name"]), "name": f"{rng.choice(TOWNS)}: {rng.choice(SUBJECTS).lower()}hanke {i}",
                     "organisation": rng.choice(ORGS)} for i in range(n_projects)]
        session.execute(insert(Project), projects)
        workshops = []
        for i in range(n_workshops):
            year = 2016 + i * 10 // n_workshops
            workshops.append({**meta(["title", "date", "locality"]), "project_id": projects[i % n_projects]["id"],
                              "title": f"Työpaja {i + 1}: {rng.choice(SUBJECTS).lower()}",
                              "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                              "locality": rng.choice(TOWNS), "status": "reported"})
        session.execute(insert(Workshop), workshops)
        items = []
        for w in workshops:
            for pos, (title, mins) in enumerate([("Aloituskierros", 15), ("Dialogi", 45), ("Tauko", 15),
                                                  ("Learning Cafe", 60), ("Palautekierros", 15)]):
                items.append({**meta(["title"]), "workshop_id": w["id"], "position": "abcde"[pos],
                              "title": title, "duration_min": mins})
        session.execute(insert(AgendaItem), items)
        people = [{**meta(["display_name"]), "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                   "organisation": f"{rng.choice(TOWNS)} {rng.choice(ORGS)}", "municipality": rng.choice(TOWNS)}
                  for _ in range(n_people)]
        for start in range(0, len(people), 10_000):
            session.execute(insert(Participant), people[start:start + 10_000])
        links = set()
        attendance = []
        for person in people:
            w = rng.choice(workshops)
            if (w["id"], person["id"]) not in links:
                links.add((w["id"], person["id"]))
                # The id derived from the pair, as the app makes it (a bundle may say nothing else).
                attendance.append({**meta(["present"]), "id": link_id(w["id"], person["id"]),
                                   "workshop_id": w["id"], "participant_id": person["id"]})
        for start in range(0, len(attendance), 10_000):
            session.execute(insert(Attendance), attendance[start:start + 10_000])
        batch = []
        for i in range(n_notes):
            w_index = i % n_workshops
            batch.append({**meta(["text", "kind"]), "workshop_id": workshops[w_index]["id"],
                          "agenda_item_id": items[w_index * 5 + 1 + i % 4]["id"] if i % 4 != 1 else None,
                          "kind": KINDS[i % 6], "text": sentence(rng), "group_label": f"Ryhmä {i % 4 + 1}"})
            if len(batch) == 10_000:
                session.execute(insert(Note), batch)
                batch = []
        if batch:
            session.execute(insert(Note), batch)
        tasks = [{**meta(["text"]), "workshop_id": w["id"], "project_id": w["project_id"],
                  "text": f"Selvitetään: {sentence(rng)}", "owner": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                  "status": rng.choice(["open", "done", "done"])} for w in workshops]
        session.execute(insert(Task), tasks)
        # The device's clock is past every clock it wrote, as after real edits: its bundles'
        # own clock is then at least each row's, which an importer requires.
        wb.observe(session, str(HLC(base_ms + next(counter), 0, device)))
    wb.close()
    return data_dir


_GENERATION = 2  # raised when the generated rows change, so a cached store is made again


def cached_store(scale: float = 1.0) -> Path:
    """The generated store for `scale`, built once per schema and reused from /tmp."""
    path = Path("/tmp") / f"fasilitaattori-bench-{scale:g}-{HEAD_REVISION}-{_GENERATION}"
    if not (path / "fasilitaattori.sqlite").exists():
        shutil.rmtree(path, ignore_errors=True)
        build_store(path, scale)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    start = time.perf_counter()
    path = build_store(args.out, args.scale) if args.out else cached_store(args.scale)
    size = (path / "fasilitaattori.sqlite").stat().st_size / 1e6
    print(f"store at {path}: {size:.0f} MB, built in {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
