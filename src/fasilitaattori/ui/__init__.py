"""The desktop user interface (PySide6)."""

from .qt_workarounds import protect_none

protect_none()
