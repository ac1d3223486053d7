"""A faster matcher for the model's attribute ruler: the same matches, from a lookup by tag and word.

en_core_web_sm's ``attribute_ruler`` maps fine-grained tags to coarse parts of speech and
morphology (179 rules: ``TAG == "NN"``, ``TAG == "NN" and LOWER == "nothing"``, a few on
``DEP`` or two words). spaCy's ``Matcher`` walks every rule over every token: 0.70 CPU s of
the 0.78 s the ruler takes on 200 generated articles (27,770 tokens), about a seventh of the
whole ``nlp.pipe`` (issue 14, timed with ``time.process_time``). :class:`RuleMatcher` looks the
candidate rules up by each token's tag and lower-cased word and checks only those, in ~0.05 s.

It stands in for the ruler's ``matcher`` only: it reports the same ``(match_id, start, end)``
triples (the ruler sorts them by rule before setting attributes, so the order is free), and the
ruler's own ``set_annotations`` sets the attributes as before. Rules it cannot read (operators
other than IN, NOT_IN and REGEX, other attributes) leave spaCy's matcher in place. Tests compare both matchers on
sentences of many conflicts and on random token sequences.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# the attributes a rule may test, as Doc.to_array gives them: string keys, or 0/1 for a flag
# ("TEXT" is the Matcher's name for ORTH)
_COLUMNS = {"TAG": "TAG", "LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH", "DEP": "DEP", "IS_SPACE": "IS_SPACE"}
_FLAGS = frozenset({"IS_SPACE"})
MAX_REMEMBERED = 200_000  # combinations of attribute values remembered (then forgotten: bounded memory)

Row = tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Test:
    """One condition of a pattern token, as spaCy's Matcher reads it, on a row of attribute keys."""

    column: int
    op: str  # "IN" (also a plain value), "NOT_IN" or "REGEX"
    keys: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None

    def passes(self, row: Row, strings: Any) -> bool:
        value = row[self.column]
        if self.op == "IN":
            return value in self.keys
        if self.op == "NOT_IN":
            return value not in self.keys
        return self.regex is not None and self.regex.search(strings[value]) is not None


@dataclass(frozen=True, slots=True)
class _Rule:
    key: int  # the match id spaCy's matcher reports
    tokens: tuple[tuple[Test, ...], ...]  # per token of the pattern: every test must pass

    def matches(self, rows: Sequence[Row], start: int, strings: Any, *, skip_first: bool = False) -> bool:
        """Whether the rule matches at ``start``; ``skip_first``: its first token is known to fit."""
        if start + len(self.tokens) > len(rows):
            return False
        return all(test.passes(rows[start + i], strings) for i, tests in enumerate(self.tokens)
                   if i or not skip_first for test in tests)

    def first_fits(self, row: Row, strings: Any) -> bool:
        """Whether the rule's first token fits ``row`` (a verdict of that row alone)."""
        return all(test.passes(row, strings) for test in self.tokens[0])


class _Index:
    """Rules by a value their first token must have (one of its IN tests); rules without one
    are candidates everywhere."""

    def __init__(self, rules: Sequence[_Rule]) -> None:
        self._by: dict[tuple[int, int], list[_Rule]] = {}
        self._always: list[_Rule] = []
        for rule in rules:
            test = min((t for t in rule.tokens[0] if t.op == "IN"), key=lambda t: len(t.keys), default=None)
            if test is None:
                self._always.append(rule)
                continue
            for key in test.keys:
                self._by.setdefault((test.column, key), []).append(rule)
        self._columns = sorted({c for c, _ in self._by})

    def __bool__(self) -> bool:
        return bool(self._by or self._always)

    def candidates(self, row: Row) -> list[_Rule]:
        out = list(self._always)
        for column in self._columns:
            out.extend(self._by.get((column, row[column]), ()))
        return out


