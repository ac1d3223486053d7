"""The one error of the lexicon gateway."""

from __future__ import annotations

from rashomon.errors import ConfigError


class LexiconError(ConfigError):
    """A lexicon file cannot be read or has a value of the wrong shape: one line naming the
    file and the key ("cues.yaml: hedges[3]: expected a string, found a list")."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = file, key, problem
        super().__init__(" ".join(f"{file}: {key}: {problem}".split()))
