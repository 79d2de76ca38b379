"""Reading an untrusted bundle: every check happens here, before anything touches the store.

No name from the archive is ever used as a file path: members are looked up by the few names
the format allows. Sizes are bounded before decompressing, every member's checksum is
compared with the manifest, and every row is checked against the schema. Any problem is one
sentence in a `BundleError`.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import msgspec

from ..core.clock import CLOCK_VALUE
from ..errors import FasilitaattoriError
from .ahead import read_ahead
from .crypto import decrypt, is_encrypted
from .format import (
    ADDED_LATER,
    CLOCK_LINES,
    COMPACT_CLOCKS_FROM,
    DEVICE_ID,
    ENTITY_ORDER,
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_CLOCK_LINES,
    MANIFEST,
    MAX_CLOCK_CHARS,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PHOTO_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    PHOTOS_PREFIX,
    ROW_ID,
    ROW_IDS,
    ROWS_PREFIX,
    ROWS_SUFFIX,
    SCHEMA,
    SHA256,
    clocks_from_json,
    is_clock_text,
    rows_member,
)
from .local_rows import LocalRows

MAX_FILE_BYTES = 1024 * 1024 * 1024
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_INT_LIMIT = 2 ** 53
# Bytes of rows read, parsed and checked at a time. Parsing one holds Python's lock: small
# blocks keep the merge's thread (sync/merge.py, `_staged`) from waiting long for it.
_BLOCK = 1024 * 1024
_MAX_HEADER = 64 * 1024


# A bundle row's values in schema order: a tuple when a block was parsed and checked in one
# pass (no copy into lists), a list otherwise. Nothing changes a row in place.
Row = Sequence[Any]


class Chunk(NamedTuple):
    """Checked rows of one entity from one block of its member."""

    start: int  # index in the member of the block's first row
    rows: list[Row]  # columns in schema order
    same: int = 0  # rows left out because they are, to the byte, a row the caller already has
    numbers: list[int] | None = None  # each row's index in the member, when rows were left out

    def number(self, i: int) -> int:
        """The 1-based number in the member of `rows[i]`, for messages."""
        return (self.numbers[i] if self.numbers is not None else self.start + i) + 1


class BundleError(FasilitaattoriError):
    """A bundle that cannot be imported, with the reason in one sentence."""


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
        legacy = self.version < COMPACT_CLOCKS_FROM  # clocks as JSON maps, converted once checked
        if legacy:
            defer_clocks, same = False, None  # no line equals a row of this store's
        check = RowCheck(entity, defer_clocks, self.version)
        count = 0
        if self.version == 1:
            data = _read_member(self._zip, info, MAX_MEMBER_BYTES)
            if len(data) != expect["size"] or hashlib.sha256(data).hexdigest() != expect["sha256"]:
                raise BundleError("The bundle is damaged: the checksum of {member} does not match.", member=name)
            rows = _document_rows(entity, data)
            check.rows(rows, 0, _SURROGATE.search(data) is not None)
            _convert_clocks(rows)
            del data
            count = len(rows)
            yield Chunk(0, rows)
        else:
            perm: list[int] | None = None
            waiting = _Waiting()
            # Unpacking and hashing release Python's lock: a second thread does them ahead.
            for block in read_ahead(_line_blocks(self._zip, info, expect, name), _AHEAD, "unpack-bundle"):
                if perm is None:
                    head, _, block = block.partition(b"\n")
                    perm = _header(entity, head)
                    if not block:
                        continue
                if same is not None and not perm:
                    ids = same.in_order(block)
                    if ids is not None:
                        yield _counted(entity, ids, count, check)
                        count += len(ids)
                        continue
                    lines = block.split(b"\n")
                    del block
                    known, complete = same.mapped(count + len(lines))
                    if complete and waiting.lines:
                        yield waiting.compared(entity, known, check)
                    yield _known_lines(entity, lines, range(count, count + len(lines)), known, check,
                                       None if complete else waiting)
                    count += len(lines)
                    continue
                utf8 = b"\\u" in block and _SURROGATE.search(block) is not None  # `in` is the quick test
                rows = check.parse(block, count, utf8, perm)
                del block
                if legacy:
                    _convert_clocks(rows)
                yield Chunk(count, rows)
                count += len(rows)
            if waiting.lines and same is not None:
                yield waiting.compared(entity, same.mapped(sys.maxsize)[0], check)
            if perm is None:
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


def _columns(entity: str, columns: Any) -> list[int] | None:
    """The permutation from the member's column order to the schema's (-1: a column added later
    that an older bundle does not have, given its default), or None when it is the identity."""
    names = [c.name for c in SCHEMA[entity]]
    later = ADDED_LATER.get(entity, {})
    if (not isinstance(columns, list) or not all(isinstance(c, str) for c in columns)
            or len(set(columns)) != len(columns) or not set(columns) <= set(names)
            or not set(names) - set(columns) <= set(later)):
        raise BundleError("The bundle's {entity} rows do not have the columns this version expects.",
                          entity=entity)
    perm = [columns.index(n) if n in columns else -1 for n in names]
    return None if perm == list(range(len(names))) else perm


def _permute(rows: list[Any], perm: list[int] | None, entity: str) -> list[Any]:
    if perm is None:
        return rows
    if -1 in perm:  # an older bundle: the columns added since take their defaults
        later = ADDED_LATER[entity]
        defaults = [later.get(c.name) for c in SCHEMA[entity]]
        given = len(perm) - perm.count(-1)
        return [[r[i] if i >= 0 else defaults[k] for k, i in enumerate(perm)]
                if isinstance(r, list) and len(r) == given else r for r in rows]
    width = len(perm)
    return [[r[i] for i in perm] if isinstance(r, list) and len(r) == width else r for r in rows]


def _document_rows(entity: str, data: bytes) -> list[Any]:
    """Version 1: one JSON document {"entity", "columns", "rows": [...]} per entity."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    if not isinstance(body, dict) or body.get("entity") != entity:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    perm = _columns(entity, body.get("columns"))
    rows = body.get("rows")
    if not isinstance(rows, list):
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    return _permute(rows, perm, entity)


