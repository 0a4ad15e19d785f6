"""How many words a text holds, in scripts written with spaces between words and without.

The extraction's measures (a body too short for its page, a paragraph of prose, a lead) count
words. Chinese and Japanese are written without spaces between words, Thai, Lao, Khmer and
Burmese without spaces inside a phrase, so splitting at spaces finds one "word" in a whole
paragraph, and a story reads as empty. There a word is taken as a number of letters: about
two for Chinese and Japanese, about five for the Southeast Asian scripts.
"""

from __future__ import annotations

import re

# Han ideographs, kana, and the halfwidth and compatibility forms of both.
_HAN_KANA = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
)
# Thai, Lao, Burmese and Khmer.
_SOUTHEAST = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
HAN_KANA_PER_WORD = 2
SOUTHEAST_PER_WORD = 5
# Text whose pieces between spaces run this long on average may be written without them.
_LONG_PIECES = 12


def count_words(text: str) -> int:
    """Words in ``text``: its pieces between spaces, and in a script written without
    spaces, its letters by the script's usual word length."""
    pieces = len(text.split())
    if len(text) <= _LONG_PIECES * (pieces + 1) or text.isascii():
        return pieces
    unspaced = len(_HAN_KANA.findall(text)) // HAN_KANA_PER_WORD
    unspaced += len(_SOUTHEAST.findall(text)) // SOUTHEAST_PER_WORD
    return max(pieces, unspaced)
