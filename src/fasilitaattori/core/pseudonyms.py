"""Pseudonymised exports: every participant's name and contact becomes a stable code (P-017);
their accessibility needs are left out.

Codes follow the order in which people were added, so the same store gives the same codes in
every export. Free text (notes, tasks, feedback, conclusions) may name a participant too: such
text is flagged for the user to review before export, and the export itself replaces full names
and capitalised first and last names (also inflected) by the person's code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..store.models import FeedbackAnswer, FeedbackQuestion, Note, Participant, Task, Workshop
from .name_match import NameMatcher, name_parts
from .workbench import Workbench

# What a pseudonymised participant row says about accessibility needs: nothing.
NO_NEEDS: dict[str, Any] = {"need_interpreter": False, "need_hearing_loop": False, "need_assistant": False,
                            "diet": "", "other_needs": ""}


def pseudonym_codes(wb: Workbench) -> dict[str, str]:
    """participant id -> "P-001", in the order people were added (deleted ones keep their place)."""
    with wb.store.read() as session:
        ids = list(session.scalars(select(Participant.id).order_by(Participant.created_at, Participant.id)))
    width = max(3, len(str(len(ids))))
    return {pid: f"P-{n:0{width}d}" for n, pid in enumerate(ids, start=1)}


def participant_names(wb: Workbench) -> dict[str, str]:
    with wb.store.read() as session:
        rows = session.execute(select(Participant.id, Participant.display_name)).all()
    return {pid: name.strip() for pid, name in rows if name and name.strip()}


def participant_contacts(wb: Workbench) -> dict[str, str]:
    with wb.store.read() as session:
        rows = session.execute(select(Participant.id, Participant.contact)).all()
    return {pid: contact.strip() for pid, contact in rows if contact and contact.strip()}


class Pseudonymiser:
    """Replaces participants' names and contacts in rows about to leave the device."""

    def __init__(self, codes: Mapping[str, str], names: Mapping[str, str],
                 contacts: Mapping[str, str] | None = None) -> None:
        self.codes = codes
        known = sorted({c for c in (contacts or {}).values() if len(c) >= 3}, key=len, reverse=True)
        self._contact_re = re.compile("|".join(re.escape(c) for c in known), re.IGNORECASE) if known else None
        full: dict[str, str] = {}
        single: dict[str, str] = {}
        for pid, name in names.items():
            code = codes.get(pid, "P-?")
            full.setdefault(name, code)
            for part in name_parts(name):
                single.setdefault(part, code)
        self._full = NameMatcher(full, ignore_case=True)
        # Single names only capitalised as written: "Aino" is a name, "aino" may be a word.
        self._single = NameMatcher(single, ignore_case=False)

    def text(self, value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value
        if self._contact_re is not None:
            value = self._contact_re.sub("", value)
        value = self._full.replace(value, str)
        return self._single.replace(value, str)

    def row(self, entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(row)
        if entity == "participant":
            out["display_name"] = self.codes.get(str(row.get("id")), "P-?")
            out["contact"] = ""
            # Accessibility needs are health-related personal data: never in pseudonymised output.
            out.update(NO_NEEDS)
        elif entity == "task":
            owner_id = row.get("owner_id")
            if owner_id and owner_id in self.codes:
                out["owner"] = self.codes[owner_id]
            else:
                out["owner"] = self.text(row.get("owner", ""))
            out["text"] = self.text(row.get("text", ""))
        elif entity == "note":
            for key in ("text", "group_label", "tags"):
                out[key] = self.text(row.get(key, ""))
        elif entity == "feedback_answer":
            out["value_text"] = self.text(row.get("value_text", ""))
        elif entity == "workshop":
            out["conclusions"] = self.text(row.get("conclusions", ""))
        elif entity == "conflict":
            out["value"] = self._conflict_value(row)
        return out

    def _conflict_value(self, row: Mapping[str, Any]) -> Any:
        if row.get("entity") == "participant" and row.get("field") in ("display_name", "contact", *NO_NEEDS):
            return self.codes.get(str(row.get("row_id")), "P-?") if row.get("field") == "display_name" else ""
        return self.text(row.get("value", ""))


_CACHE: list[tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str] | None, Pseudonymiser]] = []


