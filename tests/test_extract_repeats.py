"""What a page says twice: a passage copied (a mobile copy of the story, a promo's run) is
shown once; a line said again amid other text (one question put to several people, one
meal on two days of a plan) stays where the page says it."""

from tui_reader.extract.builder import PendingBlock, Run
from tui_reader.extract.html import _words, extract_html
from tui_reader.extract.metadata import Metadata
from tui_reader.extract.selection import select_blocks

QUESTION = "What would you change first about the way the town runs its buses, and why that?"


def _page(body: str) -> str:
    return (
        "<html><head><title>Six answers</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Six answers</h1>{body}</article><footer>About us</footer></body></html>"
    )


def _answer(name: str) -> str:
    return (
        f"<p>{name} drives the number nine route every morning before the schools open, "
        f"and has done so for eleven years without missing a single week of work.</p>"
    )


def test_a_question_put_to_each_person_is_kept_each_time() -> None:
    names = ["Ada Moss", "Bryn Hale", "Cora Vine", "Dev Patel"]
    body = "".join(f"<h2>{n}</h2><p>{QUESTION}</p>{_answer(n)}" for n in names)
    text = extract_html(_page(body), "six.html").text
    assert text.count(QUESTION) == len(names)
    for n in names:  # each answer follows its own question
        assert text.index(QUESTION, text.index(n)) < text.index(f"{n} drives")


def test_a_story_copied_after_itself_is_shown_once() -> None:
    story = "".join(_answer(n) for n in ("Ada Moss", "Bryn Hale", "Cora Vine"))
    text = extract_html(_page(story + "<div class='copy'>" + story + "</div>"), "x.html").text
    assert text.count("Bryn Hale drives") == 1


def _block(text: str, kind: str = "paragraph") -> PendingBlock:
    return PendingBlock(kind, (Run(text),))


def test_only_a_repeat_amid_other_text_stays_and_is_not_counted_twice() -> None:
    meal = "Breakfast: two eggs, a cup of asparagus and a slice of whole-grain toast with butter"
    caption = "The pier at dusk, seen from the harbour wall after the storm of last winter"
    blocks = [
        _block("Day one of the plan starts with a walk and a breakfast you can make in minutes"),
        _block(caption, "figure"),
        _block(meal),
        _block("Day two brings a longer walk along the coast and the same quick breakfast"),
        _block(meal),
        _block("Day three is a rest day, with a swim in the afternoon if the sea is calm"),
        _block(caption, "figure"),
    ]
    kept = select_blocks(blocks, Metadata())
    assert [b.plain for b in kept].count(meal) == 2
    assert [b.plain for b in kept].count(caption) == 1  # a caption again is the same picture
    assert [b.repeat for b in kept] == [False, False, False, False, True, False]
    assert _words(kept) == _words(blocks[:4] + blocks[5:6])  # bodies are compared by what they say