class RuleMatcher:
    """The ruler's rules as a lookup: the same matches as spaCy's matcher.

    A one-token rule's verdict depends only on the token's values of the few attributes the
    rules read (tag, word, dependency, space), so the rules matching each combination are found
    once and remembered; rules of several tokens are checked where their first token fits."""

    def __init__(self, rules: Sequence[_Rule], columns: Sequence[str], original: Any, strings: Any) -> None:
        self._original = original
        self._strings = strings
        self._ids = [IDS[c] for c in columns]
        # per combination of attribute values: the one-token rules it matches, as (rule number,
        # match id), and the several-token rules whose first token it fits
        self._seen: dict[Row, tuple[tuple[tuple[int, int], ...], tuple[_Rule, ...]]] = {}
        self._single = _Index([r for r in rules if len(r.tokens) == 1])
        self._multi = _Index([r for r in rules if len(r.tokens) > 1])
        # match id → the rule's number (its id is the hash of the number as a string: see rule_matcher)
        self._numbers = {r.key: int(strings[r.key]) for r in rules}

    def _entry(self, row: Row) -> tuple[tuple[tuple[int, int], ...], tuple[_Rule, ...]]:
        if len(self._seen) >= MAX_REMEMBERED:
            self._seen.clear()
        keys = dict.fromkeys(r.key for r in self._single.candidates(row) if r.matches((row,), 0, self._strings))
        # a rule whose first token has no IN test ("y'all": a REGEX) is a candidate everywhere,
        # but its first token fits few rows, and that verdict is the row's alone
        starts = tuple(r for r in self._multi.candidates(row) if r.first_fits(row, self._strings))
        entry = self._seen[row] = (tuple((self._numbers[k], k) for k in keys), starts)
        return entry

    def _scan(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches as ``(rule number, match_id, start, end)``, in no particular order."""
        if not len(doc):
            return []
        table: Any = doc.to_array(self._ids)
        rows: list[Row] = [tuple(r) for r in table.reshape(len(doc), -1).tolist()]
        seen = self._seen
        found: list[tuple[int, int, int, int]] = []
        multi: set[tuple[int, int, int, int]] = set()
        for i, row in enumerate(rows):
            entry = seen.get(row) or self._entry(row)
            for number, key in entry[0]:
                found.append((number, key, i, i + 1))
            if entry[1]:
                multi.update((self._numbers[r.key], r.key, i, i + len(r.tokens)) for r in entry[1]
                             if r.matches(rows, i, self._strings, skip_first=True))
        found.extend(multi)
        return found

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> list[tuple[int, int, int]]:
        if as_spans:
            raise NotImplementedError("RuleMatcher returns (match_id, start, end) tuples only")
        return [(key, start, end) for _, key, start, end in self._scan(doc)]

    def sorted_matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: the matches as ``(rule number, match_id, start, end)``, sorted
        (later rules take precedence), with the rule numbers looked up, not parsed from strings."""
        matches = self._scan(doc)
        matches.sort()
        return matches

    def get(self, key: Any, default: Any = None) -> Any:  # the ruler's ``patterns`` reads the rules here
        return self._original.get(key, default)

    def __len__(self) -> int:
        return len(self._original)

    def __contains__(self, key: Any) -> bool:
        return key in self._original


def _token_tests(spec: dict[str, Any], columns: list[str], strings: Any) -> tuple[Test, ...] | None:
    """The tests of one pattern token, or None when spaCy's matcher is needed for it."""
    tests: list[Test] = []
    for attr, value in spec.items():
        column = _COLUMNS.get(attr)
        if column is None:
            return None
        if column not in columns:
            columns.append(column)
        at = columns.index(column)
        flag = column in _FLAGS
        if isinstance(value, bool) and flag:
            tests.append(Test(at, "IN", frozenset([int(value)])))
        elif isinstance(value, str) and not flag:
            tests.append(Test(at, "IN", frozenset([strings.add(value)])))
        elif isinstance(value, dict) and len(value) == 1 and not flag:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                tests.append(Test(at, op, frozenset(strings.add(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append(Test(at, op, regex=re.compile(arg)))
            else:
                return None
        else:
            return None
    return tuple(tests) if tests else None


def rule_matcher(ruler: AttributeRuler) -> RuleMatcher | None:
    """A :class:`RuleMatcher` for ``ruler``'s rules, or None when one of them cannot be read."""
    strings = ruler.vocab.strings
    rules: list[_Rule] = []
    columns: list[str] = []
    patterns: list[Any] = list(ruler.patterns)
    for number, rule in enumerate(patterns):
        key = strings[str(number)]
        for pattern in rule["patterns"]:
            tokens = [_token_tests(spec, columns, strings) if isinstance(spec, dict) else None for spec in pattern]
            if not tokens or any(t is None for t in tokens):
                return None
            rules.append(_Rule(key, tuple(t for t in tokens if t is not None)))
    return RuleMatcher(rules, columns, ruler.matcher, strings)


def use_rule_matcher(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give ``nlp``'s attribute ruler a :class:`RuleMatcher` (in place); False if it has none or
    its rules need spaCy's matcher."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    if isinstance(ruler.matcher, RuleMatcher):
        return True
    matcher = rule_matcher(ruler)
    if matcher is None:
        logger.info("attribute ruler %s keeps spaCy's matcher (rules it cannot look up)", name)
        return False
    ruler.matcher = matcher  # type: ignore[assignment]
    ruler.match = matcher.sorted_matches  # type: ignore[method-assign]
    return True
