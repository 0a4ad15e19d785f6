"""Merging forms of one name into one entity, on mentions we write."""

from __future__ import annotations

from tui_reader.analyze.entities import Mention, merge
from tui_reader.analyze.entities.forms import surname


def _mentions(text: str, *forms: tuple[str, str]) -> list[Mention]:
    out, at = [], 0
    for form, label in forms:
        at = text.index(form, at)
        out.append(Mention(at, at + len(form), form, label))
        at += len(form)
    return out


def test_a_generational_suffix_is_not_the_surname():
    assert surname("Tobias Q. Penhallow Jr.") == "penhallow"
    assert surname("Tobias Penhallow III") == "penhallow"
    assert surname("Jr.") == "jr."


def test_a_surname_joins_a_full_name_that_ends_in_jr():
    text = "Tobias Q. Penhallow Jr. was charged. Penhallow denied it."
    ents = merge(
        _mentions(text, ("Tobias Q. Penhallow Jr.", "PERSON"), ("Penhallow", "PERSON")), text
    )
    assert len(ents) == 1
    assert "Jr." not in ents[0].aliases


def test_a_person_surname_joins_a_full_name_the_model_called_something_else():
    text = "Kit Trevenna threw twice. Later Trevenna threw again and Trevenna scored."
    ents = merge(
        _mentions(text, ("Kit Trevenna", "ORG"), ("Trevenna", "PERSON"), ("Trevenna", "PERSON")),
        text,
    )
    assert len(ents) == 1
    assert ents[0].type == "PERSON"


def test_an_organisation_named_for_a_family_keeps_its_words():
    text = "Penhallow Shipping Board met. Penhallow said the fleet was sold."
    ents = merge(
        _mentions(text, ("Penhallow Shipping Board", "ORG"), ("Penhallow", "PERSON")), text
    )
    assert {e.name for e in ents} == {"Penhallow Shipping Board", "Penhallow"}


def test_a_name_does_not_end_in_a_score_or_a_function_word():
    from spacy.tokens import Span

    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities.mentions import _trim

    doc = nlp.load()("Trevenna cruised past Jory Uchida 6-2 and the Rowing Association that won.")
    words = [t.text for t in doc]

    def trimmed(first: str, last: str, label: str) -> str:
        span = Span(doc, words.index(first), len(words) - words[::-1].index(last), label=label)
        s, e = _trim(doc, span)
        return doc[s:e].text

    assert trimmed("Jory", "2", "PERSON") == "Jory Uchida"
    assert trimmed("Rowing", "that", "ORG") == "Rowing Association"