_NO_PERM: list[int] = []


def _header(entity: str, line: bytes) -> list[int]:
    """Version 2: the first line {"entity", "columns"}; returns the column permutation."""
    if len(line) > _MAX_HEADER:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    try:
        head = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    if not isinstance(head, dict) or head.get("entity") != entity:
        raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=entity)
    return _columns(entity, head.get("columns")) or _NO_PERM


def _text(entity: str, block: bytes) -> str:
    try:
        return block.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None


def _block_rows(entity: str, text: str, perm: list[int]) -> list[Any]:
    """Version 2: complete lines, one JSON row each, parsed in one call. A JSON text holds no
    raw newline, so joining the lines with commas makes one array of the rows; anything that
    is not one value per line fails to parse."""
    try:
        rows = json.loads("[" + text.replace("\n", ",") + "]")
    except (ValueError, RecursionError):
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity) from None
    return _permute(rows, perm or None, entity)


def _known_lines(entity: str, lines: list[bytes], numbers: Sequence[int], same: dict[bytes, str],
                 check: RowCheck, waiting: _Waiting | None = None) -> Chunk:
    """Count the lines that are, to the byte, a row the caller has; parse and check the rest
    (`numbers` are the lines' indexes in the member), or with `waiting` keep them there."""
    hits = list(map(same.get, lines))
    found = [h for h in hits if h is not None]
    if found:
        _seen_once(entity, found, check)
    if len(found) == len(lines):
        return Chunk(numbers[0] if numbers else 0, [], len(found), [])
    rest = [line for line, h in zip(lines, hits, strict=True) if h is None] if found else lines
    left = [n for n, h in zip(numbers, hits, strict=True) if h is None] if found else list(numbers)
    if waiting is not None:
        waiting.lines += rest
        waiting.numbers += left
        return Chunk(left[0], [], len(found), [])
    text = b"\n".join(rest)
    utf8 = b"\\u" in text and _SURROGATE.search(text) is not None  # `in` is the quick test
    rows = check.parse(text, left[0], utf8, numbers=left)
    if len(rows) != len(left):  # a line held more than one value
        raise BundleError("The bundle's {entity} rows are not valid JSON.", entity=entity)
    return Chunk(left[0], rows, len(found), left)


def _seen_once(entity: str, ids: list[str], check: RowCheck) -> None:
    """Note `ids` as seen, refusing one that appears twice."""
    unique = set(ids)
    if len(unique) != len(ids) or not check.seen.isdisjoint(unique):
        seen = set(check.seen)
        twice = next(i for i in ids if i in seen or seen.add(i))  # type: ignore[func-returns-value]
        raise BundleError("The bundle is invalid: the {entity} {id} appears twice.", entity=entity, id=twice)
    check.seen |= unique


def _counted(entity: str, ids: list[str], start: int, check: RowCheck) -> Chunk:
    """A block whose lines are all rows the caller has, with these ids."""
    _seen_once(entity, ids, check)
    return Chunk(start, [], len(ids), [])


