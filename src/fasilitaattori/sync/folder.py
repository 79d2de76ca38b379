"""The sync folder: a folder some other program carries between devices (USB stick, network
share, Nextcloud, OneDrive, Syncthing). Each device writes only its own files there, under
its own id, atomically: a snapshot of its store now and then, and between snapshots small
change files (`changes.py`, `folder_files.py`). It reads the other devices' files it has not
read yet. No two devices ever write the same file, so the program that moves the files never
sees a conflict.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.workbench import Workbench
from ..errors import FasilitaattoriError, ValidationError
from ..files import check_data_dir
from ..store.models import SyncPeer
from .changes import check_own, files_manifest, own_files, read_marks, save_marks, write_own
from .crypto import PassphraseError, WrongPassphraseError, decrypt, is_encrypted
from .folder_files import (
    FULL,
    DeviceFiles,
    FolderFiles,
    numbered_name,
    scan,
    settled_bytes,
)
from .importer import ImportCancelled, ImportResult, apply_bundle, log_export
from .merge import Progress, expected_rows
from .reader import MAX_FILE_BYTES, Bundle, BundleError, open_bundle_bytes

FOLDER_KEY = "sync_folder"
ENCRYPTED_KEY = "sync_encrypted"  # this device writes its sync bundle encrypted
AUTOMATIC_KEY = "sync_on_start_and_close"


@dataclass
class SyncReport:
    written: Path | None  # this device's new file; None when nothing changed since its last one
    imported: list[tuple[str, ImportResult]] = field(default_factory=list)  # file name, what it did
    unchanged: int = 0  # other devices with nothing new
    failed: list[tuple[str, FasilitaattoriError]] = field(default_factory=list)  # file name, why


class SyncCancelled(ImportCancelled):
    """The user stopped a sync after other devices' bundles had been imported: those imports
    stay (each was its own transaction), the one under way was rolled back, and this device's
    bundle was not written."""

    def __init__(self, template: str, imported: list[tuple[str, ImportResult]], **params: Any) -> None:
        super().__init__(template, **params)
        self.imported = imported


def own_file(wb: Workbench, folder: Path) -> Path:
    """This device's newest snapshot in the folder, or where its first one goes."""
    state = own_files(wb)
    if state.folder == str(folder) and state.full:
        return folder / numbered_name(wb.device_id, state.full, FULL)
    return folder / numbered_name(wb.device_id, state.seq + 1, FULL)


def sync_folder(wb: Workbench) -> Path | None:
    value = wb.setting(FOLDER_KEY)
    return Path(value) if isinstance(value, str) and value else None


def set_sync_folder(wb: Workbench, folder: Path | None) -> None:
    if folder is None:
        wb.set_setting(FOLDER_KEY, "")
        return
    folder = folder.expanduser()
    check_data_dir(folder)
    if not folder.is_dir():
        raise ValidationError("The sync folder {path} does not exist or is not a folder.", path=str(folder))
    if not os.access(folder, os.W_OK):
        raise ValidationError("Fasilitaattori cannot write in the sync folder {path}.", path=str(folder))
    wb.set_setting(FOLDER_KEY, str(folder.resolve()))


def sync_automatically(wb: Workbench) -> bool:
    """Whether the app syncs with the folder when it starts and when it closes."""
    return wb.setting(AUTOMATIC_KEY) is True


def set_sync_automatically(wb: Workbench, on: bool) -> None:
    wb.set_setting(AUTOMATIC_KEY, bool(on))


def sync_encrypted(wb: Workbench) -> bool:
    return wb.setting(ENCRYPTED_KEY) is True


def set_sync_encrypted(wb: Workbench, on: bool) -> None:
    """Whether this device's bundle in the sync folder is encrypted. The passphrase itself is
    never stored: the app asks for it once per session, the command line reads it from a file."""
    wb.set_setting(ENCRYPTED_KEY, bool(on))


