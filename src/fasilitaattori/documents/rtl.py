"""Minimal right-to-left support for names and short phrases.

reportlab draws text left to right and does not join Arabic letters. For a name such as
"محمد علي" that gives separate letters in the wrong order. Here each run of right-to-left text
is joined with the Arabic presentation forms and reversed into visual order. This is enough for
names and short phrases inside Finnish text; it is not a full bidirectional algorithm.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# letter -> (isolated, final, initial, medial); two forms = joins only to the letter before it.
_FORMS: dict[str, tuple[int, ...]] = {
    "\u0621": (0xFE80,),
    "\u0622": (0xFE81, 0xFE82),
    "\u0623": (0xFE83, 0xFE84),
    "\u0624": (0xFE85, 0xFE86),
    "\u0625": (0xFE87, 0xFE88),
    "\u0626": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C),
    "\u0627": (0xFE8D, 0xFE8E),
    "\u0628": (0xFE8F, 0xFE90, 0xFE91, 0xFE92),
    "\u0629": (0xFE93, 0xFE94),
    "\u062a": (0xFE95, 0xFE96, 0xFE97, 0xFE98),
    "\u062b": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
    "\u062c": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0),
    "\u062d": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
    "\u062e": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8),
    "\u062f": (0xFEA9, 0xFEAA),
    "\u0630": (0xFEAB, 0xFEAC),
    "\u0631": (0xFEAD, 0xFEAE),
    "\u0632": (0xFEAF, 0xFEB0),
    "\u0633": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "\u0634": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8),
    "\u0635": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
    "\u0636": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0),
    "\u0637": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
    "\u0638": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8),
    "\u0639": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "\u063a": (0xFECD, 0xFECE, 0xFECF, 0xFED0),
    "\u0641": (0xFED1, 0xFED2, 0xFED3, 0xFED4),
    "\u0642": (0xFED5, 0xFED6, 0xFED7, 0xFED8),
    "\u0643": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC),
    "\u0644": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0),
    "\u0645": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "\u0646": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8),
    "\u0647": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
    "\u0648": (0xFEED, 0xFEEE),
    "\u0649": (0xFEEF, 0xFEF0),
    "\u064a": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
    "\u067e": (0xFB56, 0xFB57, 0xFB58, 0xFB59),
    "\u0686": (0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D),
    "\u0698": (0xFB8A, 0xFB8B),
    "\u06a9": (0xFB8E, 0xFB8F, 0xFB90, 0xFB91),
    "\u06af": (0xFB92, 0xFB93, 0xFB94, 0xFB95),
    "\u06cc": (0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF),
}
# lam + alef variants -> (isolated, final) ligature
_LAM_ALEF = {"\u0622": (0xFEF5, 0xFEF6), "\u0623": (0xFEF7, 0xFEF8), "\u0625": (0xFEF9, 0xFEFA),
             "\u0627": (0xFEFB, 0xFEFC)}
_TATWEEL = "\u0640"
_RTL_CHAR = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_ANY_RTL = re.compile(f"[{_RTL_CHAR}]")
_RUN = re.compile(f"[{_RTL_CHAR}](?:[{_RTL_CHAR}\\s.,'\"()-]*[{_RTL_CHAR}])?")


def _is_transparent(ch: str) -> bool:
    return "\u064b" <= ch <= "\u065f" or ch == "\u0670"


def _joins_forward(ch: str | None) -> bool:
    """Can this letter connect to the letter after it?"""
    return ch is not None and (ch == _TATWEEL or len(_FORMS.get(ch, ())) == 4)


def _joins_back(ch: str | None) -> bool:
    return ch is not None and (ch == _TATWEEL or len(_FORMS.get(ch, ())) >= 2)


def _join_arabic(run: str, covered: Collection[int]) -> str:
    letters = list(run)
    out: list[str] = []
    i = 0

    def neighbour(j: int, step: int) -> str | None:
        j += step
        while 0 <= j < len(letters) and _is_transparent(letters[j]):
            j += step
        return letters[j] if 0 <= j < len(letters) else None

    while i < len(letters):
        ch = letters[i]
        prev, nxt = neighbour(i, -1), neighbour(i, 1)
        joined_before = _joins_forward(prev) and _joins_back(ch)
        if ch == "\u0644" and nxt in _LAM_ALEF:
            form = _LAM_ALEF[nxt][1 if joined_before else 0]
            if form in covered:
                out.append(chr(form))
                i = letters.index(nxt, i + 1) + 1
                continue
        forms = _FORMS.get(ch)
        if not forms:
            out.append(ch)
            i += 1
            continue
        joined_after = len(forms) == 4 and _joins_back(nxt)
        index = (3 if joined_after else 1) if joined_before else (2 if joined_after else 0)
        form = forms[min(index, len(forms) - 1)] if len(forms) > 1 else forms[0]
        out.append(chr(form) if form in covered else ch)
        i += 1
    return "".join(out)


def _visual(run: str, covered: Collection[int]) -> str:
    shaped = _join_arabic(run, covered)
    # combining marks must follow their base letter after reversal
    clusters: list[str] = []
    for ch in shaped:
        if clusters and _is_transparent(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    mirrored = {"(": ")", ")": "("}
    return "".join(mirrored.get(c, c) for c in reversed(clusters))


def shape_rtl(text: str, covered: Collection[int]) -> str:
    """Put each right-to-left run of `text` into visual (left-to-right drawing) order."""
    if not _ANY_RTL.search(text):
        return text
    return "\n".join(_RUN.sub(lambda m: _visual(m.group(0), covered), line) for line in text.split("\n"))
