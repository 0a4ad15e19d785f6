from pathlib import Path

import pytest

from tui_reader.extract.charset import decode
from tui_reader.extract.html import ExtractionError, extract_html

FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def story():
    return extract_html(
        (FIX / "story.html").read_bytes(),
        "story.html",
        url="https://courier.example/news/2025/pier-vote?utm=1",
    )


def test_metadata(story):
    assert story.title == "Harbour town votes to rebuild its flooded pier"
    assert story.byline == "Morwenna Trelawney"
    assert story.site == "The Coastline Courier"
    assert story.published == "2025-03-14"
    assert story.url == "https://courier.example/news/2025/pier-vote"
    assert story.language == "en"


def test_block_kinds_in_order(story):
    kinds = [b.kind for b in story.blocks]
    assert kinds[:3] == ["paragraph", "paragraph", "figure"]
    assert "heading" in kinds and "list_item" in kinds and "quote" in kinds and "code" in kinds
    heading = next(b for b in story.blocks if b.kind == "heading")
    assert story.block_text(heading) == "What happens next" and heading.level == 2
    items = [story.block_text(b) for b in story.blocks if b.kind == "list_item"]
    assert items == [
        "clearing the wreckage from the harbour mouth,",
        "driving new piles into the seabed, and",
        "laying a deck of recycled timber.",
    ]
    code = next(b for b in story.blocks if b.kind == "code")
    assert story.block_text(code) == "piles: 212\ndeck:  1,400 m2"


def test_blocks_tile_the_text(story):
    joined = "\n\n".join(story.block_text(b) for b in story.blocks)
    assert joined == story.text
    for a, b in zip(story.blocks, story.blocks[1:], strict=False):
        assert a.end + 2 == b.start


def test_table_rows_become_lines(story):
    texts = [story.block_text(b) for b in story.blocks]
    assert "Head | Lost" in texts and "Neck | Repairable" in texts


def test_a_line_break_or_a_paragraph_in_a_cell_keeps_words_apart():
    story = "<p>" + "The harbour board said the pier would reopen in May after repairs. " * 5
    page = (
        f"<html><body><article>{story}</p><table><tr>"
        "<td>Jory <b>Pa</b>scoe, Tresco<br>Kate Vell, Bryher<p>Crew</p>list</td>"
        "<td>Pilots</td></tr></table></article></body></html>"
    )
    text = extract_html(page, "t.html").text
    assert "Jory Pascoe, Tresco Kate Vell, Bryher Crew list | Pilots" in text
    from lxml import html as lxml_html

    from tui_reader.extract.walker import spaced_text

    cell = lxml_html.fromstring("<td>Jory<!-- a note --> Pascoe<br>Kate Vell</td>")
    assert " ".join(spaced_text(cell).split()) == "Jory Pascoe Kate Vell"  # a comment's tail


def test_links_are_absolute_and_exact(story):
    by_text = {lk.text: lk for lk in story.links}
    pier = by_text["£4.2 million"]
    assert pier.url == "https://courier.example/budget/pier"  # against <base href>
    assert story.text[pier.start : pier.end] == "£4.2 million"
    assert by_text["council's website"].url == "https://council.example/pier-survey"


def test_furniture_is_gone(story):
    for junk in (
        "Share on Facebook",
        "Tweet",
        "Advertisement",
        "Boats Direct",
        "Related",
        "Storm closes coast road",
        "newsletter",
        "Copyright",
        "Home",
        "Sport",
        "By Morwenna",
        "local news since",
    ):
        assert junk not in story.text, junk
    assert "Harbour town votes" not in story.text  # the title is not repeated in the body


def test_story_is_kept(story):
    assert "Councillors in Porthkennack voted" in story.text
    assert '"We owe it to the fishermen and to everyone' in story.text  # whitespace folded
    assert "The pier after the January storm." in story.text


def test_escapes_removed_and_markup_kept_as_text(story):
    assert "\x1b" not in story.text and "\x07" not in story.text
    assert "[bold]not bold[/bold]" in story.text
    assert "[link=https://evil.example]click[/link]" in story.text
    assert "a stray escape: red and a hyperlink and a title-setter done." in story.text
    assert all(ch == "\n" or ch >= " " for ch in story.text)


def test_lone_image_alt_is_a_caption():
    html = b"""<html><body><article>
    <p>First paragraph of a story that is long enough to be chosen as the content here.</p>
    <p><img src="a.jpg" alt="A fishing boat leaves the harbour at dawn"></p>
    <p>Second paragraph of the story, also long enough to count as the main text of it.</p>
    </article></body></html>"""
    a = extract_html(html, "x")
    figures = [a.block_text(b) for b in a.blocks if b.kind == "figure"]
    assert figures == ["A fishing boat leaves the harbour at dawn"]