class _Waiting:
    """Lines not (yet) found among the caller's rows while it was still rendering them."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.numbers: list[int] = []

    def compared(self, entity: str, same: dict[bytes, str], check: RowCheck) -> Chunk:
        """The waiting lines compared with the caller's complete map, the rest parsed."""
        lines, numbers = self.lines, self.numbers
        self.lines, self.numbers = [], []
        return _known_lines(entity, lines, numbers, same, check)


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


_ID_AT, _CLOCK_AT = 0, 2  # positions in the schema's column order (format.columns_of)
_ID = itemgetter(_ID_AT)
_CLOCK_OF = itemgetter(_CLOCK_AT)
_NONE = type(None)


class RowCheck:
    """Checks rows of one entity against the schema.

    The common case runs column by column in C-level builtins (types, lengths, one regular
    expression over all ids), a tenth of the time of a loop per value; anything it does not
    accept goes through the loop per row, which names the first bad row and column.
    """

    def __init__(self, entity: str, defer_clocks: bool = False, version: int = FORMAT_VERSION) -> None:
        self.entity = entity
        self.defer_clocks = defer_clocks
        self.version = version
        schema = SCHEMA[entity]
        self.width = len(schema)
        self.specs = [(i, c.kind, c.max_chars, c.nullable) for i, c in enumerate(schema)
                      if c.name not in ("id", "clock")]
        self.seen: set[str] = set()
        self.decoder = _decoder(entity) if version >= COMPACT_CLOCKS_FROM else None

    def parse(self, block: bytes, start: int, check_utf8: bool, perm: list[int] = _NO_PERM,
              numbers: list[int] | None = None) -> list[Row]:
        """The checked rows of `block`, complete lines of one JSON row each. The common case is
        parsed and checked for types, lengths and nulls in one pass by a decoder that knows the
        schema; anything it refuses goes the long way, which names the first bad row."""
        if self.decoder is not None and not check_utf8 and not perm:
            try:
                decoded = self.decoder.decode(b"[" + block.replace(b"\n", b",") + b"]")
            except msgspec.DecodeError:  # a validation error too: the long way names it
                pass
            else:
                if self._keys(decoded, not self.defer_clocks):
                    return decoded
        rows = _block_rows(self.entity, _text(self.entity, block), perm)
        if numbers is not None and len(rows) != len(numbers):
            return rows  # the caller refuses a line holding more than one value
        self.rows(rows, start, check_utf8, numbers)
        return rows

    def _keys(self, rows: Sequence[Row], clocks: bool) -> bool:
        """What the decoder does not check: the ids' form, that each appears once, and the clocks."""
        if not rows:
            return True
        ids = list(map(_ID, rows))
        if ROW_IDS.fullmatch("\n".join(ids) + "\n") is None:
            return False
        unique = set(ids)
        if len(unique) != len(ids) or not self.seen.isdisjoint(unique):
            return False
        if clocks and not _clocks_ok(list(map(_CLOCK_OF, rows)), self.version):
            return False
        self.seen |= unique
        return True

    def rows(self, rows: list[Any], start: int, check_utf8: bool, numbers: list[int] | None = None) -> None:
        if check_utf8 or not self._fast(rows, not self.defer_clocks):
            _validate(self.entity, rows, start, set(self.seen), numbers, self.version)
            if not check_utf8:  # pragma: no cover - the two checks disagree; refuse rather than guess
                raise BundleError("The bundle's {entity} rows are not in the expected form.", entity=self.entity)
            self.seen.update(map(_ID, rows))

    def _fast(self, rows: list[Any], clocks: bool) -> bool:
        if not rows:
            return True
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {self.width}:
            return False
        columns = list(zip(*rows, strict=True))  # the values column by column, in one pass
        ids = columns[_ID_AT]
        if set(map(type, ids)) != {str} or ROW_IDS.fullmatch("\n".join(ids) + "\n") is None:
            return False
        unique = set(ids)
        if len(unique) != len(ids) or not self.seen.isdisjoint(unique):
            return False
        stamps = columns[_CLOCK_AT]
        if clocks:
            if not _clocks_ok(stamps, self.version):
                return False
        elif set(map(type, stamps)) != {str} or max(map(len, stamps)) > MAX_CLOCK_CHARS:
            return False  # deferred clocks are still text a caller can compare
        for i, kind, limit, nullable in self.specs:
            column = columns[i]
            types = set(map(type, column))
            if nullable:
                types.discard(_NONE)
            if kind == "text":
                if types - {str} or (types and max(map(len, filter(None, column)), default=0) > limit):
                    return False
            elif kind == "int":
                if types - {int}:
                    return False
                values = [v for v in column if v is not None] if nullable else column
                if values and (min(values) < -_INT_LIMIT or max(values) > _INT_LIMIT):
                    return False
            elif types - {bool}:
                return False
        self.seen |= unique
        return True


