"""Where the store lives, and a glance into it that needs neither SQLAlchemy nor a migration.

The window is shown before the object-relational layer is imported (see app.run_app): the
language it speaks in is read here with plain sqlite3, read-only, from the settings table.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

DB_NAME = "fasilitaattori.sqlite"
ENV_DATA_DIR = "FASILITAATTORI_DATA_DIR"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("Fasilitaattori", appauthor=False))


def peek_setting(data_dir: Path, key: str) -> Any:
    """A setting's value as stored, or None when there is no store, no such setting, or the
    file cannot be read (opening the store proper says what is wrong)."""
    path = data_dir / DB_NAME
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, OSError):
        return None
