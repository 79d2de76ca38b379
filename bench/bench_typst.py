"""Measurement for a tagged PDF (PDF/UA-1) of the summary through Typst (issue 24, item 5).

    uv pip install typst   # not a dependency of the program: this only measures the route
    uv run python bench/bench_typst.py [OUT.pdf]

Writes the summary of bench_documents.py (500 notes, 100 participants, 20 photos) from the
same outline as the DOCX and ODT (documents/report_outline.py) as Typst markup, compiles it
with the PDF/UA-1 standard, and prints the time against reportlab's untagged PDF. With OUT.pdf
it also writes the demo workshop's summary there, to look at.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_documents import summary_data  # noqa: E402
from timing import median_time  # noqa: E402

from fasilitaattori.documents.images import ImagePreparer  # noqa: E402
from fasilitaattori.documents.outline_summary import summary_outline  # noqa: E402
from fasilitaattori.documents.report_outline import (  # noqa: E402
    Bullets,
    Figure,
    Heading,
    Outline,
    Para,
    TableBlock,
)
from fasilitaattori.documents.summary import build_summary  # noqa: E402
from fasilitaattori.paths import resource  # noqa: E402


def s(text: str) -> str:
    """A Typst string literal (JSON's escaping is Typst's)."""
    return json.dumps(text, ensure_ascii=False)


def to_typst(outline: Outline, workdir: Path) -> str:
    region = {"fi": "FI", "sv": "FI", "en": "GB"}[outline.language]
    out = [f"#set document(title: {s(outline.title)}, author: {s(outline.author or 'Fasilitaattori')})",
           f'#set text(lang: "{outline.language}", region: "{region}", font: "DejaVu Sans", size: 10pt)',
           f'#set page(paper: "a4", margin: 2cm, header: text(size: 8pt, fill: rgb("#555e66"))[#{s(outline.header)}])',
           '#show heading: set text(fill: rgb("#1f5a74"))',
           "#set table(stroke: 0.5pt + rgb(\"#9aa3ab\"), inset: 4pt)"]
    figures = 0
    for block in outline.blocks:
        if isinstance(block, Heading):
            out.append(f"#heading(level: {block.level})[#{s(block.text)}]")
        elif isinstance(block, Para):
            body = f"#{s(block.text)}"
            if block.label:
                body = f"*#{s(block.label + ': ')}*{body}"
            if block.style == "quote":
                out.append(f"#quote(block: true)[{body}]")
            elif block.style in ("muted", "kicker"):
                out.append(f'#text(fill: rgb("#555e66"))[{body}]')
            else:
                out.append(body)
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- #{s(item)}" for item in block.items))
        elif isinstance(block, TableBlock):
            widths = ", ".join(f"{w}fr" for w in (block.widths or (1,) * len(block.header)))
            head = ", ".join(f"[*#{s(h)}*]" for h in block.header)
            cells = ", ".join(f"[#{s(c)}]" for row in block.rows for c in row)
            out.append(f"#table(columns: ({widths},), table.header({head}), {cells})")
        elif isinstance(block, Figure):
            figures += 1
            path = block.path
            if block.png:
                path = workdir / f"chart-{figures}.png"
                path.write_bytes(block.png)
            caption = f", caption: [#{s(block.caption)}]" if block.caption else ""
            out.append(f"#figure(image({s(str(path))}, width: {block.width:.0f}pt, alt: {s(block.alt)}){caption})")
        out.append("")
    return "\n".join(out)


def build(outline_of: object) -> bytes:
    import typst

    with tempfile.TemporaryDirectory(prefix="fasi-typst-") as work:
        outline = outline_of(ImagePreparer(Path(work)))  # type: ignore[operator]
        source = Path(work) / "summary.typ"
        source.write_text(to_typst(outline, Path(work)), encoding="utf-8")
        return typst.compile(str(source), root="/", font_paths=[str(resource("fonts"))],
                             pdf_standards="ua-1")


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="fasi-bench-") as tmp:
        data = summary_data(Path(tmp))
        started = time.perf_counter()
        first = build(lambda images: summary_outline(data, images))
        print(f"first Typst build (fonts loaded): {time.perf_counter() - started:.2f} s, {len(first) / 1e6:.1f} MB")
        build_summary(data)
        pdf = median_time(lambda: build_summary(data), 3)
        tagged = median_time(lambda: build(lambda images: summary_outline(data, images)), 3)
    print(f"reportlab PDF {pdf:.2f} s; Typst PDF/UA-1 {tagged:.2f} s ({tagged / pdf:.2f}×)")
    if argv:
        from fasilitaattori.core import projects, workshops
        from fasilitaattori.core.demo import create_demo
        from fasilitaattori.documents import collect
        from fasilitaattori.library.seed import open_workbench

        with tempfile.TemporaryDirectory(prefix="fasi-demo-") as tmp:
            wb = open_workbench(Path(tmp) / "data")
            create_demo(wb)
            held = workshops.list_workshops(wb, projects.list_projects(wb)[0].id)[0]
            demo = collect.summary_data(wb, held.id)
            Path(argv[0]).write_bytes(build(lambda images: summary_outline(demo, images)))
            wb.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
