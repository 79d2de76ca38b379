"""A corpus of hostile or broken bundles: each is refused with one clear sentence, and the
store's dump and its file bytes stay exactly as they were."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from fasilitaattori.cli import main
from fasilitaattori.core.dump import dump_json
from fasilitaattori.errors import FasilitaattoriError
from fasilitaattori.sync.crypto import encrypt
from fasilitaattori.sync.export import build_bundle
from fasilitaattori.sync.importer import import_bundle

from .helpers import as_version_1, as_version_2, file_bytes, read_rows, write_rows

Members = dict[str, bytes]


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Members:
    """The members of a valid bundle of the demo data, with one photo."""
    from fasilitaattori.core.demo import create_demo
    from fasilitaattori.core.photos import add_photo
    from fasilitaattori.core.workshops import list_workshops
    from fasilitaattori.library.seed import open_workbench

    root = tmp_path_factory.mktemp("hostile-source")
    wb = open_workbench(root / "data")
    create_demo(wb)
    png = root / "flipchart.png"
    png.write_bytes(_png())
    add_photo(wb, list_workshops(wb)[0].id, png, caption="Fläppi")
    data = build_bundle(wb)[0]
    wb.close()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pack(members: Members, *, fix_manifest: bool = True, extra: list[tuple[str, bytes]] | None = None,
         manifest_edit: Callable[[dict], None] | None = None) -> bytes:
    """Zip `members`, refreshing the manifest's checksums unless told not to."""
    members = dict(members)
    manifest = json.loads(members.pop("manifest.json"))
    if fix_manifest:
        manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                               for name, data in members.items()}
    if manifest_edit:
        manifest_edit(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
        for name, data in extra or []:
            zf.writestr(name, data)
    return buffer.getvalue()


def rows_edit(members: Members, entity: str, edit: Callable[[dict], None]) -> Members:
    out = dict(members)
    body = read_rows(out[f"rows/{entity}.jsonl"])
    edit(body)
    out[f"rows/{entity}.jsonl"] = write_rows(body)
    return out


def set_cell(entity: str, column: str, value: object, row: int = 0) -> Callable[[dict], None]:
    def edit(body: dict) -> None:
        body["rows"][row][body["columns"].index(column)] = value
    return edit


def _manifest(edit: Callable[[dict], None]) -> Callable[[Members], bytes]:
    return lambda m: pack(m, manifest_edit=edit)


def _duplicate(m: Members) -> bytes:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pack(m, extra=[("rows/note.jsonl", m["rows/note.jsonl"])])


def _bomb(m: Members) -> bytes:
    return pack({**m, "rows/note.jsonl": b" " * (20 * 1024 * 1024)})


def _big_field(m: Members) -> bytes:
    text = base64.b64encode(os.urandom(38 * 1024 * 1024)).decode()  # about 50 MB of letters
    return pack(rows_edit(m, "note", set_cell("note", "text", text)))


def _stale_checksum(m: Members) -> bytes:
    changed = rows_edit(m, "note", set_cell("note", "text", "muutettu"))
    return pack(changed, fix_manifest=False)


def _missing_parent(m: Members) -> bytes:
    return pack(rows_edit(m, "note", set_cell("note", "workshop_id", "0" * 32)))


def _second_attendance(m: Members) -> bytes:
    def edit(body: dict) -> None:
        row = list(body["rows"][0])
        row[body["columns"].index("id")] = "f" * 32
        body["rows"].append(row)
    return pack(rows_edit(m, "attendance", edit), manifest_edit=lambda man: man["counts"].pop("attendance"))


def _photo_mismatch(m: Members) -> bytes:
    name = next(n for n in m if n.startswith("photos/"))
    return pack({**m, name: b"not the photo"})


def _not_an_image(m: Members) -> bytes:
    digest = hashlib.sha256(b"plain text, not an image").hexdigest()
    old = next(n for n in m if n.startswith("photos/"))
    changed = rows_edit(m, "photo", set_cell("photo", "sha256", digest))
    changed.pop(old)
    changed[f"photos/{digest}"] = b"plain text, not an image"
    return pack(changed)


def _blank_line(data: bytes) -> bytes:
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    return data[:second] + b"\n" + data[second:]


def _v1_cell(m: Members, entity: str, column: str, value: object) -> bytes:
    members = as_version_1(m)
    body = json.loads(members[f"rows/{entity}.json"])
    set_cell(entity, column, value)(body)
    members[f"rows/{entity}.json"] = json.dumps(body).encode()
    return pack(members)


def _v2_cell(m: Members, entity: str, column: str, value: object) -> bytes:
    return pack(rows_edit(as_version_2(m), entity, set_cell(entity, column, value)))


def _extra_column(m: Members) -> bytes:
    def edit(body: dict) -> None:
        body["columns"].append("secret")
        for row in body["rows"]:
            row.append("x")
    return pack(rows_edit(m, "note", edit))


CORPUS: dict[str, tuple[Callable[[Members], bytes], str]] = {
    "empty file": (lambda m: b"", "not a Fasilitaattori bundle"),
    "plain text": (lambda m: b"hello, this is not a bundle\n", "not a Fasilitaattori bundle"),
    "random bytes": (lambda m: os.urandom(4096), "not a Fasilitaattori bundle"),
    "zip header only": (lambda m: b"PK\x03\x04" + os.urandom(100), "damaged"),
    "truncated": (lambda m: pack(m)[: len(pack(m)) // 2], "damaged"),
    "no manifest": (lambda m: _zip({"rows/note.jsonl": m["rows/note.jsonl"]}), "no manifest"),
    "parent path": (lambda m: pack(m, extra=[("../../evil.txt", b"x")]), "unexpected part ../../evil.txt"),
    "absolute path": (lambda m: pack(m, extra=[("/etc/cron.d/evil", b"x")]), "unexpected part"),
    "backslash path": (lambda m: pack(m, extra=[("..\\..\\evil.txt", b"x")]), "unexpected part"),
    "unknown entity": (lambda m: pack(m, extra=[("rows/passwords.json", b"{}")]), "unexpected part"),
    "duplicate member": (_duplicate, "twice"),
    "zip bomb": (_bomb, "zip bomb"),
    "wrong checksum": (_stale_checksum, "checksum"),
    "member not listed": (lambda m: pack(m, fix_manifest=False, extra=[("photos/" + "a" * 64, b"x")]),
                          "not listed"),
    "listed member missing": (lambda m: pack({k: v for k, v in m.items() if k != "rows/task.jsonl"},
                                             fix_manifest=False), "missing"),
    "manifest not json": (lambda m: _zip({**m, "manifest.json": b"{not json"}), "manifest is not valid JSON"),
    "manifest a list": (lambda m: _zip({**m, "manifest.json": b"[1, 2]"}), "another kind"),
    "other format": (_manifest(lambda man: man.update(format="something-else")), "another kind"),
    "future version": (_manifest(lambda man: man.update(version=99)), "newer version"),
    "version as text": (_manifest(lambda man: man.update(version="1")), "format version"),
    "bad device id": (_manifest(lambda man: man.update(device_id="../../x")), "device"),
    "bad scope": (_manifest(lambda man: man.update(scope="everything")), "scope"),
    "wrong counts": (_manifest(lambda man: man["counts"].update(note=1)), "counts"),
    "pseudonymised": (_manifest(lambda man: man.update(pseudonymised=True)), "pseudonymised"),
    "rows not json": (lambda m: pack({**m, "rows/note.jsonl": b"[{"}), "not valid JSON"),
    "rows not utf-8": (lambda m: pack({**m, "rows/note.jsonl": b"\xff\xfe\x00bad"}), "not valid JSON"),
    "deep nesting": (lambda m: pack({**m, "rows/note.jsonl": b"[" * 50_000}), "not valid JSON"),
    "deep nesting in a row": (lambda m: pack({**m, "rows/note.jsonl": m["rows/note.jsonl"].split(b"\n")[0] + b"\n"
                                              + b"[" * 200_000}), "not valid JSON"),
    "rows wrong shape": (lambda m: pack({**m, "rows/note.jsonl": b'{"entity": "task"}'}), "expected form"),
    "rows without header": (lambda m: pack({**m, "rows/note.jsonl": b""}), "expected form"),
    "header too long": (lambda m: pack({**m, "rows/note.jsonl": b'{"entity": "note", "x": "' + b"a" * 70_000
                                        + b'"}\n'}), "expected form"),
    "blank line between rows": (lambda m: pack({**m, "rows/note.jsonl": _blank_line(m["rows/note.jsonl"])}),
                                "not valid JSON"),
    "two rows on a line": (lambda m: pack({**m, "rows/note.jsonl": m["rows/note.jsonl"].replace(b"]\n[", b"] [", 1)}),
                           "not valid JSON"),
    "rows of another version": (lambda m: pack({**{k: v for k, v in m.items() if k != "rows/note.jsonl"},
                                                "rows/note.json": as_version_1(m)["rows/note.json"]}),
                                "unexpected part rows/note.json"),
    "version 1, rows not json": (lambda m: pack({**as_version_1(m), "rows/note.json": b"[{"}), "not valid JSON"),
    "version 1, bad clock": (lambda m: _v1_cell(m, "note", "clock", '{"text": "soon"}'), "in clock"),
    "extra column": (_extra_column, "columns this version expects"),
    "row too short": (lambda m: pack(rows_edit(m, "note", lambda b: b["rows"][0].pop())), "not in the expected form"),
    "row is an object": (lambda m: pack(rows_edit(m, "note", lambda b: b["rows"].__setitem__(0, {"id": "x"}))),
                         "not in the expected form"),
    "text for a number": (lambda m: pack(rows_edit(m, "agenda_item", set_cell("agenda_item", "duration_min", "45"))),
                          "duration_min"),
    "number for a flag": (lambda m: pack(rows_edit(m, "note", set_cell("note", "deleted", 1))), "deleted"),
    "null where required": (lambda m: pack(rows_edit(m, "note", set_cell("note", "text", None))), "in text"),
    "path as id": (lambda m: pack(rows_edit(m, "note", set_cell("note", "id", "../../etc/passwd"))), "in id"),
    "bad clock": (lambda m: pack(rows_edit(m, "note", set_cell("note", "clock", '{"text": "tomorrow"}'))),
                  "in clock"),
    "clock value not a clock": (lambda m: pack(rows_edit(m, "note", set_cell("note", "clock", "text@tomorrow"))),
                                "in clock"),
    "clock without a value": (lambda m: pack(rows_edit(m, "note", set_cell("note", "clock", "deleted,text"))),
                              "in clock"),
    # Another script's digits would compare above every real clock as text, and win every merge.
    "clock with Arabic-Indic digits": (lambda m: pack(rows_edit(m, "note", set_cell(
        "note", "clock", "text@" + "\u0661" * 13 + ".0000.abc"))), "in clock"),
    "version 2, compact clock": (lambda m: _v2_cell(m, "note", "clock", "text@1500000449223.0000.abc"), "in clock"),
    "version 2, bad clock": (lambda m: _v2_cell(m, "note", "clock", '{"text": "soon"}'), "in clock"),
    "lone surrogate": (lambda m: pack(rows_edit(m, "note", set_cell("note", "text", "\ud800x"))),
                       "unacceptable value in text"),
    "duplicate id": (lambda m: pack(rows_edit(m, "note", lambda b: b["rows"].append(b["rows"][0])),
                                    manifest_edit=lambda man: man["counts"].pop("note")), "appears twice"),
    "missing parent": (_missing_parent, "neither in the bundle nor in this store"),
    "same link twice": (_second_attendance, "unacceptable value in id"),
    "50 MB field": (_big_field, "unacceptable value in text"),
    "photo not matching": (_photo_mismatch, "does not match"),
    "photo not an image": (_not_an_image, "not a photo"),
    "encrypted, no passphrase": (lambda m: encrypt(pack(m), "oikea salasana"), "encrypted"),
    "encrypted, wrong passphrase": (lambda m: encrypt(pack(m), "väärä salasana"), "passphrase is wrong"),
    "encrypted, cut short": (lambda m: encrypt(pack(m), "salasana")[:45], "cut short"),
    "encrypted, tampered": (lambda m: _flip(encrypt(pack(m), "salasana")), "passphrase is wrong"),
}

PASSPHRASES = {"encrypted, wrong passphrase": "oikea salasana", "encrypted, cut short": "salasana",
               "encrypted, tampered": "salasana"}


def _zip(members: Members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:]


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 30


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> Path:
    from fasilitaattori.library.seed import open_workbench

    path = tmp_path_factory.mktemp("hostile-empty") / "data"
    open_workbench(path).close()
    return path


@pytest.fixture(params=["store with data", "empty store"])
def target(request, demo_wb, empty_store, tmp_path, monkeypatch):
    """A store that already holds some data, so "unchanged" means something; and an empty one,
    into which the rows of the bundle are prepared in a second thread, as for a large import."""
    if request.param == "store with data":
        yield demo_wb
        return
    from fasilitaattori.library.seed import open_workbench
    from fasilitaattori.sync import staging

    monkeypatch.setattr(staging, "STAGE_FROM", 0)
    monkeypatch.setattr(staging, "IMAGE_ROWS", 2)
    shutil.copytree(empty_store, tmp_path / "empty")
    wb = open_workbench(tmp_path / "empty")
    yield wb
    wb.close()


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_a_hostile_bundle_is_refused_and_changes_nothing(case, good, target, tmp_path):
    make, expected = CORPUS[case]
    path = tmp_path / "hostile.fasi"
    path.write_bytes(make(good))
    before_dump, before_file = dump_json(target), file_bytes(target)
    photos_before = sorted(p.name for p in target.store.photos_dir.glob("*")) if target.store.photos_dir.exists() \
        else []
    with pytest.raises(FasilitaattoriError) as caught:
        import_bundle(target, path, passphrase=PASSPHRASES.get(case))
    message = caught.value.message
    assert expected in message
    assert "\n" not in message and message.endswith(".") and len(message) < 300
    assert "Traceback" not in message
    assert dump_json(target) == before_dump
    assert file_bytes(target) == before_file
    photos_after = sorted(p.name for p in target.store.photos_dir.glob("*")) if target.store.photos_dir.exists() \
        else []
    assert photos_after == photos_before


def test_the_good_bundle_imports(good, target, tmp_path):
    """The corpus is made from a bundle that does import, so each case fails for its own reason."""
    path = tmp_path / "good.fasi"
    path.write_bytes(pack(good))
    result = import_bundle(target, path)
    assert result.totals().new > 0


@pytest.mark.parametrize("case", ["random bytes", "parent path", "future version", "missing parent"])
def test_the_command_line_says_one_line_and_exits_1(case, good, data_dir, tmp_path, capsys):
    path = tmp_path / "hostile.fasi"
    path.write_bytes(CORPUS[case][0](good))
    assert main(["--data-dir", str(data_dir), "sync", "import", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert CORPUS[case][1] in err and "\n" not in err and "Traceback" not in err
