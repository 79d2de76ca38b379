"""JSON values the store keeps for its own bookkeeping in the `settings` table, read and
written on plain sqlite3 connections inside the caller's transaction."""

from __future__ import annotations

import json
import sqlite3
from typing import Any


def load_list(conn: sqlite3.Connection, key: str) -> list[Any]:
    """The list stored under `key`; empty when there is none or it is unreadable."""
    found = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    try:
        value = json.loads(found[0]) if found else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def save_list(conn: sqlite3.Connection, key: str, items: list[Any]) -> None:
    """Store `items` under `key`, or remove the key when there are none."""
    if items:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                     "value = excluded.value", (key, json.dumps(items)))
    else:
        conn.execute("DELETE FROM settings WHERE key = ?", (key,))
