"""Reading the editable reports back in tests: DOCX with python-docx, ODT from its XML parts."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
ODT_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


@dataclass
class Read:
    """What a reader of either format meets: the text, the heading levels in order, each
    picture's alternative text, whether each table's first row is a repeated header row, the
    language and the title."""

    text: str
    headings: list[int]
    alts: list[str]
    header_rows: list[bool]
    language: str
    title: str
    all_xml: str = ""  # every XML part, to look for what must not be anywhere
    style_language: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def read_docx(data: bytes) -> Read:
    document = docx.Document(io.BytesIO(data))
    headings = [int(p.style.name.split()[-1]) for p in document.paragraphs
                if p.style is not None and p.style.name.startswith("Heading ")]
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    header_rows = []
    for table in document.tables:
        first = table.rows[0]._tr  # noqa: SLF001 - the flag has no reader in python-docx
        flag = first.find(f"{{{W}}}trPr/{{{W}}}tblHeader")
        header_rows.append(flag is not None and flag.get(f"{{{W}}}val", "true") in ("true", "1", "on"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")}
    alts = []
    for name, xml in parts.items():
        if name.startswith("word/") and ("document" in name or "header" in name):
            alts += [el.get("descr", "") for el in etree.fromstring(xml.encode()).iter(f"{{{WP}}}docPr")]
    lang = etree.fromstring(parts["word/styles.xml"].encode()).find(
        f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr/{{{W}}}lang")
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    return Read(text="\n".join(texts), headings=headings, alts=alts, header_rows=header_rows,
                language=document.core_properties.language or "", title=document.core_properties.title or "",
                all_xml="\n".join(parts.values()), style_language=lang.get(f"{{{W}}}val", "") if lang is not None else "",
                extra={"header": header})


def read_odt(data: bytes) -> Read:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist() if n.endswith(".xml")}
        mimetype = archive.read("mimetype").decode()
    content = etree.fromstring(parts["content.xml"])
    styles = etree.fromstring(parts["styles.xml"])
    meta = etree.fromstring(parts["meta.xml"])
    n = ODT_NS
    body = content.find("office:body/office:text", n)
    assert body is not None
    headings = [int(h.get(f"{{{n['text']}}}outline-level", "0")) for h in body.iter(f"{{{n['text']}}}h")]
    text = "\n".join("".join(el.itertext()) for el in body.iter(f"{{{n['text']}}}p", f"{{{n['text']}}}h"))
    alts = []
    for root in (content, styles):
        for frame in root.iter(f"{{{n['draw']}}}frame"):
            if frame.find("draw:image", n) is not None:
                desc = frame.find("svg:desc", n)
                alts.append(desc.text or "" if desc is not None else "")
    header_rows = []
    for table in body.iter(f"{{{n['table']}}}table"):
        first = next((c for c in table if not c.tag.endswith("table-column")), None)
        header_rows.append(first is not None and first.tag == f"{{{n['table']}}}table-header-rows"
                           and len(first) > 0)
    default = styles.find("office:styles/style:default-style[@style:family='paragraph']/style:text-properties", n)
    style_language = ""
    if default is not None:
        fo = n["fo"]
        style_language = f"{default.get(f'{{{fo}}}language')}-{default.get(f'{{{fo}}}country')}"
    return Read(text=text, headings=headings, alts=alts, header_rows=header_rows,
                language=meta.findtext(".//dc:language", "", n), title=meta.findtext(".//dc:title", "", n),
                all_xml="\n".join(p.decode("utf-8") for p in parts.values()), style_language=style_language,
                extra={"mimetype": mimetype, "header": "".join(
                    "".join(h.itertext()) for h in styles.iter(f"{{{n['style']}}}header"))})


def read(data: bytes, fmt: str) -> Read:
    return read_docx(data) if fmt == "docx" else read_odt(data)
