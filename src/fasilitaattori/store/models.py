"""SQLAlchemy 2 typed models: every entity of design §2.

Synced rows share `SyncedMixin`: a UUID text id made on the device that created the row,
`created_at`, the hybrid logical clocks of its fields (`clock`, text in the form of
`core.clock.dump_clocks`: `deleted,text@<clock> kind@<clock>`) and
a tombstone flag. Rows are never hard-deleted while they may still be synced, except by the
explicit personal-data erase. Local tables (settings, sync bookkeeping) are not synced.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    clock: Mapped[str] = mapped_column(Text, default="")
    # No index: nearly every row is live, and such an index lures SQLite away from the useful ones.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Project(SyncedMixin, Base):
    __tablename__ = "projects"
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    funder: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[str | None] = mapped_column(String(10), nullable=True)
    period_end: Mapped[str | None] = mapped_column(String(10), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")


class Workshop(SyncedMixin, Base):
    __tablename__ = "workshops"
    project_id: Mapped[str | None] = mapped_column(ForeignKey("projects.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")
    end_time: Mapped[str] = mapped_column(String(5), default="12:00")
    venue: Mapped[str] = mapped_column(Text, default="")
    locality: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    facilitators: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    conclusions: Mapped[str] = mapped_column(Text, default="")
    is_template: Mapped[bool] = mapped_column(Boolean, default=False)
    days: Mapped[int] = mapped_column(Integer, default=1)  # schema 0009: a workshop of several days
    day_starts: Mapped[str] = mapped_column(Text, default="")  # the start of day 2, 3, ... ("08:30 09:00")
    agenda_columns: Mapped[str] = mapped_column(String(64), default="who")  # optional agenda columns shown


class Method(SyncedMixin, Base):
    __tablename__ = "methods"
    key: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(2), default="fi")
    name: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(16), default="exercise")
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    group_min: Mapped[int] = mapped_column(Integer, default=1)
    group_max: Mapped[int] = mapped_column(Integer, default=100)
    materials: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    worksheet: Mapped[str | None] = mapped_column(Text, nullable=True)


class AgendaItem(SyncedMixin, Base):
    __tablename__ = "agenda_items"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"))  # ix_agenda_items_workshop_position
    position: Mapped[str] = mapped_column(String(64))
    method_id: Mapped[str | None] = mapped_column(ForeignKey("methods.id"), nullable=True)
    title: Mapped[str] = mapped_column(Text)
    duration_min: Mapped[int] = mapped_column(Integer, default=15)
    category: Mapped[str] = mapped_column(String(16), default="exercise")
    instructions: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    # What happened in live capture, beside the plan (which these never change): the clock times
    # the block really began and ended, and the minutes given to or taken from it while running.
    actual_start: Mapped[str | None] = mapped_column(String(5), nullable=True)
    actual_end: Mapped[str | None] = mapped_column(String(5), nullable=True)
    live_extra_min: Mapped[int] = mapped_column(Integer, default=0)
    # Schema 0009. A track is a block running alongside others within its parent block's slot;
    # a plain id, not a foreign key, so a bundle's rows arrive in any order (core skips orphans).
    day: Mapped[int] = mapped_column(Integer, default=1)
    track_of: Mapped[str] = mapped_column(String(36), default="")
    pinned_start: Mapped[str | None] = mapped_column(String(5), nullable=True)
    leader: Mapped[str] = mapped_column(Text, default="")
    room: Mapped[str] = mapped_column(Text, default="")


class Participant(SyncedMixin, Base):
    __tablename__ = "participants"
    display_name: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    municipality: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # Accessibility needs (migration 0006): what the venue and the day must provide.
    need_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    need_hearing_loop: Mapped[bool] = mapped_column(Boolean, default=False)
    need_assistant: Mapped[bool] = mapped_column(Boolean, default=False)
    diet: Mapped[str] = mapped_column(Text, default="")
    other_needs: Mapped[str] = mapped_column(Text, default="")


class Attendance(SyncedMixin, Base):
    """Links a participant to a workshop; the id is derived from the pair so devices agree."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("workshop_id", "participant_id"),)  # also finds a workshop's rows
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"))
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class HeadCount(SyncedMixin, Base):
    """Anonymous head count by municipality/organisation; id derived from the triple."""

    __tablename__ = "head_counts"
    __table_args__ = (UniqueConstraint("workshop_id", "municipality", "organisation"),)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    municipality: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)


class Note(SyncedMixin, Base):
    __tablename__ = "notes"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"))  # ix_notes_workshop_item
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_items.id"), nullable=True)  # partial index
    group_label: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(24), default="idea")
    text: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), nullable=True)  # partial index


class Task(SyncedMixin, Base):
    __tablename__ = "tasks"
    project_id: Mapped[str | None] = mapped_column(ForeignKey("projects.id"), nullable=True, index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), nullable=True, index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), nullable=True)  # partial index
    due_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    kind: Mapped[str] = mapped_column(String(16), default="task")
    follow_up_workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), nullable=True)  # partial index


