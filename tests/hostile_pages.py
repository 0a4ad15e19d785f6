"""A seeded generator of hostile web pages, for the fuzz test and bench_hostile.py.

Each page mixes what the web sends at readers: random nesting (some past every parser's
depth), unclosed and stray tags, entities, control bytes and escape sequences, odd
charsets in <meta> and in the header, JSON-LD of every shape, numbers in every form, and
quotation marks in every pairing. The same seed gives the same page."""

from __future__ import annotations

import json
import random
import re

# Codec names Python knows that decode no text: a page may declare any of them.
NOT_TEXT = [
    "rot13",
    "base64",
    "hex",
    "zlib",
    "bz2",
    "quopri",
    "uu",
    "undefined",
    "idna",
    "punycode",
]
CHARSETS = [
    "utf-8",
    "latin-1",
    *NOT_TEXT,
    "utf-16",
    "utf-32",
    "x-unknown",
    "cp1252",
    "",
    "shift_jis",
    "utf-7",
    "koi8-r",
]
NUMBERS = [
    "36",
    "2,500",
    "$1" + "0" * 309,
    "1e308",
    "-0",
    "3.5%",
    "½",
    "twenty-five",
    "a dozen",
    "9" * 400,
    "55 mph",
    "4:30 p.m.",
    "3-2",
    "£4.2m",
    "1,2,3,4",
    "0x1F",
    "12th",
    "1999",
    "NaN",
    "Infinity",
    "-1e-400",
    "€0.000001",
    "٣٤",
    "１２３",
]
MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", '"""', "“”", "”“"]
CONTROLS = [
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x19",
    "\x1b[2J",
    "\x1b]52;c;aGk=\x07",
    "\x9b31m",
    "\x85",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ud800",
    "\uffff",
    "\x1bP+q\x1b\\",
]
TAGS = [
    "div",
    "p",
    "span",
    "section",
    "article",
    "b",
    "i",
    "a",
    "li",
    "ul",
    "ol",
    "h2",
    "blockquote",
    "table",
    "td",
    "tr",
    "figure",
    "figcaption",
    "pre",
    "x-custom",
    "font",
]
LD = [
    '{"@type": null}',
    '{"@type": 5, "author": 3}',
    '{"@type": ["NewsArticle"], "headline": {"x": 1}, "author": [null, 1, {"name": ["a"]}]}',
    "[" * 3000 + "]" * 3000,
    '{"@graph": ' * 200 + "1" + "}" * 200,
    "not json {",
    '{"headline": "\\u001b[2J"}',
]
CANONICALS = ["//[", "http://e.example/a", "javascript:x", "http://e.example/\x9b"]
WORDS = (
    "the harbour trust mayor said quay flood cost people residents minister council "
    "report warned Ana Ruiz Tom Hale Gull Rock Porthkennack Harbour Trust"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 16))]
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(NUMBERS))
    if rng.random() < 0.4:
        a, b = rng.choice(MARKS), rng.choice(MARKS)
        i = rng.randrange(len(words))
        words[i] = a + words[i]
        words[-1] = words[-1] + b
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), rng.choice(CONTROLS))
    if rng.random() < 0.1:
        words.insert(
            rng.randrange(len(words)),
            rng.choice(
                [
                    "&amp;",
                    "&#0;",
                    "&#x1b;",
                    "&nbsp;",
                    "&bogus;",
                    "&#99999999;",
                    "&lt;script&gt;",
                    "<!--",
                    "]]>",
                ]
            ),
        )
    return " ".join(words).capitalize() + rng.choice([".", "?", "!", "", '," she said.'])


def body(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        if roll < 0.5 or depth > 8:
            parts.append(f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(1, 5)))}")
            if rng.random() < 0.8:
                parts.append("</p>")
        elif roll < 0.85:
            tag = rng.choice(TAGS)
            parts.append(f"<{tag} class='{rng.choice(['story', 'ad', 'share', ''])}'>")
            parts.append(body(rng, depth + 1))
            if rng.random() < 0.85:
                parts.append(f"</{tag}>")
        else:
            parts.append(
                rng.choice(
                    [
                        "<br>",
                        "</div>",
                        "<hr/>",
                        "<img alt='x'>",
                        "</p></p>",
                        "<a href='//['>link</a>",
                        "<a href='\x1b]8;;x'>z</a>",
                    ]
                )
            )
    return "".join(parts)


def hostile_page(seed: int) -> tuple[bytes, str | None]:
    """A page's bytes and the charset its HTTP header would name (or None)."""
    rng = random.Random(seed)
    head = [f"<title>{sentence(rng)}</title>"]
    if rng.random() < 0.4:
        head.append(f'<meta charset="{rng.choice(CHARSETS)}">')
    if rng.random() < 0.4:
        head.append(f'<script type="application/ld+json">{rng.choice(LD)}</script>')
    if rng.random() < 0.3:
        href = rng.choice(CANONICALS)
        head.append(f'<link rel="canonical" href="{href}">')
    if rng.random() < 0.2:
        head.append(f'<base href="http://b\x1b.example/{rng.choice(["", "x"])}">')
    nest = rng.choice([0, 0, 0, 10, 300, 2500])
    text = body(rng, 0)
    page = (
        "<html lang='"
        + rng.choice(["en", "e\u202en", "", "x" * 40])
        + "'><head>"
        + "".join(head)
        + "</head><body>"
        + "<div>" * nest
        + text
        + "</div>" * nest
        + "</body></html>"
    )
    if rng.random() < 0.1:
        page = page[: rng.randrange(1, len(page))]  # cut anywhere
    encoding = rng.choice(["utf-8", "utf-8", "latin-1", "utf-16"])
    data = page.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    header = rng.choice([None, None, rng.choice(CHARSETS)])
    return data, header


# What no output may hold: C0 controls (not newline or tab), DEL, C1, bidi overrides.
TERMINAL_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strict_json(text: str):
    """json.loads that refuses NaN and Infinity."""

    def refuse(constant: str):
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def assert_clean_outputs(doc) -> None:
    """The three formats of ``doc``: strict JSON, and nothing a terminal acts on."""
    from tui_reader.formats import as_json, as_markdown, as_text

    out = as_json(doc)
    strict_json(out)
    for text in (out, as_markdown(doc), as_text(doc)):
        assert not TERMINAL_ACTIVE.search(text.replace("\n", "").replace("\t", ""))
