
import pytest

from fasilitaattori.core import agenda, feedback, notes, projects, workshops
from fasilitaattori.core.clock import load_clocks
from fasilitaattori.core.dump import dump_json
from fasilitaattori.errors import NotFoundError, ValidationError
from fasilitaattori.store.models import Workshop


def test_create_edit_and_list_workshops_in_a_project(wb):
    project = projects.create_project(wb, name="Osallisuushanke", funder="ESR",
                                      period_start="2021-08-01", period_end="2023-05-31")
    ws = workshops.create_workshop(wb, project_id=project.id, title="Työpaja 1", date="2024-05-14",
                                   start_time="09:00", end_time="12:00", locality="Vaala")
    workshops.workshops.update(wb, ws.id, venue="Kunnantalo")
    listed = workshops.list_workshops(wb, project.id)
    assert [w.title for w in listed] == ["Työpaja 1"]
    assert listed[0].venue == "Kunnantalo"


def test_each_edit_stamps_only_the_changed_fields(wb):
    ws = workshops.create_workshop(wb, title="A")
    before = load_clocks(ws.clock)
    assert set(before) >= {"title", "venue", "deleted"}
    assert len(set(before.values())) == 1
    workshops.workshops.update(wb, ws.id, venue="Kirjasto", title="A")
    after = load_clocks(workshops.workshops.get(wb, ws.id).clock)
    assert after["venue"] > before["venue"]
    assert after["title"] == before["title"]  # unchanged value keeps its clock


@pytest.mark.parametrize("values, words", [
    ({"title": ""}, "cannot be empty"),
    ({"title": "   "}, "cannot be empty"),
    ({"title": "x" * 10_000_000}, "too long"),
    ({"title": "A", "start_time": "12:00", "end_time": "09:00"}, "end before it starts"),
    ({"title": "A", "date": "2024-02-30"}, "not a valid date"),
    ({"title": "A", "start_time": "25:00"}, "time such as"),
    ({"title": "A", "language": "de"}, "must be one of"),
    ({"title": "A", "project_id": "00000000-0000-0000-0000-000000000000"}, "not found"),
])
def test_invalid_workshop_input_is_refused_with_a_sentence_and_nothing_is_stored(wb, values, words):
    before = dump_json(wb)
    with pytest.raises((ValidationError, NotFoundError)) as err:
        workshops.create_workshop(wb, **values)
    assert words in err.value.message
    assert err.value.message.endswith(".")
    assert dump_json(wb) == before


def test_negative_duration_and_unknown_ids_are_refused(wb):
    ws = workshops.create_workshop(wb, title="A")
    with pytest.raises(ValidationError, match="at least 0"):
        agenda.add_item(wb, ws.id, title="Tauko", duration_min=-5)
    with pytest.raises(NotFoundError):
        workshops.workshops.update(wb, "no-such-id", title="B")
    with pytest.raises(NotFoundError):
        agenda.add_item(wb, "no-such-id", title="B")


def test_a_failing_multi_row_edit_leaves_nothing_half_written(wb):
    ws = workshops.create_workshop(wb, title="Palaute")
    q = feedback.add_question(wb, ws.id, "Kuinka hyödyllinen?")
    before = dump_json(wb)
    with pytest.raises(ValidationError):
        feedback.add_response(wb, ws.id, {q.id: 9})  # outside the 1–5 scale, after the response row
    assert dump_json(wb) == before


def test_delete_cascades_and_restore_brings_back_exactly_what_went_with_it(wb):
    ws = workshops.create_workshop(wb, title="A")
    item = agenda.add_item(wb, ws.id, title="Dialogi", duration_min=30)
    kept = notes.add_note(wb, ws.id, "Jo aiemmin poistettu", agenda_item_id=item.id)
    notes.notes.delete(wb, kept.id)
    note = notes.add_note(wb, ws.id, "Yhdessä saamme enemmän aikaan", kind="quote", agenda_item_id=item.id)
    workshops.workshops.delete(wb, ws.id)
    assert workshops.list_workshops(wb) == []
    assert notes.list_notes(wb, ws.id) == []
    workshops.workshops.restore(wb, ws.id)
    assert [n.id for n in notes.list_notes(wb, ws.id)] == [note.id]
    assert [i.title for i in agenda.list_agenda(wb, ws.id)] == ["Dialogi"]


def test_copy_workshop_as_template_copies_the_plan_not_the_outcome(wb):
    ws = workshops.create_workshop(wb, title="Innostamo", date="2014-02-17", status="held",
                                   conclusions="Neljä hankeaihiota.")
    agenda.add_item(wb, ws.id, title="Dialogi", duration_min=40)
    agenda.add_item(wb, ws.id, title="Learning Cafe", duration_min=60)
    feedback.add_question(wb, ws.id, "Mitä jäi käteen?", kind="text")
    notes.add_note(wb, ws.id, "Idea")
    template = workshops.copy_workshop(wb, ws.id, title="Innostamo-pohja", as_template=True)
    assert template.is_template and template.date is None and template.status == "planned"
    assert template.conclusions == ""
    assert [i.title for i in agenda.list_agenda(wb, template.id)] == ["Dialogi", "Learning Cafe"]
    assert len(feedback.list_questions(wb, template.id)) == 1
    assert notes.list_notes(wb, template.id) == []
    assert [w.id for w in workshops.list_workshops(wb, templates=True)] == [template.id]
    fresh = workshops.create_from_template(wb, template.id, title="Innostamo 2", date="2015-02-02",
                                           project_id=None)
    assert isinstance(fresh, Workshop) and not fresh.is_template and fresh.date == "2015-02-02"
    assert len(agenda.list_agenda(wb, fresh.id)) == 2


def test_project_period_cannot_end_before_it_starts(wb):
    with pytest.raises(ValidationError, match="project period"):
        projects.create_project(wb, name="X", period_start="2023-05-31", period_end="2021-08-01")


def test_a_moved_start_keeps_the_length_and_ends_on_the_same_day():
    from fasilitaattori.core.workshops import moved_start

    assert moved_start("09:00", "12:00", "17:30") == {"start_time": "17:30", "end_time": "20:30"}
    assert moved_start("18:00", "21:00", "08:15") == {"start_time": "08:15", "end_time": "11:15"}
    assert moved_start("09:00", "12:00", "22:00") == {"start_time": "22:00", "end_time": "23:59"}
    assert moved_start("09:00", "09:00", "10:00")["end_time"] == "10:01"  # a length of nothing stays a minute
