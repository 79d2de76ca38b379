"""The series view's data: the demo project's workshops in date order and, between them, the
tasks and assignments falling due there, checked against what the store holds."""

from __future__ import annotations

from datetime import date

import pytest

from fasilitaattori.core import tasks, workshops
from fasilitaattori.core.demo import demo_project
from fasilitaattori.core.series import project_series
from fasilitaattori.errors import NotFoundError


def test_the_demo_series_in_date_order_with_each_task_between_its_workshops(demo_wb):
    project = demo_project(demo_wb)
    series = project_series(demo_wb, project.id)
    stored = workshops.list_workshops(demo_wb, project.id)
    assert {w.id for w in series.workshops} == {w.id for w in stored if not w.is_template}
    dates = [w.date for w in series.workshops]
    assert dates == sorted(dates) and len(series.stretches) == len(dates) + 1
    for i in range(1, len(dates)):
        gap = series.stretches[i]
        assert gap.days == (date.fromisoformat(dates[i]) - date.fromisoformat(dates[i - 1])).days
    assert series.stretches[0].days is None and series.stretches[-1].days is None

    placed = {t.id: s.index for s in series.stretches for t in s.tasks}
    every = tasks.list_tasks(demo_wb, project_id=project.id)
    assert every and set(placed) == {t.id for t in every} and not series.unscheduled
    for task in every:
        index = placed[task.id]
        assert index == 0 or dates[index - 1] < task.due_date
        assert index == len(dates) or task.due_date <= dates[index]
    shown = {t.id: (t.status, t.kind) for s in series.stretches for t in s.tasks}
    assert shown == {t.id: (t.status, t.kind) for t in every}
    assert {"done", "open"} <= {status for status, _kind in shown.values()}
    assert "assignment" in {kind for _status, kind in shown.values()}


def test_undated_workshops_come_last_and_undated_assignments_go_by_their_workshops(demo_wb):
    project = demo_project(demo_wb)
    first, second = project_series(demo_wb, project.id).workshops[:2]
    later = workshops.create_workshop(demo_wb, project_id=project.id, title="Aaa, date to be agreed")
    homework = tasks.add_assignment(demo_wb, "Read the report", first.id)  # followed up in the next one
    after = tasks.add_task(demo_wb, "Send thanks", workshop_id=second.id, kind="assignment")
    loose = tasks.add_task(demo_wb, "Find a venue", project_id=project.id)

    series = project_series(demo_wb, project.id)
    assert series.workshops[-1].id == later.id and series.workshops[-1].date is None
    assert series.stretches[-2].days is None  # from the last dated workshop to one without a date
    index = {t.id: s.index for s in series.stretches for t in s.tasks}
    assert index[homework.id] == 1 and index[after.id] == 2
    assert [t.id for t in series.unscheduled] == [loose.id]


def test_a_deleted_project_has_no_series(demo_wb):
    from fasilitaattori.core.projects import projects

    project = demo_project(demo_wb)
    projects.delete(demo_wb, project.id)
    with pytest.raises(NotFoundError):
        project_series(demo_wb, project.id)
