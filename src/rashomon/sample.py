"""The bundled sample corpus (written for the project), the default input of ``rashomon demo``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_corpus() -> Path:
    """Folder of the sample articles inside the installed package."""
    return Path(str(resources.files("rashomon.data").joinpath("sample")))