@cache
def _decoder(entity: str) -> msgspec.json.Decoder[list[Any]]:
    """A JSON decoder for a block of `entity` rows that refuses any value the schema does not
    allow: a type, a length, an empty value where one is required, an integer out of range."""
    types: list[Any] = []
    for c in SCHEMA[entity]:
        if c.kind == "text":
            kind: Any = Annotated[str, msgspec.Meta(max_length=c.max_chars)]
        elif c.kind == "int":
            kind = Annotated[int, msgspec.Meta(ge=-_INT_LIMIT, le=_INT_LIMIT)]
        else:
            kind = bool
        types.append(kind | None if c.nullable else kind)
    return msgspec.json.Decoder(list[tuple[tuple(types)]])  # type: ignore[misc]


def check_clocks(entity: str, chunk: Chunk, rows: Sequence[Row]) -> None:
    """Check the field clocks of `rows`, some rows of `chunk` (from `Bundle.chunks` with
    `defer_clocks`): a caller skips rows whose clock equals its own."""
    if _clocks_ok(list(map(_CLOCK_OF, rows))):
        return
    for row in rows:
        if not is_clock_text(row[2]):
            n = next(i for i, r in enumerate(chunk.rows) if r is row)
            raise BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                              entity=entity, n=chunk.number(n), column="clock")


def _clocks_ok(clocks: Sequence[Any], version: int = FORMAT_VERSION) -> bool:
    if not clocks:
        return True
    if set(map(type, clocks)) != {str} or max(map(len, clocks)) > MAX_CLOCK_CHARS:
        return False
    lines = CLOCK_LINES if version >= COMPACT_CLOCKS_FROM else JSON_CLOCK_LINES
    return lines.fullmatch("\n".join(clocks) + "\n") is not None


def _convert_clocks(rows: list[Any]) -> None:
    """Version 1 and 2 rows, checked: their clocks as this version stores them."""
    for row in rows:
        row[_CLOCK_AT] = clocks_from_json(row[_CLOCK_AT])


def _validate(entity: str, rows: list[Any], start: int, seen: set[str], numbers: list[int] | None = None,
              version: int = FORMAT_VERSION) -> None:
    """The check row by row, value by value: slow, but it names the first bad row."""
    schema = SCHEMA[entity]
    width = len(schema)
    specs = [(i, 0 if c.kind == "text" else 1 if c.kind == "int" else 2, c.max_chars, c.nullable, c.name)
             for i, c in enumerate(schema) if c.name not in ("id", "clock")]
    id_i = [c.name for c in schema].index("id")
    clock_i = [c.name for c in schema].index("clock")

    def bad(n: int, column: str) -> BundleError:
        return BundleError("The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.",
                           entity=entity, n=(numbers[n] if numbers else start + n) + 1, column=column)

    for n, row in enumerate(rows):
        if type(row) is not list or len(row) != width:
            raise BundleError("The bundle is invalid: {entity} row {n} is not in the expected form.",
                              entity=entity, n=(numbers[n] if numbers else start + n) + 1)
        row_id = row[id_i]
        if type(row_id) is not str or not ROW_ID.fullmatch(row_id):
            raise bad(n, "id")
        if row_id in seen:
            raise BundleError("The bundle is invalid: the {entity} {id} appears twice.", entity=entity, id=row_id)
        seen.add(row_id)
        if not is_clock_text(row[clock_i], version):
            raise bad(n, "clock")
        for i, kind, limit, nullable, name in specs:
            v = row[i]
            if v is None:
                if not nullable:
                    raise bad(n, name)
            elif kind == 0:
                if type(v) is not str or len(v) > limit:
                    raise bad(n, name)
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:
                    raise bad(n, name) from None
            elif kind == 1:
                if type(v) is not int or not -_INT_LIMIT <= v <= _INT_LIMIT:
                    raise bad(n, name)
            elif type(v) is not bool:
                raise bad(n, name)
    if entity not in ENTITY_ORDER:  # pragma: no cover - SCHEMA and ENTITY_ORDER come from one dict
        raise BundleError("Unknown entity {entity}.", entity=entity)
