"""Back and forward between articles: a plain class, no Textual. The screen asks it where
to go and tells it where the reader was."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Visit:
    """An article and the place in it (a character offset into its text)."""

    source: str
    offset: int = 0


@dataclass
class History:
    back: list[Visit] = field(default_factory=list)
    """Where ``back`` goes, the most recent last."""
    forward: list[Visit] = field(default_factory=list)
    """Where ``forward`` goes, after going back."""

    def leave(self, here: Visit) -> None:
        """The reader opens something new from ``here``: the way forward is forgotten."""
        self.back.append(here)
        self.forward.clear()

    def go_back(self, here: Visit | None) -> Visit | None:
        """The visit to show going back (None when there is none); ``here`` goes forward."""
        return self._travel(self.back, self.forward, here)

    def go_forward(self, here: Visit | None) -> Visit | None:
        return self._travel(self.forward, self.back, here)

    def failed(self, source: str | None) -> None:
        """Opening from ``source`` failed and the reader stays there: forget the step."""
        if self.back and self.back[-1].source == source:
            self.back.pop()

    @staticmethod
    def _travel(take: list[Visit], keep: list[Visit], here: Visit | None) -> Visit | None:
        if not take:
            return None
        visit = take.pop()
        if here is not None:
            keep.append(here)
        return visit
