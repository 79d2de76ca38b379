"""The general answer sheet: what a method without a worksheet layout of its own prints.

It is an ordinary `WorksheetSpec` (one ruled box under the method's purpose), so it gets the
same header, paper sizes, large print and group copies as the designed worksheets.
"""

from __future__ import annotations

from ..core.worksheet_spec import WorksheetSpec
from ..store.models import Method
from .i18n import tr


def generic_spec(method: Method, language: str) -> WorksheetSpec:
    """The method's name as the title, its purpose as the question, then room to write."""
    return WorksheetSpec(layout="boxes", title=method.name.strip() or "—",
                         instructions=method.purpose.strip(),
                         prompts=(tr(language, "answer_box"),))
