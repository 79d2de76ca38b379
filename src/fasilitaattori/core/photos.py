"""Flip-chart photos: image files stored once by content hash, attached to a workshop or block."""

from __future__ import annotations

import hashlib
import re
import struct
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..files import write_atomically
from ..store.models import Photo
from .fields import Field
from .records import Entity, register
from .workbench import Workbench

MAX_PHOTO_BYTES = 50 * 1024 * 1024
_EXT = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}
IMAGE_TYPES: tuple[str, ...] = tuple(_EXT)  # what `sniff_image` can name, so what a photo row may say
# A photo's content hash is the one part of its file name that comes from a row: exactly 64
# lowercase hex digits, so no row can name a file outside the photo folder.
SHA256_HEX = r"[0-9a-f]{64}"
_SHA256 = re.compile(SHA256_HEX)

photos: Entity[Photo] = register(Entity("photo", "photo", [
    Field("workshop_id", "Workshop", kind="ref", ref="workshop", required=True),
    Field("agenda_item_id", "Block", kind="ref", ref="agenda_item"),
    Field("caption", "Caption", kind="longtext"),
    Field("sha256", "Content hash", required=True, pattern=SHA256_HEX),
    Field("mime", "Type", kind="choice", choices=IMAGE_TYPES),
    Field("filename", "File name"),
    Field("width", "Width", kind="int", minimum=0, maximum=1_000_000),
    Field("height", "Height", kind="int", minimum=0, maximum=1_000_000),
]))


def sniff_image(data: bytes) -> tuple[str, int, int]:
    """Image type and pixel size from the file header (no image library needed)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data.startswith(b"\xff\xd8"):
        return ("image/jpeg", *_jpeg_size(data))
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", 0, 0
    raise ValidationError("The file is not a photo in a known format (JPEG, PNG, GIF or WebP).")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return 0, 0


def is_photo_hash(value: object) -> bool:
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def photo_file(folder: Path, sha256: str, mime: str) -> Path:
    """The file of a photo in `folder`: every place that turns a content hash into a path goes
    through here, so a store holding a bad value never reads or writes outside the folder."""
    if not is_photo_hash(sha256):
        raise ValidationError("A photo's content hash is not valid, so its file is not used.")
    return folder / f"{sha256}{_EXT.get(mime, '.img')}"


def photo_path(wb: Workbench, photo: Photo) -> Path:
    return photo_file(wb.store.photos_dir, photo.sha256, photo.mime)


def store_image_bytes(wb: Workbench, data: bytes) -> tuple[str, str, int, int]:
    """Write image bytes into the photo folder (atomically, once per content)."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError("The photo is too large (at most 50 MB).")
    mime, width, height = sniff_image(data)
    digest = hashlib.sha256(data).hexdigest()
    target = photo_file(wb.store.photos_dir, digest, mime)
    if not target.exists():
        write_atomically(target, data)
    return digest, mime, width, height


def add_photo(wb: Workbench, workshop_id: str, source: Path, caption: str = "",
              agenda_item_id: str | None = None, **values: Any) -> Photo:
    try:
        if source.stat().st_size > MAX_PHOTO_BYTES:
            raise ValidationError("The photo is too large (at most 50 MB).")
        data = source.read_bytes()
    except OSError as exc:
        raise ValidationError("The photo {name} cannot be read: {reason}.", name=source.name,
                              reason=exc.strerror or str(exc)) from exc
    digest, mime, width, height = store_image_bytes(wb, data)
    return photos.create(wb, workshop_id=workshop_id, agenda_item_id=agenda_item_id, caption=caption,
                         sha256=digest, mime=mime, filename=source.name[:200], width=width, height=height,
                         **values)


def list_photos(wb: Workbench, workshop_id: str) -> list[Photo]:
    """The workshop's photos; one whose stored hash names no file of ours (an older version may
    have taken it from a bundle) is left out, and `check` reports it."""
    return [p for p in photos.list(wb, order_by=Photo.created_at, workshop_id=workshop_id) if is_photo_hash(p.sha256)]
