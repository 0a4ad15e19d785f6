"""A second opinion when readability's body looks wrong, and never an empty page."""

from __future__ import annotations

import pytest

from tui_reader.extract import choose
from tui_reader.extract import html as extractor
from tui_reader.extract.errors import ExtractionError
from tui_reader.extract.html import extract_html

STORY = (
    "The council voted on Tuesday to close the old bridge for repairs that engineers say "
    "will take most of the summer and cost far more than the town first expected."
)


def test_a_long_first_body_is_trusted() -> None:
    assert not choose.looks_wrong(400, 600)


def test_a_short_first_body_or_a_small_share_of_the_prose_is_checked() -> None:
    assert choose.looks_wrong(20, 30)
    assert choose.looks_wrong(120, 1000)


def test_the_second_body_wins_only_when_the_first_found_next_to_nothing_or_little() -> None:
    assert choose.prefer_second(3, 40)
    assert choose.prefer_second(60, 400)
    assert not choose.prefer_second(60, 200)  # a little longer is no reason to switch
    assert not choose.prefer_second(60, 50)


def test_prose_words_leave_out_links_and_code() -> None:
    from tui_reader.extract.html import parse

    doc = parse(
        "<html><body><p>one two three <a href='/x'>four five</a> </p>"
        " <script>var six = 7;</script></body></html>"
    )
    assert choose.prose_words(doc) == 3


def _page(body: str) -> str:
    return f"<html><head><title>A page</title></head><body>{body}</body></html>"


def test_a_second_body_much_longer_than_a_teaser_replaces_it(monkeypatch) -> None:
    from lxml import html as lxml_html

    story = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(8))
    monkeypatch.setattr(extractor, "second_opinion", lambda doc: lxml_html.fromstring(story))
    teaser = "<p>Bridge closed for the summer, the council says, after a long vote.</p>"
    article = extract_html(_page(f"<article>{teaser}</article>"), "p")
    assert "Part 7." in article.text
    assert article.note is None


def test_a_second_body_a_little_longer_does_not_replace_the_first(monkeypatch) -> None:
    from lxml import html as lxml_html

    first = f"<article><p>{STORY}</p><p>{STORY} Again.</p></article>"
    other = f"<div><p>{STORY}</p><p>{STORY} Again.</p><p>Footer text of the site.</p></div>"
    monkeypatch.setattr(extractor, "second_opinion", lambda doc: lxml_html.fromstring(other))
    article = extract_html(_page(first), "p")
    assert "Footer text" not in article.text


def test_hidden_text_stays_hidden_whichever_extractor_reads_the_page() -> None:
    article = extract_html(_page(f"<div>{STORY}</div><div hidden>secret words</div>"), "page.html")
    assert "secret" not in article.text


def test_a_page_no_extractor_reads_shows_its_text_with_a_note(monkeypatch) -> None:
    monkeypatch.setattr(extractor, "second_opinion", lambda doc: None)
    html = _page(
        "<div class='comment-list'><div>" + STORY + "</div></div>"
        "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul>"
    )
    article = extract_html(html, "page.html")
    assert STORY in article.text
    assert article.note == choose.PAGE_TEXT_NOTE


def test_page_text_keeps_short_lines_when_the_page_has_no_prose(monkeypatch) -> None:
    monkeypatch.setattr(extractor, "second_opinion", lambda doc: None)
    article = extract_html(_page("<div class='comments'>Gone fishing.</div>"), "page.html")
    assert article.text == "Gone fishing."
    assert article.note == choose.PAGE_TEXT_NOTE


def test_a_page_with_no_visible_text_is_still_an_error(monkeypatch) -> None:
    with pytest.raises(ExtractionError):
        extract_html(_page("<script>var a = 1;</script><div hidden>secret</div>"), "page.html")


def test_the_note_reaches_the_json_and_comes_back() -> None:
    from tui_reader.model import article_from_json, to_json

    article = extract_html(
        _page("<div class='comments'>Gone fishing, back on Monday.</div>"), "page.html"
    )
    again = article_from_json(to_json(article))
    assert again.note == article.note


