from pathlib import Path

from conftest import CORPUS, needs_corpus

from tui_reader.extract.text import extract_text, reads_as_headline

FIX = Path(__file__).parent / "fixtures"


def test_scraped_page_comes_out_clean():
    a = extract_text((FIX / "scraped.txt").read_bytes(), "scraped.txt")
    assert a.title == "Lifeboat crew rescues two swimmers off Gull Rock"
    assert a.site == "Harbourside Radio"
    for junk in (
        "Play Live Radio",
        "Next Up",
        "0:00",
        "Available On Air Stations",
        "Listen",
        "Copyright",
        "Voices of the Coast",
    ):
        assert junk not in a.text, junk
    caption = "Volunteers from the Porthkennack lifeboat station bring two swimmers ashore"
    assert a.text.count(caption) == 1
    figure = next(b for b in a.blocks if b.kind == "figure")
    assert a.block_text(figure).startswith(caption)
    assert a.blocks[1].kind == "paragraph"
    assert a.block_text(a.blocks[1]).startswith("PORTHKENNACK")
    assert a.block_text(a.blocks[-1]) == "Tamsin Carne reports on the coast for Harbourside Radio."


def test_seed_article():
    needs_corpus()
    a = extract_text((CORPUS / "seed-article.txt").read_bytes(), "seed-article.txt")
    assert a.title == "Iraq condemns U.S. airstrikes against Iran-linked groups"
    caption = "Iraqi Prime Minister Mohammed Shia al-Sudani chairs a meeting with top-ranking"
    assert a.text.count(caption) == 1
    for junk in (
        "Play Live Radio",
        "Next Up:",
        "0:00",
        "Available On Air Stations",
        "Copyright 2024 NPR",
    ):
        assert junk not in a.text, junk
    assert "BAGHDAD" in a.text and "Awadh al-Taie contributed reporting" in a.text


def test_wrapped_paragraphs_are_joined():
    text = (
        "A title for a wrapped text\n\n"
        "This paragraph was hard-wrapped at sixty columns by an old\n"
        "mail client, and it continues on the next line without a\n"
        "blank line between.\n\nA second paragraph.\n"
    )
    a = extract_text(text, "x.txt")
    assert a.title == "A title for a wrapped text"
    assert [a.block_text(b) for b in a.blocks] == [
        "This paragraph was hard-wrapped at sixty columns by an old mail client, and it "
        "continues on the next line without a blank line between.",
        "A second paragraph.",
    ]


def test_single_newlines_split_when_there_are_no_blank_lines():
    a = extract_text("Headline Here Today\nFirst line is a sentence.\nSecond one too.", "x")
    assert [a.block_text(b) for b in a.blocks] == ["First line is a sentence.", "Second one too."]


def test_light_markdown():
    text = (
        "# Notes from the quay\n\nIntro line.\n\n## Boats\n\n- one\n- two\n\n"
        "> said once\n\n```\ncode  here\n```\n"
    )
    a = extract_text(text, "x.md")
    assert a.title == "Notes from the quay"
    assert [(b.kind, a.block_text(b)) for b in a.blocks] == [
        ("paragraph", "Intro line."),
        ("heading", "Boats"),
        ("list_item", "one"),
        ("list_item", "two"),
        ("quote", "said once"),
        ("code", "code  here"),
    ]


def test_escape_sequences_are_removed():
    a = extract_text("Title Of It\n\nBody \x1b[2J\x1b]0;x\x07text [b]kept[/b].", "x")
    assert a.text == "Body text [b]kept[/b]."


def test_headline_rule():
    assert reads_as_headline("Iraq condemns strikes on militias")
    assert not reads_as_headline("This is a sentence that ends with a full stop.")
    assert not reads_as_headline("one")
