"""Answers as the survey tools write them, read into what a question stores.

Tools write a scale answer as a number ("4", "4,0"), a number with its label ("5 = erittäin"),
a label alone in Finnish, Swedish or English ("Jokseenkin samaa mieltä", "Instämmer helt",
"Strongly agree"), or a code (LimeSurvey's "A4"/"AO04"); "don't know" as words or as the code
after the scale (Webropol's 6 on a 1–5 scale; 3 after yes = 1 and no = 2). "Don't know" is an
answer of its own, counted apart and never as a value; an empty cell is no answer at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..store.models import FeedbackQuestion

EMPTY_ANSWERS = frozenset({"", "-", "–", "—", "n/a", "na", "ei vastausta", "no answer", "inget svar"})
DONT_KNOW_ANSWERS = frozenset({
    "en osaa sanoa", "eos", "ei osaa sanoa", "ei mielipidettä", "en tiedä", "vaikea sanoa", "en osaa arvioida",
    "vet inte", "vet ej", "kan inte säga", "ingen åsikt", "kan inte bedöma",
    "don't know", "dont know", "do not know", "i don't know", "no opinion", "not sure", "can't say", "cannot say",
    "u", "uncertain",
})
YES_WORDS = frozenset({"kyllä", "kylla", "joo", "k", "ja", "j", "yes", "y", "1", "true", "x"})
NO_WORDS = frozenset({"ei", "e", "nej", "no", "n", "0", "2", "false"})
DONT_KNOW: dict[str, Any] = {"value_text": ""}  # "don't know": no value, no text

# Standard five-point wordings, lowest first; a four-point scale leaves out the middle one.
LIKERT: tuple[tuple[str, str, str, str, str], ...] = (
    ("täysin eri mieltä", "jokseenkin eri mieltä", "ei samaa eikä eri mieltä", "jokseenkin samaa mieltä",
     "täysin samaa mieltä"),
    ("täysin eri mieltä", "osittain eri mieltä", "en samaa enkä eri mieltä", "osittain samaa mieltä",
     "täysin samaa mieltä"),
    ("ei lainkaan hyödyllinen", "vähän hyödyllinen", "jonkin verran hyödyllinen", "melko hyödyllinen",
     "erittäin hyödyllinen"),
    ("erittäin tyytymätön", "melko tyytymätön", "ei tyytyväinen eikä tyytymätön", "melko tyytyväinen",
     "erittäin tyytyväinen"),
    ("erittäin huono", "melko huono", "kohtalainen", "melko hyvä", "erittäin hyvä"),
    ("helt av annan åsikt", "delvis av annan åsikt", "varken av samma eller annan åsikt",
     "delvis av samma åsikt", "helt av samma åsikt"),
    ("instämmer inte alls", "instämmer inte", "varken eller", "instämmer delvis", "instämmer helt"),
    ("tar helt avstånd", "tar delvis avstånd", "neutral", "instämmer delvis", "instämmer helt"),
    ("inte alls nyttig", "lite nyttig", "ganska nyttig", "nyttig", "mycket nyttig"),
    ("mycket missnöjd", "ganska missnöjd", "varken nöjd eller missnöjd", "ganska nöjd", "mycket nöjd"),
    ("mycket dålig", "ganska dålig", "varken bra eller dålig", "ganska bra", "mycket bra"),
    ("strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree"),
    ("strongly disagree", "somewhat disagree", "neutral", "somewhat agree", "strongly agree"),
    ("not at all useful", "slightly useful", "moderately useful", "very useful", "extremely useful"),
    ("very dissatisfied", "dissatisfied", "neither satisfied nor dissatisfied", "satisfied", "very satisfied"),
    ("very poor", "poor", "fair", "good", "excellent"),
    ("very poor", "poor", "average", "good", "very good"),
)

_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s*(?:[=:.)–-]|\s)\s*|\s*$)")
_TRAILING_NUMBER = re.compile(r"\(\s*(\d{1,2})\s*\)\s*$")
_LIME_CODE = re.compile(r"^ao?0*(\d{1,2})$")  # LimeSurvey answer codes: A1…A5, AO01…AO05
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACES = re.compile(r"\s+")
FALSE_MARKS = frozenset({"", "0", "n", "no", "ei", "nej", "false", "not selected", "ej vald"})


def fold(text: str) -> str:
    return _SPACES.sub(" ", text.strip().casefold()).rstrip(".!")


def is_empty(text: str) -> bool:
    return fold(text) in EMPTY_ANSWERS


def is_dont_know(text: str) -> bool:
    """"Don't know" as words, also after a code ("6 = En osaa sanoa")."""
    folded = fold(text)
    return folded in DONT_KNOW_ANSWERS or _LEADING_NUMBER.sub("", folded, count=1) in DONT_KNOW_ANSWERS - {"u"}


def value_labels(question: FeedbackQuestion) -> dict[str, int]:
    """Label -> value for a scale: the question's own labels, then the standard wordings that
    fit its number of points."""
    low, high = question.scale_min, question.scale_max
    labels: dict[str, int] = {}
    points = high - low + 1
    for table in LIKERT:
        if points == 5:
            wordings: Sequence[str] = table
        elif points == 4:
            wordings = (table[0], table[1], table[3], table[4])
        else:
            break
        for offset, wording in enumerate(wordings):
            labels.setdefault(wording, low + offset)
    for line in (question.options or "").splitlines():  # "4 = Melko hyvä" or the labels in order
        match = _LEADING_NUMBER.match(line)
        if match and line[match.end():].strip():
            labels[fold(line[match.end():])] = int(match.group(1))
    own = [fold(line) for line in (question.options or "").splitlines() if line.strip()]
    if len(own) == points and not any(_LEADING_NUMBER.match(line) for line in own):
        labels.update({wording: low + i for i, wording in enumerate(own)})
    if question.low_label:
        labels[fold(question.low_label)] = low
    if question.high_label:
        labels[fold(question.high_label)] = high
    return labels


def scale_value(text: str, question: FeedbackQuestion, labels: dict[str, int] | None = None) -> int | None:
    """A scale answer as written in exports: "4", "4,0", "5 = erittäin hyvä", "Erittäin hyvä (5)",
    "A4", or one of the scale's labels. None when it cannot be read."""
    raw = text.strip()
    folded = fold(raw)
    try:
        number = float(folded.replace(",", "."))
    except ValueError:
        pass
    else:
        return int(number) if number.is_integer() else None
    code = _LIME_CODE.match(folded)
    if code:
        return int(code.group(1))
    match = _LEADING_NUMBER.match(raw) or _TRAILING_NUMBER.search(raw)
    if match:
        return int(match.group(1))
    table = labels if labels is not None else value_labels(question)
    return table.get(folded)


