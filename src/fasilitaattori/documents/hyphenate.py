"""Hyphenation by the document's language, for reportlab's paragraph `hyphenationLang`.

Swedish and English use pyphen's (LibreOffice) dictionaries. pyphen has no Finnish one; Finnish
is hyphenated as in print: a compound at the boundaries of its parts first (fi_compounds), then
by its syllables, which follow two rules (a break before a consonant that starts a syllable,
and between two vowels that are neither a long vowel nor a diphthong). A break is placed only
where both parts keep two letters, and never one letter away from a part's boundary.

reportlab takes the first (head, tail) pair whose head fits the line, so the order in which
the pairs are yielded is the order of preference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from fasilitaattori.documents.fi_compounds import compound_boundaries

Hyphenator = Callable[[str], Iterator[tuple[str, str]]]

_VOWELS = frozenset("aeiouyäöåAEIOUYÄÖÅ")
# pairs that stay in one syllable: long vowels and the diphthongs of Finnish; "ey" is left
# out, as it far more often joins the parts of a compound (alue|yhteistyö) than one syllable
_DIPHTHONGS = frozenset(
    ["aa", "ee", "ii", "oo", "uu", "yy", "ää", "öö",
     "ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "iy", "äy", "öy",
     "ie", "uo", "yö"]
)
MIN_PART = 2


def finnish_breaks(word: str) -> list[int]:
    """Indexes where `word` may be hyphenated by the Finnish syllable rules, left to right."""
    low = word.casefold()
    n = len(low)
    breaks: list[int] = []
    seen_vowel = False
    i = 0
    while i < n:
        ch = low[i]
        if ch in _VOWELS:
            # vowel rule: a new syllable starts at a vowel after a vowel that it cannot join
            if i > 0 and low[i - 1] in _VOWELS:
                start = i - 1
                while start > 0 and low[start - 1] in _VOWELS:
                    start -= 1
                run = low[start:i + 1]
                # the vowels since the last syllable start: a pair may join, a third may not
                nucleus_len = _nucleus_before(run)
                if nucleus_len is not None and (i - start) >= nucleus_len:
                    breaks.append(i)
            seen_vowel = True
        elif ch.isalpha() and seen_vowel and i + 1 < n and low[i + 1] in _VOWELS:
            breaks.append(i)  # consonant rule: ka-la, kat-to, kars-ta
        i += 1
    return [b for b in breaks if MIN_PART <= b <= n - MIN_PART]


def _nucleus_before(run: str) -> int | None:
    """Split a vowel run into syllable nuclei of one or two vowels; return the index (within
    `run`) where the last vowel's nucleus starts, when that is the last vowel itself."""
    k = 0
    starts = []
    while k < len(run):
        starts.append(k)
        # ie, uo and yö join in a first syllable only, but Finnish compounds start new first
        # syllables everywhere (yhteis|työ), so they always join: fewer breaks, none wrong
        k += 2 if run[k:k + 2] in _DIPHTHONGS else 1
    last = len(run) - 1
    return last if last in starts else None


_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def finnish_break_order(word: str) -> tuple[int, ...]:
    """Where `word` may be hyphenated, best first: after a hyphen and at the boundaries of a
    compound's parts (longest head first), then between syllables (longest head first) that
    leave no part's single letter alone (never "hyvinvointia-lue")."""
    strong: set[int] = set()
    syllables: set[int] = set()
    for run in _LETTER_RUN.finditer(word):
        start, text = run.start(), run.group()
        if start >= MIN_PART and word[start - 1] in "-\xad":
            strong.add(start)  # after a written (or soft) hyphen: the line ends in it
        bounds = [start + b for b in compound_boundaries(text)]
        strong.update(bounds)
        edges = [start, *bounds, run.end()]
        syllables.update(start + b for b in finnish_breaks(text)
                         if all(abs(start + b - e) > 1 for e in edges[1:-1]))
    syllables -= strong
    return (*sorted(strong, reverse=True), *sorted(syllables, reverse=True))


def _finnish(word: str) -> Iterator[tuple[str, str]]:
    for index in finnish_break_order(word):
        yield word[:index], word[index:]


@cache
def hyphenator(language: str) -> Hyphenator | None:
    """The hyphenation callable reportlab's paragraphs take for `language` (fi, sv, en)."""
    if language == "fi":
        return _finnish
    try:
        import pyphen
    except ImportError:  # hyphenation is an improvement, not a requirement
        return None
    dictionary = pyphen.Pyphen(lang={"sv": "sv", "en": "en_GB"}.get(language, language),
                               left=MIN_PART, right=MIN_PART)
    return dictionary.iterate  # type: ignore[no-any-return]


def break_points(word: str, language: str) -> list[int]:
    """Where `word` may be hyphenated, best first as a paragraph would try them (for drawn
    labels that wrap outside paragraphs: take the first whose head fits)."""
    hy = hyphenator(language)
    return [len(head) for head, _ in hy(word)] if hy else []
