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


def _entities(body: str):
    from tui_reader.analyze import analyze
    from tui_reader.extract.text import extract_text

    return {
        e.name: e.type for e in analyze(extract_text("Harbour Notes\n\n" + body, "t.txt")).entities
    }


def test_a_team_and_a_position_before_a_name_are_not_the_name():
    from spacy.tokens import Span

    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities.mentions import _trim

    doc = nlp.load()("Truro Pilots DL Kit Trevenna was fined on Friday.")
    s, e = _trim(doc, Span(doc, 0, 5, label="PERSON"))
    assert doc[s:e].text == "Kit Trevenna"


def test_a_plural_name_is_not_a_person():
    from spacy.tokens import Span

    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    doc = nlp.load()("The Pilots beat the Gulls and the Seahawks on Sunday.")
    i = next(t.i for t in doc if t.text == "Gulls")
    assert doc[i].tag_ == "NNPS"
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]
    assert [m.label for m in mentions_in(doc, 0) if m.text == "Gulls"] == ["ORG"]


def test_a_full_name_has_no_word_of_places_or_organisations():
    from tui_reader.analyze.entities.forms import full_name_shape

    assert full_name_shape("Novak Trevenna")
    assert not full_name_shape("Moscone Center")
    assert not full_name_shape("NATO")


def test_a_full_name_after_a_possessive_is_a_person():
    ents = _entities("Cornwall’s Morwenna Tregear and Devon’s Kenver Hocking will row on Tuesday.")
    assert ents.get("Morwenna Tregear") == "PERSON", ents


def test_one_country_under_its_several_names_is_one_entity():
    text = "Britain said the UK would act. The United Kingdom then did."
    ents = merge(
        _mentions(text, ("Britain", "PLACE"), ("UK", "PLACE"), ("United Kingdom", "PLACE")),
        text,
    )
    assert len(ents) == 1


def test_a_company_s_short_name_joins_its_name_with_a_suffix():
    text = "The Harbour Ferry Co. said on Monday. Later Ferry said more."
    ents = merge(_mentions(text, ("Harbour Ferry Co.", "ORG"), ("Ferry", "ORG")), text)
    assert len(ents) == 1


def test_a_list_the_model_ran_together_is_two_names():
    from spacy.tokens import Span

    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    doc = nlp.load()("Rivals such as Harbour Streams, Quayside TV and others.")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index("Harbour"), words.index("TV") + 1, label="ORG")]
    assert {m.text for m in mentions_in(doc, 0)} == {"Harbour Streams", "Quayside TV"}


def _mentions_of(sentence: str, spans: list[tuple[str, str, str]]) -> dict[str, str]:
    """The mentions of ``sentence`` when the model tags ``spans`` (first word, last word,
    label)."""
    from spacy.tokens import Span

    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    doc = nlp.load()(sentence)
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(a), words.index(b) + 1, label=label) for a, b, label in spans]
    return {m.text: m.label for m in mentions_in(doc, 0)}


def test_an_institution_of_a_place_is_one_name():
    got = _mentions_of(
        "Economists at the Harbour Reserve Bank of New York agreed.",
        [("Harbour", "Bank", "ORG"), ("New", "York", "GPE")],
    )
    assert got == {"Harbour Reserve Bank of New York": "ORG"}


def test_a_possessive_plural_starts_a_name_it_does_not_split_it():
    got = _mentions_of("The People’s Harbour Army marched.", [("People", "Army", "ORG")])
    assert got == {"People’s Harbour Army": "ORG"}


def test_a_clause_or_a_lowercase_phrase_is_no_name():
    got = _mentions_of(
        "Kit hit Jory before marijuana legalization passed.",
        [("Kit", "Jory", "ORG"), ("marijuana", "legalization", "PERSON")],
    )
    assert got == {}


def test_a_description_in_apposition_types_the_name():
    from tui_reader.analyze.entities.group import Group
    from tui_reader.analyze.entities.votes import context_type

    village = Group()
    village.add(Mention(0, 7, "Trenoon", "ORG", "of", ", a village south of"))
    assert context_type(village) == "PLACE"
    club = Group()
    club.add(Mention(0, 6, "Kernow", "PERSON", "and", ", a group founded by"))
    assert context_type(club) == "ORG"


def test_a_name_ending_in_a_pronoun_word_does_not_take_it_as_an_alias():
    text = "Vice Premier Liu He met the envoy."
    ents = merge(_mentions(text, ("Liu He", "PERSON")), text)
    assert "He" not in ents[0].aliases


def _speaking(text: str, forms, speakers: list[str]):
    from tui_reader.analyze.entities import speakers_are_people

    spans = [(text.rindex(s), text.rindex(s) + len(s), s) for s in speakers]
    return {m.text: m.label for m in speakers_are_people(_mentions(text, *forms), spans, text)}


