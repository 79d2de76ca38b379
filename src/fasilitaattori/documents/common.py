"""Pieces every workshop printout shares: its frame, its title block, its when-and-where line."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from fasilitaattori.documents.base import DocMeta, DocumentOptions, Styles
from fasilitaattori.documents.blocks import markup, para
from fasilitaattori.documents.i18n import format_date, format_time_range, tr
from fasilitaattori.documents.model import WorkshopFacts


def when(workshop: WorkshopFacts) -> str:
    """'tiistai 14.5.2024, klo 9.00–12.00'."""
    lang = workshop.language
    parts = [format_date(lang, workshop.date), format_time_range(lang, workshop.start_time, workshop.end_time)]
    return ", ".join(p for p in parts if p)


def where(workshop: WorkshopFacts) -> str:
    parts = [workshop.venue.strip(), workshop.locality.strip()]
    return ", ".join(p for p in parts if p)


def workshop_meta(workshop: WorkshopFacts, doc_key: str, landscape: bool = False) -> DocMeta:
    lang = workshop.language
    doc_name = tr(lang, doc_key)
    footer = " · ".join(p for p in (workshop.title.strip(), format_date(lang, workshop.date, weekday=False)) if p)
    return DocMeta(
        title=f"{doc_name}: {workshop.title}" if workshop.title.strip() else doc_name,
        language=lang,
        subject=doc_name,
        author=workshop.organisation_name or ", ".join(workshop.facilitators),
        header_left=workshop.organisation_name,
        header_right=doc_name,
        footer_left=footer,
        landscape=landscape,
    )


def title_block(workshop: WorkshopFacts, doc_key: str, styles: Styles, options: DocumentOptions,
                show_where: bool = True) -> list[Flowable]:
    """Document kind as a small kicker line, the workshop title, then date/time and place."""
    lang = workshop.language
    th = styles.theme
    kicker = Paragraph(
        f'<font color="{_hex(th.muted)}">{markup(tr(lang, doc_key).upper())}</font>', styles.small
    )
    out: list[Flowable] = [kicker, para(workshop.title or tr(lang, "workshop"), styles.h1)]
    line = when(workshop)
    if show_where and where(workshop):
        line = f"{line} · {where(workshop)}" if line else where(workshop)
    if line:
        out.append(para(line, styles.big))
    return out


def _hex(color: object) -> str:
    return "#" + color.hexval()[2:]  # type: ignore[attr-defined]


hex_color = _hex
