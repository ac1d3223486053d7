"""The NER's greedy decoding in numpy, with the model's own weights and spaCy's rules.

spaCy's ``EntityRecognizer`` decodes one token per step in compiled code that takes and
drops Python's global lock at every step; on this machine that lock traffic was about half
the NER's CPU time (``perf`` on 200 FNC-1 articles: ``take_gil``, ``pthread_mutex_lock``,
``drop_gil`` under ``c_transition_batch``), and the NER, at ~5 of ~11 CPU s of the parse,
is the dearest component (issue 14).

The decoding is the same computation done otherwise. The tok2vec and the precomputed lower
layer run as in spaCy (the same layers on the same groups of documents: sorted by length,
``batch_size // 4`` at a time). What changes is the step loop: while no entity is open a
state's features are the token and two padding rows, independent of what came before, so
the scores and the best valid action of every token in that state are computed at once for
a whole group; only inside an entity (features: the token, the entity's first token and the
token before) is a token scored one at a time. The validity rules are those of spaCy's
``BiluoPushDown`` (``ner.pyx``: preset entities from the entity rulers are kept, no entity
crosses a sentence start or begins on a space), ties go to the first action as in
``arg_max_if_valid``, and the hidden-to-output product is summed in spaCy's order, so the
entities are the same token for token (``tests/nlp/test_ner_decode_s13.py`` compares them on
written sentences; both eval sets, 500 FNC-1 articles and 200 generated ones were identical).
Anything this module does not know (a label the model lacks, another transition system, a
beam) is left to spaCy's own NER.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from rashomon.config import setting

logger = logging.getLogger(__name__)

# whether build_nlp installs this decoder (data/settings.toml [nlp.ner_decode])
ENABLED: bool = setting("nlp.ner_decode", "numpy_decode")

_MOVES = "BILU"  # the move letters of spaCy's BILUO names, then "O"
BEGIN, IN, LAST, UNIT, OUT = range(5)
_PRESET_I, _PRESET_O, _PRESET_B = 1, 2, 3  # spaCy's ent_iob codes (0: not set)


class NumpyNER:
    """Stands in the pipeline for the ``ner`` component it wraps (same name, same results)."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.name = ner.name
        model = ner.model
        tok2vec, lower, upper = model.layers
        self._tok2vec, self._lower = tok2vec, lower
        self._bias = np.asarray(lower.get_param("b"), dtype=np.float32).reshape(-1)
        self._pieces = lower.get_dim("nP")
        self._hidden = lower.get_dim("nO")
        self._w = np.ascontiguousarray(upper.get_param("W"), dtype=np.float32)  # (classes, hidden)
        self._b = np.asarray(upper.get_param("b"), dtype=np.float32)
        names = class_names(ner)  # "U-" (no label) included: it keeps preset entities without a label
        self._move = np.array([_MOVES.index(n[0]) if n != "O" else OUT for n in names], dtype=np.int8)
        strings = ner.vocab.strings
        self._label = np.array([strings.add(n[2:]) if n[2:] else 0 for n in names], dtype=np.uint64)
        self._labels = frozenset(int(x) for x in self._label)  # 0 (no entity) included
        self._spacy = False  # True once a new label made spaCy resize the model

    # --- the component's interface -----------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._decode([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._batch(batch, batch_size)

    def _batch(self, batch: list[Doc], batch_size: int) -> list[Doc]:
        by_length = sorted(batch, key=len)  # spaCy's grouping: the same rows through the same layers
        step = max(batch_size // 4, 2)
        for k in range(0, len(by_length), step):
            self._decode(by_length[k:k + step])
        return batch

    def __getattr__(self, name: str) -> Any:  # labels, cfg, to_disk...: the wrapped NER's
        return getattr(self.ner, name)

    # --- decoding ----------------------------------------------------------------------
    def _decode(self, docs: list[Doc]) -> None:
        if not any(len(d) for d in docs):
            return
        if self._spacy or any(not self._labels.issuperset(np.unique(d.to_array(ENT_TYPE)).tolist())
                              for d in docs):
            # a preset label the model lacks: spaCy adds it, which resizes the model; from then
            # on its own decoding (this module's copies of the weights are stale)
            self._spacy = True
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        tokvecs = self._tok2vec.predict(docs)
        cached = self._lower.predict(tokvecs)  # (tokens + 1, features, hidden, pieces); row 0: padding
        flat = cached.reshape(cached.shape[0], cached.shape[1], -1)
        offset = 1
        for doc in docs:
            n = len(doc)
            if n:
                self._decode_doc(doc, flat, offset)
            offset += n

    def _hidden_of(self, pre: np.ndarray) -> np.ndarray:
        """The hidden layer of summed features ``pre`` (rows, hidden × pieces): bias, maxout."""
        pre = pre + self._bias
        hidden: np.ndarray = pre.reshape(len(pre), self._hidden, self._pieces).max(axis=2)
        return hidden

    def _scores(self, pre: np.ndarray) -> np.ndarray:
        """Class scores of summed features ``pre`` (rows, hidden × pieces), as spaCy's
        ``predict_states`` computes them: bias, maxout, then the output layer summed over the
        hidden units in order (its BLAS kernel's order, float32 throughout)."""
        hidden = self._hidden_of(pre)
        acc = np.zeros((len(pre), len(self._w)), dtype=np.float32)
        w = self._w
        for k in range(self._hidden):
            acc += hidden[:, k, None] * w[:, k]
        acc += self._b
        return acc

    def _scores_one(self, pre: np.ndarray) -> np.ndarray:
        """:meth:`_scores` of one row: the same sums in the same order, in two numpy calls
        (``add.accumulate`` adds strictly left to right)."""
        hidden = self._hidden_of(pre[None, :])[0]
        scores: np.ndarray = np.add.accumulate(self._w * hidden, axis=1)[:, -1] + self._b
        return scores

    def _decode_doc(self, doc: Doc, flat: np.ndarray, offset: int) -> None:
        n = len(doc)
        arr = doc.to_array([ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE])
        iob = arr[:, 0].astype(np.int64)
        etype = arr[:, 1]
        space = arr[:, 3].astype(bool)
        # the next token's preset and sentence start (none after the last: spaCy's empty token)
        n_iob = np.zeros(n, dtype=np.int64)
        n_iob[:-1] = iob[1:]
        n_ss = np.zeros(n, dtype=np.int64)
        n_ss[:-1] = arr[1:, 2].astype(np.int64)
        last = np.zeros(n, dtype=bool)
        last[-1] = True
        rows = flat[offset:offset + n]
        pad = flat[0]
        closed = self._scores((rows[:, 0] + pad[1]) + pad[2])
        valid = self._valid_closed(iob, etype, n_iob, n_ss, last, space)
        masked = np.where(valid, closed, -np.inf)
        best = masked.argmax(axis=1)
        stuck = np.logical_not(valid.any(axis=1))
        moves = self._move[best]
        ents: list[tuple[int, int, int]] = []
        todo = np.flatnonzero(stuck | (moves == BEGIN) | (moves == UNIT))
        i = 0
        for j in todo.tolist():
            if j < i:
                continue  # inside an entity decoded below
            if stuck[j]:
                break  # spaCy forces the state to its end (it cannot happen with these rules)
            label = int(self._label[best[j]])
            if moves[j] == UNIT:
                ents.append((j, j + 1, label))
                i = j + 1
                continue
            i = self._inside(j, label, rows, iob, etype, n_iob, n_ss, last, ents)
            if i < 0:
                break
        self._annotate(doc, ents)

    def _inside(self, start: int, label: int, rows: np.ndarray, iob: np.ndarray, etype: np.ndarray,
                n_iob: np.ndarray, n_ss: np.ndarray, last: np.ndarray,
                ents: list[tuple[int, int, int]]) -> int:
        """Decode the tokens after an entity's first one until it closes; the next token to
        decode (-1 if no action was valid: spaCy then stops the document)."""
        i = start + 1
        n = len(iob)
        while i < n:
            pre = (rows[i, 0] + rows[start, 1]) + rows[i - 1, 2]
            scores = self._scores_one(pre)
            valid = self._valid_open(label, int(iob[i]), int(etype[i]), int(n_iob[i]), int(n_ss[i]), bool(last[i]))
            if not valid.any():
                return -1
            act = int(np.where(valid, scores, -np.inf).argmax())
            if self._move[act] == LAST:
                ents.append((start, i + 1, label))
                return i + 1
            i += 1  # IN (no other action is valid inside an entity but U- without a label)
        return n

    def _valid_closed(self, iob: np.ndarray, etype: np.ndarray, n_iob: np.ndarray, n_ss: np.ndarray,
                      last: np.ndarray, space: np.ndarray) -> np.ndarray:
        """(tokens, classes): the actions ``BiluoPushDown`` allows with no entity open."""
        move = self._move[None, :]
        label = self._label[None, :]
        iob, etype, n_iob = iob[:, None], etype[:, None], n_iob[:, None]
        n_ss, last, space = n_ss[:, None], last[:, None], space[:, None]
        same = label == etype
        begin = ((move == BEGIN) & ~last & (label != 0) & (iob != _PRESET_I)
                 & np.where(iob == _PRESET_B, same & (n_iob == _PRESET_I),
                            (n_iob != _PRESET_B) & (n_ss != 1) & ~space))
        unit = (move == UNIT) & np.where(label == 0, (etype == 0) & (iob == _PRESET_B),
                                         (n_iob != _PRESET_I) & np.where(iob == _PRESET_B, same, ~space))
        out = (move == OUT) & (iob != _PRESET_B) & (iob != _PRESET_I)
        valid: np.ndarray = begin | unit | out
        return valid

    def _valid_open(self, ent_label: int, iob: int, etype: int, n_iob: int, n_ss: int, last: bool) -> np.ndarray:
        """(classes,): the actions allowed inside an entity of ``ent_label``."""
        move, label = self._move, self._label
        if last or ent_label == 0 or iob == _PRESET_B or n_iob == _PRESET_B:
            in_ok = False
        elif iob == _PRESET_I:
            in_ok = n_iob not in (0, _PRESET_O) and ent_label == etype
        else:
            in_ok = n_ss != 1
        inside = (move == IN) & (label == ent_label) & (label != 0) & in_ok
        if iob == _PRESET_I and n_iob != _PRESET_I:
            last_ok = (label == etype) & (label != 0)
        else:
            last_ok = (label == ent_label) & (label != 0) & (n_iob != _PRESET_I)
        close = (move == LAST) & last_ok
        unit0 = (move == UNIT) & (label == 0) & (etype == 0) & (iob == _PRESET_B)
        valid: np.ndarray = inside | close | unit0
        return valid

    def _annotate(self, doc: Doc, ents: Sequence[tuple[int, int, int]]) -> None:
        """``BiluoPushDown.set_annotations``: the entities, then every token left unset outside."""
        spans = [Span(doc, a, b, label=lab, kb_id=doc[a].ent_kb_id)
                 for a, b, lab in ents]
        unset = doc.to_array(ENT_IOB) == 0
        for a, b, _ in ents:
            unset[a:b] = False
        outside = [doc[a:b] for a, b in _runs(unset)]
        doc.set_ents(spans, outside=outside, default="unmodified")


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in ``mask``."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def class_names(ner: Any) -> list[str]:
    """The NER's actions in the order of its output layer ("B-ORG" ... "U-", "O")."""
    return [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]


def use_numpy_ner(nlp: Language) -> bool:
    """Put a :class:`NumpyNER` in place of ``nlp``'s greedy BILUO ``ner`` (in place); False
    (spaCy's NER kept) for any other kind of NER."""
    if "ner" not in nlp.pipe_names:
        return False
    ner = nlp.get_pipe("ner")
    model = getattr(ner, "model", None)
    cfg = getattr(ner, "cfg", {})
    try:
        fits = (type(ner).__name__ == "EntityRecognizer" and cfg.get("beam_width", 1) == 1
                and model is not None and len(model.layers) == 3 and model.attrs.get("has_upper")
                and not model.attrs.get("unseen_classes") and model.layers[1].get_dim("nF") == 3
                and len(names := class_names(ner)) == model.layers[2].get_dim("nO")
                and all(n == "O" or (n[0] in _MOVES and n[1:2] == "-") for n in names))
    except (KeyError, ValueError, AttributeError):
        fits = False
    if not fits:
        logger.info("NER left to spaCy: not a greedy BILUO model this module knows")
        return False
    i = [name for name, _ in nlp._components].index("ner")  # disabled ones (senter) included
    nlp._components[i] = ("ner", NumpyNER(ner))  # same name and place: select_pipes, disable... unchanged
    return True
