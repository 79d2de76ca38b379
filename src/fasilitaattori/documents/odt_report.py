"""An outline (report_outline.py) as an OpenDocument text with odfdo: headings with outline
levels, lists as lists, table header rows (table:table-header-rows, repeated on every page),
a title and a description on every picture, the document's language and title in meta.xml and
the default style, and the organisation's name and logo in the page header."""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from odfdo import Cell, Document, Element, Frame, Header, List, Paragraph, Row, Span, Table
from odfdo.header_rows import HeaderRows
from odfdo.master_page import StyleMasterPage

from fasilitaattori.documents.docx_report import LOCALES
from fasilitaattori.documents.report_outline import Bullets, Figure, Heading, Outline, Para, TableBlock

_STYLES = (
    '<style:style style:name="Quotations" style:display-name="Quotations" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="html"><style:paragraph-properties fo:margin-left="1cm" '
    'fo:margin-right="1cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-style="italic"/></style:style>',
    '<style:style style:name="Kicker" style:display-name="Kicker" style:family="paragraph" '
    'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:keep-with-next="always"/>'
    '<style:text-properties fo:color="#1f5a74" fo:font-weight="bold" fo:text-transform="uppercase"/>'
    '</style:style>',
    '<style:style style:name="Muted" style:display-name="Muted" style:family="paragraph" '
    'style:parent-style-name="Text_20_body"><style:text-properties fo:color="#555e66" fo:font-style="italic"/>'
    '</style:style>',
    '<style:style style:name="Before_20_figure" style:display-name="Before figure" style:family="paragraph" '
    'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:keep-with-next="always"/></style:style>',
    '<style:style style:name="Lead" style:display-name="Lead" style:family="paragraph" '
    'style:parent-style-name="Text_20_body"><style:text-properties fo:font-size="13pt"/></style:style>',
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>',
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" '
    'style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>',
    '<text:list-style style:name="Bullets" style:display-name="Bullets"><text:list-level-style-bullet '
    'text:level="1" text:bullet-char="•"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
    'text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" '
    'fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>',
    '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:color="#555e66" fo:font-size="9pt"/></style:style>',
)
_AUTOMATIC = (
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.1cm" fo:border="0.5pt solid #9aa3ab"/></style:style>',
    '<style:style style:name="NumberRight" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
    '<style:paragraph-properties fo:text-align="end"/></style:style>',
    '<style:style style:name="Picture" style:family="graphic"><style:graphic-properties '
    'style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/></style:style>',
)


def build_odt(outline: Outline) -> bytes:
    doc = Document("text")
    doc.body.clear()
    doc.language = LOCALES.get(outline.language, "fi-FI")
    doc.meta.title = outline.title
    doc.meta.subject = outline.subject
    doc.meta.initial_creator = outline.author or "Fasilitaattori"
    doc.meta.keywords = outline.subject
    doc.meta.creation_date = datetime.now().replace(microsecond=0)  # not the template's date
    doc.meta.generator = "Fasilitaattori"
    for statistic in doc.meta.get_elements("//meta:document-statistic"):  # the template's zeros
        statistic.delete()
    for xml in _STYLES:
        doc.insert_style(xml)
    for xml in _AUTOMATIC:
        doc.insert_style(xml, automatic=True)
    _page_setup(doc, outline)
    body = doc.body
    figures = tables = 0
    for block, after in zip(outline.blocks, [*outline.blocks[1:], None], strict=True):
        if isinstance(block, Heading):
            body.append(Header(block.level, block.text, style=f"Heading_20_{block.level}"))
        elif isinstance(block, Para):
            body.append(_para(block, keep_with_next=isinstance(after, Figure)))
        elif isinstance(block, Bullets):
            body.append(List(list(block.items), style="Bullets"))
        elif isinstance(block, TableBlock):
            tables += 1
            body.append(_table(doc, block, f"Table{tables}"))
        elif isinstance(block, Figure):
            figures += 1
            body.append(_figure(doc, block, f"Figure{figures}"))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _para(block: Para, keep_with_next: bool = False) -> Paragraph:
    style = "Before_20_figure" if keep_with_next and block.style == "body" else {"quote": "Quotations", "muted": "Muted", "lead": "Lead", "kicker": "Kicker"}.get(block.style,
                                                                                            "Text_20_body")
    if not block.label:
        return Paragraph(block.text, style=style)
    paragraph = Paragraph("", style=style)
    paragraph.append(Span(f"{block.label}: ", style="Strong_20_Emphasis"))
    paragraph.append_plain_text(block.text)
    return paragraph


