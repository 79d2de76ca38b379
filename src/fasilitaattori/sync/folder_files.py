"""The files in a sync folder: their names, which of them to read, and which to leave alone.

Each device writes, under its own id, full snapshots and change files, numbered in one
sequence: `fasilitaattori-<device>.000041.full.fasi` holds the whole store as it was when
file 41 was written, `fasilitaattori-<device>.000042.changes.fasi` the rows changed since
file 41. Version 3 apps wrote one file, `fasilitaattori-<device>.fasi`, which is still read.
Anything else is not ours and is passed over without a word: the temporary files and
conflicted copies sync services leave (`.syncthing.*.tmp`, `~$*`, `*.part`,
"(conflicted copy)", `*.sync-conflict-*`) never match these names.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FasilitaattoriError
from .format import SUFFIX

PREFIX = "fasilitaattori-"
FULL, CHANGES = "full", "changes"
LEGACY = re.compile(r"^fasilitaattori-([0-9A-Za-z_-]{1,64})\.fasi$")
NUMBERED = re.compile(r"^fasilitaattori-([0-9A-Za-z_-]{1,64})\.([0-9]{6,12})\.(full|changes)\.fasi$")
# macOS iCloud Drive leaves ".name.icloud" in place of a file it keeps online only.
_ICLOUD = re.compile(r"^\.(fasilitaattori-[0-9A-Za-z_.-]{1,100}\.fasi)\.icloud$")
# Windows marks a file that OneDrive and other cloud services keep online only: offline, recall
# on open, recall on data access. Reading one would start a download, or fail half-way offline.
_ONLINE_ONLY_ATTRIBUTES = 0x1000 | 0x40000 | 0x400000
_EOCD = b"PK\x05\x06"  # a zip's last record: a file without it near its end is not all there yet


def numbered_name(device: str, seq: int, kind: str) -> str:
    return f"{PREFIX}{device}.{seq:06d}.{kind}{SUFFIX}"


def legacy_name(device: str) -> str:
    return f"{PREFIX}{device}{SUFFIX}"


@dataclass
class DeviceFiles:
    """One device's files in the folder."""

    legacy: Path | None = None
    full: dict[int, Path] = field(default_factory=dict)  # sequence number -> snapshot
    changes: dict[int, Path] = field(default_factory=dict)  # sequence number -> change file

    @property
    def numbered(self) -> bool:
        return bool(self.full or self.changes)

    def to_read(self, read_upto: int) -> list[tuple[int, Path]]:
        """The files to read after file `read_upto`, in order: the change files that follow
        it without a gap; where one is missing (compacted away, or not arrived yet), the
        newest snapshot past it, then the change files after that. A file that has not
        arrived is read in a later sync."""
        out: list[tuple[int, Path]] = []
        at = read_upto
        newest = max(self.full, default=0)
        if newest > at and any(n not in self.changes for n in range(at + 1, newest + 1)):
            out.append((newest, self.full[newest]))
            at = newest
        while at + 1 in self.changes:
            at += 1
            out.append((at, self.changes[at]))
        return out


@dataclass
class FolderFiles:
    peers: dict[str, DeviceFiles] = field(default_factory=dict)  # other devices' files by device id
    own: DeviceFiles = field(default_factory=DeviceFiles)  # this device's
    away: list[tuple[str, FasilitaattoriError]] = field(default_factory=list)  # online only: not read


def online_only(status: os.stat_result) -> bool:
    """Whether a cloud service keeps the file online only (Windows' attributes for it)."""
    return bool(getattr(status, "st_file_attributes", 0) & _ONLINE_ONLY_ATTRIBUTES)


def scan(folder: Path, device_id: str) -> FolderFiles:
    """Every device's files in the folder, by name only (nothing is opened)."""
    found = FolderFiles()
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise FasilitaattoriError("The sync folder {path} cannot be read: {reason}.", path=str(folder),
                                  reason=exc.strerror or str(exc)) from None
    for path in entries:
        placeholder = _ICLOUD.match(path.name)
        name = placeholder.group(1) if placeholder else path.name
        numbered, legacy = NUMBERED.match(name), LEGACY.match(name)
        match = numbered or legacy
        if match is None:
            continue
        device = match.group(1)
        if device != device_id and (placeholder or (path.is_file() and online_only(path.stat()))):
            found.away.append((name, FasilitaattoriError(
                "The file {name} is kept online only by the cloud service, so it was not read; set the "
                "sync folder to be always kept on this device.", name=name)))
            continue
        if placeholder or not path.is_file():
            continue
        files = found.own if device == device_id else found.peers.setdefault(device, DeviceFiles())
        if numbered is not None:
            seq = int(numbered.group(2))
            (files.full if numbered.group(3) == FULL else files.changes)[seq] = path
        else:
            files.legacy = path
    return found


def settled_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None while it is still being written (its size or time changes
    while it is read, or a plain bundle lacks its zip's end): a later sync reads it."""
    try:
        before = path.stat()
        with path.open("rb") as fh:
            data = fh.read(before.st_size + 1)
        after = path.stat()
    except FileNotFoundError:
        return None  # removed (compacted by its writer) since the folder was listed
    except OSError as exc:
        raise FasilitaattoriError("The file {name} cannot be read: {reason}.", name=path.name,
                                  reason=exc.strerror or str(exc)) from None
    if (len(data), before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(data) != before.st_size:
        return None
    if data.startswith(b"PK") and _EOCD not in data[-65_557:]:  # 22-byte record + longest comment
        return None
    return data
