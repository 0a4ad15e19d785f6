"""Byline and publication date on pages we write."""

from __future__ import annotations

from tui_reader.extract.html import extract_html

BODY = "<p>The harbour board said the pier would reopen in May after repairs to its deck.</p>" * 6


def page(head: str = "", before: str = "") -> bytes:
    return (
        f"<html><head><title>Pier to reopen</title>{head}</head><body><article>"
        f"<h1>Pier to reopen</h1>{before}{BODY}</article></body></html>"
    ).encode()


def test_a_utc_timestamp_past_midnight_takes_the_day_in_the_address():
    head = '<meta property="article:published_time" content="2024-03-06T02:10:00Z">'
    article = extract_html(page(head), "pier", url="https://news.example/2024/03/05/pier-to-reopen")
    assert article.published == "2024-03-05"


def test_a_timestamp_with_its_own_offset_or_no_hour_keeps_its_day():
    url = "https://news.example/2024/03/05/pier-to-reopen"
    for stamp in ("2024-03-06T18:37:32+01:00", "2024-03-06"):
        head = f'<meta property="article:published_time" content="{stamp}">'
        assert extract_html(page(head), "pier", url=url).published == "2024-03-06", stamp


def test_a_utc_timestamp_in_the_afternoon_takes_the_next_day_in_the_address():
    head = '<meta property="article:published_time" content="2024-03-05T20:10:00Z">'
    article = extract_html(page(head), "pier", url="https://news.example/2024/03/06/pier")
    assert article.published == "2024-03-06"
    # before noon at Greenwich the next day has begun almost nowhere
    head = '<meta property="article:published_time" content="2024-03-05T08:10:00Z">'
    article = extract_html(page(head), "pier", url="https://news.example/2024/03/06/pier")
    assert article.published == "2024-03-05"


def test_the_day_the_page_prints_settles_a_timestamp_a_day_off_its_address():
    # the address keeps the day the story was begun; the page prints the day it ran
    head = '<meta property="article:published_time" content="2024-03-06T08:10:00Z">'
    url = "https://news.example/story/20240305-pier-to-reopen"
    for printed in ("6 March 2024", "March 6, 2024", "06.03.2024", "Mar. 6"):
        got = extract_html(page(head, f"<p>{printed}</p>"), "pier", url=url).published
        assert got == "2024-03-06", printed
    # the address's day printed, or both, or neither: the hour rule stands
    for printed in ("5 March 2024", "5 March and 6 March", "16 March 2024", ""):
        got = extract_html(page(head, f"<p>{printed}</p>"), "pier", url=url).published
        assert got == "2024-03-05", printed


def test_printed_dates_are_whole_numbers_and_words():
    from tui_reader.extract.dates import printed

    assert printed("2024-03-06", "Updated 6th March")
    assert printed("2024-03-06", "3/6/2024 at noon")
    assert not printed("2024-03-06", "Mar 16 2024")
    assert not printed("2024-03-06", "16 March")
    assert not printed("2024-03-06", "13/6/2024")


def test_a_date_far_from_the_address_s_is_kept():
    head = '<meta property="article:published_time" content="2024-03-20T10:00:00Z">'
    article = extract_html(page(head), "pier", url="https://news.example/2024/03/05/pier-to-reopen")
    assert article.published == "2024-03-20"


def test_the_address_dates_a_page_with_no_date_in_its_head():
    article = extract_html(
        page(), "pier", url="https://news.example/2024-03-05/pier-to-reopen.html"
    )
    assert article.published == "2024-03-05"


def test_a_date_in_the_text_when_nothing_else_dates_the_page():
    before = '<p class="dateline">Published 5 March 2024</p>'
    article = extract_html(page(before=before), "pier", url="https://news.example/pier")
    assert article.published == "2024-03-05"


def test_an_author_class_gives_the_byline_and_leaves_its_label():
    before = '<div class="post-author">Written by Morwenna Tregear</div>'
    assert extract_html(page(before=before), "pier").byline == "Morwenna Tregear"


def test_an_author_box_that_is_a_form_label_or_a_date_is_no_byline():
    before = (
        '<span class="author-avatar"><img src="a.png"></span>'
        '<div class="comment-author">Author: (forget stored information)</div>'
        '<div class="byline">5 March 2024 10:30</div>'
    )
    assert extract_html(page(before=before), "pier").byline is None


def test_the_part_of_the_title_the_heading_repeats_is_the_title():
    data = (
        "<html><head><title>Harbour Notes › The Pier Reopens</title></head><body><article>"
        f"<h1>The Pier Reopens</h1>{BODY}</article></body></html>"
    ).encode()
    assert extract_html(data, "pier").title == "The Pier Reopens"


def test_a_colon_inside_a_title_is_kept():
    data = (
        "<html><head><title>Recipe: Saffron Buns</title></head><body><article>"
        f"<h2>Ingredients</h2>{BODY}</article></body></html>"
    ).encode()
    assert extract_html(data, "buns").title == "Recipe: Saffron Buns"


