"""Merging a checked bundle into the store (design §4): a state-based CRDT.

Rows match by id. For each field the value with the greater hybrid logical clock wins, on
every device alike, so stores converge whatever the order. A text field's losing value is
kept as a `Conflict` row whose id comes from the value's own clock, so every device that
ever sees that value keeps the same copy: the set of copies is a union and does not depend
on the order of imports. Whether a copy still needs a look is decided when it is shown
(`conflicts.open_conflicts`). Erasures remove rows for good and keep them out afterwards.

The bundle is read a few megabytes of rows at a time. A dry run (the preview) only counts;
an import writes each chunk with bulk statements as it goes, inside the caller's transaction,
so a problem found later in the bundle still leaves the store as it was.
"""

from __future__ import annotations

import gc
import sqlite3
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..core.clock import HLC, ZERO, dump_clocks, load_clocks
from ..core.participants import link_id
from ..core.people import PERSONAL_FIELDS
from ..core.records import PREV
from ..store import index_backlog, search_backlog
from ..store.db import STAGE_SCHEMA
from ..store.models import SYNCED_MODELS
from ..store.search_backlog import index_trigger
from . import links
from .ahead import read_ahead
from .format import ENTITY_ORDER, NO_CONFLICT_COPIES, SCHEMA, Column, json_row_sql, table_of
from .local_rows import LocalRows
from .looks import needs_look, open_among
from .reader import Bundle, BundleError, Row, check_clocks

_CONFLICT_COLUMNS = [c.name for c in SCHEMA["conflict"]]
_REFERENCED = {c.ref for cols in SCHEMA.values() for c in cols if c.ref}


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


def clock_created_at(clock: str) -> str:
    wall = HLC.parse(clock).wall_ms
    return datetime.fromtimestamp(wall / 1000, UTC).isoformat(timespec="microseconds")


def conflict_id(entity: str, row_id: str, field_name: str, value_clock: str) -> str:
    return link_id("conflict", entity, row_id, field_name, value_clock)


def conflict_row(entity: str, row_id: str, field_name: str, value: Any, clock: str, prev: str | None) -> list[Any]:
    """The copy of a losing value: the same row on every device that makes it."""
    clocks = {n: clock for n in ("deleted", "entity", "field", "resolved", "row_id", "value", "value_clock")}
    if prev:
        clocks["value" + PREV] = prev
    values = {"id": conflict_id(entity, row_id, field_name, clock), "created_at": clock_created_at(clock),
              "clock": dump_clocks(clocks), "deleted": False, "entity": entity,
              "row_id": row_id, "field": field_name, "value": "" if value is None else str(value),
              "value_clock": clock, "resolved": False}
    return [values[n] for n in _CONFLICT_COLUMNS]


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _local_rows(conn: sqlite3.Connection, entity: str, ids: list[str]) -> dict[str, list[Any]]:
    columns = SCHEMA[entity]
    names = ", ".join(f'"{c.name}"' for c in columns)
    bools = [i for i, c in enumerate(columns) if c.kind == "bool"]
    found: dict[str, list[Any]] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for row in conn.execute(f'SELECT {names} FROM "{table_of(entity)}" WHERE id IN ({marks})', part):
            values = list(row)
            for i in bools:
                values[i] = bool(values[i])
            found[values[0]] = values
    return found


_ID = itemgetter(0)


_VERSION = "SELECT id, clock || char(10) || created_at FROM \"{table}\""


def _versions(conn: sqlite3.Connection, entity: str, ids: list[str] | None = None) -> dict[str, str]:
    """Local rows' clock and created_at as one string, by id (all rows, or those of `ids`): a
    bundle row whose own pair is the same string is unchanged."""
    sql = _VERSION.format(table=table_of(entity))
    if ids is None:
        return dict(conn.execute(sql))
    found: dict[str, str] = {}
    for part in _chunks(ids):
        found.update(conn.execute(f"{sql} WHERE id IN ({','.join('?' * len(part))})", part))
    return found


_LINES_FROM = 2_000  # local rows from which rows equal to a local one are recognised by their text


_PART = 20_000  # rowids per statement when rendering local rows: a few megabytes of text