def test_prose_words_count_what_is_left_around_links_and_code_in_any_block():
    from lxml import html as lxml_html

    from tui_reader.extract.choose import prose_words

    doc = lxml_html.document_fromstring(
        "<html><body><p>Four words of prose <a href='#'>and two links</a> here.</p>"
        "<script>var a = 1;</script><nav><a href='#'>Home</a> Menu</nav></body></html>"
    )
    assert prose_words(doc) == 6  # "Four words of prose here. Menu"


def test_readers_comments_are_not_prose_the_story_could_have_missed() -> None:
    from tui_reader.extract.html import parse

    doc = parse(
        "<html><body><article><p>one two three</p></article>"
        "<section id='comments'><div class='comment-body'><p>four five six seven</p></div>"
        "</section>\n<p>eight</p></body></html>"
    )
    assert choose.prose_words(doc) == 4
    opinion = parse(
        "<html><body><div class='commentary-body'><p>one two three</p></div></body></html>"
    )
    assert choose.prose_words(opinion) == 3  # commentary is a story, not its comments


def test_nested_comment_boxes_go_once_and_a_page_named_for_comments_keeps_its_text() -> None:
    from tui_reader.extract.html import parse

    nested = "<div class='comment'><p>a reply here</p>" * 300  # unclosed: each in the last
    doc = parse(f"<html><body><p>one two three</p>{nested}<p>four</p></body></html>")
    assert choose.prose_words(doc) == 3
    live = parse(
        "<html><body class='livecomment-template'><p>one two</p>\n"
        "<div class='live-comments'><p>three four five</p></div></body></html>"
    )
    assert choose.prose_words(live) == 5  # the template's name, not readers' comments


def _blocks(text: str) -> list:
    from tui_reader.extract.builder import PendingBlock, Run

    return [PendingBlock("paragraph", (Run(p),)) for p in text.split("\n") if p]


def test_a_plausible_body_beside_much_more_long_prose_looks_split() -> None:
    from tui_reader.extract.html import parse

    long_p = "<p>" + " ".join(["ferry"] * 40) + "</p>"
    short_p = "<p>" + " ".join(["menu"] * 12) + "</p>"
    story_page = parse(_page(long_p * 8))  # 320 words in long paragraphs
    teaser_page = parse(_page(short_p * 30))  # 360 words, none in a long paragraph
    assert choose.looks_split(100, 400, story_page)
    assert not choose.looks_split(100, 400, teaser_page)
    assert not choose.looks_split(60, 400, story_page)  # too short to be a part
    assert not choose.looks_split(150, 400, story_page)  # over a third of the prose


def test_a_second_body_completes_a_split_one_only_holding_it_and_much_more() -> None:
    part = "The inquiry heard that the ferry timetable was cut three times in a year."
    more = "\n".join(f"Witness {i} said the winter crossings were the worst." for i in range(40))
    assert choose.completes(_blocks(part), _blocks(f"{part}\n{more}"))
    assert not choose.completes(_blocks(part), _blocks(more))  # another text
    assert not choose.completes(_blocks(part), _blocks(f"{part}\n{part} Again."))  # little more


# A story split over containers: the part readability finds, and the parts it misses.
SPLIT_PART = f"<article><p>{STORY}</p><p>{STORY} Still.</p><p>{STORY} Again.</p></article>"
SPLIT_MORE = [f"<p>{STORY} Hearing {i} went on.</p>" for i in range(9)]
SPLIT_REST = "".join(f"<section><div><div>{p}</div></div></section>" for p in SPLIT_MORE)


def _whole_story_opinions(monkeypatch) -> list:
    """trafilatura stood in for by one that finds the whole split story; the trees it was
    given, in order."""
    from lxml import html as lxml_html

    seen = []

    def second(doc):
        seen.append(doc)
        return lxml_html.fromstring(f"<div><p>{STORY}</p>{''.join(SPLIT_MORE)}</div>")

    monkeypatch.setattr(extractor, "second_opinion", second)
    return seen


