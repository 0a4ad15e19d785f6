"""Who and what the article names: one entity per real-world thing, with all its mentions.

spaCy's NER proposes mentions (`mentions`); the rules clean them (no leading "the", no
possessive, no bare titles or numbers), merge them (`merge`: a surname joins the full name, an
acronym its expansion, "X province" joins "X"), type them by a vote over the mentions
corrected by context (`votes`), and find the mentions the model missed by searching the text
for the forms it did find (`recall`). Word lists live apart, in `lexicon`.
"""

from __future__ import annotations

from .forms import context, key
from .mentions import Mention, mentions_in, speaker_mentions, speakers_are_people
from .merge import merge
from .recall import dateline_mentions

__all__ = [
    "Mention",
    "context",
    "dateline_mentions",
    "key",
    "mentions_in",
    "merge",
    "speaker_mentions",
    "speakers_are_people",
]
