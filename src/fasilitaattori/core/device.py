"""This device's identity: the id its clock values and sync files carry."""

from __future__ import annotations

import uuid

from ..store.models import Setting
from .clock import HybridClock
from .workbench import CLOCK_KEY, DEVICE_KEY, Workbench


def new_device_id(wb: Workbench) -> str:
    """Give this device a new id, for a laptop whose disk was copied from another: two
    laptops with one id would write the same sync files and issue the same clock values.
    The clock goes on from where it was, so edits made from now on still win over every
    value this device has written or seen."""
    device = uuid.uuid4().hex
    with wb.store.write() as session:
        session.merge(Setting(key=DEVICE_KEY, value=device))
        wb.device_id = device
        wb.clock = HybridClock(device, wb.clock.last)
        wb.clock.observe(wb.clock.last)  # past the last value, now under the new id
        session.merge(Setting(key=CLOCK_KEY, value=wb.clock.last))
    return device
