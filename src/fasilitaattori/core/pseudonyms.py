"""Pseudonymised exports: every participant's name and contact becomes a stable code (P-017);
their accessibility needs are left out.

Codes follow the order in which people were added, so the same store gives the same codes in
every export. Free text (notes, tasks, feedback, a block's leader, a caption…) may name a participant
too: such text is flagged for the user to review before export, and the export itself replaces full names
and capitalised first and last names (also inflected) by the person's code, in every free-text
column of every synced kind (`FREE_TEXT`), and removes participants' emails and phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, select

from ..store.models import SYNCED_MODELS, FeedbackAnswer, FeedbackQuestion, Note, Participant, Task, Workshop
from .name_match import NameMatcher, name_parts
from .workbench import Workbench

# What a pseudonymised participant row says about accessibility needs: nothing.
NO_NEEDS: dict[str, Any] = {"need_interpreter": False, "need_hearing_loop": False, "need_assistant": False,
                            "diet": "", "other_needs": ""}



def _free_text(model: Any) -> tuple[str, ...]:
    """Columns of unbounded text are what people type into (names, notes, leaders, rooms,
    captions, JSON of question sets and worksheets); bounded ones hold ids, codes, dates,
    positions and hashes. A text column added later is thus pseudonymised from the start."""
    return tuple(c.name for c in model.__table__.columns
                 if isinstance(c.type, String) and c.type.length is None and c.name != "clock")


FREE_TEXT: dict[str, tuple[str, ...]] = {name: _free_text(model) for name, model in SYNCED_MODELS.items()}
# Identifiers of a person that are no free text, left out whole: the survey tool's respondent
# (often an email, and only needed to recognise a second import, which a pseudonymised bundle
# never gets).
BLANKED: dict[str, tuple[str, ...]] = {"feedback_response": ("respondent",)}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s()/-]{4,}\d")


def _contact_patterns(contact: str) -> list[str]:
    """The contact as written, each email in it, and each phone number with any spacing (also
    in the national form of a +358 number), as regular expressions."""
    found = [re.escape(contact)] + [re.escape(e) for e in _EMAIL.findall(contact)]
    for phone in _PHONE.findall(contact):
        digits = re.sub(r"\D", "", phone)
        forms = [digits, "0" + digits[3:]] if digits.startswith("358") else [digits]
        found += [r"(?<!\d)\+?" + r"[\s()/-]*".join(form) + r"(?!\d)" for form in forms if len(form) >= 6]
    return found


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
        patterns = list(dict.fromkeys(p for c in known for p in _contact_patterns(c)))
        self._contact_re = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
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
        # Every free-text column, also a block's leader and room or a workshop's facilitators:
        # staff are no participants and keep their names, a participant named there does not.
        for key in FREE_TEXT.get(entity, ()):
            if key in out:
                out[key] = self.text(out[key])
        for key in BLANKED.get(entity, ()):
            if key in out:
                out[key] = ""
        if entity == "participant":
            out["display_name"] = self.codes.get(str(row.get("id")), "P-?")
            out["contact"] = ""
            # Accessibility needs are health-related personal data: never in pseudonymised output.
            out.update(NO_NEEDS)
        elif entity == "task":
            owner_id = row.get("owner_id")
            if owner_id and owner_id in self.codes:
                out["owner"] = self.codes[owner_id]
        elif entity == "conflict":
            out["value"] = self._conflict_value(row)
        return out

    def _conflict_value(self, row: Mapping[str, Any]) -> Any:
        if row.get("entity") == "participant" and row.get("field") in ("display_name", "contact", *NO_NEEDS):
            return self.codes.get(str(row.get("row_id")), "P-?") if row.get("field") == "display_name" else ""
        if row.get("field") in BLANKED.get(str(row.get("entity")), ()):
            return ""
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
    project_id: str | None = None  # a project's own text (no workshop)


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


# Besides notes, tasks, feedback and conclusions, the review before an export reads every other
# text of a workshop's rows and of its project (a block's leader and room, captions, prompts,
# venues): the export replaces names in all of them, and a name it would miss is as likely there.
_ALSO_REVIEWED = ("project", "workshop", "agenda_item", "photo", "feedback_question")


def _other_flags(wb: Workbench, matcher: NameMatcher[str]) -> list[NameFlag]:
    flags = []
    with wb.store.read() as session:
        for entity in _ALSO_REVIEWED:
            model = SYNCED_MODELS[entity]
            columns = [c for c in FREE_TEXT[entity] if not (entity == "workshop" and c == "conclusions")]
            for row in session.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id)):
                body = " · ".join(v for c in columns if isinstance(v := getattr(row, c), str) and v.strip())
                found = matcher.find(body) if body else None
                if found:
                    workshop = row.id if entity == "workshop" else getattr(row, "workshop_id", None)
                    flags.append(NameFlag(entity, row.id, workshop, body, tuple(sorted(found)),
                                          row.id if entity == "project" else getattr(row, "project_id", None)))
    return flags


def flagged_texts(wb: Workbench, project_id: str | None = None) -> list[NameFlag]:
    """The texts to review before a pseudonymised export of the store or of one project."""
    flags = flag_notes_naming_participants(wb)
    matcher = _finder(participant_names(wb))
    if matcher.pattern is not None:
        flags += _other_flags(wb, matcher)
    if project_id is None:
        return flags
    with wb.store.read() as session:
        ids = set(session.scalars(select(Workshop.id).where(Workshop.project_id == project_id)))
    return [f for f in flags if f.workshop_id in ids or f.project_id == project_id]
