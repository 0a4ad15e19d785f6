"""Back/forward and stepping between spans: plain code, tested without a terminal."""

from __future__ import annotations

import pytest

from tui_reader.ui.history import History, Visit
from tui_reader.ui.marks import find_all, next_after, previous_before, step


def test_back_then_forward_returns_to_where_the_reader_was():
    h = History()
    h.leave(Visit("a", 10))
    assert h.go_back(Visit("b", 5)) == Visit("a", 10)
    assert h.go_forward(Visit("a", 12)) == Visit("b", 5)
    assert h.back == [Visit("a", 12)] and h.forward == []


def test_opening_something_new_forgets_the_way_forward():
    h = History()
    h.leave(Visit("a"))
    h.go_back(Visit("b"))
    h.leave(Visit("a"))
    assert h.forward == []


def test_nothing_to_go_back_to_is_none_and_changes_nothing():
    h = History()
    assert h.go_back(Visit("a")) is None
    assert h.forward == []


def test_a_failed_open_forgets_its_step():
    h = History()
    h.leave(Visit("a"))
    h.failed("a")
    assert h.back == []
    h.leave(Visit("a"))
    h.failed("other")
    assert h.back == [Visit("a")]


SPANS = [(50, 55), (10, 12), (30, 40)]  # not in text order: the steps sort by start


@pytest.mark.parametrize(
    ("here", "after", "before"),
    [(0, 1, None), (10, 2, None), (11, 2, 1), (30, 0, 1), (49, 0, 2), (50, None, 2), (99, None, 0)],
)
def test_next_and_previous_span_in_text_order(here, after, before):
    assert next_after(SPANS, here) == after
    assert previous_before(SPANS, here) == before


@pytest.mark.parametrize(
    ("here", "forward", "expected"),
    [(0, True, 0), (10, True, 1), (99, True, 0), (99, False, 2), (0, False, 2), (35, False, 1)],
)
def test_step_wraps_round(here, forward, expected):
    marks = [(10, 12), (30, 40), (50, 55)]
    assert step(marks, here, forward) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Quay and QUAY and quay", "quay", [(0, 4), (9, 13), (18, 22)]),
        ("Straße", "strasse", []),
        ("Straße und STRASSE", "straße", [(0, 6)]),
        ("anything", "  ", []),
    ],
)
def test_find_all_ignores_case(text, needle, expected):
    assert find_all(text, needle) == expected
