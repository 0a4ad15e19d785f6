"""Every page gets a title: the head's, else the first heading, else the first line."""

from __future__ import annotations

from tui_reader.extract.html import extract_html

PARA = (
    "<p>The river rose two metres overnight and the lower town was cleared before dawn, "
    "officials said, as rain kept falling across the valley.</p>"
)


def test_the_head_title_wins() -> None:
    html = f"<html><head><title>Flood in the valley</title></head><body>{PARA}</body></html>"
    assert extract_html(html, "p").title == "Flood in the valley"


def test_a_page_without_a_head_title_takes_its_first_top_heading() -> None:
    html = f"<html><body><h1>River rises two metres</h1>{PARA}{PARA}</body></html>"
    assert extract_html(html, "p").title == "River rises two metres"


def test_a_page_without_any_heading_takes_its_first_line_cut_short() -> None:
    article = extract_html(f"<html><body>{PARA}</body></html>", "p")
    assert article.title == "The river rose two metres overnight and the lower town was cleared…"


def test_a_short_first_line_is_not_cut() -> None:
    article = extract_html("<html><body><p>Closed for the holidays.</p></body></html>", "p")
    assert article.title == "Closed for the holidays."


def _byline(body: str) -> str | None:
    return extract_html(f"<html><body>{body}{PARA}{PARA}</body></html>", "p").byline


def test_a_byline_from_the_page_when_the_head_names_no_author() -> None:
    assert _byline("<span itemprop='author'><span itemprop='name'>Ana Ruiz</span></span>") == (
        "Ana Ruiz"
    )
    assert _byline("<a rel='author' href='/staff/ana'>Ana Ruiz</a>") == "Ana Ruiz"
    assert _byline("<div class='byline'>By Ana Ruiz</div>") == "Ana Ruiz"


def test_an_author_box_holding_a_biography_is_no_byline() -> None:
    bio = "Ana Ruiz has covered the valley for the paper since 2009 and lives in the lower town."
    assert _byline(f"<div itemprop='author'>{bio}</div>") is None
