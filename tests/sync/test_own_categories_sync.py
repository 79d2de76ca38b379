"""An own category and the blocks that use it travel between devices: its name, colour and
"counts as" arrive, and a rename on one device reaches the other."""

from __future__ import annotations

import pytest

from fasilitaattori.core import agenda, categories, workshops
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import dump, new_device
from .test_hostile_bundles import pack, rows_edit, set_cell


def _exchange(a, b, tmp_path, name):
    for source, target in ((a, b), (b, a)):
        path = tmp_path / f"{name}-{source.device_id}.fasi"
        export_bundle(source, path)
        import_bundle(target, path)


def _own(wb):
    return [(c.id, c.name, c.colour, c.counts_as) for c in categories.list_categories(wb)]


def test_an_own_category_and_its_block_travel_and_a_rename_follows(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        ws = workshops.create_workshop(a, title="Verkostopäivä", date="2026-05-05",
                                       start_time="09:00", end_time="12:00")
        walk = categories.add_category(a, "Kävelykokous", "#2266aa", "presentation")
        block = agenda.add_item(a, ws.id, title="Kävellen", duration_min=30, category=walk.id)
        agenda.add_item(a, ws.id, title="Ryhmätyö", duration_min=30)
        _exchange(a, b, tmp_path, "first")
        assert _own(b) == [(walk.id, "Kävelykokous", "#2266aa", "presentation")]
        assert agenda.agenda_items.get(b, block.id).category == walk.id
        assert agenda.balance(b, ws.id).presentation == 30

        categories.update_category(b, walk.id, name="Kävely", colour="#aa2266")
        _exchange(b, a, tmp_path, "second")
        assert _own(a) == [(walk.id, "Kävely", "#aa2266", "presentation")]
        assert dump(a) == dump(b)
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize(("entity", "column", "value"), [
    ("agenda_item", "category", "c-NOT-A-KEY"),
    ("category", "colour", "punainen"),
    ("category", "counts_as", "lunch"),
])
def test_a_bundle_with_a_category_the_app_could_not_write_is_refused(tmp_path, entity, column, value):
    import io
    import zipfile

    from fasilitaattori.errors import FasilitaattoriError
    from fasilitaattori.sync.export import build_bundle

    source = open_workbench(tmp_path / "source")
    ws = workshops.create_workshop(source, title="Kyläilta", start_time="17:30", end_time="20:30")
    own = categories.add_category(source, "Kävely", "#2266aa")
    agenda.add_item(source, ws.id, title="Kävellen", duration_min=20, category=own.id)
    with zipfile.ZipFile(io.BytesIO(build_bundle(source)[0])) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    source.close()
    path = tmp_path / "bad.fasi"
    path.write_bytes(pack(rows_edit(members, entity, set_cell(entity, column, value))))
    target = open_workbench(tmp_path / "target")
    try:
        before = dump(target)
        with pytest.raises(FasilitaattoriError) as caught:
            import_bundle(target, path)
        assert column in str(caught.value) or "category" in str(caught.value).lower()
        assert dump(target) == before
    finally:
        target.close()


def test_a_one_project_bundle_carries_the_own_categories_its_blocks_use(tmp_path):
    """A colleague given one project sees its blocks in their own category, not an unknown one."""
    from fasilitaattori.core import projects

    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        project = projects.create_project(a, name="Neuvostot")
        ws = workshops.create_workshop(a, title="Verkostopäivä", project_id=project.id, date="2026-05-05",
                                       start_time="09:00", end_time="12:00")
        walk = categories.add_category(a, "Kävelykokous", "#2266aa", "presentation")
        categories.add_category(a, "Toisen hankkeen luokka")  # used by no block of the project
        agenda.add_item(a, ws.id, title="Kävellen", duration_min=30, category=walk.id)
        path = tmp_path / "neuvostot.fasi"
        export_bundle(a, path, project_id=project.id)
        import_bundle(b, path)
        assert _own(b) == [(walk.id, "Kävelykokous", "#2266aa", "presentation")]
        assert agenda.balance(b, ws.id).presentation == 30
    finally:
        a.close()
        b.close()
