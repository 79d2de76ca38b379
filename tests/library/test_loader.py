"""The built-in method library: the shipped data files and the loader that validates them."""

from __future__ import annotations

import copy
import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fasilitaattori.core.worksheet_spec import LAYOUTS, WorksheetSpec
from fasilitaattori.library import (
    CATEGORIES,
    LANGUAGES,
    BuiltinMethod,
    MethodLibraryError,
    builtin_methods_in,
    load_builtin_methods,
    load_method_file,
)
from fasilitaattori.paths import resource

METHODS_DIR = resource("methods")
SHIPPED_FILES = sorted(METHODS_DIR.glob("*.json"))

# Methods facilitators asked for by name; each must stay in the library.
REQUIRED_KEYS = {
    "opening",
    "check-in-round",
    "dialogue",
    "learning-cafe",
    "world-cafe-quick",
    "world-cafe-harvest",
    "network-map",
    "levels-of-impact",
    "inclusion-ladder",
    "fishbowl",
    "1-2-4-all",
    "dot-voting",
    "service-path-walk",
    "check-out-round",
    "feedback-round",
    "idea-to-project",
    "effort-impact-matrix",
    "stakeholder-table",
    "future-workshop",
    "pair-interview",
    "silent-brainstorm",
    "lean-coffee",
    "reflecting-team",
    "empathy-map",
    "action-plan",
    "between-workshop-assignment",
    "break",
}


def _by_key() -> dict[str, dict[str, BuiltinMethod]]:
    grouped: dict[str, dict[str, BuiltinMethod]] = defaultdict(dict)
    for method in load_builtin_methods():
        grouped[method.key][method.language] = method
    return grouped


def _sheet_shape(sheet: WorksheetSpec | None) -> tuple[object, ...] | None:
    if sheet is None:
        return None
    return (
        sheet.layout,
        len(sheet.prompts),
        sheet.rows,
        len(sheet.columns),
        bool(sheet.center_label),
        sheet.box_lines,
        len(sheet.top_box),
    )


# --- the shipped library ---------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_every_shipped_file_loads(path: Path) -> None:
    methods = load_method_file(path)
    assert [m.language for m in methods] == list(LANGUAGES)
    assert {m.key for m in methods} == {path.stem}


def test_library_has_at_least_24_methods() -> None:
    keys = {m.key for m in load_builtin_methods()}
    assert len(SHIPPED_FILES) == len(keys)
    assert len(keys) >= 24


def test_library_holds_the_methods_facilitators_asked_for() -> None:
    keys = {m.key for m in load_builtin_methods()}
    assert keys >= REQUIRED_KEYS, sorted(REQUIRED_KEYS - keys)


def test_every_method_exists_in_every_language_with_the_same_structure() -> None:
    for key, versions in _by_key().items():
        assert set(versions) == set(LANGUAGES), key
        fi = versions["fi"]
        for language in ("sv", "en"):
            other = versions[language]
            assert other.category == fi.category, key
            assert other.duration_min == fi.duration_min, key
            assert (other.group_min, other.group_max) == (fi.group_min, fi.group_max), key
            assert len(other.steps) == len(fi.steps), (key, language)
            assert len(other.materials) == len(fi.materials), (key, language)
            assert _sheet_shape(other.worksheet) == _sheet_shape(fi.worksheet), (key, language)


def test_translations_are_not_copies_of_the_finnish_text() -> None:
    for key, versions in _by_key().items():
        fi, sv, en = versions["fi"], versions["sv"], versions["en"]
        assert fi.purpose != sv.purpose and fi.purpose != en.purpose, key
        assert set(fi.steps).isdisjoint(sv.steps) and set(fi.steps).isdisjoint(en.steps), key


def test_names_are_unique_within_a_language() -> None:
    for language in LANGUAGES:
        names = [m.name for m in builtin_methods_in(language)]
        assert len(names) == len(set(names)), language


def test_values_are_sensible() -> None:
    for method in load_builtin_methods():
        assert method.category in CATEGORIES
        assert 0 < method.duration_min <= 240, method.key
        assert 1 <= method.group_min <= method.group_max, method.key
        assert len(method.steps) >= 3, method.key
        assert method.tags, method.key


def test_every_category_is_used() -> None:
    assert {m.category for m in load_builtin_methods()} == set(CATEGORIES)


