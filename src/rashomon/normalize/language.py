"""Language identification with py3langid (normalized probabilities).

py3langid ships its model xz-compressed; decompressing it cost ~0.5 CPU s in every process.
The decompressed model is kept in the cache folder of the place index (``langid-*.npz``,
named by the py3langid version and the model's size) and read from there: same arrays,
same identifier. A cache that cannot be read or written only costs the decompression.
"""

from __future__ import annotations

import logging
import lzma
import os
import shutil
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from rashomon.config import Options

logger = logging.getLogger(__name__)

# py3langid abstains on text without features ("zxx", "und")
_NO_LANGUAGE = frozenset({"zxx", "und"})


@dataclass(frozen=True, slots=True)
class LanguageResult:
    language: str | None
    warning: str | None = None
    skip_reason: str | None = None


def _model_cache(model: Path, cache_dir: Path | None) -> Path | None:
    """The decompressed model in the cache folder (written now if missing), or None."""
    from rashomon.gazetteer.geonames import default_cache_dir

    version = metadata.version("py3langid")
    path = (cache_dir or default_cache_dir()) / f"langid-{version}-{model.stat().st_size}.npz"
    if path.exists():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with lzma.open(model) as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst, length=1 << 20)
        tmp.replace(path)  # atomic: a reader sees no file or the whole one
    except (OSError, lzma.LZMAError) as exc:
        logger.warning("language model not cached (%s): it is decompressed in every process", exc)
        return None
    return path


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _arrays(npz: Path) -> dict[str, Any]:
    """The model's arrays, memory-mapped from one ``.npy`` file each beside the cached ``.npz``
    (written from it once): the 28 MB table of feature weights is then read only where a
    text's features point, instead of copied whole in every process (~0.1 CPU s)."""
    import numpy as np

    folder = npz.with_suffix(".arrays")
    if not all((folder / f"{key}.npy").exists() for key in _ARRAYS):
        tmp = folder.with_suffix(f".{os.getpid()}.tmp")
        try:
            tmp.mkdir(parents=True, exist_ok=True)
            with np.load(npz, allow_pickle=False) as data:
                for key in _ARRAYS:
                    np.save(tmp / f"{key}.npy", data[key], allow_pickle=False)
            tmp.replace(folder)  # atomic: a reader sees no folder or the whole one
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if not folder.is_dir():
                logger.info("language model arrays not cached (%s): reading the .npz", exc)
                with np.load(npz, allow_pickle=False) as data:
                    return {key: data[key] for key in _ARRAYS}
    return {key: np.load(folder / f"{key}.npy", mmap_mode="r", allow_pickle=False) for key in _ARRAYS}


def load_identifier(cache_dir: Path | None = None) -> Any:
    """py3langid's identifier (normalized probabilities), its model read from the cache."""
    import numpy as np
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    path = _model_cache(MODEL_DIR / MODEL_FILE, cache_dir)
    if path is not None:
        try:
            data = _arrays(path)  # as py3langid's modelio.load_model
            return LanguageIdentifier(
                np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                modelio._to_array(data["nextmove"]), data["out_feat"].tolist(),
                norm_probs=True, tk_row=modelio._to_array(data["nextmove_row"]))
        except (OSError, ValueError, KeyError, AttributeError, EOFError) as exc:
            logger.warning("cached language model %s unreadable (%s): using the packaged one", path, exc)
    logger.debug("loading the py3langid model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier() -> Any:
    return load_identifier()


def classify(text: str) -> tuple[str, float]:
    """(language code, normalized probability) of ``text``."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def detect_language(text: str, options: Options) -> LanguageResult:
    """Decide the article language, or a reason to skip it.

    A text in an unsupported language is skipped only when it is long enough
    (``language_min_chars``) and the detection is confident (``language_min_confidence``);
    otherwise it is analysed with a warning.
    """
    lang, prob = classify(text)
    confident = prob >= options.language_min_confidence and lang not in _NO_LANGUAGE
    long_enough = len(text) >= options.language_min_chars
    supported = ", ".join(options.languages)
    if lang in options.languages:
        if confident or long_enough:
            return LanguageResult(lang)
        return LanguageResult(lang, f"language uncertain ('{lang}', p={prob:.2f}, short text)")
    if confident and long_enough:
        return LanguageResult(
            lang, skip_reason=f"language '{lang}' is not supported (supported: {supported})"
        )
    if confident:
        return LanguageResult(
            lang,
            f"short text detected as '{lang}' (p={prob:.2f}), which is not supported "
            f"(supported: {supported}); analysed anyway",
        )
    return LanguageResult(
        None, f"language uncertain (best guess '{lang}', p={prob:.2f}); analysed anyway"
    )