def _render(conn: sqlite3.Connection, entity: str, low: int, high: int) -> tuple[bytes, str]:
    """Local rows of `entity` with rowid in (low, high] as JSON text, one per line, and their
    ids in the same order, built by SQLite in one statement."""
    lines, ids = conn.execute(
        f"SELECT CAST(group_concat(line, x'0a') AS BLOB), group_concat(id, char(10)) FROM "
        f'(SELECT CAST({json_row_sql(SCHEMA[entity])} AS BLOB) AS line, id FROM "{table_of(entity)}" '
        "WHERE rowid > ? AND rowid <= ?)", (low, high)).fetchone()
    return lines or b"", ids or ""


def _row_texts(conn: sqlite3.Connection, entity: str) -> Iterator[tuple[list[bytes], list[str]]]:
    """Every local row of `entity` as the JSON text an export writes for it, and its id, fetched
    row by row in batches: what the merge falls back on when a part cannot be built."""
    cursor = conn.execute(f'SELECT CAST({json_row_sql(SCHEMA[entity])} AS BLOB), id FROM "{table_of(entity)}"')
    while batch := cursor.fetchmany(_PART):
        yield [line for line, _ in batch], [i for _, i in batch]


class _TextsAhead:
    """Renders the local rows of the big tables as JSON text in a second thread, a few parts
    ahead of the merge. SQLite builds a part in one statement without Python's lock, so both
    threads really run at once (fetching row by row would hand the lock back and forth for
    every row; two threads both in SQLite slow each other down, as its memory allocator is
    shared). The thread reads the last committed state: the merge has not touched a table
    before it reaches it, except for rows erased by this import (then nothing is rendered
    ahead; see `_Merger.run`)."""

    def __init__(self, conn: sqlite3.Connection, entities: list[str]) -> None:
        path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
        self._parts: Iterator[tuple[str, tuple[bytes, str] | None]] | None = (
            read_ahead(_parts(path, entities), 6, "local-rows") if path and entities else None)

    def parts(self, conn: sqlite3.Connection, entity: str) -> Generator[tuple[bytes, list[str]], None, None]:
        """`entity`'s local rows as JSON text, one per line, and their ids, a part at a time:
        from the second thread while it can; when it cannot, fetched here from the start (a
        row given twice is harmless)."""
        if self._parts is not None:
            try:
                for name, part in self._parts:
                    if part is None:
                        if name == entity:
                            return
                    elif name == entity and part[1]:
                        yield part[0], part[1].split("\n")
            except sqlite3.Error:  # e.g. a part too long for one string, or a locked file
                self.close()
        for lines, ids in _row_texts(conn, entity):
            yield b"\n".join(lines), ids

    def close(self) -> None:
        if self._parts is not None:
            self._parts.close()  # type: ignore[attr-defined]
            self._parts = None


def _no_parts() -> Generator[tuple[bytes, list[str]], None, None]:
    yield from ()


def _parts(path: str, entities: list[str]) -> Iterator[tuple[str, tuple[bytes, str] | None]]:
    """Each entity's local rows in parts of `_PART` rowids, then (entity, None)."""
    conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, timeout=10, check_same_thread=False)
    try:
        for entity in entities:
            top = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table_of(entity)}"').fetchone()[0]
            for low in range(0, top, _PART):
                yield entity, _render(conn, entity, low, low + _PART)
            yield entity, None
    finally:
        conn.close()


Progress = Callable[[int, int], None]  # (rows done, rows in the bundle); may raise to stop


def expected_rows(bundle: Bundle, entity: str | None = None) -> int:
    """The rows of `entity` (of every kind when None) the bundle's manifest counts; what the
    import's progress counts towards."""
    if entity is None:
        return sum(expected_rows(bundle, e) for e in ENTITY_ORDER)
    listed = bundle.manifest.get("counts")
    expected = listed.get(entity) if isinstance(listed, dict) else None
    return expected if isinstance(expected, int) and not isinstance(expected, bool) else 0


