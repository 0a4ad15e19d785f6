"""Numbers written in words, and their values: no parse, no patterns."""

from __future__ import annotations

import re

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}


TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
    "dozen": 12,
}


FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}


MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}


def tidy(v: float) -> float | int:
    return int(v) if float(v).is_integer() and abs(v) < 1e15 else round(v, 6)


def word_value(words: str) -> float | None:
    """'twenty-five' -> 25, 'two dozen' -> 24, 'a hundred' -> 100, '1.2 million' -> 1.2e6."""
    tokens = re.split(r"[\s\-]+", words.lower().replace(",", ""))
    total = 0.0
    current = 0.0
    seen = False
    for t in tokens:
        if not t:
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            current += float(t)
            seen = True
        elif t in ONES:
            current += ONES[t]
            seen = True
        elif t in TENS:
            current += TENS[t]
            seen = True
        elif t in ("a", "an") and not seen:
            current = 1
            seen = True
        elif t in ("few",):
            current = 3
        elif t == "several":
            current = 3
            seen = True
        elif t in SCALES:
            scale = SCALES[t]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            continue
    return total + current if seen else None
