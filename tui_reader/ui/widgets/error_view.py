"""What the reader shows in place of the text when nothing could be opened."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class ErrorView(Static):
    """The source, the reason, and what to do next. Page text is data: never markup."""

    def show(self, source: str, reason: str) -> None:
        text = Text("Could not open this article\n\n", style="bold")
        text.append(f"{source}\n{reason}\n\n")
        text.append(
            "Press ctrl+o to open another URL or file, L for your library, or q to quit.",
            style="dim",
        )
        self.update(text)
        self.display = True
