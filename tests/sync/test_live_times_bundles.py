"""A block's live times (schema 0006) travel in bundles, and bundles written before them still import."""

from __future__ import annotations

import zipfile

import pytest

from fasilitaattori.core import agenda
from fasilitaattori.core.dump import dump_data
from fasilitaattori.sync.export import export_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import LIVE_TIMES, as_version_1, as_version_2, before_live_times, new_device


def _rewritten(path, rewrite, out):
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in rewrite(members).items():
            zf.writestr(name, data)
    return out


def _plan(data):
    return sorted((row["id"], row["title"], row["duration_min"]) for row in data["agenda_item"])


@pytest.mark.parametrize("rewrite", [before_live_times, lambda m: as_version_2(before_live_times(m)),
                                     lambda m: as_version_1(before_live_times(m))],
                         ids=["version 3", "version 2", "version 1"])
def test_a_bundle_from_before_live_times_imports_with_blocks_never_run(demo_wb, tmp_path, rewrite):
    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    old = _rewritten(path, rewrite, tmp_path / "old.fasi")
    other = new_device(tmp_path / "dev", "other")
    try:
        result = import_bundle(other, old)
        assert result.counts["agenda_item"].new == len(dump_data(demo_wb)["agenda_item"])
        rows = dump_data(other)["agenda_item"]
        assert _plan(dump_data(other)) == _plan(dump_data(demo_wb))
        assert {(r["actual_start"], r["actual_end"], r["live_extra_min"]) for r in rows} == {(None, None, 0)}
    finally:
        other.close()


def test_live_times_travel_to_the_other_device_and_an_older_bundle_does_not_undo_them(tmp_path):
    a, b = new_device(tmp_path / "dev", "a"), new_device(tmp_path / "dev", "b")
    try:
        from fasilitaattori.core.workshops import create_workshop

        ws = create_workshop(a, title="Kyläilta", start_time="17:30", end_time="20:30")
        block = agenda.add_item(a, ws.id, title="Aloitus", duration_min=20)
        path = tmp_path / "plan.fasi"
        export_bundle(a, path)
        import_bundle(b, path)
        old = _rewritten(path, before_live_times, tmp_path / "plan-old.fasi")
        agenda.agenda_items.update(a, block.id, actual_start="17:47", actual_end="18:10", live_extra_min=5)
        export_bundle(a, path)
        with zipfile.ZipFile(path) as zf:
            head = zf.read("rows/agenda_item.jsonl").split(b"\n", 1)[0].decode()
        assert all(name in head for name in LIVE_TIMES)
        import_bundle(b, path)
        got = agenda.agenda_items.get(b, block.id)
        assert (got.actual_start, got.actual_end, got.live_extra_min) == ("17:47", "18:10", 5)
        import_bundle(b, old)  # the plan as sent before it was run: the times stay
        got = agenda.agenda_items.get(b, block.id)
        assert (got.actual_start, got.actual_end, got.live_extra_min) == ("17:47", "18:10", 5)
    finally:
        a.close()
        b.close()


def test_a_bundle_lacking_a_column_that_was_always_there_is_still_refused(demo_wb, tmp_path):
    import hashlib
    import json

    from fasilitaattori.errors import FasilitaattoriError

    from .helpers import read_rows, write_rows

    def without_title(members):
        name = "rows/agenda_item.jsonl"
        body = read_rows(members[name])
        at = body["columns"].index("title")
        body["columns"].pop(at)
        for row in body["rows"]:
            row.pop(at)
        out = {**members, name: write_rows(body)}
        manifest = json.loads(members["manifest.json"])
        manifest["members"][name] = {"sha256": hashlib.sha256(out[name]).hexdigest(), "size": len(out[name])}
        out["manifest.json"] = json.dumps(manifest).encode("utf-8")
        return out

    path = tmp_path / "demo.fasi"
    export_bundle(demo_wb, path)
    bad = _rewritten(path, without_title, tmp_path / "bad.fasi")
    other = new_device(tmp_path / "dev", "other")
    try:
        with pytest.raises(FasilitaattoriError, match="columns this version expects"):
            import_bundle(other, bad)
        assert dump_data(other)["agenda_item"] == []
    finally:
        other.close()
