"""Alembic environment: migrations run on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from fasilitaattori.store.models import Base

config = context.config
connection = config.attributes.get("connection")
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The full-text index is managed by hand-written SQL in the migrations.
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


if connection is None:
    raise RuntimeError("Migrations run only through fasilitaattori.store.migrate.")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
