"""A print designer's checks on a finished PDF, read back with pdfplumber.

`check_pdf(pdf, expect)` returns the faults it finds; each check is a plain function of the
page facts, so a self-test can feed it a tiny PDF with exactly one fault. The checks:

- split_word: a word broken across two lines without a hyphen ("hyvinvoi|ntialueelle");
- outside: text beyond the page margins, or a word that straddles the edge of a drawn box;
- overlap: text printed over other text;
- small_glyph: in large print a glyph under 16 pt (12 pt in the running header and footer);
- ellipsis: "…" anywhere (a label cut short instead of wrapped or shrunk);
- internal_key: a program key ("intro", "status.open", "feedback_form") printed as text;
- heading_last: a heading, or a big key figure, with nothing after it on its page;
- sticky_room: a prompt's box (a poster quadrant) without a free area under the prompt as
  high and as wide as a sticky note (only when `Expect.sticky_prompts` names the prompts).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pdfplumber

# Category, status, note, question kinds: the words the program stores and must translate.
INTERNAL_KEYS = frozenset({
    "intro", "exercise", "discussion", "presentation", "break", "closing", "feedback",
    "planned", "held", "cancelled", "open", "in_progress", "done", "idea", "quote",
    "development_need", "observation", "decision", "question", "scale", "yesno", "text",
    "task", "assignment",
})
_KEYLIKE = re.compile(r"^[a-z]+(?:[._][a-z]+)+$")  # status.open, feedback_form
_LETTERS = re.compile(r"[^\W\d_]+$")
_WORD_HEAD = re.compile(r"^[^\W\d_]+")


@dataclass(frozen=True)
class Frame:
    """The body frame in pdfplumber's coordinates (y grows downwards from the page top)."""

    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class Expect:
    """What the document promised: its frame for a page size, its body size, large print."""

    frame: Callable[[float, float], Frame]
    body_size: float
    large_print: bool = False
    vocabulary: frozenset[str] = frozenset()
    min_size: float = 16.0
    min_running_size: float = 12.0
    sticky_prompts: tuple[str, ...] = ()  # the prompts whose boxes hold sticky notes
    sticky_mm: float = 76.0  # a standard sticky note, 76 × 76 mm


@dataclass(frozen=True)
class Fault:
    check: str
    page: int
    detail: str

    def __str__(self) -> str:
        return f"p{self.page} {self.check}: {self.detail}"


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Segment:
    """Words on one baseline that follow each other closely: one line of one text block."""

    words: list[Word] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Page:
    number: int
    width: float
    height: float
    chars: list[dict[str, object]]
    words: list[Word]
    segments: list[Segment]
    boxes: list[tuple[float, float, float, float]]  # drawn rectangles and rounded boxes
    graphics: list[tuple[float, float, float, float]]  # everything drawn, images included


