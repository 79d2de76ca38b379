"""The open workbench: the store plus this device's identity and clock.

Every core service takes a `Workbench` as its first argument; the UI, CLI and sync layers
each hold one. Nothing here knows about Qt.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import StoreError
from ..store.db import Store, open_store
from ..store.failures import opening_error
from ..store.models import Setting
from .clock import HybridClock

DEVICE_KEY = "device_id"
CLOCK_KEY = "hlc_last"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Workbench:
    def __init__(self, store: Store) -> None:
        self.store = store
        try:
            with store.write() as session:
                device = session.get(Setting, DEVICE_KEY)
                if device is None:
                    device = Setting(key=DEVICE_KEY, value=uuid.uuid4().hex)
                    session.add(device)
                last = session.get(Setting, CLOCK_KEY)
                self.device_id: str = device.value
                self.clock = HybridClock(self.device_id, last.value if last else None)
        except StoreError as exc:  # the first write of every start: a read-only folder shows here
            store.close()
            raise opening_error(exc, store.data_dir) from exc

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Workbench:
        return cls(open_store(data_dir))

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def tick(self, session: Session) -> str:
        """A fresh clock value for an edit in `session`, persisted with that edit."""
        value = self.clock.tick()
        session.merge(Setting(key=CLOCK_KEY, value=value))
        return value

    def observe(self, session: Session, remote: str) -> None:
        self.clock.observe(remote)
        session.merge(Setting(key=CLOCK_KEY, value=self.clock.last))

    # -- local settings (facilitator name, organisation, language, sync folder...) -----
    def setting(self, key: str, default: Any = None) -> Any:
        with self.store.read() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value: Any) -> None:
        with self.store.write() as session:
            session.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))

    def close(self) -> None:
        self.store.close()
