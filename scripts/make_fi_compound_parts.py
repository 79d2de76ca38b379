"""Build documents/fi_compound_parts.txt.gz, the word parts Finnish printouts hyphenate
compounds by, from Kotus' "Nykysuomen sanalista" (CC BY 4.0).

    uv run python scripts/make_fi_compound_parts.py nykysuomensanalista2024.csv

The list (kaino.kotus.fi/sanat/nykysuomi, the 2024 CSV: Hakusana,Homonymia,Sanaluokka,
Taivutustiedot) leaves the inflection of a compound empty, which is how a compound is told from
a simple word here. The file keeps:
- simple words (they carry an inflection type) and compounds that cannot be split into them;
- first-part forms ending in "-": the list's own prefixes (yhteis-, lähi-), the adjective form
  of -inen words (vammais-), the -minen nouns of verbs (vaikuttaminen, vaikuttamis-), genitives of nouns of the vowel types 1-16 and 48 (kunnan-,
  alueen-), and first parts that start at least three of the list's compounds (kaupungin-).
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/fasilitaattori/documents/fi_compound_parts.txt.gz"
LETTERS = re.compile("^[a-zåäö]+$")
MIN = 3
# consonant gradation: strong grade -> weak grade, by Kotus' letter
WEAK = {"A": ("kk", "k"), "B": ("pp", "p"), "C": ("tt", "t"), "D": ("k", ""), "E": ("p", "v"),
        "F": ("t", "d"), "G": ("nk", "ng"), "H": ("mp", "mm"), "I": ("lt", "ll"), "J": ("nt", "nn"),
        "K": ("rt", "rr"), "L": ("k", "j"), "M": ("k", "v")}


def genitive(word: str, inflection: str) -> str | None:
    kind, _, grade = inflection.partition("*")
    if not kind.isdigit():
        return None
    number = int(kind)
    stem = word
    if number == 48 and word.endswith("e"):
        return word + "en"  # alue -> alueen
    if not 1 <= number <= 16 or word[-1] not in "aeiouyäö":
        return None
    if number == 7 and stem.endswith("i"):
        stem = stem[:-1] + "e"  # ovi -> oven
    if grade[:1] in WEAK:
        strong, weak = WEAK[grade[:1]]
        at = stem[:-1].rfind(strong)
        if at < 0:
            return None
        stem = stem[:at] + weak + stem[at + len(strong):]
    return stem + "n"


def main(source: Path) -> None:
    simple: set[str] = set()
    compounds: set[str] = set()
    heads: set[str] = set()
    verbal: set[str] = set()
    with source.open(encoding="utf-8") as file:
        for row in csv.reader(file):
            if len(row) < 4 or row[0] == "Hakusana":
                continue
            word, kind, inflection = row[0].replace("\u2011", "-"), row[2], row[3].strip()
            if word.endswith("-") and LETTERS.match(word[:-1]) and len(word) > MIN:
                heads.add(word[:-1])
                continue
            if not LETTERS.match(word) or len(word) < MIN:
                continue
            if inflection:
                simple.add(word)
                if word.endswith("inen") and len(word) > 6:
                    heads.add(word[:-4] + "is")  # vammainen -> vammais-
                if kind.startswith("verbi") and re.search("[aeiouyäö][aä]$", word):
                    # the -minen noun a verb makes, rarely listed: vaikuttaa -> vaikuttaminen,
                    # vaikuttamis- (vaikuttamis|viesti, osallistumis|mahdollisuus)
                    verbal.add(word[:-1] + "minen")
                    heads.add(word[:-1] + "mis")
                if kind.startswith("substantiivi"):
                    gen = genitive(word, inflection)
                    if gen:
                        heads.add(gen)
            else:
                compounds.add(word)
    simple |= verbal - compounds
    lemmas = simple | compounds
    starts: Counter[str] = Counter()
    for word in compounds:
        for k in range(MIN, len(word) - MIN + 1):
            if word[k:] in lemmas and word[:k] not in lemmas:
                starts[word[:k]] += 1
    heads |= {head for head, count in starts.items() if count >= 3}
    heads -= simple
    firsts = simple | heads
    atoms = {word for word in compounds if not _splits(word, firsts, simple)}
    lines = ["# Word parts for hyphenating Finnish compounds (fasilitaattori.documents.fi_compounds).",
             "# Source: Kotimaisten kielten keskus (Kotus), Nykysuomen sanalista 2024,",
             "# https://kaino.kotus.fi/sanat/nykysuomi/ - licence CC BY 4.0",
             "# (https://creativecommons.org/licenses/by/4.0/). Changed: pruned to simple words and",
             "# unsplittable compounds; first-part forms (ending in '-') added by",
             "# scripts/make_fi_compound_parts.py.",
             *sorted(simple | atoms), *sorted(h + "-" for h in heads)]
    OUT.write_bytes(gzip.compress("\n".join(lines).encode("utf-8") + b"\n", 9, mtime=0))
    print(f"{len(simple)} simple, {len(atoms)} unsplit compounds, {len(heads)} first parts -> {OUT} "
          f"({OUT.stat().st_size} bytes)")


def _splits(word: str, firsts: set[str], lasts: set[str]) -> bool:
    """Whether `word` is first parts followed by one last part."""
    ok = [False] * (len(word) + 1)
    ok[0] = True
    for i in range(MIN, len(word) - MIN + 1):
        ok[i] = any(ok[j] and word[j:i] in firsts for j in range(0, i - MIN + 1))
    return any(ok[j] and word[j:] in lasts for j in range(MIN, len(word) - MIN + 1))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
