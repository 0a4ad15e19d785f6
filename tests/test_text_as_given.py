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


def test_a_numbered_list_keeps_its_numbers() -> None:
    a = _extract("<ol><li>Close the bridge.</li><li>Build a span.</li></ol>")
    assert "1. Close the bridge.\n\n2. Build a span." in a.text


def test_list_numbers_follow_start_value_and_reversed() -> None:
    a = _extract("<ol start='4'><li>Four.</li><li value='9'>Nine.</li><li>Ten.</li></ol>")
    assert "4. Four.\n\n9. Nine.\n\n10. Ten." in a.text
    b = _extract("<ol reversed start='3'><li>Three.</li><li>Two.</li></ol>")
    assert "3. Three.\n\n2. Two." in b.text


def test_bullets_and_lettered_lists_get_no_numbers() -> None:
    a = _extract("<ol type='a'><li>Close the bridge.</li><li>Build a span.</li></ol>")
    assert "Close the bridge." in a.text and "1." not in a.text


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
    assert "\n1. Close the bridge.\n" in md
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
