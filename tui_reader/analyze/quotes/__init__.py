"""Who said what: quotes in quotation marks, reported speech, and their speakers.

Quote spans come from the quotation marks themselves (`marks`: straight or curly, running over
paragraphs when a paragraph opens a mark and does not close it). Each is attributed from
the parse (`attribution`): a cue verb outside the marks in the same sentence ("said", "told",
"according to", "calling it ..."), whose subject is the speaker. Subjects that are pronouns
or descriptions ("he", "the mayor", "a spokesman for the group") are resolved afterwards
(`resolve`), once the entities are merged: pronouns to the nearest compatible speaker,
descriptions through the appositions that tied them to a name anywhere in the article.
The words the rules look for live in `cues`.
"""

from __future__ import annotations

from .attribution import attribute_chunk
from .facts import QuoteFacts, RawQuote
from .marks import find_quotes, standalone_blocks
from .resolve import resolve

__all__ = [
    "QuoteFacts",
    "RawQuote",
    "attribute_chunk",
    "find_quotes",
    "resolve",
    "standalone_blocks",
]
