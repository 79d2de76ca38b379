"""Reading an untrusted bundle's archive and manifest: every check happens before anything
touches the store.

No name from the archive is ever used as a file path: members are looked up by the few names
the format allows. Sizes are bounded before decompressing and every member's checksum is
compared with the manifest; the rows are decoded and checked by `rows`, a block at a time, as
`Bundle.chunks` reads them. Any problem is one sentence in a `BundleError`.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.clock import CLOCK_VALUE
from . import local_rows
from .ahead import read_ahead
from .bundle_error import BundleError
from .crypto import decrypt, is_encrypted
from .format import (
    COMPACT_CLOCKS_FROM,
    DEVICE_ID,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PHOTO_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    PHOTOS_PREFIX,
    ROWS_PREFIX,
    ROWS_SUFFIX,
    SCHEMA,
    SHA256,
    rows_member,
)
from .local_rows import LocalRows
from .rows import Chunk, Row, RowCheck, check_clocks, header

# Also the names other modules imported from here before the row check had a module of its own.
__all__ = ["Bundle", "BundleError", "Chunk", "Row", "RowCheck", "check_clocks", "open_bundle_bytes", "open_bundle_file",
           "read_file_bytes"]

# Bytes of rows read, parsed and checked at a time. Parsing one holds Python's lock: small
# blocks keep the merge's thread (`staging`) from waiting long for it.
_BLOCK = 1024 * 1024
MAX_FILE_BYTES = 1024 * 1024 * 1024


MAX_AHEAD_MS = 7 * 24 * 3600 * 1000  # a bundle's clock this far ahead of this computer's is refused


@dataclass
class Bundle:
    """A checked bundle: its manifest, rows per entity (columns in schema order) and photos."""

    manifest: dict[str, Any]
    members: dict[str, zipfile.ZipInfo]  # rows members, read one at a time
    sha256: str
    photo_names: dict[str, str] = field(default_factory=dict)  # sha256 -> member name
    _zip: zipfile.ZipFile | None = None
    _erasures: list[Row] | None = None

    @property
    def version(self) -> int:
        return int(self.manifest["version"])

    @property
    def clock_limit(self) -> str:
        """The wall time and counter no row clock may pass: the bundle's own clock (every
        clock in it is at most that), or for a bundle without one, a week from now."""
        clock = self.manifest.get("clock")
        if isinstance(clock, str):
            return clock[:18]
        return f"{time.time_ns() // 1_000_000 + MAX_AHEAD_MS:013d}.9999"

    def rows(self, entity: str) -> list[Row]:
        """All checked rows of `entity` (for the small entities; big ones go by `chunks`)."""
        if entity == "erasure" and self._erasures is not None:
            return self._erasures
        rows = [row for chunk in self.chunks(entity) for row in chunk.rows]
        if entity == "erasure":
            self._erasures = rows
        return rows

    def chunks(self, entity: str, *, defer_clocks: bool = False,
               same: LocalRows | None = None) -> Iterator[Chunk]:
        """The checked rows of `entity`, a few megabytes at a time, so a decade of notes is
        never in memory at once. With `defer_clocks` the field clocks are left for
        `check_clocks`, so a caller can skip the ones equal to its own. `same` holds the rows
        the caller has, as JSON text: a line equal to one of them is that row, valid by
        construction, and is only counted. A line not among the rows loaded so far waits until
        all are, and is compared again; the rest are parsed. A problem anywhere,
        the checksum at the end included, raises `BundleError`; a caller writing rows as they
        come does so inside a transaction that the error rolls back."""
        if entity == "erasure" and self._erasures is not None:
            yield Chunk(0, self._erasures)
            return
        name = rows_member(entity, self.version)
        info = self.members.get(name)
        if info is None or self._zip is None:
            return
        expect = self.manifest["members"][name]
        if self.version < COMPACT_CLOCKS_FROM:  # clocks as JSON maps, converted once checked
            defer_clocks, same = False, None  # no line equals a row of this store's
        check = RowCheck(entity, defer_clocks, self.version, self.clock_limit)
        count = 0
        if self.version == 1:
            data = _read_member(self._zip, info, MAX_MEMBER_BYTES)
            if len(data) != expect["size"] or hashlib.sha256(data).hexdigest() != expect["sha256"]:
                raise BundleError("The bundle is damaged: the checksum of {member} does not match.", member=name)
            rows = check.document(data)
            del data
            count = len(rows)
            yield Chunk(0, rows)
        else:
            headed = False
            waiting = local_rows.Waiting()
            # Unpacking and hashing release Python's lock: a second thread does them ahead.
            for block in read_ahead(_line_blocks(self._zip, info, expect, name), _AHEAD, "unpack-bundle"):
                if not headed:
                    head, _, block = block.partition(b"\n")
                    check.columns, headed = header(entity, head), True
                    if not block:
                        continue
                if same is not None and check.exact:
                    ids = same.in_order(block)
                    if ids is not None:
                        yield local_rows.counted(entity, ids, count, check)
                        count += len(ids)
                        continue
                    lines = block.split(b"\n")
                    del block
                    known, complete = same.mapped(count + len(lines))
                    if complete and waiting.lines:
                        yield waiting.compared(entity, known, check)
                    yield local_rows.known_lines(entity, lines, range(count, count + len(lines)), known, check,
                                       None if complete else waiting)
                    count += len(lines)
                    continue
                rows = check.parse(block, count)
                del block
                yield Chunk(count, rows)
                count += len(rows)
            if waiting.lines and same is not None:
                yield waiting.compared(entity, same.mapped(sys.maxsize)[0], check)
            if not headed:
                raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
        counts = self.manifest.get("counts", {})
        if isinstance(counts, dict) and entity in counts and counts[entity] != count:
            raise BundleError("The bundle is damaged: the manifest counts {count} {entity} rows but "
                              "there are {found}.", count=counts[entity], entity=entity, found=count)

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])

    @property
    def whole_store(self) -> bool:
        return bool(self.manifest["scope"].get("kind") == "all")

    @property
    def pseudonymised(self) -> bool:
        return bool(self.manifest.get("pseudonymised"))

    def photo_bytes(self, digest: str) -> bytes | None:
        name = self.photo_names.get(digest)
        if name is None or self._zip is None:
            return None
        return _read_member(self._zip, self._zip.getinfo(name), MAX_PHOTO_BYTES)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None


def _short(name: str) -> str:
    return name if len(name) <= 60 else name[:57] + "…"


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Decompress one member, stopping once it is larger than it may be (lying headers too)."""
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise BundleError("The bundle is damaged: the part {member} cannot be unpacked ({reason}).",
                          member=_short(info.filename), reason=str(exc) or type(exc).__name__) from None
    except Exception:  # noqa: BLE001 - zlib and friends raise their own types on hostile data
        raise BundleError("The bundle is damaged: the part {member} cannot be unpacked.",
                          member=_short(info.filename)) from None
    if len(data) > limit:
        raise BundleError("The bundle's part {member} is larger than allowed.", member=_short(info.filename))
    return data


