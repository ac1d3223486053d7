"""The workbench: a web app and HTTP API over a ledger database (``rashomon serve``)."""

from rashomon.web.app import create_app

__all__ = ["create_app"]
