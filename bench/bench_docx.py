"""Benchmark: the editable summary (DOCX and ODT) against its PDF, from the same data.

    uv run python bench/bench_docx.py

Builds the workshop summary of bench_documents.py (500 notes, 100 participants, 20 photos) as
PDF, as DOCX and as ODT, each from the collected model to the file's bytes (the outline, its
charts and the photos included), and prints the median times and the ratios; the target for
the DOCX is at most 2× the PDF.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_documents import summary_data  # noqa: E402
from timing import median_time  # noqa: E402

from fasilitaattori.documents.docx_report import build_docx  # noqa: E402
from fasilitaattori.documents.images import ImagePreparer  # noqa: E402
from fasilitaattori.documents.odt_report import build_odt  # noqa: E402
from fasilitaattori.documents.outline_summary import summary_outline  # noqa: E402
from fasilitaattori.documents.summary import build_summary  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="fasi-bench-") as tmp:
        data = summary_data(Path(tmp))

        def editable(writer: object) -> bytes:
            with tempfile.TemporaryDirectory(prefix="fasi-bench-", dir=tmp) as work:
                return writer(summary_outline(data, ImagePreparer(Path(work))))  # type: ignore[operator]

        sizes = {"pdf": len(build_summary(data)), "docx": len(editable(build_docx)),
                 "odt": len(editable(build_odt))}  # also warms fonts and imports
        times = {"pdf": median_time(lambda: build_summary(data), 5),
                 "docx": median_time(lambda: editable(build_docx), 5),
                 "odt": median_time(lambda: editable(build_odt), 5)}
    for fmt in ("pdf", "docx", "odt"):
        ratio = times[fmt] / times["pdf"]
        print(f"summary {fmt:4}  {times[fmt]:.2f} s  {sizes[fmt] / 1e6:.1f} MB  {ratio:.2f}× the PDF")
    ok = times["docx"] <= 2 * times["pdf"]
    print("DOCX within 2× the PDF" if ok else "DOCX SLOWER than 2× the PDF")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