def read_file_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError("The file {name} is too large to be a bundle.", name=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError("The file {name} cannot be read: {reason}.", name=path.name,
                          reason=exc.strerror or str(exc)) from None
    if len(data) != size:  # a sync service or another program is still writing it
        raise BundleError("The file {name} is still being written; sync again in a moment.", name=path.name)
    return data


def open_bundle_file(path: Path, passphrase: str | None = None) -> Bundle:
    return open_bundle_bytes(read_file_bytes(path), passphrase, name=path.name)


def open_bundle_bytes(data: bytes, passphrase: str | None = None, name: str = "bundle") -> Bundle:
    digest = hashlib.sha256(data).hexdigest()
    if is_encrypted(data[:16]):
        data = decrypt(data, passphrase)
    if not data.startswith(b"PK"):
        raise BundleError("The file {name} is not a Fasilitaattori bundle.", name=name)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception:  # noqa: BLE001 - any parse failure of a hostile archive is the same sentence
        raise BundleError("The file {name} is damaged or is not a Fasilitaattori bundle.", name=name) from None
    try:
        bundle = _check(zf, infos, digest)
    except BaseException:
        zf.close()
        raise
    return bundle


def _check(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], digest: str) -> Bundle:
    if len(infos) > MAX_MEMBERS:
        raise BundleError("The bundle has too many parts ({count}).", count=len(infos))
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        member = info.filename
        if member in by_name:
            raise BundleError("The bundle contains the part {member} twice.", member=_short(member))
        allowed = (member == MANIFEST or _rows_suffix(member) is not None
                   or (member.startswith(PHOTOS_PREFIX)
                       and SHA256.fullmatch(member[len(PHOTOS_PREFIX):]) is not None))
        if not allowed:
            raise BundleError("The bundle contains an unexpected part {member}; it was not made by "
                              "Fasilitaattori or has been altered.", member=_short(member))
        if info.flag_bits & 0x1:
            raise BundleError("The bundle's part {member} is encrypted with zip encryption, which "
                              "Fasilitaattori does not use.", member=_short(member))
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError("The bundle's part {member} is larger than allowed.", member=_short(member))
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleError("The bundle's part {member} unpacks to an implausible size; it looks like "
                              "a zip bomb.", member=_short(member))
        total += info.file_size
        by_name[member] = info
    if total > MAX_TOTAL_BYTES:
        raise BundleError("The bundle unpacks to more than allowed.")
    if MANIFEST not in by_name:
        raise BundleError("The file is not a Fasilitaattori bundle: it has no manifest.")
    manifest = _manifest(_read_member(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES))
    listed: dict[str, Any] = manifest["members"]
    for member in by_name:
        suffix = _rows_suffix(member)
        if suffix is not None and suffix != ROWS_SUFFIX[manifest["version"]]:
            raise BundleError("The bundle contains an unexpected part {member}; it was not made by "
                              "Fasilitaattori or has been altered.", member=_short(member))
        if member != MANIFEST and member not in listed:
            raise BundleError("The bundle's part {member} is not listed in its manifest.", member=_short(member))
    for member in listed:
        if member not in by_name:
            raise BundleError("The bundle is incomplete: the part {member} is missing.", member=_short(member))
    photos: dict[str, str] = {}
    rows: dict[str, zipfile.ZipInfo] = {}
    for member, info in by_name.items():
        if member == MANIFEST:
            continue
        if not member.startswith(PHOTOS_PREFIX):
            rows[member] = info
            continue
        expect = listed[member]
        data = _read_member(zf, info, MAX_PHOTO_BYTES)
        if len(data) != expect["size"] or hashlib.sha256(data).hexdigest() != expect["sha256"]:
            raise BundleError("The bundle is damaged: the checksum of {member} does not match.",
                              member=_short(member))
        if hashlib.sha256(data).hexdigest() != member[len(PHOTOS_PREFIX):]:
            raise BundleError("The bundle is damaged: the photo {member} does not match its name.",
                              member=_short(member))
        photos[member[len(PHOTOS_PREFIX):]] = member
    return Bundle(manifest, rows, digest, photos, zf)


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("The bundle's manifest is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError("The file is not a Fasilitaattori bundle: its manifest is of another kind.")
    version = manifest.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BundleError("The bundle's manifest has no valid format version.")
    if version > FORMAT_VERSION:
        raise BundleError("This bundle was made by a newer version of Fasilitaattori (format {version}); "
                          "update the app to import it.", version=version)
    device = manifest.get("device_id")
    if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
        raise BundleError("The bundle's manifest does not name a valid device.")
    scope = manifest.get("scope")
    if not isinstance(scope, dict) or scope.get("kind") not in ("all", "project"):
        raise BundleError("The bundle's manifest has no valid scope.")
    if not isinstance(manifest.get("pseudonymised", False), bool):
        raise BundleError("The bundle's manifest is invalid: 'pseudonymised' must be true or false.")
    clock = manifest.get("clock")
    if clock is not None and not (isinstance(clock, str) and CLOCK_VALUE.fullmatch(clock)):
        raise BundleError("The bundle's manifest has an invalid clock value.")
    if isinstance(clock, str) and int(clock[:13]) > time.time_ns() // 1_000_000 + MAX_AHEAD_MS:
        raise BundleError("The bundle was made on a computer whose clock is more than a week ahead of this "
                          "one's; check the date and time of the other laptop, then export the bundle again.")
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise BundleError("The bundle's manifest does not list its parts.")
    for member, entry in members.items():
        if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
                or not SHA256.fullmatch(entry["sha256"]) or isinstance(entry.get("size"), bool)
                or not isinstance(entry.get("size"), int)):
            raise BundleError("The bundle's manifest has an invalid entry for {member}.", member=_short(str(member)))
    return manifest


