"""The packing list: every material of the programme once, with the blocks that need it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from fasilitaattori.documents.base import DEFAULT_OPTIONS, DocumentOptions, make_styles, page_size, render
from fasilitaattori.documents.blocks import data_table, empty_line, para, spacer
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.i18n import format_time, needs_line, tr
from fasilitaattori.documents.model import AgendaRow, WorkshopFacts, with_clock_times
from fasilitaattori.documents.widgets import CheckBox


def collect_materials(agenda: Sequence[AgendaRow]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(material, titles of the blocks that need it), de-duplicated ignoring case and spacing,
    in the order they are first needed; the first spelling wins."""
    found: dict[str, tuple[str, list[str]]] = {}
    for row in agenda:
        for material in row.materials:
            name = " ".join(material.split())
            if not name:
                continue
            key = name.casefold()
            if key not in found:
                found[key] = (name, [])
            blocks = found[key][1]
            if row.title not in blocks:
                blocks.append(row.title)
    return tuple((name, tuple(blocks)) for name, blocks in found.values())


def build_packing_list(workshop: WorkshopFacts, agenda: Sequence[AgendaRow],
                       options: DocumentOptions = DEFAULT_OPTIONS) -> bytes:
    lang = workshop.language
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options)[0] - 2 * th.margin
    rows = with_clock_times(tuple(agenda), workshop.start_time)
    story: list[Flowable] = title_block(workshop, "packing_list", styles, options)
    story.append(spacer(styles, 0.8))
    if needs_line(lang, workshop.needs):  # a hearing loop or an interpreter's seat to arrange
        story.append(para(f"{tr(lang, 'needs')}: {needs_line(lang, workshop.needs)}", styles.body))
        story.append(spacer(styles, 0.5))
    materials = collect_materials(rows)
    if not materials:
        story.append(empty_line(tr(lang, "no_materials"), styles))
    else:
        starts = {r.title: r.start for r in rows}
        box = th.body * 1.3
        check_w = max(box + th.body * 1.2, th.body * 5.5)
        table_rows = []
        for name, blocks in materials:
            needed = "\n".join(f"{format_time(lang, starts.get(b))} {b}".strip() for b in blocks)
            table_rows.append([CheckBox(box, th), para(name, styles.cell_bold), para(needed, styles.cell)])
        story.append(data_table(styles, [tr(lang, "packed"), tr(lang, "item"), tr(lang, "needed_for")],
                                table_rows, [check_w, (width - check_w) * 0.46, (width - check_w) * 0.54]))
    return render(story, workshop_meta(workshop, "packing_list"), options)
