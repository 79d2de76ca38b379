from hypothesis import given
from hypothesis import strategies as st

from fasilitaattori.core import agenda, methods, workshops
from fasilitaattori.core.positions import key_between, spread


def _titles(wb, ws_id):
    return [i.title for i in agenda.list_agenda(wb, ws_id)]


def test_clock_times_follow_from_the_start_and_durations(wb):
    ws = workshops.create_workshop(wb, title="A", start_time="09:30", end_time="11:00")
    agenda.add_item(wb, ws.id, title="Aloitus", duration_min=20, category="intro")
    agenda.add_item(wb, ws.id, title="Dialogi", duration_min=45)
    agenda.add_item(wb, ws.id, title="Tauko", duration_min=15, category="break")
    plan = agenda.schedule(wb, ws.id)
    assert [(s.start, s.end) for s in plan.items] == [("09:30", "09:50"), ("09:50", "10:35"), ("10:35", "10:50")]
    assert plan.overrun_min == 0
    agenda.add_item(wb, ws.id, title="Palaute", duration_min=25)
    plan = agenda.schedule(wb, ws.id)
    assert plan.overrun_min == 15 and plan.planned_end == "11:15"
    assert [s.past_end for s in plan.items] == [False, False, False, True]


def test_insert_and_move_blocks_change_only_the_moved_row(wb):
    ws = workshops.create_workshop(wb, title="A")
    a = agenda.add_item(wb, ws.id, title="A")
    b = agenda.add_item(wb, ws.id, title="B")
    agenda.add_item(wb, ws.id, title="C")
    agenda.add_item(wb, ws.id, 1, title="A2")
    assert _titles(wb, ws.id) == ["A", "A2", "B", "C"]
    before_b = agenda.agenda_items.get(wb, b.id).position
    agenda.move_item(wb, a.id, 3)
    assert _titles(wb, ws.id) == ["A2", "B", "C", "A"]
    assert agenda.agenda_items.get(wb, b.id).position == before_b
    agenda.move_item(wb, a.id, 0)
    assert _titles(wb, ws.id) == ["A", "A2", "B", "C"]


def test_block_from_a_library_method_takes_its_text(wb):
    method = methods.create_method(wb, name="Verkostokartta", duration_min=30, steps="Piirrä ympyrät",
                                   materials="A3-työpohja\ntussit", language="fi")
    ws = workshops.create_workshop(wb, title="A")
    item = agenda.add_from_method(wb, ws.id, method.id)
    assert (item.title, item.duration_min, item.method_id) == ("Verkostokartta", 30, method.id)
    assert item.instructions == "Piirrä ympyrät"


def test_packing_list_gathers_each_material_once(wb):
    ws = workshops.create_workshop(wb, title="A")
    agenda.add_item(wb, ws.id, title="Kartta", materials="A3-työpohja\nTussit")
    agenda.add_item(wb, ws.id, title="Äänestys", materials="tussit; tarrapisteet")
    packed = agenda.packing_list(wb, ws.id)
    assert packed == [("A3-työpohja", ["Kartta"]), ("Tussit", ["Kartta", "Äänestys"]),
                      ("tarrapisteet", ["Äänestys"])]


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=60))
def test_positions_can_always_be_put_between(indexes):
    keys: list[str] = []
    for index in indexes:
        index = min(index, len(keys))
        before = keys[index - 1] if index > 0 else None
        after = keys[index] if index < len(keys) else None
        new = key_between(before, after)
        assert (before is None or before < new) and (after is None or new < after)
        assert not new.endswith("0")
        keys.insert(index, new)
    assert keys == sorted(keys)


def test_spread_gives_ascending_keys():
    keys = spread(100)
    assert keys == sorted(keys) and len(set(keys)) == 100
