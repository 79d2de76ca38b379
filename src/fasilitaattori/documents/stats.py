"""Feedback statistics as small pure functions (the UI shows the same numbers)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fasilitaattori.documents.model import Answer, Feedback, FeedbackQuestion, QuestionFigures


@dataclass(frozen=True)
class ScaleStats:
    n: int
    mean: float | None
    distribution: tuple[tuple[int, int], ...]  # (scale point, how many chose it), every point listed


@dataclass(frozen=True)
class YesNoStats:
    yes: int
    no: int

    @property
    def n(self) -> int:
        return self.yes + self.no


def _as_scale_value(answer: Answer) -> int | None:
    if isinstance(answer, bool) or answer is None:
        return None
    if isinstance(answer, int):
        return answer
    try:
        return int(str(answer).strip())
    except ValueError:
        return None


def scale_stats(answers: Iterable[Answer], low: int = 1, high: int = 5) -> ScaleStats:
    """n, mean and distribution of the answers that fall on the scale; others are ignored."""
    counts = dict.fromkeys(range(low, high + 1), 0)
    for answer in answers:
        value = _as_scale_value(answer)
        if value is not None and low <= value <= high:
            counts[value] += 1
    n = sum(counts.values())
    mean = sum(v * c for v, c in counts.items()) / n if n else None
    return ScaleStats(n=n, mean=mean, distribution=tuple(counts.items()))


def yes_no_stats(answers: Iterable[Answer]) -> YesNoStats:
    yes = no = 0
    for answer in answers:
        if isinstance(answer, str):
            word = answer.strip().casefold()
            answer = True if word in {"yes", "kyllä", "ja", "k", "y", "1"} else (
                False if word in {"no", "ei", "nej", "e", "n", "0"} else None)
        if answer is True or answer == 1:
            yes += 1
        elif answer is False or answer == 0:
            no += 1
    return YesNoStats(yes=yes, no=no)


def text_answers(answers: Iterable[Answer]) -> tuple[str, ...]:
    return tuple(a.strip() for a in answers if isinstance(a, str) and a.strip())


def response_rate(responses: int, attendance: int) -> float | None:
    """Responses per attendee; above 1 when more answered than attended (shown, not capped, so
    a file imported into the wrong workshop is noticed); None when attendance is unknown."""
    if attendance <= 0:
        return None
    return max(0, responses) / attendance


def question_scale_stats(feedback: Feedback) -> tuple[tuple[FeedbackQuestion, ScaleStats], ...]:
    if feedback.figures:  # counted by the store
        return tuple((q, ScaleStats(f.n, f.mean, f.distribution))
                     for q, f in zip(feedback.questions, feedback.figures, strict=True) if q.kind == "scale")
    return tuple(
        (q, scale_stats(feedback.answers_to(i), q.scale_min, q.scale_max))
        for i, q in enumerate(feedback.questions)
        if q.kind == "scale"
    )


def _dont_know(answer: Answer) -> bool:
    return isinstance(answer, str) and answer.strip().casefold() in DONT_KNOW


DONT_KNOW = frozenset({"en osaa sanoa", "eos", "vet inte", "don't know"})


def question_figures(question: FeedbackQuestion, answers: Sequence[Answer]) -> QuestionFigures:
    """One question's figures counted from the answers as a paper form gives them."""
    dont_know = sum(1 for a in answers if _dont_know(a))
    given = [a for a in answers if not _dont_know(a)]
    if question.kind in ("scale", "number"):
        st = scale_stats(given, question.scale_min, question.scale_max)
        return QuestionFigures(st.n, dont_know, st.distribution)
    if question.kind == "yesno":
        yn = yes_no_stats(given)
        return QuestionFigures(yn.n, dont_know, ((1, yn.yes), (0, yn.no)))
    texts = text_answers(given)
    if question.kind in ("choice", "multi", "profile"):
        counts = dict.fromkeys(question.options, 0)
        for text in texts:
            for option in (text.splitlines() if question.kind == "multi" else [text]):
                if option.strip():
                    counts[option.strip()] = counts.get(option.strip(), 0) + 1
        return QuestionFigures(len(texts), dont_know, choices=tuple(counts.items()))
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for text in texts:  # identical answers together, most frequent first
        key = " ".join(text.split()).casefold()
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, text)
    ordered = sorted(((first[k], c) for k, c in counts.items()), key=lambda p: -p[1])
    return QuestionFigures(len(texts), dont_know, texts=tuple(ordered))


def figures_of(feedback: Feedback) -> tuple[QuestionFigures, ...]:
    """Each question's figures: as the store counted them, else from the responses."""
    if feedback.figures:
        return feedback.figures
    return tuple(question_figures(q, feedback.answers_to(i)) for i, q in enumerate(feedback.questions))


def overall_scale_mean(feedback: Feedback) -> float | None:
    """Mean of all scale answers of all scale questions (the project report's score); None when
    the questions use different scales, as a mean of 0–10 and 1–5 answers means nothing."""
    scales = {(q.scale_min, q.scale_max) for q, st in question_scale_stats(feedback) if st.n}
    if len(scales) > 1:
        return None
    total = count = 0
    for _, stats in question_scale_stats(feedback):
        if stats.mean is not None:
            total += stats.mean * stats.n
            count += stats.n
    return total / count if count else None


def tally(labels: Sequence[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Sum counts per label, biggest first, then alphabetically; empty labels are kept as ''."""
    totals: dict[str, int] = {}
    for label, count in labels:
        key = label.strip()
        totals[key] = totals.get(key, 0) + max(0, count)
    return tuple(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
