"""The sidebar's listing: projects with workshops, counts, templates, filter words."""

from __future__ import annotations

from fasilitaattori.core import agenda, notes, projects, tasks, workshops
from fasilitaattori.core.browse import matches, workshop_counts, workshop_tree


def test_projects_with_their_workshops_counts_and_templates(wb):
    project = projects.create_project(wb, name="Kylät")
    spring = workshops.create_workshop(wb, title="Kevät", project_id=project.id, date="2026-04-01",
                                       locality="Vaala")
    workshops.create_workshop(wb, title="Syksy", project_id=project.id, date="2026-09-01")
    loose = workshops.create_workshop(wb, title="Irrallinen")
    agenda.add_item(wb, spring.id, title="Alku", duration_min=10)
    for text in ("yksi", "kaksi"):
        notes.notes.create(wb, workshop_id=spring.id, text=text)
    gone = notes.notes.create(wb, workshop_id=spring.id, text="poistettu")
    notes.notes.delete(wb, gone.id)
    workshops.copy_workshop(wb, spring.id, title="Pohja", as_template=True)
    workshops.workshops.delete(wb, workshops.create_workshop(wb, title="Poistettu", project_id=project.id).id)

    entries, templates = workshop_tree(wb)
    assert [e.name for e in entries] == ["Kylät", ""]
    assert [w.title for w in entries[0].workshops] == ["Kevät", "Syksy"]
    first = entries[0].workshops[0]
    assert first.status == "planned"
    assert workshop_counts(wb, spring.id) == (1, 2, 0)
    tasks.add_task(wb, "Soita kunnalle", workshop_id=spring.id)
    assert workshop_counts(wb, spring.id).open_tasks == 1
    assert [w.id for w in entries[1].workshops] == [loose.id]
    assert [t.title for t in templates] == ["Pohja"]
    assert workshop_counts(wb, templates[0].id).blocks == 1
    assert matches(first, entries[0], "vaala kev")
    assert matches(first, entries[0], "KYLÄT")
    assert not matches(first, entries[0], "syksy")