def test_an_impossible_date_is_no_date():
    head = '<meta property="article:published_time" content="2024-02-31T10:00:00Z">'
    article = extract_html(page(head), "pier", url="https://news.example/2024/02/30/pier")
    assert article.published is None or article.published.startswith("2024-0")
    assert article.published not in ("2024-02-31", "2024-02-30")


def test_an_empty_template_s_epoch_date_gives_way_to_the_next_date():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "1970-01-01T01:00:00+01:00"}</script>'
        '<meta name="date" content="2024-03-05T09:00:00+01:00">'
    )
    assert extract_html(page(head), "pier", url="https://news.example/pier").published == (
        "2024-03-05"
    )
    epoch_only = '<meta name="date" content="1969-12-31T19:00:00-05:00">'
    article = extract_html(page(epoch_only), "pier", url="https://news.example/pier")
    assert article.published is None


def test_an_author_given_by_reference_in_a_json_ld_graph_is_named() -> None:
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "@id": "#a", "headline": "Pier reopens",'
        ' "author": {"@id": "#p1"}},'
        '{"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"}]}'
    )
    head = f'<script type="application/ld+json">{graph}</script>'
    assert extract_html(page(head), "p").byline == "Ana Ruiz"


def test_a_web_page_node_names_its_author_and_markup_in_a_name_is_dropped() -> None:
    graph = (
        '{"@graph": [{"@type": "WebPage", "@id": "#w", "name": "Pier reopens",'
        ' "author": {"@id": "#p1"}},'
        '{"@type": "Person", "@id": "#p1", "name": ["<a href=\\"/team/ana\\">Ana Ruiz</a>"]}]}'
    )
    head = f'<script type="application/ld+json">{graph}</script>'
    assert extract_html(page(head), "p").byline == "Ana Ruiz"


def test_a_heading_broken_over_two_lines_titles_a_page_with_no_title() -> None:
    data = f"<html><body><article><h1>Pier reopens<br>after repairs</h1>{BODY}</article>"
    assert extract_html(data.encode(), "p").title == "Pier reopens after repairs"


def test_a_copy_link_button_is_no_byline_and_a_label_in_any_language_is_cut() -> None:
    copy = (
        '<span class="clipboard-copyline__button">'
        '<a class="clipboard-copyline__action-link" href="#">Copier</a></span>'
    )
    assert extract_html(page(before=copy), "p").byline is None
    author = '<p class="article-author">Auteur: Anna Kubišta</p>'
    assert extract_html(page(before=author), "p").byline == "Anna Kubišta"


def test_a_title_that_names_no_page_gives_way_to_the_top_heading():
    body = "<p>" + "The ferry made its last crossing of the winter on Friday evening. " * 4 + "</p>"
    for generic in ("Home", "Untitled Document", "Startseite"):
        page = (
            f"<html><head><title>{generic}</title></head><body><h1>Time to say goodbye</h1>{body}"
        )
        assert extract_html(page, "p").title == "Time to say goodbye", generic


def test_a_generic_title_stays_when_the_heading_is_no_better():
    body = "<p>" + "The ferry made its last crossing of the winter on Friday evening. " * 4 + "</p>"
    page = f"<html><head><title>Home</title></head><body><h1>Welcome</h1>{body}"
    assert extract_html(page, "p").title == "Home"


def test_a_blog_s_posted_by_line_gives_the_name_without_its_marks_or_time() -> None:
    before = '<div class="byline">// posted by Morwenna Tregear @ 12:30 AM 23 comments</div>'
    assert extract_html(page(before=before), "pier").byline == "Morwenna Tregear"


def test_a_byline_box_with_a_date_before_or_after_the_name_gives_the_name() -> None:
    cases = {
        '<p class="byline">By Jory Penhale, Staff Writer | March 5, 2024</p>': (
            "Jory Penhale, Staff Writer"
        ),
        '<div class="author">by Jory Penhale  Mar 05, 24</div>': "Jory Penhale",
        '<p class="author">Posted by Jory Penhale / March 5, 2024</p>': "Jory Penhale",
        '<div class="post-byline">Tuesday, March 5, 2024, by Jory Penhale</div>': "Jory Penhale",
        '<p class="author">by Jory Penhale, jory@news.example</p>': "Jory Penhale",
        '<div class="articleByLine">Written by Jory Penhale</div>': "Jory Penhale",
    }
    for before, name in cases.items():
        assert extract_html(page(before=before), "pier").byline == name, before


def test_a_name_and_a_date_on_two_lines_of_a_box_give_the_name() -> None:
    before = '<div class="author"><p><a href="#">Jory Penhale</a><br>March 5, 2024</p></div>'
    assert extract_html(page(before=before), "pier").byline == "Jory Penhale"
    before = (
        '<div class="nodebyline"><strong><a>Jory Penhale</a></strong>'
        '<div class="menu"><a href="/people/jory">View Profile</a> <a href="/rss">RSS</a>'
        "</div></div>"
    )
    assert extract_html(page(before=before), "pier").byline == "Jory Penhale"


