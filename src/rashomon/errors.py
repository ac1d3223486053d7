"""The exception tree. Messages say what happened and what to do.

RashomonError
├── InputError   – an input cannot be read or parsed (usually becomes a Skipped entry)
├── StoreError   – the database cannot be opened, migrated or written
└── ConfigError  – a setting is invalid or a model/resource is missing
"""


class RashomonError(Exception):
    """Base class of every error rashomon raises on purpose."""


class InputError(RashomonError):
    """An input cannot be read or parsed."""


class StoreError(RashomonError):
    """The store cannot be opened, migrated or written."""


class ConfigError(RashomonError):
    """A setting is invalid or a required resource is missing."""
