"""The regular expressions of the scanner: numbers, qualifiers, dates, money, percents,
ratios, scores, ages and measures."""

from __future__ import annotations

import re

from .units import UNITS

_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)


DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)"


_QUAL = (
    r"(?:at\s+least|at\s+most|about|around|approximately|roughly|nearly|almost|"
    r"(?:(?:much|far|well|slightly)\s+)?(?:more|less|fewer)\s+than|well\s+over|"
    r"well\s+under|over|under|up\s+to|some|just\s+over|"
    r"just\s+under|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|an\s+estimated|"
    r"upwards\s+of|close\s+to|only|just)"
)


MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


_UNIT_RE = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))


_NUMBER = (
    rf"(?:(?:{DIGITS})(?:\s*{SCALE}\b)?|(?:a|one|two|three|four|five|six|seven|eight|"
    rf"nine|ten|a\s+few|several)\s+dozen\b|(?:a|one|several)\s+(?:hundred|thousand|"
    rf"million|billion)\b|{_NUMWORD}(?:\s+(?:hundred|thousand|million|billion|trillion))?\b)"
)


SCANNER = re.compile(
    rf"""
    (?P<date>(?<![\w.]){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?(?!\d)
      | (?<![\w.])\d{{1,2}}\s+{MONTH}\.?(?:\s+\d{{4}})?(?!\d)
      | (?<![\w.]){MONTH}\.?\s+(?:of\s+)?(?:1[89]|20)\d{{2}}(?!\d))
  | (?P<time>(?:(?P<tq>{_QUAL})\s+)?(?<![\w:.])\d{{1,2}}:\d{{2}}(?::\d{{2}})?
      (?:\s*[ap]\.?m\.?)?(?![\d:]))
  | (?P<money>(?:(?P<mq>{_QUAL})\s+)?[$€£¥₹]\s?(?:{DIGITS})(?:\s*{SCALE}\b)?
      | (?:(?P<mq2>{_QUAL})\s+)?(?<![\w.,])(?:{DIGITS})(?:\s*{SCALE})?\s+
        (?:dollars|euros|yen|yuan|rupees|rubles|roubles)\b)
  | (?P<percent>(?:(?P<pq>{_QUAL})\s+)?(?<![\w.,])(?:{DIGITS}|{_NUMWORD})\s*
      (?:%|percent\b|per\s+cent\b|percentage\s+points?\b))
  | (?P<ratio>(?:(?P<rq>{_QUAL})\s+)?(?<![\w.,])(?:{DIGITS}|{_NUMWORD})\s+(?:out\s+)?of\s+
      (?:every\s+)?(?:{DIGITS}|{_NUMWORD})(?=\s+[a-z])(?!\s+(?:of|percent|per)\b)
      )
  | (?P<score>(?<![\w.,\-])\d{{1,3}}-\d{{1,3}}(?![\w\-]|\.\d))
  | (?P<age>(?<![\w.,])(?:\d{{1,3}}|{_NUMWORD})-years?-old\b)
  | (?P<adj>(?<![\w.,])(?:{DIGITS}|\.\d+|{_NUMWORD})-(?!year-old)
      (?!(?:half|thirds?|quarters?)\s+of\b)(?P<adjunit>[a-z]+)\b)
  | (?P<year>(?<![\w.,$€£\-])(?:1[6-9]|20)\d{{2}}(?!s\b)(?!\w|,\d|\.\d))
  | (?P<fraction>(?:(?P<fq>{_QUAL})\s+)?\b(?:a|one|two|three)[\s-]+
      (?:half|third|thirds|quarter|quarters)(?=\s+of\b)|(?:(?P<fq2>{_QUAL})\s+)half\b(?![-\w])
      |(?<!first\s)(?<!second\s)(?<!the\s)(?<!\w)half(?=\s+of\s+(?:the|all|its|their|those|these)\s))
  | (?P<number>(?:(?P<nq>{_QUAL})\s+)?(?<![\w.,@#/\-])(?:{_NUMBER})(?![\w/]|\.\d|,\d|:\d)
      (?:\s+(?P<unit>{_UNIT_RE})\b)?)
    """,
    re.VERBOSE | re.IGNORECASE,
)


ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)


SCORE_CONTEXT = re.compile(
    r"\b(?:win|won|wins|beat|beats|lost|loses|lose|defeat|defeated|victory|lead|led|score|"
    r"scored|game|match|tie|tied|draw|drew|shutout|final|loss|rout|record)\b",
    re.I,
)


ANCHOR = re.compile(
    r"[\d$€£¥₹%]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
    r"half|third|thirds|quarter|quarters|several)\b",
    re.IGNORECASE,
)


REACH_BACK, REACH_AHEAD = 40, 60  # qualifiers before a number; units and years after
