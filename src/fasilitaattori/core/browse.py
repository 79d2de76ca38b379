"""What the window's sidebar lists: projects with their workshops, counts and status.

One read with grouped counts, so a store of thousands of workshops lists in a few queries
instead of one per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Integer, func, select, type_coerce

from ..store.models import AgendaItem, Note, Project, Workshop
from .workbench import Workbench


@dataclass(frozen=True)
class WorkshopEntry:
    id: str
    title: str
    date: str | None
    status: str
    locality: str
    is_template: bool


@dataclass
class ProjectEntry:
    id: str  # "" for workshops that belong to no project
    name: str
    organisation: str
    workshops: list[WorkshopEntry] = field(default_factory=list)


def workshop_tree(wb: Workbench) -> tuple[list[ProjectEntry], list[WorkshopEntry]]:
    """Projects by name, each with its workshops by date; then the templates.

    Workshops without a project come last under a project entry with an empty id. Counting
    notes is left to `workshop_counts` for the one workshop a user points at: on a store of
    200,000 notes a count for every workshop would cost more than the whole listing.
    """
    with wb.store.read() as session:
        projects = session.execute(
            select(Project.id, Project.name, Project.organisation)
            .where(Project.deleted.is_(False)).order_by(Project.name, Project.id)
        ).all()
        rows = session.execute(
            select(Workshop.id, Workshop.project_id, Workshop.title, Workshop.date, Workshop.status,
                   Workshop.locality, Workshop.is_template)
            .where(Workshop.deleted.is_(False))
            .order_by(Workshop.date, Workshop.start_time, Workshop.title)
        ).all()
    entries = [ProjectEntry(pid, name, org) for pid, name, org in projects]
    by_id = {entry.id: entry for entry in entries}
    loose = ProjectEntry("", "", "")
    templates: list[WorkshopEntry] = []
    for wid, project_id, title, date, status, locality, is_template in rows:
        entry = WorkshopEntry(wid, title, date, status, locality, bool(is_template))
        if is_template:
            templates.append(entry)
        else:
            by_id.get(project_id or "", loose).workshops.append(entry)
    if loose.workshops:
        entries.append(loose)
    templates.sort(key=lambda t: t.title.casefold())
    return entries, templates


class WorkshopCounts(NamedTuple):
    blocks: int
    notes: int
    open_tasks: int


def workshop_counts(wb: Workbench, workshop_id: str) -> WorkshopCounts:
    """How much one workshop holds (indexed counts, quick on any store)."""
    from ..store.models import Task

    with wb.store.read() as session:
        def count(model: type, *where: object) -> int:
            query = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
            return int(session.execute(query).scalar_one())

        return WorkshopCounts(
            count(AgendaItem, AgendaItem.workshop_id == workshop_id, _live(AgendaItem.deleted)),
            count(Note, Note.workshop_id == workshop_id, _live(Note.deleted)),
            count(Task, Task.workshop_id == workshop_id, _live(Task.deleted), Task.status != "done"),
        )


def _live(deleted: Any) -> Any:
    """`deleted = 0` written so SQLite cannot use the index on `deleted` for it.

    Without statistics the planner prefers that index (which matches nearly every row) over the
    workshop index: counting one workshop's notes took 140 ms instead of 0.2 ms on 200,000 notes.
    """
    return type_coerce(deleted, Integer) + 0 == 0


def matches(entry: WorkshopEntry, project: ProjectEntry | None, text: str) -> bool:
    """The sidebar filter: every word in the title, locality, date or project name."""
    haystack = " ".join([entry.title, entry.locality, entry.date or "",
                         project.name if project else ""]).casefold()
    return all(word in haystack for word in text.casefold().split())


def method_tags(wb: Workbench, language: str | None = None) -> list[str]:
    """Every tag used in the library (in one language, or all), once, sorted."""
    from ..store.models import Method

    with wb.store.read() as session:
        query = select(Method.tags).where(Method.deleted.is_(False))
        if language:
            query = query.where(Method.language == language)
        found: dict[str, str] = {}
        for (tags,) in session.execute(query):
            for tag in (tags or "").split(","):
                tag = tag.strip()
                if tag:
                    found.setdefault(tag.casefold(), tag)
    return sorted(found.values(), key=str.casefold)


def workshop_titles(wb: Workbench, ids: list[str]) -> dict[str, str]:
    """Titles of the given workshops (deleted ones left out), for labelling search results."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    with wb.store.read() as session:
        rows = session.execute(select(Workshop.id, Workshop.title)
                               .where(Workshop.id.in_(wanted), Workshop.deleted.is_(False))).all()
    return {row_id: title for row_id, title in rows}


def store_is_empty(wb: Workbench) -> bool:
    """No project, workshop or template yet: a first start (the window shows its welcome page)."""
    with wb.store.read() as session:
        for model in (Project, Workshop):
            query = select(model.id).where(model.deleted.is_(False)).limit(1)
            if session.execute(query).first() is not None:
                return False
    return True
