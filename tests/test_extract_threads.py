"""Readers' comments printed in the story's own box are cut at the post's footer."""

from __future__ import annotations

from tui_reader.extract.builder import PendingBlock, Run
from tui_reader.extract.html import extract_html
from tui_reader.extract.threads import cut_thread

STORY = (
    "The harbour board met on Monday to hear why the ferry had missed so many winter "
    "crossings, and what the pilots had told the board about the tides."
)


def _p(text: str, kind: str = "paragraph") -> PendingBlock:
    return PendingBlock(kind, (Run(text),))


def _comments(n: int) -> list[PendingBlock]:
    out = []
    for i in range(n):
        out += [
            _p(f"Comment {i}: I took that ferry every winter and it was never on time."),
            _p(f"Posted by: Reader {i} at September 10, 2012 7:0{i} PM"),
        ]
    return out


def test_a_thread_of_signed_comments_ends_the_body_at_the_post_s_footer() -> None:
    post = [_p(STORY), _p(STORY), _p("Posted by Ana Ruiz at 09:39 PM in Harbour | Permalink")]
    blocks = [*post, _p("Comments", "heading"), *_comments(3)]
    assert cut_thread(blocks) == post[:2]


def test_the_heading_above_the_comments_ends_a_post_with_no_footer() -> None:
    post = [_p(STORY), _p(STORY)]
    assert cut_thread([*post, _p("Comments", "heading"), *_comments(2)]) == post


def test_a_blog_front_page_of_signed_posts_is_not_a_thread() -> None:
    blocks = []
    for i in range(4):
        blocks += [_p(STORY), _p(f"Posted by Ana Ruiz at 0{i}:39 PM on May 2{i}, 2005 | Link")]
    assert cut_thread(blocks) == blocks


def test_one_signed_comment_or_no_place_to_cut_leaves_the_body_whole() -> None:
    post = [_p(STORY), _p(STORY)]
    one = [*post, _p("Comments", "heading"), *_comments(1)]
    assert cut_thread(one) == one
    unbounded = post + _comments(3)  # where the comments start is unknown
    assert cut_thread(unbounded) == unbounded


def test_a_paragraph_that_mentions_a_time_is_no_signature() -> None:
    long = _p(
        "Posted by: the harbour master, who wrote at 7:04 PM that the ferry would not sail "
        "again until the pilots and the board had agreed on the winter timetable at last."
    )
    blocks = [_p(STORY), _p("Comments", "heading"), long, long]
    assert cut_thread(blocks) == blocks


def test_a_page_with_its_comments_in_the_post_s_box_shows_the_post_alone() -> None:
    comments = "".join(
        f"<div id='c{i}'><p>I took that ferry every winter {i} and it was never once on "
        "time, whatever the board says about the tides.</p></div>"
        f"<p class='posted'>Posted by: Reader {i} at September 10, 2012 7:0{i} PM</p>"
        for i in range(4)
    )
    page = (
        "<html><head><title>Ferry</title></head><body><div class='content'>"
        + "".join(f"<p>{STORY} ({n})</p>" for n in range(5))
        + "<p class='posted'>Posted by Ana Ruiz at September 10, 2012 5:00 PM</p>"
        + f"<h3>Comments</h3>{comments}</div></body></html>"
    )
    text = extract_html(page, "p").text
    assert "(4)" in text
    assert "never once on time" not in text
