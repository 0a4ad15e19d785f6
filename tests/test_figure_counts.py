"""What a figure counts, on sentences we write: money counts what it is, buys or is worth; a
percent what it is a share of or what changed by it; a bare count the noun that holds it."""

from __future__ import annotations

import pytest

from tui_reader.analyze import analyze
from tui_reader.extract.text import extract_text


def counts_of(sentence: str, text: str) -> str | None:
    article = extract_text("Headline\n\n" + sentence, "test.txt")
    found = [f for f in analyze(article).figures if f.text == text]
    assert found, f"no figure {text!r}"
    return found[0].counts


@pytest.mark.parametrize(
    ("sentence", "text", "counts"),
    [
        ("The trust holds $4 million in emergency savings.", "$4 million", "savings"),
        ("The ferry line received $12 million worth of new boats.", "$12 million", "boats"),
        ("Diesel sold for $5 a gallon at the harbour.", "$5", "gallon"),
        ("She was handed a $10,000 penalty by the board.", "$10,000", "penalty"),
        ("The board imposed a fine of $10,000 on the club.", "$10,000", "fine"),
        ("The mill spent $8 million on new looms and kilns.", "$8 million", "looms"),
        ("The union gave $300,000 toward the mayor's campaign.", "$300,000", "campaign"),
        ("Only 30% of tenants renewed their leases.", "Only 30%", "tenants"),
        ("Ministers announced a 12 percent levy on sugar.", "12 percent", "levy"),
        ("Bus fares rose by 8 percent last spring.", "8 percent", "fares"),
        ("Rents climbed from 3 percent to 5 percent over the year.", "5 percent", "rents"),
        ("The council cut library funding by 4% this year.", "4%", "funding"),
        ("The crowd has grown and is now put at about 6,000.", "about 6,000", "crowd"),
        ("The lifeboat crew pulled 14 more sailors from the water.", "14", "sailors"),
        ("Volunteers aged 60 or older joined the count.", "60", "volunteers"),
        ("Pupils aged between 11 and 14-years-old took the test.", "11", "pupils"),
    ],
)
def test_what_a_figure_counts(sentence, text, counts):
    got = counts_of(sentence, text)
    assert got and counts in got.lower(), got


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The charity raised $5 million in 2019.", "$5 million"),
        ("The chain earned $2 billion in Texas last year.", "$2 billion"),
        ("The firm paid $3 million on Monday.", "$3 million"),
        ("Shares fell 2% in March.", "2%"),
    ],
)
def test_times_and_places_are_not_what_money_counts(sentence, text):
    got = counts_of(sentence, text)
    assert not got or got.lower() not in ("2019", "texas", "monday", "march"), got


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind"),
    [
        ("Morwenna Tregear, 61, of Penzance, won the race.", "61", 61, "age"),
        ("Just over half of the crews finished.", "Just over half", 0.5, "other"),
        ("Nearly half said they would sail again.", "Nearly half", 0.5, "other"),
        (
            "The fund could grow to much more than $3 million.",
            "much more than $3 million",
            3e6,
            "money",
        ),
        ("He carried a .22-caliber rifle.", ".22-caliber", 0.22, "count"),
    ],
)
def test_figures_in_news_shapes(sentence, text, value, kind):
    article = extract_text("Headline\n\n" + sentence, "test.txt")
    found = [f for f in analyze(article).figures if f.text == text]
    assert found, [f.text for f in analyze(article).figures]
    assert found[0].kind == kind
    assert found[0].value == pytest.approx(value)


def test_half_without_a_qualifier_is_no_figure():
    article = extract_text("Headline\n\nThey cut the rope in half at half-time.", "test.txt")
    assert not analyze(article).figures


def test_what_a_figure_counts_leaves_out_the_figure_s_own_words():
    assert counts_of("Ministers announced a 12 percent levy on sugar.", "12 percent") == "levy"


def test_a_hyphenated_measure_counts_its_unit_and_the_noun_it_shapes():
    sentence = "The van has a 2-liter four-cylinder engine and a two-goal lead."
    assert counts_of(sentence, "2-liter") == "liter engine"
    assert counts_of(sentence, "four-cylinder") == "cylinder engine"


def test_the_two_who_act_are_counted_a_day_or_two_is_not():
    article = extract_text(
        "Headline\n\nPascoe shoved Carne when the two were on the quay. "
        "The ferry waited a day or two.",
        "test.txt",
    )
    figures = [f.text for f in analyze(article).figures]
    assert figures == ["two"]


@pytest.mark.parametrize(
    ("sentence", "text", "counts"),
    [
        (
            "Of the 900 harbour users surveyed, 61 percent were islanders and 12 percent were "
            "visitors.",
            "12 percent",
            "harbour users",
        ),
        ("Of the three candidates, Pascoe won 45 percent on Sunday.", "45 percent", None),
        ("Kelsby's $4.50-a-day parking pass sold out.", "$4.50", "day"),
    ],
)
def test_a_share_of_a_whole_named_first_and_a_price_per_unit(sentence, text, counts):
    assert counts_of(sentence, text) == counts


def test_half_of_a_group_is_a_figure_the_second_half_of_a_game_is_not():
    article = extract_text(
        "Headline\n\nHalf of the ferry crews stayed home. "
        "In the second half of the game Kelsby scored.",
        "test.txt",
    )
    figures = [(f.text, f.counts) for f in analyze(article).figures]
    assert figures == [("Half", "ferry crews")]


@pytest.mark.parametrize(
    ("sentence", "text", "counts"),
    [
        ("Several hundred islanders marched to the quay.", "Several hundred", "islanders"),
        ("Fewer than two dozen ferries sailed on Monday.", "Fewer than two dozen", "ferries"),
    ],
)
def test_several_hundred_and_a_qualified_dozen_are_counts(sentence, text, counts):
    assert counts_of(sentence, text) == counts


def test_a_hyphenated_fraction_counts_what_it_is_a_share_of():
    article = extract_text("Headline\n\nThree-quarters of the ferry crews quit.", "test.txt")
    (figure,) = analyze(article).figures
    assert (figure.text, figure.counts, figure.value) == ("Three-quarters", "ferry crews", 0.75)
