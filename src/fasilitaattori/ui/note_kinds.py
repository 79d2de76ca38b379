"""The six kinds of note as the user reads them, in the order the capture keys use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Order of the capture shortcuts (1..6): the most frequent kinds first.
KIND_ORDER = ("idea", "quote", "development_need", "decision", "question", "observation")

_LABELS = {
    "idea": QT_TRANSLATE_NOOP("NoteKinds", "Idea"),
    "quote": QT_TRANSLATE_NOOP("NoteKinds", "Quote"),
    "development_need": QT_TRANSLATE_NOOP("NoteKinds", "Development need"),
    "decision": QT_TRANSLATE_NOOP("NoteKinds", "Decision"),
    "question": QT_TRANSLATE_NOOP("NoteKinds", "Question"),
    "observation": QT_TRANSLATE_NOOP("NoteKinds", "Observation"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("NoteKinds", _LABELS.get(kind, kind))