def test_all_five_layouts_appear_and_a_dozen_methods_have_worksheets() -> None:
    finnish = builtin_methods_in("fi")
    with_sheets = [m for m in finnish if m.worksheet is not None]
    assert len(with_sheets) >= 12
    assert {m.worksheet.layout for m in with_sheets if m.worksheet} == set(LAYOUTS)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_worksheets_are_written_as_the_spec_writes_them(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for language in LANGUAGES:
        raw = data["text"][language].get("worksheet")
        if raw is not None:
            assert WorksheetSpec.from_dict(raw).to_dict() == raw, language


def test_network_map_has_me_us_in_the_centre() -> None:
    sheet = _by_key()["network-map"]["fi"].worksheet
    assert sheet is not None and sheet.layout == "circles"
    assert sheet.center_label == "Minä / me"


def test_levels_of_impact_stack_person_community_municipality_region() -> None:
    sheet = _by_key()["levels-of-impact"]["fi"].worksheet
    assert sheet is not None and sheet.layout == "levels"
    starts = [prompt.split(":")[0] for prompt in sheet.prompts]
    assert starts == ["Henkilö", "Yhteisö", "Kunta", "Alue"]


def test_inclusion_ladder_climbs_from_informing_to_deciding_together_in_three_languages() -> None:
    """The levels of inclusion the influence workshops worked with, each with its means."""
    ladder = _by_key()["inclusion-ladder"]
    assert set(ladder) == {"fi", "sv", "en"}
    names = {lang: [p.split(":")[0] for p in m.worksheet.prompts] for lang, m in ladder.items() if m.worksheet}
    assert names["fi"] == ["Tiedottaminen", "Kuuleminen", "Vuoropuhelu", "Yhteissuunnittelu", "Yhteispäätös"]
    assert names["sv"][0] == "Information" and names["en"][-1] == "Co-deciding"
    fi = ladder["fi"].worksheet
    assert fi is not None and fi.layout == "table" and fi.columns[-1].startswith("Keinot")
    assert ladder["fi"].name == "Osallisuuden portaat"


def test_the_empathy_map_starts_with_who_the_person_is() -> None:
    sheets = {lang: m.worksheet for lang, m in _by_key()["empathy-map"].items()}
    assert sheets["fi"] is not None and sheets["fi"].top_box == ("Kuka hän on?", "Nimi", "Ikä", "Elämäntilanne")
    assert all(s is not None and len(s.top_box) == 4 for s in sheets.values())


def test_finnish_and_swedish_text_keep_their_letters() -> None:
    finnish = " ".join(m.purpose + " ".join(m.steps) for m in builtin_methods_in("fi"))
    swedish = " ".join(m.purpose + " ".join(m.steps) for m in builtin_methods_in("sv"))
    assert "ä" in finnish and "ö" in finnish
    assert "å" in swedish and "ä" in swedish
    assert "Ã" not in finnish + swedish  # UTF-8 read as Latin-1 leaves this behind


# --- ids, ordering, caching ------------------------------------------------------------------


def test_method_ids_are_deterministic_and_unique() -> None:
    methods = load_builtin_methods()
    ids = [m.method_id for m in methods]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i).version == 5 for i in ids)
    assert ids == [m.method_id for m in load_builtin_methods(METHODS_DIR)]


def test_method_id_never_changes_between_versions() -> None:
    # Synced workshops refer to built-in methods by this id on every device.
    cafe = _by_key()["learning-cafe"]["fi"]
    assert cafe.method_id == "2648917f-3819-53dc-baa6-ea57cc402991"


def test_methods_are_sorted_by_key_and_language() -> None:
    methods = load_builtin_methods()
    assert methods == sorted(methods, key=lambda m: (m.key, m.language))


def test_methods_in_one_language() -> None:
    total = len({m.key for m in load_builtin_methods()})
    for language in LANGUAGES:
        methods = builtin_methods_in(language)
        assert len(methods) == total
        assert {m.language for m in methods} == {language}
    with pytest.raises(ValueError):
        builtin_methods_in("de")


def test_default_library_is_cached_but_callers_get_their_own_list() -> None:
    first = load_builtin_methods()
    first.clear()
    assert load_builtin_methods()
    assert load_builtin_methods()[0] is load_builtin_methods()[0]


# --- broken files ----------------------------------------------------------------------------


def _text(language: str, sheet: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "name": f"Sample {language}",
        "purpose": f"Purpose {language}",
        "steps": [f"First {language}", f"Second {language}", f"Third {language}"],
        "materials": [f"Paper {language}"],
        "tags": [f"tag {language}"],
        "worksheet": sheet,
    }


def _valid(key: str = "sample") -> dict[str, Any]:
    sheet = {"layout": "grid2x2", "title": "Grid", "prompts": ["a", "b", "c", "d"]}
    return {
        "key": key,
        "category": "exercise",
        "duration_min": 20,
        "group_min": 2,
        "group_max": 12,
        "text": {lang: _text(lang, copy.deepcopy(sheet)) for lang in LANGUAGES},
    }


def _write(directory: Path, data: dict[str, Any], name: str = "sample.json") -> Path:
    path = directory / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_valid_file_loads(tmp_path: Path) -> None:
    data = _valid()
    del data["text"]["en"]["worksheet"]
    for lang in ("fi", "sv"):
        data["text"][lang]["worksheet"] = None
    methods = load_method_file(_write(tmp_path, data))
    assert [m.language for m in methods] == ["fi", "sv", "en"]
    assert all(m.worksheet is None for m in methods)
    assert methods[0].steps == ("First fi", "Second fi", "Third fi")


