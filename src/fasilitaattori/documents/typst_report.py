"""An outline (report_outline.py) as a tagged PDF (PDF/UA-1) through Typst, whose compiler
tags headings, lists, tables (with header rows), figures with their alternative texts, the
language and the title, which reportlab's open-source edition cannot. The text goes into the
Typst source only as string literals, so nothing a user typed is read as markup."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from fasilitaattori.documents.report_outline import Bullets, Figure, Heading, Outline, Para, TableBlock, clean
from fasilitaattori.paths import resource

_REGIONS = {"fi": "FI", "sv": "FI", "en": "GB"}
_MUTED = 'rgb("#555e66")'


def _s(text: str) -> str:
    """A Typst string literal. JSON's escaping is Typst's for quotes, backslashes, line breaks
    and tabs; the outline has already dropped the other control characters, which JSON would
    write in a form Typst reads otherwise."""
    return json.dumps(clean(text), ensure_ascii=False)


def typst_source(outline: Outline, workdir: Path) -> str:
    """The Typst markup of the outline; charts are written into `workdir` as PNG files."""
    out = [f"#set document(title: {_s(outline.title)}, author: {_s(outline.author or 'Fasilitaattori')})",
           f'#set text(lang: "{outline.language}", region: "{_REGIONS.get(outline.language, "FI")}", '
           'font: "DejaVu Sans", size: 10pt)',
           '#show heading: set text(fill: rgb("#1f5a74"))',
           '#set table(stroke: 0.5pt + rgb("#9aa3ab"), inset: 4pt)']
    header = f"#text(size: 8pt, fill: {_MUTED})[#{_s(outline.header)}]" if outline.header else ""
    if outline.logo is not None:
        logo = outline.logo
        header = (f"#box(image({_s(str(logo.path))}, width: {logo.width:.0f}pt, alt: {_s(logo.alt)}))"
                  f"#h(8pt){header}")
    out.append(f'#set page(paper: "a4", margin: 2cm, header: [{header}])')
    for number, block in enumerate(outline.blocks):
        if isinstance(block, Heading):
            out.append(f"#heading(level: {block.level})[#{_s(block.text)}]")
        elif isinstance(block, Para):
            body = f"#{_s(block.text)}"
            if block.label:
                body = f"#strong({_s(block.label + ': ')}){body}"
            if block.style == "quote":
                out.append(f"#quote(block: true)[{body}]")
            elif block.style == "kicker":  # stays with the list or heading it introduces
                out.append(f"#block(sticky: true)[#text(fill: {_MUTED})[{body}]]")
            elif block.style == "muted":
                out.append(f"#text(fill: {_MUTED})[{body}]")
            elif block.style == "lead":
                out.append(f"#text(size: 12pt)[{body}]")
            elif number + 1 < len(outline.blocks) and isinstance(outline.blocks[number + 1], Figure):
                out.append(f"#block(sticky: true)[{body}]")  # a chart's figures stay with it
            else:
                out.append(body)
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- #{_s(item)}" for item in block.items))
        elif isinstance(block, TableBlock):
            widths = ", ".join(f"{w}fr" for w in (block.widths or (1,) * len(block.header)))
            align = ", ".join("right" if i in block.numeric else "left" for i in range(len(block.header)))
            head = ", ".join(f"[*#{_s(h)}*]" for h in block.header)
            cells = "".join(f", [#{_s(c)}]" for row in block.rows for c in row)
            out.append(f"#table(columns: ({widths},), align: ({align},), table.header({head}){cells})")
        elif isinstance(block, Figure):
            path = block.path
            if block.png:
                path = workdir / f"chart-{number}.png"
                path.write_bytes(block.png)
            caption = f", caption: [#{_s(block.caption)}]" if block.caption else ""
            out.append(f"#figure(image({_s(str(path))}, width: {block.width:.0f}pt, alt: {_s(block.alt)}){caption})")
        out.append("")
    return "\n".join(out)


def build_tagged_pdf(outline: Outline) -> bytes:
    import typst  # 60 MB of compiler: loaded only when a tagged PDF is asked for

    with tempfile.TemporaryDirectory(prefix="fasilitaattori-") as work:
        source = Path(work) / "report.typ"
        source.write_text(typst_source(outline, Path(work)), encoding="utf-8")
        # root "/" lets the source name the photos and the logo by their absolute paths
        result = typst.compile(str(source), root="/", font_paths=[str(resource("fonts"))], pdf_standards="ua-1")
    if not isinstance(result, bytes):
        raise TypeError("Typst returned no PDF")
    return result
