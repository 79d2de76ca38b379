"""The copies of a worksheet asked for by group, and a table's own question (Learning Cafe).

No reportlab here: the window reads the groups field without loading the layout engine.
"""

from __future__ import annotations


def split_groups(text: str) -> list[str]:
    """The copies asked for: "Ryhmä 1, Ryhmä 2", or with a question for each table
    "Pöytä 1=Mitä tarvitaan?; Pöytä 2=…" (semicolons, as a question may hold a comma)."""
    parts = text.split(";") if ";" in text else text.split(",")
    return [p.strip() for p in parts if p.strip()]


def group_and_question(group: str) -> tuple[str, str]:
    """"Pöytä 1=Mitä tarvitaan?" → ("Pöytä 1", "Mitä tarvitaan?"); without "=", no question."""
    name, _, question = group.partition("=")
    return name.strip(), question.strip()
