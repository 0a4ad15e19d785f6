from dataclasses import replace

from tui_reader.model import (
    Analysis,
    Article,
    Block,
    Entity,
    Figure,
    Link,
    Quote,
    from_json,
    to_json,
)


def _doc():
    text = 'Ana Ruiz said "yes" to 40 boats.\n\nMore.'
    article = Article(
        source="x.html",
        text=text,
        title="T",
        url="https://e.example/a",
        byline="B",
        site="S",
        published="2025-01-02",
        blocks=(Block("paragraph", 0, 32), Block("heading", 34, 39, 2)),
        links=(Link("Ana Ruiz", "https://e.example/ana", 0, 8),),
    )
    analysis = Analysis(
        entities=(Entity("e1", "Ana Ruiz", "PERSON", ("Ruiz",), ((0, 8),)),),
        quotes=(Quote("q1", "yes", 15, 18, "partial", "Ana Ruiz", "e1", "said"),),
        figures=(Figure("f1", "40", 23, 25, 40, None, "count", "boats"),),
    )
    return article, analysis


def test_json_has_exactly_the_schema_1_keys():
    article, analysis = _doc()
    d = to_json(article, analysis)
    assert list(d) == [
        "schema",
        "source",
        "url",
        "title",
        "byline",
        "site",
        "published",
        "language",
        "text",
        "blocks",
        "links",
        "entities",
        "quotes",
        "figures",
    ]
    assert d["schema"] == 1
    assert list(to_json(replace(article, note="page text"), analysis))[-1] == "note"
    assert d["blocks"][1] == {"kind": "heading", "start": 34, "end": 39, "level": 2}
    assert d["entities"][0] == {
        "id": "e1",
        "name": "Ana Ruiz",
        "type": "PERSON",
        "aliases": ["Ruiz"],
        "mentions": [[0, 8]],
    }
    assert set(d["quotes"][0]) == {
        "id",
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_id",
        "cue",
    }
    assert set(d["figures"][0]) == {"id", "text", "start", "end", "value", "unit", "kind", "counts"}


def test_json_round_trips():
    article, analysis = _doc()
    back = from_json(to_json(article, analysis))
    assert back.article == article
    assert back.analysis.entities == analysis.entities
    assert back.analysis.quotes == analysis.quotes
    assert back.analysis.figures == analysis.figures


def test_spans_index_the_text():
    article, analysis = _doc()
    assert article.text[analysis.quotes[0].start : analysis.quotes[0].end] == "yes"
    assert article.block_text(article.blocks[1]) == "More."
