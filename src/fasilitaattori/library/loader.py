"""The built-in method library: one JSON file per method in `resources/methods/`.

Each file holds one method in every supported language. Loading validates the whole file, so a
broken data file is caught by the tests (and by a clear error naming the file) rather than by a
user who opens a half-translated method. See `resources/methods/README.md` for the schema.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fasilitaattori.core.worksheet_spec import WorksheetSpec, WorksheetSpecError
from fasilitaattori.paths import resource

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
CATEGORIES: tuple[str, ...] = ("intro", "exercise", "discussion", "break", "closing", "feedback")

# Built-in method ids are derived from this namespace. Never change it: every device must seed
# the same ids, or synced workshops would point at methods that no other device knows.
NAMESPACE = uuid.UUID("6f1d8c3e-2b7a-5c41-9e0d-4a8b1f7c2e55")

_KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOP_KEYS = frozenset({"key", "category", "duration_min", "group_min", "group_max", "text"})
_REQUIRED_TEXT_KEYS = frozenset({"name", "purpose", "steps", "materials", "tags"})
_TEXT_KEYS = _REQUIRED_TEXT_KEYS | {"worksheet"}
_WORKSHEET_KEYS = frozenset(
    {"layout", "title", "instructions", "prompts", "rows", "columns", "center_label", "box_lines", "personal",
     "poster", "top_box"}
)
_MAX_FILE_BYTES = 256 * 1024


class MethodLibraryError(ValueError):
    """A method file that cannot be loaded; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class BuiltinMethod:
    """One built-in method in one language."""

    key: str
    language: str
    category: str
    name: str
    purpose: str
    steps: tuple[str, ...]
    duration_min: int
    group_min: int
    group_max: int
    materials: tuple[str, ...]
    tags: tuple[str, ...]
    worksheet: WorksheetSpec | None

    @property
    def method_id(self) -> str:
        """The same id on every device, so seeded methods merge instead of duplicating."""
        return str(uuid.uuid5(NAMESPACE, f"builtin:{self.key}:{self.language}"))


def load_builtin_methods(directory: Path | None = None) -> list[BuiltinMethod]:
    """Every method in every language, sorted by (key, language).

    Without `directory` the shipped library is read once and cached.
    """
    if directory is None:
        return list(_load_default())
    return _load_directory(directory)


