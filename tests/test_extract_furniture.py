"""Furniture rules and the fast paths that stand in for slower scans: each must say what
the slow form said."""

import re

import pytest
from lxml import html as lxml_html

from tui_reader.extract import chrome
from tui_reader.extract.chrome import is_chrome_line
from tui_reader.extract.furniture import is_furniture_node
from tui_reader.extract.html import drop_unseen
from tui_reader.extract.readable import Readable


@pytest.mark.parametrize(
    "line",
    [
        "Read more: the council's budget, line by line",
        "Copyright 2026 The Daily Example",
        "© The Daily Example. All rights reserved.",
        "Jane Roe can be reached at jroe@example.com",
        "To learn more, click here",
        "The Gazette moderates every comment. In case of abuse, click here to report it.",
        "Please sign up for our morning newsletter today",
        "0:00 / 3:15",
        "Advertisement",
        "Lea también: El puerto reabre en mayo",
        "LE PUEDE INTERESAR: La ficha del alcalde",
        "Das könnte Sie auch interessieren!",
        "Lire aussi : la réforme du port",
        "Ähnliche Beiträge",
        "Artículos relacionados:",
        "Auch interessant:",
        "- Anzeige-",
        "Filed under bill clinton , warner bros.",
        "Was this article helpful?",
        "War der Artikel nützlich?",
        "Möchten Sie den Artikel teilen?",
        "Mehr anzeigen",
        "Weiterlesen",
        "Lire la suite",
        "Advertisers",
        "VEA TAMBIÉN: El puerto reabre en mayo",
        "Schon gelesen?",
        "Síguenos en Telegram, Instagram, Facebook y Twitter",
        "Folgen Sie uns auf Twitter",
        "For the latest stories download the Harbour News apps for iOS and Android.",
        "Submit your letter to the editor via this form.",
        "To view the full story, please subscribe to The Harbour Gazette.",
        "Weitere Informationen:",
        "Gefällt mir Wird geladen …",
        "(Noch keine Bewertungen)",
        "Mit unserem Newsletter bleiben Sie informiert",
        "Video verfügbar bis 28.02.2021",
        "Loading...",
        '[caption id="attachment_12" align="alignleft" width="300"]',
        "[/caption]",
        "[Home] [Ferries] [Timetables] [Search]",
        "[Skip to navigation]",
        "Skip to main content",
        "[Top]",
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Post a Comment",
        "12 Comments",
        "One Response to “The ferry inquiry”",
        "3 thoughts on “The ferry inquiry”",
        "Comments (3)",
        "No comments yet.",
        "Your email address will not be published.",
        "Posted in: Harbour News |",
        "Published in Ferries, Winter Timetables | 1 Comment",
        "This entry was posted on Monday, May 31st, 2004 at 8:40 pm and is filed under Ferries.",
        "TrackBack URL for this entry: https://blog.example/trackback/12",
        "The comments to this entry are closed.",
        "Continue reading the main story",
        "If you enjoyed this article, enter your email below to get free updates!",
        "Sign-up To The Newsletter And Get A Free eBook",
        "Pin It",
        "Next post: The winter timetable, explained",
        "« Previous Post",
        "Older Post",
        "A version of this article appeared July 24, 2012, on page A2 in the print edition.",
    ],
)
def test_chrome_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the council would sign up three new contractors.",
        "Reserved seating sold out in an hour, organisers said.",
        "He read more than forty reports before the vote.",
        "Send us photos of the ferries you remember from the old harbour for a chance to win a "
        "model of the Kelsby Queen (click here for the rules).",
        "Lesen und Schreiben lernten die Kinder im alten Hafenhaus.",
        "Was this article helpful to the crews who read it on the quay, the harbour master asked.",
        "Loading the ferries took all morning.",
        "Weiterlesen konnte er nicht, das Licht im Hafenhaus ging aus.",
        "Kontaktlos zahlen die Fahrgäste seit Mai.",
        "Mire usted, dijo el alcalde, el puerto es nuestro.",
        "The newsletter the harbour board sent in May promised a second ferry by the winter.",
        "[Harbour News readers: from next week this column moves to the weekend edition.]",
        "[Reuters]",
        "Skip to the end of the film, where the ferry sinks.",
        "Two comments from the mayor upset the crowd, the paper said.",
        "12 responses to the survey came in by noon.",
        "Two thoughts on the budget stayed with the harbour master.",
        "Published in The Lancet in 2019, the study found fewer crossings were missed.",
        "Continue reading for the full timetable of every winter crossing from the harbour.",
        "Next story in the series will look at the ferries.",
        "The next post office opens in May.",
    ],
)
def test_story_lines_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_every_pattern_not_at_a_line_start_has_a_key_word():
    # the substring test skips _ANYWHERE; a pattern without a key would never be tried
    for pattern in chrome.CHROME_PATTERNS:
        if pattern.startswith("^"):
            continue
        words = re.sub(r"\\[bsdw]|[^a-z ]", " ", pattern).split()
        text = " ".join(words)
        assert any(k in text for k in chrome._ANYWHERE_KEYS), pattern


