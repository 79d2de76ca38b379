"""Projects (hanke): a series of workshops with partners, funder and period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..store.models import Project
from .fields import Field
from .records import Entity, register


def _check_period(_session: Session, row: Mapping[str, Any]) -> None:
    start, end = row.get("period_start"), row.get("period_end")
    if start and end and end < start:
        raise ValidationError("The project period cannot end before it starts.")


projects: Entity[Project] = register(Entity("project", "project", [
    Field("name", "Name", required=True),
    Field("organisation", "Organisation"),
    Field("partners", "Partners", kind="longtext"),
    Field("funder", "Funder"),
    Field("period_start", "Start of period", kind="date"),
    Field("period_end", "End of period", kind="date"),
    Field("description", "Description", kind="longtext"),
    Field("contacts", "Contacts", kind="longtext"),
], check=_check_period))


def create_project(wb: Any, **values: Any) -> Project:
    return projects.create(wb, **values)


def list_projects(wb: Any) -> list[Project]:
    return projects.list(wb, order_by=Project.name)
