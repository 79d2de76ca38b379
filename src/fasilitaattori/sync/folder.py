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

from ..core.workbench import Workbench
from ..errors import FasilitaattoriError, ValidationError
from ..store.models import SyncPeer
from .export import export_bundle
from .importer import ImportResult, apply_bundle, log_export
from .reader import open_bundle_bytes, read_file_bytes

FOLDER_KEY = "sync_folder"
PREFIX = "fasilitaattori-"
_NAME = re.compile(r"^fasilitaattori-([0-9A-Za-z_-]{1,64})\.fasi$")


@dataclass
class SyncReport:
    written: Path
    imported: list[tuple[str, ImportResult]] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # file name, the sentence why


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
    if not folder.is_dir():
        raise ValidationError("The sync folder {path} does not exist or is not a folder.", path=str(folder))
    if not os.access(folder, os.W_OK):
        raise ValidationError("Fasilitaattori cannot write in the sync folder {path}.", path=str(folder))
    wb.set_setting(FOLDER_KEY, str(folder.resolve()))


def peer_files(wb: Workbench, folder: Path) -> list[tuple[str, Path]]:
    """Other devices' bundles in the folder, as (device id, path)."""
    found = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise FasilitaattoriError("The sync folder {path} cannot be read: {reason}.", path=str(folder),
                                  reason=exc.strerror or str(exc)) from None
    for path in entries:
        match = _NAME.match(path.name)
        if match and match.group(1) != wb.device_id and path.is_file():
            found.append((match.group(1), path))
    return found


def sync_now(wb: Workbench, passphrase: str | None = None, folder: Path | None = None) -> SyncReport:
    """Import every other device's changed bundle, then write this device's own bundle."""
    folder = folder or sync_folder(wb)
    if folder is None:
        raise ValidationError("Choose a sync folder first.")
    if not folder.is_dir():
        raise ValidationError("The sync folder {path} is not available; is the drive connected?", path=str(folder))
    with wb.store.read() as session:
        seen = {p.device_id: p.bundle_sha256 for p in session.query(SyncPeer)}
    imported: list[tuple[str, ImportResult]] = []
    failed: list[tuple[str, str]] = []
    unchanged = 0
    for device, path in peer_files(wb, folder):
        try:
            data = read_file_bytes(path)
            if seen.get(device) == hashlib.sha256(data).hexdigest():
                unchanged += 1
                continue
            bundle = open_bundle_bytes(data, passphrase, name=path.name)
            try:
                if bundle.device_id != device:
                    raise ValidationError("The file {name} holds another device's bundle.", name=path.name)
                imported.append((path.name, apply_bundle(wb, bundle, path.name, action="sync")))
            finally:
                bundle.close()
        except FasilitaattoriError as exc:
            failed.append((path.name, exc.message))
    target = own_file(wb, folder)
    result = export_bundle(wb, target, passphrase=passphrase)
    log_export(wb, target, result.counts, action="sync")
    return SyncReport(target, imported, unchanged, failed)
