"""Text as the page gave it: numbered lists, Markdown escapes, numbers that are no claims."""

from __future__ import annotations

import pytest

from tui_reader.extract.html import extract_html
from tui_reader.formats import as_markdown, md_escape
from tui_reader.model import Analysis, Document

INTRO = (
    "<p>The council approved the plan on Tuesday after a debate that ran late into the "
    "night, officials said.</p>"
)


def _extract(body: str):
    return extract_html(
        f"<html><head><title>Plan</title></head><body>{INTRO}{body}</body></html>", "p"
    )


def _numbers(a) -> list[tuple[int | None, str]]:
    return [(b.level, a.block_text(b)) for b in a.blocks if b.kind == "list_item"]


def test_a_numbered_list_keeps_its_numbers() -> None:
    a = _extract("<ol><li>Close the bridge.</li><li>Build a span.</li></ol>")
    assert _numbers(a) == [(1, "Close the bridge."), (2, "Build a span.")]
    md = as_markdown(Document(a, Analysis()))
    assert "\n1. Close the bridge.\n\n2. Build a span.\n" in md


def test_list_numbers_follow_start_value_and_reversed() -> None:
    a = _extract("<ol start='4'><li>Four.</li><li value='9'>Nine.</li><li>Ten.</li></ol>")
    assert [n for n, _ in _numbers(a)] == [4, 9, 10]
    b = _extract("<ol reversed start='3'><li>Three.</li><li>Two.</li></ol>")
    assert [n for n, _ in _numbers(b)] == [3, 2]


def test_bullets_and_lettered_lists_get_no_numbers() -> None:
    a = _extract("<ol type='a'><li>Close the bridge.</li><li>Build a span.</li></ol>")
    assert [n for n, _ in _numbers(a)] == [None, None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2.5% of voters", "2.5% of voters"),
        ("-3 degrees", "-3 degrees"),
        ("- a dash item", "\\- a dash item"),
        ("2. Second", "2\\. Second"),
        ("# not a heading", "\\# not a heading"),
        ("#hashtag", "#hashtag"),
        ("a*b_c", "a\\*b\\_c"),
    ],
)
def test_markdown_escapes_only_what_markdown_would_misread(text: str, expected: str) -> None:
    assert md_escape(text) == expected


def test_markdown_keeps_numbered_items_and_headings_unescaped() -> None:
    a = _extract("<h2>2. The plan</h2><ol><li>Close the bridge.</li></ol><p>Up 2.5% today.</p>")
    md = as_markdown(Document(a, Analysis()))
    assert "## 2. The plan" in md
    assert "\n1. Close the bridge.\n" in md  # the number, as Markdown numbers a list
    assert "Up 2.5% today." in md
    assert "\\" not in md


def test_a_source_named_dash_is_a_plain_title() -> None:
    from tui_reader.model import Article

    md = as_markdown(Document(Article(source="-", text="Hello."), Analysis()))
    assert md.startswith("# -\n")


def test_list_numbers_and_model_numbers_are_not_figures() -> None:
    from tui_reader.analyze import analyze

    a = _extract(
        "<ol><li>Close the bridge for 90 days.</li><li>Reopen it.</li></ol>"
        "<p>Airlines grounded their Boeing 737 and 787 jets, and 40 flights were cancelled.</p>"
    )
    figures = [f.text for f in analyze(a).figures]
    assert "90 days" in figures and "40" in figures
    assert not {"1", "2", "737", "787"} & set(figures)


def test_a_saved_pages_relative_links_lead_to_the_files_beside_it(tmp_path) -> None:
    from tui_reader.extract import extract
    from tui_reader.sources import read_file

    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>Saved</title></head><body><p>The council approved the plan after "
        "a long debate, see <a href='b.html'>the next page</a>, <a href='sub/c%20d.html#x'>"
        "another</a> and <a href='https://example.org/x'>the web</a>.</p></body></html>",
        encoding="utf-8",
    )
    links = [lk.url for lk in extract(read_file(str(page))).links]
    assert links == [
        str(tmp_path / "b.html"),
        str(tmp_path / "sub" / "c d.html"),
        "https://example.org/x",
    ]


def test_a_web_page_cannot_link_to_local_files() -> None:
    html = (
        "<html><body><p>The council approved the plan after a long debate, see "
        "<a href='file:///etc/passwd'>this</a>.</p></body></html>"
    )
    assert extract_html(html, "p", url="https://news.example/a").links == ()


def test_a_lone_image_is_a_figure_with_its_alt_text() -> None:
    a = _extract(
        "<p><img src='a.jpg' alt='Ana Ruiz at the harbour wall'></p>"
        "<p><img src='logo.png' alt='logo'></p>"
        "<p>Text beside <img src='i.png' alt='an inline icon of a bridge'> an icon.</p>"
        "<p>The second paragraph of the story is long enough to count as its main text.</p>"
    )
    figures = [a.block_text(b) for b in a.blocks if b.kind == "figure"]
    assert figures == ["Ana Ruiz at the harbour wall"]
    assert "logo" not in a.text and "icon of a bridge" not in a.text


def test_a_figure_with_a_caption_shows_the_caption() -> None:
    a = _extract(
        "<figure><img src='a.jpg' alt='A photo of the wall'>"
        "<figcaption>The harbour wall after the storm.</figcaption></figure>"
    )
    figures = [a.block_text(b) for b in a.blocks if b.kind == "figure"]
    assert figures == ["The harbour wall after the storm."]


def test_a_timestamp_line_at_the_foot_of_a_page_is_furniture() -> None:
    a = _extract(
        "<p>The work starts at 9:30 a.m. on Monday, the council said in a statement.</p>"
        "<p>Updated 4:30 p.m. ET</p>"
    )
    assert "Updated" not in a.text
    assert "9:30 a.m." in a.text  # a time in the story stays
