"""Where a Finnish word joins the parts of a compound (hyvinvointi|alue|yhteis|työ).

Finnish print hyphenates a compound at the boundary of its parts first (Kielitoimisto), which
syllable rules alone cannot see: "hyvinvointia-lue" follows them but misreads the word. The
parts come from Kotus' Nykysuomen sanalista (CC BY 4.0), pruned by
scripts/make_fi_compound_parts.py into fi_compound_parts.txt.gz: simple words, compounds that
do not split further, and first-part forms ("yhteis-", "kunnan-", "vammais-").

A word is split into the fewest, longest parts (dynamic programming): any part but the last
may be a first-part form, and the last may carry an inflectional ending (alueella). A word
that does not split this way gets no boundaries, and is hyphenated by syllables as before.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "fi_compound_parts.txt.gz"
MIN_PART = 3
_LONGEST_WORD = 80  # the splitting takes time by the square of a word's length
_VOWELS = "aeiouyäö"


def _endings() -> frozenset[str]:
    """Inflectional endings a last part may carry: case (singular or plural), then an
    optional possessive suffix and clitic. Generous, since the stem must still be a word."""
    cases = ["", "n", "t", "a", "ä", "ta", "tä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä",
             "lla", "llä", "lta", "ltä", "lle", "tta", "ttä", "seen", "hin", "han", "hen", "hon",
             "hun", "hyn", "hän", "hön", "an", "en", "in", "on", "un", "yn", "än", "ön", "ne"]
    plural = ["i" + c for c in cases if c not in ("", "n", "t")] + [
        "j" + c for c in ("a", "ä", "en", "in")] + ["iden", "itten", "ten", "ien", "den", "ihin",
                                                      "isiin", "iin", "it", "et"]
    possessive = ["", "ni", "si", "mme", "nne", "nsa", "nsä", "an", "en", "än"]
    clitic = ["", "kin", "kaan", "kään", "han", "hän", "ko", "kö", "pa", "pä"]
    out = set()
    for case in cases + plural:
        for poss in possessive:
            for cl in clitic:
                out.add(case + poss + cl)
    return frozenset(e for e in out if len(e) <= 9)


_ENDINGS = _endings()
_LONGEST_ENDING = max(map(len, _ENDINGS))
# stem changes before an ending: (end of the stem, end of the word in the list)
_STEM_CHANGES = (("kse", "s"), ("ks", "s"), ("ise", "inen"), ("is", "inen"), ("de", "s"),
                 ("kka", "kas"), ("kkä", "käs"), ("tta", "tas"), ("ttä", "täs"))


@cache
def _parts() -> tuple[frozenset[str], frozenset[str]]:
    """(words, first-part forms) of the shipped list, read once when first needed."""
    words, firsts = set(), set()
    try:
        text = gzip.decompress(_DATA.read_bytes()).decode("utf-8")
    except OSError:  # a build without the list still prints, hyphenating by syllables
        text = ""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.endswith("-"):
            firsts.add(line[:-1])
        else:
            words.add(line)
    return frozenset(words), frozenset(words | firsts)


def _is_last_part(part: str, words: frozenset[str]) -> bool:
    """Whether `part` is a word of the list, bare or with an inflectional ending."""
    if part in words:
        return True
    for k in range(1, min(_LONGEST_ENDING, len(part) - MIN_PART) + 1):
        if part[-k:] not in _ENDINGS:
            continue
        stem = part[:-k]
        if stem in words:
            return True
        # alue+e+lla, kunt(a)+ia: a doubled last vowel, or a final vowel dropped before -i-
        if stem[-1] in _VOWELS and stem[-2:-1] == stem[-1] and stem[:-1] in words:
            return True
        if part[-k] in "ij" and any(stem + v in words for v in "aäeio"):
            return True
        for changed, base in _STEM_CHANGES:
            if stem.endswith(changed) and stem[:-len(changed)] + base in words:
                return True
    return False


@lru_cache(maxsize=4096)
def compound_boundaries(word: str) -> tuple[int, ...]:
    """Indexes in `word` (letters only) where one part of a compound ends and the next begins;
    empty for a simple word and for a word not made of known parts."""
    low = word.casefold()
    n = len(low)
    if not 2 * MIN_PART <= n <= _LONGEST_WORD:
        return ()  # too short to join parts; or no word at all (a pasted string of letters)
    words, firsts = _parts()
    # best[i]: (number of parts, minus the sum of squared part lengths, boundaries) for low[:i]
    # made of first parts only; fewer and then longer parts win
    best: list[tuple[int, int, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, ())
    for i in range(MIN_PART, n - MIN_PART + 1):
        for j in range(0, i - MIN_PART + 1):
            prev = best[j]
            if prev is None or low[j:i] not in firsts:
                continue
            cand = (prev[0] + 1, prev[1] - (i - j) ** 2, (*prev[2], j) if j else ())
            held = best[i]
            if held is None or cand[:2] < held[:2]:
                best[i] = cand
    found: tuple[int, int, tuple[int, ...]] | None = None
    if _is_last_part(low, words):
        return ()
    for j in range(MIN_PART, n - MIN_PART + 1):
        prev = best[j]
        if prev is None or not _is_last_part(low[j:], words):
            continue
        cand = (prev[0] + 1, prev[1] - (n - j) ** 2, (*prev[2], j))
        if found is None or cand[:2] < found[:2]:
            found = cand
    if found is None:
        return ()
    # the same vowel never meets inside a solid compound (it takes a hyphen: ruoka-aika), so
    # a split there (materia|aleja) misreads a long vowel: trust no part of it
    if any(low[b - 1] == low[b] and low[b] in _VOWELS for b in found[2]):
        return ()
    return found[2]
