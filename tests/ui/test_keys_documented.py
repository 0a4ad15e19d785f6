"""The README's key table, the footer and the ? help page name the same keys."""

from __future__ import annotations

import re
from pathlib import Path

from tui_reader.ui.screens.dialogs import HELP_KEYS, LIBRARY_KEYS
from tui_reader.ui.screens.library import LibraryScreen
from tui_reader.ui.screens.reader import ReaderScreen

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = {
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "question_mark": "?",
    "slash": "/",
    "backslash": "\\",
    "asterisk": "*",
    "colon": ":",
    "escape": "escape",
    "backspace": "backspace",
}


def _shown(key: str) -> str:
    return NAMES.get(key, key)


def _readme_keys() -> set[str]:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| keys | what they do |") :].split("\n\n")[0]
    rows = [line.split("|")[1] for line in table.splitlines()[2:]]
    return {k for row in rows for k in re.findall(r"`([^`]+)`", row)}


def _help_keys(sections) -> str:
    return " ".join(key for _, keys in sections for key, _ in keys)


def _keys(binding) -> list[str]:
    return [_shown(k.strip()) for k in binding.key.split(",")]


def test_every_key_of_the_readers_footer_is_in_the_readme_and_the_help() -> None:
    readme, helped = _readme_keys(), _help_keys(HELP_KEYS)
    for binding in ReaderScreen.BINDINGS:
        if not binding.show:
            continue
        keys = _keys(binding)
        assert any(k in readme for k in keys), f"{keys} ({binding.description}) not in README"
        assert any(k in helped.split() for k in keys), f"{keys} not in the ? page"


def test_every_key_in_the_readmes_table_is_on_the_help_page() -> None:
    helped = _help_keys(HELP_KEYS)
    words = set(re.split(r"[\s,/]+", helped))
    for key in _readme_keys():
        if key in ("[3]",):  # a link's marker in the text, not a key
            continue
        for part in key.split():
            assert part in words or part in helped, f"README key {part!r} not on the ? page"


def test_every_key_of_the_librarys_footer_is_on_its_help_page() -> None:
    helped = _help_keys(LIBRARY_KEYS)
    for binding in LibraryScreen.BINDINGS:
        if binding.show:
            keys = _keys(binding)
            assert any(k in helped.split() for k in keys), f"{keys} not on the library's ? page"


def test_every_key_of_the_feeds_footer_is_on_its_help_page() -> None:
    from tui_reader.ui.screens.dialogs import FEEDS_KEYS
    from tui_reader.ui.screens.feeds import FeedsScreen

    helped = _help_keys(FEEDS_KEYS)
    for binding in FeedsScreen.BINDINGS:
        if binding.show:
            keys = _keys(binding)
            assert any(k in helped.split() for k in keys), f"{keys} not on the feeds' ? page"
