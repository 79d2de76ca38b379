"""The sidebar's workshop rows read whole in every language: the title is never cut to make
room for a status column, and the date reads in the language's own form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from fasilitaattori.core import projects, workshops
from fasilitaattori.ui.i18n import install_language

TITLES = ("Vaikuttamisen työpaja 2: Vammaisneuvoston kuuleminen", "Vaikuttamisen työpaja 2: Vanhusneuvosto")


def _rows(window):
    tree = window.sidebar.tree
    top = tree.topLevelItem(0)
    return tree, [top.child(i) for i in range(top.childCount())]


@pytest.mark.parametrize(("language", "detail"), [("fi", "15.3.2027 · suunniteltu"),
                                                  ("sv", "15.3.2027 · planerad"),
                                                  ("en", "15 Mar 2027 · planned")])
def test_long_titles_are_shown_whole_with_date_and_status_under_them(wb, make_window, qtbot, language, detail):
    install_language(language)
    project = projects.create_project(wb, name="Vaikuttamisen polku")
    for title in TITLES:
        workshops.create_workshop(wb, title=title, project_id=project.id, date="2027-03-15")
    window = make_window(wb)
    tree, rows = _rows(window)
    assert [r.text(0) for r in rows] == sorted(TITLES)
    qtbot.waitUntil(lambda: tree.visualItemRect(rows[0]).height() > 0)
    metrics = QFontMetrics(tree.font())
    for row in rows:
        rect = tree.visualItemRect(row)
        # The title wrapped into the row's width, plus a line for the date and status, fits the row.
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 12, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), row.text(0)).height()
        assert rect.height() >= needed + metrics.height(), row.text(0)
        assert rect.right() <= tree.viewport().width()  # nothing runs off to the side
        assert detail in row.data(0, Qt.ItemDataRole.AccessibleTextRole)


def test_a_long_project_name_wraps_instead_of_ending_in_dots(wb, make_window, qtbot):
    name = "Yhdessä vaikuttaen – vanhus- ja vammaisneuvostojen työpajasarja Pohjois-Savon hyvinvointialueella"
    project = projects.create_project(wb, name=name)
    workshops.create_workshop(wb, title="Työpaja 1", project_id=project.id, date="2027-03-15")
    window = make_window(wb)
    tree = window.sidebar.tree
    top = tree.topLevelItem(0)
    assert top.text(0).startswith(name)
    qtbot.waitUntil(lambda: tree.visualItemRect(top).height() > 0)
    font = tree.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    rect = tree.visualItemRect(top)
    assert metrics.horizontalAdvance(top.text(0)) > rect.width()  # the name is longer than the sidebar is wide
    needed = metrics.boundingRect(QRect(0, 0, rect.width() - 12 - tree.indentation(), 10_000),
                                  int(Qt.TextFlag.TextWordWrap), top.text(0)).height()
    assert rect.height() >= needed  # so the row is as tall as the wrapped name
