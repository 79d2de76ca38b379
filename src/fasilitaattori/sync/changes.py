"""This device's files in the sync folder: which rows a change file holds, when a new snapshot
replaces the change files, and how a second laptop with the same device id is noticed.

A change file holds every row with a field clock past the clock of this device's previous
file: each edit made here ticks past that clock, and so does each row that came in with a
newer clock. A row that came in with an older clock is in its writer's own files. A snapshot
(the whole store) is written first, then after `SNAPSHOT_EVERY` change files or once they
together weigh more than `SNAPSHOT_SHARE` of the snapshot; older files are then removed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..core.device import new_device_id
from ..core.workbench import Workbench
from ..errors import ValidationError
from ..files import write_atomically
from .crypto import encrypt
from .export import build_bundle
from .folder_files import CHANGES, FULL, DeviceFiles, legacy_name, numbered_name
from .format import ENTITY_ORDER, table_of

OWN_KEY = "sync_own_files"  # setting: what this device has written to its sync folder
READ_KEY = "sync_files_read"  # setting: per other device, the number of its last file read
SNAPSHOT_EVERY = 32
SNAPSHOT_SHARE = 0.5


class DuplicateDeviceError(ValidationError):
    """Files under this laptop's device id in the sync folder that it did not write: a copied disk, or a restored backup."""


@dataclass
class OwnFiles:
    """What this device wrote to its sync folder (a setting, so it survives restarts)."""

    folder: str = ""
    seq: int = 0  # number of the last file written
    clock: str = ""  # this device's clock when it wrote that file
    full: int = 0  # number of the snapshot the change files since build on
    full_size: int = 0
    since_full: int = 0  # bytes of the change files written since that snapshot
    files: dict[str, list[Any]] = field(default_factory=dict)  # name -> [size, mtime_ns, sha256]


def own_files(wb: Workbench) -> OwnFiles:
    value = wb.setting(OWN_KEY)
    if not isinstance(value, dict):
        return OwnFiles()
    try:
        return OwnFiles(**value)
    except TypeError:
        return OwnFiles()


def read_marks(wb: Workbench) -> dict[str, int]:
    value = wb.setting(READ_KEY)
    return {str(k): int(v) for k, v in value.items() if isinstance(v, int)} if isinstance(value, dict) else {}


def save_marks(wb: Workbench, marks: dict[str, int]) -> None:
    wb.set_setting(READ_KEY, marks)


def check_own(wb: Workbench, folder: Path, own: DeviceFiles) -> None:
    """Refuse to sync when a file under this device's id in the folder was not written here:
    a copy of this laptop's disk (same id, diverging store) is writing there too."""
    state = own_files(wb)
    if state.folder != str(folder):
        state = OwnFiles(seq=state.seq)
    for files in (own.full, own.changes):
        for seq, path in files.items():
            kept = state.files.get(path.name)
            if kept is None:
                foreign = seq > state.seq
            else:
                status = path.stat()
                foreign = [status.st_size, status.st_mtime_ns] != kept[:2] and _sha256(path) != kept[2]
            if foreign:
                raise DuplicateDeviceError(
                    "The sync folder has files under this laptop's device id that it did not write (a laptop "
                    "with a copy of its disk, or a backup restored here), so nothing was synced; give this "
                    "laptop a new device id (Sync now offers it; on the command line `fasilitaattori sync "
                    "new-device-id`) and sync again.")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _newer(text: str, since: str) -> bool:
    return max(text.split("@")[1:], default="") > since