def _table(doc: Document, block: TableBlock, name: str) -> Table:
    doc.insert_style(f'<style:style style:name="{name}" style:family="table"><style:table-properties '
                     f'style:width="17cm" table:align="left"/></style:style>', automatic=True)
    table = Table(name, style=name)
    weights = block.widths or (1.0,) * len(block.header)
    total = sum(weights)
    for index, weight in enumerate(weights):
        column = f"{name}.C{index + 1}"
        doc.insert_style(f'<style:style style:name="{column}" style:family="table-column"><style:table-column-'
                         f'properties style:column-width="{17 * weight / total:.2f}cm"/></style:style>', automatic=True)
        table.append(Element.from_tag(f'<table:table-column table:style-name="{column}"/>'))
    head = HeaderRows()
    head.append(_row(block.header, "Table_20_Heading", ()))
    table.append(head)
    for values in block.rows:
        table.append(_row(values, "Table_20_Contents", block.numeric))
    return table


def _row(values: tuple[str, ...], style: str, numeric: tuple[int, ...]) -> Row:
    row = Row()
    for index, value in enumerate(values):
        cell = Cell()
        cell.clear()
        cell.style = "Cell"
        cell.append(Paragraph(value, style="NumberRight" if index in numeric else style))
        row.append(cell)
    return row


def _frame(doc: Document, data: bytes | str, width: float, height: float, alt: str, name: str) -> Frame:
    uri = doc.add_file(io.BytesIO(data) if isinstance(data, bytes) else data)
    frame = Frame.image_frame(uri, name=name, size=(f"{width:.1f}pt", f"{height:.1f}pt"), anchor_type="as-char",
                              style="Picture")
    frame.svg_title = alt[:120]
    frame.svg_description = alt
    return frame


def _figure(doc: Document, block: Figure, name: str) -> Element:
    paragraph = Paragraph("", style="Standard")
    data: bytes | str = block.png if block.png else str(block.path)
    paragraph.append(_frame(doc, data, block.width, block.height, block.alt, name))
    if not block.caption:
        return paragraph
    section = Element.from_tag(f'<text:section text:name="{escape(name)}"/>')
    section.append(paragraph)
    section.append(Paragraph(block.caption, style="Caption"))
    return section


def _page_setup(doc: Document, outline: Outline) -> None:
    """A4 with 2 cm margins, headings without numbers, and the organisation on every page."""
    for level in doc.styles.get_elements("//text:outline-level-style"):
        level.set_attribute("style:num-format", "")
        for name in ("style:num-suffix", "loext:num-list-format"):
            level.del_attribute(name)
    layout = doc.get_style("page-layout", "Mpm1")
    if layout is not None:
        props = layout.get_element("style:page-layout-properties")
        if props is not None:
            for key, value in (("fo:page-width", "21cm"), ("fo:page-height", "29.7cm"), ("fo:margin-top", "2cm"),
                               ("fo:margin-bottom", "2cm"), ("fo:margin-left", "2cm"), ("fo:margin-right", "2cm")):
                props.set_attribute(key, value)
    if not outline.header and outline.logo is None:
        return
    master = doc.get_style("master-page", "Standard")
    if not isinstance(master, StyleMasterPage):
        return
    paragraph = Paragraph("", style="Header")
    if outline.logo is not None:
        logo = outline.logo
        paragraph.append(_frame(doc, str(logo.path), logo.width, logo.height, logo.alt, "Logo"))
        paragraph.append_plain_text("   ")
    paragraph.append_plain_text(outline.header)
    master.set_page_header(paragraph)