def read_pages(pdf: bytes) -> list[Page]:
    pages: list[Page] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            raw = page.extract_words(keep_blank_chars=False, use_text_flow=True,
                                     extra_attrs=["size", "fontname"])
            words = [Word(str(w["text"]), float(w["x0"]), float(w["x1"]), float(w["top"]),
                          float(w["bottom"]), float(w["size"]), "Bold" in str(w["fontname"]))
                     for w in raw]
            boxes = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
                     for o in (*page.rects, *page.curves)]
            graphics = [*boxes, *((float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
                                  for o in (*page.lines, *page.images))]
            pages.append(Page(number, float(page.width), float(page.height),
                              [dict(c) for c in page.chars], words, _segments(words), boxes, graphics))
    return pages


def _segments(words: Iterable[Word]) -> list[Segment]:
    out: list[Segment] = []
    for word in sorted(words, key=lambda w: (round(w.bottom), w.x0)):
        for seg in out:
            last = seg.words[-1]
            if abs(last.bottom - word.bottom) < 1.0 and 0 <= word.x0 - last.x1 < max(last.size, word.size) * 0.7:
                seg.words.append(word)
                break
        else:
            out.append(Segment([word]))
    return out


# -- the checks -------------------------------------------------------------------------------
def split_words(page: Page, expect: Expect) -> list[Fault]:
    """A line ending in letters whose next line (same block: below it, starting where it
    starts or overlapping it) begins with lower-case letters, and the two parts join into a
    word the document is made of or leave a part of one letter; or a number cut in two."""
    faults = []
    vocabulary = expect.vocabulary
    for seg in page.segments:
        last = seg.words[-1].text
        below = [s for s in page.segments if s is not seg and 0.5 * seg.size < s.top - seg.top < 2.2 * seg.size
                 and (abs(s.x0 - seg.x0) < 2 or (s.x0 < seg.x1 and s.x1 > seg.x0 and abs(s.size - seg.size) < 0.5))]
        if not below:
            continue
        nxt = min(below, key=lambda s: (s.top, abs(s.x0 - seg.x0))).words[0].text
        if re.search(r"\d[.:]?$", last) and re.fullmatch(r"\d{1,3}[.,;:)]?", nxt) and re.search(r"\d[.:]\d", last):
            faults.append(Fault("split_word", page.number, f"{last}|{nxt}"))
            continue
        tail = _LETTERS.search(last)
        head = _WORD_HEAD.match(nxt)
        if not tail or not head or not head.group(0)[0].islower() or last.endswith("-"):
            continue
        joined = (tail.group(0) + head.group(0)).casefold()
        lone = len(head.group(0)) == 1 and nxt == head.group(0) and head.group(0) not in "ijaeoö"
        if joined in vocabulary and tail.group(0).casefold() not in vocabulary or lone:
            faults.append(Fault("split_word", page.number, f"{last}|{nxt}"))
    return faults


def outside(page: Page, expect: Expect) -> list[Fault]:
    """Text past the side margins or the printable top and bottom, and words that straddle
    the edge of a drawn box (a label running out of its box)."""
    frame = expect.frame(page.width, page.height)
    faults = []
    for w in page.words:
        if w.x0 < frame.left - 1 or w.x1 > frame.right + 1 or w.top < frame.top * 0.35 or \
                w.bottom > page.height - (page.height - frame.bottom) * 0.35:
            faults.append(Fault("outside", page.number, f"{w.text!r} beyond the margins"))
            continue
        for x0, top, x1, bottom in page.boxes:
            if x1 - x0 < w.size * 2 or bottom - top < w.size * 1.2:
                continue  # tick boxes, bars and rules are no frames for text
            inside_x = min(w.x1, x1) - max(w.x0, x0)
            inside_y = min(w.bottom, bottom) - max(w.top, top)
            if inside_x > 0 and inside_y > 0:
                straddles = w.x0 < x0 - 0.5 or w.x1 > x1 + 0.5 or w.top < top - 0.5 or w.bottom > bottom + 0.5
                if straddles and inside_x * inside_y > 0.1 * (w.x1 - w.x0) * (w.bottom - w.top):
                    faults.append(Fault("outside", page.number, f"{w.text!r} crosses a box edge"))
                    break
    return faults


def overlap(page: Page, _expect: Expect) -> list[Fault]:
    """Two words whose glyphs cover each other."""
    faults = []
    words = sorted(page.words, key=lambda w: w.top)
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b.top >= a.bottom:
                break
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.bottom, b.bottom) - max(a.top, b.top)
            if dx > 1 and dy > 0.3 * min(a.size, b.size):
                faults.append(Fault("overlap", page.number, f"{a.text!r} over {b.text!r}"))
    return faults


def small_glyphs(page: Page, expect: Expect) -> list[Fault]:
    if not expect.large_print:
        return []
    frame = expect.frame(page.width, page.height)
    smallest: dict[str, float] = {}
    for ch in page.chars:
        text = str(ch["text"])
        if not text.strip():
            continue
        size = float(ch["size"])  # type: ignore[arg-type]
        top, bottom = float(ch["top"]), float(ch["bottom"])  # type: ignore[arg-type]
        running = bottom <= frame.top + 1 or top >= frame.bottom - 1
        limit = expect.min_running_size if running else expect.min_size
        if size < limit - 0.05:
            key = "running" if running else "body"
            smallest[key] = min(size, smallest.get(key, size))
    return [Fault("small_glyph", page.number, f"{where} text at {size:.1f} pt") for where, size in smallest.items()]