def _rows_suffix(member: str) -> str | None:
    """The suffix of `member` if it is a rows member of some format version (see `ROWS_SUFFIX`)."""
    if not member.startswith(ROWS_PREFIX):
        return None
    for suffix in set(ROWS_SUFFIX.values()):
        if member.endswith(suffix) and member[len(ROWS_PREFIX):-len(suffix)] in SCHEMA:
            return suffix
    return None


def _line_blocks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, expect: dict[str, Any], name: str) -> Iterator[bytes]:
    """Decompress a member a block at a time and yield runs of complete lines (without their
    last newline). The size and checksum are compared at the end."""
    digest = hashlib.sha256()
    size = 0
    parts: list[bytes] = []
    try:
        fh = zf.open(info)
    except Exception:  # noqa: BLE001 - any failure to open a hostile member is the same sentence
        raise BundleError("The bundle is damaged: the part {member} cannot be unpacked.", member=_short(name)) from None
    with fh:
        while True:
            try:
                data = fh.read(_BLOCK)
            except Exception as exc:  # noqa: BLE001 - zlib and zipfile raise their own types on hostile data
                raise BundleError("The bundle is damaged: the part {member} cannot be unpacked ({reason}).",
                                  member=_short(name), reason=str(exc) or type(exc).__name__) from None
            if not data:
                break
            size += len(data)
            if size > MAX_MEMBER_BYTES:
                raise BundleError("The bundle's part {member} is larger than allowed.", member=_short(name))
            digest.update(data)
            cut = data.rfind(b"\n")
            if cut < 0:
                parts.append(data)
                continue
            parts.append(data[:cut])
            yield b"".join(parts)
            parts = [data[cut + 1:]]
    if size != expect["size"] or digest.hexdigest() != expect["sha256"]:
        raise BundleError("The bundle is damaged: the checksum of {member} does not match.", member=_short(name))
    rest = b"".join(parts)
    if rest:
        yield rest


_AHEAD = 8  # blocks unpacked ahead of their use