def test_one_attribute_string_gets_one_verdict_whatever_the_node():
    big = lxml_html.fromstring(
        '<div class="share-tools">' + "<p>" + "word " * 200 + "</p>" * 1 + "</div>"
    )
    small = lxml_html.fromstring('<div class="share-tools"><a href="#">Share</a></div>')
    assert is_furniture_node(small)
    assert is_furniture_node(big)  # one paragraph is not a story
    story = lxml_html.fromstring(
        '<div class="share-tools">' + ("<p>" + "word " * 120 + "</p>") * 3 + "</div>"
    )
    assert not is_furniture_node(story)  # a big node is the story whatever its class


def test_an_embedded_post_in_a_social_box_is_kept():
    embed = lxml_html.fromstring(
        '<div class="social-embed"><blockquote>We are open.</blockquote></div>'
    )
    bar = lxml_html.fromstring('<div class="social"><a href="#">Tweet</a></div>')
    assert not is_furniture_node(embed)
    assert is_furniture_node(bar)


def test_unseen_parts_go_and_the_text_after_them_stays():
    doc = lxml_html.document_fromstring(
        "<html><body><p>Before<script>var x = 1;</script> after"
        "<!-- a note --> and <span style='display:none'>hidden</span>end.</p>"
        "<nav>Home</nav></body></html>"
    )
    drop_unseen(doc)
    assert doc.find("body").text_content() == "Before after and end."


def test_link_density_counts_words_and_single_gaps():
    el = lxml_html.fromstring(
        "<div><p>Four  words\n of   text</p><p><a href='#'>two links</a></p></div>"
    )
    density = Readable(lxml_html.document_fromstring("<p>x</p>")).get_link_density(el)
    # "Four words of texttwo links" (paragraphs touch in text_content) is 27 characters
    assert density == pytest.approx(9 / 27)


def test_a_short_caption_is_furniture_a_slideshow_s_story_is_not():
    short = lxml_html.fromstring('<div class="caption">The mayor at the opening. (Photo: AP)</div>')
    story = lxml_html.fromstring(
        '<div class="caption slide-content"><p>'
        + "Ferry crews worked through the night to clear the harbour after the storm. " * 7
        + "</p></div>"
    )
    assert is_furniture_node(short)
    assert not is_furniture_node(story)


def test_a_post_s_topic_classes_do_not_make_it_furniture():
    # a blog engine names a post's tags in its classes; "tag-social-media" is a topic
    post = lxml_html.fromstring(
        '<div class="post-17 post hentry category-video tag-social-media tag-sharing">'
        "<p>Text.</p></div>"
    )
    bar = lxml_html.fromstring('<div class="social-share"><a href="#">Share</a></div>')
    assert not is_furniture_node(post)
    assert is_furniture_node(bar)


LONG = " ".join(["The ferry inquiry heard from pilots, crews and islanders about the cuts."] * 8)


def test_a_dialog_over_the_page_is_furniture_however_long():
    box = lxml_html.fromstring(
        f'<div class="modal fade"><div class="modal__body"><p>{LONG}</p><p>{LONG}</p>'
        f"<p>{LONG}</p></div></div>"
    )
    assert is_furniture_node(box)


