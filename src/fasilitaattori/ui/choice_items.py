"""Rows of a chooser's list: a choice that carries its id, and a group heading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem


def choice_item(text: str, ref: str) -> QStandardItem:
    """A row the user can choose; its id rides along as user data."""
    item = QStandardItem(text)
    item.setData(ref, Qt.ItemDataRole.UserRole)
    return item


def list_heading(text: str) -> QStandardItem:
    """A group heading in the list: shown in bold, never chosen (arrow keys skip it)."""
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    return item
