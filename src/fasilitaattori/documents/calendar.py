"""A project's dated workshops as a calendar file (.ics) to send to participants.

One event per dated workshop, from its first day's start to its last day's end, with its
place and the participant agenda as the description, in the workshop's language. Times are
Finnish local time (Europe/Helsinki, with its VTIMEZONE), so a calendar abroad shows them right.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..core import agenda, projects, workshops
from ..core.agenda_times import day_count, day_date
from ..core.workbench import Workbench
from ..store.models import Workshop
from .i18n import format_date, format_time, tr

ZONE = ZoneInfo("Europe/Helsinki")


def build_calendar(wb: Workbench, project_id: str, now: datetime | None = None) -> tuple[bytes, int]:
    """The .ics bytes for the project's dated workshops, and how many events it holds."""
    project = projects.projects.get(wb, project_id)
    cal = Calendar()
    cal.add("prodid", "-//Fasilitaattori//fi")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", project.name)
    stamp = now or datetime.now(ZONE)
    count = 0
    for ws in workshops.list_workshops(wb, project_id):
        if not ws.date:
            continue
        event = Event()
        event.add("uid", f"{ws.id}@fasilitaattori")
        event.add("dtstamp", stamp)
        event.add("summary", ws.title)
        last = day_date(ws, day_count(ws)) or ws.date
        event.add("dtstart", _at(ws.date, ws.start_time))
        event.add("dtend", _at(last, ws.end_time))
        place = ", ".join(p.strip() for p in (ws.venue, ws.locality) if p.strip())
        if place:
            event.add("location", place)
        event.add("description", participant_agenda_text(wb, ws))
        cal.add_component(event)
        count += 1
    cal.add_missing_timezones()
    return cal.to_ical(), count


def _at(day: str, hhmm: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(hhmm), ZONE)


def participant_agenda_text(wb: Workbench, ws: Workshop) -> str:
    """The programme as plain lines: day headings when there are several, parallel tracks
    under their block with where they are."""
    lang = ws.language
    plan = agenda.schedule(wb, ws.id)
    lines: list[str] = []
    for day in plan.days:
        if len(plan.days) > 1:
            when = format_date(lang, date.fromisoformat(day.date)) if day.date else ""
            lines.append(" ".join(p for p in (tr(lang, "day_n", n=day.number), when) if p))
        for row in day.items:
            lines.append(f"{format_time(lang, time.fromisoformat(row.start))} {row.item.title}")
            for track in row.tracks:
                extra = ", ".join(p for p in (track.item.leader, track.item.room) if p)
                lines.append(f"  – {track.item.title}" + (f" ({extra})" if extra else ""))
        if len(plan.days) > 1:
            lines.append("")
    return "\n".join(lines).strip() or tr(lang, "no_agenda")