def _paths(files: DeviceFiles) -> list[Path]:
    return [*([files.legacy] if files.legacy else []), *files.full.values(), *files.changes.values()]


def needs_passphrase(wb: Workbench, folder: Path | None = None) -> bool:
    """True when syncing needs a passphrase: this device encrypts, or another device's file
    in the folder is encrypted."""
    if sync_encrypted(wb):
        return True
    folder = folder or sync_folder(wb)
    if folder is None or not folder.is_dir():
        return False
    return any(_encrypted(path) for _device, path in peer_files(wb, folder))


def _encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return is_encrypted(fh.read(16))
    except OSError:
        return False


def peer_files(wb: Workbench, folder: Path) -> list[tuple[str, Path]]:
    """Other devices' files in the folder, as (device id, path)."""
    return [(device, path) for device, files in sorted(scan(folder, wb.device_id).peers.items())
            for path in _paths(files)]


class _Overall:
    """One progress over all the bundles a sync imports, rather than one per bundle."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.before = 0  # rows of the bundles already imported

    def step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(self.before + done, max(self.total, self.before + total))

    def next(self, rows: int) -> None:
        self.before += rows


@dataclass
class _Opened:
    device: str
    seq: int | None  # None: a version 3 device's one bundle
    path: Path
    bundle: Bundle


class _Reading:
    """Opening the files a sync reads, before anything is imported."""

    def __init__(self, passphrase: str | None) -> None:
        self.passphrase = passphrase
        self.opened: list[_Opened] = []
        self.failed: list[tuple[str, FasilitaattoriError]] = []
        self.verified = False  # the passphrase opened another device's file
        self.unchanged = 0  # devices with nothing new
        self.undecided: list[Path] = []  # encrypted files the passphrase did not open

    def open(self, device: str, seq: int | None, path: Path, seen: str | None = None) -> bool:
        """Open one file; False when it cannot be read now (still arriving, or broken)."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise BundleError("The file {name} is too large to be a bundle.", name=path.name)
            data = settled_bytes(path)
            if data is None:
                return False  # still being written: read in a later sync
            if seen == hashlib.sha256(data).hexdigest():
                self.verify(data)
                return False
            bundle = open_bundle_bytes(data, self.passphrase, name=path.name)
            self.verified = self.verified or is_encrypted(data[:16])
        except WrongPassphraseError:
            # Wrong, or the file has not all arrived: told apart by the others (`settle`).
            self.undecided.append(path)
            return False
        except FileNotFoundError:
            return False
        except FasilitaattoriError as exc:
            self.failed.append((path.name, exc))
            return False
        self.opened.append(_Opened(device, seq, path, bundle))
        return True

    def verify(self, data: bytes) -> None:
        """An encrypted file not read still tells a wrong passphrase, before this device
        writes a file the others cannot open."""
        if self.passphrase and not self.verified and is_encrypted(data[:16]):
            try:
                decrypt(data, self.passphrase)
            except WrongPassphraseError:
                raise
            except FasilitaattoriError:
                return  # a damaged file says nothing about the passphrase
            self.verified = True

    def settle(self, peers: Iterable[DeviceFiles]) -> None:
        """A passphrase that opens another device's file was right, and a file it does not
        open is still arriving (read in a later sync); one that opens none is wrong."""
        if self.passphrase and not self.verified:
            candidates = sorted((p for files in peers for p in _paths(files)
                                 if p not in self.undecided and _encrypted(p)), key=lambda p: p.stat().st_size)
            for path in candidates[:1]:
                data = settled_bytes(path)
                if data is not None:
                    try:
                        self.verify(data)
                    except WrongPassphraseError:
                        self.undecided.append(path)
        if self.undecided and not self.verified:
            raise WrongPassphraseError("The passphrase does not open {name}; nothing was synced.",
                                       name=self.undecided[0].name)

    def close(self) -> None:
        for item in self.opened:
            item.bundle.close()