def test_a_long_story_whose_class_mentions_pop_ups_is_still_the_story():
    story = lxml_html.fromstring(
        f'<div class="article-body popup-enabled"><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div>'
    )
    assert not is_furniture_node(story)


def test_a_story_s_footer_is_furniture_whatever_its_class():
    # "entry-meta" names the post, so the class alone would keep it
    footer = lxml_html.fromstring(
        '<footer class="entry-meta">Filed under <a href="/c/ferries">Ferries</a> and tagged '
        '<a href="/t/harbour">harbour</a></footer>'
    )
    assert is_furniture_node(footer)
    # a page that wrongly wraps its story in a footer keeps it
    story = lxml_html.fromstring(f"<footer><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></footer>")
    assert not is_furniture_node(story)


def _linked_block(text: str):
    from tui_reader.extract.builder import PendingBlock, Run

    return PendingBlock("paragraph", [Run(text, "https://example.org/x")])


def test_a_linked_headline_is_a_teaser_a_linked_sentence_is_not():
    assert chrome._is_teaser(_linked_block("Ferry strike ends after nine days of talks"))
    assert chrome._is_teaser(_linked_block("Back to the harbour guide."))
    assert not chrome._is_teaser(_linked_block("The pilots say the new channel is too narrow."))


def test_a_story_s_own_lead_classed_teaser_is_kept_a_linked_teaser_is_not():
    lead = lxml_html.fromstring(
        '<div class="article-teaser">Kelsby. The ferry crews walked out on Monday after talks '
        "with the harbour board broke down over winter timetables.</div>"
    )
    other = lxml_html.fromstring(
        '<div class="teaser"><a href="/strike">Ferry strike: what we know so far about the '
        "talks and the timetables</a></div>"
    )
    assert not is_furniture_node(lead)
    assert is_furniture_node(other)


def test_a_labelled_date_in_day_month_year_numbers_is_a_dateline_in_any_language():
    assert chrome.is_dateline("Aktualisiert: 11.04.2020, 10:27")
    assert chrome.is_dateline("Publié:03.04.2020")
    assert chrome.is_dateline("Updated: March 5, 2024")
    assert not chrome.is_dateline("11.04.2020")  # a bare date may be the story's own
    assert not chrome.is_dateline("Correction: 11.04.2020")  # a correction's text follows
    assert not chrome.is_dateline("The vote: 11.04.2020")


def test_a_box_about_the_writer_is_furniture():
    bio = "Jory Pascoe has written about the harbour for twenty years. " * 3
    for attrs in ('class="author-box"', 'class="about-author"', 'id="author-profile"'):
        assert is_furniture_node(lxml_html.fromstring(f"<div {attrs}><p>{bio}</p></div>"))
    # the writer's name alone is a byline, judged as one elsewhere
    assert not is_furniture_node(lxml_html.fromstring('<div class="author"><p>x</p></div>'))


def test_a_notice_to_old_browsers_is_furniture_a_story_about_browsers_is_not():
    notice = "<p>Your browser is out of date. Please update it to read this site.</p>"
    for attrs in ('id="IE-overlay"', 'class="browser-update"', 'class="browserupgrade"'):
        assert is_furniture_node(lxml_html.fromstring(f"<div {attrs}>{notice}</div>"))
    for attrs in ('class="browser-review"', 'class="overlay"', 'class="update"'):
        assert not is_furniture_node(lxml_html.fromstring(f"<div {attrs}>{notice}</div>"))


def test_a_heading_s_id_is_an_anchor_of_its_words_not_its_role():
    # "nav_..." anchors a table of contents; the heading is the story's own
    heading = lxml_html.fromstring(
        '<h3 class="subheading" id="nav_only_the_foil_1">Only the foil</h3>'
    )
    assert not is_furniture_node(heading)
    assert is_furniture_node(lxml_html.fromstring('<div id="site-nav"><a href="/">Home</a></div>'))
    assert is_furniture_node(lxml_html.fromstring('<h3 class="related-title">Related</h3>'))


def _byline_page(author_meta: str, line: str) -> str:
    story = "".join(
        f"<p>The harbour board met on Monday {n} to hear why the ferry had missed so many "
        "winter crossings, and what the pilots had told the board about the tides.</p>"
        for n in range(6)
    )
    return (
        f"<html><head><title>Ferry inquiry</title>{author_meta}</head><body><article>"
        f"<p>{line}</p>{story}</article></body></html>"
    )


