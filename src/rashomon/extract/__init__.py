"""The extract stage: claims and event frames from a parsed article."""

from rashomon.extract.claims import extract_claims
from rashomon.extract.frames import extract_frames

__all__ = ["extract_claims", "extract_frames"]
