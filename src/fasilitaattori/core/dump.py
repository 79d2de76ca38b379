"""Canonical JSON of the whole synced content: sorted and stable, so stores can be compared."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from ..store.models import SYNCED_MODELS
from .clock import load_clocks
from .workbench import Workbench

DUMP_FORMAT = 1


def dump_data(wb: Workbench, *, with_clocks: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {"format": DUMP_FORMAT}
    with wb.store.read() as session:
        for name, model in SYNCED_MODELS.items():
            columns = [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]
            rows = []
            for row in session.scalars(select(model).order_by(model.id)):
                item = {c: getattr(row, c) for c in columns if c != "clock"}
                if with_clocks:
                    item["clock"] = load_clocks(row.clock or "")
                rows.append(item)
            data[name] = rows
    return data


def dump_json(wb: Workbench, *, with_clocks: bool = False) -> str:
    return json.dumps(dump_data(wb, with_clocks=with_clocks), ensure_ascii=False, sort_keys=True, indent=1)
