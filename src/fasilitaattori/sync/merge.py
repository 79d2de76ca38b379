"""Merging a checked bundle into the store (design §4), entity by entity.

The rules that decide what a row becomes are `merge_rules`, pure functions; this module walks
the bundle, finds the local rows each bundle row meets, applies the rules and hands the
outcome to `writer`. A dry run (the preview) only counts; an import writes each chunk as it
goes, inside the caller's transaction, so a problem found later in the bundle still leaves
the store as it was. Whether a conflict copy still needs a look is decided when it is shown
(`conflicts.open_conflicts`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from ..store.models import SYNCED_MODELS
from . import links, staging, writer
from .format import ENTITY_ORDER, SCHEMA, Column, table_of
from .local_rows import LocalRows, TextsAhead, no_parts
from .looks import open_among
from .merge_rules import (
    clock_created_at,
    conflict_id,
    conflict_row,
    copies_not_of_erased,
    merge_row,
    not_erased,
    references_kept,
)
from .reader import Bundle
from .rows import Row, check_clocks
from .writer import erase_rows

# With the names other modules imported from here before the rules and the writer had their own.
__all__ = ["KindCounts", "MergePlan", "Progress", "clock_created_at", "conflict_id", "conflict_row", "erase_rows",
           "expected_rows", "merge_bundle", "plan_merge"]

_ID = itemgetter(0)
LINES_FROM = 2_000  # local rows from which rows equal to a local one are recognised by their text


@dataclass
class KindCounts:
    new: int = 0
    updated: int = 0
    conflicting: int = 0
    unchanged: int = 0
    erased: int = 0

    def total_changes(self) -> int:
        return self.new + self.updated + self.conflicting + self.erased

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "conflicting": self.conflicting,
                "unchanged": self.unchanged, "erased": self.erased}


@dataclass
class MergePlan:
    """What an import changes (or would change): counts per kind, new conflict copies, rows
    erased for good and the photos whose files are wanted."""

    counts: dict[str, KindCounts] = field(default_factory=dict)
    conflicts: list[Row] = field(default_factory=list)  # copies new here, made by this merge
    looks: int = 0  # copies new here (made or relayed) that need the user's look
    erase: dict[str, set[str]] = field(default_factory=dict)  # local rows to remove for good
    photos: set[str] = field(default_factory=set)  # hashes of photos whose files are wanted
    indexing_deferred: bool = False  # indexes or new rows were left to the backlogs (`store.index_backlog`)

    @property
    def changes(self) -> int:
        return sum(c.total_changes() for c in self.counts.values())

    @property
    def erasures(self) -> int:
        return sum(len(ids) for ids in self.erase.values())

    def summary(self) -> dict[str, dict[str, int]]:
        return {k: v.as_dict() for k, v in self.counts.items() if v.total_changes() or v.unchanged}


Progress = Callable[[int, int], None]  # (rows done, rows in the bundle); may raise to stop


def expected_rows(bundle: Bundle, entity: str | None = None) -> int:
    """The rows of `entity` (of every kind when None) the bundle's manifest counts; what the
    import's progress counts towards."""
    if entity is None:
        return sum(expected_rows(bundle, e) for e in ENTITY_ORDER)
    listed = bundle.manifest.get("counts")
    expected = listed.get(entity) if isinstance(listed, dict) else None
    return expected if isinstance(expected, int) and not isinstance(expected, bool) else 0


