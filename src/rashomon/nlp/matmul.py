"""The model's matrix products through numpy's BLAS on one thread, instead of thinc's BLIS.

thinc's ``NumpyOps`` multiplies matrices with the ``blis`` wheel. On the project's 2-core
machine (AMD EPYC) numpy's OpenBLAS computes the same float32 products in a quarter to a
third of the CPU time (16–2,200 × 288 × 288, the sizes of en_core_web_sm's tok2vec, tagger,
parser and NER layers), and matrix products are about a third of ``nlp.pipe``: the whole
``nlp.pipe`` of 200 generated articles took 3.74 CPU s instead of 5.33 (issue 14). Tags,
dependencies, heads, entities and sentence starts were the same token for token on both eval
sets (88 articles) and the 200 generated ones; ``tests/nlp/test_matmul.py`` compares them.

OpenBLAS must run on one thread: with a thread per core it burns 2.5× the CPU time spinning
(9.56 CPU s for the same run). Parallelism comes from worker processes (``--workers``). A
thread count the user set (``OPENBLAS_NUM_THREADS``, ``OMP_NUM_THREADS``) is respected: then,
as when numpy has no BLAS that ``threadpoolctl`` can limit, the model keeps BLIS.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps

logger = logging.getLogger(__name__)

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_limits: list[Any] = []  # the process-wide BLAS limit, kept alive


def _one_blas_thread() -> bool:
    """Limit numpy's BLAS to one thread (once per process); False if that cannot be done or
    the user chose a thread count."""
    if _limits:
        return True
    chosen = [os.environ[v].strip() for v in THREAD_VARIABLES if os.environ.get(v)]
    if any(c != "1" for c in chosen):
        return False  # the user chose more than one thread: BLIS, as they asked for parallel BLAS
    # a "1" (dask's workers set these) is applied too: numpy may have loaded its BLAS before the
    # variable was set, and then the variable alone does not limit it
    try:
        from threadpoolctl import threadpool_info, threadpool_limits
    except ImportError:
        return False
    import numpy  # noqa: F401  (loads the BLAS that threadpoolctl looks for)

    if not any(lib.get("user_api") == "blas" for lib in threadpool_info()):
        return False
    _limits.append(threadpool_limits(limits=1, user_api="blas"))
    return True


def use_numpy_matmul(nlp: Language) -> bool:
    """Route the matrix products of ``nlp``'s models through numpy on one BLAS thread (in
    place). Returns whether it did; if not, the models keep thinc's BLIS."""
    if not _one_blas_thread():
        logger.info("model matrix products stay on BLIS (BLAS threads set by the user, or no BLAS found)")
        return False
    ops = NumpyOps(use_blis=False)
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                changed += 1
    logger.debug("%d model layers multiply through numpy", changed)
    return changed > 0
