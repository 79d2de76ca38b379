"""Block categories: the shipped seven and the user's own, which can be added, renamed,
recoloured and (when no block uses them) removed.

An own category is a synced `Category` row; blocks name it by its id, "c-" and 12 hex digits,
so a bundle holding a block of an own category passes the same field rule as an edit, and
the category's name and colour travel as a row of their own. Each own category says how its
minutes count in the time balance (core.agenda_times).
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import func, select

from ..errors import ValidationError
from ..store.models import AgendaItem, Category, Method
from .fields import Field
from .records import Entity, register
from .workbench import Workbench

BUILTIN = ("intro", "exercise", "discussion", "presentation", "break", "closing", "feedback")
OWN_KEY = r"c-[0-9a-f]{12}"
# What a block's or method's category may be: a shipped key or an own category's id.
CATEGORY_FORM = "(?:" + "|".join(BUILTIN) + "|" + OWN_KEY + ")"
COUNTS_AS = ("presentation", "own_work", "breaks")

categories: Entity[Category] = register(Entity("category", "category", [
    Field("name", "Name", required=True),
    Field("colour", "Colour", pattern=r"#[0-9a-fA-F]{6}"),
    Field("counts_as", "Counts as", kind="choice", choices=COUNTS_AS),
]))


def list_categories(wb: Workbench) -> list[Category]:
    """The own categories by name."""
    with wb.store.read() as session:
        rows = session.scalars(select(Category).where(Category.deleted.is_(False)))
        return sorted(rows, key=lambda c: c.name.casefold())


def _unique(wb: Workbench, name: str, key: str | None = None) -> str:
    name = categories.fields["name"].clean(name)
    if any(c.name.casefold() == name.casefold() and c.id != key for c in list_categories(wb)):
        raise ValidationError("There is already a category called {name}.", name=name)
    return str(name)


def add_category(wb: Workbench, name: str, colour: str = "#888888", counts_as: str = "own_work") -> Category:
    name = _unique(wb, name)
    with wb.store.write() as session:
        values = {"name": name, "colour": colour, "counts_as": counts_as}
        return categories.insert(session, wb, values, row_id="c-" + secrets.token_hex(6))


def update_category(wb: Workbench, key: str, **changes: Any) -> Category:
    """Rename, recolour or say how the time counts; blocks keep naming it by its key."""
    if "name" in changes:
        changes["name"] = _unique(wb, changes["name"], key)
    return categories.update(wb, key, **changes)


def remove_category(wb: Workbench, key: str) -> None:
    """Remove an own category no block or method uses."""
    with wb.store.read() as session:
        used = sum(session.scalar(select(func.count()).select_from(model).where(
            model.category == key, model.deleted.is_(False))) or 0 for model in (AgendaItem, Method))
    if used:
        raise ValidationError("The category is still used by {count} blocks; give them another category first.",
                              count=used)
    categories.delete(wb, key)


def balance_groups(wb: Workbench) -> dict[str, str]:
    """How each own category's minutes count in the time balance, by key."""
    return {c.id: c.counts_as for c in list_categories(wb)}