class Merger:
    REFERENCED = frozenset(c.ref for cols in SCHEMA.values() for c in cols if c.ref)  # whose ids are kept

    def __init__(self, conn: sqlite3.Connection, bundle: Bundle, apply: bool = False,
                 progress: Progress | None = None) -> None:
        self.conn = conn
        self.bundle = bundle
        self.apply = apply  # write each chunk as soon as it is merged, keeping only counts
        self.progress = progress
        self.done = 0
        self.total = expected_rows(bundle)
        self.plan = MergePlan()
        self.known: dict[str, set[str]] = {}  # ids that exist after the merge, for references
        self.candidates: dict[str, list[Any]] = {}
        self.looking: dict[str, tuple[str, str]] = {}  # candidate id -> its row's entity and id
        self.row_counts: dict[tuple[str, str], str] = {}  # merged rows counted "updated" or "unchanged"
        self.relayed: list[str] = []  # ids of copies new here that came in the bundle
        self.erased: dict[str, set[str]] = {}  # ids erased here or by the bundle, by entity
        self.later = writer.Later()  # indexing left to the background, recorded once at the end
        self.blocks = links.Blocks()  # notes' and photos' blocks, checked at the end

    def run(self) -> MergePlan:
        erased = self.erased = self._erasures()
        if self.apply:
            for entity in reversed(ENTITY_ORDER):
                ids = sorted(self.plan.erase.get(entity, ()))
                if ids:
                    writer.erase_rows(self.conn, entity, ids)
        sizes = {e: self.conn.execute(f'SELECT count(*) FROM "{table_of(e)}"').fetchone()[0] for e in ENTITY_ORDER}
        by_text = [e for e in ENTITY_ORDER if self._by_text(e, sizes[e])]
        # Erasing cascades to rows that refer to the erased ones, which a second connection
        # would not see yet: then the texts are rendered on this connection.
        ahead = TextsAhead(self.conn, [] if self.plan.erase else by_text)
        staged = staging.stageable(self, sizes)
        order = list(ENTITY_ORDER)
        try:
            while order:
                if order[0] in staged:  # a run of tables empty here: prepared in a second thread
                    run = []
                    while order and order[0] in staged:
                        run.append(order.pop(0))
                    staging.write_staged(self, run, erased)
                    continue
                entity = order.pop(0)
                self.entity(entity, erased.get(entity, set()), sizes[entity], ahead if entity in by_text else None)
            self.blocks.check(self.conn)
            self.plan.indexing_deferred = self.later.write(self.conn)
        finally:
            ahead.close()
        return self.plan

    def advance(self, rows: int) -> None:
        if self.progress is not None:
            self.done += rows
            self.progress(min(self.done, self.total), self.total)

    def expected(self, entity: str) -> int:
        return expected_rows(self.bundle, entity)

    def counts(self, entity: str) -> KindCounts:
        return self.plan.counts.setdefault(entity, KindCounts())

    def _by_text(self, entity: str, local_count: int) -> bool:
        """When the bundle holds a good part of a big local table (a colleague's whole store,
        again), most of its rows are the local ones to the byte: compare texts, parse the rest."""
        return self.bundle.version >= 2 and local_count >= LINES_FROM and self.expected(entity) * 4 >= local_count

    def _erasures(self) -> dict[str, set[str]]:
        erased: dict[str, set[str]] = {}
        for entity, row_id in self.conn.execute("SELECT entity, row_id FROM erasures"):
            erased.setdefault(entity, set()).add(row_id)
        names = [c.name for c in SCHEMA["erasure"]]
        e_i, r_i = names.index("entity"), names.index("row_id")
        for row in self.bundle.rows("erasure"):
            entity, row_id = row[e_i], row[r_i]
            if entity in SYNCED_MODELS and row_id not in erased.get(entity, set()):
                erased.setdefault(entity, set()).add(row_id)
                exists = self.conn.execute(f'SELECT 1 FROM "{table_of(entity)}" WHERE id = ?', (row_id,)).fetchone()
                if exists:
                    self.plan.erase.setdefault(entity, set()).add(row_id)
        links.only_a_persons(self.conn, self.plan.erase, erased)
        for entity, ids in self.plan.erase.items():
            self.counts(entity).erased += len(ids)
        return erased

    def entity(self, entity: str, erased: set[str], local_count: int, ahead: TextsAhead | None) -> None:
        """Merge and (when applying) write the bundle's rows of `entity`, a chunk at a time."""
        columns = SCHEMA[entity]
        gone = self.plan.erase.get(entity, set())
        expected = self.expected(entity)
        # Clocks equal to local ones need no check: where a table already has rows, the merge
        # checks the clocks of the rows that differ; elsewhere the reader checks them all.
        deferred = local_count > 0
        local: dict[str, str] | None = None
        local_ids: set[str] = set()
        texts = ahead.parts(self.conn, entity) if ahead is not None else no_parts()

        def kept() -> Iterator[tuple[bytes, list[str]]]:
            """The local rows as they are after this import's erasures (see `run`)."""
            for text, ids in texts:
                if gone:
                    pairs = [(line, i) for line, i in zip(text.split(b"\n"), ids, strict=True) if i not in gone]
                    text, ids = b"\n".join(line for line, _ in pairs), [i for _, i in pairs]
                if ids:
                    local_ids.update(ids)
                    yield text, ids

        rendered = kept()
        same = LocalRows(rendered) if ahead is not None else None
        if ahead is None and expected * 16 < local_count:  # a few rows (a change file): looked up by id
            if entity in self.REFERENCED:
                local_ids.update(i for (i,) in self.conn.execute(f'SELECT id FROM "{table_of(entity)}"'))
            local_ids.difference_update(gone)
        elif ahead is None:
            local = writer.versions(self.conn, entity)
            local_ids.update(local)
            local_ids.difference_update(gone)
        known = local_ids if entity in self.REFERENCED else None
        counts = self.counts(entity)
        refs = [(i, c) for i, c in enumerate(columns) if c.ref]
        in_bundle: set[str] = set()
        bulk: ExitStack | None = None
        index_new: Callable[[], None] | None = None
        with ExitStack() as stack:
            for chunk in self.bundle.chunks(entity, defer_clocks=deferred, same=same):
                self.advance(len(chunk.rows) + chunk.same)
                counts.unchanged += chunk.same
                rows = not_erased(chunk.rows, erased)
                if entity == "conflict":
                    rows = copies_not_of_erased(rows, self.erased)
                versions = local if local is not None else writer.versions(self.conn, entity, list(map(_ID, rows)))
                new: list[Row] = []
                changed: list[Row] = []
                if not versions:  # none of these rows is here yet (an empty store, say)
                    new = list(rows)
                for row in rows if versions else ():
                    mine = versions.get(row[0])
                    if mine is None or row[0] in gone:
                        new.append(row)
                    elif mine != row[2] + "\n" + row[1]:
                        changed.append(row)
                if deferred:
                    check_clocks(entity, chunk, new + changed if changed else new)
                counts.unchanged += len(rows) - len(new) - len(changed)
                if known is not None:
                    known.update(map(_ID, rows))
                if entity == "conflict":
                    in_bundle.update(map(_ID, rows))
                    self.relayed.extend(map(_ID, new))
                if refs:
                    new = self.references(entity, new, refs)
                    changed = self.references(entity, changed, refs)
                elif entity == "method":
                    links.keep_builtin(self.conn, changed)
                counts.new += len(new)
                if new:
                    if entity == "photo":
                        self._want_photos(new)
                    if self.apply:
                        if bulk is None:
                            bulk = stack.enter_context(ExitStack())
                            guess = len(new) * expected // max(len(rows), 1)
                            index_new = writer.bulk(self.conn, bulk, entity, guess, local_count,
                                                    self.later if guess >= writer.DEFER_INDEX else None)
                        writer.insert(self.conn, entity, new)
                        if index_new is not None:
                            index_new()
                if changed:
                    updates = self._merge_changed(entity, columns, changed, counts)
                    if self.apply and updates:
                        writer.update(self.conn, entity, updates)
            del local
        del same
        if known is not None:  # the rows not reached yet (all, when the bundle has none of this kind)
            for _ in rendered:
                pass
        texts.close()
        if known is not None:
            self.known[entity] = known
        if entity == "conflict":
            self._add_candidates(in_bundle)

    def references(self, entity: str, rows: list[Row], refs: list[tuple[int, Column]]) -> list[Row]:
        """Runs in the preparing thread too (`staging`): no query here."""
        if not rows:
            return rows
        if entity in links.ON_BLOCKS:
            self.blocks.note(entity, rows)
        return references_kept(entity, rows, refs, self.known, self.erased)

    def _want_photos(self, rows: list[Row]) -> None:
        names = [c.name for c in SCHEMA["photo"]]
        sha_i, del_i = names.index("sha256"), names.index("deleted")
        self.plan.photos.update(r[sha_i] for r in rows if not r[del_i])

    def _merge_changed(self, entity: str, columns: tuple[Column, ...], rows: list[Row],
                       counts: KindCounts) -> list[list[Any]]:
        """Merge rows that differ from the local ones (`merge_rules.merge_row`); returns the rows
        to write. Rows whose merge made a copy that needs a look are counted as conflicting
        once the copies are known (`_add_candidates`)."""
        local = writer.stored_rows(self.conn, entity, [r[0] for r in rows])
        updates: list[list[Any]] = []
        for remote in rows:
            mine = local[remote[0]]
            merged = merge_row(entity, columns, mine, remote)
            for copy in merged.copies:
                self.candidates.setdefault(copy.row[0], copy.row)
                if copy.look:
                    self.looking[copy.row[0]] = (entity, mine[0])
            if merged.changed:
                updates.append(merged.row)
                counts.updated += 1
                if entity == "photo":
                    self._want_photos([merged.row])
            else:
                counts.unchanged += 1
            if merged.looks:
                self.row_counts[(entity, mine[0])] = "updated" if merged.changed else "unchanged"
        return updates

    def _add_candidates(self, present: set[str]) -> None:
        """Write the copies this merge made that are new here, and count the new copies (made
        or relayed) that need a look, with the rows they are about as conflicting. A copy that
        was here already is not counted again: re-importing a bundle reports no conflicts."""
        fresh: list[Row] = []
        if self.candidates:
            ids = list(self.candidates)
            for part in writer.chunks(ids):
                marks = ",".join("?" * len(part))
                present.update(r[0] for r in self.conn.execute(f"SELECT id FROM conflicts WHERE id IN ({marks})", part))
            fresh = [row for cid, row in self.candidates.items() if cid not in present]
            self.plan.conflicts = fresh
            self.counts("conflict").new += len(fresh)
            if self.apply and fresh:
                writer.insert(self.conn, "conflict", fresh)
        new_ids = [row[0] for row in fresh] + self.relayed
        if self.apply:  # the rule Tools → Conflicts follows, on the merged store
            about = {cid: (key.entity, key.row_id) for cid, (key, _state) in open_among(self.conn, new_ids).items()}
        else:  # a preview: the merge's own judgement of the copies it would make
            about = {row[0]: self.looking[row[0]] for row in fresh if row[0] in self.looking}
        self.plan.looks = len(about)
        for entity, row_id in set(about.values()):
            counted = self.row_counts.get((entity, row_id))
            if counted is not None:
                counts = self.counts(entity)
                setattr(counts, counted, getattr(counts, counted) - 1)
                counts.conflicting += 1


def plan_merge(conn: sqlite3.Connection, bundle: Bundle, progress: Progress | None = None) -> MergePlan:
    """What importing `bundle` would change, computed on the open connection (read only)."""
    return Merger(conn, bundle, progress=progress).run()


def merge_bundle(conn: sqlite3.Connection, bundle: Bundle, progress: Progress | None = None) -> MergePlan:
    """Merge and write `bundle` entity by entity in the caller's transaction; returns the counts
    (and the photos wanted) with the written rows already let go. `progress` is told after
    every few megabytes of rows; an exception it raises stops the merge, and the caller's
    transaction rolls everything back."""
    return Merger(conn, bundle, apply=True, progress=progress).run()
