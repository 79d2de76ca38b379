"""A project as a series: its workshops in date order and, in the stretches between them, the
tasks and between-workshop assignments falling due there, with their status.

A task goes to the stretch before the first workshop held on or after its due date (due on the
day of a workshop means due by it). Without a due date an assignment goes before the workshop
where it is followed up, else after the workshop it was given in; a project's task with neither
is listed apart. Workshops without a date come last, so the stretches around them have no length.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from sqlalchemy import or_, select

from ..errors import NotFoundError
from ..store.models import Project, Task, Workshop
from .dates import parse_iso_date
from .workbench import Workbench


@dataclass(frozen=True)
class SeriesWorkshop:
    id: str
    title: str
    date: str | None
    status: str
    days: int


@dataclass(frozen=True)
class SeriesTask:
    id: str
    workshop_id: str | None
    text: str
    owner: str
    due_date: str | None
    status: str
    kind: str  # "task" or "assignment"


@dataclass(frozen=True)
class Stretch:
    """The time before `workshops[index]` (index == len(workshops): after the last one)."""

    index: int
    days: int | None  # from the previous workshop's date to this one's; None at the ends or undated
    tasks: tuple[SeriesTask, ...]


@dataclass(frozen=True)
class Series:
    project_id: str
    name: str
    workshops: tuple[SeriesWorkshop, ...]
    stretches: tuple[Stretch, ...]  # len(workshops) + 1: before the first, between each, after the last
    unscheduled: tuple[SeriesTask, ...]  # no due date and no workshop to place it by


def project_series(wb: Workbench, project_id: str) -> Series:
    with wb.store.read() as session:
        project = session.get(Project, project_id)
        if project is None or project.deleted:
            raise NotFoundError("The {what} was not found; it may have been deleted.", what="project")
        rows = session.scalars(select(Workshop).where(
            Workshop.project_id == project_id, Workshop.deleted.is_(False), Workshop.is_template.is_(False)))
        workshops = sorted((SeriesWorkshop(w.id, w.title, w.date, w.status, w.days or 1) for w in rows),
                           key=lambda w: (w.date is None, w.date or "", w.title.casefold()))
        ids = [w.id for w in workshops]
        task_rows = session.scalars(select(Task).where(
            Task.deleted.is_(False), or_(Task.project_id == project_id, Task.workshop_id.in_(ids)),
        ).order_by(Task.created_at))
        found = [(SeriesTask(t.id, t.workshop_id, t.text, t.owner, t.due_date, t.status, t.kind),
                  t.follow_up_workshop_id) for t in task_rows]
        name = project.name
    position = {w.id: i for i, w in enumerate(workshops)}
    dated = [w.date for w in workshops if w.date]
    slots: list[list[SeriesTask]] = [[] for _ in range(len(workshops) + 1)]
    unscheduled: list[SeriesTask] = []
    for task, follow_up in found:
        if task.due_date:
            slots[bisect_left(dated, task.due_date)].append(task)
        elif follow_up in position:
            slots[position[follow_up]].append(task)
        elif task.workshop_id in position:
            slots[position[task.workshop_id] + 1].append(task)
        else:
            unscheduled.append(task)
    stretches = tuple(
        Stretch(i, _days_between(workshops[i - 1] if i else None, workshops[i] if i < len(workshops) else None),
                tuple(sorted(slot, key=lambda t: (t.due_date is None, t.due_date or ""))))
        for i, slot in enumerate(slots))
    return Series(project_id, name, tuple(workshops), stretches, tuple(unscheduled))


def _days_between(before: SeriesWorkshop | None, after: SeriesWorkshop | None) -> int | None:
    """Days from one workshop's (first) day to the next one's: how far apart they are."""
    first = parse_iso_date(before.date) if before else None
    second = parse_iso_date(after.date) if after else None
    if first is None or second is None:
        return None
    return (second - first).days
