"""Wall posters hold sticky notes: every quadrant of every A3 matrix poster leaves a free area
of at least 76 × 76 mm under its prompt, in every variant, and still passes the layout check.

The matrix: each shipped matrix poster × fi/sv/en × normal/large print × high contrast × with
and without the persona box, plus long Finnish prompts and a long workshop name.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from fasilitaattori.core.worksheet_spec import WorksheetSpec
from fasilitaattori.documents.base import DocumentOptions
from fasilitaattori.documents.i18n import TEXTS
from fasilitaattori.documents.model import WorksheetHeader
from fasilitaattori.documents.worksheet import build_worksheet
from tests.documents import sample
from tests.documents.layout_check import check_pdf, read_pages, sticky_room, vocabulary_of
from tests.documents.test_layout import expect_for

METHODS = Path(__file__).resolve().parents[2] / "resources" / "methods"
LANGS = ("fi", "sv", "en")
VARIANTS = {f"{'large' if lp else 'normal'}{'-contrast' if hc else ''}": (lp, hc)
            for lp, hc in itertools.product((False, True), repeat=2)}
LONG_PROMPTS = ("Mitä henkilö sanoo ääneen kohdatessaan hyvinvointialueyhteistyökoordinaattorin?",
                "Mitä henkilö ajattelee ja tuntee arjessaan palveluiden käyttäjänä?",
                "Mitä henkilö tekee, kun vammaisneuvostotoiminta ei tavoita häntä?",
                "Mitä henkilö tuntee kuntalaisosallistumismahdollisuuksista?")
LONG_HEADER = WorksheetHeader("Hyvinvointialueyhteistyökoordinaattorien ja vammaisneuvostotoiminnan yhteinen "
                              "kehittämispäivä", sample.worksheet_header().date,
                              "Pohjois-Savon hyvinvointialueen vammais- ja ikäihmistenpalveluneuvottelukunta ry",
                              "fi", "Siilinjärvi")


@cache
def _sheets(lang: str) -> dict[str, WorksheetSpec]:
    """The shipped matrix posters (a grid of four that a group fills with sticky notes)."""
    out = {}
    for path in sorted(METHODS.glob("*.json")):
        sheet = json.loads(path.read_text(encoding="utf-8"))["text"].get(lang, {}).get("worksheet")
        if sheet and sheet.get("poster") and sheet["layout"] == "grid2x2":
            out[path.stem] = WorksheetSpec.from_dict(sheet)
    return out


def _persona(lang: str) -> tuple[str, ...]:
    return _sheets(lang)["empathy-map"].top_box


def _faults(spec: WorksheetSpec, header: WorksheetHeader, variant: str, strip: bool = False) -> list[str]:
    """The layout check's faults, the sticky-note room of the quadrants on the first page; a
    second page only when `strip` allows the persona box its own strip there."""
    large, contrast = VARIANTS[variant]
    options = DocumentOptions(page_size="A3", large_print=large, high_contrast=contrast)
    pdf = build_worksheet(spec, header, options)
    words = vocabulary_of(*(v for entry in TEXTS.values() for v in entry), spec.title, spec.instructions,
                          *spec.prompts, *spec.top_box, header.workshop_title, header.organisation_name,
                          header.locality)
    expect = expect_for(options, words)
    pages = read_pages(pdf)
    faults = [str(f) for f in check_pdf(pdf, expect, pages)]
    faults += [str(f) for f in sticky_room(pages[0], replace(expect, sticky_prompts=spec.prompts))]
    text = " ".join(s.text for p in pages for s in p.segments)
    if any(f"{label}:" not in text for label in spec.top_box[1:]) or spec.top_box[:1] and spec.top_box[0] not in text:
        faults.append("the persona box's heading or labels are missing")
    if len(pages) > 1 and not (strip and len(pages) == 2 and spec.top_box):
        faults.append(f"{len(pages)} pages")
    if len(pages) == 2 and any(w.text in spec.prompts[0].split() for w in pages[1].words):
        faults.append("a quadrant on the persona's strip")
    if len(pages) == 2 and spec.title.split()[0] not in {w.text for w in pages[1].words}:
        faults.append("the persona's strip does not name its sheet")
    return faults


def test_the_matrix_posters_are_found() -> None:
    assert {"empathy-map", "effort-impact-matrix"} <= set(_sheets("fi"))
    assert _persona("fi")


@pytest.mark.parametrize("persona", [True, False])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("lang", LANGS)
def test_every_quadrant_holds_a_sticky_note(lang: str, variant: str, persona: bool) -> None:
    faults = []
    for key, spec in _sheets(lang).items():
        spec = replace(spec, top_box=_persona(lang) if persona else ())
        faults += [f"{key}: {f}" for f in _faults(spec, sample.worksheet_header(lang), variant)]
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("persona", [True, False])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_long_finnish_prompts_still_leave_room_for_sticky_notes(variant: str, persona: bool) -> None:
    """Four prompts of three or four lines each, a long workshop name and organisation: the
    prompts take fewer lines (smaller, never below the large-print floor), or the persona box
    goes on a strip of its own on a second sheet, not into the notes' room."""
    spec = replace(_sheets("fi")["empathy-map"], prompts=LONG_PROMPTS, top_box=_persona("fi") if persona else ())
    assert _faults(spec, LONG_HEADER, variant, strip=True) == []


def test_each_group_copy_is_followed_by_its_own_persona_strip() -> None:
    """When the persona box needs its own strip, each group's strip follows its poster and
    names the sheet and the group (not a table's question), so loose strips find their map."""
    spec = replace(_sheets("fi")["empathy-map"], prompts=LONG_PROMPTS)
    pdf = build_worksheet(spec, LONG_HEADER, DocumentOptions(page_size="A3", large_print=True),
                          groups=("Ryhmä 1", "Pöytä 2=Mitä tarvitaan?"))
    pages = [" ".join(s.text for s in p.segments) for p in read_pages(pdf)]
    assert len(pages) == 4
    assert [("Kuka hän on?" in p, "Mitä henkilö tekee" in p) for p in pages] == [(False, True), (True, False)] * 2
    assert "Empatiakartta · Ryhmä 1" in pages[1] and "Empatiakartta · Pöytä 2" in pages[3]
    assert "Mitä tarvitaan?" not in pages[3]