def _figures_under(title: str, figures: str) -> list[str]:
    html = f"""<html><head><title>{title}</title></head><body><article>
    <p>First paragraph of a story that is long enough to be chosen as the content here.</p>
    {figures}
    <p>Second paragraph of the story, also long enough to count as the main text of it.</p>
    </article></body></html>"""
    a = extract_html(html, "x")
    return [a.block_text(b) for b in a.blocks if b.kind == "figure"]


def test_alt_text_that_wraps_the_headline_is_filler_not_a_description():
    title = "Spacious Modern Home Among the Pines"
    figures = _figures_under(
        title,
        f"""<p><img src="Living-Room4.jpg" alt="Living Room4 {title}"></p>
        <p><img src="lead.jpg" alt="{title}"></p>
        <p><img src="b.jpg" alt="A wide hall with a coffered ceiling and tall windows"></p>
        <figure><img src="c.jpg"><figcaption>Evening light: {title}, seen from the
        lake</figcaption></figure>""",
    )
    assert figures == [
        title,  # the lead picture, described by the headline alone
        "A wide hall with a coffered ceiling and tall windows",
        f"Evening light: {title}, seen from the lake",  # a caption the page shows stays
    ]


def test_an_alt_text_made_from_the_file_name_is_filler() -> None:
    figures = _figures_under(
        "Night lights",
        '<p><img src="a.jpg" alt="Light Festival 2018 2019 Light a Wish_OGE Group"></p>'
        '<p><img src="b.jpg" alt="harbour wall at dusk from the north pier.jpg"></p>'
        '<p><img src="c.jpg" alt="The lit tunnel of the wish tree over the canal"></p>',
    )
    assert figures == ["The lit tunnel of the wish tree over the canal"]


def test_a_short_headline_inside_an_alt_text_is_no_sign_of_filler():
    figures = _figures_under("Storm", '<p><img src="a.jpg" alt="Storm clouds over the bay"></p>')
    assert figures == ["Storm clouds over the bay"]


def test_page_without_text_is_an_error():
    with pytest.raises(ExtractionError):
        extract_html(b"<html><body><script>x()</script></body></html>", "x")


@pytest.mark.parametrize(
    ("data", "header", "expected"),
    [
        ("café".encode("cp1252"), "windows-1252", "café"),
        ("café".encode("cp1252"), "iso-8859-1", "café"),  # latin-1 read as windows-1252
        (b'<meta charset="cp1252">caf\xe9', None, "café"),
        (b"\xef\xbb\xbfcaf\xc3\xa9", "iso-8859-1", "café"),  # a BOM wins
        ("café".encode(), "no-such-charset", "café"),  # unknown label skipped
        (b"caf\xff", None, "caf\ufffd"),  # UTF-8 with replacement
    ],
)
def test_charset_order(data, header, expected):
    assert decode(data, header).endswith(expected)


def test_an_xhtml_page_with_an_xml_declaration_is_read():
    page = (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Pier to reopen</title></head>'
        b"<body><article><h1>Pier to reopen</h1>"
        + b"<p>The harbour board said the pier would reopen in May after repairs to the deck.</p>"
        * 6
        + b"</article></body></html>"
    )
    article = extract_html(page, "https://example.org/pier")
    assert article.title == "Pier to reopen"
    assert "reopen in May" in article.text


def test_ruby_annotations_are_not_words_of_the_text():
    body = (
        "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくす法律ができました。</p>"
        * 8
    )
    page = f"<html><head><title>法律</title></head><body><article>{body}</article></body></html>"
    article = extract_html(page.encode(), "ruby")
    assert "子どもへの虐待をなくす法律" in article.text
    assert "ぎゃくたい" not in article.text


def test_letters_written_decomposed_come_out_composed_and_links_stay_exact():
    cafe = "Cafe\u0301"  # an e and a combining accent, as some editors write it
    para = (
        f"The {cafe} Marin council met on Tuesday to vote on the new harbour plan, which "
        f'<a href="/plan">the {cafe} owners</a> had asked for since the storms of last '
        "winter took the old pier away and left the fishing boats with nowhere to tie up."
    )
    page = (
        f"<html><head><title>{cafe} vote</title></head><body><article>"
        + (f"<p>{para}</p>" * 3)
        + "</article></body></html>"
    )
    a = extract_html(page.encode(), "t.html", url="https://example.org/x")
    assert "\u0301" not in a.text and "Café Marin" in a.text
    assert a.title == "Café vote"
    link = a.links[0]
    assert a.text[link.start : link.end] == "the Café owners"


def _photo_post(captions: list[str], prose_sentences: int = 2) -> str:
    prose = "".join(
        f"<p>Costumes filled the old town on Friday night, the festival's {n}th year, as "
        "bands played on the quay and stalls sold chips until late.</p>"
        for n in range(prose_sentences)
    )
    boxes = "".join(
        f'<div class="wp-caption"><img src="{i}.jpg"><p class="wp-caption-text">{c}</p></div>'
        for i, c in enumerate(captions)
    )
    return f"<html><body><article><h1>Festival night</h1>{prose}{boxes}</article></body></html>"


