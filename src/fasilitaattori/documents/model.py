"""View models for the printouts: plain, frozen, typed facts that a document renders.

The store is mapped into these by a separate step, so the documents depend on nothing but the
standard library. Sequences are tuples; dates and clock times are `datetime.date`/`time`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

Language = Literal["fi", "sv", "en"]
LANGUAGES: tuple[Language, ...] = ("fi", "sv", "en")

NoteKind = Literal["idea", "quote", "development_need", "observation", "decision", "question"]
NOTE_KINDS: tuple[NoteKind, ...] = ("idea", "quote", "development_need", "observation", "decision", "question")

TaskStatus = Literal["open", "in_progress", "done"]
TASK_STATUSES: tuple[TaskStatus, ...] = ("open", "in_progress", "done")
TaskKind = Literal["task", "assignment"]

# choice: one of the options; multi: any of them; number: 0–10 and the like; profile: a
# background question (municipality, age group, role).
QuestionKind = Literal["scale", "yesno", "text", "choice", "multi", "number", "profile"]

# One answer on one paper form: a scale point, yes/no, free text, or None when left empty.
Answer = int | bool | str | None


@dataclass(frozen=True)
class WorkshopFacts:
    """The facts every printout of one workshop shows in its header or cover."""

    title: str
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    locality: str = ""
    target_group: str = ""
    goals: str = ""
    facilitators: tuple[str, ...] = ()
    language: Language = "fi"
    organisation_name: str = ""
    logo_path: Path | None = None
    conclusions: str = ""
    # (kind, how many) of the attendees' accessibility needs; never filled when pseudonymised.
    needs: tuple[tuple[str, int], ...] = ()
    status: str = ""  # planned, held or cancelled; "" when not known


@dataclass(frozen=True)
class AgendaRow:
    """One block of the programme. `start` is the clock time; when None it is counted from the
    workshop's start time and the durations of the blocks before it (see `with_clock_times`)."""

    title: str
    duration_min: int = 0
    start: time | None = None
    category: str = ""
    instructions: str = ""
    materials: tuple[str, ...] = ()
    facilitator_notes: str = ""
    actual_start: time | None = None  # when it really began and ended, if it was run in live capture
    actual_end: time | None = None
    day: int = 1  # of a workshop of several days
    day_date: date | None = None
    leader: str = ""
    room: str = ""
    pinned: bool = False  # its start is fixed to the clock
    tracks: tuple[AgendaRow, ...] = ()
    counts_as: str = ""  # an own category's time balance group (its `category` is then its name)  # groups working side by side in the block's time


@dataclass(frozen=True)
class TimelineBox:
    """A block or a track on the timeline: minutes from its day's midnight (may pass 24 h)."""

    title: str
    start_min: int
    end_min: int
    category: str = ""
    leader: str = ""
    room: str = ""
    lane: int = 0  # the track's lane; a block without tracks spans every lane (lane -1)
    pinned: bool = False
    colour: str = ""  # an own category's colour (its `category` is then its name)


@dataclass(frozen=True)
class TimelineDay:
    number: int
    date: date | None
    start_min: int
    lanes: int  # the most tracks any block of the day runs, at least 1
    boxes: tuple[TimelineBox, ...]
    rounds: tuple[TimelineBox, ...] = ()  # the blocks that run as tracks, for the legend


@dataclass(frozen=True)
class Participant:
    organisation: str = ""
    municipality: str = ""
    name: str | None = None
    role: str = ""
    photo_consent: bool | None = None


@dataclass(frozen=True)
class HeadCount:
    """Anonymous attendance when no names are collected: `count` people from one place."""

    count: int
    municipality: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    text: str
    agenda_item: str = ""  # the block's title (of a parallel track: its block's)
    group_label: str = ""
    track: str = ""  # the parallel track's title, when the note is on one


@dataclass(frozen=True)
class Task:
    text: str
    owner: str = ""
    due: date | None = None
    status: TaskStatus = "open"
    kind: TaskKind = "task"
    workshop_title: str = ""


@dataclass(frozen=True)
class FeedbackQuestion:
    """`scale_labels` holds either one label per scale point or two end labels (low, high)."""

    kind: QuestionKind
    prompt: str
    scale_min: int = 1
    scale_max: int = 5
    scale_labels: tuple[str, ...] = ()
    options: tuple[str, ...] = ()  # choice, multi-select and background questions

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.scale_min, self.scale_max + 1))


