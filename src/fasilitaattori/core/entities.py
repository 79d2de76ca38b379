"""Every synced kind's entity, registered: importing this module imports each core module that
declares one (`records.register`), so `records.REGISTRY` is complete for whoever needs all of
them at once (the sync rules, the conflicts list)."""

from __future__ import annotations

from . import (  # noqa: F401 - each module registers its entity and its fields
    agenda,
    categories,
    feedback,
    methods,
    notes,
    participants,
    photos,
    projects,
    question_sets,
    tasks,
    workshops,
)
