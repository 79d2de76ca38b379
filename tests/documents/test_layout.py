"""Every printout in every variant passes the print designer's checks (layout_check.py).

The matrix: every kind × A4/A3 × normal/large print/high contrast × fi/sv/en, over the demo
store and a stress store (long Finnish compound words, long names, 40 participants, many notes,
every worksheet). Each store is built once per language for the session. On A3 a matrix
poster's quadrants must each leave a sticky note's room under the prompt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from fasilitaattori.core import agenda, projects, workshops
from fasilitaattori.documents.base import DocumentOptions, body_insets, make_theme
from fasilitaattori.documents.i18n import TEXTS
from fasilitaattori.documents.kinds import build_document
from tests.documents.layout_check import Expect, Frame, check_pdf, read_pages, sticky_room, vocabulary_of

VARIANTS = {
    "normal": dict(large_print=False, high_contrast=False),
    "large": dict(large_print=True, high_contrast=False),
    "contrast": dict(large_print=False, high_contrast=True),
}
LANGS = ("fi", "sv", "en")
KINDS = ("summary", "agenda", "run-sheet", "packing-list", "signin", "feedback-form", "project-report",
         "timeline")


def expect_for(options: DocumentOptions, vocabulary: frozenset[str]) -> Expect:
    side, top, bottom = body_insets(options)

    def frame(width: float, height: float) -> Frame:
        return Frame(side, top, width - side, height - bottom)

    return Expect(frame=frame, body_size=make_theme(options).body, large_print=options.large_print,
                  vocabulary=vocabulary)


def _store_words(wb) -> frozenset[str]:
    """Every word the store holds and every printout text: what a document is made of."""
    texts: list[str] = [v for entry in TEXTS.values() for v in entry]
    with wb.store.read() as session:
        tables = [r[0] for r in session.execute(text("select name from sqlite_master where type='table'"))]
        for table in tables:
            if table.startswith(("sqlite_", "alembic")) or "fts" in table:
                continue
            for row in session.execute(text(f'select * from "{table}"')):
                texts += [v for v in row if isinstance(v, str)]
    return vocabulary_of(*texts)


class Store:
    def __init__(self, wb, project_id: str, workshop_id: str, worksheet_blocks: list[str]) -> None:
        self.wb, self.project_id, self.workshop_id, self.blocks = wb, project_id, workshop_id, worksheet_blocks
        self.vocabulary = _store_words(wb)

    def ref(self, kind: str) -> str:
        return self.project_id if kind == "project-report" else self.workshop_id


def _open(path: Path):
    from fasilitaattori.library.seed import open_workbench

    return open_workbench(path)


def _demo(path: Path, lang: str) -> Store:
    from fasilitaattori.core.demo import create_demo

    wb = _open(path)
    project = create_demo(wb)
    series = workshops.list_workshops(wb, project.id)
    for ws in series:
        workshops.workshops.update(wb, ws.id, language=lang)
    held = next(w for w in series if w.status == "held")
    blocks = [i.id for i in agenda.list_agenda(wb, held.id) if i.method_id and _has_sheet(wb, i.id)]
    return Store(wb, project.id, held.id, blocks)


def _has_sheet(wb, block_id: str) -> bool:
    from fasilitaattori.documents import collect
    from fasilitaattori.errors import ValidationError

    try:
        collect.worksheet_source(wb, block_id)
    except ValidationError:
        return False
    return True


def _stress(path: Path, lang: str) -> Store:
    from tests.documents.stress import create_stress

    wb = _open(path)
    project_id, workshop_id, blocks = create_stress(wb, lang)
    assert projects.projects.get(wb, project_id)
    return Store(wb, project_id, workshop_id, blocks)


@pytest.fixture(scope="session")
def stores(tmp_path_factory) -> Iterator[dict[tuple[str, str], Store]]:
    made: dict[tuple[str, str], Store] = {}

    class Lazy(dict):  # type: ignore[type-arg]
        def __missing__(self, key: tuple[str, str]) -> Store:
            name, lang = key
            path = tmp_path_factory.mktemp(f"{name}-{lang}")
            made[key] = (_demo if name == "demo" else _stress)(path, lang)
            self[key] = made[key]
            return made[key]

    yield Lazy()
    for store in made.values():
        store.wb.close()


def _cases(store: str) -> list[tuple[str, str, str, str, str]]:
    return [(store, lang, kind, size, variant)
            for lang, kind, size, variant in itertools.product(LANGS, (*KINDS, "worksheets"), ("A4", "A3"), VARIANTS)]


def _run(stores, name: str, lang: str, kind: str, size: str, variant: str) -> None:
    store = stores[(name, lang)]
    options = DocumentOptions(page_size=size, **VARIANTS[variant])  # type: ignore[arg-type]
    expect = expect_for(options, store.vocabulary)
    if kind == "worksheets":
        documents = [(f"worksheet {b}", build_document(store.wb, "worksheet", b, options)) for b in store.blocks]
    else:
        documents = [(kind, build_document(store.wb, kind, store.ref(kind), options))]
    faults = [f"{label}: {fault}" for label, pdf in documents for fault in check_pdf(pdf, expect)]
    if kind == "worksheets" and size == "A3":
        faults += _sticky_faults(store, documents, expect)
    assert not faults, "\n".join(faults[:40])


def _sticky_faults(store: Store, documents: list[tuple[str, bytes]], expect: Expect) -> list[str]:
    """A matrix poster's quadrants each hold a sticky note under the prompt, on every page
    that carries the poster's title (not on the persona's own strip, when it needs one)."""
    from fasilitaattori.documents import collect

    faults = []
    for block, (label, pdf) in zip(store.blocks, documents, strict=True):
        spec = collect.worksheet_source(store.wb, block)[0]
        if not (spec.poster and spec.layout == "grid2x2"):
            continue
        poster = replace(expect, sticky_prompts=spec.prompts)
        pages = [p for p in read_pages(pdf) if spec.title.split()[0] in {w.text for w in p.words}]
        faults += [f"{label}: {fault}" for page in pages or read_pages(pdf)[:1] for fault in sticky_room(page, poster)]
    return faults


@pytest.mark.parametrize("name,lang,kind,size,variant", _cases("demo"))
def test_demo_printouts_pass_the_layout_check(stores, name, lang, kind, size, variant):
    _run(stores, name, lang, kind, size, variant)


@pytest.mark.slow
@pytest.mark.parametrize("name,lang,kind,size,variant", _cases("stress"))
def test_stress_printouts_pass_the_layout_check(stores, name, lang, kind, size, variant):
    _run(stores, name, lang, kind, size, variant)