@dataclass(frozen=True)
class QuestionFigures:
    """One question's answers counted (by the store, for a survey of thousands): "don't know"
    apart from `n`. A scale's or number's `distribution` lists every point; a yes/no question's
    is ((1, yes), (0, no)); options (choice, multi, background) come in `choices`; open answers
    in `texts`, identical ones together, most frequent first."""

    n: int = 0
    dont_know: int = 0
    distribution: tuple[tuple[int, int], ...] = ()
    choices: tuple[tuple[str, int], ...] = ()
    texts: tuple[tuple[str, int], ...] = ()

    @property
    def mean(self) -> float | None:
        """The mean value; for yes/no the share of yes."""
        total = sum(v * c for v, c in self.distribution)
        return total / self.n if self.n and self.distribution else None


@dataclass(frozen=True)
class CrossTab:
    """Answers by a background question: per compared question (scale, number, yes/no) each
    group's number of answers with a value and their sum (yes/no: how many said yes). A group
    labelled "" is the small groups counted together; a figure from fewer than `min_answers`
    answers is not shown, so that no one's answers can be picked out."""

    background: str
    groups: tuple[tuple[str, int], ...]  # (answer, respondents), largest first
    rows: tuple[tuple[FeedbackQuestion, tuple[tuple[int, int], ...]], ...]
    min_answers: int = 5


@dataclass(frozen=True)
class FeedbackResponse:
    """One respondent's answers, in the same order as the questions."""

    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Feedback:
    """The questions and each respondent's answers; `figures` (one per question) and
    `response_count` when the store counted them, so a printout need not count thousands of
    responses again (`stats.figures_of` counts them from `responses` otherwise)."""

    questions: tuple[FeedbackQuestion, ...] = ()
    responses: tuple[FeedbackResponse, ...] = ()
    figures: tuple[QuestionFigures, ...] = ()
    response_count: int | None = None
    cross_tabs: tuple[CrossTab, ...] = ()

    @property
    def count(self) -> int:
        return self.response_count if self.response_count is not None else len(self.responses)

    def answers_to(self, index: int) -> tuple[Answer, ...]:
        return tuple(r.answers[index] if index < len(r.answers) else None for r in self.responses)


@dataclass(frozen=True)
class Photo:
    path: Path
    caption: str = ""
    agenda_item: str = ""


@dataclass(frozen=True)
class SummaryData:
    """Everything the workshop summary shows."""

    workshop: WorkshopFacts
    agenda: tuple[AgendaRow, ...] = ()
    participants: tuple[Participant, ...] = ()
    head_counts: tuple[HeadCount, ...] = ()
    notes: tuple[Note, ...] = ()
    tasks: tuple[Task, ...] = ()
    feedback: Feedback = Feedback()
    photos: tuple[Photo, ...] = ()
    photos_withheld: int = 0  # photos left out for want of the participants' photo consent

    @property
    def attendance(self) -> int:
        return len(self.participants) + sum(max(0, h.count) for h in self.head_counts)


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ProjectFacts:
    name: str
    organisation: str = ""
    partners: tuple[str, ...] = ()
    funder: str = ""
    period_start: date | None = None
    period_end: date | None = None
    description: str = ""
    contacts: tuple[Contact, ...] = ()
    language: Language = "fi"
    logo_path: Path | None = None


@dataclass(frozen=True)
class ProjectWorkshopRow:
    """One workshop of the series as the project report counts it.

    `scale_mean` is the mean of all scale answers of its feedback (None when there were none);
    `stats.overall_scale_mean` computes it from a `Feedback`."""

    title: str
    date: date | None = None
    locality: str = ""
    participant_count: int = 0
    municipalities: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    feedback_responses: int = 0
    scale_mean: float | None = None
    status: str = ""
    people: tuple[str, ...] = ()  # who came by name (stable ids), to count each person once
    anonymous: int = 0  # of `participant_count`, the head counts without names
    # Its feedback questions with their figures, for the report's charts by question.
    feedback_questions: tuple[tuple[FeedbackQuestion, QuestionFigures], ...] = ()


@dataclass(frozen=True)
class ProjectReportData:
    project: ProjectFacts
    workshops: tuple[ProjectWorkshopRow, ...] = ()
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True)
class WorksheetHeader:
    """What a printed worksheet says about the workshop it belongs to."""

    workshop_title: str = ""
    date: date | None = None
    organisation_name: str = ""
    language: Language = "fi"
    locality: str = ""


def with_clock_times(agenda: tuple[AgendaRow, ...], start: time | None) -> tuple[AgendaRow, ...]:
    """Fill in missing clock times by counting durations from the given start (or from the last
    known clock time). Rows before any known time keep `start=None`."""
    current: datetime | None = datetime.combine(date(2000, 1, 1), start) if start else None
    out: list[AgendaRow] = []
    for row in agenda:
        if row.start is not None:
            current = datetime.combine(date(2000, 1, 1), row.start)
        elif current is not None:
            row = replace(row, start=current.time())
        out.append(row)
        if current is not None:
            current += timedelta(minutes=max(0, row.duration_min))
    return tuple(out)