class _Merger:
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
        self.later = _Later()  # indexing left to the background, recorded once at the end
        self.blocks = links.Blocks()  # notes' and photos' blocks, checked at the end

    def run(self) -> MergePlan:
        with _cycle_collector_paused():
            return self._run()

    def _run(self) -> MergePlan:
        erased = self.erased = self._erasures()
        if self.apply:
            for entity in reversed(ENTITY_ORDER):
                ids = sorted(self.plan.erase.get(entity, ()))
                if ids:
                    erase_rows(self.conn, entity, ids)
        sizes = {e: self.conn.execute(f'SELECT count(*) FROM "{table_of(e)}"').fetchone()[0] for e in ENTITY_ORDER}
        by_text = [e for e in ENTITY_ORDER if self._by_text(e, sizes[e])]
        # Erasing cascades to rows that refer to the erased ones, which a second connection
        # would not see yet: then the texts are rendered on this connection.
        ahead = _TextsAhead(self.conn, [] if self.plan.erase else by_text)
        staged = self._stageable(sizes)
        order = list(ENTITY_ORDER)
        try:
            while order:
                if order[0] in staged:  # a run of tables empty here: prepared in a second thread
                    run = []
                    while order and order[0] in staged:
                        run.append(order.pop(0))
                    self._staged(run, erased)
                    continue
                entity = order.pop(0)
                self._entity(entity, erased.get(entity, set()), sizes[entity], ahead if entity in by_text else None)
            self.blocks.check(self.conn)
            self.plan.indexing_deferred = self.later.write(self.conn)
        finally:
            ahead.close()
        return self.plan

    def _stageable(self, sizes: dict[str, int]) -> set[str]:
        """The entities whose rows all go into a table that is empty here, when there are
        enough of them for preparing rows in a second thread to pay (an import into a new
        store, say)."""
        if not self.apply or not _can_stage(self.conn):
            return set()
        eligible = {e for e in ENTITY_ORDER if sizes[e] == 0 and e not in _UNSTAGED and not self.plan.erase.get(e)}
        return eligible if sum(map(self._expected, eligible)) >= _STAGE_FROM else set()

    def _staged(self, run: list[str], erased: dict[str, set[str]]) -> None:
        """Write the rows of `run`, entities whose tables are empty here. A second thread reads,
        checks and prepares them (`_prepare`), so Python's work on a block happens while this
        thread's connection copies the block before it, a statement that runs without Python's
        lock."""
        parts = read_ahead(self._prepare(run, erased), 2, "prepare-rows")
        with ExitStack() as stack:
            stack.callback(parts.close)  # type: ignore[attr-defined]
            # This thread wants Python's lock back after each statement: let it take the lock
            # from the busy preparing thread at once instead of after the usual 5 ms.
            stack.callback(sys.setswitchinterval, sys.getswitchinterval())
            sys.setswitchinterval(_SWITCH)
            # A smaller page cache while the images flow: SQLite then writes pages out to the log
            # as it goes, while this thread waits for the next image anyway, instead of leaving
            # most of them to the commit at the end (a decade's import: 0.1–1.6 s sooner in alternating runs).
            cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
            stack.callback(self.conn.execute, f"PRAGMA cache_size={int(cache)}")
            self.conn.execute(f"PRAGMA cache_size={_STAGE_CACHE}")
            stack.callback(self._release_stage)
            bulk: ExitStack | None = None
            for part in parts:
                if self.progress is not None:
                    self.done += part.seen
                    self.progress(min(self.done, self.total), self.total)
                if part.image is not None:
                    if bulk is None:
                        bulk = stack.enter_context(ExitStack())
                        # A run this large leaves all its indexing to the background.
                        self._bulk(bulk, part.entity, self._expected(part.entity), 0, self.later)
                    _insert_image(self.conn, part.entity, part.image)
                    _keep_schema_cached(self.conn)
                if part.last and bulk is not None:
                    bulk.close()  # at once: the trigger is back before the next table's rows come
                    bulk = None

    def _release_stage(self) -> None:
        """Let the last image go, after an error too: no prepared rows stay in memory."""
        with suppress(sqlite3.Error):
            self.conn.deserialize(_empty_image(), name=STAGE_SCHEMA)

    def _prepare(self, run: list[str], erased: dict[str, set[str]]) -> Iterator[_Prepared]:
        """In a second thread: the checked rows of `run` a block at a time, every one new, as
        SQLite images. It does what `_entity` does for a table without local rows, without
        touching the connection; an entity's ids are known before the next one is read."""
        for entity in run:
            counts = self._counts(entity)
            gone = erased.get(entity)
            refs = [(i, c) for i, c in enumerate(SCHEMA[entity]) if c.ref]
            known: set[str] | None = set() if entity in _REFERENCED else None
            pending: list[Row] = []
            seen = 0
            for chunk in self.bundle.chunks(entity):
                rows = [r for r in chunk.rows if r[0] not in gone] if gone else chunk.rows
                if known is not None:
                    known.update(map(_ID, rows))
                if refs:
                    rows = self._references(entity, rows, refs)
                counts.new += len(rows)
                pending += rows
                seen += len(chunk.rows)
                if len(pending) >= _IMAGE_ROWS:
                    yield _Prepared(entity, seen, _image(entity, pending))
                    pending, seen = [], 0
            if pending or seen:
                yield _Prepared(entity, seen, _image(entity, pending) if pending else None, last=True)
            else:
                yield _Prepared(entity, 0, None, last=True)
            if known is not None:
                self.known[entity] = known

    def _bulk(self, stack: ExitStack, entity: str, guess: int, local_count: int,
              later: _Later | None) -> Callable[[], None] | None:
        """Enter what makes writing about `guess` new rows of `entity` fast; returns the
        function that indexes the rows written since its last call for search, if any. With
        `later`, indexes and search indexing are left to the background (`store.index_backlog`)."""
        table = table_of(entity)
        if later is not None and guess >= _DEFER_INDEX and guess >= local_count:
            stack.enter_context(_indexes_later(self.conn, table, later))
        if guess >= _BULK_INDEX or later is not None:
            return stack.enter_context(_search_index_in_bulk(self.conn, table, later))
        return None

    def _expected(self, entity: str) -> int:
        return expected_rows(self.bundle, entity)

    def _by_text(self, entity: str, local_count: int) -> bool:
        """When the bundle holds a good part of a big local table (a colleague's whole store,
        again), most of its rows are the local ones to the byte: compare texts, parse the rest."""
        return self.bundle.version >= 2 and local_count >= _LINES_FROM and self._expected(entity) * 4 >= local_count

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
            self._counts(entity).erased += len(ids)
        return erased

    def _counts(self, entity: str) -> KindCounts:
        return self.plan.counts.setdefault(entity, KindCounts())

    def _entity(self, entity: str, erased: set[str], local_count: int, ahead: _TextsAhead | None) -> None:
        columns = SCHEMA[entity]
        gone = self.plan.erase.get(entity, set())
        expected = self._expected(entity)
        # Clocks equal to local ones need no check: where a table already has rows, the merge
        # checks the clocks of the rows that differ; elsewhere the reader checks them all.
        deferred = local_count > 0
        local: dict[str, str] | None = None
        local_ids: set[str] = set()
        by_text = ahead is not None
        texts = ahead.parts(self.conn, entity) if ahead is not None else _no_parts()

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
        same = LocalRows(rendered) if by_text else None
        if not by_text and expected * 16 < local_count:  # a few rows (a change file): looked up by id
            if entity in _REFERENCED:
                local_ids.update(i for (i,) in self.conn.execute(f'SELECT id FROM "{table_of(entity)}"'))
            local_ids.difference_update(gone)
        elif not by_text:
            local = _versions(self.conn, entity)
            local_ids.update(local)
            local_ids.difference_update(gone)
        known = local_ids if entity in _REFERENCED else None
        counts = self._counts(entity)
        refs = [(i, c) for i, c in enumerate(columns) if c.ref]
        in_bundle: set[str] = set()
        bulk: ExitStack | None = None
        index_new: Callable[[], None] | None = None
        with ExitStack() as stack:
            for chunk in self.bundle.chunks(entity, defer_clocks=deferred, same=same):
                if self.progress is not None:
                    self.done += len(chunk.rows) + chunk.same
                    self.progress(min(self.done, self.total), self.total)
                counts.unchanged += chunk.same
                rows = [r for r in chunk.rows if r[0] not in erased] if erased else chunk.rows
                if entity == "conflict":
                    rows = self._not_of_erased(rows)
                versions = local if local is not None else _versions(self.conn, entity, list(map(_ID, rows)))
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
                    new = self._references(entity, new, refs)
                    changed = self._references(entity, changed, refs)
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
                            index_new = self._bulk(bulk, entity, guess, local_count,
                                                   self.later if guess >= _DEFER_INDEX else None)
                        _insert(self.conn, entity, new)
                        if index_new is not None:
                            index_new()
                if changed:
                    updates = self._merge_changed(entity, columns, changed, counts)
                    if self.apply and updates:
                        _update(self.conn, entity, updates)
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

    def _references(self, entity: str, rows: list[Row], refs: list[tuple[int, Column]]) -> list[Row]:
        if not rows:
            return rows
        if entity in links.ON_BLOCKS:
            self.blocks.note(entity, rows)
        for i, col in refs:  # the common case: every reference is known, checked a column at a time
            values = set(map(itemgetter(i), rows))
            values.discard(None)
            if not values <= self.known.get(col.ref or "", set()):
                break
        else:
            return rows
        kept = []
        for row in rows:
            ok = True
            for i, col in refs:
                value = row[i]
                if value is None or value in self.known.get(col.ref or "", ()):
                    continue
                if value in self.plan.erase.get(col.ref or "", ()) or self._was_erased(col.ref or "", value):
                    if col.nullable:
                        row = list(row)
                        row[i] = None
                        continue
                    ok = False
                    break
                raise BundleError("The bundle is invalid: the {entity} {id} refers to a {ref} that is neither "
                                  "in the bundle nor in this store.", entity=entity.replace("_", " "),
                                  id=row[0], ref=(col.ref or "").replace("_", " "))
            if ok:
                kept.append(row)
        return kept

    def _not_of_erased(self, rows: list[Row]) -> list[Row]:
        """Conflict copies whose row is erased are never kept: they would bring its values back."""
        e_i, r_i = _CONFLICT_COLUMNS.index("entity"), _CONFLICT_COLUMNS.index("row_id")
        return [r for r in rows if r[r_i] not in self.erased.get(r[e_i], ())]

    def _was_erased(self, entity: str, row_id: str) -> bool:
        return row_id in self.erased.get(entity, ())  # no query: `_prepare` runs in a second thread

    def _want_photos(self, rows: list[Row]) -> None:
        names = [c.name for c in SCHEMA["photo"]]
        sha_i, del_i = names.index("sha256"), names.index("deleted")
        self.plan.photos.update(r[sha_i] for r in rows if not r[del_i])

    def _merge_changed(self, entity: str, columns: tuple[Column, ...], rows: list[Row],
                       counts: KindCounts) -> list[list[Any]]:
        """Merge rows that differ from the local ones field by field; returns the rows to write.
        Rows whose merge made a copy that needs a look are counted as conflicting once the
        copies are known (`_add_candidates`)."""
        local = _local_rows(self.conn, entity, [r[0] for r in rows])
        copies = entity not in NO_CONFLICT_COPIES
        # Names and contacts are not kept as copies: an erasure elsewhere must not leave them here.
        personal = PERSONAL_FIELDS.get(entity, ())
        fields = [(i, c) for i, c in enumerate(columns) if c.name not in ("id", "created_at", "clock")]
        texts = [(i, c.name) for i, c in fields if copies and c.is_text and c.name not in personal]
        del_i = [c.name for c in columns].index("deleted")
        updates: list[list[Any]] = []
        for remote in rows:
            mine = local[remote[0]]
            lcl = load_clocks(mine[2] or "")
            rcl = load_clocks(remote[2])
            out = list(mine)
            out_cl = dict(lcl)
            write = False
            looks = False
            for i, col in fields:
                name = col.name
                lc = lcl.get(name, ZERO)
                rc = rcl.get(name, ZERO)
                if rc > lc:
                    out[i] = remote[i]
                    out_cl[name] = rc
                    if rcl.get(name + PREV):
                        out_cl[name + PREV] = rcl[name + PREV]
                    else:
                        out_cl.pop(name + PREV, None)
                    write = True
                    if copies and col.is_text and lc != ZERO and name not in personal:
                        looks |= self._candidate(entity, mine[0], name, mine[i], lc, lcl.get(name + PREV),
                                                 remote[i], rc, rcl.get(name + PREV))
                elif rc < lc and copies and col.is_text and rc != ZERO and name not in personal:
                    looks |= self._candidate(entity, mine[0], name, remote[i], rc, rcl.get(name + PREV),
                                             mine[i], lc, lcl.get(name + PREV))
            if out[del_i] and texts and bool(mine[del_i]) != bool(remote[del_i]):
                looks |= self._edited_after_delete(entity, texts, out, out_cl, lcl if mine[del_i] else rcl,
                                                   rcl if mine[del_i] else lcl)
            if remote[1] < mine[1]:
                out[1] = remote[1]
                write = True
            if write:
                out[2] = dump_clocks(out_cl)
                updates.append(out)
                if entity == "photo" and not out[del_i]:
                    self.plan.photos.add(out[[c.name for c in columns].index("sha256")])
            if write:
                counts.updated += 1
            else:
                counts.unchanged += 1
            if looks:
                self.row_counts[(entity, mine[0])] = "updated" if write else "unchanged"
        return updates

    def _edited_after_delete(self, entity: str, texts: list[tuple[int, str]], out: list[Any],
                             out_cl: dict[str, str], deleter: dict[str, str], editor: dict[str, str]) -> bool:
        """One side deleted the row, the other kept it: each text the deleting side had not seen
        (the other side's clock of it is newer) now lives on only inside a deleted row, so it
        is kept as a copy of the current value that the user restores or lets go."""
        looks = False
        for i, name in texts:
            if editor.get(name, ZERO) > deleter.get(name, ZERO):
                row = conflict_row(entity, out[0], name, out[i], out_cl[name], out_cl.get(name + PREV))
                self.candidates.setdefault(row[0], row)
                self.looking[row[0]] = (entity, out[0])
                looks = True
        return looks

    def _candidate(self, entity: str, row_id: str, name: str, value: Any, clock: str, prev: str | None,
                   winner: Any, winner_clock: str, winner_prev: str | None) -> bool:
        row = conflict_row(entity, row_id, name, value, clock, prev)
        self.candidates.setdefault(row[0], row)
        if value != winner and needs_look(clock, winner_clock, winner_prev):
            self.looking[row[0]] = (entity, row_id)
            return True
        return False

    def _add_candidates(self, present: set[str]) -> None:
        """Write the copies this merge made that are new here, and count the new copies (made
        or relayed) that need a look, with the rows they are about as conflicting. A copy that
        was here already is not counted again: re-importing a bundle reports no conflicts."""
        fresh: list[Row] = []
        if self.candidates:
            ids = list(self.candidates)
            for part in _chunks(ids):
                marks = ",".join("?" * len(part))
                present.update(r[0] for r in self.conn.execute(f"SELECT id FROM conflicts WHERE id IN ({marks})", part))
            fresh = [row for cid, row in self.candidates.items() if cid not in present]
            self.plan.conflicts = fresh
            self._counts("conflict").new += len(fresh)
            if self.apply and fresh:
                _insert(self.conn, "conflict", fresh)
        new_ids = [row[0] for row in fresh] + self.relayed
        if self.apply:  # the rule Tools → Conflicts follows, on the merged store
            about = {cid: (key.entity, key.row_id) for cid, (key, _state) in open_among(self.conn, new_ids).items()}
        else:  # a preview: the merge's own judgement of the copies it would make
            about = {row[0]: self.looking[row[0]] for row in fresh if row[0] in self.looking}
        self.plan.looks = len(about)
        for entity, row_id in set(about.values()):
            counted = self.row_counts.get((entity, row_id))
            if counted is not None:
                counts = self._counts(entity)
                setattr(counts, counted, getattr(counts, counted) - 1)
                counts.conflicting += 1


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Bundle rows are lists, so a decade's import makes hundreds of thousands of container
    objects, and Python's cycle collector walked them again and again: 8 % of an import's
    processor time in a profile, under Python's lock, and 0.2–0.5 s of a decade's import in
    alternating runs. The merge makes no reference cycles, so the collector rests meanwhile
    (process-wide, for a few seconds) and catches up afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def plan_merge(conn: sqlite3.Connection, bundle: Bundle, progress: Progress | None = None) -> MergePlan:
    """What importing `bundle` would change, computed on the open connection (read only)."""
    return _Merger(conn, bundle, progress=progress).run()


