"""A photo post: a page whose story is its pictures' captions. Caption boxes are furniture
beside a story, so they are dropped before readability scores the page; on a page whose
text is a paragraph or two and whose pictures are captioned, or whose captions say more
than its text, the captions are the story; so is the caption of a page of one picture (a
slideshow's slide) that says more than the page's line of text."""

from __future__ import annotations

import re
from typing import Any

from .builder import PendingBlock
from .words import count_words

# A body this short, with this many different captions on its page, may be a photo post.
PHOTO_POST_WORDS = 150
PHOTO_POST_CAPTIONS = 3
# A longer body is a photo post's when this many captions say more than it does.
GALLERY_CAPTIONS = 6
# A caption's own words, beside its credit: on average this many make it say something.
CAPTION_WORDS = 5
# A body this short beside a caption that says more than it is a page of one picture (a
# slideshow's slide): its caption is the story.
ONE_PHOTO_WORDS = 40
# Of the lines a photo post adds, this share must differ: one picture's caption repeated
# down a gallery says nothing new.
DISTINCT_CAPTIONS = 0.8

_CREDIT = re.compile(r"\([^)]*\)|\[[^\]]*\]")  # "(Kin Cheung/AP)", "[Reuters]"


def caption_said(el: Any) -> str | None:
    """What a caption box says beyond its credit, if that is enough to describe a picture."""
    said = " ".join(_CREDIT.sub("", el.text_content()).split())
    return said if count_words(said) >= CAPTION_WORDS else None


def may_be_photo_post(words: int, captions: set[str]) -> bool:
    """Whether a body of ``words`` on a page with these different ``captions`` is worth
    reading again with them: a short body beside a few, or any body beside captions that
    say more than it does."""
    if words <= 0 or not captions:
        return False
    said = sum(count_words(c) for c in captions)
    if len(captions) < PHOTO_POST_CAPTIONS:
        return words < ONE_PHOTO_WORDS and said > words
    return words < PHOTO_POST_WORDS or (len(captions) >= GALLERY_CAPTIONS and said >= words)


def adds_captions(text: str, blocks: list[PendingBlock], captions: set[str]) -> bool:
    """Whether a body read with the page's ``captions`` holds every paragraph of ``blocks``
    and adds different captions to them, each saying more than a credit: three or more, or
    every one of the fewer the page has (a page of one picture)."""
    least = min(len(captions), PHOTO_POST_CAPTIONS)
    said = [b.plain for b in blocks if b.kind == "paragraph"]
    if not all(p in text for p in said):
        return False
    old = {b.plain for b in blocks}
    added = [line for line in text.split("\n") if line.strip() and line not in old]
    own_words = sum(count_words(_CREDIT.sub("", line)) for line in added)
    return (
        len(set(added)) >= least
        and len(set(added)) >= DISTINCT_CAPTIONS * len(added)
        and own_words >= CAPTION_WORDS * len(added)
    )
