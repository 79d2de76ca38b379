"""The method library in the store: built-in methods (seeded from data files) and the user's own."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import Method
from .categories import BUILTIN, CATEGORY_FORM
from .clock import ZERO, dump_clocks
from .fields import Field
from .records import Entity, clocks_of, register
from .workbench import Workbench, utc_now
from .worksheet_spec import WorksheetSpec, parse_worksheet

CATEGORIES = BUILTIN  # own ones (core.categories) are also accepted


def _check(_session: Session, row: Mapping[str, Any]) -> None:
    if row.get("group_min", 1) > row.get("group_max", 100):
        raise ValidationError("The smallest group size cannot be larger than the largest.")


methods: Entity[Method] = register(Entity("method", "method", [
    Field("key", "Key"),
    Field("builtin", "Built-in", kind="bool"),
    Field("language", "Language", kind="choice", choices=("fi", "sv", "en")),
    Field("name", "Name", required=True),
    Field("purpose", "Purpose", kind="longtext"),
    Field("steps", "Steps", kind="longtext"),
    Field("category", "Category", pattern=CATEGORY_FORM),
    Field("duration_min", "Duration", kind="int", minimum=0, maximum=24 * 60),
    Field("group_min", "Smallest group", kind="int", minimum=1, maximum=10_000),
    Field("group_max", "Largest group", kind="int", minimum=1, maximum=10_000),
    Field("materials", "Materials", kind="longtext"),
    Field("tags", "Tags"),
    Field("worksheet", "Worksheet", kind="longtext", shape=parse_worksheet),
], check=_check))


def worksheet_of(method: Method) -> WorksheetSpec | None:
    if not method.worksheet:
        return None
    return parse_worksheet(method.worksheet)


def set_worksheet(wb: Workbench, method_id: str, spec: WorksheetSpec | None) -> Method:
    text = json.dumps(spec.to_dict(), ensure_ascii=False, sort_keys=True) if spec else ""
    return methods.update(wb, method_id, worksheet=text)


def create_method(wb: Workbench, *, worksheet: WorksheetSpec | None = None, **values: Any) -> Method:
    if worksheet is not None:
        values["worksheet"] = json.dumps(worksheet.to_dict(), ensure_ascii=False, sort_keys=True)
    values.setdefault("builtin", False)
    return methods.create(wb, **values)


def find_methods(wb: Workbench, *, language: str | None = None, text: str = "", tag: str = "",
                 max_duration: int | None = None, group_size: int | None = None) -> list[Method]:
    """Browse the library: name/purpose/tag text, duration and group size filters."""
    with wb.store.read() as session:
        query = select(Method).where(Method.deleted.is_(False))
        if language:
            query = query.where(Method.language == language)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(or_(Method.name.ilike(like), Method.purpose.ilike(like), Method.tags.ilike(like)))
        if tag.strip():
            query = query.where(Method.tags.ilike(f"%{tag.strip()}%"))
        if max_duration is not None:
            query = query.where(Method.duration_min <= max_duration)
        if group_size is not None:
            query = query.where(Method.group_min <= group_size, Method.group_max >= group_size)
        return list(session.scalars(query.order_by(Method.name)))


def method_in_language(wb: Workbench, method_id: str, language: str) -> Method:
    """The same built-in method in another language (for printouts), or the method itself."""
    with wb.store.read() as session:
        method = methods.live(session, method_id)
        if method.key and method.language != language:
            sibling = session.scalars(select(Method).where(
                Method.key == method.key, Method.language == language, Method.deleted.is_(False))).first()
            if sibling is not None:
                return sibling
        return method


def seed_methods(wb: Workbench, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write built-in methods with the zero clock, so any edit by a user wins over them.

    A field the user has edited (its clock is no longer zero) is left alone; untouched fields
    follow the shipped library. Rows are keyed by their deterministic ids.
    """
    changed = 0
    with wb.store.write() as session:
        for data in rows:
            values = methods.clean(session, {k: v for k, v in data.items() if k != "id"})
            row = session.get(Method, data["id"])
            if row is None:
                row = Method(id=data["id"], created_at=utc_now(), deleted=False, **values)
                row.clock = dump_clocks({n: ZERO for n in [*values, "deleted"]})
                session.add(row)
                changed += 1
                continue
            clocks = clocks_of(row)
            for name, value in values.items():
                if clocks.get(name, ZERO) == ZERO and getattr(row, name) != value:
                    setattr(row, name, value)
                    changed += 1
    return changed
