"""The desktop user interface (PySide6)."""
