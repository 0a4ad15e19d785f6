"""A story's lead printed in its header joins the body readability found."""

from __future__ import annotations

from tui_reader.extract.html import extract_html

BODY = "".join(
    f"<p>The harbour board met on Monday {n} to hear why the ferry had missed so many winter "
    "crossings, and what the pilots had told the board about the tides and the fog.</p>"
    for n in range(6)
)
LEAD = "Islanders say the missed crossings cost them hospital visits and a winter's trade."


def _page(header_lead: str, after: str = "") -> str:
    return (
        "<html><head><title>Ferry inquiry</title></head><body><main><article>"
        f'<header class="entry-header"><h1>Ferry inquiry opens</h1>{header_lead}</header>'
        f'<div class="entry-content">{BODY}</div>{after}</article></main></body></html>'
    )


def test_a_lead_in_the_article_header_opens_the_body() -> None:
    text = extract_html(_page(f'<p class="standfirst">{LEAD}</p>'), "p").text
    assert text.startswith(LEAD)
    assert text.count("winter's trade") == 1


def test_a_lead_named_in_other_languages_words_is_found_too() -> None:
    for name in ("chapo", "einleitung", "article__dek", "article__abstract"):
        text = extract_html(_page(f'<div class="{name}">{LEAD}</div>'), "p").text
        assert text.startswith(LEAD), name


def test_a_second_headline_without_a_stop_is_not_a_lead() -> None:
    deck = "Agency's quest is a marathon effort for the island"
    text = extract_html(_page(f'<p class="subtitle">{deck}</p>'), "p").text
    assert deck not in text


def test_a_lead_box_after_the_body_is_not_its_lead() -> None:
    text = extract_html(_page("", after=f'<p class="intro">{LEAD}</p>'), "p").text
    assert not text.startswith(LEAD)


def test_a_linked_teaser_named_lead_is_not_a_lead() -> None:
    teaser = f'<p class="lead"><a href="/other">{LEAD}</a></p>'
    text = extract_html(_page(teaser), "p").text
    assert "winter's trade" not in text