class FeedbackQuestion(SyncedMixin, Base):
    __tablename__ = "feedback_questions"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    position: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8), default="scale")
    prompt: Mapped[str] = mapped_column(Text)
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    low_label: Mapped[str] = mapped_column(Text, default="")
    high_label: Mapped[str] = mapped_column(Text, default="")
    # Choice and multi-select: the options, one a line; a scale: its value labels, one a line.
    options: Mapped[str] = mapped_column(Text, default="")


class FeedbackResponse(SyncedMixin, Base):
    """One respondent's form (paper or imported); answers hang off it."""

    __tablename__ = "feedback_responses"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    source: Mapped[str] = mapped_column(String(16), default="paper")
    # An imported response: the survey tool's respondent (or the row's fingerprint), so a second
    # import of the same file is recognised, and when the respondent answered, as the tool says.
    respondent: Mapped[str] = mapped_column(String(120), default="")
    answered_at: Mapped[str] = mapped_column(String(32), default="")


class FeedbackAnswer(SyncedMixin, Base):
    __tablename__ = "feedback_answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)
    response_id: Mapped[str] = mapped_column(ForeignKey("feedback_responses.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("feedback_questions.id"), index=True)
    value_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    value_text: Mapped[str] = mapped_column(Text, default="")


class QuestionSet(SyncedMixin, Base):
    """A reusable list of feedback questions (JSON list of question dicts)."""

    __tablename__ = "question_sets"
    name: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(2), default="fi")
    questions: Mapped[str] = mapped_column(Text, default="[]")


class Category(SyncedMixin, Base):
    """A block category of the user's own (core.categories); its id is the key blocks name."""

    __tablename__ = "categories"
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7), default="#888888")
    counts_as: Mapped[str] = mapped_column(String(16), default="own_work")


class Photo(SyncedMixin, Base):
    __tablename__ = "photos"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_items.id"), nullable=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))
    mime: Mapped[str] = mapped_column(String(32), default="image/jpeg")
    filename: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)


class Conflict(SyncedMixin, Base):
    """A losing value of a concurrent edit, kept so nothing anyone typed is lost."""

    __tablename__ = "conflicts"
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    value_clock: Mapped[str] = mapped_column(String(80))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class Erasure(SyncedMixin, Base):
    """Record that a row was erased for data protection, so sync erases it everywhere.

    It names only the entity and id, never the erased content.
    """

    __tablename__ = "erasures"
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)


# --- local, never synced -------------------------------------------------------------


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncPeer(Base):
    """What this device last imported from another device's bundle."""

    __tablename__ = "sync_peers"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[str] = mapped_column(String(32), default="")


class SyncLog(Base):
    __tablename__ = "sync_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))
    file: Mapped[str] = mapped_column(Text, default="")
    device_id: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[str] = mapped_column(Text, default="{}")


Index("ix_agenda_items_workshop_position", AgendaItem.workshop_id, AgendaItem.position)
Index("ix_notes_workshop_item", Note.workshop_id, Note.agenda_item_id)

# References that most rows leave empty are indexed where they are set: a lookup by one of them
# (an erasure's cascade, a foreign-key check) never asks for the empty ones, and an index of
# only the set values is smaller and quicker to build (the 10-year store's notes, whose authors
# are all empty: 2.5 MB less, and one index a sync import into an empty store builds at once).
PARTIAL_REFERENCES = ((Note, "agenda_item_id"), (Note, "author_id"), (Task, "owner_id"),
                      (Task, "follow_up_workshop_id"))
for _model, _name in PARTIAL_REFERENCES:
    _column = getattr(_model, _name)
    Index(f"ix_{_model.__tablename__}_{_name}", _column, sqlite_where=_column.isnot(None))
del _model, _name, _column

# Synced entities by their name in bundles, dumps and conflict records, in dependency order
# (parents first) so rows can be applied in this order.
SYNCED_MODELS: dict[str, type[SyncedMixin]] = {
    "project": Project,
    "method": Method,
    "workshop": Workshop,
    "agenda_item": AgendaItem,
    "participant": Participant,
    "attendance": Attendance,
    "head_count": HeadCount,
    "note": Note,
    "task": Task,
    "feedback_question": FeedbackQuestion,
    "feedback_response": FeedbackResponse,
    "feedback_answer": FeedbackAnswer,
    "question_set": QuestionSet,
    "category": Category,
    "photo": Photo,
    "conflict": Conflict,
    "erasure": Erasure,
}

META_COLUMNS = ("id", "created_at", "clock", "deleted")


def content_fields(model: type[SyncedMixin]) -> tuple[str, ...]:
    """The user-editable fields of a synced model (everything but id and clock bookkeeping)."""
    table = model.__table__  # type: ignore[attr-defined]
    return tuple(c.name for c in table.columns if c.name not in ("id", "created_at", "clock"))
