"""Participant lists from CSV files (registration forms, spreadsheets saved as CSV).

Reading guesses what Finnish offices produce: UTF-8 with or without a byte-order mark, or
Windows-1252 from older Excel; semicolons (Excel with a Finnish locale) or commas. Columns are
matched to our fields by header names in Finnish, Swedish or English; the user checks the
suggestion in a preview, then every row goes in within one transaction — a bad file or row
leaves the store as it was and says why in one sentence.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError
from ..store.models import Participant
from .participants import attendances, link_id, participants
from .table_read import MAX_BYTES, csv_table, read_bytes
from .workbench import Workbench

MAX_FILE_BYTES = MAX_BYTES
MAX_ROWS = 50_000
FIELDS = ("display_name", "organisation", "municipality", "role", "contact", "diet", "other_needs")

# Header words per field (compared without case, spaces or punctuation); first match wins,
# exact names before partial ones.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": ("nimi", "koko nimi", "osallistuja", "etunimi", "sukunimi", "namn", "fullständigt namn",
                     "förnamn", "efternamn", "deltagare", "name", "full name", "first name", "last name",
                     "surname", "participant"),
    "organisation": ("organisaatio", "järjestö", "yhdistys", "taho", "edustaa", "edustamani taho", "työnantaja",
                     "neuvosto", "organisation", "förening", "arbetsgivare", "organization", "employer",
                     "affiliation"),
    "municipality": ("kunta", "kotikunta", "paikkakunta", "asuinkunta", "kaupunki", "kommun", "hemkommun",
                     "ort", "stad", "municipality", "town", "city", "home town"),
    "role": ("rooli", "tehtävä", "asema", "titteli", "roll", "uppdrag", "titel", "role", "title", "position"),
    "contact": ("sähköposti", "sähköpostiosoite", "puhelin", "puhelinnumero", "yhteystieto", "yhteystiedot",
                "e-post", "epost", "telefon", "kontakt", "email", "e-mail", "phone", "contact"),
    # Registration forms for councils ask for these; ticked needs (interpreter, loop) arrive as text.
    "diet": ("ruokavalio", "erityisruokavalio", "ruoka-allergiat", "allergiat", "specialkost", "kost", "allergier",
             "diet", "dietary requirements", "allergies"),
    "other_needs": ("erityistarpeet", "saavutettavuustarpeet", "tarpeet", "avustustarpeet", "särskilda behov",
                    "behov", "tillgänglighetsbehov", "access needs", "accessibility needs", "special needs",
                    "needs"),
}


@dataclass(frozen=True)
class CsvTable:
    name: str
    header: list[str]
    rows: list[list[str]]
    encoding: str  # "utf-8-sig", "utf-8" or "cp1252"
    delimiter: str


@dataclass(frozen=True)
class ImportResult:
    ids: list[str]
    skipped_empty: int


def parse_csv(data: bytes, name: str = "the file") -> CsvTable:
    """The shared table reader (core.table_read), strict about quotation marks: a list of
    people with a broken quote would put two people's details in one row."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("The file {name} is too large for a participant list (at most 20 MB).", name=name)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValidationError("The file {name} is not a text (CSV) file.", name=name)
    table = csv_table(data, name, strict=True)
    raw = [cells for _, cells in table.grid if any(cells)]
    if len(raw) < 2:
        raise ValidationError("The file {name} has no rows under its header line.", name=name)
    if len(raw) - 1 > MAX_ROWS:
        raise ValidationError("The file {name} has more than {limit} rows.", name=name, limit=MAX_ROWS)
    header = raw[0]
    width = len(header)
    rows = [(row + [""] * width)[:width] for row in raw[1:]]
    return CsvTable(name, header, rows, table.encoding, table.delimiter)


def _too_large(name: str, size: int) -> ValidationError:
    return ValidationError("The file {name} is too large for a participant list (at most 20 MB).", name=name)


def read_csv(path: Path) -> CsvTable:
    """A participant list, read by the reader every table import shares (`table_read`)."""
    return parse_csv(read_bytes(path, too_large=_too_large), path.name)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def suggest_mapping(header: list[str]) -> dict[int, str]:
    """Column index → field, from the header names; columns with no match are left out.

    A field gets one column, except the name, which may come as first and last name columns."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for exact in (True, False):
        for index, cell in enumerate(header):
            if index in mapping:
                continue
            title = _norm(cell)
            if not title:
                continue
            for field, words in _SYNONYMS.items():
                if field in taken and field != "display_name":
                    continue
                hit = any(title == _norm(w) for w in words) if exact else any(
                    _norm(w) in title.split() or title.startswith(_norm(w)) for w in words if len(w) > 3)
                if hit:
                    mapping[index] = field
                    taken.add(field)
                    break
    return mapping


def mapped_rows(table: CsvTable, mapping: dict[int, str]) -> list[dict[str, str]]:
    """Each row as field → text; columns mapped to the same field are joined (first and last name)."""
    result = []
    for row in table.rows:
        values: dict[str, str] = {}
        for index in sorted(mapping):
            field = mapping[index]
            cell = row[index] if index < len(row) else ""
            if cell:
                values[field] = f"{values[field]} {cell}" if values.get(field) else cell
        result.append(values)
    return result


def import_participants(wb: Workbench, table: CsvTable, mapping: dict[int, str],
                        workshop_id: str | None = None) -> ImportResult:
    """Add every non-empty row as a person (and as attending `workshop_id`), all or nothing."""
    unknown = set(mapping.values()) - set(FIELDS)
    if unknown:
        raise ValidationError("A column is mapped to an unknown field: {field}.", field=", ".join(sorted(unknown)))
    if not mapping:
        raise ValidationError("Choose at least one column to import.")
    ids: list[str] = []
    skipped = 0
    with wb.store.write() as session:
        for number, values in enumerate(mapped_rows(table, mapping), start=2):
            if not values:
                skipped += 1
                continue
            try:
                person: Participant = participants.insert(session, wb, values)
            except ValidationError as exc:
                raise ValidationError("Row {row} of {name}: {reason}", row=number, name=table.name,
                                      reason=exc.message) from None
            if workshop_id:
                attendances.insert(session, wb, {"workshop_id": workshop_id, "participant_id": person.id,
                                                 "present": True}, row_id=link_id(workshop_id, person.id))
            ids.append(person.id)
    return ImportResult(ids, skipped)
