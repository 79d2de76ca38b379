"""How the method library shows one method: the preview text beside the list."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..core.methods import worksheet_of
from ..store.models import Method
from .agenda_model import category_label
from .fill import fill


def layout_label(layout: str) -> str:
    names = {"boxes": QCoreApplication.translate("Library", "Boxes"),
             "levels": QCoreApplication.translate("Library", "Levels"),
             "circles": QCoreApplication.translate("Library", "Concentric circles"),
             "grid2x2": QCoreApplication.translate("Library", "2 × 2 grid"),
             "table": QCoreApplication.translate("Library", "Table")}
    return names.get(layout, layout)


def source_label(method: Method) -> str:
    """Where a method comes from: the program's library or the user's own."""
    if method.builtin:
        return QCoreApplication.translate("LibraryView", "built-in method")
    return QCoreApplication.translate("LibraryView", "own method")


def preview_html(method: Method, minutes: str) -> str:
    """`minutes` is the duration as the list shows it (the view translates it)."""
    esc = html.escape
    # Texts are translated outside the f-strings: lupdate does not look inside them.
    people = fill(QCoreApplication.translate("LibraryView", "%1–%2 people"), method.group_min, method.group_max)
    steps_heading = QCoreApplication.translate("LibraryView", "Steps")
    materials_heading = QCoreApplication.translate("LibraryView", "Materials")
    tags_label = QCoreApplication.translate("LibraryView", "Tags")
    worksheet_label = QCoreApplication.translate("LibraryView", "Worksheet")
    layout_heading = QCoreApplication.translate("LibraryView", "Layout")
    parts = [f"<h2>{esc(method.name)}</h2>",
             f"<p><b>{esc(category_label(method.category))}</b> · {esc(minutes)} · {esc(people)}"
             f" · {esc(source_label(method))}</p>"]
    if method.purpose:
        parts.append(f"<p>{esc(method.purpose)}</p>")
    steps = [s for s in method.steps.splitlines() if s.strip()]
    if steps:
        parts.append(f"<h3>{esc(steps_heading)}</h3><ol>")
        parts.extend(f"<li>{esc(s)}</li>" for s in steps)
        parts.append("</ol>")
    materials = [m for m in method.materials.splitlines() if m.strip()]
    if materials:
        parts.append(f"<h3>{esc(materials_heading)}</h3><ul>")
        parts.extend(f"<li>{esc(m)}</li>" for m in materials)
        parts.append("</ul>")
    if method.tags:
        parts.append(f"<p><i>{esc(tags_label)}: {esc(method.tags)}</i></p>")
    try:
        spec = worksheet_of(method)
    except ValueError:
        spec = None
    if spec is not None:
        parts.append(f"<h3>{esc(worksheet_label)}: {esc(spec.title)}</h3>")
        parts.append(f"<p>{esc(layout_heading)}: {esc(layout_label(spec.layout))}</p>")
        items = list(spec.prompts or spec.columns)
        if items:
            parts.append("<ul>" + "".join(f"<li>{esc(p)}</li>" for p in items) + "</ul>")
    else:
        no_sheet = QCoreApplication.translate(
            "LibraryView", "No worksheet layout of its own: it prints a general answer sheet.")
        parts.append(f"<p><i>{esc(no_sheet)}</i></p>")
    return "".join(parts)
