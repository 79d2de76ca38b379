"""Property tests of erasure over three devices: people's values edited concurrently on every
device (so conflict copies of them exist here and there), the person erased on one device at a
random moment, bundles exchanged in random orders, stale ones included. Afterwards:

- after everyone has seen everything, the three dumps are identical;
- no byte of anything typed into the erased person's row or their notes is in any store's
  file, its write-ahead log included;
- nobody's dump names it either.
"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasilitaattori.core import notes, participants, projects, workshops
from fasilitaattori.core.people import erase_person
from fasilitaattori.errors import NotFoundError
from fasilitaattori.sync.export import build_bundle
from fasilitaattori.sync.importer import apply_bundle
from fasilitaattori.sync.reader import open_bundle_bytes

from .helpers import dump, file_bytes, new_device

ROOT = Path(tempfile.mkdtemp(prefix="fasi-erasure-prop-"))
DEVICES = 3
_MARKS = itertools.count()

step = st.one_of(
    st.tuples(st.just("edit_person"), st.integers(0, DEVICES - 1),
              st.sampled_from(["organisation", "role", "display_name", "contact", "municipality"])),
    st.tuples(st.just("edit_note"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("edit_other"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("export"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("import"), st.integers(0, DEVICES - 1), st.integers(0, 30)),
)


@dataclass
class World:
    devices: list[Any]
    person: str
    other: str
    note: str
    bundles: list[bytes] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)  # every value typed about the person who is erased

    def close(self) -> None:
        for wb in self.devices:
            wb.close()


def _mark(kind: str) -> str:
    """A value no other value contains, in lower case so the search index keeps it as typed."""
    return f"{kind}q{next(_MARKS):05d}zx"


def _import(wb: Any, data: bytes) -> None:
    bundle = open_bundle_bytes(data)
    try:
        apply_bundle(wb, bundle)
    finally:
        bundle.close()


def make_world() -> World:
    devices = [new_device(ROOT, f"e{i}") for i in range(DEVICES)]
    first = devices[0]
    project = projects.create_project(first, name="Hanke")
    workshop = workshops.create_workshop(first, title="Työpaja", project_id=project.id)
    name, org = _mark("name"), _mark("org")
    person = participants.create_participant(first, workshop.id, display_name=name, organisation=org)
    other = participants.create_participant(first, workshop.id, display_name="Eero Tuovinen")
    said = _mark("said")
    note = notes.add_note(first, workshop.id, said, kind="quote", author_id=person.id)
    world = World(devices, person.id, other.id, note.id, typed=[name, org, said])
    data = build_bundle(first)[0]
    for wb in devices[1:]:
        _import(wb, data)
    return world


def run_step(world: World, action: tuple[Any, ...]) -> None:
    kind, wb = action[0], world.devices[action[1]]
    try:
        if kind == "edit_person":
            value = _mark(action[2][:3])
            participants.participants.update(wb, world.person, **{action[2]: value})
            world.typed.append(value)
        elif kind == "edit_note":
            value = _mark("note")
            notes.notes.update(wb, world.note, text=value)
            world.typed.append(value)
        elif kind == "edit_other":
            participants.participants.update(wb, world.other, organisation=f"Järjestö {next(_MARKS)}")
        elif kind == "export":
            world.bundles.append(build_bundle(wb)[0])
        elif kind == "import" and world.bundles:
            _import(wb, world.bundles[action[2] % len(world.bundles)])
    except NotFoundError:
        pass  # the person is erased on this device: nobody can edit them here any more


def settle(world: World) -> None:
    for _ in range(4):
        before = [dump(wb) for wb in world.devices]
        latest = [build_bundle(wb)[0] for wb in world.devices]
        for i, wb in enumerate(world.devices):
            for j, data in enumerate(latest):
                if i != j:
                    _import(wb, data)
        if [dump(wb) for wb in world.devices] == before:
            return
    raise AssertionError("the devices did not settle after four full exchanges")


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(st.lists(step, max_size=12), st.integers(0, DEVICES - 1), st.lists(step, max_size=12))
def test_an_erased_person_stays_erased_everywhere(before, eraser, after):
    world = make_world()
    try:
        for action in before:
            run_step(world, action)
        erase_person(world.devices[eraser], world.person)
        for action in after:
            run_step(world, action)
        settle(world)
        dumps = {dump(wb) for wb in world.devices}
        assert len(dumps) == 1
        # Stale bundles, made before the erasure, bring nothing back either (they may add
        # copies of other old values this device never saw).
        for data in world.bundles:
            _import(world.devices[(eraser + 1) % DEVICES], data)
        for wb in world.devices:
            stored, text = file_bytes(wb), dump(wb)
            for value in world.typed:
                assert value.encode() not in stored, f"{value!r} is still in a store file"
                assert value not in text, f"{value!r} is still in the store"
    finally:
        world.close()