def test_a_split_story_is_completed_from_the_cleaned_page(monkeypatch) -> None:
    seen = _whole_story_opinions(monkeypatch)
    slides = '<div class="slideshow"><p>Slide words for a gallery.</p></div>'
    article = extract_html(_page(SPLIT_PART + SPLIT_REST + slides), "p")
    assert "Hearing 8 went on." in article.text
    assert seen and not seen[0].xpath("//*[@class='slideshow']")  # furniture already gone


def test_a_short_looking_part_of_a_split_story_is_completed_from_the_cleaned_page(
    monkeypatch,
) -> None:
    seen = _whole_story_opinions(monkeypatch)
    other = f"<p>{STORY} Elsewhere.</p><p>{STORY} Elsewhere again.</p>"
    boxes = "".join(f'<div class="related">{other}</div>' for _ in range(4))
    article = extract_html(_page(SPLIT_PART + SPLIT_REST + boxes), "p")
    assert "Hearing 8 went on." in article.text
    assert "Elsewhere" not in article.text
    assert len(seen) == 2  # the page as it came, then the cleaned page to be sure
    assert seen[0].xpath("//*[@class='related']")
    assert not seen[1].xpath("//*[@class='related']")


def test_a_second_body_of_a_story_s_length_from_elsewhere_on_the_page_is_taken() -> None:
    appeal = "Support our independent journalism with a donation, however small, today."
    story = "\n".join(f"{STORY} The engineers gave figure {i} for the cost." for i in range(5))
    assert choose.elsewhere(_blocks(appeal), _blocks(story))
    assert not choose.elsewhere(_blocks(appeal), _blocks(f"{appeal}\n{story}"))  # it holds it
    blurb = "I write about work, study and why some people thrive while most do not."
    assert not choose.elsewhere(_blocks(appeal), _blocks(blurb))  # a sidebar's blurb


def test_readers_that_disagree_are_settled_on_the_cleaned_page(monkeypatch) -> None:
    from lxml import html as lxml_html

    appeal = (
        "<p>" + "Support our independent journalism with a donation, however small. " * 4 + "</p>"
    )
    story = "".join(f"<p>{STORY} The engineers gave figure {i} for the cost.</p>" for i in range(5))
    gallery = "".join(
        f"<p>Photo {i} of the bridge at dawn, by a staff photographer.</p>" for i in range(15)
    )
    seen = []

    def second(doc):  # the page as it came gives the gallery; the cleaned page, the story
        seen.append(doc)
        return lxml_html.fromstring(f"<div>{gallery if len(seen) == 1 else story}</div>")

    monkeypatch.setattr(extractor, "second_opinion", second)
    # readability picks the appeal
    monkeypatch.setattr(
        extractor, "readable_content", lambda doc, url: (lxml_html.fromstring(appeal), 1.0)
    )
    page = _page(f"<div>{appeal}</div><div>{story}</div><div>{gallery}</div>")
    article = extract_html(page, "p")
    assert "figure 4 for the cost" in article.text
    assert "Photo 1 of the bridge" not in article.text
    assert len(seen) == 2


def test_a_list_of_summaries_cut_off_with_an_ellipsis_is_not_a_story() -> None:
    cut = "\n".join(
        f"The council heard on Tuesday that the ferry timetable for route {i} would change..."
        for i in range(4)
    )
    assert choose.teaser_list(_blocks(cut))
    assert not choose.teaser_list(_blocks(f"{STORY}\n{STORY} Again.\n{STORY} And again."))
    # one cut-off line among a story's paragraphs is the story trailing off, not a list
    assert not choose.teaser_list(_blocks(f"{STORY}\n{STORY} Again.\nAnd then..."))


def test_a_longer_second_body_replaces_a_list_of_summaries(monkeypatch) -> None:
    from lxml import html as lxml_html

    teasers = "".join(
        f"<p>The council heard on Tuesday that the ferry timetable for route {i} would...</p>"
        for i in range(6)
    )
    story = "".join(f"<p>{STORY} The engineers gave figure {i} for the cost.</p>" for i in range(3))
    monkeypatch.setattr(
        extractor, "second_opinion", lambda doc: lxml_html.fromstring(f"<div>{story}</div>")
    )
    monkeypatch.setattr(
        extractor, "readable_content", lambda doc, url: (lxml_html.fromstring(teasers), 1.0)
    )
    prose = "".join(f"<p>{STORY} Filler {i} of the page.</p>" for i in range(12))
    article = extract_html(_page(f"<div>{teasers}</div><div>{story}</div>{prose}"), "p")
    assert "figure 2 for the cost" in article.text
    assert "route 3" not in article.text


