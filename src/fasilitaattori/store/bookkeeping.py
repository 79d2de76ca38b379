"""JSON values the store keeps for its own bookkeeping in the `settings` table, read and
written on plain sqlite3 connections inside the caller's transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
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


def work_through(conn: sqlite3.Connection, step: Callable[[sqlite3.Connection], bool],
                 stop: Callable[[], bool]) -> bool:
    """Run `step` on `conn` (autocommit mode) in a transaction of its own each time, until it
    says nothing is left (True), or until `stop()` says to stop first (False): a user's edit
    waits for one step at most."""
    while True:
        if stop():
            return False
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = step(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if done:
            return True
