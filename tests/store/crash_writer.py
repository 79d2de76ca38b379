"""A stream of edits for the crash test: prints each note's text once its commit returned."""

import sys
from pathlib import Path

from fasilitaattori.core import notes, workshops
from fasilitaattori.core.workbench import Workbench


def main() -> None:
    wb = Workbench.open(Path(sys.argv[1]))
    run = sys.argv[2]
    found = workshops.list_workshops(wb)
    ws = found[0] if found else workshops.create_workshop(wb, title="Kaatumistesti")
    print("ready", flush=True)
    i = 0
    while True:
        text = f"{run}-{i} Äkillinen sähkökatko kylätalolla"
        note = notes.add_note(wb, ws.id, text, kind="observation")
        if i % 3 == 0:
            notes.notes.update(wb, note.id, text=text + " (muokattu)")
            text += " (muokattu)"
        print(text, flush=True)
        i += 1


if __name__ == "__main__":
    main()
