"""The one family of errors a user can meet.

Each carries an English message template (translated by the UI through the same source
string) and its parameters; `str(error)` gives the English sentence for logs and the CLI.
"""

from __future__ import annotations

from typing import Any


class FasilitaattoriError(Exception):
    """An error with one calm sentence for the user."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class ValidationError(FasilitaattoriError):
    """Input that cannot be saved (empty title, negative duration, end before start...)."""


class NotFoundError(FasilitaattoriError):
    """An id that names nothing (or something deleted)."""


class StoreError(FasilitaattoriError):
    """The data store cannot be opened, read or written."""
