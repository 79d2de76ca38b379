"""Write a new Alembic migration by comparing the models with a store migrated to head.

    uv run python scripts/new_migration.py "what changed" [--rev-id 0002_name]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command

from fasilitaattori.store.db import DB_NAME, Store, make_engine
from fasilitaattori.store.migrate import alembic_config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("--rev-id")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp), make_engine(Path(tmp) / DB_NAME))
        cfg = alembic_config()
        with store.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev_id)
        store.close()


if __name__ == "__main__":
    main()