def test_a_name_that_speaks_under_its_surname_is_a_person():
    text = "Odile Varenne beat Ilse Korpi in three sets. “I was tired,” Varenne said."
    labels = _speaking(
        text,
        [("Odile Varenne", "ORG"), ("Ilse Korpi", "PERSON"), ("Varenne", "WORK")],
        ["Varenne"],
    )
    assert labels == {"Odile Varenne": "PERSON", "Ilse Korpi": "PERSON", "Varenne": "PERSON"}


def test_an_organisation_that_speaks_stays_one():
    # not named again by its last word; a one-word speaker the model calls an organisation
    text = "The United Nations said aid was blocked. Thomson Reuters said so too. Reuters said."
    labels = _speaking(
        text,
        [("United Nations", "ORG"), ("Thomson Reuters", "ORG"), ("Reuters", "ORG")],
        ["United Nations", "Thomson Reuters", "Reuters"],
    )
    assert set(labels.values()) == {"ORG"}


def test_a_name_that_never_speaks_keeps_the_model_s_type():
    text = "Odile Varenne opened a bakery. Varenne is on the corner of the square."
    labels = _speaking(text, [("Odile Varenne", "ORG"), ("Varenne", "ORG")], [])
    assert labels["Odile Varenne"] == "ORG"


def _typed(text: str, forms, listed):
    """Entities of ``forms`` (form, model label) where each form is listed with ``listed``
    [(label, name), ...] as the parse coordinated them."""
    from dataclasses import replace

    ms = [replace(m, listed_with=tuple(listed.get(m.text, ()))) for m in _mentions(text, *forms)]
    return {e.name: e.type for e in merge(ms, text)}


def test_a_name_in_a_list_of_two_or_more_of_a_kind_is_of_that_kind():
    text = "It bought Penwith Media, Lowenna and Kernow Digital."
    types = _typed(
        text,
        [("Penwith Media", "ORG"), ("Lowenna", "PLACE"), ("Kernow Digital", "ORG")],
        {"Lowenna": [("ORG", "Penwith Media"), ("ORG", "Kernow Digital")]},
    )
    assert types["Lowenna"] == "ORG"


def test_a_full_name_listed_with_a_person_is_a_person():
    text = "Then Morvah Trevenna and Ebrel Nance won the doubles."
    types = _typed(
        text,
        [("Morvah Trevenna", "WORK"), ("Ebrel Nance", "PERSON")],
        {"Morvah Trevenna": [("PERSON", "Ebrel Nance")]},
    )
    assert types["Morvah Trevenna"] == "PERSON"


def test_a_mixed_list_of_one_each_does_not_vote():
    # "investigate Burisma and the Bidens": a company and a family in one breath
    text = "He asked them to investigate Penwithco and Jory Pascoe."
    types = _typed(
        text,
        [("Penwithco", "ORG"), ("Jory Pascoe", "PERSON")],
        {"Penwithco": [("PERSON", "Jory Pascoe")], "Jory Pascoe": [("ORG", "Penwithco")]},
    )
    assert types == {"Penwithco": "ORG", "Jory Pascoe": "PERSON"}


def test_the_parse_says_which_names_are_listed_together():
    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    doc = nlp.load()("Barack Obama and Angela Merkel met in Berlin on Sunday.")
    listed = {m.text: m.listed_with for m in mentions_in(doc, 0)}
    pair = set(listed["Barack Obama"]) | set(listed["Angela Merkel"])
    assert pair & {("PERSON", "Angela Merkel"), ("PERSON", "Barack Obama")}
    assert listed["Berlin"] == ()


def test_a_first_name_the_model_called_a_preposition_stays_in_the_name():
    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    # the small model tags "Barack" opening a sentence as a preposition
    doc = nlp.load()("Barack Obama and Angela Merkel met in Berlin on Sunday.")
    assert "Barack Obama" in {m.text for m in mentions_in(doc, 0)}


def test_a_day_before_a_name_is_not_its_first_name():
    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    doc = nlp.load()("On Sunday Barack Obama and Angela Merkel met in Berlin.")
    names = {m.text for m in mentions_in(doc, 0)}
    assert "Barack Obama" in names and not any("Sunday" in n for n in names)


def test_a_name_after_an_area_of_is_a_place():
    text = "Fighting went on in the Pengarth area of Lowenna, officials said."
    at = text.index("Lowenna")
    m = Mention(at, at + 7, "Lowenna", "ORG", before="the pengarth area of")
    assert merge([m], text)[0].type == "PLACE"
    m = Mention(at, at + 7, "Lowenna", "ORG", before="the pengarth area said")
    assert merge([m], text)[0].type == "ORG"


