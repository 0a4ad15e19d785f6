"""Which numbers the article claims, and what each one counts.

A scanner finds every quantity in digits or words, with the qualifier that hedges it
("at least 36", "about 2,500"), money, percents, measures with their unit, ranges, scores,
ages, dates and years; the parse says what is counted ("16 fighters" -> fighters, "seven of
the 16 fatalities" -> fatalities). Ordinals and numbers that are part of a name are left
out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Figure

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
UNITS = {
    # time
    "second": "s",
    "seconds": "s",
    "minute": "min",
    "minutes": "min",
    "hour": "h",
    "hours": "h",
    "day": "d",
    "days": "d",
    "week": "wk",
    "weeks": "wk",
    "month": "mo",
    "months": "mo",
    "year": "yr",
    "years": "yr",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    # length, area, mass, volume, others
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mile": "mi",
    "miles": "mi",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "cm": "cm",
    "mm": "mm",
    "foot": "ft",
    "feet": "ft",
    "inch": "in",
    "inches": "in",
    "yard": "yd",
    "yards": "yd",
    "acre": "acre",
    "acres": "acre",
    "hectare": "ha",
    "hectares": "ha",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "gram": "g",
    "grams": "g",
    "pound": "lb",
    "pounds": "lb",
    "lbs": "lb",
    "lb": "lb",
    "ounce": "oz",
    "ounces": "oz",
    "ton": "t",
    "tons": "t",
    "tonne": "t",
    "tonnes": "t",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "gallon": "gal",
    "gallons": "gal",
    "barrel": "bbl",
    "barrels": "bbl",
    "cup": "cup",
    "cups": "cup",
    "tbsp": "tbsp",
    "tsp": "tsp",
    "degree": "deg",
    "degrees": "deg",
    "mph": "mph",
    "kph": "km/h",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "calories": "kcal",
    "calorie": "kcal",
    "percentage": "pp",
}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "rubles": "RUB",
    "roubles": "RUB",
}

_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)"
_QUAL = (
    r"(?:at\s+least|at\s+most|about|around|approximately|roughly|nearly|almost|"
    r"more\s+than|less\s+than|fewer\s+than|over|under|up\s+to|some|just\s+over|"
    r"just\s+under|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|an\s+estimated|"
    r"upwards\s+of|close\s+to|only|just)"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_UNIT_RE = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s*{_SCALE}\b)?|(?:a|one|two|three|four|five|six|seven|eight|"
    rf"nine|ten|a\s+few|several)\s+dozen\b|(?:a|one)\s+(?:hundred|thousand|million|"
    rf"billion)\b|{_NUMWORD}(?:\s+(?:hundred|thousand|million|billion|trillion))?\b)"
)

SCANNER = re.compile(
    rf"""
    (?P<date>(?<![\w.]){_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?(?!\d)
      | (?<![\w.])\d{{1,2}}\s+{_MONTH}\.?(?:\s+\d{{4}})?(?!\d)
      | (?<![\w.]){_MONTH}\.?\s+(?:of\s+)?(?:1[89]|20)\d{{2}}(?!\d))
  | (?P<time>(?:(?P<tq>{_QUAL})\s+)?(?<![\w:.])\d{{1,2}}:\d{{2}}(?::\d{{2}})?
      (?:\s*[ap]\.?m\.?)?(?![\d:]))
  | (?P<money>(?:(?P<mq>{_QUAL})\s+)?[$€£¥₹]\s?(?:{_DIGITS})(?:\s*{_SCALE}\b)?
      | (?:(?P<mq2>{_QUAL})\s+)?(?<![\w.,])(?:{_DIGITS})(?:\s*{_SCALE})?\s+
        (?:dollars|euros|yen|yuan|rupees|rubles|roubles)\b)
  | (?P<percent>(?:(?P<pq>{_QUAL})\s+)?(?<![\w.,])(?:{_DIGITS}|{_NUMWORD})\s*
      (?:%|percent\b|per\s+cent\b|percentage\s+points?\b))
  | (?P<ratio>(?:(?P<rq>{_QUAL})\s+)?(?<![\w.,])(?:{_DIGITS}|{_NUMWORD})\s+(?:out\s+)?of\s+
      (?:every\s+)?(?:{_DIGITS}|{_NUMWORD})(?=\s+[a-z])(?!\s+(?:of|percent|per)\b)
      )
  | (?P<score>(?<![\w.,\-])\d{{1,3}}-\d{{1,3}}(?![\w\-]|\.\d))
  | (?P<age>(?<![\w.,])(?:\d{{1,3}}|{_NUMWORD})-years?-old\b)
  | (?P<adj>(?<![\w.,])(?:{_DIGITS}|{_NUMWORD})-(?!year-old)(?P<adjunit>[a-z]+)\b)
  | (?P<year>(?<![\w.,$€£\-])(?:1[6-9]|20)\d{{2}}(?!s\b)(?!\w|,\d|\.\d))
  | (?P<fraction>(?:(?P<fq>{_QUAL})\s+)?\b(?:a|one|two|three)\s+
      (?:half|third|thirds|quarter|quarters)(?=\s+of\b)|(?:(?P<fq2>{_QUAL})\s+)half(?=\s+(?:of|the|a)\b))
  | (?P<number>(?:(?P<nq>{_QUAL})\s+)?(?<![\w.,@#/\-])(?:{_NUMBER})(?![\w/]|\.\d|,\d|:\d)
      (?:\s+(?P<unit>{_UNIT_RE})\b)?)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_SCORE_CONTEXT = re.compile(
    r"\b(?:win|won|wins|beat|beats|lost|loses|lose|defeat|defeated|victory|lead|led|score|"
    r"scored|game|match|tie|tied|draw|drew|shutout|final|loss|rout|record)\b",
    re.I,
)
NAME_ENTITY_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PERSON"}
_PRONOUN_ONE = re.compile(
    r"(?:\b(?:no|any|every|each|the|this|that|which|someone|anyone|"
    r"little|only)\s+)$",
    re.I,
)


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


def _tidy(v: float) -> float | int:
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


_ANCHOR = re.compile(
    r"[\d$€£¥₹%]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
    r"half|third|thirds|quarter|quarters|several)\b",
    re.IGNORECASE,
)
_REACH_BACK, _REACH_AHEAD = 40, 60  # qualifiers before a number; units and years after


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around anything number-like; the scanner runs only there."""
    windows: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(text):
        start = text.rfind(" ", 0, max(0, m.start() - _REACH_BACK)) + 1
        end = min(len(text), m.end() + _REACH_AHEAD)
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
                if day and not re.fullmatch(rf"{_MONTH}\.?\s+(?:of\s+)?\d{{4}}", matched, re.I)
                else (int(year.group(1)) if year else None)
            )
        elif kind == "ratio":
            if " out of " not in matched.lower():
                continue  # "seven of the 16" is two figures, not a ratio
            raw.kind = "count"
            raw.value = _tidy(word_value(matched[ns - s :].lower().split(" out of ")[0]) or 0)
            raw.number_end = ns + matched[ns - s :].lower().find(" out of ")
        elif kind == "time":
            raw.kind = "date"
            raw.value = int(matched[ns - s :].split(":")[0])
        elif kind == "money":
            raw.kind = "money"
            num = re.search(rf"({_DIGITS})(?:\s*({_SCALE})\b)?", matched[ns - s :], re.I)
            value = float(num.group(1).replace(",", "")) if num else None
            if num and num.group(2) and value is not None:
                value *= SCALES[num.group(2).lower()]
            raw.value = _tidy(value) if value is not None else None
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
            num = re.search(rf"({_DIGITS})", matched[ns - s :])
            value = (
                float(num.group(1).replace(",", ""))
                if num
                else word_value(
                    re.sub(r"(?i)percent|per cent|%|percentage points?", "", matched[ns - s :])
                )
            )
            raw.value = _tidy(value) if value is not None else None
            raw.unit = "%"
        elif kind == "score":
            before = text[max(0, s - 60) : s]
            after = text[e : e + 40]
            a = int(matched.split("-")[0])
            if _SCORE_CONTEXT.search(before) or _SCORE_CONTEXT.search(after):
                raw.kind, raw.value = "score", a
            else:
                raw.kind, raw.value = "count", a  # a range: "10-15 people"
        elif kind == "age":
            raw.kind = "age"
            raw.value = _tidy(word_value(matched.split("-")[0]) or 0)
        elif kind == "adj":
            unit = m.group("adjunit").lower()
            raw.value = _tidy(word_value(matched[: matched.rfind("-")]) or 0)
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
            body = matched[ns - s :].lower().split()
            n = word_value(body[0]) if len(body) > 1 else 1
            frac = FRACTIONS.get(body[-1], 0.5)
            raw.value = _tidy(round((n or 1) * frac, 6))
        elif kind == "number":
            unit = m.group("unit")
            number_text = matched[ns - s :]
            if unit:
                number_text = number_text[: number_text.lower().rfind(unit.lower())]
            value = word_value(number_text)
            if value is None:
                continue
            raw.value = _tidy(value)
            raw.number_end = ns + len(number_text.rstrip())
            if unit:
                raw.kind, raw.unit = "quantity", UNITS[unit.lower()]
                raw.counts = unit
            else:
                raw.kind = "count"
            if _ORDINAL_AFTER.match(text[e : e + 3]):
                continue
        out.append(raw)
    return out


_ONE_OF = re.compile(r"\s+of\s+(?:the|his|her|their|its|our|my|your)\b", re.I)
_ONE_AFTER = re.compile(r"\b(?:for|at|on|in|during|from|by|into|with)\s+$", re.I)
_X_ON_Y = re.compile(r"\w+-on-\w+\b", re.I)
_QUOTE_MARKS = '"“”'


def _in_short_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside quotation marks holding at most four words."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    opens = sum(before.count(c) for c in _QUOTE_MARKS)
    if opens % 2 == 0:
        return False
    left = max(before.rfind(c) for c in _QUOTE_MARKS) + line_start
    right = min((i for i in (text.find(c, pos) for c in _QUOTE_MARKS) if i >= 0), default=-1)
    return right > 0 and len(text[left + 1 : right].split()) <= 4


def _counted(doc, offset: int, f: RawFigure) -> tuple[str | None, bool]:
    """What a figure counts, from the parse; and whether the number is part of a name."""
    span = doc.char_span(f.number_start - offset, f.number_end - offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, False
    last = span[-1]
    for tok in span:
        if tok.ent_type_ in NAME_ENTITY_LABELS and f.kind in ("count", "quantity", "other"):
            ent = next((x for x in doc.ents if x.start <= tok.i < x.end), None)
            if ent is not None and not any(t.like_num for t in ent[:1]):
                return None, True
    if f.kind not in ("count", "quantity", "other", "age"):
        return None, False
    if f.hyphen_unit:  # "two-goal lead", "55-kilometer zone": the unit and what it shapes
        head = last.head if last.head is not last else last
        phrase = _phrase(head) if head.pos_ in ("NOUN", "PROPN") and head.i > last.i else ""
        return (f"{f.hyphen_unit} {phrase}".strip(), False)
    tok = last
    # "2,500" inside "about 2,500": climb from quantmod to the number it modifies.
    while tok.dep_ == "quantmod" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        if tok.head.i < tok.i and f.kind == "count":
            return None, True  # "area 55", "Route 66": a label, not a count
        return _phrase(tok.head), False
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        return _phrase(tok.head), False
    # "seven of the 16 fatalities"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _phrase(obj), False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ != "npadvmod":
        return _phrase(nxt), False
    return None, False


def _phrase(noun) -> str:
    """A counted noun with its compounds and adjectives: 'service members'."""
    left = noun.i
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod") and not child.like_num:
            left = min(left, child.i)
        elif child.dep_ in ("nummod", "det", "quantmod", "advmod", "poss", "punct"):
            continue
    words = [t.text for t in noun.doc[left : noun.i + 1] if not t.like_num and t.text != "-"]
    return " ".join(words) or noun.text


def figures_in_chunk(doc, offset: int, raws: list[RawFigure]) -> list[RawFigure]:
    """Counts from the parse; drop numbers that belong to names or are pronouns."""
    kept: list[RawFigure] = []
    text = doc.text
    previous_counts: str | None = None
    previous_sent = None
    for f in raws:
        counts, in_name = _counted(doc, offset, f)
        if in_name:
            continue
        rel = f.number_start - offset
        number = f.text[f.number_start - f.start :].strip().lower()
        if (
            f.kind == "count"
            and number in ("one", "a dozen")
            and f.number_start == f.start
            and (_PRONOUN_ONE.search(text[max(0, rel - 12) : rel]) or counts is None)
        ):
            continue  # "no one", "one of them": a pronoun, not a figure
        if (
            f.kind == "count"
            and f.number_start == f.start
            and re.search(r"\b(?:a|an|one)\s+\w+\s+or\s+$", text[max(0, rel - 25) : rel].lower())
        ):
            continue  # "a day or two": an approximation, not a claim
        if number == "one" and counts in ("them", "us", "those", "these", "it", "you"):
            continue  # "one of them": a pronoun again
        if number == "one" and f.number_start == f.start and _ONE_OF.match(text, rel + 3):
            continue  # "one of the top concerns": singling out, not counting
        if (
            number == "one"
            and f.number_start == f.start
            and _ONE_AFTER.search(text[max(0, rel - 10) : rel])
        ):
            continue  # "for one event", "at one point": "a certain", not a count
        if _X_ON_Y.match(text, rel):
            continue  # "a two-on-one": a kind of play, not a number of things
        if _in_short_quote(text, rel):
            continue  # "the "Three Amigos"": a number inside a quoted name
        if (
            f.kind == "count"
            and not re.search(r"\d", number)
            and f.text[:1].isupper()
            and rel > 0
            and text[max(0, rel - 2) : rel].strip() not in ("", ".", '"', "“")
        ):
            continue  # "the Three Amigos": a number word inside a name
        if f.kind == "count" and not re.search(r"\d", number) and counts is None:
            tail = text[rel + len(number) : rel + len(number) + 4].lower()
            if not tail.startswith(" of") and f.number_start == f.start:
                continue  # "a day or two": a spelled-out number counting nothing
        if f.kind == "count" and re.fullmatch(r"\d+", number) and counts is None:
            # A bare number after a capitalised word is part of a name ("Apollo 11").
            before = text[max(0, rel - 20) : rel].split()
            if (
                before
                and before[-1][:1].isupper()
                and f.number_start == f.start
                and before[-1].lower().rstrip(".") not in MONTHS
            ):
                continue
        span = doc.char_span(rel, rel + 1, alignment_mode="expand")
        sent = span.sent if span is not None else None
        if counts is None and f.kind == "count" and previous_counts and sent == previous_sent:
            counts = previous_counts  # "2,500 service members ... and another 900"
        if f.kind == "quantity" and f.counts and not counts:
            counts = f.counts
        f.counts = counts or f.counts
        if f.kind == "count" and counts:
            previous_counts, previous_sent = counts, sent
        kept.append(f)
    return kept


def to_figures(raws: list[RawFigure]) -> list[Figure]:
    return [
        Figure(f"f{i}", f.text, f.start, f.end, f.value, f.unit, f.kind, f.counts)
        for i, f in enumerate(sorted(raws, key=lambda r: r.start), 1)
    ]
