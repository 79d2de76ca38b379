"""Reading PDFs back in tests with the poppler and qpdf command-line tools."""

from __future__ import annotations

import shutil  # noqa: F401 - also used by the tests
import subprocess
import tempfile
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _run(tool: str, pdf: bytes, *args: str, after: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        return subprocess.run([_tool(tool), *args, str(path), *after], capture_output=True, text=True,
                              timeout=120)


def text(pdf: bytes, first: int | None = None, last: int | None = None) -> str:
    args = ["-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    result = _run("pdftotext", pdf, *args, after=("-",))
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())  # line breaks in a wrapped title become spaces


def page_texts(pdf: bytes) -> list[str]:
    return [text(pdf, n, n) for n in range(1, pages(pdf) + 1)]


def pages(pdf: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def qpdf_check(pdf: bytes) -> None:
    result = _run("qpdf", pdf, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def fonts(pdf: bytes) -> list[list[str]]:
    """pdffonts rows: name, type…, emb, sub, uni, object id."""
    result = _run("pdffonts", pdf)
    assert result.returncode == 0, result.stderr
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


def assert_fonts_embedded(pdf: bytes) -> None:
    rows = fonts(pdf)
    assert rows, "the document uses no font"
    for row in rows:
        # columns from the right: object id (2), uni, sub, emb
        assert row[-5] == "yes", f"font not embedded: {' '.join(row)}"


def assert_sound(pdf: bytes) -> str:
    """Valid PDF, every font embedded; returns the text."""
    assert pdf.startswith(b"%PDF-")
    qpdf_check(pdf)
    assert_fonts_embedded(pdf)
    return text(pdf)


def render_png(pdf: bytes, out_root: Path, dpi: int = 60) -> Path:
    """Page 1 as `out_root`.png, for a human look."""
    out_root.parent.mkdir(parents=True, exist_ok=True)
    result = _run("pdftoppm", pdf, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                  after=(str(out_root),))
    assert result.returncode == 0, result.stderr
    return out_root.with_suffix(".png")