ABOUT = (
    "Sam Reed writes this blog from a small flat above the harbour, where the ferries come "
    "and go all day and the gulls argue about everything that the fishermen leave behind. "
)


def _short_post_beside(box: str) -> str:
    post = (
        "<article><p>A pencil drawing so fine it looks like a photograph. Mind blown.</p></article>"
    )
    return _page(f"<div class='main'>{post}</div>{box}")


@pytest.mark.parametrize(
    "box",
    [
        f"<div id='sidebar'><div class='widget'><p>{ABOUT * 3}</p></div></div>",
        f"<aside><p>{ABOUT * 3}</p></aside>",
        f"<div role='complementary'><p>{ABOUT * 3}</p></div>",
    ],
    ids=["sidebar widget", "aside", "complementary role"],
)
def test_a_second_opinion_read_from_the_sidebar_leaves_a_short_post_standing(
    monkeypatch, box: str
) -> None:
    from lxml import html as lxml_html

    blurb = lxml_html.fromstring(f"<div><p>{ABOUT * 3}</p></div>")
    monkeypatch.setattr(extractor, "second_opinion", lambda doc: blurb)
    article = extract_html(_short_post_beside(box), "p")
    assert "pencil drawing" in article.text
    assert "harbour" not in article.text


def test_the_same_longer_body_in_the_story_s_own_column_replaces_a_short_first(
    monkeypatch,
) -> None:
    from lxml import html as lxml_html

    blurb = lxml_html.fromstring(f"<div><p>{ABOUT * 3}</p></div>")
    monkeypatch.setattr(extractor, "second_opinion", lambda doc: blurb)
    # "sidebar-wrapper" and "elementor-widget" are layouts that hold the story itself
    box = (
        f"<div class='sidebar-wrapper'><div class='elementor-widget'><p>{ABOUT * 3}</p></div></div>"
    )
    article = extract_html(_short_post_beside(box), "p")
    assert "harbour" in article.text


def test_beside_story_reads_the_element_and_its_ancestors_up_to_the_body() -> None:
    from tui_reader.extract.furniture import beside_story
    from tui_reader.extract.html import parse

    doc = parse(
        "<html><body class='one-sidebar'><div class='widget Image'><p id='a'>x</p></div>"
        "<div class='content'><p id='b'>y</p></div></body></html>"
    )
    assert beside_story(doc.get_element_by_id("a"))
    assert not beside_story(doc.get_element_by_id("b"))  # the body's class is the layout's


def test_a_body_read_from_the_banner_above_the_story_is_from_beside_it() -> None:
    from tui_reader.extract.html import parse

    page = parse(
        f"<html><body><div id='header'><h1>Sam's blog</h1><h3>{ABOUT}</h3></div>"
        f"<div class='main'><p>{STORY}</p></div></body></html>"
    )
    assert choose.from_beside_story(page, _blocks(ABOUT))
    assert not choose.from_beside_story(page, _blocks(STORY))


def test_a_page_of_thousands_of_blocks_gets_trafilatura_without_its_fallbacks(monkeypatch):
    # jusText, one of trafilatura's fallbacks, is quadratic in a run of short paragraphs
    import trafilatura
    from lxml import html as lxml_html

    asked = []

    def extract(doc, **options):
        asked.append(options.get("fast"))
        return f"<div><p>{STORY}</p></div>"

    monkeypatch.setattr(trafilatura, "extract", extract)
    few = lxml_html.fromstring(f"<html><body>{'<p>One line.</p>' * 50}</body></html>")
    many = lxml_html.fromstring(f"<html><body>{'<p>One line.</p>' * 3_500}</body></html>")
    headings = lxml_html.fromstring(f"<html><body>{'<h2>Heading</h2>' * 3_500}</body></html>")
    for doc in (few, many, headings):
        assert choose.second_opinion(doc) is not None
    assert asked == [False, True, True]