def ellipsis(page: Page, _expect: Expect) -> list[Fault]:
    return [Fault("ellipsis", page.number, w.text) for w in page.words if "…" in w.text]


def internal_keys(page: Page, _expect: Expect) -> list[Fault]:
    """A line segment (a table cell, a label) that is just a key, or a key-like token."""
    faults = []
    for seg in page.segments:
        text = seg.text.strip()
        if text in INTERNAL_KEYS or any(_KEYLIKE.match(w.text.strip(".,:;()")) for w in seg.words):
            faults.append(Fault("internal_key", page.number, text))
    return faults


def heading_last(page: Page, expect: Expect, last_page: bool = False) -> list[Fault]:
    """The lowest text in the body is a heading (bold, bigger than body text) and nothing at
    all is drawn below it: the heading belongs to the next page."""
    if last_page:
        return []
    frame = expect.frame(page.width, page.height)
    body = [s for s in page.segments if s.top >= frame.top - 1 and s.bottom <= frame.bottom + 1]
    if not body:
        return []
    lowest = max(body, key=lambda s: s.bottom)
    is_heading = all(w.bold for w in lowest.words) and lowest.size > expect.body_size * 1.08
    if not is_heading:
        return []
    # anything drawn below it, or a box it heads (a poster quadrant's prompt over its room)
    below = [g for g in page.graphics if g[3] > lowest.bottom + 1 and g[3] <= frame.bottom + 1]
    if below:
        return []
    return [Fault("heading_last", page.number, lowest.text)]


MM = 25.4 / 72


def _letters(text: str) -> str:
    """A text without its spaces, hyphens and numbering, to match a wrapped, hyphenated label."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", re.sub(r"^\d+\.\s*", "", text)).casefold()


def sticky_room(page: Page, expect: Expect) -> list[Fault]:
    """Each named prompt's box (the smallest drawn box around it whose text is just the prompt)
    keeps, below the prompt's last line, an area at least `sticky_mm` high and wide: the box's
    inner width and the height from the text's bottom to the box's bottom edge."""
    if not expect.sticky_prompts:
        return []
    faults = []
    for prompt in expect.sticky_prompts:
        found = []
        for x0, top, x1, bottom in page.boxes:
            inside = [w for w in page.words if w.x0 >= x0 - 0.5 and w.x1 <= x1 + 0.5
                      and w.top >= top - 0.5 and w.bottom <= bottom + 0.5]
            text = " ".join(w.text for w in sorted(inside, key=lambda w: (round(w.top), w.x0)))
            if inside and _letters(text) == _letters(prompt):
                found.append((x1 - x0, bottom - max(w.bottom for w in inside)))
        if not found:
            faults.append(Fault("sticky_room", page.number, f"no box of its own for {prompt!r}"))
            continue
        width, height = min(found)
        if width * MM < expect.sticky_mm or height * MM < expect.sticky_mm:
            faults.append(Fault("sticky_room", page.number,
                                f"{width * MM:.0f} × {height * MM:.0f} mm free under {prompt!r}"))
    return faults


PAGE_CHECKS: tuple[Callable[[Page, Expect], list[Fault]], ...] = (
    split_words, outside, overlap, small_glyphs, ellipsis, internal_keys, sticky_room,
)


def check_pdf(pdf: bytes, expect: Expect, pages: list[Page] | None = None) -> list[Fault]:
    pages = pages if pages is not None else read_pages(pdf)
    faults: list[Fault] = []
    for page in pages:
        for check in PAGE_CHECKS:
            faults += check(page, expect)
        faults += heading_last(page, expect, last_page=page is pages[-1])
    return faults


def vocabulary_of(*texts: str) -> frozenset[str]:
    """Every word of the texts a document was made of, case-folded."""
    return frozenset(w.casefold() for text in texts for w in re.findall(r"[^\W\d_]+", text))
