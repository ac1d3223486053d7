"""The extract stage: claims and event frames from a parsed article."""

from __future__ import annotations

from spacy.tokens import Doc

from rashomon.extract import claims as _rules
from rashomon.extract.confidence import calibrated, confidence_bin
from rashomon.extract.frames import ArticleFrames, extract_frames, with_frames
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.types import Claim

__all__ = ["ArticleFrames", "confidence_bin", "extract_claims", "extract_frames", "with_frames"]


def extract_claims(doc: Doc, article_id: str, actors: ActorGazetteer, outlet: str | None = None) -> list[Claim]:
    """The claims the rules find (:func:`rashomon.extract.claims.extract_claims`), each with
    the confidence measured for claims like it (:mod:`rashomon.extract.confidence`)."""
    return calibrated(_rules.extract_claims(doc, article_id, actors, outlet))
