"""Every page gets a title: the head's, else the first heading, else the first line."""

from __future__ import annotations

import pytest

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


def _title(head_title: str, h1: str = "") -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    page = (
        f"<html><head><title>{head_title}</title></head><body>{heading}{PARA}{PARA}</body></html>"
    )
    return extract_html(page, "p").title


def test_a_title_escaped_twice_reads_as_meant() -> None:
    page = (
        "<html><head><meta property='og:title' content='Gew&amp;#x00E4;chshaus &amp;amp; "
        "Garten'></head><body>" + PARA + "</body></html>"
    )
    assert extract_html(page, "p").title == "Gewächshaus & Garten"


def test_a_dash_inside_a_headline_is_not_a_site_separator() -> None:
    assert _title("Flood in the valley – rain keeps falling on the lower town") == (
        "Flood in the valley – rain keeps falling on the lower town"
    )


def test_short_parts_at_either_end_are_the_site_and_section() -> None:
    assert _title("Valley News | Weather | River rises two metres overnight") == (
        "River rises two metres overnight"
    )
    assert _title("River rises two metres overnight - The Valley Gazette") == (
        "River rises two metres overnight"
    )


def test_a_title_of_short_parts_only_stays_whole() -> None:
    assert _title("BBC - Science - Valley Marshes") == "BBC - Science - Valley Marshes"
    assert _title("Valley Marshes - The Nature Beat") == "Valley Marshes - The Nature Beat"


def test_a_part_that_is_a_host_name_is_the_site() -> None:
    assert _title("Valleygazette.com - River rises two metres overnight") == (
        "River rises two metres overnight"
    )
    assert _title("Rain keeps falling over the valley | www.valley-gazette.co.uk") == (
        "Rain keeps falling over the valley"
    )


def test_a_guess_of_four_words_or_fewer_leaves_the_title_whole() -> None:
    # by its shape alone "Local News" may be the headline or the section: the title says more
    assert _title("Valleygazette.com - Local News") == "Valleygazette.com - Local News"
    assert _title("Valley Gazette Online - Rain falls on Friday - Weather Desk") == (
        "Valley Gazette Online - Rain falls on Friday - Weather Desk"
    )
    # the top heading saying which part is the headline settles it, however short
    assert _title("Pier News - Valley Gazette", h1="Pier News") == "Pier News"


def test_a_dash_between_numbers_is_a_range_not_a_separator() -> None:
    assert _title("Weekly report 14. - 20. January 2022 - Snow Desk") == (
        "Weekly report 14. - 20. January 2022"
    )


def test_a_separator_inside_brackets_does_not_split() -> None:
    assert _title("Only Miss You (Zhi Neng - Jam Hsiao) - Lyrics Site") == (
        "Only Miss You (Zhi Neng - Jam Hsiao)"
    )


def test_the_parts_most_like_the_top_heading_are_the_title() -> None:
    title = "Gazette - Rain keeps falling - River rises two metres overnight - Weather"
    assert _title(title, h1="River rises two metres overnight in the valley") == (
        "River rises two metres overnight"
    )


def test_a_byline_stops_where_the_name_does() -> None:
    assert _byline("<p class='author'>Ana Ruiz (Lisbon)</p>") == "Ana Ruiz"
    assert _byline("<span class='byline'>By Ana Ruiz on 10.29.12</span>") == "Ana Ruiz"
    assert _byline("<div class='byline'>Ana Ruiz on November 8, 2012, 12:43 PM</div>") == (
        "Ana Ruiz"
    )
    assert _byline("<div class='author'>Ana Ruiz Posted to News, Weather</div>") == "Ana Ruiz"


def test_a_comment_form_is_no_byline() -> None:
    assert _byline("<div class='author-box'>Name:Required Email:Required</div>") is None


def test_an_authors_meta_tag_names_the_author() -> None:
    page = f"<html><head><meta name='authors' content=' Ana Ruiz'></head><body>{PARA}</body></html>"
    assert extract_html(page, "p").byline == "Ana Ruiz"


def test_a_link_label_beside_the_author_is_no_byline() -> None:
    assert _byline("<a class='author-link'>View my complete profile</a>") is None
    assert _byline("<span class='author'>Authors</span>") is None
    assert _byline("<span class='byline'>Follow</span>") is None
    assert _byline("<span class='author'>Ana Ruiz</span>") == "Ana Ruiz"


def test_a_printed_by_line_with_no_class_names_the_author() -> None:
    assert _byline("<span class='byl'>By Nick Penrose</span>") == "Nick Penrose"
    assert _byline("<b>By Other Means</b>") is None
    assert _byline("<span class='author'>//</span>") is None


def test_a_top_heading_that_repeats_the_site_name_is_the_banner() -> None:
    head = (
        "<title>Gazette | Harbour board votes to rebuild the old pier</title>"
        "<meta property='og:site_name' content='Gazette'>"
    )
    page = f"<html><head>{head}</head><body><h1>Gazette</h1>{PARA}{PARA}</body></html>"
    assert extract_html(page, "p").title == "Harbour board votes to rebuild the old pier"
    assert _title("Pier News - Valley Gazette", h1="Pier News") == "Pier News"


