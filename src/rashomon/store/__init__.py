"""Storage stage: everything the pipeline produces, kept in SQLite (a file, the default) or
PostgreSQL (a ``postgresql://user@host/dbname`` URL).

``Store.open(db)`` opens (creating and migrating) a database; see :mod:`rashomon.store.core`
for the durability and idempotency guarantees, :mod:`rashomon.store.db` for the backends and
:mod:`rashomon.store.migrations` for the schema. :mod:`rashomon.store.where` answers questions
about a ``--db`` value without opening a store (exists, changed, shown as).
"""

from rashomon.store.core import Store
from rashomon.store.migrations import SCHEMA_VERSION
from rashomon.store.where import change_stamp, display, exists, identity, scratch

__all__ = ["SCHEMA_VERSION", "Store", "change_stamp", "display", "exists", "identity", "scratch"]
