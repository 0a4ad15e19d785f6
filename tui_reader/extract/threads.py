"""Readers' comments printed inside the story's own box: a thread of signed comments.

Blog engines of the Movable Type and TypePad kind print each comment as its text and then a
signature line, "Posted by: Dawn at September 10, 2012 7:04 PM", in the same box as the
post, and readability takes that box whole. A comment's signature names its writer after
"by:"; a post's own footer says "Posted by paul at 09:39 PM" without the colon, and a blog's
front page prints several such posts one after another. Two or more comment signatures
make a thread: the body ends where it starts, at the post's own footer or the heading
above the comments.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chrome import is_chrome_line

if TYPE_CHECKING:
    from .builder import PendingBlock

# A signature line: who posted, and the time of day ("... at September 10, 2012 7:04 PM").
_SIGNATURE = re.compile(
    r"^(?:posted|written|submitted|comment(?:ed)?) by\b(:?).{1,80}?\d{1,2}:\d{2}", re.I
)
# A signature line is a line, not a paragraph that mentions a time.
SIGNATURE_MAX_WORDS = 20
# This many comment signatures make a thread.
THREAD_COMMENTS = 2


def _signature(block: PendingBlock) -> str | None:
    """What a signature line signs: "comment" ("by:"), "post", or None for any other line."""
    text = block.plain
    m = _SIGNATURE.match(text)  # first: it fails at once on nearly every block
    if m is None or len(text.split()) > SIGNATURE_MAX_WORDS:
        return None
    return "comment" if m.group(1) else "post"


def cut_thread(blocks: list[PendingBlock]) -> list[PendingBlock]:
    """The body without a thread of signed comments after it: cut at the post's own
    signature or the heading above the first comment (no such line, no cut: where the
    comments start is then unknown)."""
    kinds = [_signature(b) for b in blocks]
    comments = [i for i, k in enumerate(kinds) if k == "comment"]
    if len(comments) < THREAD_COMMENTS:
        return blocks
    for i in range(comments[0] - 1, -1, -1):
        b = blocks[i]
        if kinds[i] == "post" or b.kind == "heading" or is_chrome_line(b.plain):
            # the post's footer and chrome ("Permalink") just above go with the thread
            while i > 0 and (kinds[i - 1] == "post" or is_chrome_line(blocks[i - 1].plain)):
                i -= 1
            return blocks[:i]
    return blocks
