"""Storage stage: everything the pipeline produces, kept in SQLite.

``Store.open(path)`` opens (creating and migrating) a database; see
:mod:`rashomon.store.sqlite` for the durability and idempotency guarantees and
:mod:`rashomon.store.migrations` for the schema.
"""

from rashomon.store.migrations import SCHEMA_VERSION
from rashomon.store.sqlite import Store

__all__ = ["SCHEMA_VERSION", "Store"]