@pytest.mark.parametrize("line", ["By Jane Roe", "BY JANE ROE", "by Jane Roe"])
def test_a_byline_line_the_header_already_shows_is_dropped(line: str) -> None:
    from tui_reader.extract.html import extract_html

    article = extract_html(_byline_page('<meta name="author" content="Jane Roe">', line), "p")
    assert article.byline == "Jane Roe"
    assert line not in article.text


def test_a_byline_line_is_kept_when_it_is_the_only_place_the_writer_is_named() -> None:
    from tui_reader.extract.html import extract_html

    article = extract_html(_byline_page("", "by Jane Roe"), "p")
    assert article.byline is None
    assert "by Jane Roe" in article.text


def test_a_byline_the_header_takes_from_the_page_itself_is_not_shown_twice() -> None:
    from tui_reader.extract.html import extract_html

    article = extract_html(_byline_page("", "By Jane Roe"), "p")
    assert article.byline == "Jane Roe"
    assert "By Jane Roe" not in article.text


def _table_cell(cell_text: str):
    page = (
        "<html><head><title>A review</title></head><body><table><tr>"
        '<td class="nav-left"><a href="/">Home</a><br><a href="/help">Help</a></td>'
        f'<td class="nav-wide-cell">{cell_text}</td></tr></table></body></html>'
    )
    return lxml_html.fromstring(page).find_class("nav-wide-cell")[0]


def test_an_old_table_cell_of_prose_is_the_story_whatever_its_class_says() -> None:
    line = "The keyboard sounds warm and the keys are weighted well, though the screen is small."
    text = "<br>".join(f"{line} ({n})" for n in range(45))  # no <p> at all
    assert not is_furniture_node(_table_cell(text))
    assert is_furniture_node(_table_cell(text[:1400]))  # a cell's worth is not the page's


def test_a_table_cell_of_links_named_nav_is_still_a_menu() -> None:
    links = "<br>".join(
        f'<a href="/p/{n}">Product page number {n} of the shop</a>' for n in range(120)
    )
    assert is_furniture_node(_table_cell(links))


def test_a_credit_alone_is_furniture_a_caption_s_sentence_before_it_is_not():
    assert chrome.is_credit_line("Jory Pascoe/AFP/Getty Images")
    assert chrome.is_credit_line("Photo: Harbour Times")
    assert not chrome.is_credit_line(
        "Crowds fill the quay for the regatta. (Jory Pascoe/AFP/Getty Images)"
    )


@pytest.mark.parametrize(
    "attrs",
    [
        'class="kommentare"',  # German: readers' comments
        'id="werbung-oben"',  # German: an advertisement
        'class="article-teilen"',  # German: share buttons
        'class="bloc-commentaires"',  # French
        'class="zona-publicidad"',  # Spanish
        'class="compartir-redes"',
        'class="articoli-correlati"',  # Italian
        'class="reacties"',  # Dutch
    ],
)
def test_furniture_named_in_the_page_s_own_language_is_furniture(attrs):
    assert is_furniture_node(lxml_html.fromstring(f"<div {attrs}><p>x</p></div>"))


@pytest.mark.parametrize("attrs", ['class="artikel-text"', 'class="contenido"', 'id="texte"'])
def test_a_story_named_in_its_own_language_is_not_furniture(attrs):
    assert not is_furniture_node(lxml_html.fromstring(f"<div {attrs}><p>x</p></div>"))


def test_one_weak_word_said_twice_is_not_furniture_two_different_ones_are():
    # "card" and "cards" are one weak word: a recipe card in the story is the story's own
    card = lxml_html.fromstring(
        '<section class="mv-create-card mv-recipe-card mv-create-center-cards">'
        "<h2>Pear jam</h2><ul><li>8 ripe pears</li><li>1 lemon</li></ul></section>"
    )
    player = lxml_html.fromstring('<div class="video-player"><p>Watch</p></div>')
    assert not is_furniture_node(card)
    assert is_furniture_node(player)
