"""What the analysers do without a parse, as tables of (text, expected): name keys and
forms, number words, the scanner, quotation marks."""

from __future__ import annotations

import pytest

from tui_reader.analyze.entities import key
from tui_reader.analyze.entities.forms import initials, is_acronym, surname
from tui_reader.analyze.figures import scan, word_value
from tui_reader.analyze.quotes import find_quotes
from tui_reader.extract.text import extract_text


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("The U.S.'s", "u s"),
        ("the Harbour Trust", "harbour trust"),
        ("Penrose’s", "penrose"),
        ("  Elowen  Penrose ", "elowen penrose"),
        ("N.H.S.", "n h s"),
    ],
)
def test_key_folds_case_dots_articles_and_possessives(form, expected):
    assert key(form) == expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("PMF", True),
        ("U.S.", True),
        ("MaT", True),
        ("Mat", False),
        ("A", False),
        ("Harbour Trust", False),
        ("NATOPLUS1", False),
    ],
)
def test_is_acronym(form, expected):
    assert is_acronym(form) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Popular Mobilization Forces", "PMF"),
        ("Bank of the West", "BW"),
        ("Kata'ib al-Nujaba Brigades", "KANB"),
    ],
)
def test_initials_skip_small_words(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Haidar al-Abadi", "abadi"),
        ("Elowen Penrose", "penrose"),
        ("Ludwig van Beethoven", "beethoven"),
    ],
)
def test_surname_drops_particles(name, expected):
    assert surname(name) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("twenty-five", 25),
        ("two dozen", 24),
        ("a hundred", 100),
        ("1.2 million", 1_200_000),
        ("three thousand four hundred", 3400),
        ("ninety-nine", 99),
        ("quay", None),
    ],
)
def test_word_value(words, expected):
    assert word_value(words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 36 people", [("at least 36", "count", 36, None)]),
        ("$2.5 billion in cash", [("$2.5 billion", "money", 2_500_000_000, "USD")]),
        ("55 mph winds", [("55 mph", "quantity", 55, "mph")]),
        ("about 2,500 troops", [("about 2,500", "count", 2500, None)]),
        ("up 45% on the year", [("45%", "percent", 45, "%")]),
        ("a 3-2 win", [("3-2", "score", 3, None)]),
        ("the third boat", []),
    ],
)
def test_scan_finds_kind_value_and_unit(text, expected):
    assert [(f.text, f.kind, f.value, f.unit) for f in scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will stay" and left.', ["we will stay"]),
        ("She called it “reckless” twice.", ["reckless"]),
        (
            '"We open here, and the sentence runs on.\n\n"And it closes here," she said.',
            ["We open here, and the sentence runs on.", "And it closes here,"],
        ),
        ("No marks at all.", []),
    ],
)
def test_find_quotes_takes_the_words_inside_the_marks(text, expected):
    article = extract_text(text, "t")
    assert [article.text[q.start : q.end] for q in find_quotes(article)] == expected
