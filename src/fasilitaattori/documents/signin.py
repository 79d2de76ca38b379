"""The sign-in sheet: registered participants pre-filled, then blank rows for walk-ins."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from fasilitaattori.documents.base import DEFAULT_OPTIONS, DocumentOptions, make_styles, page_size, render
from fasilitaattori.documents.blocks import data_table, para, spacer
from fasilitaattori.documents.collation import name_key
from fasilitaattori.documents.common import title_block, workshop_meta
from fasilitaattori.documents.fonts import BOLD, printable
from fasilitaattori.documents.i18n import tr
from fasilitaattori.documents.model import Participant, WorkshopFacts
from fasilitaattori.documents.widgets import LabelledBoxes


def build_signin(workshop: WorkshopFacts, participants: Sequence[Participant] = (),
                 options: DocumentOptions = DEFAULT_OPTIONS, blank_rows: int = 10,
                 privacy_notice: str | None = None) -> bytes:
    """A landscape sign-in sheet. Registered participants come first by last name in the
    language's alphabetical order (those
    without a name keep their organisation and leave the name to be written in), then
    `blank_rows` empty rows. `privacy_notice` replaces the default notice of the language."""
    lang = workshop.language
    styles = make_styles(options, lang)
    th = styles.theme
    width = page_size(options, True)[0] - 2 * th.margin
    story: list[Flowable] = title_block(workshop, "signin", styles, options)
    notice = tr(lang, "privacy_notice") if privacy_notice is None else privacy_notice
    if notice.strip():  # what people sign up to must be readable: 11 pt at least, full ink
        size = max(11.0, th.small)
        story.append(para(notice, ParagraphStyle("notice", parent=styles.body, fontSize=size, leading=size * 1.3)))
    story.append(spacer(styles, 0.8))
    ordered = sorted(participants, key=lambda p: name_key(p.name, lang))
    box = th.body * 1.15
    consent = (tr(lang, "yes"), tr(lang, "no"))
    row_h = max(th.body * 2.9, box * 2.2)
    pad = th.body * 0.4

    def number(n: int) -> list[Flowable]:
        # the strut gives every row room to write by hand; rows with wrapped text grow taller
        return [Spacer(0, row_h - 2 * pad - th.body * 1.25), para(str(n), styles.cell)]

    rows = []
    for n, person in enumerate(ordered, start=1):
        rows.append([number(n), person.name or "", person.organisation, person.municipality, "",
                     LabelledBoxes(consent, box, th.small, th)])
    for n in range(len(ordered) + 1, len(ordered) + 1 + max(0, blank_rows)):
        rows.append([number(n), "", "", "", "", LabelledBoxes(consent, box, th.small, th)])
    num_w = th.body * 2.6
    consent_w = max(LabelledBoxes(consent, box, th.small, th).wrap(width, row_h)[0] + 2 * pad + th.body,
                    stringWidth(printable(tr(lang, "photo_consent")), BOLD, th.body) + 2 * pad + 2)
    rest = width - num_w - consent_w
    widths = [num_w, rest * 0.24, rest * 0.27, rest * 0.21, rest * 0.28, consent_w]
    header = ["", tr(lang, "name"), tr(lang, "organisation"), tr(lang, "municipality"),
              tr(lang, "signature"), tr(lang, "photo_consent")]
    story.append(data_table(styles, header, rows, widths, valign="BOTTOM"))
    return render(story, workshop_meta(workshop, "signin", landscape=True), options)