def changed_ids(wb: Workbench, since: str, upto: str) -> dict[str, list[str]]:
    """Per entity, the ids of the rows with a field clock past `since` (and so at most `upto`,
    this device's clock, which every clock in the store is). A row whose fields share one
    clock (no space in its text) is compared in SQL; for the others, one pattern picks those
    with a clock that shares the two clocks' leading digits, and only those are parsed."""
    pattern = "*@" + os.path.commonprefix([since[:13], upto[:13]]) + "*"
    conn = wb.store.raw()
    conn.create_function("fasi_newer", 2, _newer, deterministic=True)
    try:
        out: dict[str, list[str]] = {}
        for entity in ENTITY_ORDER:
            ids = [r[0] for r in conn.execute(
                f"SELECT id FROM \"{table_of(entity)}\" WHERE CASE WHEN instr(clock, ' ') = 0 "
                "THEN substr(clock, instr(clock, '@') + 1) > ?1 "
                "ELSE clock GLOB ?2 AND fasi_newer(clock, ?1) END", (since, pattern))]
            if ids:
                out[entity] = ids
        return out
    finally:
        conn.close()


def write_own(wb: Workbench, folder: Path, own: DeviceFiles,
              passphrase: str | None) -> tuple[Path, dict[str, int]] | None:
    """Write this device's next file: a snapshot when one is due, else the rows changed since
    its previous file (nothing when nothing changed). Then remove what the snapshot replaces."""
    state = own_files(wb)
    if state.folder != str(folder):
        state = OwnFiles(folder=str(folder), seq=state.seq)
    present = {p.name for p in [*own.full.values(), *own.changes.values()]}
    due = (not state.full or any(name not in present for name in state.files)
           or state.seq - state.full >= SNAPSHOT_EVERY or state.since_full > SNAPSHOT_SHARE * state.full_size)
    upto = _settled_clock(wb)
    seq = state.seq + 1
    if due:
        files: dict[str, Any] = {"kind": FULL, "seq": seq, "after": None, "upto": upto}
        data, counts, _photos = build_bundle(wb, files=files)
    else:
        only = changed_ids(wb, state.clock, upto)
        if not only:
            return None
        files = {"kind": CHANGES, "seq": seq, "after": state.clock, "upto": upto}
        data, counts, _photos = build_bundle(wb, only=only, files=files)
    if passphrase:
        data = encrypt(data, passphrase)
    target = folder / numbered_name(wb.device_id, seq, files["kind"])
    write_atomically(target, data)
    status = target.stat()
    state.seq, state.clock = seq, upto
    state.files[target.name] = [status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest()]
    if due:
        state.full, state.full_size, state.since_full = seq, len(data), 0
        _compact(folder, wb.device_id, own, state, seq)
    else:
        state.since_full += len(data)
    wb.set_setting(OWN_KEY, asdict(state))
    return target, counts


def _settled_clock(wb: Workbench) -> str:
    """This device's clock, once every edit that ticked it up to there is committed (an edit
    ticks inside its write transaction): rows read after this include each of them, so the
    next change file, which starts after this clock, misses none."""
    upto = wb.clock.last
    conn = wb.store.raw()
    try:
        conn.execute("BEGIN IMMEDIATE")  # waits for a write under way
        conn.rollback()
    finally:
        conn.close()
    return upto


def _compact(folder: Path, device: str, own: DeviceFiles, state: OwnFiles, full: int) -> None:
    """Remove this device's files that the new snapshot replaces (and a version 3 bundle)."""
    old = [p for n, p in [*own.full.items(), *own.changes.items()] if n < full]
    old.append(folder / legacy_name(device))
    for path in old:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # a file the sync service holds open goes next time
        state.files.pop(path.name, None)
    state.files = {name: kept for name, kept in state.files.items() if (folder / name).exists()}


def rekey(wb: Workbench) -> str:
    """Give this laptop a new device id (after its disk was copied to another): its next
    sync writes a fresh snapshot under the new id, and reads the files under the old id as
    another device's."""
    device = new_device_id(wb)
    wb.set_setting(OWN_KEY, asdict(OwnFiles()))
    return device


def files_manifest(manifest: Mapping[str, Any]) -> dict[str, Any] | None:
    value = manifest.get("files")
    return value if isinstance(value, dict) else None


__all__ = ["DuplicateDeviceError", "changed_ids", "check_own", "save_marks", "read_marks", "rekey",
           "write_own"]
