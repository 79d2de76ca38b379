"""The sync folder: a folder some other program carries between devices (USB stick, network
share, Nextcloud, OneDrive, Syncthing). Each device writes only its own bundle there,
`fasilitaattori-<device id>.fasi`, atomically, and imports the other devices' bundles that
changed since it last read them. No two devices ever write the same file, so the program
that moves the files never sees a conflict.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.workbench import Workbench
from ..errors import FasilitaattoriError, ValidationError
from ..files import check_data_dir
from ..store.models import SyncPeer
from .crypto import PassphraseError, WrongPassphraseError, decrypt, is_encrypted
from .export import export_bundle
from .importer import ImportCancelled, ImportResult, apply_bundle, log_export
from .merge import Progress, expected_rows
from .reader import Bundle, open_bundle_bytes, read_file_bytes

FOLDER_KEY = "sync_folder"
ENCRYPTED_KEY = "sync_encrypted"  # this device writes its sync bundle encrypted
AUTOMATIC_KEY = "sync_on_start_and_close"
PREFIX = "fasilitaattori-"
_NAME = re.compile(r"^fasilitaattori-([0-9A-Za-z_-]{1,64})\.fasi$")
# macOS iCloud Drive leaves ".name.icloud" in place of a file it keeps online only.
_ICLOUD = re.compile(r"^\.(fasilitaattori-[0-9A-Za-z_-]{1,64}\.fasi)\.icloud$")
# Windows marks a file that OneDrive and other cloud services keep online only: offline, recall
# on open, recall on data access. Reading one would start a download, or fail half-way offline.
_ONLINE_ONLY_ATTRIBUTES = 0x1000 | 0x40000 | 0x400000


@dataclass
class SyncReport:
    written: Path
    imported: list[tuple[str, ImportResult]] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, FasilitaattoriError]] = field(default_factory=list)  # file name, why


class SyncCancelled(ImportCancelled):
    """The user stopped a sync after other devices' bundles had been imported: those imports
    stay (each was its own transaction), the one under way was rolled back, and this device's
    bundle was not written."""

    def __init__(self, template: str, imported: list[tuple[str, ImportResult]], **params: Any) -> None:
        super().__init__(template, **params)
        self.imported = imported


def own_file(wb: Workbench, folder: Path) -> Path:
    return folder / f"{PREFIX}{wb.device_id}.fasi"


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


def needs_passphrase(wb: Workbench, folder: Path | None = None) -> bool:
    """True when syncing needs a passphrase: this device encrypts, or another device's bundle
    in the folder is encrypted."""
    if sync_encrypted(wb):
        return True
    folder = folder or sync_folder(wb)
    if folder is None or not folder.is_dir():
        return False
    for _device, path in peer_files(wb, folder):
        try:
            with path.open("rb") as fh:
                if is_encrypted(fh.read(16)):
                    return True
        except OSError:
            continue
    return False


def peer_files(wb: Workbench, folder: Path) -> list[tuple[str, Path]]:
    """Other devices' bundles in the folder, as (device id, path)."""
    return _scan(wb, folder)[0]


def online_only(status: os.stat_result) -> bool:
    """Whether a cloud service keeps the file online only (Windows' attributes for it)."""
    return bool(getattr(status, "st_file_attributes", 0) & _ONLINE_ONLY_ATTRIBUTES)


def _scan(wb: Workbench, folder: Path) -> tuple[list[tuple[str, Path]], list[tuple[str, FasilitaattoriError]]]:
    """Other devices' bundles on this disk, and the ones a cloud service keeps online only."""
    found, away = [], []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise FasilitaattoriError("The sync folder {path} cannot be read: {reason}.", path=str(folder),
                                  reason=exc.strerror or str(exc)) from None
    for path in entries:
        placeholder = _ICLOUD.match(path.name)
        match = _NAME.match(placeholder.group(1) if placeholder else path.name)
        if not match or match.group(1) == wb.device_id:
            continue
        if placeholder or (path.is_file() and online_only(path.stat())):
            name = match.group(0)
            away.append((name, FasilitaattoriError(
                "The file {name} is kept online only by the cloud service, so it was not read; set the "
                "sync folder to be always kept on this device.", name=name)))
        elif path.is_file():
            found.append((match.group(1), path))
    return found, away


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


def sync_now(wb: Workbench, passphrase: str | None = None, folder: Path | None = None,
             progress: Progress | None = None) -> SyncReport:
    """Import every other device's changed bundle, then write this device's own bundle.

    A passphrase that does not open another device's encrypted bundle stops the sync before
    anything is imported or written, so this device never writes a bundle the others cannot
    open. `progress` hears of each import as it goes (see `apply_bundle`); cancelling one stops
    the sync with that import rolled back and those before it kept."""
    folder = folder or sync_folder(wb)
    if folder is None:
        raise ValidationError("Choose a sync folder first.")
    if not folder.is_dir():
        raise ValidationError("The sync folder {path} is not available; is the drive connected?", path=str(folder))
    if sync_encrypted(wb) and not passphrase:
        raise PassphraseError("This device's sync bundles are encrypted; give the passphrase to sync.")
    with wb.store.read() as session:
        seen = {p.device_id: p.bundle_sha256 for p in session.query(SyncPeer)}
    opened: list[tuple[str, Path, Bundle]] = []
    peers, failed = _scan(wb, folder)
    unchanged = 0
    verified = False  # the passphrase opened another device's bundle
    try:
        for device, path in peers:
            try:
                data = read_file_bytes(path)
                if seen.get(device) == hashlib.sha256(data).hexdigest():
                    unchanged += 1
                    if passphrase and not verified and is_encrypted(data[:16]):
                        decrypt(data, passphrase)  # unchanged, but it still tells a wrong passphrase
                        verified = True
                    continue
                opened.append((device, path, open_bundle_bytes(data, passphrase, name=path.name)))
                verified = verified or is_encrypted(data[:16])
            except WrongPassphraseError as exc:
                raise WrongPassphraseError("The passphrase does not open {name}; nothing was synced.",
                                           name=path.name) from exc
            except FasilitaattoriError as exc:
                failed.append((path.name, exc))
        imported: list[tuple[str, ImportResult]] = []
        overall = _Overall(progress, sum(expected_rows(bundle) for _device, _path, bundle in opened))
        for device, path, bundle in opened:
            try:
                if bundle.device_id != device:
                    raise ValidationError("The file {name} holds another device's bundle.", name=path.name)
                imported.append((path.name, apply_bundle(wb, bundle, path.name, action="sync",
                                                         progress=overall.step if progress else None)))
            except ImportCancelled:
                if imported:
                    raise SyncCancelled("The sync was cancelled. What came in from {files} was kept; the rest "
                                        "was not imported, and this device's bundle was not written.", imported,
                                        files=", ".join(name for name, _result in imported)) from None
                raise
            except FasilitaattoriError as exc:
                failed.append((path.name, exc))
            overall.next(expected_rows(bundle))
    finally:
        for _device, _path, bundle in opened:
            bundle.close()
    target = own_file(wb, folder)
    result = export_bundle(wb, target, passphrase=passphrase if passphrase else None)
    log_export(wb, target, result.counts, action="sync")
    return SyncReport(target, imported, unchanged, failed)
