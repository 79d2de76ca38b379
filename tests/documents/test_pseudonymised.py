"""A pseudonymised summary or project report carries no participant's name or contact."""

from __future__ import annotations

from fasilitaattori.core import participants, projects, workshops
from fasilitaattori.documents.kinds import build_document
from tests.documents import pdftools


def _people(wb) -> tuple[list[str], list[str]]:
    people = participants.list_participants(wb)
    names = [p.display_name for p in people if p.display_name]
    contacts = [p.contact for p in people if p.contact]
    return names, contacts


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pseudonymised_summaries_and_report_name_nobody(demo_wb) -> None:
    names, contacts = _people(demo_wb)
    assert names and contacts
    project = projects.list_projects(demo_wb)[0]
    texts = [_flat(pdftools.text(build_document(demo_wb, "summary", ws.id, pseudonymise=True)))
             for ws in workshops.list_workshops(demo_wb, project.id)]
    texts.append(_flat(pdftools.text(build_document(demo_wb, "project-report", project.id, pseudonymise=True))))
    everything = "\n".join(texts)
    for secret in [*names, *contacts]:
        assert secret not in everything
        for part in secret.split():
            if len(part) > 3 and part[0].isupper() and "@" not in part:
                assert part not in everything, part
    assert "P-0" in everything  # the codes stand in


def test_the_plain_summary_does_name_people(demo_wb) -> None:
    """The check above can fail: without pseudonymising, names are printed."""
    names, _contacts = _people(demo_wb)
    project = projects.list_projects(demo_wb)[0]
    text = "\n".join(_flat(pdftools.text(build_document(demo_wb, "summary", ws.id)))
                     for ws in workshops.list_workshops(demo_wb, project.id))
    assert any(name in text for name in names)
