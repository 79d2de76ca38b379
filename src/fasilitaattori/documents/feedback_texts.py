"""The printouts' words for feedback figures (fi, sv, en), kept apart so that i18n.py stays short;
merged into `i18n.TEXTS`."""

from __future__ import annotations

FEEDBACK_TEXTS: dict[str, tuple[str, str, str]] = {
    "answer.yes": ("Kyllä", "Ja", "Yes"),
    "answer.no": ("Ei", "Nej", "No"),
    "answer.dont_know": ("En osaa sanoa", "Vet inte", "Don't know"),
    "dont_know_count": ("En osaa sanoa: {n}", "Vet inte: {n}", "Don't know: {n}"),
    "choice_stats": ("{n} vastaajaa", "{n} som svarade", "{n} respondents"),
    "multi_stats": (
        "{n} vastaajaa; kukin sai valita useita, joten osuudet ovat vastaajista",
        "{n} som svarade; var och en fick välja flera, så andelarna är av dem som svarade",
        "{n} respondents; each could choose several, so the shares are of the respondents",
    ),
    "number_stats": ("n = {n}, keskiarvo {mean} ({low}–{high})", "n = {n}, medelvärde {mean} ({low}–{high})",
                     "n = {n}, mean {mean} ({low}–{high})"),
    "same_answers": ("{n} samaa vastausta", "{n} likadana svar", "{n} identical answers"),
    "more_answers": (
        "Lisäksi {n} muuta vastausta. Kaikki vastaukset näkyvät Fasilitaattorin Palaute-välilehdellä.",
        "Dessutom {n} andra svar. Alla svar finns på fliken Respons i Fasilitaattori.",
        "{n} more answers. All answers are on Fasilitaattori's Feedback tab.",
    ),
    "by_background": ("Vastaukset taustan mukaan: {question}", "Svaren enligt bakgrund: {question}",
                      "Answers by background: {question}"),
    "all_groups": ("Kaikki", "Alla", "All"),
    "question": ("Kysymys", "Fråga", "Question"),
    "yes_share": ("kyllä-vastausten osuus", "andel ja-svar", "share of yes"),
    "crosstab_note": (
        "Keskiarvo, kyllä/ei-kysymyksissä kyllä-vastausten osuus; suluissa vastaajien määrä. Kohdassa Muut "
        "ovat alle {min} vastaajan ryhmät ja ryhmät, joille taulukossa ei ole tilaa. Alle {min} vastauksen "
        "lukuja ei näytetä, jotta kenenkään vastauksia ei voi tunnistaa.",
        "Medelvärde, i ja/nej-frågor andelen ja-svar; inom parentes antalet svarande. Under Övriga finns "
        "grupper med färre än {min} svarande och grupper som inte ryms i tabellen. Tal med färre än {min} "
        "svar visas inte, så att ingens svar kan kännas igen.",
        "Mean; for yes/no questions the share of yes; in brackets the number of respondents. Other holds the "
        "groups of fewer than {min} respondents and those the table has no room for. Figures from fewer "
        "than {min} answers are not shown, so that no one's answers can be recognised.",
    ),
    "questions_in_series": ("Palaute kysymyksittäin", "Respons per fråga", "Feedback by question"),
    "asked_in": ("Kysytty {n} työpajassa, {answers} vastausta.", "Ställd i {n} workshoppar, {answers} svar.",
                 "Asked in {n} workshops, {answers} answers."),
    "asked_once": ("Kysytty yhdessä työpajassa, {answers} vastausta.", "Ställd i en workshop, {answers} svar.",
                   "Asked in one workshop, {answers} answers."),
}