def test_a_place_after_a_preposition_is_not_a_first_name():
    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities import mentions_in

    doc = nlp.load()("China’s ambassador to Britain Liu Xiaming has said that China has the power.")
    names = {m.text: m.label for m in mentions_in(doc, 0)}
    assert names.get("Liu Xiaming") == "PERSON"
    assert names.get("Britain") == "PLACE"


def test_a_competition_is_an_event_whatever_the_model_said():
    text = "Spain won the Harbour Cup. Lowenna Vell won the Harbour Cup twice."
    ms = _mentions(
        text, ("Harbour Cup", "PERSON"), ("Lowenna Vell", "PERSON"), ("Harbour Cup", "PERSON")
    )
    types = {e.name: e.type for e in merge(ms, text)}
    assert types == {"Harbour Cup": "EVENT", "Lowenna Vell": "PERSON"}


def test_a_name_described_as_what_only_a_person_is_is_a_person():
    text = "Jory Pascoe, a trade professor at Penryn, said the pier was sound."
    m = Mention(0, 11, "Jory Pascoe", "ORG", after=", a trade professor at penryn")
    assert merge([m], text)[0].type == "PERSON"
    m = Mention(0, 11, "Jory Pascoe", "ORG", after=", a 45-year-old from penryn")
    assert merge([m], text)[0].type == "PERSON"
    m = Mention(0, 11, "Jory Pascoe", "ORG", after=", a leader in widgets")
    assert merge([m], text)[0].type == "ORG"


def test_a_one_word_name_before_a_kind_of_business_is_where_it_is_based():
    text = "Problems hit the Penryn entertainment giant last week."
    at = text.index("Penryn")
    m = Mention(
        at, at + 6, "Penryn", "ORG", before="problems hit the", after="entertainment giant last"
    )
    assert merge([m], text)[0].type == "PLACE"
    m = Mention(
        at, at + 6, "Penryn", "ORG", before="problems hit the", after="entertainment news last"
    )
    assert merge([m], text)[0].type == "ORG"


def test_a_name_glossed_in_brackets_is_one_entity_of_the_names_type():
    text = 'The final was played at the "Palau Verdenc" (Green Palace) arena in Girona.'
    ents = merge(
        _mentions(
            text,
            ("Palau Verdenc", "EVENT"),
            ("Green Palace", "PERSON"),
            ("Girona", "PLACE"),
        ),
        text,
    )
    palace = next(e for e in ents if e.name == "Palau Verdenc")
    assert palace.aliases == ("Green Palace",)
    assert palace.type != "PERSON"
    assert len(ents) == 2


def test_a_bracketed_place_organisation_or_role_is_not_a_gloss():
    text = (
        "OSLO (Nordlys Press Agency) - Rain fell. Tarn Welby (Harbour Authority Chairman) "
        "spoke in Bergen (Norway)."
    )
    ents = merge(
        _mentions(
            text,
            ("OSLO", "PLACE"),
            ("Nordlys Press Agency", "ORG"),
            ("Tarn Welby", "PERSON"),
            ("Harbour Authority Chairman", "ORG"),
            ("Bergen", "PLACE"),
            ("Norway", "PLACE"),
        ),
        text,
    )
    bracketed = {"OSLO", "Nordlys Press Agency", "Harbour Authority Chairman", "Norway"}
    assert not any(bracketed & set(e.aliases) for e in ents)
    assert len(ents) == 6


def _entities_of(body: str):
    from tui_reader.analyze import analyze
    from tui_reader.extract.text import extract_text

    return analyze(extract_text(body, "t.txt")).entities


def test_team_nicknames_are_organisations_and_a_city_before_a_position_is_its_team():
    ents = _entities_of(
        "Derby Day\n\n"
        "The Bengals beat the Ravens 24-20 on Sunday. Cincinnati quarterback Dorian Vale "
        "threw two touchdowns, and Baltimore coach Hal Brisco said his side had tired. "
        "The teams meet again in Baltimore next month. The Ravens have lost three straight."
    )
    by_name = {e.name: e for e in ents}
    assert by_name["Bengals"].type == "ORG"
    assert by_name["Ravens"].type == "ORG"
    assert "Cincinnati" in by_name["Bengals"].aliases
    assert "Baltimore" in by_name["Ravens"].aliases
    assert by_name["Baltimore"].type == "PLACE"  # "in Baltimore": the city itself


def test_one_nickname_alone_is_left_to_the_model():
    ents = _entities_of(
        "Capitol Notes\n\n"
        "Senator Mara Quill met Pittsburgh Mayor Tom Brede on Monday. The mayor of "
        "Pittsburgh said the Steelers stadium deal was not on the agenda."
    )
    places = {e.name for e in ents if e.type == "PLACE"}
    assert "Pittsburgh" in places  # a city before a title is the city


