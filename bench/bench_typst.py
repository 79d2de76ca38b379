"""Benchmark: the tagged PDF (PDF/UA-1, through Typst) of the summary against reportlab's PDF.

    uv run python bench/bench_typst.py

Builds the summary of bench_documents.py (500 notes, 100 participants, 20 photos) both ways,
from the collected model to the bytes (the tagged one through the outline of the editable
reports, its charts and photos included), and prints the median times, the sizes and the ratio.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_documents import summary_data  # noqa: E402
from timing import median_time  # noqa: E402

from fasilitaattori.documents.images import ImagePreparer  # noqa: E402
from fasilitaattori.documents.outline_summary import summary_outline  # noqa: E402
from fasilitaattori.documents.summary import build_summary  # noqa: E402
from fasilitaattori.documents.typst_report import build_tagged_pdf  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="fasi-bench-") as tmp:
        data = summary_data(Path(tmp))

        def tagged() -> bytes:
            with tempfile.TemporaryDirectory(prefix="fasi-bench-", dir=tmp) as work:
                return build_tagged_pdf(summary_outline(data, ImagePreparer(Path(work))))

        started = time.perf_counter()
        size = len(tagged())
        print(f"first tagged build (the compiler and fonts loaded): {time.perf_counter() - started:.2f} s")
        plain_size = len(build_summary(data))
        plain = median_time(lambda: build_summary(data), 5)
        typst = median_time(tagged, 5)
    print(f"reportlab PDF       {plain:.2f} s  {plain_size / 1e6:.1f} MB")
    print(f"Typst PDF/UA-1      {typst:.2f} s  {size / 1e6:.1f} MB  {typst / plain:.2f}× reportlab")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