def _check_file(item: _Opened) -> None:
    if item.bundle.device_id != item.device:
        raise ValidationError("The file {name} holds another device's bundle.", name=item.path.name)
    files = files_manifest(item.bundle.manifest)
    if item.seq is not None and files is not None and files.get("seq") != item.seq:
        raise ValidationError("The file {name} holds another of that device's files.", name=item.path.name)


def sync_now(wb: Workbench, passphrase: str | None = None, folder: Path | None = None,
             progress: Progress | None = None) -> SyncReport:
    """Import the other devices' files not read yet, then write this device's own file.

    A passphrase that does not open another device's encrypted file stops the sync before
    anything is imported or written, so this device never writes a file the others cannot
    open. `progress` hears of each import as it goes (see `apply_bundle`); cancelling one stops
    the sync with that import rolled back and those before it kept."""
    folder = folder or sync_folder(wb)
    if folder is None:
        raise ValidationError("Choose a sync folder first.")
    if not folder.is_dir():
        raise ValidationError("The sync folder {path} is not available; is the drive connected?", path=str(folder))
    if sync_encrypted(wb) and not passphrase:
        raise PassphraseError("This device's sync bundles are encrypted; give the passphrase to sync.")
    found = scan(folder, wb.device_id)
    check_own(wb, folder, found.own)
    with wb.store.read() as session:
        seen = {p.device_id: p.bundle_sha256 for p in session.query(SyncPeer)}
    marks = read_marks(wb)
    read_before = dict(marks)
    reading = _Reading(passphrase)
    try:
        imported = _read_and_import(wb, found, marks, seen, reading, progress)
        written = write_own(wb, folder, found.own, passphrase if passphrase else None)
    finally:
        if marks != read_before:
            # Saved once, at the end: a write right after a large import would wait for the
            # work it left to the background, which writing this device's file need not.
            save_marks(wb, marks)
    if written is not None:
        log_export(wb, written[0], written[1], action="sync")
    return SyncReport(written[0] if written else None, imported, reading.unchanged,
                      [*found.away, *reading.failed])


def _read_and_import(wb: Workbench, found: FolderFiles, marks: dict[str, int], seen: dict[str, str],
                     reading: _Reading, progress: Progress | None) -> list[tuple[str, ImportResult]]:
    """Open every file to read, then import them one by one, noting in `marks` each
    device's last file read. A device's file that fails stops its files after it."""
    imported: list[tuple[str, ImportResult]] = []
    try:
        for device, files in sorted(found.peers.items()):
            before = len(reading.opened), len(reading.failed)
            if files.numbered:
                for seq, path in files.to_read(marks.get(device, 0)):
                    if not reading.open(device, seq, path):
                        break  # the files after it wait for it
            elif files.legacy is not None:
                reading.open(device, None, files.legacy, seen.get(device))
            if (len(reading.opened), len(reading.failed)) == before:
                reading.unchanged += 1
        reading.settle(found.peers.values())
        overall = _Overall(progress, sum(expected_rows(item.bundle) for item in reading.opened))
        stopped: set[str] = set()
        point: Path | None = None  # one restore point for the whole Sync now, made by its first change
        for item in reading.opened:
            if item.device in stopped:
                continue
            try:
                _check_file(item)
                result = apply_bundle(wb, item.bundle, item.path.name, action="sync",
                                      progress=overall.step if progress else None, round_point=point)
                imported.append((item.path.name, result))
                point = point or result.restore_point
                if item.seq is not None:
                    marks[item.device] = item.seq
            except ImportCancelled:
                if imported:
                    raise SyncCancelled("The sync was cancelled. What came in from {files} was kept; the rest "
                                        "was not imported, and this device's bundle was not written.", imported,
                                        files=", ".join(name for name, _result in imported)) from None
                raise
            except FasilitaattoriError as exc:
                reading.failed.append((item.path.name, exc))
                stopped.add(item.device)
            overall.next(expected_rows(item.bundle))
    finally:
        reading.close()
    return imported
