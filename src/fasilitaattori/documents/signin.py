"""The sign-in sheet: registered participants pre-filled, then blank rows for walk-ins."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from fasilitaattori.documents.base import DEFAULT_OPTIONS, DocumentOptions, make_styles, page_size, render
from fasilitaattori.documents.blocks import data_table, para, spacer
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.i18n import tr
from fasilitaattori.documents.model import Participant, WorkshopFacts
from fasilitaattori.documents.widgets import LabelledBoxes


def build_signin(workshop: WorkshopFacts, participants: Sequence[Participant] = (),
                 options: DocumentOptions = DEFAULT_OPTIONS, blank_rows: int = 10,
                 privacy_notice: str | None = None) -> bytes:
    """A landscape sign-in sheet. Registered participants come first in name order (those
    without a name keep their organisation and leave the name to be written in), then
    `blank_rows` empty rows. `privacy_notice` replaces the default notice of the language."""
    lang = workshop.language
    styles = make_styles(options)
    th = styles.theme
    width = page_size(options, True)[0] - 2 * th.margin
    story: list[Flowable] = title_block(workshop, "signin", styles, options)
    notice = tr(lang, "privacy_notice") if privacy_notice is None else privacy_notice
    if notice.strip():
        story.append(para(notice, styles.muted))
    story.append(spacer(styles, 0.8))
    ordered = sorted(participants, key=lambda p: (not (p.name or "").strip(), (p.name or "").casefold()))
    box = th.body * 1.15
    consent = (tr(lang, "yes"), tr(lang, "no"))
    rows = []
    for number, person in enumerate(ordered, start=1):
        rows.append([str(number), person.name or "", person.organisation, person.municipality, "",
                     LabelledBoxes(consent, box, th.small, th)])
    for number in range(len(ordered) + 1, len(ordered) + 1 + max(0, blank_rows)):
        rows.append([str(number), "", "", "", "", LabelledBoxes(consent, box, th.small, th)])
    num_w = th.body * 2.6
    consent_w = th.body * 11.5
    rest = width - num_w - consent_w
    widths = [num_w, rest * 0.24, rest * 0.25, rest * 0.17, rest * 0.34, consent_w]
    header = ["", tr(lang, "name"), tr(lang, "organisation"), tr(lang, "municipality"),
              tr(lang, "signature"), tr(lang, "photo_consent")]
    story.append(data_table(styles, header, rows, widths, row_heights=max(th.body * 2.9, box * 2.2),
                            valign="MIDDLE"))
    return render(story, workshop_meta(workshop, "signin", landscape=True), options)
