"""A Webropol export with a municipality column, for the comparisons by background question
and the feedback pages of the printouts; its figures are counted by hand next to ROWS."""

from __future__ import annotations

from fasilitaattori.core import feedback, workshops
from fasilitaattori.core.feedback_import import import_survey

USEFUL = "Kuinka hyödyllinen työpaja oli?"
AGAIN = "Osallistuisitko uudelleen?"
METHODS = "Mitkä menetelmät olivat hyviä?"
HOME = "Kotikunta"

# respondent, municipality, useful (1–5), again (1 = yes, 2 = no, 3 = don't know), Pienryhmät, Kävelykokous
ROWS = [
    (1, "Kuopio", "5", "1", 1, 0), (2, "Kuopio", "4", "1", 1, 1), (3, "kuopio ", "4", "2", 0, 1),
    (4, "Kuopio", "3", "1", 1, 0), (5, "Kuopio", "5", "3", 0, 0), (6, "Kuopio", "3", "1", 1, 1),
    (7, "Siilinjärvi", "2", "1", 0, 1), (8, "Siilinjärvi", "3", "2", 0, 0), (9, "Siilinjärvi", "", "2", 1, 0),
    (10, "Siilinjärvi", "4", "2", 0, 0), (11, "Siilinjärvi", "3", "1", 1, 1),
    (12, "Kaavi", "1", "1", 0, 0), (13, "Kaavi", "2", "1", 1, 0),
    (14, "Tuusniemi", "3", "1", 0, 1), (15, "Tuusniemi", "4", "1", 0, 0), (16, "Tuusniemi", "5", "1", 1, 1),
    (17, "", "4", "1", 0, 0),
]
# By hand: Kuopio (6, "kuopio " among them) useful 24/6 = 4.0, yes 4 of 5 (one don't know);
# Siilinjärvi (5) useful from 4 answers only, so not shown, yes 2 of 5; Kaavi and Tuusniemi have
# fewer than 5 each, so together (5): useful 15/5 = 3.0, yes 5 of 5. Respondent 17 has no
# municipality. All 17: useful 55/16, yes 12, no 4, don't know 1; Pienryhmät 8, Kävelykokous 7
# of the 11 who chose any.


def export(tmp_path):
    lines = ["Palautekysely",
             f"Vastaaja;Vastausaika;{HOME};{USEFUL};{AGAIN};{METHODS};",
             ";;;;;Pienryhmät;Kävelykokous"]
    lines += [f"{i};10.03.2026 12:{i:02d};{home};{useful};{again};{p};{k}" for i, home, useful, again, p, k in ROWS]
    path = tmp_path / "webropol.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def make_workshop(wb, tmp_path, **values):
    ws = workshops.create_workshop(wb, title="Kuntalaisilta", date="2026-03-10", status="held", **values)
    feedback.add_question(wb, ws.id, USEFUL)
    feedback.add_question(wb, ws.id, AGAIN, kind="yesno")
    feedback.add_question(wb, ws.id, METHODS, kind="multi", options="Pienryhmät\nKävelykokous")
    feedback.add_question(wb, ws.id, HOME, kind="profile")
    import_survey(wb, ws.id, export(tmp_path))
    return ws
