"""`fasilitaattori calendar --project ID -o FILE.ics`: one event per dated workshop, read back by icalendar."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar

from fasilitaattori.cli import main
from fasilitaattori.core import agenda, projects, workshops

HELSINKI = ZoneInfo("Europe/Helsinki")


def test_each_dated_workshop_becomes_one_event_with_its_place_times_and_agenda(wb, data_dir, tmp_path, capsys):
    project = projects.create_project(wb, name="Verkostohanke")
    first = workshops.create_workshop(wb, project_id=project.id, title="Verkostokoulutus", date="2026-03-10",
                                      start_time="09:00", end_time="16:00", venue="Kuntatalo",
                                      locality="Iisalmi")
    agenda.set_days(wb, first.id, 2)
    agenda.set_day_start(wb, first.id, 2, "08:30")
    cafe = agenda.add_item(wb, first.id, title="Oppimiskahvila", duration_min=60)
    agenda.add_track(wb, cafe.id, title="Pöytä 1: palvelupolku", room="Sali 1")
    agenda.add_item(wb, first.id, title="Lounas", duration_min=45, pinned_start="12:00")
    agenda.add_item(wb, first.id, title="Oma suunnitelma", duration_min=90, day=2)
    workshops.create_workshop(wb, project_id=project.id, title="Kyläilta", date="2026-04-02",
                              start_time="17:30", end_time="20:00", language="sv")
    workshops.create_workshop(wb, project_id=project.id, title="Päivä vielä auki")  # no date: no event
    workshops.create_workshop(wb, title="Toisen hankkeen työpaja", date="2026-03-11")
    wb.close()
    out = tmp_path / "hanke.ics"

    assert main(["--data-dir", str(data_dir), "calendar", "--project", project.id, "-o", str(out)]) == 0
    assert "2 workshops" in capsys.readouterr().out

    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert sorted(events) == ["Kyläilta", "Verkostokoulutus"]
    training = events["Verkostokoulutus"]
    assert training.decoded("dtstart") == datetime(2026, 3, 10, 9, 0, tzinfo=HELSINKI)
    assert training.decoded("dtend") == datetime(2026, 3, 11, 16, 0, tzinfo=HELSINKI)
    assert str(training["location"]) == "Kuntatalo, Iisalmi"
    description = str(training["description"]).splitlines()
    assert description[:5] == ["Päivä 1 tiistai 10.3.2026", "9.00 Oppimiskahvila",
                               "  – Pöytä 1: palvelupolku (Sali 1)", "12.00 Lounas", ""]
    assert description[5:] == ["Päivä 2 keskiviikko 11.3.2026", "8.30 Oma suunnitelma"]
    evening = events["Kyläilta"]
    assert evening.decoded("dtend") == datetime(2026, 4, 2, 20, 0, tzinfo=HELSINKI)
    assert str(evening["description"]) == "Inget program har förts in."


def test_an_unknown_project_is_one_sentence_and_no_file(wb, data_dir, tmp_path, capsys):
    wb.close()
    out = tmp_path / "x.ics"
    assert main(["--data-dir", str(data_dir), "calendar", "--project", "nope", "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err.strip()
    assert err and "Traceback" not in err and len(err.splitlines()) == 1
