"""Tasks and between-workshop assignments, followed up in the next workshop."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import Task, Workshop
from .fields import Field
from .records import Entity, register
from .workbench import Workbench

STATUSES = ("open", "in_progress", "done")
KINDS = ("task", "assignment")


def _check_owner(_session: Session, row: Mapping[str, Any]) -> None:
    if not row.get("workshop_id") and not row.get("project_id"):
        raise ValidationError("A task belongs to a workshop or a project.")


tasks: Entity[Task] = register(Entity("task", "task", [
    Field("project_id", "Project", kind="ref", ref="project"),
    Field("workshop_id", "Workshop", kind="ref", ref="workshop"),
    Field("text", "Task", kind="longtext", required=True),
    Field("owner", "Owner"),
    Field("owner_id", "Owner", kind="ref", ref="participant"),
    Field("due_date", "Due date", kind="date"),
    Field("status", "Status", kind="choice", choices=STATUSES),
    Field("kind", "Kind", kind="choice", choices=KINDS),
    Field("follow_up_workshop_id", "Follow-up workshop", kind="ref", ref="workshop"),
], check=_check_owner))


def add_task(wb: Workbench, text: str, *, workshop_id: str | None = None, project_id: str | None = None,
             **values: Any) -> Task:
    if workshop_id and not project_id:
        from .workshops import workshops

        project_id = workshops.get(wb, workshop_id).project_id
    return tasks.create(wb, text=text, workshop_id=workshop_id, project_id=project_id, **values)


def list_tasks(wb: Workbench, *, workshop_id: str | None = None, project_id: str | None = None,
               status: str | None = None) -> list[Task]:
    with wb.store.read() as session:
        query = select(Task).where(Task.deleted.is_(False))
        if workshop_id is not None:
            query = query.where(Task.workshop_id == workshop_id)
        if project_id is not None:
            query = query.where(Task.project_id == project_id)
        if status is not None:
            query = query.where(Task.status == status)
        return list(session.scalars(query.order_by(Task.due_date, Task.created_at)))


def follow_ups(wb: Workbench, workshop_id: str) -> list[Task]:
    """Unfinished tasks to bring up in this workshop: those of earlier workshops of the same
    project and those explicitly set to be followed up here."""
    with wb.store.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            return []
        earlier: list[str] = []
        if workshop.project_id:
            siblings = session.scalars(select(Workshop).where(
                Workshop.project_id == workshop.project_id, Workshop.deleted.is_(False),
                Workshop.id != workshop.id))
            earlier = [w.id for w in siblings if (w.date or "") < (workshop.date or "9999")]
        query = select(Task).where(
            Task.deleted.is_(False), Task.status != "done",
            or_(Task.workshop_id.in_(earlier), Task.follow_up_workshop_id == workshop.id),
            or_(Task.workshop_id.is_(None), Task.workshop_id != workshop.id),
        ).order_by(Task.due_date, Task.created_at)
        return list(session.scalars(query))


def later_workshops(wb: Workbench, workshop_id: str) -> list[Workshop]:
    """Workshops of the same project after this one (by date): where a task can be followed up."""
    with wb.store.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted or not workshop.project_id:
            return []
        query = select(Workshop).where(Workshop.project_id == workshop.project_id, Workshop.deleted.is_(False),
                                       Workshop.is_template.is_(False), Workshop.id != workshop.id)
        after = [w for w in session.scalars(query) if (w.date or "9999") > (workshop.date or "")]
        return sorted(after, key=lambda w: (w.date or "9999", w.title))


def add_assignment(wb: Workbench, text: str, workshop_id: str, **values: Any) -> Task:
    """A between-workshop assignment, followed up by default in the project's next workshop."""
    if "follow_up_workshop_id" not in values:
        later = later_workshops(wb, workshop_id)
        values["follow_up_workshop_id"] = later[0].id if later else None
    return add_task(wb, text, workshop_id=workshop_id, kind="assignment", **values)


def workshop_titles(wb: Workbench, ids: list[str | None]) -> dict[str, str]:
    """Titles of the named workshops (for showing where a follow-up comes from)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    with wb.store.read() as session:
        rows = session.execute(select(Workshop.id, Workshop.title).where(Workshop.id.in_(wanted))).all()
    return {row_id: title for row_id, title in rows}