def test_a_directory_of_files_loads(tmp_path: Path) -> None:
    _write(tmp_path, _valid("b-method"), "b-method.json")
    _write(tmp_path, _valid("a-method"), "a-method.json")
    methods = load_builtin_methods(tmp_path)
    assert [(m.key, m.language) for m in methods][:3] == [
        ("a-method", "en"),
        ("a-method", "fi"),
        ("a-method", "sv"),
    ]
    assert len(methods) == 6


def test_a_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(MethodLibraryError, match="does not exist"):
        load_builtin_methods(tmp_path / "nowhere")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets a dotted path in the method (every language if it starts with '*')."""

    def mutate(data: dict[str, Any]) -> None:
        parts = path.split(".")
        targets = [data["text"][lang] for lang in LANGUAGES] if parts[0] == "*" else [data]
        for target in targets:
            node = target
            for part in parts[1:-1] if parts[0] == "*" else parts[:-1]:
                node = node[part]
            node[parts[-1]] = copy.deepcopy(value)

    return mutate


def _delete_swedish(data: dict[str, Any]) -> None:
    del data["text"]["sv"]


def _extra_step_in_english(data: dict[str, Any]) -> None:
    data["text"]["en"]["steps"].append("Fourth en")


def _other_layout_in_swedish(data: dict[str, Any]) -> None:
    data["text"]["sv"]["worksheet"] = {"layout": "boxes", "title": "Lådor", "prompts": ["a", "b", "c", "d"]}


def _no_worksheet_in_english(data: dict[str, Any]) -> None:
    data["text"]["en"]["worksheet"] = None


def _persona_box_only_in_finnish(data: dict[str, Any]) -> None:
    data["text"]["fi"]["worksheet"]["top_box"] = ["Kuka hän on?", "Nimi"]


def _unknown_field(data: dict[str, Any]) -> None:
    data["duration"] = 20


def _unknown_worksheet_field(data: dict[str, Any]) -> None:
    for lang in LANGUAGES:
        data["text"][lang]["worksheet"]["centre_label"] = "Me"


BROKEN: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "missing language": (_delete_swedish, "missing the language"),
    "grid2x2 with three prompts": (_set("*.worksheet.prompts", ["a", "b", "c"]), "exactly four prompts"),
    "negative duration": (_set("duration_min", -5), "duration_min must be positive"),
    "zero duration": (_set("duration_min", 0), "duration_min must be positive"),
    "duration as text": (_set("duration_min", "20"), "whole number"),
    "duration as boolean": (_set("duration_min", True), "whole number"),
    "group min above max": (_set("group_min", 30), "larger than group_max"),
    "key not the file name": (_set("key", "other"), "does not match the file name"),
    "key with capitals": (_set("key", "Sample"), "lower-case"),
    "unknown category": (_set("category", "lunch"), "category"),
    "steps differ": (_extra_step_in_english, "numbers of steps"),
    "layouts differ": (_other_layout_in_swedish, "worksheets"),
    "worksheet only in some languages": (_no_worksheet_in_english, "only one of"),
    "box above the sheet in one language": (_persona_box_only_in_finnish, "worksheets"),
    "table rows fewer than its labels": (_set("*.worksheet", {"layout": "table", "title": "T", "rows": 1,
                                                              "columns": ["a"], "prompts": ["x", "y"]}), "each row label"),
    "empty name": (_set("*.name", "  "), "name must be a non-empty text"),
    "no steps": (_set("*.steps", []), "steps must not be empty"),
    "step not text": (_set("*.steps", ["one", 2, "three"]), "item 2"),
    "unknown field": (_unknown_field, "unknown field"),
    "unknown worksheet field": (_unknown_worksheet_field, "unknown field"),
    "table without columns": (_set("*.worksheet", {"layout": "table", "title": "T", "rows": 5}), "column"),
    "unknown layout": (_set("*.worksheet", {"layout": "spiral", "title": "S", "prompts": ["a"]}), "layout"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_names_the_file_and_the_problem(tmp_path: Path, case: str) -> None:
    mutate, problem = BROKEN[case]
    data = _valid()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(MethodLibraryError) as info:
        load_method_file(path)
    assert "sample.json" in str(info.value)
    assert problem in str(info.value)
    assert info.value.path == path


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"key": "sample", ', "not valid JSON"),
        (b"", "not valid JSON"),
        (b'{"key": "sample", "key": "sample"}', "appears twice"),
        ('{"key": "näyte"}'.encode("latin-1"), "not UTF-8"),
        (b"[1, 2, 3]", "one JSON object"),
    ],
    ids=["truncated", "empty", "duplicate key", "latin-1", "list"],
)
def test_unreadable_json_names_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "sample.json"
    path.write_bytes(content)
    with pytest.raises(MethodLibraryError, match=problem) as info:
        load_method_file(path)
    assert str(info.value).startswith("sample.json: ")


def test_one_broken_file_stops_the_directory_load(tmp_path: Path) -> None:
    _write(tmp_path, _valid("good"), "good.json")
    broken = _valid("bad")
    broken["duration_min"] = -1
    _write(tmp_path, broken, "bad.json")
    with pytest.raises(MethodLibraryError, match=r"^bad\.json: "):
        load_builtin_methods(tmp_path)