def builtin_methods_in(language: str) -> list[BuiltinMethod]:
    """The shipped methods in one language, sorted by key."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; expected one of {', '.join(LANGUAGES)}.")
    return [method for method in _load_default() if method.language == language]


def load_method_file(path: Path) -> list[BuiltinMethod]:
    """One method file, validated, as one BuiltinMethod per language (in LANGUAGES order)."""
    data = _read_json(path)
    return _parse_method(path, data)


@cache
def _load_default() -> tuple[BuiltinMethod, ...]:
    return tuple(_load_directory(resource("methods")))


def _load_directory(directory: Path) -> list[BuiltinMethod]:
    if not directory.is_dir():
        raise MethodLibraryError(directory, "the method library folder does not exist.")
    methods: list[BuiltinMethod] = []
    for path in sorted(directory.glob("*.json")):
        methods.extend(load_method_file(path))
    methods.sort(key=lambda m: (m.key, m.language))
    return methods


# --- reading -------------------------------------------------------------------------------


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise ValueError(f"the key {name!r} appears twice in one object")
        result[name] = value
    return result


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MethodLibraryError(path, f"cannot be read ({exc.strerror or exc}).") from exc
    if len(raw) > _MAX_FILE_BYTES:
        raise MethodLibraryError(path, f"is larger than {_MAX_FILE_BYTES // 1024} KiB.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MethodLibraryError(path, f"is not UTF-8 text (byte {exc.start}).") from exc
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise MethodLibraryError(
            path, f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc
    except ValueError as exc:
        raise MethodLibraryError(path, f"is not valid JSON: {exc}.") from exc


# --- validation ----------------------------------------------------------------------------


def _parse_method(path: Path, data: Any) -> list[BuiltinMethod]:
    if not isinstance(data, dict):
        raise MethodLibraryError(path, "the file must hold one JSON object.")
    _check_keys(path, data, required=_TOP_KEYS, allowed=_TOP_KEYS, where="the method")

    key = data["key"]
    if not isinstance(key, str) or not _KEY_RE.match(key):
        raise MethodLibraryError(path, f"key {key!r} must be lower-case words joined by hyphens.")
    if key != path.stem:
        raise MethodLibraryError(path, f"key {key!r} does not match the file name {path.stem!r}.")

    category = data["category"]
    if category not in CATEGORIES:
        raise MethodLibraryError(path, f"category {category!r} is not one of {', '.join(CATEGORIES)}.")

    duration = _int_field(path, data, "duration_min")
    group_min = _int_field(path, data, "group_min")
    group_max = _int_field(path, data, "group_max")
    if duration <= 0:
        raise MethodLibraryError(path, f"duration_min must be positive, not {duration}.")
    if group_min < 1:
        raise MethodLibraryError(path, f"group_min must be at least 1, not {group_min}.")
    if group_min > group_max:
        raise MethodLibraryError(path, f"group_min ({group_min}) is larger than group_max ({group_max}).")

    texts = data["text"]
    if not isinstance(texts, dict):
        raise MethodLibraryError(path, "text must be an object with one entry per language.")
    missing = [lang for lang in LANGUAGES if lang not in texts]
    if missing:
        raise MethodLibraryError(path, f"text is missing the language(s): {', '.join(missing)}.")
    unknown = sorted(set(texts) - set(LANGUAGES))
    if unknown:
        raise MethodLibraryError(path, f"text has unknown language(s): {', '.join(unknown)}.")

    methods = [
        _parse_language(path, key, lang, texts[lang], category, duration, group_min, group_max)
        for lang in LANGUAGES
    ]
    _check_same_structure(path, methods)
    return methods


def _parse_language(
    path: Path,
    key: str,
    language: str,
    text: Any,
    category: str,
    duration: int,
    group_min: int,
    group_max: int,
) -> BuiltinMethod:
    where = f"text.{language}"
    if not isinstance(text, dict):
        raise MethodLibraryError(path, f"{where} must be an object.")
    _check_keys(path, text, required=_REQUIRED_TEXT_KEYS, allowed=_TEXT_KEYS, where=where)

    name = _text_field(path, text, "name", where)
    purpose = _text_field(path, text, "purpose", where)
    steps = _text_list(path, text, "steps", where, allow_empty=False)
    materials = _text_list(path, text, "materials", where, allow_empty=True)
    tags = _text_list(path, text, "tags", where, allow_empty=True)

    worksheet: WorksheetSpec | None = None
    raw_sheet = text.get("worksheet")
    if raw_sheet is not None:
        if not isinstance(raw_sheet, dict):
            raise MethodLibraryError(path, f"{where}.worksheet must be an object or null.")
        _check_keys(
            path,
            raw_sheet,
            required=frozenset({"layout"}),
            allowed=_WORKSHEET_KEYS,
            where=f"{where}.worksheet",
        )
        try:
            worksheet = WorksheetSpec.from_dict(raw_sheet)
        except WorksheetSpecError as exc:
            raise MethodLibraryError(path, f"{where}.worksheet: {exc}") from exc

    return BuiltinMethod(
        key=key,
        language=language,
        category=category,
        name=name,
        purpose=purpose,
        steps=steps,
        duration_min=duration,
        group_min=group_min,
        group_max=group_max,
        materials=materials,
        tags=tags,
        worksheet=worksheet,
    )


def _sheet_shape(sheet: WorksheetSpec | None) -> tuple[object, ...] | None:
    """What must be equal between translations of one worksheet (not the wording)."""
    if sheet is None:
        return None
    return (
        sheet.layout,
        len(sheet.prompts),
        sheet.rows,
        len(sheet.columns),
        bool(sheet.center_label),
        sheet.box_lines,
        sheet.personal,
        sheet.poster,
        len(sheet.top_box),
    )


def _check_same_structure(path: Path, methods: list[BuiltinMethod]) -> None:
    first = methods[0]
    for other in methods[1:]:
        pair = f"{first.language} and {other.language}"
        if len(other.steps) != len(first.steps):
            raise MethodLibraryError(
                path, f"{pair} have different numbers of steps ({len(first.steps)} and {len(other.steps)})."
            )
        if len(other.materials) != len(first.materials):
            raise MethodLibraryError(
                path,
                f"{pair} have different numbers of materials ({len(first.materials)} and "
                f"{len(other.materials)}).",
            )
        if (first.worksheet is None) != (other.worksheet is None):
            raise MethodLibraryError(path, f"only one of {pair} has a worksheet.")
        if _sheet_shape(first.worksheet) != _sheet_shape(other.worksheet):
            raise MethodLibraryError(
                path, f"the worksheets of {pair} differ in layout, prompts, columns, rows or box sizes."
            )


def _check_keys(
    path: Path,
    data: Mapping[str, Any],
    *,
    required: frozenset[str],
    allowed: frozenset[str],
    where: str,
) -> None:
    missing = sorted(required - set(data))
    if missing:
        raise MethodLibraryError(path, f"{where} is missing: {', '.join(missing)}.")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise MethodLibraryError(path, f"{where} has unknown field(s): {', '.join(unknown)}.")


def _int_field(path: Path, data: Mapping[str, Any], name: str) -> int:
    value = data[name]
    # bool is an int in Python; `true` in a duration is a typo, not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise MethodLibraryError(path, f"{name} must be a whole number, not {value!r}.")
    return value


def _text_field(path: Path, data: Mapping[str, Any], name: str, where: str) -> str:
    value = data[name]
    if not isinstance(value, str) or not value.strip():
        raise MethodLibraryError(path, f"{where}.{name} must be a non-empty text.")
    return value.strip()


def _text_list(
    path: Path, data: Mapping[str, Any], name: str, where: str, *, allow_empty: bool
) -> tuple[str, ...]:
    value = data[name]
    if not isinstance(value, list):
        raise MethodLibraryError(path, f"{where}.{name} must be a list of texts.")
    if not value and not allow_empty:
        raise MethodLibraryError(path, f"{where}.{name} must not be empty.")
    items: list[str] = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, str) or not item.strip():
            raise MethodLibraryError(path, f"{where}.{name} item {index} must be a non-empty text.")
        items.append(item.strip())
    return tuple(items)
