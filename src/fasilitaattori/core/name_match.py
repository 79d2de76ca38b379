"""Finding people's names in free text, also when Finnish inflects them.

"Aino Räsäsen mielestä", "Pekalle", "Näkkäläjärven ehdotus": a name in a note is seldom in its
base form. Besides the name as written, a matcher accepts it with a common case ending (Ainon,
Liisalle) and the usual stems of Finnish surnames (-nen -> -se-: Räsäsen; -i -> -e-:
Näkkäläjärven; kk/pp/tt -> k/p/t: Pekan, Jäntin). Inflected forms count only when they are
capitalised, because many first names are also words ("Aino" is a name, "ainoa" means "only").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")

MIN_PART = 3  # shorter first or last names alone are too often ordinary words
# Case endings (Finnish) and the Swedish/English genitive s; partitive -a/-ä is left out on
# purpose: it turns names into common words (Aino -> ainoa).
ENDINGS = ("n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä",
           "kin", "nkin", "s", "'s")
_GRADATION = re.compile(r"(kk|pp|tt)(?=[^kpt]*$)")


def stems(word: str) -> list[str]:
    """Inflection stems of a name that only occur with an ending after them."""
    found = []
    if word.endswith("nen") and len(word) > 5:
        found.append(word[:-3] + "s")
    elif word.endswith("i") and len(word) > 4:
        found.append(word[:-1] + "e")
    if _GRADATION.search(word) and not word.endswith("nen"):
        found.append(_GRADATION.sub(lambda m: m.group(1)[0], word, count=1))
    return [s for s in found if s != word]


def name_parts(name: str) -> list[str]:
    """First and last name of a full name, when long enough to stand alone."""
    words = name.split()
    singles = [words[0], words[-1]] if len(words) > 1 else []
    return [w for w in dict.fromkeys(singles) if sum(ch.isalpha() for ch in w) >= MIN_PART]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class NameMatcher(Generic[V]):
    """Finds the given names (word -> owner value) as whole words in text.

    With `ignore_case` the base form matches in any case; without it only as written.
    """

    def __init__(self, words: Mapping[str, V], ignore_case: bool = True) -> None:
        self._owners: dict[str, V] = {}
        bases: list[str] = []
        stem_forms: list[str] = []
        for word, owner in words.items():
            head, _, last = word.rpartition(" ")
            self._owners.setdefault(word.casefold(), owner)
            bases.append(word)
            for stem in stems(last):
                form = f"{head} {stem}" if head else stem
                self._owners.setdefault(form.casefold(), owner)
                stem_forms.append(form)
        self.pattern: re.Pattern[str] | None = None
        if bases:
            branches = [rf"(?P<base>{_alternation(bases)})(?P<end>{_alternation(ENDINGS)})?"]
            if stem_forms:
                branches.append(rf"(?P<stem>{_alternation(stem_forms)})\w{{1,5}}")
            self.pattern = re.compile(rf"(?<!\w)(?:{'|'.join(branches)})(?!\w)",
                                      re.IGNORECASE if ignore_case else 0)

    def _owner(self, match: re.Match[str]) -> V | None:
        inflected = match.group("end") is not None or match.groupdict().get("stem") is not None
        if inflected and not match.group(0)[:1].isupper():
            return None
        key = (match.group("base") or match.group("stem")).casefold()
        return self._owners.get(key)

    def find(self, text: str) -> list[V]:
        if self.pattern is None or not text:
            return []
        found = []
        for match in self.pattern.finditer(text):
            owner = self._owner(match)
            if owner is not None and owner not in found:
                found.append(owner)
        return found

    def replace(self, text: str, by: Callable[[V], str]) -> str:
        if self.pattern is None or not text:
            return text

        def swap(match: re.Match[str]) -> str:
            owner = self._owner(match)
            return match.group(0) if owner is None else by(owner)

        return self.pattern.sub(swap, text)
