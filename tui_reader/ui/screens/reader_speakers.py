"""From a quote to who said it: in this article (``s``), across the library (``S``), and
the quote with its speaker, title and address copied (``y``)."""

from __future__ import annotations

from ...formats import quote_citation
from ..widgets.article_view import Highlights
from .reader_marks import ReaderMarks


class ReaderSpeakers(ReaderMarks):
    """The screen supplies ``analysis``, ``article``, ``current_quote``, ``current_entity``,
    ``library_id``, ``view`` and ``panel``."""

    def action_source(self) -> None:
        """From the current quote to its speaker: their mentions, their quotes."""
        if self.current_quote is None or self.current_quote >= len(self.analysis.quotes):
            self.notify("Choose a quote first (] or the Quotes tab)", timeout=3)
            return
        q = self.analysis.quotes[self.current_quote]
        ent = self.analysis.entity(q.speaker_id)
        if ent is None:
            who = q.speaker or "an unattributed source"
            self.notify(f"This quote is from {who}, who is not a named entity", markup=False)
            return
        index = self.analysis.entities.index(ent)
        self.view.highlights = Highlights((q.start, q.end), tuple(sorted(ent.mentions)))
        self.panel.filter_speaker(ent.id)
        self.panel.switch_to("entities", focus=False)
        self.panel.select_item("entities", index)
        said = sum(1 for x in self.analysis.quotes if x.speaker_id == ent.id)
        self.notify(
            f"{ent.name}: {len(ent.mentions)} mentions, {said} quotes "
            "(n / N walk the mentions; 2 lists the quotes)",
            markup=False,
            timeout=4,
        )

    def action_person(self) -> None:
        """The current quote's speaker (or the entity chosen last) across the library."""
        entity = None
        if self.current_quote is not None and self.current_quote < len(self.analysis.quotes):
            entity = self.analysis.entity(self.analysis.quotes[self.current_quote].speaker_id)
        if entity is None and self.current_entity is not None:
            entity = self.analysis.entities[self.current_entity]
        store = self._store
        if entity is None or store is None or self.library_id is None:
            self.notify("Choose a quote (]) or an entity (enter in the panel) first", timeout=3)
            return
        identity = store.identity_of(self.library_id, entity.name, entity.type)
        if identity is None:
            self.notify(f"{entity.name} is not linked across the library", markup=False)
            return
        self.app.show_person(identity)

    def action_copy_quote(self) -> None:
        if self.current_quote is None or self.article is None:
            self.notify("Choose a quote first (] or the Quotes tab)", timeout=2)
            return
        q = self.analysis.quotes[self.current_quote]
        text = quote_citation(q, self.article)
        self.app.copy_to_clipboard(text)
        self.notify("Quote copied", timeout=2)