def test_a_family_called_by_its_plural_surname_joins_that_person():
    text = "Tamsin Penhallow sailed. The Penhallows left early. Penhallows Yard paid."
    family = text.index("Penhallows")
    firm = text.index("Penhallows Yard")
    ents = merge(
        [
            Mention(0, 16, "Tamsin Penhallow", "PERSON"),
            Mention(family, family + 10, "Penhallows", "ORG", "sailed . the"),
            Mention(firm, firm + 15, "Penhallows Yard", "ORG", "left early ."),
        ],
        text,
    )
    by_name = {e.name: e for e in ents}
    assert "Penhallows" in by_name["Tamsin Penhallow"].aliases
    assert by_name["Penhallows Yard"].type == "ORG"  # a name, not "the" family


def test_a_people_named_in_the_singular_and_the_plural_is_one_entity():
    text = "The Kernow vote was close. Many Kernows stayed home."
    ents = merge(
        [
            Mention(text.index("Kernow"), text.index("Kernow") + 6, "Kernow", "NORP"),
            Mention(text.index("Kernows"), text.index("Kernows") + 7, "Kernows", "NORP"),
        ],
        text,
    )
    assert len(ents) == 1
    # people keep their names apart: "Adam" is not "Adams"
    text = "Tamsin Adam spoke. John Adams did not. Adam left; Adams stayed."
    people = merge(
        _mentions(
            text,
            ("Tamsin Adam", "PERSON"),
            ("John Adams", "PERSON"),
            ("Adam", "PERSON"),
            ("Adams", "PERSON"),
        ),
        text,
    )
    assert len(people) == 2


def test_an_acronym_before_its_long_form_in_brackets_is_one_entity():
    text = "The board backs KHT (Kelsby Harbour Trust) fully. KHT met on Monday."
    ents = merge(_mentions(text, ("KHT", "ORG"), ("KHT", "ORG")), text)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("Kelsby Harbour Trust", ["KHT"])]


def test_a_plural_acronym_joins_its_long_form():
    text = "She sang at the Kelsby Harbour Awards. The KHAs ran late."
    ents = merge(
        _mentions(text, ("Kelsby Harbour Awards", "ORG"), ("KHAs", "ORG")),
        text,
    )
    assert len(ents) == 1


def test_who_follows_a_person_and_which_a_thing():
    text = "Tamsin, who sails the ferry, and Penwith, which runs it, met Jory Pascoe."
    tamsin = Mention(0, 6, "Tamsin", "ORG", after=", who sails the")
    penwith = Mention(33, 40, "Penwith", "PERSON", after=", which runs it")
    merged = {e.name: e.type for e in merge([tamsin, penwith], text)}
    assert merged == {"Tamsin": "PERSON", "Penwith": "ORG"}
    # a group's name takes "who" too, and an acronym is no person
    forces = Mention(0, 14, "Harbour Forces", "ORG", after=", who have said")
    rnli = Mention(0, 4, "RNLI", "ORG", after=", who rescued him")
    assert {e.type for e in merge([forces], text)} == {"ORG"}
    assert {e.type for e in merge([rnli], text)} == {"ORG"}


def test_the_subject_of_a_verb_on_his_or_her_own_thing_is_a_person():
    text = "Pascoe launched his campaign in Penzance."
    m = Mention(0, 6, "Pascoe", "ORG", owns=True)
    assert merge([m], text)[0].type == "PERSON"
    m = Mention(0, 6, "Pascoe", "ORG")
    assert merge([m], text)[0].type == "ORG"


def test_the_parse_says_who_acts_on_his_or_her_own_thing():
    from tui_reader.analyze import nlp
    from tui_reader.analyze.entities.mentions import mentions_in

    text = "Jory Pascoe launched his campaign on Tuesday. The Harbour Board fined Pascoe."
    (chunk,) = nlp.parse(text)
    owns = {m.text: m.owns for m in mentions_in(chunk.doc, 0)}
    assert owns.get("Jory Pascoe") is True
    assert owns.get("Harbour Board") is False


def test_a_chief_executive_s_title_is_not_part_of_the_name():
    from tui_reader.analyze import analyze
    from tui_reader.extract.text import extract_text

    body = (
        "Harbour Notes\n\n"
        "He is seen as a successor to Kernow Ferries Chief Executive Jory Pascoe, who "
        "joined in 2005. Chief Financial Officer Tamsin Vell said the books were sound."
    )
    people = {e.name for e in analyze(extract_text(body, "t.txt")).entities if e.type == "PERSON"}
    assert "Jory Pascoe" in people
    assert not any(name.startswith(("Executive", "Financial", "Officer")) for name in people)
