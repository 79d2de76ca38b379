"""The worksheet spec: the structured description from which a printable worksheet is generated.

It lives on a Method (JSON in the store, and in the built-in library files) and is read by the
documents layer. Kept as a frozen dataclass so every layer sees the same validated shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

LAYOUTS: tuple[str, ...] = ("boxes", "levels", "circles", "grid2x2", "table")


class WorksheetSpecError(ValueError):
    """A worksheet spec that cannot be printed; the message names what is wrong."""


@dataclass(frozen=True)
class WorksheetSpec:
    """What a worksheet shows.

    layout:
      boxes    - one ruled box per prompt, stacked (box_lines gives relative heights)
      levels   - stacked horizontal bands, first prompt at the top (e.g. person / community /
                 municipality / region)
      circles  - concentric rings, center_label in the middle, prompts from inside out
      grid2x2  - four quadrants, exactly four prompts
      table    - columns as header row and `rows` blank rows to fill in; with prompts, one row
                 per prompt, the prompt printed in its first cell (e.g. levels of inclusion)

    top_box: a box above the layout: its heading, then labels of lines to fill in (the
    empathy map's persona: "Kuka hän on?", "Nimi", "Ikä", "Elämäntilanne").
    """

    layout: str
    title: str
    instructions: str = ""
    prompts: tuple[str, ...] = ()
    rows: int = 0
    columns: tuple[str, ...] = ()
    center_label: str = ""
    box_lines: tuple[int, ...] = field(default_factory=tuple)
    personal: bool = False  # filled in by one person: a line for the name, not the group
    poster: bool = False  # worked on a wall: on A3 a landscape poster (documents/poster.py)
    top_box: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise WorksheetSpecError(f"Unknown worksheet layout: {self.layout!r}.")
        if not self.title.strip():
            raise WorksheetSpecError("A worksheet needs a title.")
        if self.layout == "grid2x2" and len(self.prompts) != 4:
            raise WorksheetSpecError("A 2×2 grid needs exactly four prompts.")
        if self.layout == "table" and not self.columns:
            raise WorksheetSpecError("A table worksheet needs at least one column.")
        if self.layout in ("boxes", "levels", "circles") and not self.prompts:
            raise WorksheetSpecError("This worksheet layout needs at least one prompt.")
        if not 0 <= self.rows <= 60:
            raise WorksheetSpecError("A table worksheet can have at most 60 rows.")
        if len(self.prompts) > 12:
            raise WorksheetSpecError("A worksheet can have at most 12 prompts.")
        if self.layout == "table" and 0 < self.rows < len(self.prompts):
            raise WorksheetSpecError("A table worksheet needs a row for each row label.")
        if len(self.top_box) > 6:
            raise WorksheetSpecError("A box above the worksheet can have at most five lines.")
        if self.box_lines and len(self.box_lines) != len(self.prompts):
            raise WorksheetSpecError("Give a box size for every prompt, or none.")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"layout": self.layout, "title": self.title}
        if self.instructions:
            data["instructions"] = self.instructions
        if self.prompts:
            data["prompts"] = list(self.prompts)
        if self.rows:
            data["rows"] = self.rows
        if self.columns:
            data["columns"] = list(self.columns)
        if self.center_label:
            data["center_label"] = self.center_label
        if self.box_lines:
            data["box_lines"] = list(self.box_lines)
        if self.personal:
            data["personal"] = True
        if self.poster:
            data["poster"] = True
        if self.top_box:
            data["top_box"] = list(self.top_box)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorksheetSpec:
        """The spec of a JSON object: texts must be texts and numbers numbers, so a spec is
        never deeper than a list of texts (a nested value is refused, not turned into text)."""
        if not isinstance(data, dict):
            raise WorksheetSpecError("A worksheet spec must be an object.")
        try:
            if len(data.get("columns", ())) > _MAX_ITEMS or len(data.get("box_lines", ())) > _MAX_ITEMS:
                raise WorksheetSpecError("A worksheet has too many columns or boxes.")
            return cls(
                layout=_text(data["layout"]),
                title=_text(data.get("title", "")),
                instructions=_text(data.get("instructions", "")),
                prompts=tuple(_text(p) for p in _list(data.get("prompts", ()))),
                rows=_number(data.get("rows", 0)),
                columns=tuple(_text(c) for c in _list(data.get("columns", ()))),
                center_label=_text(data.get("center_label", "")),
                box_lines=tuple(_number(n) for n in _list(data.get("box_lines", ()))),
                personal=_flag(data.get("personal", False)),
                poster=_flag(data.get("poster", False)),
                top_box=tuple(_text(t) for t in _list(data.get("top_box", ()))),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, WorksheetSpecError):
                raise
            raise WorksheetSpecError(f"The worksheet spec is malformed: {exc}.") from exc


_MAX_ITEMS = 60
_MAX_TEXT = 2_000


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise WorksheetSpecError("The worksheet spec is malformed: a text is not a text or is too long.")
    return value


def _number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
        raise WorksheetSpecError("The worksheet spec is malformed: a number is out of range.")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise WorksheetSpecError("The worksheet spec is malformed: a yes/no field is not true or false.")
    return value


def _list(value: Any) -> list[Any] | tuple[Any, ...]:
    if not isinstance(value, (list, tuple)):
        raise WorksheetSpecError("The worksheet spec is malformed: a list is not a list.")
    return value


def parse_worksheet(text: str) -> WorksheetSpec:
    """The spec stored as JSON text on a method. Deep nesting, which no spec has, is refused
    (as a RecursionError of the parser, turned into a sentence)."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise WorksheetSpecError("The worksheet spec is nested too deeply.") from None
    except ValueError as exc:
        raise WorksheetSpecError(f"The worksheet spec is not valid JSON: {exc}.") from None
    return WorksheetSpec.from_dict(data)
