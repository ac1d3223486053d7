"""The package's data files (lexicons, gazetteer supplement, sample corpus, settings).

Their reader is the lexicon gateway, :mod:`rashomon.lexicon`; ``load`` and ``load_file`` are
re-exported here for the modules that still import them from this package.
"""

from __future__ import annotations

from rashomon.lexicon import load, load_file

__all__ = ["load", "load_file"]
