"""The reconcile stage works on claims, not parses: importing it loads neither spaCy nor the
extract stage (issue 16). Checked in a fresh interpreter, whose modules no other test loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_import_loads_no_spacy() -> None:
    """One fresh interpreter (it costs an import of the package): rashomon.reconcile imports
    its event_type module, which imports the trigger classifier of the gazetteer library."""
    probe = ("import sys, rashomon.reconcile\n"
             "assert 'rashomon.gazetteer.triggers' in sys.modules\n"
             "print('\\n'.join(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc', "
             "'rashomon.extract', 'rashomon.nlp'))))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [], f"importing rashomon.reconcile loaded {done.stdout.split()}"


def test_reconcile_still_types_a_disputed_blast() -> None:
    """The moved trigger classifier is the one the reconcile stage uses: an attack word and an
    accident word in two sources' claims (Myanmar) make a disputed event an explosion."""
    from rashomon.reconcile.event_type import gives_other_cause, names_attack

    assert names_attack("junta jets bombed the village school in Sagaing")
    assert not names_attack("a gas cylinder exploded in the school kitchen")
    assert gives_other_cause("a gas cylinder exploded in the school kitchen")
