"""Every number-like span of the text, with its kind, value and unit: no parse."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import FRACTIONS, SCALES, tidy, word_value
from .patterns import (
    ANCHOR,
    DIGITS,
    MONTH,
    ORDINAL_AFTER,
    REACH_AHEAD,
    REACH_BACK,
    SCALE,
    SCANNER,
    SCORE_CONTEXT,
)
from .units import CURRENCY_SYMBOLS, CURRENCY_WORDS, UNITS


@dataclass
class RawFigure:
    start: int
    end: int
    text: str
    kind: str
    value: float | int | None
    unit: str | None = None
    counts: str | None = None
    number_start: int = 0  # where the number itself starts (after the qualifier)
    number_end: int = 0
    hyphen_unit: str | None = None


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around anything number-like; the scanner runs only there."""
    windows: list[tuple[int, int]] = []
    for m in ANCHOR.finditer(text):
        start = text.rfind(" ", 0, max(0, m.start() - REACH_BACK)) + 1
        end = min(len(text), m.end() + REACH_AHEAD)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _matches(text: str):
    last_end = 0
    for start, end in _windows(text):
        for m in SCANNER.finditer(text, max(start, last_end), end):
            if m.end() == end and end < len(text):  # may run on past the window
                m = SCANNER.match(text, m.start()) or m
            last_end = m.end()
            yield m


# A capitalised word and a comma just before a bare number: the age in apposition.
_AGE_APPOSITION = re.compile(r"\b[A-Z][\w.'’-]*,\s$")


def scan(text: str) -> list[RawFigure]:
    out: list[RawFigure] = []
    for m in _matches(text):
        kind = m.lastgroup or ""
        s, e = m.start(), m.end()
        matched = m.group(0)
        # the qualifier is inside the span, but the number starts after it
        qual = next(
            (m.group(g) for g in ("mq", "mq2", "pq", "fq", "fq2", "nq", "tq", "rq") if m.group(g)),
            None,
        )
        ns = s + (matched.lower().find(qual.lower()) + len(qual) if qual else 0)
        while ns < e and text[ns].isspace():
            ns += 1
        raw = RawFigure(s, e, matched, kind, None, number_start=ns, number_end=e)
        if kind == "date":
            raw.kind = "date"
            day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", matched)
            year = re.search(r"\b(\d{4})\b", matched)
            raw.value = (
                int(day.group(1))
                if day and not re.fullmatch(rf"{MONTH}\.?\s+(?:of\s+)?\d{{4}}", matched, re.I)
                else (int(year.group(1)) if year else None)
            )
        elif kind == "ratio":
            if " out of " not in matched.lower():
                continue  # "seven of the 16" is two figures, not a ratio
            raw.kind = "count"
            raw.value = tidy(word_value(matched[ns - s :].lower().split(" out of ")[0]) or 0)
            raw.number_end = ns + matched[ns - s :].lower().find(" out of ")
        elif kind == "time":
            raw.kind = "date"
            raw.value = int(matched[ns - s :].split(":")[0])
        elif kind == "money":
            raw.kind = "money"
            num = re.search(rf"({DIGITS})(?:\s*({SCALE})\b)?", matched[ns - s :], re.I)
            value = float(num.group(1).replace(",", "")) if num else None
            if num and num.group(2) and value is not None:
                value *= SCALES[num.group(2).lower()]
            raw.value = tidy(value) if value is not None else None
            sym = matched.strip()[:1]
            raw.unit = CURRENCY_SYMBOLS.get(sym) or next(
                (c for w, c in CURRENCY_WORDS.items() if w in matched.lower()), None
            )
            if raw.unit is None:
                for sym_, code in CURRENCY_SYMBOLS.items():
                    if sym_ in matched:
                        raw.unit = code
        elif kind == "percent":
            raw.kind = "percent"
            num = re.search(rf"({DIGITS})", matched[ns - s :])
            value = (
                float(num.group(1).replace(",", ""))
                if num
                else word_value(
                    re.sub(r"(?i)percent|per cent|%|percentage points?", "", matched[ns - s :])
                )
            )
            raw.value = tidy(value) if value is not None else None
            raw.unit = "%"
        elif kind == "score":
            before = text[max(0, s - 60) : s]
            after = text[e : e + 40]
            a = int(matched.split("-")[0])
            if SCORE_CONTEXT.search(before) or SCORE_CONTEXT.search(after):
                raw.kind, raw.value = "score", a
            else:
                raw.kind, raw.value = "count", a  # a range: "10-15 people"
        elif kind == "age":
            raw.kind = "age"
            raw.value = tidy(word_value(matched.split("-")[0]) or 0)
        elif kind == "adj":
            unit = m.group("adjunit").lower()
            number = matched[: matched.rfind("-")]
            raw.value = tidy(word_value("0" + number if number[:1] == "." else number) or 0)
            raw.hyphen_unit = unit
            if unit in UNITS:
                raw.kind, raw.unit = "quantity", UNITS[unit]
            else:
                raw.kind = "count"
        elif kind == "year":
            raw.kind = "year"
            raw.value = int(matched)
        elif kind == "fraction":
            raw.kind = "other"
            body = matched[ns - s :].lower().replace("-", " ").split()  # "three-quarters"
            n = word_value(body[0]) if len(body) > 1 else 1
            frac = FRACTIONS.get(body[-1], 0.5)
            raw.value = tidy(round((n or 1) * frac, 6))
        elif kind == "number":
            unit = m.group("unit")
            number_text = matched[ns - s :]
            if unit:
                number_text = number_text[: number_text.lower().rfind(unit.lower())]
            value = word_value(number_text)
            if value is None:
                continue
            raw.value = tidy(value)
            raw.number_end = ns + len(number_text.rstrip())
            if unit:
                raw.kind, raw.unit = "quantity", UNITS[unit.lower()]
                raw.counts = unit
            elif (
                _AGE_APPOSITION.search(text[max(0, s - 40) : s])
                and text[e : e + 1] == ","
                and value < 120
            ):
                raw.kind = "age"  # "Patrick Carlineo Jr., 55, of Addison"
            else:
                raw.kind = "count"
            if ORDINAL_AFTER.match(text[e : e + 3]):
                continue
        out.append(raw)
    return out
