"""XMP metadata for a printout: its title, language, author and subject in the form that
catalogues, screen readers and archive checks read (the Info dictionary alone is the old way).

reportlab has the stream (`pdfdoc.XMP`) but writes no packet of its own; this is that packet.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP


def _created() -> str:
    """Now, or SOURCE_DATE_EPOCH as reportlab's own dates honour it (files that must be equal)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def xmp_packet(title: str, language: str, author: str = "", subject: str = "") -> str:
    """The XMP packet: `language` is the document's tag (fi-FI, sv-FI, en)."""
    lang = escape(language, {'"': "&quot;"})

    def alt(text: str) -> str:
        value = escape(text)
        return (f'<rdf:Alt><rdf:li xml:lang="x-default">{value}</rdf:li>'
                f'<rdf:li xml:lang="{lang}">{value}</rdf:li></rdf:Alt>')

    parts = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{alt(title)}</dc:title>",
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>",
    ]
    if author:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>")
    if subject:
        parts.append(f"<dc:description>{alt(subject)}</dc:description>")
    created = _created()
    parts += [f"<xmp:CreateDate>{created}</xmp:CreateDate>", f"<xmp:ModifyDate>{created}</xmp:ModifyDate>",
              "<xmp:CreatorTool>Fasilitaattori</xmp:CreatorTool>", "<pdf:Producer>Fasilitaattori</pdf:Producer>"]
    body = "\n   ".join(parts)
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
            f"   {body}\n"
            "  </rdf:Description>\n"
            " </rdf:RDF>\n"
            "</x:xmpmeta>\n"
            '<?xpacket end="w"?>')


def attach_xmp(canvas: Any, packet: str) -> None:
    """Put `packet` into the PDF that `canvas` writes, as the catalog's /Metadata stream."""
    data = packet.encode("utf-8")
    stream = XMP(creator=lambda _doc: data)
    canvas._doc.Catalog.Metadata = stream