def yes_no_value(text: str) -> int | None:
    words = _WORD.findall(text.casefold())
    if not words:
        return None
    if words[0] in YES_WORDS:
        return 1
    if words[0] in NO_WORDS:
        return 0
    return None


def split_choices(cell: str, known: Iterable[str] = (), tool: str = "") -> list[str]:
    """The options in one joined multi-select cell: Forms writes "A;B;", Google "A, B". An
    option that itself holds a comma is found whole when it is among the known options."""
    text = cell.strip()
    if not text:
        return []
    if ";" in text and tool != "google":
        return [part.strip() for part in text.split(";") if part.strip()]
    found: list[tuple[int, str]] = []
    rest = text
    for option in sorted((o for o in known if "," in o), key=len, reverse=True):
        at = rest.find(option)
        if at >= 0:
            found.append((text.find(option), option))
            rest = rest[:at] + "," + rest[at + len(option):]
    found += [(text.find(part.strip()), part.strip()) for part in rest.split(",") if part.strip()]
    return [option for _, option in sorted(found)]


def selected(cell: str, option: str) -> bool:
    """An option column of a multi-select question: 1/0 (Webropol), the option's label or
    empty (SurveyMonkey), Y or empty (LimeSurvey)."""
    return fold(cell) not in FALSE_MARKS


def answer_values(question: FeedbackQuestion, text: str, labels: dict[str, int] | None = None,
                  ) -> dict[str, Any] | None:
    """The stored form of one answer, None for no answer, DONT_KNOW for "don't know";
    ValueError when it does not fit the question."""
    if is_empty(text):
        return None
    if question.kind in ("text", "profile", "choice"):
        return DONT_KNOW if question.kind != "text" and is_dont_know(text) else {"value_text": text.strip()}
    if question.kind == "yesno":
        if is_dont_know(text) or fold(text) == "3":  # Webropol: 1 = yes, 2 = no, 3 = don't know
            return DONT_KNOW
        value = yes_no_value(text)
        if value is None:
            raise ValueError("yes or no")
        return {"value_number": value}
    if is_dont_know(text):
        return DONT_KNOW
    number = scale_value(text, question, labels)
    if number is not None and question.scale_min == 1 and number == question.scale_max + 1 and fold(text).isdigit():
        return DONT_KNOW  # Webropol's numeric export codes "don't know" as the value after the scale
    if number is None or not question.scale_min <= number <= question.scale_max:
        raise ValueError("scale")
    return {"value_number": number}


def reading(question: FeedbackQuestion, text: str, labels: dict[str, int] | None = None) -> tuple[str, int | None]:
    """How an answer will be read, for the preview: ("value", n), ("yes"|"no", None),
    ("dont_know", None), ("empty", None), ("as_is", None) or ("invalid", None)."""
    try:
        values = answer_values(question, text, labels)
    except ValueError:
        return "invalid", None
    if values is None:
        return "empty", None
    if values is DONT_KNOW:
        return "dont_know", None
    if question.kind == "yesno":
        return ("yes" if values["value_number"] else "no"), None
    if "value_number" in values:
        return "value", int(values["value_number"])
    return "as_is", None
