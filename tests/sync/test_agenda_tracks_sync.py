"""Days, parallel tracks and pinned times (schema 0009) travel between devices and merge like
other fields; bundles written before them still import."""

from __future__ import annotations

from fasilitaattori.core import agenda, workshops
from fasilitaattori.core.clock import dump_clocks, load_clocks
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import dump, new_device
from .test_hostile_bundles import pack, rows_edit

NEW_BLOCK_COLUMNS = ("day", "track_of", "pinned_start", "leader", "room")


def _plan(wb, ws_id):
    plan = agenda.schedule(wb, ws_id)
    return [(s.day, s.item.title, s.start, s.slack_min, s.item.leader, s.item.room,
             [(t.item.title, t.item.leader, t.item.room, t.end) for t in s.tracks]) for s in plan.items]


def _exchange(a, b, tmp_path, name):
    for source, target in ((a, b), (b, a)):
        path = tmp_path / f"{name}-{source.device_id}.fasi"
        export_bundle(source, path)
        import_bundle(target, path)


def test_tracks_and_pins_edited_on_two_devices_merge_to_the_same_plan(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        ws = workshops.create_workshop(a, title="Verkostokoulutus", date="2026-03-10",
                                       start_time="09:00", end_time="16:00")
        agenda.set_days(a, ws.id, 2)
        agenda.set_day_start(a, ws.id, 2, "08:30")
        agenda.add_item(a, ws.id, title="Aloitus", duration_min=30)
        cafe = agenda.add_item(a, ws.id, title="Learning Cafe", duration_min=60)
        lunch = agenda.add_item(a, ws.id, title="Lounas", duration_min=45, category="break")
        agenda.add_item(a, ws.id, title="Päivä 2", duration_min=60, day=2)
        table = agenda.add_track(a, cafe.id, title="Pöytä 1", room="Sali 1")
        _exchange(a, b, tmp_path, "first")
        assert _plan(b, ws.id) == _plan(a, ws.id)

        # Concurrently: A pins the lunch and adds a table; B moves the round and names a leader.
        agenda.agenda_items.update(a, lunch.id, pinned_start="12:00")
        agenda.add_track(a, cafe.id, title="Pöytä 2", leader="Mikko")
        agenda.agenda_items.update(b, table.id, leader="Anna", duration_min=50)
        agenda.move_item(b, cafe.id, 0, day=2)
        _exchange(a, b, tmp_path, "second")

        plan = _plan(a, ws.id)
        assert plan == _plan(b, ws.id)
        assert dump(a) == dump(b)
        assert plan == [
            (1, "Aloitus", "09:00", None, "", "", []),
            (1, "Lounas", "12:00", 150, "", "", []),
            (2, "Learning Cafe", "08:30", None, "", "",
             [("Pöytä 1", "Anna", "Sali 1", "09:20"), ("Pöytä 2", "Mikko", "", "09:30")]),
            (2, "Päivä 2", "09:30", None, "", "", [])]
    finally:
        a.close()
        b.close()


def _without_new_columns(members):
    def edit(body):
        for name in NEW_BLOCK_COLUMNS if "track_of" in body["columns"] else ("days", "day_starts", "agenda_columns"):
            at = body["columns"].index(name)
            del body["columns"][at]
            for row in body["rows"]:
                del row[at]
        clock = body["columns"].index("clock")
        for row in body["rows"]:
            row[clock] = dump_clocks({k: v for k, v in load_clocks(row[clock]).items()
                                      if k.rstrip("<") not in (*NEW_BLOCK_COLUMNS, "days", "day_starts", "agenda_columns")})
    return rows_edit(rows_edit(members, "agenda_item", edit), "workshop", edit)


def test_a_bundle_from_before_days_and_tracks_imports_as_one_day_without_pins(tmp_path):
    import io
    import zipfile

    from fasilitaattori.sync.export import build_bundle

    source = open_workbench(tmp_path / "source")
    ws = workshops.create_workshop(source, title="Kyläilta", start_time="17:30", end_time="20:30")
    agenda.add_item(source, ws.id, title="Aloitus", duration_min=20)
    agenda.add_item(source, ws.id, title="Keskustelu", duration_min=60)
    with zipfile.ZipFile(io.BytesIO(build_bundle(source)[0])) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    source.close()
    path = tmp_path / "older.fasi"
    path.write_bytes(pack(_without_new_columns(members)))

    target = open_workbench(tmp_path / "target")
    try:
        import_bundle(target, path)
        assert _plan(target, ws.id) == [(1, "Aloitus", "17:30", None, "", "", []),
                                        (1, "Keskustelu", "17:50", None, "", "", [])]
        assert (workshops.workshops.get(target, ws.id).days, workshops.workshops.get(target, ws.id).agenda_columns) == (
            1, "who")
    finally:
        target.close()
