"""One identity per person or organisation across articles, namesakes kept apart."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tui_reader.library import open_library
from tui_reader.model import Analysis, Article, Entity, Fetched, Quote
from tui_reader.people import form_key, person_parts, same_first


def test_titles_and_suffixes_are_not_names() -> None:
    assert person_parts("President Donald J. Trump") == ("donald", "trump")
    assert person_parts("Mr. Trump") == ("", "trump")
    assert person_parts("Dr. Anthony Fauci Jr.") == ("anthony", "fauci")


def test_nicknames_and_initials_are_one_given_name() -> None:
    assert same_first("Tim", "Timothy") and same_first("Liz", "Elizabeth")
    assert same_first("Bill", "William") and same_first("J.", "Joe")
    assert not same_first("Joe", "Hunter") and not same_first("Kevin", "Marissa")


def test_organisations_with_and_without_the_or_a_suffix() -> None:
    assert form_key("ORG", "The New York Times") == form_key("ORG", "New York Times")
    assert form_key("ORG", "Apple Inc.") == form_key("ORG", "Apple")
    assert form_key("ORG", "Goldman Sachs Group, Inc.") == "goldman sachs"


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path)
    yield library
    library.close()


def _keep(lib, n: int, entities: list[Entity], quotes: list[Quote] = ()) -> int:
    text = f"Article {n}. " * 20
    source = f"https://news.example/{n}"
    fetched = Fetched(source, text.encode(), "html", url=source)
    article = Article(source, text, title=f"Story {n}", url=source, site="News")
    return lib.save(fetched, article, Analysis(tuple(entities), tuple(quotes)))


def _person(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(eid, name, "PERSON", aliases, ((0, 5),))


def _said(qid: str, text: str, speaker: str, eid: str) -> Quote:
    return Quote(qid, text, 10, 10 + len(text), "direct", speaker, eid)


def _ids(lib, name: str) -> list[int]:
    return lib.identities_named(name)


def test_title_forms_and_a_bare_surname_are_one_person(lib):
    _keep(lib, 1, [_person("e1", "Donald Trump", "President Trump", "Trump")])
    _keep(lib, 2, [_person("e1", "Mr. Trump")])
    _keep(lib, 3, [_person("e1", "Trump")])
    people = [p for p in lib.people("PERSON") if "Trump" in p.name]
    assert len(people) == 1
    assert people[0].name == "Donald Trump" and people[0].articles == 3
    assert {"President Trump", "Mr. Trump", "Trump"} <= set(people[0].aliases)


def test_a_nickname_is_the_same_man_and_his_quotes_are_found_under_either(lib):
    _keep(lib, 1, [_person("e1", "Tim Morrison")], [_said("q1", "My fears", "Tim Morrison", "e1")])
    _keep(
        lib,
        2,
        [_person("e1", "Timothy Morrison", "Morrison")],
        [_said("q1", "Not some channel", "Morrison", "e1")],
    )
    assert len(_ids(lib, "Timothy Morrison")) == 1
    said = lib.quotes_of(_ids(lib, "Tim Morrison"))
    assert sorted(q.text for q in said) == ["My fears", "Not some channel"]


def test_namesakes_stay_apart(lib):
    _keep(lib, 1, [_person("e1", "Joe Biden"), _person("e2", "Hunter Biden")])
    _keep(lib, 2, [_person("e1", "Kevin Mayer")])
    _keep(lib, 3, [_person("e1", "Marissa Mayer")])
    _keep(lib, 4, [_person("e1", "Biden")])  # two Bidens known: this one is not guessed
    names = sorted(p.name for p in lib.people("PERSON"))
    assert names == ["Biden", "Hunter Biden", "Joe Biden", "Kevin Mayer", "Marissa Mayer"]


def test_organisations_join_by_any_form_of_their_name(lib):
    _keep(lib, 1, [Entity("e1", "Royal National Lifeboat Institution", "ORG", ("RNLI",))])
    _keep(lib, 2, [Entity("e1", "The RNLI", "ORG")])
    _keep(lib, 3, [Entity("e1", "Apple Inc.", "ORG"), Entity("e2", "Apple", "ORG")])
    orgs = {p.name: p.articles for p in lib.people("ORG")}
    assert orgs == {"Royal National Lifeboat Institution": 2, "Apple Inc.": 1}


def test_a_library_from_before_identities_is_linked_on_opening(tmp_path):
    library = open_library(tmp_path)
    _keep(
        library, 1, [_person("e1", "Ana Ruiz")], [_said("q1", "We will rebuild", "Ana Ruiz", "e1")]
    )
    path = library.path
    library.close()
    db = sqlite3.connect(path)
    db.executescript(
        "UPDATE entities SET identity_id = NULL; UPDATE quotes SET identity_id = NULL;"
        "DELETE FROM identity_forms; DELETE FROM identities;"
    )
    db.commit()
    db.close()
    again = open_library(tmp_path)
    try:
        assert [p.name for p in again.people()] == ["Ana Ruiz"]
        assert [q.text for q in again.quotes_of(again.identities_named("Ruiz"))] == [
            "We will rebuild"
        ]
    finally:
        again.close()


def test_cli_people_and_quotes(run_cli, tmp_path):
    home = tmp_path / "home"
    library = open_library(home)
    _keep(
        library, 1, [_person("e1", "Tim Morrison")], [_said("q1", "My fears", "Tim Morrison", "e1")]
    )
    _keep(library, 2, [_person("e1", "Timothy Morrison")], [_said("q1", "Again", "Morrison", "e1")])
    library.close()
    r = run_cli("library", "people", "--type", "person", "--format", "json")
    row = json.loads(r.out)
    assert set(row) == {"id", "name", "type", "aliases", "articles", "quotes"}
    assert (row["articles"], row["quotes"]) == (2, 2)
    r = run_cli("library", "quotes", "--speaker", "Tim Morrison")
    assert r.code == 0 and "My fears" in r.out and "Again" in r.out
    r = run_cli("library", "quotes", "--speaker", "Nobody Here")
    assert r.code == 1 and "nobody called" in r.err


def test_an_article_that_names_two_identities_as_one_merges_them(lib):
    _keep(lib, 1, [Entity("e1", "US", "PLACE")])
    _keep(lib, 2, [Entity("e1", "United States", "PLACE")])
    _keep(lib, 3, [Entity("e1", "United States", "PLACE", ("U.S.",))])
    places = {p.name: p.articles for p in lib.people("PLACE")}
    assert places == {"United States": 3}


def test_a_merge_and_a_split_by_the_reader_survive_re_analysis(lib):
    a1 = _keep(lib, 1, [_person("e1", "Kevin Mayer")])
    a2 = _keep(lib, 2, [_person("e1", "K. Mayer")])  # an initial: the same man, by rule
    a3 = _keep(lib, 3, [_person("e1", "Mayer")])
    by_name = {p.name: p.id for p in lib.people("PERSON")}
    assert len(by_name) == 1  # one Mayer known: all three joined
    mayer = by_name["Kevin Mayer"]
    # the reader knows the bare "Mayer" is someone else
    other = lib.split_identity(mayer, "Mayer")
    assert other is not None and len(lib.people("PERSON")) == 2
    # and that "K. Mayer" was a different Mayer too, the same as that one
    k = lib.split_identity(mayer, "K. Mayer")
    lib.merge_identities(other, k)
    assert sorted(p.articles for p in lib.people("PERSON")) == [1, 2]
    # re-analysis links again: the reader's word stands
    for article_id, name in ((a1, "Kevin Mayer"), (a2, "K. Mayer"), (a3, "Mayer")):
        lib.save_analysis(article_id, Analysis((_person("e1", name),)))
    people = {p.name: p.articles for p in lib.people("PERSON")}
    assert people.pop("Kevin Mayer") == 1
    assert list(people.values()) == [2]  # "K. Mayer" and "Mayer", one other man