def pseudonymise_row(entity: str, row: Mapping[str, Any], codes: Mapping[str, str], names: Mapping[str, str],
                     contacts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A copy of `row` (column -> value) of `entity` with participants' names and contacts replaced.

    Participants get their code as name and no contact; task owners that are participants get
    the code; names and contacts in free text are replaced as well.
    """
    for c, n, k, made in _CACHE:
        if c is codes and n is names and k is contacts:
            return made.row(entity, row)
    made = Pseudonymiser(codes, names, contacts)
    _CACHE[:] = [*_CACHE[-3:], (codes, names, contacts, made)]
    return made.row(entity, row)


def pseudonymiser(wb: Workbench) -> Callable[[str, Mapping[str, Any]], dict[str, Any]]:
    """A row filter for the sync export: `row_filter=pseudonymiser(wb)`."""
    made = Pseudonymiser(pseudonym_codes(wb), participant_names(wb), participant_contacts(wb))
    return made.row


# -- review before export ------------------------------------------------------------------


@dataclass(frozen=True)
class NameFlag:
    entity: str  # note, task, feedback_answer, workshop
    row_id: str
    workshop_id: str | None
    text: str
    names: tuple[str, ...]  # display names of the participants the text seems to name


def _finder(names: Mapping[str, str]) -> NameMatcher[str]:
    words: dict[str, str] = {}
    for name in names.values():
        for word in [name, *name_parts(name)]:
            words.setdefault(word, name)
    return NameMatcher(words, ignore_case=True)


def flag_notes_naming_participants(wb: Workbench, workshop_id: str | None = None) -> list[NameFlag]:
    """Notes, tasks, written feedback and conclusions that seem to name a participant: the full
    name or a first or last name of three letters or more, as a whole word in any case, or
    capitalised and inflected (Ainon, Räsäselle); see `name_match`."""
    matcher = _finder(participant_names(wb))
    if matcher.pattern is None:
        return []
    texts: list[tuple[str, str, str | None, str]] = []
    with wb.store.read() as session:
        def where(model: Any, column: Any) -> Any:
            query = select(model).where(model.deleted.is_(False))
            return query if workshop_id is None else query.where(column == workshop_id)

        texts += [("note", n.id, n.workshop_id, n.text) for n in session.scalars(
            where(Note, Note.workshop_id).order_by(Note.created_at, Note.id))]
        texts += [("task", t.id, t.workshop_id, t.text) for t in session.scalars(
            where(Task, Task.workshop_id).order_by(Task.created_at, Task.id))]
        texts += [("workshop", w.id, w.id, w.conclusions) for w in session.scalars(where(Workshop, Workshop.id))]
        answers = select(FeedbackAnswer, FeedbackQuestion.workshop_id).join(
            FeedbackQuestion, FeedbackQuestion.id == FeedbackAnswer.question_id).where(
            FeedbackAnswer.deleted.is_(False), FeedbackAnswer.value_text != "")
        if workshop_id is not None:
            answers = answers.where(FeedbackQuestion.workshop_id == workshop_id)
        texts += [("feedback_answer", a.id, wid, a.value_text) for a, wid in session.execute(answers)]
    flags = []
    for entity, row_id, wid, body in texts:
        found = matcher.find(body)
        if found:
            flags.append(NameFlag(entity, row_id, wid, body, tuple(sorted(found))))
    return flags


def flagged_texts(wb: Workbench, project_id: str | None = None) -> list[NameFlag]:
    """The texts to review before a pseudonymised export of the store or of one project."""
    flags = flag_notes_naming_participants(wb)
    if project_id is None:
        return flags
    with wb.store.read() as session:
        ids = set(session.scalars(select(Workshop.id).where(Workshop.project_id == project_id)))
    return [f for f in flags if f.workshop_id in ids]