PHOTO_CAPTIONS = [
    "A child dressed as a lighthouse waits for the parade to begin. (Ann Lee/Harbour Times)",
    "Dancers in paper masks cross the bridge at dusk. (Ann Lee/Harbour Times)",
    "A fisherman in a pumpkin head mends his nets on the quay. (Ann Lee/Harbour Times)",
    "Two friends dressed as gulls share chips by the harbour wall. (Ann Lee/Harbour Times)",
]


def test_captions_that_repeat_or_only_credit_are_no_photo_post() -> None:
    repeated = ["Festival night in the old town, seen from the bridge at dusk"] * 4
    credits = ["(Ann Lee/Harbour Times)", "(@harbourtimes/Twitter)", "(AP)", "(Reuters)"]
    for captions in (repeated, credits):
        text = extract_html(_photo_post(captions), "p").text
        assert captions[0] not in text, captions[0]


GALLERY_CAPTIONS = [
    f"Stall {n}: the {thing} sold out before nine, and the queue for it ran back past the "
    f"chapel and round the corner of the square, where a band kept everyone dancing."
    for n, thing in enumerate(
        ["cider", "crab rolls", "toffee apples", "lanterns", "masks", "postcards", "oysters"]
    )
]


# A slideshow's one slide: the caption says more than the page's line of text.
SLIDE_CAPTION = [
    "A child dressed as a lighthouse waits on the quay for the parade to begin, as the "
    "bands tune up behind her and the first lanterns are lit along the harbour wall, an "
    "hour before the fireworks. (Ann Lee/Harbour Times)"
]


@pytest.mark.parametrize(
    ("captions", "sentences", "kept"),
    [
        (PHOTO_CAPTIONS, 2, True),  # a photo post: its captions are its story
        (SLIDE_CAPTION, 1, True),  # one picture's page: 23 words beside its 36
        (SLIDE_CAPTION, 2, False),  # a story of two sentences: the caption is furniture
        (PHOTO_CAPTIONS, 20, False),  # a long story's captions stay out as furniture
        # a gallery whose captions say more than its text (184 words beside 7 x 31)...
        (GALLERY_CAPTIONS, 8, True),
        # ...and a story that says more than its gallery's captions (322 words)
        (GALLERY_CAPTIONS, 14, False),
    ],
)
def test_captions_are_the_story_only_of_a_photo_post(
    captions: list[str], sentences: int, kept: bool
) -> None:
    text = extract_html(_photo_post(captions, prose_sentences=sentences), "p").text
    assert "Costumes filled the old town" in text
    assert [c in text for c in captions] == [kept] * len(captions)


def test_a_quoted_post_in_a_box_of_its_own_stays_in_the_story() -> None:
    # a tweet as news sites embed it: a wrapper whose class says "media", two links in it
    prose = "".join(
        f"<p>The harbour board's new slogan drew a storm of replies on its {n}th day, as "
        "people who had never heard of the board shared it with their friends.</p>"
        for n in range(6)
    )
    tweet = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is '
        'real and the board paid for it: <a href="https://t.co/x">https://t.co/x</a></p>'
        '— Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/1">May 2, 2024</a>'
        "</blockquote></div>"
    )
    links = (  # links set as a quote: no post
        '<div class="pane"><blockquote><a href="/march">The board minutes for March</a> '
        '<a href="/april">The board minutes for April</a> and more</blockquote></div>'
    )
    page = f"<html><body><article>{prose}{tweet}{prose}{links}</article></body></html>"
    text = extract_html(page, "t").text
    assert "Yes this is real and the board paid for it" in text
    assert "minutes for March" not in text


def test_only_a_page_nested_too_deep_is_flattened(monkeypatch) -> None:
    import tui_reader.extract.html as html_module

    calls: list[bool] = []
    real = html_module.flatten

    def counted(text: str, *, everything: bool = False) -> str:
        calls.append(everything)
        return real(text, everything=everything)

    monkeypatch.setattr(html_module, "flatten", counted)
    para = "<p>The harbour trust met on Tuesday to discuss the new quay and its cost.</p>" * 6
    extract_html(f"<html><body>{para}</body></html>", "t")
    assert calls == []  # the page as it came was read: no flattened copy was made
    deep = "<div>" * 3000 + para + "</div>" * 3000
    assert "harbour trust" in extract_html(f"<html><body>{deep}</body></html>", "t").text
    assert calls  # a page past the parser's depth is read flattened


def test_an_emoji_drawn_as_an_image_is_its_character_in_the_line() -> None:
    para = (
        "<p>The pie was perfect <img src='s.gif' alt=':-)' class='wp-smiley'> and the crust"
        " held <img src='1f389.png' alt='🎉' draggable='false'> all the way home, as the"
        " <img src='logo.png' alt='Harbour' class='icon'> bakery promised last week.</p>"
    )
    page = f"<html><body><article>{para * 3}</article></body></html>"
    text = extract_html(page, "pie.html").text
    assert "The pie was perfect :-) and the crust held 🎉 all the way home, as the bakery" in text
