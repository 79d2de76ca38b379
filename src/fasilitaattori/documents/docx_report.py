"""An outline (report_outline.py) as a Word document with python-docx: Word's own heading,
list, quote and caption styles, header rows that repeat on every page, alternative texts on
every picture, the document's language and title in its properties, and the organisation's
name and logo in the page header."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shape import InlineShape
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from fasilitaattori.documents.report_outline import Bullets, Figure, Heading, Outline, Para, TableBlock

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
_MUTED = RGBColor(0x55, 0x5E, 0x66)
_ACCENT = RGBColor(0x1F, 0x5A, 0x74)


def build_docx(outline: Outline) -> bytes:
    doc = Document()
    locale = LOCALES.get(outline.language, "fi-FI")
    props = doc.core_properties
    props.title, props.subject, props.language = outline.title, outline.subject, locale
    props.author = outline.author or "Fasilitaattori"
    props.keywords = outline.subject
    _set_language(doc, locale)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    _page_header(doc, outline)
    # python-docx looks a style up by name on every paragraph, which costs most of the time
    # of a long report; the ids are looked up once and set directly
    ids = {name: doc.styles[name].style_id for name in ("List Bullet", "Quote", "Caption", "Heading 1",
                                                       "Heading 2", "Heading 3")}

    def styled(text: str, style: str) -> Paragraph:
        paragraph = doc.add_paragraph(text)
        paragraph._p.style = ids[style]  # noqa: SLF001 - see above
        return paragraph

    for block, after in zip(outline.blocks, [*outline.blocks[1:], None], strict=True):
        if isinstance(block, Heading):
            styled(block.text, f"Heading {min(3, block.level)}")
        elif isinstance(block, Para):
            if block.style == "quote":
                styled(block.text, "Quote")
            else:
                _para(doc, block, keep_with_next=isinstance(after, Figure))
        elif isinstance(block, Bullets):
            for item in block.items:
                styled(item, "List Bullet")
        elif isinstance(block, TableBlock):
            _table(doc, block)
        elif isinstance(block, Figure):
            _figure(doc, block)
            if block.caption:
                styled(block.caption, "Caption")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _set_language(doc: DocxDocument, locale: str) -> None:
    """The language Word's spelling and a screen reader use: w:lang in the document defaults."""
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), locale)
    lang.set(qn("w:eastAsia"), locale)


def _alt(shape: InlineShape, alt: str) -> None:
    doc_pr = shape._inline.docPr  # noqa: SLF001 - python-docx has no public alt-text setter
    doc_pr.set("descr", alt)
    doc_pr.set("title", alt[:120])


def _page_header(doc: DocxDocument, outline: Outline) -> None:
    if not outline.header and outline.logo is None:
        return
    paragraph = doc.sections[0].header.paragraphs[0]
    if outline.logo is not None:
        run = paragraph.add_run()
        _alt(run.add_picture(str(outline.logo.path), width=Pt(outline.logo.width)), outline.logo.alt)
        if outline.header:
            run.add_text("   ")
    if outline.header:
        run = paragraph.add_run(outline.header)
        run.font.color.rgb = _MUTED
        run.font.size = Pt(9)


def _para(doc: DocxDocument, block: Para, keep_with_next: bool = False) -> None:
    paragraph = doc.add_paragraph()
    if block.label:
        paragraph.add_run(f"{block.label}: ").bold = True
    run = paragraph.add_run(block.text)
    paragraph.paragraph_format.keep_with_next = keep_with_next
    if block.style == "muted":
        run.font.color.rgb = _MUTED
        run.italic = True
    elif block.style == "lead":
        run.font.size = Pt(13)
    elif block.style == "kicker":
        run.font.color.rgb = _ACCENT
        run.bold = True
        run.font.all_caps = True
        paragraph.paragraph_format.keep_with_next = True


def _table(doc: DocxDocument, block: TableBlock) -> None:
    table: Table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    header = table.rows[0]
    tr_pr = header._tr.get_or_add_trPr()  # noqa: SLF001 - the repeat-header flag has no public setter
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    weights = block.widths or (1.0,) * len(block.header)
    total = sum(weights)
    widths = [Cm(17.0 * w / total) for w in weights]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads; Word reads the cells' widths
    for row_cells, values, is_header in ((header.cells, block.header, True),
                                         *((r.cells, v, False) for r, v in zip(table.rows[1:], block.rows,
                                                                                strict=True))):
        for index, (cell, value) in enumerate(zip(row_cells, values, strict=True)):
            cell.width = widths[index]
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(value)
            run.bold = is_header
            run.font.size = Pt(10)
            if index in block.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()  # room below the table


def _figure(doc: DocxDocument, block: Figure) -> None:
    source = io.BytesIO(block.png) if block.png else str(block.path)
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.keep_with_next = bool(block.caption)
    shape = paragraph.add_run().add_picture(source, width=Pt(block.width), height=Pt(block.height))
    _alt(shape, block.alt)