def merge_bundle(conn: sqlite3.Connection, bundle: Bundle, progress: Progress | None = None) -> MergePlan:
    """Merge and write `bundle` entity by entity in the caller's transaction; returns the counts
    (and the photos wanted) with the written rows already let go. `progress` is told after
    every few megabytes of rows; an exception it raises stops the merge, and the caller's
    transaction rolls everything back."""
    return _Merger(conn, bundle, apply=True, progress=progress).run()


def _insert(conn: sqlite3.Connection, entity: str, rows: list[Row]) -> None:
    # In id order: the ids are random, and sorted inserts walk the primary-key index page by
    # page instead of jumping around it.
    rows.sort(key=_ID)  # a C-level key: no Python call per row
    _insert_rows(conn, f'"{table_of(entity)}"', [c.name for c in SCHEMA[entity]], rows)


_VARIABLES = 999  # parameters per statement that every SQLite allows (3.32 raised it to 32,766)


def _insert_rows(conn: sqlite3.Connection, target: str, names: list[str], rows: Sequence[Row]) -> None:
    """Insert `rows` with multi-row VALUES statements. Per row, `executemany` costs Python about
    as much as SQLite's insert itself; with ninety-odd rows per statement a decade of notes is
    written in about 60 % of the time."""
    width = len(names)
    per = max(1, _VARIABLES // width)
    head = f"INSERT INTO {target} ({', '.join(chr(34) + n + chr(34) for n in names)}) VALUES "
    one = "(" + ", ".join("?" * width) + ")"
    full = head + ", ".join([one] * per)
    values = list(chain.from_iterable(rows))  # flattened once: each statement takes a slice
    step = per * width
    for start in range(0, len(values), step):
        part = values[start:start + step]
        conn.execute(full if len(part) == step else head + ", ".join([one] * (len(part) // width)), part)


_STAGE_FROM = 20_000  # new rows for empty tables from which they are prepared in a second thread
_UNSTAGED = frozenset({"conflict", "erasure", "photo"})  # kept on the merge's own path
_STAGE_TABLE = "staged_rows"
_IMAGE_ROWS = 25_000  # rows per image: each costs the merge's thread a few statements
_STAGE_CACHE = -16 * 1024  # KiB of page cache while prepared rows are copied (the store keeps 64 MB)
_IMAGE_PAGE = 16_384  # bytes per page of an image: fewer, larger pages fill faster than SQLite's 4 KiB ones
_SWITCH = 0.0002  # seconds a thread waits for Python's lock before asking for it (normally 0.005)


@dataclass
class _Prepared:
    """Checked rows of `entity`, all new here, up to `_IMAGE_ROWS` of them as a database image."""

    entity: str
    seen: int  # the bundle's rows these account for, for progress
    image: bytes | None  # None when none of them is to be written
    last: bool = False  # the entity's last part: its table's indexes can be built


def _can_stage(conn: sqlite3.Connection) -> bool:
    return hasattr(conn, "deserialize") and any(row[1] == STAGE_SCHEMA for row in conn.execute("PRAGMA database_list"))


def _image(entity: str, rows: list[Row]) -> bytes:
    """`rows` in id order as a one-table database image. Binding values from Python is most of
    the cost of inserting them; here it happens in the preparing thread, on a connection of its
    own, and the merge's connection copies the image with one INSERT … SELECT."""
    names = [c.name for c in SCHEMA[entity]]
    rows.sort(key=_ID)  # a C-level key: no Python call per row
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        mem.execute(f"PRAGMA page_size={_IMAGE_PAGE}")
        mem.execute("PRAGMA journal_mode=OFF")  # nothing here is ever rolled back
        mem.execute(f"CREATE TABLE {_STAGE_TABLE} ({', '.join(chr(34) + n + chr(34) for n in names)})")
        mem.execute("BEGIN")
        _insert_rows(mem, _STAGE_TABLE, names, rows)
        mem.execute("COMMIT")
        return mem.serialize()
    finally:
        mem.close()


@cache
def _empty_image() -> bytes:
    mem = sqlite3.connect(":memory:")
    mem.execute(f"CREATE TABLE {_STAGE_TABLE} (x)")
    image = mem.serialize()
    mem.close()
    return image


def _insert_image(conn: sqlite3.Connection, entity: str, image: bytes) -> None:
    names = ", ".join(f'"{c.name}"' for c in SCHEMA[entity])
    conn.deserialize(image, name=STAGE_SCHEMA)
    # OR FAIL: a failure ends the whole import's transaction anyway, so SQLite need not keep a
    # statement journal to undo this one statement (for a decade of notes that journal was as
    # large as the write-ahead log: a hundred megabytes written to a temporary file).
    conn.execute(f'INSERT OR FAIL INTO "{table_of(entity)}" ({names}) SELECT {names} FROM {STAGE_SCHEMA}.{_STAGE_TABLE}')


def _update(conn: sqlite3.Connection, entity: str, rows: list[list[Any]]) -> None:
    names = [c.name for c in SCHEMA[entity]]
    sets = ", ".join(f'"{n}" = ?' for n in names[1:])
    conn.executemany(f'UPDATE "{table_of(entity)}" SET {sets} WHERE id = ?', [[*r[1:], r[0]] for r in rows])


@dataclass
class _Later:
    """The indexing a large import leaves to the background, recorded in the store's backlogs
    once, at the end (see `_keep_schema_cached` on why not as each table is done)."""

    search: list[tuple[str, int, int]] = field(default_factory=list)  # table, rowids after, up to
    indexes: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)  # table, [(name, sql)]

    def write(self, conn: sqlite3.Connection) -> bool:
        """Record what was left; whether there was anything."""
        for table, after, up_to in self.search:
            search_backlog.record(conn, table, after, up_to)
        for table, indexes in self.indexes:
            index_backlog.record(conn, table, indexes)
        left = bool(self.search or self.indexes)
        self.search, self.indexes = [], []
        return left


def _keep_schema_cached(conn: sqlite3.Connection) -> None:
    """Read the schema's pages, changed when each table's indexes and trigger are dropped and
    again when the trigger comes back, so that SQLite keeps them in its page cache (it writes
    out the pages least recently used first). Otherwise one of them goes to the write-ahead log
    early and is written again later; for a page written twice in one transaction, SQLite
    rewrites the checksum of every frame after it at the commit, reading the whole log back
    (a decade's import: 117 MB read and 0.2–0.3 s longer, and the log had to reach the disk
    again as a whole). The backlogs are written once, at the end (`_Later`), for the same reason."""
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()


_BULK_INDEX = 500  # from this many new rows on, the search index is filled in one statement
# From this many new rows of a table on, its secondary indexes are built and its search index
# filled after the commit, in the background.
_DEFER_INDEX = 20_000


@contextmanager
def _indexes_later(conn: sqlite3.Connection, table: str, later: _Later) -> Iterator[None]:
    """Many new rows into a table: drop its secondary indexes, and have them built after the
    commit (`store.index_backlog`). Building an index sorts once; keeping it while inserting
    rows with random ids touches a different page per row. Inside the caller's transaction, so
    a failure restores them and records nothing."""
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                           "AND sql IS NOT NULL", (table,)).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    later.indexes.append((table, indexes))


@contextmanager
def _search_index_in_bulk(conn: sqlite3.Connection, table: str,
                          later: _Later | None) -> Iterator[Callable[[], None] | None]:
    """Index many new rows with INSERT … SELECT per batch instead of a trigger run per row (ten
    times faster for a decade of notes); yields the function that indexes the rows inserted
    since its last call. With `later` nothing is indexed here: the new rows go to the search
    backlog, which a background thread indexes after the commit (`store.search_backlog`). The
    trigger is dropped and re-created inside the same transaction, so no other connection
    ever sees the store without it."""
    trigger = index_trigger(conn, table)
    if trigger is None:
        yield None
        return
    last = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    start = last

    def index_new() -> None:
        nonlocal last
        top = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
        conn.execute(trigger.fill, (last, top))
        last = top

    conn.execute(f'DROP TRIGGER "{trigger.name}"')
    yield None if later is not None else index_new
    if later is not None:
        later.search.append((table, start, conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]))
    else:
        index_new()
    conn.execute(trigger.create)


def erase_rows(conn: sqlite3.Connection, entity: str, ids: list[str]) -> None:
    """Remove rows for good, with what refers to them (a reference that may be empty is emptied)."""
    target = table_of(entity)
    for child, columns in SCHEMA.items():
        for col in columns:
            if col.ref != entity:
                continue
            for part in _chunks(ids):
                marks = ",".join("?" * len(part))
                if col.nullable:
                    conn.execute(f'UPDATE "{table_of(child)}" SET "{col.name}" = NULL '
                                 f'WHERE "{col.name}" IN ({marks})', part)
                else:
                    doomed = [r[0] for r in conn.execute(
                        f'SELECT id FROM "{table_of(child)}" WHERE "{col.name}" IN ({marks})', part)]
                    if doomed:
                        erase_rows(conn, child, doomed)
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM conflicts WHERE entity = ? AND row_id IN ({marks})", [entity, *part])
        conn.execute(f'DELETE FROM "{target}" WHERE id IN ({marks})', part)