def test_a_printed_by_line_with_its_date_after_the_name_gives_the_name() -> None:
    cases = {
        '<p class="dateline">By Jory Penhale // <a href="/d">March 5th, 2024</a> // 6:25 pm</p>',
        '<div class="dateline">by <a href="/a/jory">Jory Penhale</a> | 2:23 pm, March 5th</div>',
        '<div class="is-responsive"><p>by Jory Penhale | March 5, 2024</p></div>',
    }
    for before in cases:
        assert extract_html(page(before=before), "pier").byline == "Jory Penhale", before


def test_a_commenter_s_signature_or_a_by_in_a_sentence_is_no_byline() -> None:
    thread = (
        '<div class="comment-list"><p class="meta">by Ann Lee on March 6, 2024 at 9:10 am</p>'
        "<p>Good news at last.</p></div>"
    )
    prose = "<p><em>by Tuesday, March 5, the harbour board will know more</em></p>"
    for before in (thread, prose):
        assert extract_html(page(before=before), "pier").byline is None, before


def test_a_name_with_a_long_title_after_it_is_the_name_alone() -> None:
    before = '<p class="byline">Jory Penhale, Former Harbour Board Engineer, Penzance, Cornwall</p>'
    assert extract_html(page(before=before), "pier").byline == "Jory Penhale"


def test_a_long_text_or_a_weekday_in_an_author_box_is_no_byline() -> None:
    long_box = (
        '<div class="s-author-jp">Weather | Traffic | Customer Care | Subscriptions | '
        "Archives | Services | Sports | Business | News | Opinion | Life | Travel | Homes"
        " | Jobs | Cars | Obituaries | Contact us today</div>"
    )
    assert extract_html(page(before=long_box), "pier").byline is None
    weekday = '<div class="byline">Tuesday, 5 March 2024</div>'
    assert extract_html(page(before=weekday), "pier").byline is None
    prose = (
        '<p class="author">Now that you have seen the pier, here are some ideas about '
        "what to do next on a weekend by the sea with the family and friends.</p>"
    )
    assert extract_html(page(before=prose), "pier").byline is None


def test_json_ld_with_a_raw_line_break_in_a_string_still_names_the_author() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Pier",'
        ' "articleBody": "The pier\nwill reopen.", "author": {"@type": "Person",'
        ' "name": "Jory Penhale"}}</script>'
    )
    assert extract_html(page(ld), "pier").byline == "Jory Penhale"


def test_a_person_printed_on_the_page_beats_an_organisation_named_as_author() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pier",'
        ' "author": {"@type": "Organization", "name": "Harbour Times"}}</script>'
    )
    printed = '<p class="byline">By Jory Penhale</p>'
    assert extract_html(page(ld, printed), "pier").byline == "Jory Penhale"
    # a printed line that is no person's name leaves the organisation
    assert extract_html(page(ld, '<p class="byline">By staff</p>'), "pier").byline == (
        "Harbour Times"
    )
    assert extract_html(page(ld), "pier").byline == "Harbour Times"


def test_a_writer_named_in_a_card_label_or_dublin_core_terms_is_the_byline() -> None:
    card = (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Jory Penhale">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="3 minutes">'
    )
    assert extract_html(page(card), "pier").byline == "Jory Penhale"
    reading = (
        '<meta name="twitter:label1" content="Est. reading time">'
        '<meta name="twitter:data1" content="3 minutes">'
    )
    assert extract_html(page(reading), "pier").byline is None
    dc = '<meta name="dcterms.creator" content="Jory Penhale">'
    assert extract_html(page(dc), "pier").byline == "Jory Penhale"


def test_a_source_credit_or_the_headline_s_box_is_no_byline() -> None:
    credit = '<p class="author">Source: Statista.com</p>'
    assert extract_html(page(before=credit), "pier").byline is None
    headline_box = '<div class="title-byline"><h2>Pier to reopen after repairs</h2></div>'
    assert extract_html(page(before=headline_box), "pier").byline is None
    labelled = '<div class="byline"># posted by Jory Penhale : 11:58 AM [link]</div>'
    assert extract_html(page(before=labelled), "pier").byline == "Jory Penhale"


def test_a_template_s_placeholder_author_gives_way_to_a_person_the_page_prints() -> None:
    head = '<meta name="author" content="admin">'
    printed = '<p class="byline">Von Jory Penhale</p>'
    assert extract_html(page(head, printed), "pier").byline == "Jory Penhale"
    # with no one printed, the placeholder is all the page says
    assert extract_html(page(head), "pier").byline == "admin"
    for label in ("Afficher mon profil complet", "Autoren"):
        box = f'<div class="post-author"><a href="/p">{label}</a></div>'
        assert extract_html(page(before=box), "pier").byline is None, label


def test_a_placeholder_printed_as_byline_is_no_writer_and_labels_in_other_languages_go() -> None:
    for before in ('<p class="byline">Unknown</p>', '<p class="byline">Publié par Unknown</p>'):
        assert extract_html(page(before=before), "pier").byline is None, before
    for label in ("Publié par", "Eingestellt von", "Publicado por"):
        before = f'<p class="byline">{label} Jory Penhale</p>'
        assert extract_html(page(before=before), "pier").byline == "Jory Penhale", label