def _page(title: str, banner: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{banner}{PARA}{PARA}</body></html>"


ARCHIVED_FRONT = "https://web.archive.org/web/20150206075900/http://gazette.example/"


@pytest.mark.parametrize(
    "banner",
    [
        # a heading that is only a link to the front page or a section's
        '<header><h1><a href="/">Gazette</a></h1></header>',
        '<div class="masthead"><h1><a href="https://gazette.example/">Gazette</a></h1></div>',
        '<h1 class="site-title"><a href="https://gazette.example/" rel="home">Gazette</a></h1>',
        '<h1 id="banner-header"><a href="https://blogs.example/gazette/">Gazette</a></h1>',
        # one its template names so, one a link to the front page wraps, one that links to
        # an archive's copy of the front page
        '<h1 id="site-title"><span>Gazette</span></h1>',
        '<a href="https://gazette.example/"><h1><span>Gazette</span></h1></a>',
        f'<div><h1><a href="{ARCHIVED_FRONT}">Gazette</a></h1></div>',
    ],
)
def test_a_heading_that_is_the_site_s_logo_is_not_the_headline(banner: str) -> None:
    title = "Harbour board votes to rebuild the old pier | Notebook | Gazette"
    assert extract_html(_page(title, banner), "p").title == (
        "Harbour board votes to rebuild the old pier"
    )


def test_a_heading_linked_to_the_story_s_own_page_is_the_headline() -> None:
    title = "Pier vote - Gazette - Harbour board votes to rebuild the old pier"
    for link in ('href="/2024/03/pier-vote" rel="bookmark"', 'href="/pier-vote-tonight/"'):
        heading = f"<article><header><h1><a {link}>Pier vote</a></h1></header></article>"
        assert extract_html(_page(title, heading), "p").title == "Pier vote", link


def test_a_page_with_only_its_logo_for_a_heading_is_titled_by_it() -> None:
    page = f'<html><body><header><h1><a href="/">Gazette</a></h1></header>{PARA}</body></html>'
    assert extract_html(page, "p").title == "Gazette"


def test_of_runs_of_parts_as_like_the_heading_the_longer_is_the_title() -> None:
    # the first part alone and the first two share the heading's words equally (Dice 2/3)
    title = "Painting the old pier - with rollers & dyes - Gazette"
    assert _title(title, h1="Painting the old pier with bright new colours") == (
        "Painting the old pier - with rollers & dyes"
    )


def _shared(og_title: str, site: str = "") -> str:
    head = f"<meta property='og:title' content='{og_title}'>"
    if site:
        head += f"<meta property='og:site_name' content='{site}'>"
    page = f"<html><head><title>x</title>{head}</head><body>{PARA}{PARA}</body></html>"
    return extract_html(page, "p").title


def test_a_shared_title_loses_only_the_site_s_own_name_or_host_name() -> None:
    assert _shared("River rises two metres | Valley Gazette", "Valley Gazette") == (
        "River rises two metres"
    )
    assert _shared("Valley Gazette - River rises two metres", "Valley Gazette") == (
        "River rises two metres"
    )
    assert _shared("River rises two metres - www.valley-gazette.de") == ("River rises two metres")
    # a part that is not the site's name is the page's own wording: it stays
    assert _shared("River rises - what it means for the lower town", "Valley Gazette") == (
        "River rises - what it means for the lower town"
    )
    assert _shared("Flood pumps - Riverside Pumps Ltd") == "Flood pumps - Riverside Pumps Ltd"


def test_the_headline_in_a_shared_title_that_keeps_the_site_s_name_leaves_the_body() -> None:
    head = "<meta property='og:title' content='River rises two metres | Flood Desk Weekly'>"
    page = (
        f"<html><head>{head}</head><body><article><h1>River rises two metres</h1>"
        f"{PARA}{PARA}</article></body></html>"
    )
    article = extract_html(page, "p")
    assert article.title == "River rises two metres | Flood Desk Weekly"
    assert not article.text.startswith("River rises two metres")


def test_a_heading_that_is_a_named_anchor_is_the_headline() -> None:
    title = "Pier vote - Gazette - Harbour board votes to rebuild the old pier"
    heading = '<h1><a name="top">Pier vote</a></h1>'
    assert extract_html(_page(title, heading), "p").title == "Pier vote"


def test_the_name_the_site_s_logo_prints_leaves_a_shared_title_long_enough() -> None:
    logo = '<header><h1><a href="/">Flood Desk</a></h1></header>'
    head = "<meta property='og:title' content='River rises two metres overnight | Flood Desk'>"
    page = f"<html><head>{head}</head><body>{logo}{PARA}{PARA}</body></html>"
    assert extract_html(page, "p").title == "River rises two metres overnight"
    # what would be left is too short to be sure it is the headline
    head = "<meta property='og:title' content='Flood Desk - Rain Diary'>"
    page = f"<html><head>{head}</head><body>{logo}{PARA}{PARA}</body></html>"
    assert extract_html(page, "p").title == "Flood Desk - Rain Diary"


def test_a_json_ld_headline_unlike_both_the_title_and_the_heading_is_not_the_title() -> None:
    ld = '<script type="application/ld+json">{"@type": "Article", "headline": "%s"}</script>'
    for headline, expected in (
        ("cms-template", "Harbour board votes to rebuild the old pier"),  # names nothing
        ("Board backs pier rebuild", "Board backs pier rebuild"),  # a headline of its own
    ):
        page = (
            f"<html><head><title>Harbour board votes to rebuild the old pier</title>"
            f"{ld % headline}</head><body><h1>Harbour board votes to rebuild the old pier</h1>"
            f"{PARA}{PARA}</body></html>"
        )
        assert extract_html(page, "p").title == expected, headline
